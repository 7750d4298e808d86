/**
 * Documents staff add to a request (app/services/documenten.server.ts, decision 028), against a real
 * database and a real clamd: checked, stored encrypted, in the client's inzage package byte for byte
 * with its SHA-256 in the manifest, never in a portability package when it concerns a third party,
 * every upload, download and deletion in the access log, and deletion removes the file.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { auditLog, dossierItems, pakketten } from "../../db/schema";
import { ManifestSchema } from "~/domain/pakket";
import { controleerEnBewaar, gebruikScanner, type GecontroleerdBestand } from "~/services/bestandscontrole.server";
import {
  documentenVanVerzoek,
  documentVoorMedewerker,
  verwijderDocument,
  voegDocumentToeAanVerzoek,
} from "~/services/documenten.server";
import { gebruikOpslag } from "~/services/opslag.server";
import { maakPakket, ontsleutel } from "~/services/pakket.server";
import { startSessie } from "~/services/sessies.server";
import { action as documentenActie } from "~/routes/backoffice.verzoeken.$id_.documenten";
import { loader as documentDownload } from "~/routes/backoffice.verzoeken.$id_.documenten.$documentId";
import { EICAR, startClamd, type TestClamd } from "../support/clamd";
import { readdirSync } from "node:fs";
import { useFreshDatabase } from "../support/database";
import { leesStroom, maakBackoffice, maakToegewezenVerzoek, tijdelijkeOpslag, unzip } from "../support/pakket";

useFreshDatabase();

let clamd: TestClamd;
let map: string;
let medewerker: Awaited<ReturnType<typeof maakBackoffice>>;

beforeAll(async () => {
  clamd = await startClamd();
  gebruikScanner({ socket: clamd.socket });
  map = tijdelijkeOpslag();
  await seedDemoIfEmpty();
  medewerker = await maakBackoffice();
});

afterAll(async () => {
  gebruikScanner(undefined);
  gebruikOpslag(undefined);
  rmSync(map, { recursive: true, force: true });
  await clamd?.stop();
});

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function pdf(tekst: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const delen: Buffer[] = [];
  doc.on("data", (d: Buffer) => delen.push(d));
  const klaar = new Promise((r) => doc.on("end", r));
  doc.text(tekst);
  doc.end();
  await klaar;
  return Buffer.concat(delen);
}

async function gecontroleerd(inhoud: Buffer, naam: string): Promise<GecontroleerdBestand> {
  const r = await controleerEnBewaar(Readable.from([inhoud]), naam);
  if (!r.ok) throw new Error(`geweigerd: ${r.weigering}`);
  return r.bestand;
}

async function pakketBestanden(pakketId: string): Promise<Map<string, Buffer>> {
  const [p] = await db().select().from(pakketten).where(eq(pakketten.id, pakketId));
  return unzip(await leesStroom(await ontsleutel(p!.opslagSleutel, p!.sleutel!)));
}

describe("documenten van de praktijk", () => {
  it("an export added to an inzage reaches the client's package byte for byte, with its SHA-256 in the manifest", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    const inhoud = await pdf("Export uit het cliëntsysteem (fictief)");
    const bestand = await gecontroleerd(inhoud, "export cliëntsysteem.pdf");
    const { id } = await voegDocumentToeAanVerzoek(
      medewerker,
      verzoek.id,
      { titel: "Export cliëntsysteem", datum: "2026-03-03", herkomst: "zorgverlener", betreftDerde: false },
      bestand,
    );
    // At rest the file is encrypted under a random name.
    const opSchijf = readFileSync(path.join(map, bestand.opslagSleutel));
    expect(opSchijf.includes(Buffer.from("%PDF"))).toBe(false);
    expect((await documentenVanVerzoek(medewerker, verzoek.id)).map((d) => d.titel)).toEqual(["Export cliëntsysteem"]);

    const pakket = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const bestanden = await pakketBestanden(pakket.id);
    const docs = JSON.parse(bestanden.get("data/documenten.json")!.toString("utf8"));
    const item = docs.items.find((i: { id: string }) => i.id === id);
    expect(item.bestand).toMatchObject({
      bestandsnaam: "export cliëntsysteem.pdf",
      mimeType: "application/pdf",
      grootte: inhoud.length,
    });
    expect(bestanden.get(item.bestand.pad)!.equals(inhoud)).toBe(true);
    const manifest = ManifestSchema.parse(JSON.parse(bestanden.get("manifest.json")!.toString("utf8")));
    expect(manifest.bestanden.find((b) => b.pad === item.bestand.pad)?.sha256).toBe(sha(inhoud));

    const [toegevoegd] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "document.toegevoegd"), eq(auditLog.verzoekId, verzoek.id)));
    expect(toegevoegd).toMatchObject({ actorId: medewerker.medewerker.id, onderdeel: "documenten" });
    expect(toegevoegd!.details).toMatchObject({ documentId: id, sha256: sha(inhoud) });
  });

  it("a document about a third party never leaves in a portability package", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "dataportabiliteit" });
    const inhoud = await pdf("Brief van de huisarts over de moeder (fictief)");
    const { id } = await voegDocumentToeAanVerzoek(
      medewerker,
      verzoek.id,
      { titel: "Brief huisarts", datum: "2026-02-01", herkomst: "Huisartsenpraktijk Fictief", betreftDerde: true },
      await gecontroleerd(inhoud, "brief.pdf"),
    );
    const pakket = await maakPakket(undefined, {
      verzoekId: verzoek.id,
      soort: "dataportabiliteit",
      actor: medewerker,
    });
    const bestanden = await pakketBestanden(pakket.id);
    expect([...bestanden.values()].some((b) => b.equals(inhoud))).toBe(false);
    expect(bestanden.get("data/documenten.json")?.toString("utf8") ?? "").not.toContain(id);
  });

  it("a staff download is decrypted and logged; deleting removes row, key and file, and is logged", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    const inhoud = await pdf("Verkeerd bestand (fictief)");
    const bestand = await gecontroleerd(inhoud, "verkeerd.pdf");
    const { id } = await voegDocumentToeAanVerzoek(
      medewerker,
      verzoek.id,
      { titel: "Verkeerd", datum: "2026-03-01", herkomst: "zorgverlener", betreftDerde: false },
      bestand,
    );
    const download = await documentVoorMedewerker(medewerker, { verzoekId: verzoek.id }, id);
    expect(download?.bestandsnaam).toBe("verkeerd.pdf");
    expect((await leesStroom(download!.stroom)).equals(inhoud)).toBe(true);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actie, "document.gedownload"), eq(auditLog.verzoekId, verzoek.id))),
    ).toHaveLength(1);

    expect(await verwijderDocument(medewerker, { verzoekId: verzoek.id }, id)).toBe(true);
    expect(await db().select().from(dossierItems).where(eq(dossierItems.id, id))).toEqual([]);
    expect(existsSync(path.join(map, bestand.opslagSleutel))).toBe(false);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actie, "document.verwijderd"), eq(auditLog.verzoekId, verzoek.id))),
    ).toHaveLength(1);
    expect(await documentVoorMedewerker(medewerker, { verzoekId: verzoek.id }, id)).toBeNull();
  });

  it("a request without a client takes no document, and the stored file is removed again", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage", koppelen: false });
    const bestand = await gecontroleerd(await pdf("Los (fictief)"), "los.pdf");
    await expect(
      voegDocumentToeAanVerzoek(
        medewerker,
        verzoek.id,
        { titel: "Los", datum: "2026-03-01", herkomst: "zorgverlener", betreftDerde: false },
        bestand,
      ),
    ).rejects.toMatchObject({ code: "geen_client" });
    expect(existsSync(path.join(map, bestand.opslagSleutel))).toBe(false);
  });
});

describe("the backoffice route: upload and download over HTTP", () => {
  async function cookie() {
    return (await startSessie(db(), { medewerkerId: medewerker.medewerker.id })).split(";")[0]!;
  }
  async function upload(verzoekId: string, inhoud: Buffer, naam: string) {
    const form = new FormData();
    form.append("titel", "Brief");
    form.append("datum", "2026-03-04");
    form.append("herkomst", "zorgverlener");
    form.append("bestand", new Blob([new Uint8Array(inhoud)]), naam);
    const request = new Request(`http://localhost/backoffice/verzoeken/${verzoekId}/documenten`, {
      method: "POST",
      body: form,
      headers: { Cookie: await cookie() },
    });
    try {
      return await documentenActie({ request, params: { id: verzoekId }, context: { cspNonce: "" } });
    } catch (e) {
      return e;
    }
  }
  const bestandenOpSchijf = () =>
    readdirSync(map, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.parentPath.includes("bestanden"))
      .map((d) => d.name)
      .sort();

  it("EICAR in a PDF and a program named .pdf are refused with a plain message; nothing is stored; the refusal is logged", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    const voor = bestandenOpSchijf();
    const virus = await upload(verzoek.id, Buffer.concat([await pdf("Brief (fictief)"), EICAR]), "brief.pdf");
    expect(virus).toEqual({
      fout: "In dit bestand is een virus of schadelijke inhoud gevonden. We hebben het niet bewaard.",
    });
    const exe = await upload(
      verzoek.id,
      Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(3000, 1)]),
      "factuur.pdf",
    );
    expect(exe).toEqual({
      fout: "Dit soort bestand nemen we niet aan. Stuur een PDF, een JPEG-foto of een PNG-afbeelding.",
    });
    expect(bestandenOpSchijf()).toEqual(voor);
    expect(await db().select().from(dossierItems).where(eq(dossierItems.verzoekId, verzoek.id))).toEqual([]);
    const log = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "document.geweigerd"), eq(auditLog.verzoekId, verzoek.id)));
    expect(log.map((r) => (r.details as { reden: string }).reden).sort()).toEqual(["soort_niet_toegestaan", "virus"]);
  });

  it("a PDF is added, and downloads as an attachment with nosniff and a sandboxing CSP", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    const inhoud = await pdf("Verslag (fictief)");
    const antwoord = (await upload(verzoek.id, inhoud, "verslag cliënt.pdf")) as Response;
    expect(antwoord.status).toBe(302);
    const [rij] = await db().select().from(dossierItems).where(eq(dossierItems.verzoekId, verzoek.id));
    const request = new Request(`http://localhost/backoffice/verzoeken/${verzoek.id}/documenten/${rij!.id}`, {
      headers: { Cookie: await cookie() },
    });
    const download = (await documentDownload({
      request,
      params: { id: verzoek.id, documentId: rij!.id },
      context: { cspNonce: "" },
    })) as Response;
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename="verslag client.pdf"; filename*=UTF-8''verslag%20cli%C3%ABnt.pdf`,
    );
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(download.headers.get("Content-Security-Policy")).toMatch(/^sandbox;/);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(inhoud)).toBe(true);
  });
});
