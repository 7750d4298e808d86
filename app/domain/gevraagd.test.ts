import { describe, expect, it } from "vitest";
import { leesGevraagd } from "./gevraagd";

describe("leesGevraagd: what the client asked, as stored by intake", () => {
  it("reads the correction rows, the objection, the portability recipient and the consent", () => {
    expect(
      leesGevraagd("correctie", {
        rijen: [{ welk: "Adres", nu: "Lindelaan 1", moetZijn: "Lindelaan 3", waarom: "verhuisd" }, { welk: "" }],
      }),
    ).toEqual({
      type: "correctie",
      rijen: [{ welk: "Adres", nu: "Lindelaan 1", moetZijn: "Lindelaan 3", waarom: "verhuisd" }],
    });
    expect(
      leesGevraagd("bezwaar", {
        verwerking: { sleutel: "kwaliteitsonderzoek", versie: 1, naam: "Kwaliteitsonderzoek" },
        situatie: "Nare ervaring.",
      }),
    ).toEqual({ type: "bezwaar", verwerking: "Kwaliteitsonderzoek", situatie: "Nare ervaring." });
    expect(
      leesGevraagd("dataportabiliteit", {
        bestemming: "zorgaanbieder",
        aanbieder: { naam: "Praktijk Het Baken", email: "post@baken.example" },
      }),
    ).toEqual({
      type: "dataportabiliteit",
      bestemming: "zorgaanbieder",
      aanbieder: { naam: "Praktijk Het Baken", email: "post@baken.example", agb: null },
    });
    expect(leesGevraagd("intrekking_toestemming", { toestemming: "Delen met de school" })).toEqual({
      type: "intrekking_toestemming",
      toestemming: "Delen met de school",
      toelichting: null,
    });
  });

  it("never passes on anything but text and known choices", () => {
    expect(leesGevraagd("afscherming", { wat: { geheim: 1 }, waarom: ["x"] })).toEqual({
      type: "afscherming",
      wat: null,
      waarom: null,
    });
    expect(leesGevraagd("verwijdering", { omvang: "<script>" })).toEqual({
      type: "verwijdering",
      omvang: null,
      welkDeel: null,
      waarom: null,
    });
    expect(leesGevraagd("correctie", null)).toBeNull();
    expect(leesGevraagd("inzage", "onzin")).toEqual({ type: "inzage", afschrift: null, periode: null });
  });
});
