/**
 * Files clients and representatives send (app/services/bijlagen.server.ts, docs/decisions/032) and
 * staff dossier documents outside a request, against a real database and a real clamd, over the
 * routes as a browser sends them: checked, stored encrypted, opened by staff byte for byte with
 * the download headers, in the client's access log and inzage package; EICAR refused wherever a
 * file can enter, and then nothing is stored.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { deflateSync } from "node:zlib";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import {
  accounts,
  auditLog,
  berichten,
  bijlagen,
  clienten,
  dossierItems,
  identiteitscontroles,
  pakketten,
  verzoeken,
} from "../../db/schema";
import { controleerEnBewaar, gebruikScanner } from "~/services/bestandscontrole.server";
import { bijlagenOntvangst, ruimBestandenOp } from "~/services/bijlagen.server";
import { controleerVertegenwoordiging } from "~/services/behandeling.server";
import { inzageOverzicht, toegangslogVan } from "~/services/inzage.server";
import { gebruikOpslag, lokaleOpslag, type Opslag } from "~/services/opslag.server";
import { maakPakket, ontsleutel } from "~/services/pakket.server";
import { startSessie } from "~/services/sessies.server";
import { loader as mijnPagina } from "~/routes/mijn.verzoeken.$nummer";
import { action as berichtActie, loader as berichtPagina } from "~/routes/mijn.verzoeken.$nummer_.bericht";
import { action as bewijsActie, loader as bewijsPagina } from "~/routes/mijn.verzoeken.$nummer_.bewijs";
import { loader as bijlageDownload } from "~/routes/backoffice.verzoeken.$id_.bijlagen.$bijlageId";
import { loader as eigenBijlageDownload } from "~/routes/mijn.verzoeken.$nummer_.bijlagen.$bijlageId";
import { action as dossierActie, loader as dossierPagina } from "~/routes/backoffice.clienten.$clientId.documenten";
import { loader as dossierDownload } from "~/routes/backoffice.clienten.$clientId.documenten.$documentId";
import { EICAR, startClamd, type TestClamd } from "../support/clamd";
import { useFreshDatabase } from "../support/database";
import { leesStroom, maakBackoffice, tijdelijkeOpslag, unzip } from "../support/pakket";

useFreshDatabase();

let clamd: TestClamd;
let map: string;
let medewerker: Awaited<ReturnType<typeof maakBackoffice>>;
let teller = 0;

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
const ctx = { cspNonce: "" };

/** A real PNG of w×h grey pixels (a "photo of a letter"), with `staart` appended after its end. */
function png(w = 4, h = 3, staart: Buffer = Buffer.alloc(0)): Buffer {
  const crcTabel = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTabel[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const stuk = (soort: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(soort, "latin1"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rijen = Buffer.concat(
    Array.from({ length: h }, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.alloc(w, 100 + y)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    stuk("IHDR", ihdr),
    stuk("IDAT", deflateSync(rijen)),
    stuk("IEND", Buffer.alloc(0)),
    staart,
  ]);
}

const pdf = (tekst: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${tekst}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    "latin1",
  );

async function maakVerzoek(opties: { relatie?: string; koppelen?: boolean; status?: string } = {}) {
  const conn = db();
  const email = `bijlage.${++teller}.${Date.now()}@test.example`;
  const [account] = await conn
    .insert(accounts)
    .values({ email, naam: "Indiener Fictief" })
    .returning({ id: accounts.id });
  const [client] = await conn.select().from(clienten).where(eq(clienten.clientnummer, "DL-1002"));
  const relatie = opties.relatie ?? "zelf";
  const [v] = await conn
    .insert(verzoeken)
    .values({
      nummer: `AVG-2026-${String(700000 + teller).padStart(6, "0")}`,
      type: "correctie",
      status: opties.status ?? "in_behandeling",
      ingediendDoorAccountId: account!.id,
      indiener: { naam: relatie === "zelf" ? "Cliënt Fictief" : "Gemachtigde Fictief", email, relatie },
      betrokkene: { naam: "Cliënt Fictief", geboortedatum: client!.geboortedatum, email },
      clientId: opties.koppelen === false ? null : client!.id,
      details: {},
      ontvangenOp: "2026-03-02",
      identiteit: "eigen_adres",
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
    })
    .returning();
  const cookie = (await startSessie(conn, { accountId: account!.id })).split(";")[0]!;
  return { verzoek: v!, client: client!, cookie, actor: { soort: "client" as const, account: { id: account!.id } } };
}

async function staffCookie() {
  return (await startSessie(db(), { medewerkerId: medewerker.medewerker.id })).split(";")[0]!;
}

async function stuur<T>(fn: () => Promise<T>): Promise<T | Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}

function berichtMet(nummer: string, cookie: string, tekst: string, bestanden: { inhoud: Buffer; naam: string }[]) {
  const form = new FormData();
  form.append("tekst", tekst);
  for (const b of bestanden) form.append("bijlage", new Blob([new Uint8Array(b.inhoud)]), b.naam);
  const request = new Request(`http://localhost/mijn/verzoeken/${nummer}`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
  return stuur(() => berichtActie({ request, params: { nummer }, context: ctx }) as Promise<unknown>);
}

function bewijsMet(nummer: string, cookie: string, inhoud: Buffer, naam: string) {
  const form = new FormData();
  form.append("bijlage", new Blob([new Uint8Array(inhoud)]), naam);
  const request = new Request(`http://localhost/mijn/verzoeken/${nummer}/bewijs`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
  return stuur(() => bewijsActie({ request, params: { nummer }, context: ctx }) as Promise<unknown>);
}

async function download(verzoekId: string, bijlageId: string): Promise<Response> {
  const request = new Request(`http://localhost/backoffice/verzoeken/${verzoekId}/bijlagen/${bijlageId}`, {
    headers: { Cookie: await staffCookie() },
  });
  return (await stuur(
    () => bijlageDownload({ request, params: { id: verzoekId, bijlageId }, context: ctx }) as Promise<Response>,
  )) as Response;
}

const bestandenOpSchijf = () =>
  readdirSync(map, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.parentPath.includes("bestanden"))
    .map((d) => d.name)
    .sort();

const formFouten = (r: unknown) =>
  (r as { data?: { resultaat?: { error?: Record<string, string[]> } } }).data?.resultaat?.error?.[""] ?? [];

describe("a client attaches files to a message", () => {
  it("a photo of a letter goes with the message, encrypted at rest; staff download it byte for byte as a sandboxed attachment; both are in the client's access log", async () => {
    const { verzoek, cookie, client } = await maakVerzoek();
    const foto = png(40, 30);
    const antwoord = (await berichtMet(verzoek.nummer, cookie, "Hierbij de brief met het juiste adres.", [
      { inhoud: foto, naam: "brief van de gemeente.png" },
    ])) as Response;
    expect(antwoord.status).toBe(302);
    expect(antwoord.headers.get("Location")).toBe(`/mijn/verzoeken/${verzoek.nummer}?verstuurd=bericht#berichten`);

    const [bericht] = await db().select().from(berichten).where(eq(berichten.verzoekId, verzoek.id));
    const [rij] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id));
    expect(rij).toMatchObject({
      berichtId: bericht!.id,
      doel: "bericht",
      bestandsnaam: "brief van de gemeente.png",
      mimeType: "image/png",
      grootte: foto.length,
      sha256: sha(foto),
    });
    // At rest: encrypted under a random name, never the client's.
    const opSchijf = readFileSync(path.join(map, rij!.opslagSleutel));
    expect(opSchijf.includes(foto.subarray(0, 16))).toBe(false);
    expect(rij!.opslagSleutel).not.toContain("brief");

    // The client's page lists what they sent with the message.
    const pagina = (await mijnPagina({
      request: new Request(`http://localhost/mijn/verzoeken/${verzoek.nummer}`, { headers: { Cookie: cookie } }),
      params: { nummer: verzoek.nummer },
      context: ctx,
    })) as {
      bijlagen: { berichtId: string; bestandsnaam: string }[];
    };
    expect(pagina.bijlagen).toMatchObject([{ berichtId: bericht!.id, bestandsnaam: "brief van de gemeente.png" }]);

    const d = await download(verzoek.id, rij!.id);
    expect(d.status).toBe(200);
    expect(d.headers.get("Content-Disposition")).toBe(
      `attachment; filename="brief van de gemeente.png"; filename*=UTF-8''brief%20van%20de%20gemeente.png`,
    );
    expect(d.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(d.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
    expect(d.headers.get("Content-Type")).toBe("image/png");
    expect(Buffer.from(await d.arrayBuffer()).equals(foto)).toBe(true);

    const log = await toegangslogVan(db(), client.id, "nl");
    const eigen = log.filter((r) => r.actie.startsWith("bijlage."));
    expect(eigen.map((r) => [r.actie, r.wat, r.waarom])).toEqual([
      ["bijlage.toegevoegd", "stuurde een bestand mee", `Voor verzoek ${verzoek.nummer}`],
      ["bijlage.gedownload", "opende een bestand dat u stuurde", `Voor verzoek ${verzoek.nummer}`],
    ]);
    // The audit row holds the file's size and hash, never its name.
    const [toegevoegd] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "bijlage.toegevoegd"), eq(auditLog.verzoekId, verzoek.id)));
    expect(toegevoegd!.details).toMatchObject({ bijlageId: rij!.id, grootte: foto.length, sha256: sha(foto) });
    expect(JSON.stringify(toegevoegd!.details)).not.toContain("gemeente");
  });

  it("staff of another request, or a made-up id, get 404: an attachment opens only under its own request", async () => {
    const a = await maakVerzoek();
    const b = await maakVerzoek();
    await berichtMet(a.verzoek.nummer, a.cookie, "Foto erbij.", [{ inhoud: png(), naam: "foto.png" }]);
    const [rij] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, a.verzoek.id));
    expect((await download(b.verzoek.id, rij!.id)).status).toBe(404);
    expect((await download(a.verzoek.id, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("EICAR inside a PNG is refused with a plain message: no message, no file, no row; the refusal is logged", async () => {
    const { verzoek, cookie } = await maakVerzoek();
    const voor = bestandenOpSchijf();
    const r = await berichtMet(verzoek.nummer, cookie, "Zie bijlage.", [
      { inhoud: png(), naam: "goed.png" },
      { inhoud: png(4, 3, EICAR), naam: "brief.png" },
    ]);
    expect(formFouten(r)).toEqual([
      "In dit bestand is een virus of schadelijke inhoud gevonden. We hebben het niet bewaard.",
    ]);
    expect((r as { init?: { status?: number } }).init?.status).toBe(400);
    // Also the good file of the same form is gone again: the form is refused whole.
    expect(bestandenOpSchijf()).toEqual(voor);
    expect(await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id))).toEqual([]);
    expect(await db().select().from(berichten).where(eq(berichten.verzoekId, verzoek.id))).toEqual([]);
    const log = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "bijlage.geweigerd"), eq(auditLog.verzoekId, verzoek.id)));
    expect(log.map((l) => l.details)).toEqual([{ reden: "virus" }]);
  });

  it("a program named .png, and more than five files, are refused and nothing is kept", async () => {
    const { verzoek, cookie } = await maakVerzoek();
    const voor = bestandenOpSchijf();
    const exe = await berichtMet(verzoek.nummer, cookie, "Zie bijlage.", [
      { inhoud: Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(3000, 1)]), naam: "foto.png" },
    ]);
    expect(formFouten(exe)).toEqual([
      "Dit soort bestand nemen we niet aan. Stuur een PDF, een JPEG-foto of een PNG-afbeelding.",
    ]);
    const zes = await berichtMet(
      verzoek.nummer,
      cookie,
      "Zes foto's.",
      Array.from({ length: 6 }, (_, i) => ({ inhoud: png(2 + i, 2), naam: `foto${i}.png` })),
    );
    expect(formFouten(zes)).toEqual([
      "U kunt ten hoogste 5 bestanden tegelijk sturen. Stuur de rest met een volgend bericht.",
    ]);
    expect(bestandenOpSchijf()).toEqual(voor);
    expect(await db().select().from(berichten).where(eq(berichten.verzoekId, verzoek.id))).toEqual([]);
  });

  it("an empty message with a good file keeps nothing either (the text is required)", async () => {
    const { verzoek, cookie } = await maakVerzoek();
    const voor = bestandenOpSchijf();
    await berichtMet(verzoek.nummer, cookie, "   ", [{ inhoud: png(), naam: "foto.png" }]);
    expect(bestandenOpSchijf()).toEqual(voor);
    expect(await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id))).toEqual([]);
  });

  it("another account's request number is not found, and no byte of its file is stored", async () => {
    const eigenaar = await maakVerzoek();
    const ander = await maakVerzoek();
    const voor = bestandenOpSchijf();
    const r = (await berichtMet(eigenaar.verzoek.nummer, ander.cookie, "Hallo", [
      { inhoud: png(), naam: "x.png" },
    ])) as Response;
    expect(r.status).toBe(404);
    expect(bestandenOpSchijf()).toEqual(voor);
  });
});

