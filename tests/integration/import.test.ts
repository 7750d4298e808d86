/**
 * Client-records import against a real database: the example file imports, a re-import is a no-op,
 * an import with errors changes nothing and reports each bad row by line number, only a beheerder may import.
 * A disclosure is linked to the consent it names; every reason is in Dutch and English. After an
 * erasure a re-import never brings the erased rows back (AVG art. 17) and never changes an
 * afgeschermd item (AVG art. 18).
 */
import { readFileSync } from "node:fs";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  besluiten,
  bewaarUitzonderingen,
  clienten,
  dossierItems,
  gewisteExterneIds,
  medewerkers,
  organisatie,
  relaties,
  toestemmingen,
  verstrekkingen,
  verzoeken,
} from "../../db/schema";
import { legitimeer } from "~/services/behandeling.server";
import { ImportGeweigerd, proefImport, voerImportUit } from "~/services/import.server";
import { voerVerwijderingUit } from "~/services/uitvoering.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const db = () => testDb().db;
const VOORBEELD = readFileSync("docs/voorbeeld-import.json", "utf8");
let beheerder = "";
let backoffice = "";

async function tel() {
  const n = async (
    t: typeof clienten | typeof relaties | typeof dossierItems | typeof verstrekkingen | typeof toestemmingen,
  ) =>
    Number(
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(t)
      )[0]!.n,
    );
  return {
    clienten: await n(clienten),
    relaties: await n(relaties),
    dossier: await n(dossierItems),
    verstrekkingen: await n(verstrekkingen),
    toestemmingen: await n(toestemmingen),
  };
}

beforeAll(async () => {
  await db().insert(organisatie).values({ naam: "Testpraktijk Het Anker" });
  const [b] = await db()
    .insert(medewerkers)
    .values({ email: "beheer@anker.example", naam: "Beheerder", rollen: ["beheerder"] })
    .returning();
  const [o] = await db()
    .insert(medewerkers)
    .values({ email: "bo@anker.example", naam: "Backoffice", rollen: ["backoffice"] })
    .returning();
  beheerder = b!.id;
  backoffice = o!.id;
});

