/**
 * Client-records import against a real database: the example file imports, a re-import is a no-op,
 * an import with errors changes nothing and reports each bad row by line number, only a beheerder may import.
 */
import { readFileSync } from "node:fs";
import { eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, clienten, dossierItems, medewerkers, organisatie, relaties, toestemmingen, verstrekkingen } from "../../db/schema";
import { ImportGeweigerd, proefImport, voerImportUit } from "~/services/import.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const db = () => testDb().db;
const VOORBEELD = readFileSync("docs/voorbeeld-import.json", "utf8");
let beheerder = "";
let backoffice = "";

async function tel() {
  const n = async (t: typeof clienten | typeof relaties | typeof dossierItems | typeof verstrekkingen | typeof toestemmingen) =>
    Number((await db().select({ n: sql<number>`count(*)::int` }).from(t))[0]!.n);
  return { clienten: await n(clienten), relaties: await n(relaties), dossier: await n(dossierItems), verstrekkingen: await n(verstrekkingen), toestemmingen: await n(toestemmingen) };
}

beforeAll(async () => {
  await db().insert(organisatie).values({ naam: "Testpraktijk Het Anker" });
  const [b] = await db().insert(medewerkers).values({ email: "beheer@anker.example", naam: "Beheerder", rollen: ["beheerder"] }).returning();
  const [o] = await db().insert(medewerkers).values({ email: "bo@anker.example", naam: "Backoffice", rollen: ["backoffice"] }).returning();
  beheerder = b!.id;
  backoffice = o!.id;
});

describe("client records import", () => {
  it("the dry run of the example file plans every row and changes nothing", async () => {
    const plan = await proefImport(beheerder, VOORBEELD);
    expect(plan.fout).toBeNull();
    expect(plan.telling).toEqual({ aanmaken: 8, wijzigen: 0, ongewijzigd: 0, afgewezen: 0 });
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
    expect(tweede.telling).toEqual({ aanmaken: 0, wijzigen: 0, ongewijzigd: 8, afgewezen: 0 });
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
    expect(plan.rijen.find((r) => r.sleutel === "VB-1001")).toMatchObject({ actie: "wijzigen", reden: "gewijzigd: plaats" });
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
    const afgewezen = plan.rijen.filter((r) => r.actie === "afgewezen").map((r) => [r.regel, r.reden]);
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
    const csv = "clientnummer;voornamen;achternaam;geboortedatum\nCSV-1;Lot;Fictief;1999-09-09\nCSV-2;Bas;;1999-09-09\n";
    const plan = await proefImport(beheerder, csv);
    expect(plan.rijen.map((r) => [r.regel, r.actie])).toEqual([[2, "aanmaken"], [3, "afgewezen"]]);
    expect(plan.rijen[1]!.reden).toMatch(/achternaam/);
  });

  it("only an active beheerder may import", async () => {
    await expect(proefImport(backoffice, VOORBEELD)).rejects.toMatchObject({ code: "geen_toegang" });
    await expect(voerImportUit(backoffice, VOORBEELD)).rejects.toMatchObject({ code: "geen_toegang" });
  });
});