describe("the message and proof pages under hostile input (4xx, nothing kept)", () => {
  const post = (nummer: string, cookie: string, pad: string, body: BodyInit, type: string) =>
    new Request(`http://localhost/mijn/verzoeken/${nummer}/${pad}`, {
      method: "POST",
      body,
      headers: { Cookie: cookie, "Content-Type": type },
    });

  it("a wrong content type, a broken or empty body and a field with a huge index get 4xx; nothing is stored", async () => {
    const { verzoek, cookie } = await maakVerzoek();
    const voor = bestandenOpSchijf();
    const pogingen: [string, BodyInit, string][] = [
      ["bericht", JSON.stringify({ tekst: "Hallo" }), "application/json"],
      ["bericht", "tekst=Hallo", "text/plain"],
      ["bericht", '--x\r\nContent-Disposition: form-data; name="tekst"\r\n\r\nHal', "multipart/form-data; boundary=x"],
      ["bericht", "", "application/x-www-form-urlencoded"],
      ["bericht", "tekst[99999999]=Hallo&tekst=Hallo&tekst=Nog", "application/x-www-form-urlencoded"],
      ["bewijs", JSON.stringify({ bijlage: "x" }), "application/json"],
      ["bewijs", "", "multipart/form-data; boundary=x"],
    ];
    for (const [pad, body, type] of pogingen) {
      const actie = pad === "bericht" ? berichtActie : bewijsActie;
      const request = post(verzoek.nummer, cookie, pad, body, type);
      const r = await stuur(
        () => actie({ request, params: { nummer: verzoek.nummer }, context: ctx }) as Promise<unknown>,
      );
      const status = r instanceof Response ? r.status : ((r as { init?: { status?: number } }).init?.status ?? 200);
      // A proof form without a file goes back to its page with the reason (a redirect, nothing kept).
      const verwacht = pad === "bewijs" && r instanceof Response && r.status === 302;
      expect(verwacht || (status >= 400 && status < 500), `${pad} ${type}: ${status}`).toBe(true);
    }
    expect(bestandenOpSchijf()).toEqual(voor);
    expect(await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id))).toEqual([]);
    const pagina = (await mijnPagina({
      request: new Request(`http://localhost/mijn/verzoeken/${verzoek.nummer}`, { headers: { Cookie: cookie } }),
      params: { nummer: verzoek.nummer },
      context: ctx,
    })) as { verzoek: { berichten: unknown[] } };
    expect(pagina.verzoek.berichten).toEqual([]);
  });

  it("another account's number is 404 on both pages; the proof page sends a self-filer back to the request", async () => {
    const eigenaar = await maakVerzoek();
    const ander = await maakVerzoek();
    for (const loader of [berichtPagina, bewijsPagina]) {
      const request = new Request(`http://localhost/mijn/verzoeken/${eigenaar.verzoek.nummer}/x`, {
        headers: { Cookie: ander.cookie },
      });
      const r = (await stuur(
        () => loader({ request, params: { nummer: eigenaar.verzoek.nummer }, context: ctx }) as Promise<unknown>,
      )) as Response;
      expect(r.status).toBe(404);
    }
    const zelf = new Request(`http://localhost/mijn/verzoeken/${eigenaar.verzoek.nummer}/bewijs`, {
      headers: { Cookie: eigenaar.cookie },
    });
    const terug = (await stuur(
      () =>
        bewijsPagina({ request: zelf, params: { nummer: eigenaar.verzoek.nummer }, context: ctx }) as Promise<unknown>,
    )) as Response;
    expect(terug.status).toBe(302);
    expect(terug.headers.get("Location")).toBe(`/mijn/verzoeken/${eigenaar.verzoek.nummer}`);
  });
});

