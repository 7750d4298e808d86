import { describe, expect, it } from "vitest";
import { bewaarUitkomst, grondenVanPlan, verwijderplan, type BewaarClient, type BewaarItem } from "./bewaring";
import { requestDeadlines, validateExecutionPeriod, validateReglement } from "./deadlines";

const client: BewaarClient = { lopendeKlachtOfCalamiteit: false, uitZorgOp: "2024-03-01" };
const vandaag = "2026-11-22";

describe("bewaarUitkomst: erasure at the client's request (WGBO art. 7:455)", () => {
  it("destroys a 5-year-old care record: the 20 years of art. 7:454 lid 3 do not block the client's own request", () => {
    // Today's old rule kept it ("wettelijke bewaarplicht (WGBO): 20 jaar") and only restricted it.
    expect(
      bewaarUitkomst({ categorie: "zorg", aangemaaktOp: "2021-01-10", gewijzigdOp: "2025-11-22" }, client, vandaag),
    ).toEqual({ magWeg: true });
    expect(
      bewaarUitkomst(
        { categorie: "documenten", aangemaaktOp: "2025-01-10", gewijzigdOp: "2025-01-10" },
        client,
        vandaag,
      ),
    ).toEqual({ magWeg: true });
  });

  it("keeps a 6-year-old financial record on the fiscal duty (7 years from the day it was made, art. 52 AWR) and lets an 8-year-old one go", () => {
    expect(
      bewaarUitkomst(
        { categorie: "financieel", aangemaaktOp: "2018-11-22", gewijzigdOp: "2018-11-22" },
        client,
        vandaag,
      ).magWeg,
    ).toBe(true);
    const zes = bewaarUitkomst(
      { categorie: "financieel", aangemaaktOp: "2020-11-22", gewijzigdOp: "2025-11-22" },
      client,
      vandaag,
    );
    expect(zes).toMatchObject({
      magWeg: false,
      grond: "wettelijke_bewaarplicht",
      bewarenTot: "2027-11-22",
      reden: { code: "bewaarplicht_fiscaal" },
    });
    // A document marked financial follows the same statute.
    const factuur = bewaarUitkomst(
      { categorie: "documenten", financieel: true, aangemaaktOp: "2020-11-22", gewijzigdOp: "2020-11-22" },
      client,
      vandaag,
    );
    expect(factuur).toMatchObject({ magWeg: false, grond: "wettelijke_bewaarplicht", bewarenTot: "2027-11-22" });
  });

  it("never keeps a financial record longer than the statute, even when the practice saved a longer period", () => {
    const u = bewaarUitkomst(
      { categorie: "financieel", aangemaaktOp: "2020-11-22", gewijzigdOp: "2020-11-22" },
      client,
      vandaag,
      {
        financieel: { jaren: 10, vanaf: "aanmaak" },
      },
    );
    expect(u).toMatchObject({ magWeg: false, bewarenTot: "2027-11-22" });
  });

  it("keeps a care record only on an exception staff chose, with its ground and motivation, until its own term ends", () => {
    const u = bewaarUitkomst(
      { categorie: "zorg", aangemaaktOp: "2021-01-10", gewijzigdOp: "2021-01-10" },
      client,
      vandaag,
      {},
      {
        categorie: "zorg",
        grond: "aanmerkelijk_belang_ander",
        motivering: "Het verslag is nodig voor de zorg aan de broer van de cliënt.",
      },
    );
    expect(u).toMatchObject({
      magWeg: false,
      grond: "aanmerkelijk_belang_ander",
      bewarenTot: "2041-01-10",
      motivering: expect.stringContaining("broer"),
    });
  });

  it("holds everything while a complaint or calamity is open, with no end date", () => {
    const u = bewaarUitkomst(
      { categorie: "zorg", aangemaaktOp: "2000-01-01", gewijzigdOp: "2000-01-01" },
      { ...client, lopendeKlachtOfCalamiteit: true },
      vandaag,
    );
    expect(u).toEqual(expect.objectContaining({ magWeg: false, grond: "lopende_klacht_of_calamiteit" }));
    expect((u as { bewarenTot?: string }).bewarenTot).toBeUndefined();
  });
});

