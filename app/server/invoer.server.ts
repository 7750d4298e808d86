/**
 * The one way a route reads a request body (docs/decisions/016). The body is read with a byte limit,
 * parsed flat (URLSearchParams or the platform's multipart parser), and every name and value is
 * checked against fixed limits BEFORE anything builds nested objects from the names: conform's
 * `parseWithZod` turns "correctie.rijen[99999999].welk" into an array of 100 million places.
 * A refusal is a thrown Response (400, 413 or 415) with one plain sentence in the user's language;
 * the route's action never runs, so nothing is stored.
 */
import { BERICHTEN } from "~/i18n/berichten";
import { taalVanRequest } from "~/i18n/taal.server";
import { MAX_FORM_BYTES } from "./http.server";
import { INVOER_GEWEIGERD } from "./invoer-weigering";

/** The limits; user-visible ones are in the README ("Forms"). */
export const INVOERGRENZEN = {
  /** Fields in one form (name=value pairs, files included). */
  velden: 2_000,
  /** Characters in one field name. */
  naamTekens: 200,
  /** Parts of one name: "correctie.rijen[0].welk" has 4. */
  diepte: 6,
  /** Highest array index in a name: lists up to 1,000 entries. */
  hoogsteIndex: 999,
  /** All lists of one form together (the places conform's nested parse would make). */
  lijstplaatsen: 5_000,
  /** Characters in one text value (the import's JSON text has its own, larger limit). */
  waardeTekens: 100_000,
} as const;

export type Invoerfout =
  | "te_veel_velden"
  | "naam_ongeldig"
  | "naam_te_lang"
  | "te_diep"
  | "index_te_groot"
  | "te_veel_lijstplaatsen"
  | "waarde_te_lang"
  | "teken_ongeldig"
  | "bestand_niet_verwacht"
  | "bestand_te_groot";

export type Veldgrenzen = {
  velden: number;
  naamTekens: number;
  diepte: number;
  hoogsteIndex: number;
  lijstplaatsen: number;
  waardeTekens: number;
  /** Field names that may carry a file, with the largest file in bytes; any other file is refused. */
  bestanden: Readonly<Record<string, number>>;
};

const STANDAARD: Veldgrenzen = { ...INVOERGRENZEN, bestanden: {} };

/** Names the form library reserves (it JSON-parses their values) and names that reach prototypes. */
const VERBODEN_SLEUTELS = new Set(["__intent__", "__state__", "__proto__", "constructor", "prototype"]);
// NUL cannot be stored in PostgreSQL text; other control characters never occur in our field names.
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROLETEKEN = /[\u0000-\u001f\u007f]/;

type Segment =
  | { soort: "sleutel"; prefix: string }
  | { soort: "index"; prefix: string; index: number }
  | { soort: "erbij"; prefix: string };

/**
 * The parts of a field name in the form library's dot-and-bracket syntax ("a.b[0].c", "a[]"), or
 * the reason it is refused. Stricter than the library: the first part is a key, `[]` only at the end.
 * `prefix` is the name up to that part, which identifies the list an index belongs to.
 */
export function naamDelen(
  naam: string,
  grenzen: Pick<Veldgrenzen, "naamTekens" | "diepte" | "hoogsteIndex"> = STANDAARD,
): Segment[] | Invoerfout {
  if (naam.length === 0 || CONTROLETEKEN.test(naam)) return "naam_ongeldig";
  if (naam.length > grenzen.naamTekens) return "naam_te_lang";
  const delen: Segment[] = [];
  let i = 0;
  const sleutel = (): boolean => {
    const begin = i;
    while (i < naam.length && naam[i] !== "." && naam[i] !== "[" && naam[i] !== "]") i++;
    if (i === begin || VERBODEN_SLEUTELS.has(naam.slice(begin, i))) return false;
    delen.push({ soort: "sleutel", prefix: naam.slice(0, begin) });
    return true;
  };
  if (!sleutel()) return "naam_ongeldig";
  while (i < naam.length) {
    const begin = i;
    if (naam[i] === ".") {
      i++;
      if (!sleutel()) return "naam_ongeldig";
    } else if (naam[i] === "[") {
      const sluit = naam.indexOf("]", i);
      if (sluit < 0) return "naam_ongeldig";
      const cijfers = naam.slice(i + 1, sluit);
      i = sluit + 1;
      if (cijfers === "") {
        if (i !== naam.length) return "naam_ongeldig";
        delen.push({ soort: "erbij", prefix: naam.slice(0, begin) });
      } else {
        if (!/^\d+$/.test(cijfers)) return "naam_ongeldig";
        const index = cijfers.length > 9 ? Infinity : Number(cijfers);
        if (index > grenzen.hoogsteIndex) return "index_te_groot";
        delen.push({ soort: "index", prefix: naam.slice(0, begin), index });
      }
    } else {
      return "naam_ongeldig";
    }
    if (delen.length > grenzen.diepte) return "te_diep";
  }
  return delen;
}

