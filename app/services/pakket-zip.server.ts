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
  ToegangslogSchema,
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
export function versleutel(
  plain: Readable,
  sleutel: Uint8Array,
): { stroom: Readable; klaar: Promise<{ grootte: number; sha256: string }> } {
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
  if (grootte === null || grootte < PAKKET_HEADER_BYTES + TAG_BYTES)
    throw new Error("Pakketbestand ontbreekt of is onvolledig.");
  const kop = await leesBereik(opslagSleutel, 0, PAKKET_HEADER_BYTES - 1);
  if (!kop.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("Geen pakketbestand.");
  const tag = await leesBereik(opslagSleutel, grootte - TAG_BYTES, grootte - 1);
  const decipher = createDecipheriv("aes-256-gcm", sleutel, kop.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  const body =
    grootte - TAG_BYTES - 1 >= PAKKET_HEADER_BYTES
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
  org: {
    naam: string;
    straat: string;
    postcode: string;
    plaats: string;
    email: string;
    fgNaam: string;
    fgEmail: string;
    klachtenroute: string;
  };
  overzicht: InzageOverzicht;
  /** The client's chosen language: the readable summary (index.html) is written in it. */
  taal?: "nl" | "en";
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
        if (pad && i.documentSleutel)
          documenten.push({ pad, opslagSleutel: i.documentSleutel, sleutel: i.bestandSleutel ?? null });
        return {
          id: i.id,
          titel: i.titel,
          inhoud: i.inhoud,
          herkomst: i.herkomst,
          auteur: i.auteur,
          aangemaaktOp: i.aangemaaktOp.toISOString(),
          gewijzigdOp: i.gewijzigdOp.toISOString(),
          bestand: i.bestandsnaam
            ? {
                pad,
                bestandsnaam: i.bestandsnaam,
                mimeType: i.mimeType ?? "application/octet-stream",
                grootte: i.grootte ?? 0,
              }
            : null,
        };
      }),
    });
    voegToe(`data/${c.categorie}.json`, Buffer.from(JSON.stringify(data, null, 2)));
  }
  // NEN 7513 / AVG art. 15: who accessed the dossier, up to the moment the package was made.
  const toegangslog = ToegangslogSchema.parse({
    formaatVersie: PAKKET_FORMAAT_VERSIE,
    tot: input.nu.toISOString(),
    regels: input.overzicht.toegangslog,
  });
  voegToe("data/toegangslog.json", Buffer.from(JSON.stringify(toegangslog, null, 2)));
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
        adres: [input.org.straat, [input.org.postcode, input.org.plaats].filter(Boolean).join(" ")]
          .filter(Boolean)
          .join(", "),
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

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

type Taal = "nl" | "en";