describe("a representative sends proof of authority", () => {
  it("an authorisation is stored; staff record the authority check with it; a file of another request is refused", async () => {
    const { verzoek, cookie } = await maakVerzoek({ relatie: "gemachtigde" });
    const machtiging = pdf("Machtiging, getekend door de client (fictief)");
    const r = (await bewijsMet(verzoek.nummer, cookie, machtiging, "machtiging.pdf")) as Response;
    expect(r.headers.get("Location")).toBe(`/mijn/verzoeken/${verzoek.nummer}/bewijs?bewijs=ontvangen`);
    const [rij] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id));
    expect(rij).toMatchObject({
      doel: "vertegenwoordiging",
      berichtId: null,
      mimeType: "application/pdf",
      sha256: sha(machtiging),
    });

    const ander = await maakVerzoek();
    await berichtMet(ander.verzoek.nummer, ander.cookie, "Foto.", [{ inhoud: png(), naam: "foto.png" }]);
    const [vreemd] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, ander.verzoek.id));
    await expect(
      controleerVertegenwoordiging(medewerker, verzoek.id, verzoek.versie, {
        bewijsSoort: "machtiging",
        bewijs: "Machtiging van 1 maart 2026 gezien",
        bijlageId: vreemd!.id,
      }),
    ).rejects.toMatchObject({ code: "bijlage_onbekend", veld: "bijlageId" });

    await controleerVertegenwoordiging(medewerker, verzoek.id, verzoek.versie, {
      bewijsSoort: "machtiging",
      bewijs: "Machtiging van 1 maart 2026 gezien",
      bijlageId: rij!.id,
    });
    const [c] = await db().select().from(identiteitscontroles).where(eq(identiteitscontroles.verzoekId, verzoek.id));
    expect(c).toMatchObject({ soort: "vertegenwoordiging", bewijsSoort: "machtiging", bijlageId: rij!.id });
    const d = await download(verzoek.id, rij!.id);
    expect(Buffer.from(await d.arrayBuffer()).equals(machtiging)).toBe(true);
  });

  it("EICAR as proof is refused and not stored; a client who filed for themselves cannot send proof", async () => {
    const { verzoek, cookie } = await maakVerzoek({ relatie: "gemachtigde" });
    const voor = bestandenOpSchijf();
    const r = (await bewijsMet(
      verzoek.nummer,
      cookie,
      Buffer.concat([pdf("Machtiging"), EICAR]),
      "machtiging.pdf",
    )) as Response;
    expect(r.headers.get("Location")).toBe(`/mijn/verzoeken/${verzoek.nummer}/bewijs?bewijsFout=virus`);
    expect(bestandenOpSchijf()).toEqual(voor);
    expect(await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id))).toEqual([]);

    const zelf = await maakVerzoek();
    const z = (await bewijsMet(zelf.verzoek.nummer, zelf.cookie, pdf("Iets"), "iets.pdf")) as Response;
    expect(z.headers.get("Location")).toBe(
      `/mijn/verzoeken/${zelf.verzoek.nummer}/bewijs?bewijsFout=geen_vertegenwoordiger`,
    );
    expect(bestandenOpSchijf()).toEqual(voor);
  });
});