/**
 * Check the flat fields of a form against the limits; null when all is well. Pure, and cheap:
 * one pass over the names, no nested structure is built.
 */
export function controleerVelden(
  velden: Iterable<readonly [string, FormDataEntryValue]>,
  grenzen: Veldgrenzen = STANDAARD,
): Invoerfout | null {
  let aantal = 0;
  let plaatsen = 0;
  // Per list (identified by the name up to its index), the places it needs: highest index + 1.
  const lijsten = new Map<string, number>();
  for (const [naam, waarde] of velden) {
    if (++aantal > grenzen.velden) return "te_veel_velden";
    const delen = naamDelen(naam, grenzen);
    if (typeof delen === "string") return delen;
    for (const deel of delen) {
      if (deel.soort === "sleutel") continue;
      const nu = lijsten.get(deel.prefix) ?? 0;
      const nodig = deel.soort === "index" ? Math.max(nu, deel.index + 1) : nu + 1;
      plaatsen += nodig - nu;
      if (plaatsen > grenzen.lijstplaatsen) return "te_veel_lijstplaatsen";
      lijsten.set(deel.prefix, nodig);
    }
    if (typeof waarde === "string") {
      if (waarde.length > grenzen.waardeTekens) return "waarde_te_lang";
      if (waarde.includes("\u0000")) return "teken_ongeldig";
    } else {
      const max = Object.hasOwn(grenzen.bestanden, naam) ? grenzen.bestanden[naam]! : undefined;
      if (max === undefined) return "bestand_niet_verwacht";
      if (waarde.size > max) return "bestand_te_groot";
      if (CONTROLETEKEN.test(waarde.name)) return "teken_ongeldig";
    }
  }
  return null;
}

export type FormulierOpties = {
  /** Largest body in bytes (default MAX_FORM_BYTES; the server entry refuses larger bodies too). */
  maxBytes?: number;
  /** Characters in one text value (default INVOERGRENZEN.waardeTekens). */
  waardeTekens?: number;
  /** Fields that may carry a file, with the largest file in bytes. */
  bestanden?: Readonly<Record<string, number>>;
};

type Weigering = {
  status: 400 | 413 | 415;
  reden: Invoerfout | "soort" | "kapot" | "te_groot";
  maxBytes?: number;
  grenzen?: Veldgrenzen;
};

/** Thrown inside the reader; turned into the Response at the end (needs the user's language). */
class Geweigerd extends Error {
  constructor(readonly weigering: Weigering) {
    super(weigering.reden);
  }
}

/**
 * Read the body of a POST as FormData, within the limits, or throw a 400/413/415 Response with a
 * plain message. Accepted: application/x-www-form-urlencoded, multipart/form-data, and no body at all
 * (a fetch without body, e.g. the passkey options). Anything else (JSON, text, XML) is 415.
 */
