/**
 * The decision letter as PDF (app/services/brief-pdf.server.ts) against a real database:
 * - every name and sign comes out as signed (DejaVu Sans embedded, parsed back with unpdf);
 * - staff (backoffice, directie) download the signed letter to print and post it, through the
 *   route /backoffice/verzoeken/:id/besluit/:besluitId.pdf: only signed letters of that request,
 *   every download audited; other roles get 403, drafts and other requests' decisions 404.
 */
import { and, asc, eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { auditLog, medewerkers, verzoeken } from "../../db/schema";
import { loader } from "~/routes/backoffice.verzoeken.$id_.besluit.$besluitId[.]pdf";
import { besluitPdfVoorClient } from "~/services/ondertekening.server";
import { startSessie } from "~/services/sessies.server";
import { maakConcept, maakMedewerker, onderteken, type Medewerker } from "../support/besluiten";
import { useFreshDatabase } from "../support/database";

useFreshDatabase();

let sanne: Medewerker; // backoffice: drafts
let anouk: Medewerker; // directie: signs

beforeAll(async () => {
  await seedDemoIfEmpty();
  sanne = await maakMedewerker("Sanne Fictief", ["backoffice"]);
  anouk = await maakMedewerker("Anouk Fictief", ["directie"]);
});

const op = (dag: string) => ({ nu: new Date(`${dag}T10:00:00+01:00`) });

async function tekstVan(pdf: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

async function auditVan(verzoekId: string) {
  return db().select().from(auditLog).where(eq(auditLog.verzoekId, verzoekId)).orderBy(asc(auditLog.id));
}

/** A signed refusal for a client with this name and motivation. */
async function getekendBesluit(naam: string, motivering: string) {
  const c = await maakConcept({ opsteller: sanne, motivering });
  const [v] = await db().select().from(verzoeken).where(eq(verzoeken.id, c.verzoekId));
  await db()
    .update(verzoeken)
    .set({ indiener: { ...v!.indiener, naam }, betrokkene: { ...v!.betrokkene, naam } })
    .where(eq(verzoeken.id, c.verzoekId));
  const { resultaat } = await onderteken(anouk, c.besluitId, op("2026-03-20"));
  if (!resultaat.ok) throw new Error(`ondertekenen mislukt: ${resultaat.reden}`);
  return { ...c, verificatiecode: resultaat.verificatiecode };
}

/** GET the staff route as this staff member (a real session cookie). */
async function download(medewerkerId: string | null, verzoekId: string, besluitId: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (medewerkerId) headers.Cookie = (await startSessie(db(), { medewerkerId })).split(";")[0]!;
  const request = new Request(`http://localhost/backoffice/verzoeken/${verzoekId}/besluit/${besluitId}.pdf`, {
    headers,
  });
  try {
    return (await loader({ request, params: { id: verzoekId, besluitId }, context: { cspNonce: "" } })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("the PDF letter writes every name and sign as signed", () => {
  it("Polish, Turkish and Czech names, €, ‘quotes’ and an en dash parse back exactly", async () => {
    const motivering =
      "Uw broer Şahin Öztürk heeft ‘uitdrukkelijk’ bezwaar gemaakt – zijn gegevens geven wij niet. " +
      // Decomposed input (e + combining diaeresis) is written composed, as the HTML letter shows it.
      "De kopie kost niets (geen € 5,00). Contact: Zoe\u0308 Dvořák.";
    const c = await getekendBesluit("Łukasz Wiśniewski", motivering);

    const client = await besluitPdfVoorClient(c.client, c.nummer, c.besluitId);
    const plat = await tekstVan(client!.pdf);
    expect(plat).toContain("Łukasz Wiśniewski");
    expect(plat).toContain("Beste Łukasz Wiśniewski");
    expect(plat).toContain(
      "Uw broer Şahin Öztürk heeft ‘uitdrukkelijk’ bezwaar gemaakt – zijn gegevens geven wij niet.",
    );
    expect(plat).toContain("De kopie kost niets (geen € 5,00). Contact: Zoë Dvořák.");
    // Nothing replaced or stripped any more.
    expect(plat).not.toContain("Lukasz");
    expect(plat).not.toContain("Sahin");
    expect(plat).toContain(`Verificatiecode: ${c.verificatiecode}`);

    // Only the glyphs used are embedded (a subset): about 30 KB, not the 1.4 MB of the two TTF files.
    expect(client!.pdf.byteLength).toBeLessThan(60_000);
    const ruw = Buffer.from(client!.pdf).toString("latin1");
    expect(ruw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(ruw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(ruw).not.toContain("Helvetica");
  });

  it('writes a character the font has no glyph for as "?", never an empty box', async () => {
    const c = await getekendBesluit("Mei 林", "Wij geven deze gegevens niet.");
    const plat = await tekstVan((await besluitPdfVoorClient(c.client, c.nummer, c.besluitId))!.pdf);
    expect(plat).toContain("Beste Mei ?");
  });
});

describe("the letter as PDF for staff, to print and post", () => {
  it("gives backoffice and directie the client's PDF of a signed letter, and audits each download", async () => {
    const c = await getekendBesluit("Łukasz Wiśniewski", "Wij geven deze gegevens niet – zie hieronder.");

    const viaBackoffice = await download(sanne.medewerker.id, c.verzoekId, c.besluitId);
    expect(viaBackoffice.status).toBe(200);
    expect(viaBackoffice.headers.get("Content-Type")).toBe("application/pdf");
    expect(viaBackoffice.headers.get("Content-Disposition")).toBe(
      `attachment; filename="besluit-${c.nummer}-2026-03-20.pdf"`,
    );
    expect(viaBackoffice.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = new Uint8Array(await viaBackoffice.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");

    // The same letter the client downloads.
    const client = await besluitPdfVoorClient(c.client, c.nummer, c.besluitId);
    expect(await tekstVan(bytes)).toBe(await tekstVan(client!.pdf));
    expect(await tekstVan(bytes)).toContain("Beste Łukasz Wiśniewski");

    expect((await download(anouk.medewerker.id, c.verzoekId, c.besluitId)).status).toBe(200);

    const downloads = (await auditVan(c.verzoekId)).filter((a) => a.actie === "besluit.pdf_gedownload");
    expect(downloads.map((a) => [a.actorSoort, a.actorId, a.rol])).toEqual([
      ["medewerker", sanne.medewerker.id, "backoffice"],
      ["client", c.client.account.id, "betrokkene"],
      ["medewerker", anouk.medewerker.id, "directie"],
    ]);
    expect(downloads[0]).toMatchObject({
      onderdeel: "besluiten",
      details: { besluitId: c.besluitId, nummer: c.nummer },
    });
  });

  it("refuses other roles (403) and anyone not signed in (to the login page); nothing is logged", async () => {
    const c = await getekendBesluit("Cliënt Fictief", "Wij geven deze gegevens niet.");
    const [beheerder] = await db()
      .insert(medewerkers)
      .values({ naam: "Beheerder Fictief", email: `beheer.${Date.now()}@test.example`, rollen: ["beheerder"] })
      .returning({ id: medewerkers.id });
    const voor = (await auditVan(c.verzoekId)).length;

    const alleenBeheer = await download(beheerder!.id, c.verzoekId, c.besluitId);
    expect(alleenBeheer.status).toBe(403);

    const anoniem = await download(null, c.verzoekId, c.besluitId);
    expect(anoniem.status).toBe(302);
    expect(anoniem.headers.get("Location")).toContain("/backoffice/inloggen");

    // A staff member switched off since: the session no longer counts.
    const [oud] = await db()
      .insert(medewerkers)
      .values({ naam: "Oud Fictief", email: `oud.${Date.now()}@test.example`, rollen: ["backoffice"], actief: false })
      .returning({ id: medewerkers.id });
    expect((await download(oud!.id, c.verzoekId, c.besluitId)).status).toBe(302);

    expect(await auditVan(c.verzoekId)).toHaveLength(voor);
  });

  it("is 404 for a draft, for another request's decision and for nonsense ids; nothing is logged", async () => {
    const getekend = await getekendBesluit("Cliënt Fictief", "Wij geven deze gegevens niet.");
    const concept = await maakConcept({ opsteller: sanne });
    const voor = await db().select().from(auditLog);

    // A draft awaiting signature has no letter yet.
    expect((await download(sanne.medewerker.id, concept.verzoekId, concept.besluitId)).status).toBe(404);
    // A signed decision asked for under another request.
    expect((await download(sanne.medewerker.id, concept.verzoekId, getekend.besluitId)).status).toBe(404);
    expect((await download(sanne.medewerker.id, "nieuw", getekend.besluitId)).status).toBe(404);
    expect((await download(sanne.medewerker.id, getekend.verzoekId, "x")).status).toBe(404);

    const downloads = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "besluit.pdf_gedownload"), eq(auditLog.actorId, sanne.medewerker.id)));
    expect(downloads.filter((d) => d.verzoekId === concept.verzoekId || d.verzoekId === getekend.verzoekId)).toEqual(
      [],
    );
    expect((await db().select().from(auditLog)).length).toBe(voor.length);
  });
});