describe("what the client sent is part of their dossier for inzage", () => {
  it("the attachment is a document (origin: client) in the inzage overview and in the package byte for byte", async () => {
    const { verzoek, cookie, client } = await maakVerzoek();
    const foto = png(12, 9);
    await berichtMet(verzoek.nummer, cookie, "Foto van de brief.", [{ inhoud: foto, naam: "brief.png" }]);
    const [rij] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id));
    const overzicht = await inzageOverzicht(db(), client.id, { soort: "inzage" });
    const doc = overzicht.categorieen.flatMap((c) => c.items).find((i) => i.id === rij!.id);
    expect(doc).toMatchObject({
      categorie: "documenten",
      herkomst: "client",
      bestandsnaam: "brief.png",
      sha256: sha(foto),
    });

    // An inzage request of the same client, granted: its package carries the file.
    const inzage = await maakVerzoek({ status: "in_uitvoering" });
    await db().update(verzoeken).set({ type: "inzage" }).where(eq(verzoeken.id, inzage.verzoek.id));
    const { legitimeer } = await import("~/services/behandeling.server");
    const [v] = await db().select().from(verzoeken).where(eq(verzoeken.id, inzage.verzoek.id));
    await db().update(verzoeken).set({ status: "in_behandeling" }).where(eq(verzoeken.id, v!.id));
    await legitimeer(medewerker, v!.id, v!.versie, {
      wijze: "persoonlijk",
      documentType: "paspoort",
      laatsteVier: "TS01",
    });
    await db().update(verzoeken).set({ status: "in_uitvoering" }).where(eq(verzoeken.id, v!.id));
    const { besluiten } = await import("../../db/schema");
    await db()
      .insert(besluiten)
      .values({ verzoekId: v!.id, soort: "toewijzing", status: "verzonden", opstellerId: medewerker.medewerker.id });
    const pakket = await maakPakket(undefined, { verzoekId: v!.id, soort: "inzage", actor: medewerker });
    const [p] = await db().select().from(pakketten).where(eq(pakketten.id, pakket.id));
    const zip = await unzip(await leesStroom(await ontsleutel(p!.opslagSleutel, p!.sleutel!)));
    expect([...zip.values()].some((b) => b.equals(foto))).toBe(true);
  });
});