describe("client records import", () => {
  it("the dry run of the example file plans every row and changes nothing", async () => {
    const plan = await proefImport(beheerder, VOORBEELD);
    expect(plan.fout).toBeNull();
    expect(plan.telling).toEqual({ aanmaken: 8, wijzigen: 0, ongewijzigd: 0, overgeslagen: 0, afgewezen: 0 });
    expect(plan.rijen[0]).toMatchObject({ regel: 4, soort: "clienten", sleutel: "VB-1001", actie: "aanmaken" });
    expect(await tel()).toEqual({ clienten: 0, relaties: 0, dossier: 0, verstrekkingen: 0, toestemmingen: 0 });
  });

  it("the real run creates everything in one go; a re-import of the same file changes nothing", async () => {
    const eerste = await voerImportUit(beheerder, VOORBEELD);
    expect(eerste.telling.aanmaken).toBe(8);
    const na = await tel();
    expect(na).toEqual({ clienten: 3, relaties: 1, dossier: 2, verstrekkingen: 1, toestemmingen: 1 });
    const [sem] = await db().select().from(clienten).where(eq(clienten.clientnummer, "VB-1002"));
    const [ouder] = await db().select().from(relaties).where(eq(relaties.clientId, sem!.id));
    expect(ouder).toMatchObject({ soort: "ouder_met_gezag", externId: "REL-1" });

    const [voor] = await db().select().from(clienten).where(eq(clienten.clientnummer, "VB-1001"));
    const tweede = await voerImportUit(beheerder, VOORBEELD);
    expect(tweede.telling).toEqual({ aanmaken: 0, wijzigen: 0, ongewijzigd: 8, overgeslagen: 0, afgewezen: 0 });
    expect(await tel()).toEqual(na);
    const [erna] = await db().select().from(clienten).where(eq(clienten.clientnummer, "VB-1001"));
    expect(erna!.bijgewerktOp).toEqual(voor!.bijgewerktOp);

    const audits = await db().select().from(auditLog).where(like(auditLog.actie, "beheer.import"));
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits[0]!.details)).not.toContain("Voorbeeld");
  });

  it("a changed field is shown as wijzigen and then stored", async () => {
    const gewijzigd = VOORBEELD.replace('"plaats": "Ergenshuizen"', '"plaats": "Nergenshuizen"');
    const plan = await proefImport(beheerder, gewijzigd);
    expect(plan.rijen.find((r) => r.sleutel === "VB-1001")).toMatchObject({
      actie: "wijzigen",
      reden: { nl: "gewijzigd: plaats", en: "changed: plaats" },
    });
    await voerImportUit(beheerder, gewijzigd);
    const [c] = await db().select().from(clienten).where(eq(clienten.clientnummer, "VB-1001"));
    expect(c!.plaats).toBe("Nergenshuizen");
  });

  it("an import with errors changes nothing and reports each bad row by line number", async () => {
    const voor = await tel();
    const tekst = [
      "{",
      '  "clienten": [',
      '    { "clientnummer": "N-1", "voornamen": "Nieuw", "achternaam": "Fictief", "geboortedatum": "2001-01-01" },',
      '    { "clientnummer": "N-2", "voornamen": "Fout", "achternaam": "Fictief", "geboortedatum": "31-12-2001" }',
      "  ],",
      '  "dossier": [',
      '    { "externId": "D-9", "clientnummer": "ONBEKEND", "categorie": "zorg", "titel": "x", "inhoud": {} },',
      '    { "externId": "D-10", "clientnummer": "N-1", "categorie": "geheim", "titel": "x", "inhoud": {} }',
      "  ]",
      "}",
    ].join("\n");
    let fout: unknown;
    try {
      await voerImportUit(beheerder, tekst);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(ImportGeweigerd);
    const plan = (fout as ImportGeweigerd).plan;
    const afgewezen = plan.rijen.filter((r) => r.actie === "afgewezen").map((r) => [r.regel, r.reden.nl]);
    expect(afgewezen).toEqual([
      [4, expect.stringMatching(/geboortedatum: geen geldige datum/)],
      [7, expect.stringMatching(/onbekend clientnummer "ONBEKEND"/)],
      [8, expect.stringMatching(/categorie: een van: personalia/)],
    ]);
    expect(plan.rijen.find((r) => r.regel === 3)!.actie).toBe("aanmaken");
    expect(await tel()).toEqual(voor);
    expect(await db().select().from(clienten).where(eq(clienten.clientnummer, "N-1"))).toHaveLength(0);
  });

  it("a CSV of clients imports with line numbers", async () => {
    const csv =
      "clientnummer;voornamen;achternaam;geboortedatum\nCSV-1;Lot;Fictief;1999-09-09\nCSV-2;Bas;;1999-09-09\n";
    const plan = await proefImport(beheerder, csv);
    expect(plan.rijen.map((r) => [r.regel, r.actie])).toEqual([
      [2, "aanmaken"],
      [3, "afgewezen"],
    ]);
    expect(plan.rijen[1]!.reden.nl).toMatch(/achternaam/);
  });

  it("the disclosure in the example file is linked to the consent it names", async () => {
    const [anna] = await db().select().from(clienten).where(eq(clienten.clientnummer, "VB-1001"));
    const [toe] = await db()
      .select()
      .from(toestemmingen)
      .where(and(eq(toestemmingen.clientId, anna!.id), eq(toestemmingen.externId, "TOE-1")));
    const [ver] = await db()
      .select()
      .from(verstrekkingen)
      .where(and(eq(verstrekkingen.clientId, anna!.id), eq(verstrekkingen.externId, "VER-1")));
    expect(ver!.toestemmingId).toBe(toe!.id);
  });

  it("links a new disclosure to a consent new in the same file; an unknown consent is refused with the reason", async () => {
    const bestand = (toestemmingExternId: string) =>
      JSON.stringify({
        verstrekkingen: [
          {
            externId: "VER-2",
            clientnummer: "VB-1001",
            ontvanger: "Fysiotherapie Voorbeeld",
            datum: "2025-06-01",
            rechtsgrond: "toestemming",
            toestemmingExternId,
          },
        ],
        toestemmingen: [
          {
            externId: "TOE-2",
            clientnummer: "VB-1001",
            omschrijving: "Verslag delen met de fysiotherapeut",
            gegevenOp: "2025-05-20",
          },
        ],
      });
    const fout = await proefImport(beheerder, bestand("TOE-9"));
    expect(fout.rijen[0]).toMatchObject({
      actie: "afgewezen",
      reden: {
        nl: 'toestemmingExternId: toestemming "TOE-9" staat niet bij deze cliënt (niet in het portaal en niet in dit bestand)',
        en: 'toestemmingExternId: consent "TOE-9" is not known for this client (not in the portal and not in this file)',
      },
    });
    // A consent of another client is not this client's consent.
    expect(
      (
        await proefImport(
          beheerder,
          bestand("TOE-1").replace('"clientnummer":"VB-1001","ontvanger"', '"clientnummer":"VB-1003","ontvanger"'),
        )
      ).rijen[0]!.actie,
    ).toBe("afgewezen");

    const plan = await voerImportUit(beheerder, bestand("TOE-2"));
    expect(plan.telling).toMatchObject({ aanmaken: 2, afgewezen: 0 });
    const [anna] = await db().select().from(clienten).where(eq(clienten.clientnummer, "VB-1001"));
    const [toe] = await db()
      .select()
      .from(toestemmingen)
      .where(and(eq(toestemmingen.clientId, anna!.id), eq(toestemmingen.externId, "TOE-2")));
    const [ver] = await db()
      .select()
      .from(verstrekkingen)
      .where(and(eq(verstrekkingen.clientId, anna!.id), eq(verstrekkingen.externId, "VER-2")));
    expect(ver!.toestemmingId).toBe(toe!.id);
    expect((await proefImport(beheerder, bestand("TOE-2"))).telling).toMatchObject({ ongewijzigd: 2 });
    // Pointing at another consent is a change of the link.
    expect((await proefImport(beheerder, bestand("TOE-1"))).rijen[0]).toMatchObject({
      actie: "wijzigen",
      reden: { nl: "gewijzigd: toestemmingExternId" },
    });
  });

  it("gives every reason in English too (the beheerder may work in English)", async () => {
    // The portal holds "Nergenshuizen" since the test above; the example file says "Ergenshuizen".
    const plan = await proefImport(beheerder, VOORBEELD);
    expect(plan.rijen.find((r) => r.sleutel === "VB-1001")!.reden.en).toBe("changed: plaats");
    expect(plan.rijen.find((r) => r.sleutel === "VB-1002")!.reden.en).toBe("already the same");
    const nieuw = await proefImport(beheerder, VOORBEELD.replaceAll("VB-1003", "VB-2003"));
    expect(nieuw.rijen.find((r) => r.sleutel === "VB-2003")!.reden.en).toBe("new client");
    expect(nieuw.rijen.find((r) => r.sleutel === "VB-2003/DOS-2")!.reden.en).toBe("new, for a new client");
    const fout = await proefImport(
      beheerder,
      '{"dossier": [{"externId": "D-1", "clientnummer": "NIEMAND", "categorie": "zorg", "titel": "x", "inhoud": {}}]}',
    );
    expect(fout.rijen[0]!.reden.en).toBe('unknown client number "NIEMAND": not in the portal and not in this file');
    expect((await proefImport(beheerder, "x".repeat(2_000_001))).fout?.en).toBe(
      "The file is too large (more than 2 MB).",
    );
  });

  it("only an active beheerder may import", async () => {
    await expect(proefImport(backoffice, VOORBEELD)).rejects.toMatchObject({ code: "geen_toegang" });
    await expect(voerImportUit(backoffice, VOORBEELD)).rejects.toMatchObject({ code: "geen_toegang" });
  });
});

