import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { leesGevraagd } from "~/domain/gevraagd";
import { BERICHTEN } from "~/i18n/berichten";
import { gevraagdeRegels } from "~/domain/gevraagd";
import { WatUVroeg } from "./wat-u-vroeg";

describe("the client's request page: what you asked", () => {
  it("shows the correction rows as the client wrote them, in Dutch and English labels", () => {
    const g = leesGevraagd("correctie", {
      rijen: [{ welk: "Telefoonnummer", nu: "06-11111111", moetZijn: "06-22222222", waarom: "Nieuw nummer" }],
    })!;
    expect(gevraagdeRegels(g, BERICHTEN.nl.verzoek)).toEqual([
      {
        label: "Gegeven 1",
        waarde:
          "Welk gegeven? Telefoonnummer\nWat staat er nu? 06-11111111\nWat moet er staan? 06-22222222\nWaarom? Nieuw nummer",
      },
    ]);
    expect(gevraagdeRegels(g, BERICHTEN.en.verzoek)[0]!.waarde).toContain("06-22222222");
  });

  it("shows the objection text, the portability recipient and the consent withdrawn; never raw data", () => {
    const html = (type: Parameters<typeof leesGevraagd>[0], details: unknown) =>
      renderToStaticMarkup(
        createElement(WatUVroeg, {
          regels: ((g) => (g ? gevraagdeRegels(g, BERICHTEN.nl.verzoek) : []))(leesGevraagd(type, details)),
          titel: "Wat u vroeg",
        }),
      );
    const bezwaar = html("bezwaar", {
      verwerking: { sleutel: "kwaliteitsonderzoek", versie: 1, naam: "Kwaliteitsonderzoek en cliënttevredenheid" },
      situatie: "Ik wil niet meer benaderd worden.",
    });
    expect(bezwaar).toContain("Wat u vroeg");
    expect(bezwaar).toContain("Kwaliteitsonderzoek en cliënttevredenheid");
    expect(bezwaar).toContain("Ik wil niet meer benaderd worden.");
    expect(bezwaar).not.toMatch(/sleutel|versie|\{/);
    const overdracht = html("dataportabiliteit", {
      bestemming: "zorgaanbieder",
      aanbieder: { naam: "Praktijk Het Baken", email: "post@baken.example", agb: "12345678" },
    });
    expect(overdracht).toContain("Direct naar een andere zorgverlener");
    expect(overdracht).toContain("Praktijk Het Baken");
    expect(overdracht).toContain("post@baken.example");
    const intrekking = html("intrekking_toestemming", { toestemming: "Delen met mijn huisarts" });
    expect(intrekking).toContain("Delen met mijn huisarts");
    expect(intrekking).toContain("Niet ingevuld");
    expect(html("correctie", {})).toBe("");
  });
});