describe("staff: a client's dossier documents outside a request", () => {
  async function upload(clientId: string, inhoud: Buffer, naam: string) {
    const form = new FormData();
    form.append("titel", "Verslag");
    form.append("datum", "2026-03-04");
    form.append("herkomst", "zorgverlener");
    form.append("bestand", new Blob([new Uint8Array(inhoud)]), naam);
    const request = new Request(`http://localhost/backoffice/clienten/${clientId}/documenten`, {
      method: "POST",
      body: form,
      headers: { Cookie: await staffCookie() },
    });
    return stuur(() => dossierActie({ request, params: { clientId }, context: ctx }) as Promise<unknown>);
  }

  it("adds a document without a request, lists, downloads and deletes it; EICAR is refused and nothing stored", async () => {
    const [client] = await db().select().from(clienten).where(eq(clienten.clientnummer, "DL-1002"));
    const voor = bestandenOpSchijf();
    const virus = await upload(client!.id, Buffer.concat([pdf("Verslag"), EICAR]), "verslag.pdf");
    expect(virus).toEqual({
      fout: "In dit bestand is een virus of schadelijke inhoud gevonden. We hebben het niet bewaard.",
    });
    expect(bestandenOpSchijf()).toEqual(voor);

    const inhoud = pdf("Verslag van het gesprek (fictief)");
    const r = (await upload(client!.id, inhoud, "verslag.pdf")) as Response;
    expect(r.status).toBe(302);
    const [rij] = await db()
      .select()
      .from(dossierItems)
      .where(and(eq(dossierItems.clientId, client!.id), eq(dossierItems.sha256, sha(inhoud))));
    expect(rij).toMatchObject({ verzoekId: null, categorie: "documenten", titel: "Verslag", herkomst: "zorgverlener" });

    const cookie = await staffCookie();
    const pagina = (await dossierPagina({
      request: new Request(`http://localhost/backoffice/clienten/${client!.id}/documenten`, {
        headers: { Cookie: cookie },
      }),
      params: { clientId: client!.id },
      context: ctx,
    })) as {
      documenten: { id: string }[];
    };
    expect(pagina.documenten.map((d) => d.id)).toContain(rij!.id);

    const d = (await dossierDownload({
      request: new Request(`http://localhost/backoffice/clienten/${client!.id}/documenten/${rij!.id}`, {
        headers: { Cookie: cookie },
      }),
      params: { clientId: client!.id, documentId: rij!.id },
      context: ctx,
    })) as Response;
    expect(d.headers.get("Content-Security-Policy")).toMatch(/^sandbox;/);
    expect(Buffer.from(await d.arrayBuffer()).equals(inhoud)).toBe(true);

    const weg = new FormData();
    weg.append("intent", "verwijderen");
    weg.append("documentId", rij!.id);
    const body = new URLSearchParams([...weg.entries()].map(([k, v]) => [k, String(v)]));
    await stuur(
      () =>
        dossierActie({
          request: new Request(`http://localhost/backoffice/clienten/${client!.id}/documenten`, {
            method: "POST",
            body,
            headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
          }),
          params: { clientId: client!.id },
          context: ctx,
        }) as Promise<unknown>,
    );
    expect(await db().select().from(dossierItems).where(eq(dossierItems.id, rij!.id))).toEqual([]);
    expect(bestandenOpSchijf()).toEqual(voor);
    const acties = (await db().select().from(auditLog).where(eq(auditLog.clientId, client!.id))).map((a) => a.actie);
    expect(acties).toEqual(
      expect.arrayContaining([
        "document.geweigerd",
        "document.toegevoegd",
        "document.gedownload",
        "document.verwijderd",
      ]),
    );
  });
});

