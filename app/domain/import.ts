/**
 * The client-records import format (docs/import-formaat.md), parsed and validated without I/O.
 *
 * - JSON: one object with arrays `clienten`, `relaties`, `dossier`, `verstrekkingen`,
 *   `toestemmingen`. Clients are keyed by `clientnummer`; the other rows by `clientnummer` +
 *   `externId` (the id in the practice's own client system), so a re-import changes nothing.
 * - CSV: clients only, one client per line, header row with the client field names, `;` or `,`.
 *
 * Every row gets its line number in the file, so the dry run can point at the bad ones. Every
 * reason is a Reason (Dutch and English), shown in the language the beheerder chose.
 */
import { z } from "zod";
import { parseIsoDate } from "./calendar";
import type { Reason } from "./request-state";

export const IMPORT_SOORTEN = ["clienten", "relaties", "dossier", "verstrekkingen", "toestemmingen"] as const;
export type ImportSoort = (typeof IMPORT_SOORTEN)[number];

const RELATIE_SOORTEN = [
  "ouder_met_gezag",
  "voogd",
  "mentor",
  "curator",
  "gemachtigde",
  "bewindvoerder",
  "ouder_zonder_gezag",
] as const;
const CATEGORIEEN = ["personalia", "contact", "zorg", "financieel", "documenten"] as const;

/**
 * The reasons a field is refused. A schema's message is one of these codes; foutReden turns the
 * zod issues into one Reason per row (Dutch and English).
 */
const VELDMELDINGEN = {
  datum: { nl: "geen geldige datum (JJJJ-MM-DD)", en: "not a valid date (YYYY-MM-DD)" },
  ontbreekt: { nl: "ontbreekt", en: "missing" },
  email: { nl: "geen geldig e-mailadres", en: "not a valid e-mail address" },
  sleutel: {
    nl: "alleen letters, cijfers, punt, streep en liggend streepje (1-40 tekens)",
    en: "only letters, digits, full stop, hyphen and underscore (1-40 characters)",
  },
} as const;
type Veldmelding = keyof typeof VELDMELDINGEN;

const datum = z.string().refine((v) => {
  try {
    parseIsoDate(v);
    return /^\d{4}-\d{2}-\d{2}$/.test(v);
  } catch {
    return false;
  }
}, "datum" satisfies Veldmelding);
const optDatum = z
  .union([datum, z.null()])
  .optional()
  .transform((v) => v ?? null);
const optTekst = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);
const tekst = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v ?? "");
const verplicht = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "ontbreekt" satisfies Veldmelding)
    .max(max);
const optEmail = z
  .union([
    z.literal(""),
    z.null(),
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email("email" satisfies Veldmelding)),
  ])
  .optional()
  .transform((v) => v || null);
const sleutel = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, "sleutel" satisfies Veldmelding);

export const ClientRij = z.object({
  clientnummer: sleutel,
  voornamen: verplicht(120),
  tussenvoegsel: tekst(20),
  achternaam: verplicht(120),
  geboortedatum: datum,
  email: optEmail,
  telefoon: optTekst(30),
  straat: tekst(120),
  postcode: tekst(10),
  plaats: tekst(80),
  status: z
    .enum(["actief", "voormalig"])
    .optional()
    .transform((v) => v ?? "actief"),
  inZorgVanaf: optDatum,
  uitZorgOp: optDatum,
});

const kind = { externId: sleutel, clientnummer: sleutel };

export const RelatieRij = z.object({
  ...kind,
  soort: z.enum(RELATIE_SOORTEN),
  naam: verplicht(120),
  email: optEmail,
  telefoon: optTekst(30),
  geldigVanaf: optDatum,
  geldigTot: optDatum,
  bewijs: tekst(300),
});

export const DossierRij = z.object({
  ...kind,
  categorie: z.enum(CATEGORIEEN),
  titel: verplicht(200),
  inhoud: z.record(z.string(), z.string().max(20_000)),
  herkomst: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || "client"),
  betreftDerde: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
  auteur: tekst(120),
});

