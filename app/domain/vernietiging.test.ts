import { describe, expect, it } from "vitest";
import { verwijderplan, type BewaarClient } from "./bewaring";
import {
  controleerPortaalbewaring,
  isAfschermingDoorVerwijdering,
  portaalbewaringMetStandaard,
  toegangslogGrens,
  verzoekTermijnEinde,
  vernietigPlan,
  type VernietigClient,
  type VernietigItem,
} from "./vernietiging";

const vandaag = "2026-12-06";
const voormalig: VernietigClient = {
  lopendeKlachtOfCalamiteit: false,
  uitZorgOp: "2010-03-01",
  openVerzoek: false,
  rechtsvordering: null,
};

function item(
  categorie: VernietigItem["categorie"],
  aangemaaktOp: string,
  extra: Partial<VernietigItem> = {},
): VernietigItem {
  return { categorie, aangemaaktOp, gewijzigdOp: aangemaaktOp, afgeschermd: false, afschermReden: null, ...extra };
}

const soort = (plan: ReturnType<typeof vernietigPlan>) => plan.map((r) => r.uitkomst.soort);

describe("vernietigPlan: destruction after retention (AVG art. 5 lid 1 sub e)", () => {
  it("a care record is due 20 years after the day it was made (art. 7:454 lid 3 BW), not a day before; by the reglement within a year", () => {
    const plan = vernietigPlan(
      [item("zorg", "2006-12-05"), item("zorg", "2006-12-06"), item("zorg", "2006-12-07")],
      voormalig,
      vandaag,
    );
    expect(plan[0]!.uitkomst).toEqual({
      soort: "vernietigen",
      einde: "2026-12-05",
      uiterlijk: "2027-12-05",
      telaat: false,
    });
    expect(plan[1]!.uitkomst).toMatchObject({ soort: "vernietigen", einde: "2026-12-06" });
    expect(plan[2]!.uitkomst).toEqual({ soort: "bewaren", einde: "2026-12-07", uiterlijk: "2027-12-07" });
  });

  it("a correction does not restart the term: the day it was made counts (decision 021)", () => {
    const plan = vernietigPlan([item("zorg", "2005-01-10", { gewijzigdOp: "2025-01-10" })], voormalig, vandaag);
    expect(plan[0]!.uitkomst.soort).toBe("vernietigen");
  });

  it("a financial record is due after 7 years (art. 52 AWR), a care record of the same day is not", () => {
    const plan = vernietigPlan([item("financieel", "2018-06-01"), item("zorg", "2018-06-01")], voormalig, vandaag);
    expect(plan[0]!.uitkomst).toMatchObject({
      soort: "vernietigen",
      einde: "2025-06-01",
      uiterlijk: "2026-06-01",
      telaat: true,
    });
    expect(plan[1]!.uitkomst).toMatchObject({ soort: "bewaren", einde: "2038-06-01" });
  });

  it("follows the practice's saved policy (e.g. youth care kept 15 years, Jeugdwet art. 7.3.8) and its grace period", () => {
    const plan = vernietigPlan(
      [item("zorg", "2010-01-01")],
      voormalig,
      vandaag,
      { zorg: { jaren: 15, vanaf: "aanmaak" } },
      3,
    );
    expect(plan[0]!.uitkomst).toEqual({
      soort: "vernietigen",
      einde: "2025-01-01",
      uiterlijk: "2025-04-01",
      telaat: true,
    });
  });

  it("holds everything due while a request of the client is open, and says so", () => {
    const plan = vernietigPlan(
      [item("zorg", "2000-01-01"), item("zorg", "2020-01-01")],
      { ...voormalig, openVerzoek: true },
      vandaag,
    );
    expect(plan[0]!.uitkomst).toMatchObject({
      soort: "vastgehouden",
      code: "open_verzoek",
      reden: { nl: expect.stringContaining("verzoek") },
    });
    // Not yet due: simply in its term, no hold reported.
    expect(plan[1]!.uitkomst.soort).toBe("bewaren");
  });

  it("holds on an open complaint or calamity, or a legal claim (AVG art. 17 lid 3 sub e)", () => {
    expect(
      vernietigPlan([item("zorg", "2000-01-01")], { ...voormalig, lopendeKlachtOfCalamiteit: true }, vandaag)[0]!
        .uitkomst,
    ).toMatchObject({
      soort: "vastgehouden",
      code: "lopende_klacht_of_calamiteit",
    });
    expect(
      vernietigPlan(
        [item("zorg", "2000-01-01")],
        { ...voormalig, rechtsvordering: "Aansprakelijkheidsstelling van 1 maart" },
        vandaag,
      )[0]!.uitkomst,
    ).toMatchObject({
      soort: "vastgehouden",
      code: "rechtsvordering",
      reden: { en: expect.stringContaining("legal claim") },
    });
  });

  it("holds an item restricted on a ground (art. 18), but not what an erasure kept until its term ends", () => {
    const opVerzoek = item("zorg", "2000-01-01", {
      afgeschermd: true,
      afschermReden: "De cliënt betwist de juistheid; beperking tot de correctie is beoordeeld.",
    });
    const doorVerwijdering = item("financieel", "2010-01-01", {
      afgeschermd: true,
      afschermReden:
        "de belastingwet verplicht ons financiële gegevens 7 jaar te bewaren (artikel 52 AWR) (bewaren tot 1 januari 2017)",
    });
    const plan = vernietigPlan([opVerzoek, doorVerwijdering], voormalig, vandaag);
    expect(plan[0]!.uitkomst).toMatchObject({ soort: "vastgehouden", code: "afscherming" });
    expect(plan[1]!.uitkomst.soort).toBe("vernietigen");
    expect(isAfschermingDoorVerwijdering(null)).toBe(false);
    // Every reason the erasure plan can store (with its date) is recognised; a client's own is not.
    const client: BewaarClient = { lopendeKlachtOfCalamiteit: false, uitZorgOp: "2026-06-01" };
    const verwijdering = verwijderplan(
      [
        { categorie: "zorg", aangemaaktOp: "2020-01-01", gewijzigdOp: "2020-01-01" },
        { categorie: "financieel", aangemaaktOp: "2022-01-01", gewijzigdOp: "2022-01-01" },
        { categorie: "personalia", aangemaaktOp: "2020-01-01", gewijzigdOp: "2020-01-01" },
      ],
      client,
      vandaag,
      {},
      [{ categorie: "zorg", grond: "aanmerkelijk_belang_ander", motivering: "Nodig voor de zorg aan een familielid." }],
    );
    const redenen = verwijdering.flatMap((r) =>
      r.uitkomst.magWeg ? [] : [`${r.uitkomst.reden.nl} (bewaren tot 1 januari 2029)`],
    );
    expect(redenen).toHaveLength(3);
    for (const r of redenen) expect(isAfschermingDoorVerwijdering(r)).toBe(true);
    expect(isAfschermingDoorVerwijdering("Op verzoek van de cliënt afgeschermd.")).toBe(false);
  });

  it("keeps personalia and contact while another record stays, and lets them go with the last one", () => {
    const personalia = item("personalia", "2000-01-01");
    const lopend = vernietigPlan([personalia, item("zorg", "2010-05-01")], voormalig, vandaag);
    // Personalia: 1 year after the end of care (2011-03-01) ended long ago, but the care record runs to 2030.
    expect(lopend[0]!.uitkomst).toEqual({ soort: "bewaren", einde: "2030-05-01", uiterlijk: "2031-05-01" });
    const allesWeg = vernietigPlan([personalia, item("zorg", "2000-05-01")], voormalig, vandaag);
    expect(soort(allesWeg)).toEqual(["vernietigen", "vernietigen"]);
    const vast = vernietigPlan(
      [
        personalia,
        item("zorg", "2000-05-01", {
          afgeschermd: true,
          afschermReden: "Nodig voor de procedure bij de tuchtrechter.",
        }),
      ],
      voormalig,
      vandaag,
    );
    expect(vast[0]!.uitkomst).toMatchObject({ soort: "vastgehouden", code: "afscherming" });
  });

  it("personalia of a client still in care are kept: the term counts from an end of care not reached", () => {
    const plan = vernietigPlan([item("personalia", "2000-01-01")], { ...voormalig, uitZorgOp: null }, vandaag);
    expect(plan[0]!.uitkomst).toEqual({ soort: "bewaren", einde: null, uiterlijk: null });
  });

  it("refuses a grace period over a year and a bad date", () => {
    expect(() => vernietigPlan([], voormalig, vandaag, {}, 13)).toThrow(/0 tot 12/);
    expect(() => vernietigPlan([item("zorg", "2000-13-01")], voormalig, vandaag)).toThrow(/Ongeldige datum/);
  });
});

