/**
 * Export packages (inzage copy, AVG art. 15 lid 3; dataportabiliteit, AVG art. 20; issue
 * "Fulfilment" items 2 and 3). The ZIP is streamed with archiver (constant memory, ZIP64 when
 * large) straight through AES-256-GCM into storage: nothing plain touches the disk. File layout:
 * "RLPAKv1\0" (8 bytes) · IV (12 bytes) · ciphertext · GCM tag (16 bytes). The key (32 random
 * bytes) lives in `pakketten.sleutel`, apart from the file; destroying it on expiry makes the file
 * unreadable (docs/decisions/009-exportformaat.md).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from "node:crypto";
import { PassThrough, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipArchive } from "archiver";
import { and, asc, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { organisatie, pakketDownloads, pakketten, verzoeken } from "../../db/schema";
import {
  documentPad,
  downloadWeigering,
  isPakketSoort,
  ManifestSchema,
  PAKKET_FORMAAT_VERSIE,
  PakketCategorieSchema,
  pakketJsonSchemas,
  type Manifest,
  type PakketCategorieData,
  type PakketSoort,
} from "../domain/pakket";
import { amsterdamDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import { audit } from "./audit.server";
import { statusPaginaUrl } from "./berichten.server";
import { inzageOverzicht, type InzageOverzicht } from "./inzage.server";
import { queueMail } from "./mail.server";
import { maakOntvangerToegang } from "./ontvanger.server";
import { opslag } from "./opslag.server";

const MAGIC = Buffer.from("RLPAKv1\0", "latin1");
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const PAKKET_HEADER_BYTES = MAGIC.length + IV_BYTES;

export type PakketActor =
  | { soort: "medewerker"; medewerker: { id: string; rollen: readonly string[] } }
  | { soort: "systeem" };

export type Pakket = typeof pakketten.$inferSelect;

// ---------------------------------------------------------------- encryption

/** Encrypts a plain stream into the package file format; `klaar` gives size and SHA-256 of the plain bytes. */
export function versleutel(plain: Readable, sleutel: Uint8Array): { stroom: Readable; klaar: Promise<{ grootte: number; sha256: string }> } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", sleutel, iv);
  const hash = createHash("sha256");
  let grootte = 0;
  let gereed!: (v: { grootte: number; sha256: string }) => void;
  let mislukt!: (e: unknown) => void;
  const klaar = new Promise<{ grootte: number; sha256: string }>((res, rej) => {
    gereed = res;
    mislukt = rej;
  });
  klaar.catch(() => {});
  async function* stukken() {
    try {
      yield Buffer.concat([MAGIC, iv]);
      for await (const chunk of plain) {
        const b = chunk as Buffer;
        hash.update(b);
        grootte += b.length;
        yield cipher.update(b);
      }
      yield cipher.final();
      yield cipher.getAuthTag();
      gereed({ grootte, sha256: hash.digest("hex") });
    } catch (e) {
      mislukt(e);
      throw e;
    }
  }
  return { stroom: Readable.from(stukken(), { objectMode: false }), klaar };
}

/**
 * The plain ZIP of a stored package. The GCM tag is read first from the end of the file; a file
 * that was changed, or a wrong key, makes the stream fail at its end (the download breaks off).
 */