export const VerstrekkingRij = z.object({
  ...kind,
  ontvanger: verplicht(200),
  ontvangerEmail: optEmail,
  datum,
  rechtsgrond: verplicht(300),
  categorieen: z
    .array(z.string().trim().min(1).max(80))
    .optional()
    .transform((v) => v ?? []),
  omschrijving: tekst(1000),
  /** The consent this disclosure relied on: the `externId` of a consent of the same client (AVG art. 6 lid 1 sub a). */
  toestemmingExternId: z
    .union([z.null(), sleutel])
    .optional()
    .transform((v) => v ?? null),
});

export const ToestemmingRij = z.object({
  ...kind,
  omschrijving: verplicht(1000),
  ontvanger: optTekst(200),
  gegevenOp: datum,
  ingetrokkenOp: optDatum,
});

const SCHEMAS = {
  clienten: ClientRij,
  relaties: RelatieRij,
  dossier: DossierRij,
  verstrekkingen: VerstrekkingRij,
  toestemmingen: ToestemmingRij,
} as const;

export type ImportData = {
  clienten: z.output<typeof ClientRij>;
  relaties: z.output<typeof RelatieRij>;
  dossier: z.output<typeof DossierRij>;
  verstrekkingen: z.output<typeof VerstrekkingRij>;
  toestemmingen: z.output<typeof ToestemmingRij>;
};

/** One row of the file: valid (`data`) or refused (`fout`, naming the field, in Dutch and English). */
export type ImportRij = {
  [S in ImportSoort]: { regel: number; soort: S; sleutel: string; data: ImportData[S] | null; fout: Reason | null };
}[ImportSoort];

export type ImportBestand = { formaat: "json" | "csv"; rijen: ImportRij[]; fout: Reason | null };

/** A problem with the whole file (nothing can be imported). */
function bestandsfout(code: string, nl: string, en: string): Reason {
  return { code, nl, en };
}

/** The key shown to the beheerder and used for duplicates: clientnummer, or clientnummer/externId. */
function sleutelVan(soort: ImportSoort, ruw: unknown): string {
  const r = (typeof ruw === "object" && ruw !== null ? ruw : {}) as Record<string, unknown>;
  const nr = typeof r.clientnummer === "string" ? r.clientnummer.trim() : "?";
  if (soort === "clienten") return nr;
  return `${nr}/${typeof r.externId === "string" ? r.externId.trim() : "?"}`;
}

/** The first three problems of a row, "veld: reden; …", in Dutch and English. */
export function foutReden(error: z.ZodError): Reason {
  const delen = error.issues.slice(0, 3).map((i) => {
    const veld = i.path.join(".") || "rij";
    const veldEn = i.path.join(".") || "row";
    let melding: { nl: string; en: string };
    if (i.message in VELDMELDINGEN) melding = VELDMELDINGEN[i.message as Veldmelding];
    else if (i.code === "invalid_type" && i.input === undefined) melding = VELDMELDINGEN.ontbreekt;
    else if (i.code === "invalid_value" && "values" in i && Array.isArray(i.values)) {
      const lijst = i.values.map(String).join(", ");
      melding = { nl: `een van: ${lijst}`, en: `one of: ${lijst}` };
    } else if (i.code === "too_big" && i.origin === "string") {
      melding = {
        nl: `te lang (ten hoogste ${String(i.maximum)} tekens)`,
        en: `too long (at most ${String(i.maximum)} characters)`,
      };
    } else melding = { nl: "ongeldige waarde", en: "invalid value" };
    return { nl: `${veld}: ${melding.nl}`, en: `${veldEn}: ${melding.en}` };
  });
  return { code: "ongeldige_rij", nl: delen.map((d) => d.nl).join("; "), en: delen.map((d) => d.en).join("; ") };
}