describe("the service takes files, not a Request (the edge reads the body: app/http/bijlagen.server.ts)", () => {
  it("files as plain streams: a good one is stored, a refused one after it removes both; at most max files", async () => {
    const voor = bestandenOpSchijf();
    const goed = bijlagenOntvangst({ max: 2 });
    expect(await goed.bestand("", Readable.from([]))).toBe("");
    const id = await goed.bestand("brief.pdf", Readable.from([pdf("een brief")]));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const klaar = await goed.klaar();
    expect(klaar.ok && klaar.bestanden.map((b) => b.id)).toEqual([id]);
    expect(bestandenOpSchijf()).toHaveLength(voor.length + 1);
    await ruimBestandenOp(klaar.ok ? klaar.bestanden : []);
    expect(bestandenOpSchijf()).toEqual(voor);

    const virus = bijlagenOntvangst();
    expect(await virus.bestand("goed.png", Readable.from([png()]))).not.toBe("");
    expect(await virus.bestand("brief.png", Readable.from([png(4, 3, EICAR)]))).toBe("");
    expect(await virus.klaar()).toEqual({ ok: false, weigering: "virus" });
    expect(bestandenOpSchijf()).toEqual(voor);

    const teVeel = bijlagenOntvangst({ max: 1 });
    await teVeel.bestand("een.png", Readable.from([png()]));
    expect(await teVeel.bestand("twee.png", Readable.from([png(5, 5)]))).toBe("");
    expect(await teVeel.klaar()).toEqual({ ok: false, weigering: "te_veel" });
    expect(bestandenOpSchijf()).toEqual(voor);
  });

  it("a body that breaks off keeps nothing: afbreken removes what was stored", async () => {
    const voor = bestandenOpSchijf();
    const ontvangst = bijlagenOntvangst();
    await ontvangst.bestand("goed.png", Readable.from([png()]));
    expect(bestandenOpSchijf()).toHaveLength(voor.length + 1);
    await ontvangst.afbreken();
    expect(bestandenOpSchijf()).toEqual(voor);
  });
});