export async function leesFormulier(request: Request, opties: FormulierOpties = {}): Promise<FormData> {
  const grenzen: Veldgrenzen = {
    ...INVOERGRENZEN,
    waardeTekens: opties.waardeTekens ?? INVOERGRENZEN.waardeTekens,
    bestanden: opties.bestanden ?? {},
  };
  const maxBytes = opties.maxBytes ?? MAX_FORM_BYTES;
  try {
    const form = await leesEnParse(request, maxBytes);
    const fout = controleerVelden(form, grenzen);
    if (fout) throw new Geweigerd({ status: fout === "bestand_te_groot" ? 413 : 400, reden: fout, grenzen });
    return form;
  } catch (error) {
    if (!(error instanceof Geweigerd)) throw error;
    throw await weigerResponse(request, error.weigering);
  }
}

/** The query string of a GET whose names go through the form library (a filter form): the same checks. */
export async function leesZoekparameters(request: Request): Promise<URLSearchParams> {
  const params = new URL(request.url).searchParams;
  const fout = controleerVelden(params);
  if (fout) throw await weigerResponse(request, { status: 400, reden: fout });
  return params;
}

async function leesEnParse(request: Request, maxBytes: number): Promise<FormData> {
  const contentType = request.headers.get("content-type");
  const soort = contentType?.split(";")[0]!.trim().toLowerCase() ?? null;
  // Read (within the limit) before refusing: a body left half-read on a kept-alive connection
  // makes the server drop that connection, and the client sees a reset instead of our answer.
  const bytes = await leesBytes(request, maxBytes);
  if (soort !== null && soort !== "application/x-www-form-urlencoded" && soort !== "multipart/form-data") {
    throw new Geweigerd({ status: 415, reden: "soort" });
  }
  if (soort === null) {
    if (bytes.length > 0) throw new Geweigerd({ status: 415, reden: "soort" });
    return new FormData();
  }
  if (soort === "application/x-www-form-urlencoded") {
    const form = new FormData();
    for (const [naam, waarde] of new URLSearchParams(new TextDecoder().decode(bytes))) form.append(naam, waarde);
    return form;
  }
  // Even an empty multipart form has its closing boundary: an empty body is broken.
  try {
    // The platform's own multipart parser, on bytes already limited; a broken body is a 400.
    return await new Response(bytes, { headers: { "Content-Type": contentType! } }).formData();
  } catch {
    throw new Geweigerd({ status: 400, reden: "kapot" });
  }
}

/** How much of an oversized body without Content-Length is read and thrown away before giving up. */
const WEGGOOI_BYTES = 4 * 1024 * 1024;

/** The body with a byte limit that also holds without Content-Length (chunked). */
async function leesBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    throw new Geweigerd({ status: 413, reden: "te_groot", maxBytes });
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const stukken: Uint8Array[] = [];
  let lengte = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      lengte += value.byteLength;
      // Over the limit: keep nothing, but read on (up to a bound) so the client, still sending,
      // gets the 413 instead of a reset connection.
      if (lengte > maxBytes + WEGGOOI_BYTES) {
        await reader.cancel().catch(() => {});
        throw new Geweigerd({ status: 413, reden: "te_groot", maxBytes });
      }
      if (lengte <= maxBytes) stukken.push(value);
    }
    if (lengte > maxBytes) throw new Geweigerd({ status: 413, reden: "te_groot", maxBytes });
  } catch (error) {
    if (error instanceof Geweigerd) throw error;
    // The client broke off the upload halfway.
    throw new Geweigerd({ status: 400, reden: "kapot" });
  }
  const bytes = new Uint8Array(lengte);
  let plek = 0;
  for (const stuk of stukken) {
    bytes.set(stuk, plek);
    plek += stuk.byteLength;
  }
  return bytes;
}

async function weigerResponse(request: Request, w: Weigering): Promise<Response> {
  const taal = await taalVanRequest(request).catch(() => "nl" as const);
  return new Response(invoerMelding(taal, w), {
    status: w.status,
    statusText: INVOER_GEWEIGERD,
    // After a 413 the rest of the body is not read: the connection closes after this answer.
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...(w.status === 413 ? { Connection: "close" } : {}),
    },
  });
}