function valideerRij(soort: ImportSoort, regel: number, ruw: unknown): ImportRij {
  const sleutel = sleutelVan(soort, ruw);
  if (typeof ruw !== "object" || ruw === null || Array.isArray(ruw)) {
    const fout: Reason = { code: "geen_object", nl: "een rij moet een object zijn", en: "a row must be an object" };
    return { regel, soort, sleutel, data: null, fout } as ImportRij;
  }
  const result = SCHEMAS[soort].safeParse(ruw, { reportInput: true });
  if (!result.success) return { regel, soort, sleutel, data: null, fout: foutReden(result.error) } as ImportRij;
  return { regel, soort, sleutel, data: result.data, fout: null } as ImportRij;
}

/** Later rows with a key already seen in the same file are refused (the first one wins). */
function markeerDubbele(rijen: ImportRij[]): ImportRij[] {
  const gezien = new Map<string, number>();
  return rijen.map((r) => {
    if (r.fout) return r;
    const k = `${r.soort}:${r.sleutel}`;
    const eerder = gezien.get(k);
    if (eerder !== undefined) {
      const fout: Reason = {
        code: "dubbel",
        nl: `dubbel: dezelfde sleutel staat al op regel ${eerder}`,
        en: `duplicate: the same key is already on line ${eerder}`,
      };
      return { ...r, data: null, fout } as ImportRij;
    }
    gezien.set(k, r.regel);
    return r;
  });
}

/**
 * Line numbers of the objects inside the top-level arrays, per array name, in order. A small scanner
 * over the JSON text (strings and escapes respected), because JSON.parse forgets positions.
 */
export function regelsVanJsonRijen(tekst: string): Record<string, number[]> {
  const uit: Record<string, number[]> = {};
  const stapel: string[] = [];
  let regel = 1;
  let inString = false;
  let escape = false;
  let stringStart = 0;
  let laatsteString = "";
  let huidigeSleutel = "";
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (c === "\n") regel++;
    if (inString) {
      if (escape) escape = false;
      else if (c === "\\") escape = true;
      else if (c === '"') {
        inString = false;
        if (stapel.length === 1) laatsteString = tekst.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === ":" && stapel.length === 1) {
      huidigeSleutel = laatsteString;
    } else if (c === "{" || c === "[") {
      if (c === "{" && stapel.length === 2 && stapel[0] === "{" && stapel[1] === "[") {
        (uit[huidigeSleutel] ??= []).push(regel);
      }
      stapel.push(c);
    } else if (c === "}" || c === "]") {
      stapel.pop();
    }
  }
  return uit;
}

/** Parse a JSON export (format in docs/import-formaat.md). */
export function leesJsonImport(tekst: string): ImportBestand {
  let ruw: unknown;
  try {
    ruw = JSON.parse(tekst);
  } catch (e) {
    const melding = (e as Error).message.slice(0, 120);
    return {
      formaat: "json",
      rijen: [],
      fout: bestandsfout(
        "geen_json",
        `Het bestand is geen geldige JSON (${melding}).`,
        `The file is not valid JSON (${melding}).`,
      ),
    };
  }
  if (typeof ruw !== "object" || ruw === null || Array.isArray(ruw)) {
    return {
      formaat: "json",
      rijen: [],
      fout: bestandsfout(
        "geen_object",
        "Het bestand moet één JSON-object zijn met de lijsten clienten, relaties, dossier, verstrekkingen en toestemmingen.",
        "The file must be one JSON object with the lists clienten, relaties, dossier, verstrekkingen and toestemmingen.",
      ),
    };
  }
  const obj = ruw as Record<string, unknown>;
  const onbekend = Object.keys(obj).filter(
    (k) => k !== "formaat" && !(IMPORT_SOORTEN as readonly string[]).includes(k),
  );
  if (onbekend.length > 0) {
    const lijst = onbekend.map((k) => k.slice(0, 40)).join(", ");
    return {
      formaat: "json",
      rijen: [],
      fout: bestandsfout(
        "onbekend_onderdeel",
        `Onbekende onderdelen in het bestand: ${lijst}. Toegestaan: ${IMPORT_SOORTEN.join(", ")}.`,
        `Unknown parts in the file: ${lijst}. Allowed: ${IMPORT_SOORTEN.join(", ")}.`,
      ),
    };
  }
  const regels = regelsVanJsonRijen(tekst);
  const rijen: ImportRij[] = [];
  for (const soort of IMPORT_SOORTEN) {
    const lijst = obj[soort];
    if (lijst === undefined) continue;
    if (!Array.isArray(lijst)) {
      return {
        formaat: "json",
        rijen: [],
        fout: bestandsfout("geen_lijst", `"${soort}" moet een lijst zijn.`, `"${soort}" must be a list.`),
      };
    }
    lijst.forEach((item, i) => rijen.push(valideerRij(soort, regels[soort]?.[i] ?? 0, item)));
  }
  if (rijen.length === 0) return { formaat: "json", rijen: [], fout: GEEN_RIJEN };
  return { formaat: "json", rijen: markeerDubbele(rijen), fout: null };
}