describe("memory: the check reads only as fast as storage writes (bench/README.md 'Bestanden')", () => {
  it("behind a slow storage, the source is never more than a few MB ahead of what was stored", async () => {
    const MB = 1024 * 1024;
    let gemaakt = 0;
    let opgeslagen = 0;
    let grootsteVoorsprong = 0;
    const bron = Readable.from(
      (function* () {
        yield Buffer.from("%PDF-1.4\n");
        for (let i = 0; i < 40; i++) {
          gemaakt += MB;
          yield Buffer.alloc(MB, 0x20);
        }
      })(),
    );
    const echt = lokaleOpslag(map);
    const traag: Opslag = {
      ...echt,
      async put(sleutel, stroom) {
        await new Promise<void>((res, rej) =>
          stroom
            .pipe(
              new Writable({
                highWaterMark: 64 * 1024,
                write(stuk: Buffer, _e, cb) {
                  opgeslagen += stuk.length;
                  grootsteVoorsprong = Math.max(grootsteVoorsprong, gemaakt - opgeslagen);
                  setTimeout(cb, 2);
                },
              }),
            )
            .on("finish", res)
            .on("error", rej),
        );
        return { grootte: opgeslagen };
      },
    };
    gebruikOpslag(traag);
    try {
      const r = await controleerEnBewaar(bron, "groot.pdf");
      expect(r.ok).toBe(true);
    } finally {
      gebruikOpslag(lokaleOpslag(map));
    }
    expect(opgeslagen).toBeGreaterThan(40 * MB);
    // file-type's stream wrapper read the whole 40 MB ahead of a slow writer; now a few chunks at most.
    expect(grootsteVoorsprong).toBeLessThan(8 * MB);
  });
});