function invoerMelding(taal: "nl" | "en", w: Weigering): string {
  const t = BERICHTEN[taal].invoer;
  const g = w.grenzen ?? STANDAARD;
  switch (w.reden) {
    case "soort":
      return t.soort;
    case "kapot":
      return t.kapot;
    case "te_groot":
      return t.teGroot;
    case "bestand_te_groot": {
      const max = Math.max(0, ...Object.values(g.bestanden));
      return t.bestandTeGroot(
        (max / (1024 * 1024)).toLocaleString(taal === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 }),
      );
    }
    case "bestand_niet_verwacht":
      return t.bestandNietVerwacht;
    case "te_veel_velden":
      return t.teVeelVelden(g.velden);
    case "naam_ongeldig":
    case "naam_te_lang":
      return t.naam;
    case "te_diep":
    case "index_te_groot":
    case "te_veel_lijstplaatsen":
      return t.lijst;
    case "waarde_te_lang":
      return t.waardeTeLang(g.waardeTekens);
    case "teken_ongeldig":
      return t.teken;
  }
}

// ---------------------------------------------------------------- forms with files (decision 028)

/**
 * Read a multipart form whose files are streamed, never held whole in memory (docs/decisions/028):
 * each file in one of `bestandsvelden` goes as a stream to `verwerk` (the file check, which stores
 * it or refuses it), and the form gets what `verwerk` returns (a short text, e.g. an id). Text
 * fields are collected within the usual limits and then go through the same checks as in
 * leesFormulier. Another file, or a file in a text field, is refused (400); a body that is not
 * multipart is 415. The per-file and per-request limits are the check's (decision 028).
 */
export async function leesFormulierMetBestanden(
  request: Request,
  opties: { bestandsvelden: readonly string[]; maxBody: number },
  verwerk: (veld: string, bestandsnaam: string, stroom: import("node:stream").Readable) => Promise<string>,
): Promise<FormData> {
  const grenzen: Veldgrenzen = { ...INVOERGRENZEN, bestanden: {} };
  try {
    const contentType = request.headers.get("content-type") ?? "";
    if (contentType.split(";")[0]!.trim().toLowerCase() !== "multipart/form-data") {
      await leesBytes(request, MAX_FORM_BYTES).catch(() => undefined);
      throw new Geweigerd({ status: 415, reden: "soort" });
    }
    if (Number(request.headers.get("content-length") ?? 0) > opties.maxBody)
      throw new Geweigerd({ status: 413, reden: "te_groot" });
    const { unstable_parseMultipartFormData } = await import("@remix-run/node");
    const { Readable } = await import("node:stream");
    let onverwacht: Invoerfout | null = null;
    let tekstBytes = 0;
    let form: FormData;
    try {
      form = await unstable_parseMultipartFormData(request, async (deel) => {
        if (typeof deel.filename === "string") {
          if (!opties.bestandsvelden.includes(deel.name)) {
            onverwacht = "bestand_niet_verwacht";
            for await (const _ of deel.data) void _;
            return undefined;
          }
          return verwerk(deel.name, deel.filename, Readable.from(deel.data));
        }
        const stukken: Uint8Array[] = [];
        for await (const stuk of deel.data) {
          tekstBytes += stuk.byteLength;
          if (tekstBytes <= MAX_FORM_BYTES) stukken.push(stuk);
        }
        if (opties.bestandsvelden.includes(deel.name)) onverwacht = "bestand_niet_verwacht";
        return new TextDecoder().decode(Buffer.concat(stukken));
      });
    } catch {
      throw new Geweigerd({ status: 400, reden: "kapot" });
    }
    if (tekstBytes > MAX_FORM_BYTES) throw new Geweigerd({ status: 413, reden: "te_groot" });
    if (onverwacht) throw new Geweigerd({ status: 400, reden: onverwacht });
    // The files' answers are short texts now: the usual checks hold for every field.
    const fout = controleerVelden(form, grenzen);
    if (fout) throw new Geweigerd({ status: 400, reden: fout, grenzen });
    return form;
  } catch (error) {
    if (!(error instanceof Geweigerd)) throw error;
    throw await weigerResponse(request, error.weigering);
  }
}