describe("import after an erasure (AVG art. 17 and 18)", () => {
  const NU = new Date("2026-11-20T10:00:00Z");
  const bestand = (zorgVerslag: string) =>
    JSON.stringify(
      {
        clienten: [
          {
            clientnummer: "WIS-1",
            voornamen: "Wendy",
            achternaam: "Wisproef",
            geboortedatum: "1979-02-03",
            status: "voormalig",
            uitZorgOp: "2022-01-31",
          },
        ],
        dossier: [
          {
            externId: "W-FIN",
            clientnummer: "WIS-1",
            categorie: "financieel",
            titel: "Factuur 2018",
            inhoud: { bedrag: "EUR 80,00" },
          },
          {
            externId: "W-ZORG",
            clientnummer: "WIS-1",
            categorie: "zorg",
            titel: "Verslag 2021",
            inhoud: { verslag: zorgVerslag },
          },
        ],
      },
      null,
      2,
    );

  async function dossierVan(clientId: string) {
    return db().select().from(dossierItems).where(eq(dossierItems.clientId, clientId));
  }

  it("the erased rows stay gone, the afgeschermd item is never changed, and the report says why", async () => {
    await voerImportUit(beheerder, bestand("Gesprek over de hulpvraag."));
    const [client] = await db().select().from(clienten).where(eq(clienten.clientnummer, "WIS-1"));
    const clientId = client!.id;
    // Age the records: the invoice is 8 years old (may go after 7), the care record 5 (kept on an exception below).
    const items = await dossierVan(clientId);
    const fin = items.find((i) => i.externId === "W-FIN")!;
    const zorg = items.find((i) => i.externId === "W-ZORG")!;
    await db()
      .update(dossierItems)
      .set({ aangemaaktOp: new Date("2018-11-19T10:00:00Z"), gewijzigdOp: new Date("2018-11-19T10:00:00Z") })
      .where(eq(dossierItems.id, fin.id));
    await db()
      .update(dossierItems)
      .set({ aangemaaktOp: new Date("2021-11-20T10:00:00Z"), gewijzigdOp: new Date("2021-11-20T10:00:00Z") })
      .where(eq(dossierItems.id, zorg.id));
    // A row entered in the portal itself (no externId) is erased too, but needs no tombstone.
    await db()
      .insert(dossierItems)
      .values({
        clientId,
        categorie: "financieel",
        titel: "Losse nota",
        inhoud: { bedrag: "EUR 10,00" },
        aangemaaktOp: new Date("2018-01-01T10:00:00Z"),
        gewijzigdOp: new Date("2018-01-01T10:00:00Z"),
      });
    const [v] = await db()
      .insert(verzoeken)
      .values({
        nummer: "AVG-2026-000917",
        type: "verwijdering",
        status: "in_uitvoering",
        indiener: { naam: "Wendy", email: "wendy@example.test", relatie: "zelf" },
        betrokkene: { naam: "Wendy", geboortedatum: "1979-02-03", email: "wendy@example.test" },
        clientId,
        ontvangenOp: "2026-10-20",
        doelTermijn: "2026-11-17",
        wettelijkeTermijn: "2026-11-20",
        besluitOp: "2026-11-13",
        uitvoeringTermijn: "2027-02-13",
      })
      .returning({ id: verzoeken.id, versie: verzoeken.versie });
    // Decision 022: the care record is kept only on an exception staff chose (another's substantial
    // interest, art. 7:455 lid 2 BW), after the directie signed the partial refusal.
    await db().insert(bewaarUitzonderingen).values({
      verzoekId: v!.id,
      categorie: "zorg",
      grond: "aanmerkelijk_belang_ander",
      motivering: "Nodig voor de zorg aan een gezinslid.",
      medewerkerId: backoffice,
    });
    await db()
      .insert(besluiten)
      .values({
        verzoekId: v!.id,
        soort: "gedeeltelijke_afwijzing",
        gronden: ["aanmerkelijk_belang_ander"],
        motivering: "Eén verslag blijft bewaard.",
        status: "verzonden",
        opstellerId: backoffice,
      });
    // Identity checked at the desk (docs/decisions/018): an erasure is carried out only then.
    const { versie } = await legitimeer(
      { medewerker: { id: backoffice } },
      v!.id,
      v!.versie,
      { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "WI01" },
      { nu: NU },
    );
    await voerVerwijderingUit({ medewerker: { id: backoffice } }, v!.id, versie, { nu: NU });

    // The erasure recorded a tombstone for the one erased row from the practice system, in the same step.
    expect(await db().select().from(gewisteExterneIds).where(eq(gewisteExterneIds.clientId, clientId))).toEqual([
      expect.objectContaining({ tabel: "dossier_items", externId: "W-FIN", verzoekId: v!.id }),
    ]);
    const [erasureAudit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "dossier.verwijderd"), eq(auditLog.verzoekId, v!.id)));
    expect(erasureAudit!.details).toMatchObject({ gewisteExterneIds: 1 });
    const naWissen = await dossierVan(clientId);
    expect(naWissen.map((i) => [i.externId, i.afgeschermd])).toEqual([["W-ZORG", true]]);

    // Re-import the same (older) export, with a changed care record: dry run first.
    const ouder = bestand("Aangepast verslag uit het oude systeem.");
    const proef = await proefImport(beheerder, ouder);
    expect(proef.rijen.map((r) => [r.sleutel, r.actie, r.reden.nl])).toEqual([
      ["WIS-1", "ongewijzigd", "al gelijk"],
      ["WIS-1/W-FIN", "overgeslagen", "gewist op verzoek (AVG art. 17)"],
      ["WIS-1/W-ZORG", "overgeslagen", "afgeschermd: niet gewijzigd (AVG art. 18)"],
    ]);
    expect(proef.rijen.slice(1).map((r) => r.reden.en)).toEqual([
      "erased at the client's request (GDPR Art. 17)",
      "restricted: not changed (GDPR Art. 18)",
    ]);
    expect(proef.telling).toEqual({ aanmaken: 0, wijzigen: 0, ongewijzigd: 1, overgeslagen: 2, afgewezen: 0 });
    // Nothing about the restricted item's content leaks into the report.
    expect(JSON.stringify(proef)).not.toContain("verslag");

    const echt = await voerImportUit(beheerder, ouder);
    expect(echt.telling.overgeslagen).toBe(2);
    const naImport = await dossierVan(clientId);
    expect(naImport).toHaveLength(1);
    expect(naImport[0]).toMatchObject({
      externId: "W-ZORG",
      afgeschermd: true,
      inhoud: { verslag: "Gesprek over de hulpvraag." },
    });
    expect(naImport[0]!.gewijzigdOp).toEqual(new Date("2021-11-20T10:00:00Z"));
    expect(
      await db()
        .select()
        .from(dossierItems)
        .where(and(eq(dossierItems.clientId, clientId), inArray(dossierItems.externId, ["W-FIN"]))),
    ).toEqual([]);
  });
  it("never restores a client erased in full: the row and its records are skipped as erased (decision 022)", async () => {
    const tekst = JSON.stringify({
      clienten: [
        {
          clientnummer: "WIS-2",
          voornamen: "Wanda",
          achternaam: "Wisvolledig",
          geboortedatum: "1980-04-05",
          status: "voormalig",
          uitZorgOp: "2022-01-31",
        },
      ],
      dossier: [
        { externId: "W2-ZORG", clientnummer: "WIS-2", categorie: "zorg", titel: "Verslag", inhoud: { verslag: "x" } },
      ],
    });
    await voerImportUit(beheerder, tekst);
    const [client] = await db().select().from(clienten).where(eq(clienten.clientnummer, "WIS-2"));
    const [v] = await db()
      .insert(verzoeken)
      .values({
        nummer: "AVG-2026-000918",
        type: "verwijdering",
        status: "in_uitvoering",
        details: { omvang: "alles" },
        indiener: { naam: "Wanda", email: "wanda@example.test", relatie: "zelf" },
        betrokkene: { naam: "Wanda", geboortedatum: "1980-04-05", email: "wanda@example.test" },
        clientId: client!.id,
        ontvangenOp: "2026-10-20",
        doelTermijn: "2026-11-17",
        wettelijkeTermijn: "2026-11-20",
        besluitOp: "2026-11-13",
        uitvoeringTermijn: "2027-01-20",
      })
      .returning({ id: verzoeken.id, versie: verzoeken.versie });
    const { versie } = await legitimeer(
      { medewerker: { id: backoffice } },
      v!.id,
      v!.versie,
      { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "WI02" },
      { nu: NU },
    );
    await voerVerwijderingUit({ medewerker: { id: backoffice } }, v!.id, versie, { nu: NU });
    const proef = await proefImport(beheerder, tekst);
    expect(proef.rijen.map((r) => [r.sleutel, r.actie])).toEqual([
      ["WIS-2", "overgeslagen"],
      ["WIS-2/W2-ZORG", "overgeslagen"],
    ]);
    await voerImportUit(beheerder, tekst);
    const [na] = await db().select().from(clienten).where(eq(clienten.id, client!.id));
    expect([na!.achternaam, na!.voornamen]).toEqual(["[gewist]", ""]);
    expect(await dossierVan(client!.id)).toEqual([]);
  });
});
