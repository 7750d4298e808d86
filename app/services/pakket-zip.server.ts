/**
 * The package file itself, without database or mail: the ZIP (archiver, streamed: constant memory,
 * ZIP64 when large) and its encryption at rest (AES-256-GCM). File layout: "RLPAKv1\0" (8 bytes) ·
 * IV (12 bytes) · ciphertext · GCM tag (16 bytes). Used by app/services/pakket.server.ts and by
 * bench/export (docs/decisions/009-exportformaat.md).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { PassThrough, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipArchive } from "archiver";
import {
  documentPad,
  ManifestSchema,
  PAKKET_FORMAAT_VERSIE,
  PakketCategorieSchema,
  pakketJsonSchemas,
  type Manifest,
  type PakketCategorieData,
  type PakketSoort,
} from "../domain/pakket";
import type { InzageOverzicht } from "./inzage.server";
import { opslag } from "./opslag.server";

const MAGIC = Buffer.from("RLPAKv1\0", "latin1");
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const PAKKET_HEADER_BYTES = MAGIC.length + IV_BYTES;

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
  const documenten: { pad: string; opslagSleutel: string; sleutel: Uint8Array | null }[] = [];
  for (const c of input.overzicht.categorieen) {
    const data: PakketCategorieData = PakketCategorieSchema.parse({
      formaatVersie: PAKKET_FORMAAT_VERSIE,
      categorie: c.categorie,
      bewaartermijn: c.bewaartermijn,
      verwerkingen: c.verwerkingen,
      verstrekkingen: c.verstrekkingen,
      items: c.items.map((i) => {
        const pad = i.documentSleutel && i.bestandsnaam ? documentPad(i.id, i.bestandsnaam) : null;
        // A document staff added is stored encrypted with its own key (decision 028); an imported original in plain.
        if (pad && i.documentSleutel) documenten.push({ pad, opslagSleutel: i.documentSleutel, sleutel: i.bestandSleutel ?? null });
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
      const bron = d.sleutel ? await ontsleutel(d.opslagSleutel, d.sleutel) : opslag().getStream(d.opslagSleutel);
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
      // Docs/decisions/013: where and why parts were withheld, never their content.
      achtergehouden: input.overzicht.achtergehouden ?? [],
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
        const bestand = i.bestandsnaam
          ? `<p>Bestand: ${esc(i.bestandsnaam)}${i.documentSleutel ? "" : " (niet in dit pakket)"}</p>`
          : "";
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
  const weg = o.achtergehouden ?? [];
  const achtergehouden = weg.length
    ? `<section><h2>Gegevens die u niet krijgt</h2><p>Een deel van uw gegevens geven wij u niet. Wij noemen alleen om wat voor gegevens het gaat en waarom, niet wat erin staat. In de besluitbrief leest u meer en wat u kunt doen als u het er niet mee eens bent. Een veld dat u niet krijgt, heeft in dit overzicht de tekst "[achtergehouden: …]".</p><ul>${weg
        .map((a) => {
          const groep = esc(CATEGORIE_NAAM[a.categorie] ?? a.categorie);
          const wat = a.veld === null ? "een heel onderdeel" : `het veld "${esc(a.veld)}" van een onderdeel${a.origineelWeggelaten ? " (en daarom ook het originele bestand)" : ""}`;
          return `<li>${groep}: ${wat}. Reden: ${esc(a.reden)} (${esc(a.grondslag)}).</li>`;
        })
        .join("")}</ul></section>`
    : "";
  // AVG art. 15 lid 1 sub g and h, lid 2 and 3 (app/domain/artikel15.ts).
  const x = o.aanvullend;
  const lijst = (regels: string[]) => regels.map((r) => `<p>${esc(r)}</p>`).join("");
  const artikel15 = `<section><h2>Meer over hoe wij uw gegevens gebruiken</h2>${
    x.herkomst.length ? `<h3>Waar de gegevens vandaan komen (als ze niet van u komen)</h3><ul>${x.herkomst.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : ""
  }<h3>Besluiten door een computer</h3>${lijst(x.geautomatiseerd)}<h3>Buiten Europa</h3>${lijst(x.doorgifte)}<h3>Nog een kopie</h3><p>${esc(x.kopie)}</p></section>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(titel)} – ${esc(input.org.naam)}</title><style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dt{font-weight:bold}</style></head><body><main><h1>${esc(titel)}</h1><p>Verzoek ${esc(input.nummer)} · ${esc(o.client.naam)} · gemaakt op ${esc(input.nu.toISOString().slice(0, 10))} door ${esc(input.org.naam)}.</p><p>In de map <code>data</code> staan dezelfde gegevens als JSON, in <code>schemas</code> de beschrijving daarvan, en <code>manifest.json</code> noemt elk bestand met zijn SHA-256-controlegetal.</p>${achtergehouden}${delen.join("")}${artikel15}<section><h2>Uw rechten</h2><p>U mag ons vragen uw gegevens te verbeteren, aan te vullen, te verwijderen of af te schermen, en u mag bezwaar maken tegen een verwerking. Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem contact op met onze functionaris gegevensbescherming (${esc([input.org.fgNaam, input.org.fgEmail].filter(Boolean).join(", "))}), gebruik onze klachtenregeling (${esc(input.org.klachtenroute || "zie onze website")}), of dien een klacht in bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</p></section></main></body></html>`;
}