const GEEN_RIJEN: Reason = {
  code: "geen_rijen",
  nl: "Het bestand bevat geen rijen.",
  en: "The file contains no rows.",
};

/** Split CSV text into records with their first line number (RFC 4180 quotes; `;` or `,`). */
export function splitsCsv(tekst: string): Array<{ regel: number; velden: string[] }> {
  const eersteRegel = tekst.split(/\r?\n/, 1)[0] ?? "";
  const scheiding = (eersteRegel.match(/;/g)?.length ?? 0) > (eersteRegel.match(/,/g)?.length ?? 0) ? ";" : ",";
  const uit: Array<{ regel: number; velden: string[] }> = [];
  let velden: string[] = [];
  let veld = "";
  let inQuotes = false;
  let regel = 1;
  let start = 1;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (inQuotes) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else {
        if (c === "\n") regel++;
        veld += c;
      }
    } else if (c === '"') inQuotes = true;
    else if (c === scheiding) {
      velden.push(veld);
      veld = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && tekst[i + 1] === "\n") i++;
      velden.push(veld);
      if (velden.some((v) => v.trim() !== "")) uit.push({ regel: start, velden });
      velden = [];
      veld = "";
      regel++;
      start = regel;
    } else veld += c;
  }
  velden.push(veld);
  if (velden.some((v) => v.trim() !== "")) uit.push({ regel: start, velden });
  return uit;
}

/** Parse a CSV of clients (header row with the client field names). */
export function leesCsvImport(tekst: string): ImportBestand {
  const records = splitsCsv(tekst.replace(/^\uFEFF/, ""));
  const [kop, ...rest] = records;
  if (!kop)
    return { formaat: "csv", rijen: [], fout: bestandsfout("leeg", "Het bestand is leeg.", "The file is empty.") };
  const namen = kop.velden.map((v) => v.trim());
  const toegestaan = Object.keys(ClientRij.shape);
  const onbekend = namen.filter((n) => !toegestaan.includes(n));
  if (onbekend.length > 0) {
    const lijst = onbekend.map((k) => k.slice(0, 40)).join(", ");
    return {
      formaat: "csv",
      rijen: [],
      fout: bestandsfout(
        "onbekende_kolom",
        `Onbekende kolommen op regel 1: ${lijst}. Toegestaan: ${toegestaan.join(", ")}.`,
        `Unknown columns on line 1: ${lijst}. Allowed: ${toegestaan.join(", ")}.`,
      ),
    };
  }
  if (rest.length === 0) return { formaat: "csv", rijen: [], fout: GEEN_RIJEN };
  const rijen = rest.map(({ regel, velden }) => {
    const obj: Record<string, string> = {};
    namen.forEach((n, i) => {
      const v = (velden[i] ?? "").trim();
      if (v !== "") obj[n] = v;
    });
    return valideerRij("clienten", regel, obj);
  });
  return { formaat: "csv", rijen: markeerDubbele(rijen), fout: null };
}