describe("the filer downloads a file they sent", () => {
  function eigenDownload(nummer: string, bijlageId: string, cookie?: string): Promise<Response> {
    const request = new Request(`http://localhost/mijn/verzoeken/${nummer}/bijlagen/${bijlageId}`, {
      headers: cookie ? { Cookie: cookie } : {},
    });
    return stuur(
      () => eigenBijlageDownload({ request, params: { nummer, bijlageId }, context: ctx }) as Promise<Response>,
    ) as Promise<Response>;
  }
  const downloads = async (verzoekId: string) =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "bijlage.gedownload"), eq(auditLog.verzoekId, verzoekId)));

  it("gets it back byte for byte as a sandboxed attachment, in their own access log; anything else is 404 and logs nothing", async () => {
    const { verzoek, cookie, client } = await maakVerzoek();
    const foto = png(20, 10);
    await berichtMet(verzoek.nummer, cookie, "Hierbij de brief.", [{ inhoud: foto, naam: "brief gemeente.png" }]);
    const [rij] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id));

    const d = await eigenDownload(verzoek.nummer, rij!.id, cookie);
    expect(d.status).toBe(200);
    expect(d.headers.get("Content-Disposition")).toBe(
      `attachment; filename="brief gemeente.png"; filename*=UTF-8''brief%20gemeente.png`,
    );
    expect(d.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(d.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
    expect(d.headers.get("Cache-Control")).toBe("private, no-store");
    expect(Buffer.from(await d.arrayBuffer()).equals(foto)).toBe(true);
    expect(await downloads(verzoek.id)).toMatchObject([
      { actorSoort: "client", rol: "client", namens: null, clientId: client.id, details: { bijlageId: rij!.id } },
    ]);
    // All requests here are for the same client: this request's lines only.
    const log = (await toegangslogVan(db(), client.id, "nl")).filter(
      (r) => r.actie === "bijlage.gedownload" && r.waarom === `Voor verzoek ${verzoek.nummer}`,
    );
    expect(log.map((r) => [r.wie, r.wat])).toEqual([
      ["U zelf of uw vertegenwoordiger", "opende een bestand dat u stuurde"],
    ]);

    // Another account: with this request's number, or with its own number. The same 404 as a made-up id.
    const ander = await maakVerzoek();
    await berichtMet(ander.verzoek.nummer, ander.cookie, "Foto.", [{ inhoud: png(), naam: "foto.png" }]);
    const [vreemd] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, ander.verzoek.id));
    for (const [nummer, id, koek] of [
      [verzoek.nummer, rij!.id, ander.cookie],
      [ander.verzoek.nummer, rij!.id, ander.cookie],
      // Their own file, under another request of theirs: not there.
      [verzoek.nummer, vreemd!.id, cookie],
      [ander.verzoek.nummer, vreemd!.id, cookie],
      [verzoek.nummer, "00000000-0000-4000-8000-000000000000", cookie],
      [verzoek.nummer, "geen-uuid", cookie],
      ["AVG-0000-000000", rij!.id, cookie],
    ] as const) {
      const r = await eigenDownload(nummer, id, koek);
      expect(r.status, `${nummer} ${id}`).toBe(404);
      expect(r.headers.get("Content-Disposition")).toBeNull();
      expect(await r.text()).not.toContain("brief gemeente");
    }
    // Not signed in: to the sign-in page, nothing sent.
    const uit = await eigenDownload(verzoek.nummer, rij!.id);
    expect(uit.status).toBe(302);
    expect(uit.headers.get("Location")).toMatch(/^\/inloggen/);
    // Only the one real download is logged.
    expect(await downloads(verzoek.id)).toHaveLength(1);
    expect(await downloads(ander.verzoek.id)).toHaveLength(0);
  });

  it("a representative downloads the proof they sent; the access log says on whose behalf", async () => {
    const { verzoek, cookie } = await maakVerzoek({ relatie: "gemachtigde" });
    const machtiging = pdf("Machtiging (fictief)");
    await bewijsMet(verzoek.nummer, cookie, machtiging, "machtiging.pdf");
    const [rij] = await db().select().from(bijlagen).where(eq(bijlagen.verzoekId, verzoek.id));
    const d = await eigenDownload(verzoek.nummer, rij!.id, cookie);
    expect(d.status).toBe(200);
    expect(d.headers.get("Content-Type")).toBe("application/pdf");
    expect(Buffer.from(await d.arrayBuffer()).equals(machtiging)).toBe(true);
    const [rij2] = await downloads(verzoek.id);
    expect(rij2).toMatchObject({ actorSoort: "client", rol: "gemachtigde" });
    expect(rij2!.namens).toBeTruthy();
  });
});