/** The texts of index.html, in the client's language. */
const TEKST = {
  nl: {
    categorie: {
      personalia: "Persoonsgegevens",
      contact: "Contactgegevens",
      zorg: "Zorg en begeleiding",
      financieel: "Financiële gegevens",
      documenten: "Documenten",
    } as Record<string, string>,
    titelInzage: "Inzage in uw gegevens",
    titelPortabiliteit: "Uw gegevens om over te dragen",
    kop: (nummer: string, naam: string, datum: string, org: string) =>
      `Verzoek ${nummer} · ${naam} · gemaakt op ${datum} door ${org}.`,
    bestanden:
      "In de map <code>data</code> staan dezelfde gegevens als JSON, in <code>schemas</code> de beschrijving daarvan, en <code>manifest.json</code> noemt elk bestand met zijn SHA-256-controlegetal.",
    bestand: "Bestand",
    nietInPakket: " (niet in dit pakket)",
    herkomst: (h: string, d: string) => `Herkomst: ${h}. Vastgelegd op ${d}.`,
    geenItems: "Geen gegevens in deze groep.",
    doelen: "Waarvoor wij deze gegevens gebruiken",
    grondslag: "Grondslag",
    ontvangers: "Ontvangers",
    geen: "geen",
    bewaartermijn: "Bewaartermijn",
    gegeven: "Aan wie wij ze gaven",
    nietGegeven: "Wij hebben deze gegevens niet aan anderen gegeven.",
    achterTitel: "Gegevens die u niet krijgt",
    achterUitleg:
      'Een deel van uw gegevens geven wij u niet. Wij noemen alleen om wat voor gegevens het gaat en waarom, niet wat erin staat. In de besluitbrief leest u meer en wat u kunt doen als u het er niet mee eens bent. Een veld dat u niet krijgt, heeft in dit overzicht de tekst "[achtergehouden: …]".',
    heelOnderdeel: "een heel onderdeel",
    veld: (v: string, orig: boolean) =>
      `het veld "${v}" van een onderdeel${orig ? " (en daarom ook het originele bestand)" : ""}`,
    reden: "Reden",
    meerTitel: "Meer over hoe wij uw gegevens gebruiken",
    herkomstTitel: "Waar de gegevens vandaan komen (als ze niet van u komen)",
    computerTitel: "Besluiten door een computer",
    buitenTitel: "Buiten Europa",
    kopieTitel: "Nog een kopie",
    logTitel: "Wie uw dossier heeft ingezien",
    logUitleg:
      "Elke keer dat iemand uw dossier opent, wijzigt, exporteert of aan een ander geeft, leggen wij dat vast. Hieronder staat wie (bij functie), wanneer, wat en waarom. Namen van medewerkers noemen wij niet; heeft u er vragen over, neem dan contact op met onze functionaris gegevensbescherming.",
    logLeeg: "Er is nog niets vastgelegd.",
    logKop: ["Wanneer", "Wie", "Wat", "Welk deel", "Waarom"],
    rechtenTitel: "Uw rechten",
    rechten: (fg: string, klacht: string) =>
      `U mag ons vragen uw gegevens te verbeteren, aan te vullen, te verwijderen of af te schermen, en u mag bezwaar maken tegen een verwerking. Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem contact op met onze functionaris gegevensbescherming (${fg}), gebruik onze klachtenregeling (${klacht || "zie onze website"}), of dien een klacht in bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).`,
  },
  en: {
    categorie: {
      personalia: "Personal details",
      contact: "Contact details",
      zorg: "Care and support",
      financieel: "Financial data",
      documenten: "Documents",
    } as Record<string, string>,
    titelInzage: "Access to your data",
    titelPortabiliteit: "Your data to transfer",
    kop: (nummer: string, naam: string, datum: string, org: string) =>
      `Request ${nummer} · ${naam} · made on ${datum} by ${org}.`,
    bestanden:
      "The folder <code>data</code> holds the same data as JSON, <code>schemas</code> describes it, and <code>manifest.json</code> lists every file with its SHA-256 checksum.",
    bestand: "File",
    nietInPakket: " (not in this package)",
    herkomst: (h: string, d: string) => `Source: ${h}. Recorded on ${d}.`,
    geenItems: "No data in this group.",
    doelen: "What we use this data for",
    grondslag: "Legal basis",
    ontvangers: "Recipients",
    geen: "none",
    bewaartermijn: "Retention period",
    gegeven: "Who we gave it to",
    nietGegeven: "We have not given this data to anyone else.",
    achterTitel: "Data you do not receive",
    achterUitleg:
      'We do not give you part of your data. We only say what kind of data it is and why, not what it says. The decision letter explains more and what you can do if you disagree. A field you do not receive shows the text "[withheld: …]" in this overview.',
    heelOnderdeel: "a whole entry",
    veld: (v: string, orig: boolean) =>
      `the field "${v}" of an entry${orig ? " (and therefore also the original file)" : ""}`,
    reden: "Reason",
    meerTitel: "More about how we use your data",
    herkomstTitel: "Where the data comes from (when not from you)",
    computerTitel: "Decisions by computer",
    buitenTitel: "Outside Europe",
    kopieTitel: "Another copy",
    logTitel: "Who accessed your file",
    logUitleg:
      "Every time someone opens, changes, exports or discloses your file, we record it. Below is who (by function), when, what and why. We do not name staff members; if you have questions about it, contact our data protection officer.",
    logLeeg: "Nothing has been recorded yet.",
    logKop: ["When", "Who", "What", "Which part", "Why"],
    rechtenTitel: "Your rights",
    rechten: (fg: string, klacht: string) =>
      `You may ask us to correct, complete, erase or restrict your data, and you may object to a processing. Do you disagree with how we handle your data? Contact our data protection officer (${fg}), use our complaints procedure (${klacht || "see our website"}), or file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl).`,
  },
} as const;

/** "2026-03-10 14:05" in Europe/Amsterdam, for the access log. */
function momentTekst(iso: string): string {
  const d = new Date(iso);
  const dag = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
  const tijd = new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
  return `${dag} ${tijd}`;
}

