import { describe, expect, it } from "vitest";
import { STANDAARD_BEWAARBELEID as BEHEER_STANDAARD } from "./bewaartermijnen";
import { bewaarUitkomst, STANDAARD_BEWAARBELEID, verwijderplan, type BewaarClient } from "./bewaring";

const client: BewaarClient = { lopendeKlachtOfCalamiteit: false, uitZorgOp: "2024-03-01" };
const vandaag = "2026-11-22";

describe("bewaarUitkomst", () => {
  it("keeps a care record for 20 years from the day it was made; a later correction does not restart it (art. 7:454 lid 3 BW)", () => {
    const u = bewaarUitkomst({ categorie: "zorg", aangemaaktOp: "2021-01-10", gewijzigdOp: "2025-11-22" }, client, vandaag);
    expect(u).toEqual({
      magWeg: false,
      reden: expect.objectContaining({ nl: "wettelijke bewaarplicht (WGBO): 20 jaar" }),
      bewarenTot: "2041-01-10",
    });
    // Made in 2006, corrected last year: its 20 years are over.
    expect(bewaarUitkomst({ categorie: "zorg", aangemaaktOp: "2006-11-22", gewijzigdOp: "2025-06-30" }, client, vandaag).magWeg).toBe(true);
  });

  it("uses the same defaults as the beheer page and the inzage answer (one source)", () => {
    expect(STANDAARD_BEWAARBELEID.zorg).toBe(BEHEER_STANDAARD.zorg);
    expect(STANDAARD_BEWAARBELEID.financieel).toBe(BEHEER_STANDAARD.financieel);
  });

  it("lets a care record go on the day its 20 years have passed, not the day before", () => {
    const item = { categorie: "zorg" as const, aangemaaktOp: "2006-11-22", gewijzigdOp: "2006-11-22" };
    expect(bewaarUitkomst(item, client, "2026-11-22").magWeg).toBe(true);
    expect(bewaarUitkomst(item, client, "2026-11-21").magWeg).toBe(false);
  });

  it("lets an 8-year-old financial record go and keeps a 6-year-old one (7 years, art. 52 AWR)", () => {
    expect(bewaarUitkomst({ categorie: "financieel", aangemaaktOp: "2018-11-22", gewijzigdOp: "2018-11-22" }, client, vandaag).magWeg).toBe(true);
    const zes = bewaarUitkomst({ categorie: "financieel", aangemaaktOp: "2020-11-22", gewijzigdOp: "2020-11-22" }, client, vandaag);
    expect(zes).toMatchObject({ magWeg: false, bewarenTot: "2027-11-22", reden: { code: "bewaarplicht_fiscaal" } });
  });

  it("lets documents follow the care rule unless marked financial", () => {
    const doc = { categorie: "documenten" as const, aangemaaktOp: "2017-01-01", gewijzigdOp: "2017-01-01" };
    expect(bewaarUitkomst(doc, client, vandaag).magWeg).toBe(false);
    expect(bewaarUitkomst({ ...doc, financieel: true }, client, vandaag).magWeg).toBe(true);
  });

  it("lets personalia go unless needed for a kept record", () => {
    const p = { categorie: "personalia" as const, aangemaaktOp: "2020-01-01", gewijzigdOp: "2020-01-01" };
    expect(bewaarUitkomst(p, client, vandaag)).toEqual({ magWeg: true });
    expect(bewaarUitkomst(p, client, vandaag, {}, { nodigVoorBewaardDossier: true })).toMatchObject({
      magWeg: false,
      reden: { nl: "nodig om het bewaarde dossier aan de juiste persoon te kunnen koppelen" },
    });
  });

  it("holds everything while a complaint or calamity is open", () => {
    const u = bewaarUitkomst(
      { categorie: "financieel", aangemaaktOp: "2000-01-01", gewijzigdOp: "2000-01-01" },
      { ...client, lopendeKlachtOfCalamiteit: true },
      vandaag,
    );
    expect(u).toMatchObject({ magWeg: false, reden: { code: "lopende_klacht_of_calamiteit" } });
  });

  it("reads the organisation's policy override", () => {
    const item = { categorie: "zorg" as const, aangemaaktOp: "2010-01-01", gewijzigdOp: "2015-06-30" };
    expect(bewaarUitkomst(item, client, vandaag)).toMatchObject({ magWeg: false, bewarenTot: "2030-01-01" });
    const vijftien = { zorg: { jaren: 15, vanaf: "aanmaak" as const } };
    expect(bewaarUitkomst(item, client, "2024-12-31", vijftien)).toMatchObject({
      magWeg: false,
      bewarenTot: "2025-01-01",
      reden: { nl: "wettelijke bewaarplicht (WGBO): 15 jaar" },
    });
    expect(bewaarUitkomst(item, client, "2025-01-01", vijftien).magWeg).toBe(true);
    const eindeZorg = { zorg: { jaren: 2, vanaf: "einde_zorg" as const } };
    expect(bewaarUitkomst(item, client, "2026-02-28", eindeZorg)).toMatchObject({ magWeg: false, bewarenTot: "2026-03-01" });
    expect(bewaarUitkomst(item, client, "2026-03-01", eindeZorg).magWeg).toBe(true);
    expect(bewaarUitkomst(item, { ...client, uitZorgOp: null }, vandaag, eindeZorg)).toMatchObject({
      magWeg: false,
      reden: { code: "nog_in_zorg" },
    });
  });

  it("refuses a malformed date", () => {
    expect(() => bewaarUitkomst({ categorie: "zorg", aangemaaktOp: "2020-13-01", gewijzigdOp: "2020-01-01" }, client, vandaag)).toThrow(
      /Ongeldige datum/,
    );
  });
});

describe("verwijderplan", () => {
  it("deletes old finance, keeps care and therefore personalia", () => {
    const plan = verwijderplan(
      [
        { categorie: "personalia", aangemaaktOp: "2018-01-01", gewijzigdOp: "2018-01-01" },
        { categorie: "zorg", aangemaaktOp: "2021-11-22", gewijzigdOp: "2021-11-22" },
        { categorie: "financieel", aangemaaktOp: "2018-11-22", gewijzigdOp: "2018-11-22" },
      ],
      client,
      vandaag,
    );
    expect(plan.map((r) => r.uitkomst.magWeg)).toEqual([false, false, true]);
  });

  it("lets personalia go when nothing else is kept", () => {
    const plan = verwijderplan(
      [
        { categorie: "contact", aangemaaktOp: "2018-01-01", gewijzigdOp: "2018-01-01" },
        { categorie: "financieel", aangemaaktOp: "2018-11-22", gewijzigdOp: "2018-11-22" },
      ],
      client,
      vandaag,
    );
    expect(plan.every((r) => r.uitkomst.magWeg)).toBe(true);
  });
});