describe("the portal's own records (decision 031)", () => {
  it("defaults: requests 5 years after closing, access log 5 years, grace period 12 months; bad stored values fall back", () => {
    expect(portaalbewaringMetStandaard(null)).toEqual({
      verzoekJaren: 5,
      toegangslogJaren: 5,
      vernietigingstermijnMaanden: 12,
    });
    expect(portaalbewaringMetStandaard({ verzoekJaren: 7, toegangslogJaren: 3 })).toEqual({
      verzoekJaren: 7,
      toegangslogJaren: 5,
      vernietigingstermijnMaanden: 12,
    });
  });

  it("the beheer form refuses an access log under 5 years (NEN 7513), a request term under 1 year, and text", () => {
    expect(
      controleerPortaalbewaring({ verzoekJaren: "6", toegangslogJaren: "10", vernietigingstermijnMaanden: "0" }),
    ).toEqual({
      ok: true,
      waarde: { verzoekJaren: 6, toegangslogJaren: 10, vernietigingstermijnMaanden: 0 },
    });
    expect(
      controleerPortaalbewaring({ verzoekJaren: "6", toegangslogJaren: "4", vernietigingstermijnMaanden: "12" }),
    ).toMatchObject({
      ok: false,
      fout: { veld: "toegangslogJaren", code: "te_kort", min: 5 },
    });
    expect(
      controleerPortaalbewaring({ verzoekJaren: "0", toegangslogJaren: "5", vernietigingstermijnMaanden: "12" }),
    ).toMatchObject({ ok: false, fout: { veld: "verzoekJaren", code: "te_kort" } });
    expect(
      controleerPortaalbewaring({ verzoekJaren: "vijf", toegangslogJaren: "5", vernietigingstermijnMaanden: "12" }),
    ).toMatchObject({ ok: false, fout: { veld: "verzoekJaren", code: "ongeldig" } });
    expect(
      controleerPortaalbewaring({ verzoekJaren: "5", toegangslogJaren: "5", vernietigingstermijnMaanden: "13" }),
    ).toMatchObject({ ok: false, fout: { code: "te_lang", max: 12 } });
  });

  it("a request closed on 29 February is past its 5 years on 28 February; the log boundary is never under 5 years", () => {
    expect(verzoekTermijnEinde("2024-02-29", { verzoekJaren: 5 })).toBe("2029-02-28");
    expect(toegangslogGrens("2026-12-06", { toegangslogJaren: 5 })).toBe("2021-12-06");
    expect(toegangslogGrens("2026-12-06", { toegangslogJaren: 2 })).toBe("2021-12-06");
  });
});