/** index.html: a readable summary in the client's language that opens offline (no scripts, no external files). */
function samenvattingHtml(input: Parameters<typeof zipStroom>[0]): string {
  const taal: Taal = input.taal === "en" ? "en" : "nl";
  const t = TEKST[taal];
  const o = input.overzicht;
  const titel = input.soort === "inzage" ? t.titelInzage : t.titelPortabiliteit;
  const delen = o.categorieen.map((c) => {
    const items = c.items
      .map((i) => {
        const velden = Object.entries(i.inhoud)
          .map(([k, w]) => `<dt>${esc(k)}</dt><dd>${esc(w)}</dd>`)
          .join("");
        const bestand = i.bestandsnaam
          ? `<p>${t.bestand}: ${esc(i.bestandsnaam)}${i.documentSleutel ? "" : t.nietInPakket}</p>`
          : "";
        return `<article><h3>${esc(i.titel)}</h3><p>${esc(t.herkomst(i.herkomst, i.aangemaaktOp.toISOString().slice(0, 10)))}</p><dl>${velden}</dl>${bestand}</article>`;
      })
      .join("");
    const doelen = c.verwerkingen
      .map(
        (v) =>
          `<li><strong>${esc(v.naam)}</strong>: ${esc(v.doel)} ${t.grondslag}: ${esc(v.rechtsgrond)}. ${t.ontvangers}: ${esc(v.ontvangers.join(", ") || t.geen)}. ${t.bewaartermijn}: ${esc(v.bewaartermijn)}.</li>`,
      )
      .join("");
    const verstrekt = c.verstrekkingen.length
      ? `<ul>${c.verstrekkingen.map((v) => `<li>${esc(v.datum)}: ${esc(v.ontvanger)} (${esc(v.omschrijving)}; ${esc(v.rechtsgrond)})</li>`).join("")}</ul>`
      : `<p>${t.nietGegeven}</p>`;
    return `<section><h2>${esc(t.categorie[c.categorie] ?? c.categorie)}</h2>${items || `<p>${t.geenItems}</p>`}<h3>${t.doelen}</h3><ul>${doelen}</ul><h3>${t.gegeven}</h3>${verstrekt}<p>${t.bewaartermijn}: ${esc(c.bewaartermijn)}</p></section>`;
  });
  const weg = o.achtergehouden ?? [];
  const achtergehouden = weg.length
    ? `<section><h2>${t.achterTitel}</h2><p>${esc(t.achterUitleg)}</p><ul>${weg
        .map((a) => {
          const groep = esc(t.categorie[a.categorie] ?? a.categorie);
          const wat = a.veld === null ? t.heelOnderdeel : esc(t.veld(a.veld, a.origineelWeggelaten));
          return `<li>${groep}: ${wat}. ${t.reden}: ${esc(a.reden)} (${esc(a.grondslag)}).</li>`;
        })
        .join("")}</ul></section>`
    : "";
  // AVG art. 15 lid 1 sub g and h, lid 2 and 3 (app/domain/artikel15.ts).
  const x = o.aanvullend;
  const lijst = (regels: string[]) => regels.map((r) => `<p>${esc(r)}</p>`).join("");
  const artikel15 = `<section><h2>${t.meerTitel}</h2>${
    x.herkomst.length
      ? `<h3>${t.herkomstTitel}</h3><ul>${x.herkomst.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>`
      : ""
  }<h3>${t.computerTitel}</h3>${lijst(x.geautomatiseerd)}<h3>${t.buitenTitel}</h3>${lijst(x.doorgifte)}<h3>${t.kopieTitel}</h3><p>${esc(x.kopie)}</p></section>`;
  // NEN 7513: the access log, by role (docs/decisions/023).
  const log = o.toegangslog.length
    ? `<table><thead><tr>${t.logKop.map((k) => `<th scope="col">${k}</th>`).join("")}</tr></thead><tbody>${o.toegangslog
        .map(
          (r) =>
            `<tr><td>${esc(momentTekst(r.op))}</td><td>${esc(r.wie)}${r.namens ? ` (${esc(r.namens)})` : ""}</td><td>${esc(r.wat)}</td><td>${esc(r.onderdeel ?? "")}</td><td>${esc(r.waarom)}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : `<p>${t.logLeeg}</p>`;
  const toegang = `<section><h2>${t.logTitel}</h2><p>${esc(t.logUitleg)}</p>${log}</section>`;
  const fg = [input.org.fgNaam, input.org.fgEmail].filter(Boolean).join(", ");
  return `<!doctype html><html lang="${taal}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(titel)} – ${esc(input.org.naam)}</title><style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dt{font-weight:bold}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head><body><main><h1>${esc(titel)}</h1><p>${esc(t.kop(input.nummer, o.client.naam, input.nu.toISOString().slice(0, 10), input.org.naam))}</p><p>${t.bestanden}</p>${achtergehouden}${delen.join("")}${artikel15}${toegang}<section><h2>${t.rechtenTitel}</h2><p>${esc(t.rechten(fg, input.org.klachtenroute))}</p></section></main></body></html>`;
}