export async function ontsleutel(opslagSleutel: string, sleutel: Uint8Array): Promise<Readable> {
  const grootte = await opslag().grootte(opslagSleutel);
  if (grootte === null || grootte < PAKKET_HEADER_BYTES + TAG_BYTES) throw new Error("Pakketbestand ontbreekt of is onvolledig.");
  const kop = await leesBereik(opslagSleutel, 0, PAKKET_HEADER_BYTES - 1);
  if (!kop.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("Geen pakketbestand.");
  const tag = await leesBereik(opslagSleutel, grootte - TAG_BYTES, grootte - 1);
  const decipher = createDecipheriv("aes-256-gcm", sleutel, kop.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  const body = grootte - TAG_BYTES - 1 >= PAKKET_HEADER_BYTES
    ? opslag().getStream(opslagSleutel, { start: PAKKET_HEADER_BYTES, end: grootte - TAG_BYTES - 1 })
    : Readable.from([]);
  const uit = new PassThrough();
  pipeline(body, decipher, uit).catch((e: unknown) => uit.destroy(e instanceof Error ? e : new Error(String(e))));
  return uit;
}

async function leesBereik(opslagSleutel: string, start: number, end: number): Promise<Buffer> {
  const delen: Buffer[] = [];
  for await (const c of opslag().getStream(opslagSleutel, { start, end })) delen.push(c as Buffer);
  return Buffer.concat(delen);
}

// ---------------------------------------------------------------- building

type BronGegevens = {
  verzoek: { id: string; nummer: string; type: string; status: string; clientId: string | null; taal: "nl" | "en"; details: Record<string, unknown>; indiener: { naam: string; email: string; relatie: string } };
  overzicht: InzageOverzicht;
  org: typeof organisatie.$inferSelect;
};

function fout(code: string, bericht: string): DomainError {
  return new DomainError(code, bericht);
}

async function leesBron(conn: Tx | ReturnType<typeof db>, verzoekId: string, soort: PakketSoort, nu: Date): Promise<BronGegevens> {
  const [v] = await conn.select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) throw fout("niet_gevonden", "Dit verzoek bestaat niet.");
  if (v.type !== "inzage" && v.type !== "dataportabiliteit") throw fout("verkeerd_type", "Een pakket hoort alleen bij een verzoek om inzage of dataportabiliteit.");
  if (v.type !== soort) throw fout("verkeerd_type", "Het soort pakket past niet bij het verzoek.");
  if (v.status !== "in_uitvoering" && v.status !== "afgerond") throw fout("verkeerde_status", "Maak een pakket pas als het verzoek is toegewezen (in uitvoering of afgerond).");
  if (!v.clientId) throw fout("geen_client", "Koppel het verzoek eerst aan een cliënt.");
  const [org] = await conn.select().from(organisatie).limit(1);
  if (!org) throw new Error("Organisatie ontbreekt.");
  const overzicht = await inzageOverzicht(conn, v.clientId, { soort, nu, taal: "nl" });
  return {
    verzoek: { id: v.id, nummer: v.nummer, type: v.type, status: v.status, clientId: v.clientId, taal: v.taal, details: v.details, indiener: v.indiener },
    overzicht,
    org,
  };
}

function hashTap(): { tap: Transform; resultaat: Promise<{ grootte: number; sha256: string }> } {
  const hash = createHash("sha256");
  let grootte = 0;
  let gereed!: (v: { grootte: number; sha256: string }) => void;
  const resultaat = new Promise<{ grootte: number; sha256: string }>((r) => (gereed = r));
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      grootte += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      gereed({ grootte, sha256: hash.digest("hex") });
      cb();
    },
  });
  return { tap, resultaat };
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** The plain ZIP of a package as a stream (also used by bench/export). */
export function zipStroom(input: {
  pakketId: string;
  soort: PakketSoort;
  nummer: string;
  nu: Date;
  org: { naam: string; straat: string; postcode: string; plaats: string; email: string; fgNaam: string; fgEmail: string; klachtenroute: string };
  overzicht: InzageOverzicht;
}): Readable {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const bestanden: Manifest["bestanden"] = [];
  const voegToe = (pad: string, inhoud: Buffer) => {
    archive.append(inhoud, { name: pad, date: input.nu });
    bestanden.push({ pad, grootte: inhoud.length, sha256: sha(inhoud) });
  };
  const documenten: { pad: string; opslagSleutel: string }[] = [];
  for (const c of input.overzicht.categorieen) {
    const data: PakketCategorieData = PakketCategorieSchema.parse({
      formaatVersie: PAKKET_FORMAAT_VERSIE,
      categorie: c.categorie,
      bewaartermijn: c.bewaartermijn,
      verwerkingen: c.verwerkingen,
      verstrekkingen: c.verstrekkingen,
      items: c.items.map((i) => {
        const pad = i.documentSleutel && i.bestandsnaam ? documentPad(i.id, i.bestandsnaam) : null;
        if (pad && i.documentSleutel) documenten.push({ pad, opslagSleutel: i.documentSleutel });
        return {
          id: i.id,
          titel: i.titel,
          inhoud: i.inhoud,
          herkomst: i.herkomst,
          auteur: i.auteur,
          aangemaaktOp: i.aangemaaktOp.toISOString(),
          gewijzigdOp: i.gewijzigdOp.toISOString(),
          bestand: i.bestandsnaam
            ? { pad, bestandsnaam: i.bestandsnaam, mimeType: i.mimeType ?? "application/octet-stream", grootte: i.grootte ?? 0 }
            : null,
        };
      }),
    });
    voegToe(`data/${c.categorie}.json`, Buffer.from(JSON.stringify(data, null, 2)));
  }
  for (const [naam, schema] of Object.entries(pakketJsonSchemas())) {
    voegToe(`schemas/${naam}`, Buffer.from(JSON.stringify(schema, null, 2)));
  }
  voegToe("index.html", Buffer.from(samenvattingHtml(input)));

  const werk = (async () => {
    // Originals are streamed (already compressed formats: stored, not deflated) and hashed on the way.
    for (const d of documenten) {
      const { tap, resultaat } = hashTap();
      const bron = opslag().getStream(d.opslagSleutel);
      bron.on("error", (e) => tap.destroy(e));
      archive.append(bron.pipe(tap), { name: d.pad, date: input.nu, store: true });
      const r = await resultaat;
      bestanden.push({ pad: d.pad, ...r });
    }
    const c = input.overzicht.client;
    const manifest: Manifest = ManifestSchema.parse({
      formaatVersie: PAKKET_FORMAAT_VERSIE,
      pakketId: input.pakketId,
      soort: input.soort,
      verzoeknummer: input.nummer,
      aangemaaktOp: input.nu.toISOString(),
      verwerkingsverantwoordelijke: {
        naam: input.org.naam,
        adres: [input.org.straat, [input.org.postcode, input.org.plaats].filter(Boolean).join(" ")].filter(Boolean).join(", "),
        email: input.org.email,
        fg: [input.org.fgNaam, input.org.fgEmail].filter(Boolean).join(", "),
      },
      betrokkene: { naam: c.naam, geboortedatum: c.geboortedatum, clientnummer: c.clientnummer },
      bestanden,
    });
    archive.append(Buffer.from(JSON.stringify(manifest, null, 2)), { name: "manifest.json", date: input.nu });
    await archive.finalize();
  })();
  werk.catch((e: unknown) => archive.destroy(e instanceof Error ? e : new Error(String(e))));
  return archive;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

const CATEGORIE_NAAM: Record<string, string> = {
  personalia: "Persoonsgegevens",
  contact: "Contactgegevens",
  zorg: "Zorg en begeleiding",
  financieel: "Financiële gegevens",
  documenten: "Documenten",
};

/** index.html: a readable summary in Dutch that opens offline (no scripts, no external files). */
function samenvattingHtml(input: Parameters<typeof zipStroom>[0]): string {
  const o = input.overzicht;
  const titel = input.soort === "inzage" ? "Inzage in uw gegevens" : "Uw gegevens om over te dragen";
  const delen = o.categorieen.map((c) => {
    const items = c.items
      .map((i) => {
        const velden = Object.entries(i.inhoud).map(([k, w]) => `<dt>${esc(k)}</dt><dd>${esc(w)}</dd>`).join("");
        const bestand = i.bestandsnaam ? `<p>Bestand: ${esc(i.bestandsnaam)}</p>` : "";
        return `<article><h3>${esc(i.titel)}</h3><p>Herkomst: ${esc(i.herkomst)}. Vastgelegd op ${esc(i.aangemaaktOp.toISOString().slice(0, 10))}.</p><dl>${velden}</dl>${bestand}</article>`;
      })
      .join("");
    const doelen = c.verwerkingen
      .map((v) => `<li><strong>${esc(v.naam)}</strong>: ${esc(v.doel)} Grondslag: ${esc(v.rechtsgrond)}. Ontvangers: ${esc(v.ontvangers.join(", ") || "geen")}. Bewaartermijn: ${esc(v.bewaartermijn)}.</li>`)
      .join("");
    const verstrekt = c.verstrekkingen.length
      ? `<ul>${c.verstrekkingen.map((v) => `<li>${esc(v.datum)}: ${esc(v.ontvanger)} (${esc(v.omschrijving)}; ${esc(v.rechtsgrond)})</li>`).join("")}</ul>`
      : "<p>Wij hebben deze gegevens niet aan anderen gegeven.</p>";
    return `<section><h2>${esc(CATEGORIE_NAAM[c.categorie] ?? c.categorie)}</h2>${items || "<p>Geen gegevens in deze groep.</p>"}<h3>Waarvoor wij deze gegevens gebruiken</h3><ul>${doelen}</ul><h3>Aan wie wij ze gaven</h3>${verstrekt}<p>Bewaartermijn: ${esc(c.bewaartermijn)}</p></section>`;
  });
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(titel)} – ${esc(input.org.naam)}</title><style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dt{font-weight:bold}</style></head><body><main><h1>${esc(titel)}</h1><p>Verzoek ${esc(input.nummer)} · ${esc(o.client.naam)} · gemaakt op ${esc(input.nu.toISOString().slice(0, 10))} door ${esc(input.org.naam)}.</p><p>In de map <code>data</code> staan dezelfde gegevens als JSON, in <code>schemas</code> de beschrijving daarvan, en <code>manifest.json</code> noemt elk bestand met zijn SHA-256-controlegetal.</p>${delen.join("")}<section><h2>Uw rechten</h2><p>U mag ons vragen uw gegevens te verbeteren, aan te vullen, te verwijderen of af te schermen, en u mag bezwaar maken tegen een verwerking. Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem contact op met onze functionaris gegevensbescherming (${esc([input.org.fgNaam, input.org.fgEmail].filter(Boolean).join(", "))}), gebruik onze klachtenregeling (${esc(input.org.klachtenroute || "zie onze website")}), of dien een klacht in bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</p></section></main></body></html>`;
}

/**
 * Build a package for a request and store it encrypted. Reads the data with `tx` when given (the
 * caller's transaction), else outside a transaction, then writes the row and its audit row in one
 * transaction. Refuses a request of another type, not yet granted, or not matched to a client.
 */
export async function maakPakket(
  tx: Tx | undefined,
  input: { verzoekId: string; soort: PakketSoort; actor: PakketActor; nu?: Date },
): Promise<Pakket> {
  magPakketMaken(input.actor);
  if (!isPakketSoort(input.soort)) throw fout("verkeerd_type", "Onbekend soort pakket.");
  const nu = input.nu ?? new Date();
  const bron = await leesBron(tx ?? db(), input.verzoekId, input.soort, nu);
  const id = randomUUID();
  const opslagSleutel = `pakketten/${id}.zip.enc`;
  const sleutel = randomBytes(32);
  const zip = zipStroom({ pakketId: id, soort: input.soort, nummer: bron.verzoek.nummer, nu, org: bron.org, overzicht: bron.overzicht });
  const { stroom, klaar } = versleutel(zip, sleutel);
  await opslag().put(opslagSleutel, stroom);
  const { grootte, sha256 } = await klaar;
  const schrijf = async (t: Tx) => {
    const [rij] = await t
      .insert(pakketten)
      .values({
        id,
        verzoekId: bron.verzoek.id,
        soort: input.soort,
        opslagSleutel,
        sleutel,
        grootte,
        sha256,
        status: "klaar",
        maxDownloads: bron.org.maxDownloads,
        verlooptOp: new Date(nu.getTime() + bron.org.downloadGeldigDagen * 86_400_000),
        aangemaaktOp: nu,
      })
      .returning();
    await audit(t, {
      actorSoort: input.actor.soort,
      actorId: input.actor.soort === "medewerker" ? input.actor.medewerker.id : null,
      rol: input.actor.soort === "medewerker" ? rolVan(input.actor) : null,
      actie: "pakket.gemaakt",
      clientId: bron.verzoek.clientId,
      verzoekId: bron.verzoek.id,
      onderdeel: "dossier",
      details: { pakketId: id, soort: input.soort, grootte, aantalItems: bron.overzicht.categorieen.reduce((n, c) => n + c.items.length, 0) },
    });
    return rij!;
  };
  try {
    return tx ? await schrijf(tx) : await db().transaction(schrijf);
  } catch (e) {
    await opslag().delete(opslagSleutel);
    throw e;
  }
}

function magPakketMaken(actor: PakketActor): void {
  if (actor?.soort === "systeem") return;
  if (actor?.soort === "medewerker" && actor.medewerker.rollen.some((r) => r === "backoffice" || r === "directie")) return;
  throw fout("geen_recht", "Alleen de backoffice of de directie maakt een pakket.");
}

function rolVan(actor: Extract<PakketActor, { soort: "medewerker" }>): string {
  return actor.medewerker.rollen.includes("backoffice") ? "backoffice" : "directie";
}

/** Where a portability package goes directly to another provider (intake stores `aanbieder`). */
export function ontvangerVan(details: Record<string, unknown>): { naam: string; email: string; agb?: string } | null {
  const o = (details.aanbieder ?? details.ontvanger) as { naam?: unknown; email?: unknown; agb?: unknown } | undefined;
  if (!o || typeof o.naam !== "string" || typeof o.email !== "string" || !o.email.includes("@")) return null;
  return { naam: o.naam, email: o.email.toLowerCase(), ...(typeof o.agb === "string" && o.agb ? { agb: o.agb } : {}) };
}

/**
 * The staff action "Pakket maken": build the package, e-mail the client that it is ready and, for
 * portability to another provider, give that provider access and e-mail it the link.
 */
export async function leverPakket(
  actor: PakketActor,
  verzoekId: string,
  opties: { nu?: Date } = {},
): Promise<{ pakket: Pakket; ontvanger: { naam: string; email: string } | null }> {
  magPakketMaken(actor);
  const [v] = await db().select({ type: verzoeken.type }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) throw fout("niet_gevonden", "Dit verzoek bestaat niet.");
  if (!isPakketSoort(v.type)) throw fout("verkeerd_type", "Een pakket hoort alleen bij een verzoek om inzage of dataportabiliteit.");
  const soort = v.type;
  const nu = opties.nu ?? new Date();
  const pakket = await maakPakket(undefined, { verzoekId, soort, actor, nu });
  try {
    return await db().transaction(async (tx) => {
      const [verzoek] = await tx.select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
      const ontvanger = soort === "dataportabiliteit" ? ontvangerVan(verzoek!.details) : null;
      await queueMail(tx, {
        aan: verzoek!.indiener.email,
        sjabloon: "pakket_klaar",
        data: { nummer: verzoek!.nummer, url: statusPaginaUrl(verzoek!.nummer), verlooptOp: pakket.verlooptOp.toISOString().slice(0, 10), ontvanger: ontvanger?.naam ?? null },
        taal: verzoek!.taal,
        verzoekId,
      });
      if (ontvanger) await maakOntvangerToegang(tx, { pakket, verzoek: verzoek!, ontvanger, nu });
      await audit(tx, {
        actorSoort: actor.soort,
        actorId: actor.soort === "medewerker" ? actor.medewerker.id : null,
        rol: actor.soort === "medewerker" ? rolVan(actor) : null,
        actie: "pakket.verstuurd",
        clientId: verzoek!.clientId,
        verzoekId,
        onderdeel: "dossier",
        details: { pakketId: pakket.id, naarOntvanger: ontvanger !== null },
      });
      return { pakket, ontvanger };
    });
  } catch (e) {
    // Nothing was sent: destroy the package so no unannounced copy stays behind.
    await db().update(pakketten).set({ sleutel: null, status: "vervallen", sleutelVernietigdOp: new Date() }).where(eq(pakketten.id, pakket.id));
    await opslag().delete(pakket.opslagSleutel);
    throw e;
  }
}

// ---------------------------------------------------------------- downloading

export type DownloadResultaat =
  | { ok: true; stroom: Readable; bestandsnaam: string; grootte: number | null }
  | { ok: false; reden: "niet_gevonden" | "verlopen" | "limiet" };

/**
 * Count, log and open one download inside `tx` (the caller checked who asks). Returns the decrypt
 * stream; the count and the audit row commit with the caller's transaction.
 */
export async function registreerDownload(
  tx: Tx,
  input: { pakketId: string; door: "client" | "ontvanger"; omschrijving: string; nu: Date; audit: Parameters<typeof audit>[1] },
): Promise<DownloadResultaat> {
  const [p] = await tx.select().from(pakketten).where(eq(pakketten.id, input.pakketId)).for("update");
  if (!p) return { ok: false, reden: "niet_gevonden" };
  const weigering = downloadWeigering({ ...p, heeftSleutel: p.sleutel !== null }, input.nu);
  if (weigering) return { ok: false, reden: weigering };
  await tx.update(pakketten).set({ aantalDownloads: sql`${pakketten.aantalDownloads} + 1` }).where(eq(pakketten.id, p.id));
  await tx.insert(pakketDownloads).values({ pakketId: p.id, door: input.door, omschrijving: input.omschrijving, op: input.nu });
  const stroom = await ontsleutel(p.opslagSleutel, p.sleutel!);
  await audit(tx, input.audit);
  const [v] = await tx.select({ nummer: verzoeken.nummer }).from(verzoeken).where(eq(verzoeken.id, p.verzoekId));
  const plain = p.grootte;
  return { ok: true, stroom, bestandsnaam: `${p.soort}-${v?.nummer ?? p.id}.zip`, grootte: plain };
}

/** The client downloads a package of a request they filed (only the filer's account). */
export async function downloadVoorClient(
  actor: { soort: "client"; account: { id: string } },
  nummer: string,
  pakketId: string,
  nu: Date = new Date(),
): Promise<DownloadResultaat> {
  if (actor?.soort !== "client" || typeof actor.account?.id !== "string") return { ok: false, reden: "niet_gevonden" };
  if (!/^[0-9a-f-]{36}$/i.test(pakketId)) return { ok: false, reden: "niet_gevonden" };
  return db().transaction(async (tx) => {
    const [r] = await tx
      .select({ verzoekId: verzoeken.id, clientId: verzoeken.clientId, relatie: sql<string>`${verzoeken.indiener}->>'relatie'` })
      .from(pakketten)
      .innerJoin(verzoeken, eq(verzoeken.id, pakketten.verzoekId))
      .where(and(eq(pakketten.id, pakketId), eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, actor.account.id)));
    if (!r) return { ok: false, reden: "niet_gevonden" } as const;
    return registreerDownload(tx, {
      pakketId,
      door: "client",
      omschrijving: "",
      nu,
      audit: {
        actorSoort: "client",
        actorId: actor.account.id,
        rol: r.relatie === "zelf" ? "betrokkene" : "vertegenwoordiger",
        actie: "pakket.gedownload",
        clientId: r.clientId,
        verzoekId: r.verzoekId,
        onderdeel: "dossier",
        details: { pakketId },
      },
    });
  });
}

export type PakketRegel = {
  id: string;
  soort: PakketSoort;
  /** Europe/Amsterdam calendar dates (YYYY-MM-DD) and times (HH:MM), ready for a page. */
  aangemaaktOp: string;
  verlooptOp: string;
  verlooptTijd: string;
  beschikbaar: boolean;
  reden: null | "verlopen" | "limiet";
  aantalDownloads: number;
  maxDownloads: number;
  downloads: { door: string; omschrijving: string; op: string; tijd: string }[];
};

const tijdVan = (d: Date) =>
  new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" }).format(d);

/** The packages of a request for its status page (the caller checked the account owns the request). */
export async function pakkettenVanVerzoek(verzoekId: string, nu: Date = new Date()): Promise<PakketRegel[]> {
  const rijen = await db().select().from(pakketten).where(eq(pakketten.verzoekId, verzoekId)).orderBy(desc(pakketten.aangemaaktOp));
  const uit: PakketRegel[] = [];
  for (const p of rijen) {
    const downloads = await db()
      .select({ door: pakketDownloads.door, omschrijving: pakketDownloads.omschrijving, op: pakketDownloads.op })
      .from(pakketDownloads)
      .where(eq(pakketDownloads.pakketId, p.id))
      .orderBy(asc(pakketDownloads.op));
    const reden = downloadWeigering({ ...p, heeftSleutel: p.sleutel !== null }, nu);
    uit.push({
      id: p.id,
      soort: p.soort as PakketSoort,
      aangemaaktOp: amsterdamDate(p.aangemaaktOp),
      verlooptOp: amsterdamDate(p.verlooptOp),
      verlooptTijd: tijdVan(p.verlooptOp),
      beschikbaar: reden === null,
      reden,
      aantalDownloads: p.aantalDownloads,
      maxDownloads: p.maxDownloads,
      downloads: downloads.map((d) => ({ door: d.door, omschrijving: d.omschrijving, op: amsterdamDate(d.op), tijd: tijdVan(d.op) })),
    });
  }
  return uit;
}

/** The packages of a request the account filed; empty when it is not theirs. */
export async function pakkettenVoorClient(actor: { soort: "client"; account: { id: string } }, nummer: string, nu: Date = new Date()): Promise<PakketRegel[]> {
  if (actor?.soort !== "client") return [];
  const [v] = await db()
    .select({ id: verzoeken.id })
    .from(verzoeken)
    .where(and(eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, actor.account.id)));
  return v ? pakkettenVanVerzoek(v.id, nu) : [];
}

// ---------------------------------------------------------------- expiry

/**
 * Destroy the keys of expired packages (the file becomes unreadable) and delete the files.
 * Idempotent: a package whose key is gone is skipped. Returns how many were destroyed.
 */
export async function vernietigVerlopenPakketten(nu: Date = new Date()): Promise<number> {
  const verlopen = await db()
    .select({ id: pakketten.id })
    .from(pakketten)
    .where(and(isNotNull(pakketten.sleutel), lte(pakketten.verlooptOp, nu)));
  let aantal = 0;
  for (const { id } of verlopen) {
    const sleutel = await db().transaction(async (tx) => {
      const [p] = await tx
        .update(pakketten)
        .set({ sleutel: null, status: "vervallen", sleutelVernietigdOp: nu })
        .where(and(eq(pakketten.id, id), isNotNull(pakketten.sleutel)))
        .returning({ opslagSleutel: pakketten.opslagSleutel, verzoekId: pakketten.verzoekId });
      if (!p) return null;
      const [v] = await tx.select({ clientId: verzoeken.clientId }).from(verzoeken).where(eq(verzoeken.id, p.verzoekId));
      await audit(tx, {
        actorSoort: "systeem",
        actie: "pakket.sleutel_vernietigd",
        clientId: v?.clientId ?? null,
        verzoekId: p.verzoekId,
        onderdeel: "dossier",
        details: { pakketId: id },
      });
      return p.opslagSleutel;
    });
    if (sleutel) {
      await opslag().delete(sleutel);
      aantal += 1;
    }
  }
  return aantal;
}

// ---------------------------------------------------------------- staff page

export type PakketVoorbereiding = {
  verzoek: { id: string; nummer: string; type: string; status: string; gekoppeld: boolean };
  /** Why no package can be made now (the same checks as `maakPakket`), or null. */
  blokkade: null | "verkeerd_type" | "verkeerde_status" | "geen_client";
  ontvanger: { naam: string; email: string } | null;
  pakketten: PakketRegel[];
};

/** What the staff page "Pakket maken" shows; null when the request does not exist. */
export async function pakketVoorbereiding(actor: PakketActor, verzoekId: string): Promise<PakketVoorbereiding | null> {
  magPakketMaken(actor);
  if (!/^[0-9a-f-]{36}$/i.test(verzoekId)) return null;
  const [v] = await db().select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) return null;
  const blokkade = !isPakketSoort(v.type)
    ? "verkeerd_type"
    : v.status !== "in_uitvoering" && v.status !== "afgerond"
      ? "verkeerde_status"
      : !v.clientId
        ? "geen_client"
        : null;
  return {
    verzoek: { id: v.id, nummer: v.nummer, type: v.type, status: v.status, gekoppeld: v.clientId !== null },
    blokkade,
    ontvanger: v.type === "dataportabiliteit" ? ontvangerVan(v.details) : null,
    pakketten: await pakkettenVanVerzoek(v.id),
  };
}
