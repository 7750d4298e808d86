/**
 * The client-records import format (docs/import-formaat.md), parsed and validated without I/O.
 *
 * - JSON: one object with arrays `clienten`, `relaties`, `dossier`, `verstrekkingen`,
 *   `toestemmingen`. Clients are keyed by `clientnummer`; the other rows by `clientnummer` +
 *   `externId` (the id in the practice's own client system), so a re-import changes nothing.
 * - CSV: clients only, one client per line, header row with the client field names, `;` or `,`.
 *
 * Every row gets its line number in the file, so the dry run can point at the bad ones.
 */
import { z } from "zod";
import { parseIsoDate } from "./calendar";

export const IMPORT_SOORTEN = ["clienten", "relaties", "dossier", "verstrekkingen", "toestemmingen"] as const;
export type ImportSoort = (typeof IMPORT_SOORTEN)[number];

const RELATIE_SOORTEN = ["ouder_met_gezag", "voogd", "mentor", "curator", "gemachtigde", "bewindvoerder", "ouder_zonder_gezag"] as const;
const CATEGORIEEN = ["personalia", "contact", "zorg", "financieel", "documenten"] as const;

const datum = z.string().refine((v) => {
  try {
    parseIsoDate(v);
    return /^\d{4}-\d{2}-\d{2}$/.test(v);
  } catch {
    return false;
  }
}, "geen geldige datum (JJJJ-MM-DD)");
const optDatum = z.union([datum, z.null()]).optional().transform((v) => v ?? null);
const optTekst = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);
const tekst = (max: number) => z.string().trim().max(max).optional().transform((v) => v ?? "");
const verplicht = (max: number) => z.string().trim().min(1, "ontbreekt").max(max);
const optEmail = z
  .union([z.literal(""), z.null(), z.string().trim().toLowerCase().pipe(z.email("geen geldig e-mailadres"))])
  .optional()
  .transform((v) => v || null);
const sleutel = z.string().trim().regex(/^[A-Za-z0-9._-]{1,40}$/, "alleen letters, cijfers, punt, streep en liggend streepje (1-40 tekens)");

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
  status: z.enum(["actief", "voormalig"], "actief of voormalig").optional().transform((v) => v ?? "actief"),
  inZorgVanaf: optDatum,
  uitZorgOp: optDatum,
});

const kind = { externId: sleutel, clientnummer: sleutel };

export const RelatieRij = z.object({
  ...kind,
  soort: z.enum(RELATIE_SOORTEN, `een van: ${RELATIE_SOORTEN.join(", ")}`),
  naam: verplicht(120),
  email: optEmail,
  telefoon: optTekst(30),
  geldigVanaf: optDatum,
  geldigTot: optDatum,
  bewijs: tekst(300),
});

export const DossierRij = z.object({
  ...kind,
  categorie: z.enum(CATEGORIEEN, `een van: ${CATEGORIEEN.join(", ")}`),
  titel: verplicht(200),
  inhoud: z.record(z.string(), z.string().max(20_000)),
  herkomst: z.string().trim().max(200).optional().transform((v) => v || "client"),
  betreftDerde: z.boolean().optional().transform((v) => v ?? false),
  auteur: tekst(120),
});