describe("verwijderplan", () => {
  const p = (categorie: BewaarItem["categorie"], datum: string): BewaarItem => ({
    categorie,
    aangemaaktOp: datum,
    gewijzigdOp: datum,
  });

  it("destroys care records and personalia when nothing needs keeping", () => {
    const plan = verwijderplan(
      [p("personalia", "2015-01-01"), p("zorg", "2022-01-01"), p("financieel", "2010-01-01")],
      client,
      vandaag,
    );
    expect(plan.every((r) => r.uitkomst.magWeg)).toBe(true);
    expect(grondenVanPlan(plan)).toEqual([]);
  });

  it("keeps personalia to link a kept financial record, until that record may go, on the same ground", () => {
    const plan = verwijderplan(
      [p("personalia", "2015-01-01"), p("zorg", "2022-01-01"), p("financieel", "2022-06-01")],
      { ...client, uitZorgOp: null },
      vandaag,
    );
    expect(plan[1]!.uitkomst.magWeg).toBe(true);
    expect(plan[0]!.uitkomst).toMatchObject({
      magWeg: false,
      grond: "wettelijke_bewaarplicht",
      reden: { code: "nodig_voor_bewaard_dossier" },
      bewarenTot: "2029-06-01",
    });
    expect(grondenVanPlan(plan)).toEqual(["wettelijke_bewaarplicht"]);
  });

  it("honours a saved personalia/contact setting: past their own term they go, even when a record is kept", () => {
    const items = [p("personalia", "2015-01-01"), p("contact", "2015-01-01"), p("financieel", "2022-06-01")];
    // Out of care since 2024-03-01; personalia and contact kept 1 year after the end of care (the default) → ended.
    const standaard = verwijderplan(items, client, vandaag);
    expect(standaard.map((r) => r.uitkomst.magWeg)).toEqual([true, true, false]);
    // A practice that keeps contact details 5 years after the end of care: they stay to link the invoice, personalia go.
    const eigen = verwijderplan(items, client, vandaag, { contact: { jaren: 5, vanaf: "einde_zorg" } });
    expect(eigen.map((r) => r.uitkomst.magWeg)).toEqual([true, false, false]);
    expect(eigen[1]!.uitkomst).toMatchObject({ bewarenTot: "2029-03-01" });
  });

  it("honours a saved documenten setting for a kept document: kept no longer than its own term", () => {
    const doc = p("documenten", "2010-01-01");
    const uitzondering = {
      categorie: "documenten" as const,
      grond: "aanmerkelijk_belang_ander" as const,
      motivering: "Nodig voor de zorg aan een gezinslid van de cliënt.",
    };
    // Default documenten: 20 years from the day made → kept until 2030.
    expect(verwijderplan([doc], client, vandaag, {}, [uitzondering])[0]!.uitkomst).toMatchObject({
      magWeg: false,
      bewarenTot: "2030-01-01",
    });
    // The practice keeps documents 15 years: the term ended in 2025, nothing justifies keeping it.
    expect(
      verwijderplan([doc], client, vandaag, { documenten: { jaren: 15, vanaf: "aanmaak" } }, [uitzondering])[0]!
        .uitkomst.magWeg,
    ).toBe(true);
  });
});

describe("execution period of an erasure (WGBO art. 7:455 lid 1: within three months)", () => {
  it("refuses a reglement that sets more than three months", () => {
    expect(() => validateReglement({ verwijdering: { target: { weeks: 4 }, execution: { months: 6 } } })).toThrow(
      /drie maanden/,
    );
    expect(() => validateExecutionPeriod("verwijdering", { weeks: 13 })).toThrow(/drie maanden/);
    expect(validateExecutionPeriod("verwijdering", { months: 3 })).toEqual({ months: 3 });
    // Other rights keep their own limits.
    expect(validateExecutionPeriod("correctie", { months: 6 })).toEqual({ months: 6 });
  });

  it("never plans the erasure after three months from receipt, even with a longer stored period; a later decision is carried out on its own day", () => {
    const basis = { type: "verwijdering" as const, receivedOn: "2026-01-15", today: "2026-02-01" };
    const lang = { verwijdering: { target: { weeks: 4 }, execution: { months: 6 } } } as never;
    expect(requestDeadlines({ ...basis, reglement: lang, decidedOn: "2026-02-01" }).execution).toBe("2026-04-15");
    expect(requestDeadlines({ ...basis, reglement: lang, decidedOn: "2026-04-20", extended: true }).execution).toBe(
      "2026-04-20",
    );
  });
});