/** JSON when the text starts with "{", otherwise CSV (clients only). */
export function leesImport(tekst: string): ImportBestand {
  return tekst.trimStart().startsWith("{") ? leesJsonImport(tekst) : leesCsvImport(tekst);
}

// ---------------------------------------------------------------------------------------------
// What the import does with a row (the plan), and why
// ---------------------------------------------------------------------------------------------

export type ImportActie = "aanmaken" | "wijzigen" | "ongewijzigd" | "overgeslagen" | "afgewezen";

/** The reasons of the plan, in Dutch and English. */
export const IMPORT_REDENEN = {
  bestandTeGroot: {
    code: "te_groot",
    nl: "Het bestand is te groot (meer dan 2 MB).",
    en: "The file is too large (more than 2 MB).",
  },
  nieuweClient: { code: "nieuwe_client", nl: "nieuwe cliënt", en: "new client" },
  nieuwBijNieuweClient: {
    code: "nieuw_bij_nieuwe_client",
    nl: "nieuw, bij nieuwe cliënt",
    en: "new, for a new client",
  },
  nieuw: { code: "nieuw", nl: "nieuw", en: "new" },
  gelijk: { code: "gelijk", nl: "al gelijk", en: "already the same" },
  gewijzigd: (velden: string[]): Reason => ({
    code: "gewijzigd",
    nl: `gewijzigd: ${velden.join(", ")}`,
    en: `changed: ${velden.join(", ")}`,
  }),
  onbekendeClient: (nummer: string): Reason => ({
    code: "onbekend_clientnummer",
    nl: `onbekend clientnummer "${nummer}": niet in het portaal en niet in dit bestand`,
    en: `unknown client number "${nummer}": not in the portal and not in this file`,
  }),
  onbekendeToestemming: (externId: string): Reason => ({
    code: "onbekende_toestemming",
    nl: `toestemmingExternId: toestemming "${externId}" staat niet bij deze cliënt (niet in het portaal en niet in dit bestand)`,
    en: `toestemmingExternId: consent "${externId}" is not known for this client (not in the portal and not in this file)`,
  }),
  // AVG art. 17: what an erasure removed is never brought back by an older export.
  gewist: {
    code: "gewist",
    nl: "gewist op verzoek (AVG art. 17)",
    en: "erased at the client's request (GDPR Art. 17)",
  },
  // AVG art. 18: restricted data is not processed, so the import does not change it either.
  afgeschermd: {
    code: "afgeschermd",
    nl: "afgeschermd: niet gewijzigd (AVG art. 18)",
    en: "restricted: not changed (GDPR Art. 18)",
  },
} as const satisfies Record<string, Reason | ((...args: never[]) => Reason)>;

/**
 * What happens to a valid row of a known client, given what the portal holds under its key:
 * - no row, but an erasure removed one with this key (tombstone): skipped, never recreated (AVG art. 17);
 * - no row: created;
 * - an afgeschermd row: skipped, never changed (AVG art. 18), whatever the file says;
 * - otherwise changed when a field differs, else unchanged.
 */
export function beslisRij(stand: {
  bestaat: boolean;
  gewist: boolean;
  afgeschermd: boolean;
  gewijzigdeVelden: string[];
}): {
  actie: ImportActie;
  reden: Reason;
} {
  if (!stand.bestaat) {
    return stand.gewist
      ? { actie: "overgeslagen", reden: IMPORT_REDENEN.gewist }
      : { actie: "aanmaken", reden: IMPORT_REDENEN.nieuw };
  }
  if (stand.afgeschermd) return { actie: "overgeslagen", reden: IMPORT_REDENEN.afgeschermd };
  return stand.gewijzigdeVelden.length > 0
    ? { actie: "wijzigen", reden: IMPORT_REDENEN.gewijzigd(stand.gewijzigdeVelden) }
    : { actie: "ongewijzigd", reden: IMPORT_REDENEN.gelijk };
}