export const VerstrekkingRij = z.object({
  ...kind,
  ontvanger: verplicht(200),
  ontvangerEmail: optEmail,
  datum,
  rechtsgrond: verplicht(300),
  categorieen: z.array(z.string().trim().min(1).max(80)).optional().transform((v) => v ?? []),
  omschrijving: tekst(1000),
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

/** One row of the file: valid (`data`) or refused (`fout`, in Dutch, naming the field). */
export type ImportRij = {
  [S in ImportSoort]: { regel: number; soort: S; sleutel: string; data: ImportData[S] | null; fout: string | null };
}[ImportSoort];

export type ImportBestand = { formaat: "json" | "csv"; rijen: ImportRij[]; fout: string | null };

/** The key shown to the beheerder and used for duplicates: clientnummer, or clientnummer/externId. */
function sleutelVan(soort: ImportSoort, ruw: unknown): string {
  const r = (typeof ruw === "object" && ruw !== null ? ruw : {}) as Record<string, unknown>;
  const nr = typeof r.clientnummer === "string" ? r.clientnummer.trim() : "?";
  if (soort === "clienten") return nr;
  return `${nr}/${typeof r.externId === "string" ? r.externId.trim() : "?"}`;
}

function foutTekst(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => {
      const veld = i.path.join(".") || "rij";
      const ontbreekt = i.code === "invalid_type" && /undefined/.test(i.message);
      const msg = ontbreekt ? "ontbreekt" : /^(Invalid|Expected|Too)/.test(i.message) ? "ongeldige waarde" : i.message;
      return `${veld}: ${msg}`;
    })
    .join("; ");
}

function valideerRij(soort: ImportSoort, regel: number, ruw: unknown): ImportRij {
  const sleutel = sleutelVan(soort, ruw);
  if (typeof ruw !== "object" || ruw === null || Array.isArray(ruw)) {
    return { regel, soort, sleutel, data: null, fout: "een rij moet een object zijn" } as ImportRij;
  }
  const result = SCHEMAS[soort].safeParse(ruw);
  if (!result.success) return { regel, soort, sleutel, data: null, fout: foutTekst(result.error) } as ImportRij;
  return { regel, soort, sleutel, data: result.data, fout: null } as ImportRij;
}

/** Later rows with a key already seen in the same file are refused (the first one wins). */
function markeerDubbele(rijen: ImportRij[]): ImportRij[] {
  const gezien = new Map<string, number>();
  return rijen.map((r) => {
    if (r.fout) return r;
    const k = `${r.soort}:${r.sleutel}`;
    const eerder = gezien.get(k);
    if (eerder !== undefined) return { ...r, data: null, fout: `dubbel: dezelfde sleutel staat al op regel ${eerder}` } as ImportRij;
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
    return { formaat: "json", rijen: [], fout: `Het bestand is geen geldige JSON (${(e as Error).message.slice(0, 120)}).` };
  }
  if (typeof ruw !== "object" || ruw === null || Array.isArray(ruw)) {
    return { formaat: "json", rijen: [], fout: "Het bestand moet één JSON-object zijn met de lijsten clienten, relaties, dossier, verstrekkingen en toestemmingen." };
  }
  const obj = ruw as Record<string, unknown>;
  const onbekend = Object.keys(obj).filter((k) => k !== "formaat" && !(IMPORT_SOORTEN as readonly string[]).includes(k));
  if (onbekend.length > 0) {
    return { formaat: "json", rijen: [], fout: `Onbekende onderdelen in het bestand: ${onbekend.join(", ")}. Toegestaan: ${IMPORT_SOORTEN.join(", ")}.` };
  }
  const regels = regelsVanJsonRijen(tekst);
  const rijen: ImportRij[] = [];
  for (const soort of IMPORT_SOORTEN) {
    const lijst = obj[soort];
    if (lijst === undefined) continue;
    if (!Array.isArray(lijst)) return { formaat: "json", rijen: [], fout: `"${soort}" moet een lijst zijn.` };
    lijst.forEach((item, i) => rijen.push(valideerRij(soort, regels[soort]?.[i] ?? 0, item)));
  }
  if (rijen.length === 0) return { formaat: "json", rijen: [], fout: "Het bestand bevat geen rijen." };
  return { formaat: "json", rijen: markeerDubbele(rijen), fout: null };
}

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
  if (!kop) return { formaat: "csv", rijen: [], fout: "Het bestand is leeg." };
  const namen = kop.velden.map((v) => v.trim());
  const toegestaan = Object.keys(ClientRij.shape);
  const onbekend = namen.filter((n) => !toegestaan.includes(n));
  if (onbekend.length > 0) {
    return { formaat: "csv", rijen: [], fout: `Onbekende kolommen op regel 1: ${onbekend.join(", ")}. Toegestaan: ${toegestaan.join(", ")}.` };
  }
  if (rest.length === 0) return { formaat: "csv", rijen: [], fout: "Het bestand bevat geen rijen." };
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
