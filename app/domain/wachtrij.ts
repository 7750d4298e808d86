import { z } from "zod";
import { daysBetween, isIsoDate, type IsoDate } from "./calendar";
import { OPEN_STATUSSEN, type OpenVerzoekStatus, type Tekst } from "./request-state";
import { VERZOEKTYPEN, type Verzoektype } from "./request-types";
import { isUuid } from "./id";

/**
 * The backoffice queue (wachtrij): how urgent an open request is, which filters staff may set, and
 * the keyset cursor that pages through the queue. Pure: no db, no Remix, no Node.
 */

/** Rows per page of the queue. */
export const PAGINA_GROOTTE = 50;

/** A request whose target is at most this many calendar days away is shown in amber. */
export const BINNENKORT_DAGEN = 7;

/** Longest search text (a request number or part of a name). */
export const ZOEK_MAX_TEKENS = 100;

// ---------------------------------------------------------------------------
// Days left and urgency
// ---------------------------------------------------------------------------

/**
 * Calendar days from today to the target date, both Europe/Amsterdam calendar dates (docs/recht.md
 * "Termijnen"). 0 = the target is today; negative = the target has passed (overdue).
 */
export function dagenTot(termijn: IsoDate, vandaag: IsoDate): number {
  return daysBetween(vandaag, termijn);
}

export const URGENTIES = ["te_laat", "binnenkort", "op_schema"] as const;
/** te_laat: target passed (red); binnenkort: 0-7 days left (amber); op_schema: more than 7 days. */
export type Urgentie = (typeof URGENTIES)[number];

export function urgentieVan(dagenOver: number): Urgentie {
  if (dagenOver < 0) return "te_laat";
  if (dagenOver <= BINNENKORT_DAGEN) return "binnenkort";
  return "op_schema";
}

function dagen(n: number, taal: "nl" | "en"): string {
  if (taal === "nl") return `${n} ${n === 1 ? "dag" : "dagen"}`;
  return `${n} ${n === 1 ? "day" : "days"}`;
}

/**
 * The badge text, so urgency never depends on colour alone (WCAG 1.4.1):
 * "Te laat: 3 dagen", "Vandaag", "Nog 5 dagen".
 */
export function urgentieTekst(dagenOver: number): Tekst {
  if (dagenOver < 0) {
    const te = -dagenOver;
    return { nl: `Te laat: ${dagen(te, "nl")}`, en: `Overdue: ${dagen(te, "en")}` };
  }
  if (dagenOver === 0) return { nl: "Vandaag", en: "Due today" };
  return { nl: `Nog ${dagen(dagenOver, "nl")}`, en: `${dagen(dagenOver, "en")} left` };
}

// ---------------------------------------------------------------------------
// Dashboard: open requests by weeks to the target
// ---------------------------------------------------------------------------

export const TERMIJN_GROEPEN = ["te_laat", "binnen_7_dagen", "1_2_weken", "2_4_weken", "later"] as const;
export type TermijnGroep = (typeof TERMIJN_GROEPEN)[number];

/**
 * Which group an open request falls in by calendar days to its target: te laat (< 0), binnen 7
 * dagen (0-7, the amber ones), 1-2 weken (8-14), 2-4 weken (15-28), later (> 28).
 */
export function termijnGroep(dagenOver: number): TermijnGroep {
  if (dagenOver < 0) return "te_laat";
  if (dagenOver <= 7) return "binnen_7_dagen";
  if (dagenOver <= 14) return "1_2_weken";
  if (dagenOver <= 28) return "2_4_weken";
  return "later";
}

// ---------------------------------------------------------------------------
// Keyset cursor
// ---------------------------------------------------------------------------

/** A position in the queue order (doelTermijn, wettelijkeTermijn, id): the row a page starts after or ends before. */
export type WachtrijPositie = { doelTermijn: IsoDate; wettelijkeTermijn: IsoDate; id: string };

function naarBase64Url(tekst: string): string {
  const bytes = new TextEncoder().encode(tekst);
  let binair = "";
  for (const byte of bytes) binair += String.fromCharCode(byte);
  return btoa(binair).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function vanBase64Url(waarde: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(waarde)) return null;
  try {
    const binair = atob(waarde.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binair, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** An opaque, URL-safe cursor for a queue position (callers must not read or build it themselves). */
export function encodeerCursor(positie: WachtrijPositie): string {
  return naarBase64Url(`1|${positie.doelTermijn}|${positie.wettelijkeTermijn}|${positie.id.toLowerCase()}`);
}

/** The position in a cursor, or null when the cursor is malformed or tampered with. */
export function decodeerCursor(cursor: unknown): WachtrijPositie | null {
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > 200) return null;
  const tekst = vanBase64Url(cursor);
  if (tekst === null) return null;
  const delen = tekst.split("|");
  if (delen.length !== 4 || delen[0] !== "1") return null;
  const [, doelTermijn, wettelijkeTermijn, id] = delen as [string, string, string, string];
  if (!isIsoDate(doelTermijn) || !isIsoDate(wettelijkeTermijn) || !isUuid(id)) return null;
  return { doelTermijn, wettelijkeTermijn, id };
}

// ---------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------

/**
 * The orders of the queue: "doel" = the practice's target date first (the default), "wettelijk" =
 * the legal limit first, so an extended request (limit months away) is not hidden among others.
 * Ties: the other date, then the id. A cursor holds both dates, so it serves either order.
 */
export const WACHTRIJ_SORTERINGEN = ["doel", "wettelijk"] as const;
export type WachtrijSortering = (typeof WACHTRIJ_SORTERINGEN)[number];

/** The filters of the queue, as the service takes them. */
export type WachtrijFilters = {
  /** The right (request type). */
  type?: Verzoektype;
  /** One open status. */
  status?: OpenVerzoekStatus;
  /** "ik" = assigned to the signed-in staff member ("mijn werk"), "niemand" = unassigned, or a staff id. */
  behandelaar?: "ik" | "niemand" | string;
  /** Only requests whose target date has passed. */
  teLaat?: boolean;
  /** Only requests waiting for the client's answer (status wacht_op_client: the clock is paused). */
  wachtOpClient?: boolean;
  /** A request number (exact or its beginning) or part of the name of the person concerned; case-insensitive. */
  zoek?: string;
  /** The order: by target date (default: absent) or by the legal limit (AVG art. 12 lid 3). */
  sorteer?: WachtrijSortering;
  /** Cursor: the page after this position ("Volgende"). */
  na?: string;
  /** Cursor: the page before this position ("Vorige"). */
  voor?: string;
};

/** Stable codes of the filter errors; the route shows each in the chosen language. */
export const FILTER_FOUTEN = [
  "type_onbekend",
  "status_onbekend",
  "behandelaar_onbekend",
  "vinkje_ongeldig",
  "zoek_te_lang",
  "cursor_ongeldig",
  "sorteer_onbekend",
] as const;
export type FilterFout = (typeof FILTER_FOUTEN)[number];
export type FilterMeldingen = Record<FilterFout, string>;

const CODES_ALS_MELDING = Object.fromEntries(FILTER_FOUTEN.map((c) => [c, c])) as FilterMeldingen;

/**
 * The filter form (GET /backoffice), one schema for the server and the browser. Empty fields are
 * absent; a checkbox sends "ja". Unknown parameters are ignored. Messages come from `meldingen`
 * (the codes themselves when omitted).
 */
export function wachtrijFilterSchema(meldingen: FilterMeldingen = CODES_ALS_MELDING) {
  const vinkje = z.literal("ja", { error: meldingen.vinkje_ongeldig }).optional();
  const cursor = z
    .string()
    .refine((waarde) => decodeerCursor(waarde) !== null, { message: meldingen.cursor_ongeldig })
    .optional();
  return z.object({
    type: z.enum(VERZOEKTYPEN, { error: meldingen.type_onbekend }).optional(),
    status: z.enum(OPEN_STATUSSEN, { error: meldingen.status_onbekend }).optional(),
    behandelaar: z
      .string()
      .refine((waarde) => waarde === "ik" || waarde === "niemand" || isUuid(waarde), {
        message: meldingen.behandelaar_onbekend,
      })
      .optional(),
    teLaat: vinkje,
    wachtOpClient: vinkje,
    zoek: z.string().max(ZOEK_MAX_TEKENS, { error: meldingen.zoek_te_lang }).optional(),
    sorteer: z.enum(WACHTRIJ_SORTERINGEN, { error: meldingen.sorteer_onbekend }).optional(),
    na: cursor,
    voor: cursor,
  });
}

export type WachtrijFilterInvoer = z.infer<ReturnType<typeof wachtrijFilterSchema>>;

/** From the validated form values to the service's filters (trimmed search, booleans, one cursor). */
export function filtersUitInvoer(invoer: WachtrijFilterInvoer): WachtrijFilters {
  const zoek = invoer.zoek?.trim();
  return {
    ...(invoer.type ? { type: invoer.type } : {}),
    ...(invoer.status ? { status: invoer.status } : {}),
    ...(invoer.behandelaar ? { behandelaar: invoer.behandelaar.toLowerCase() } : {}),
    ...(invoer.teLaat === "ja" ? { teLaat: true } : {}),
    ...(invoer.wachtOpClient === "ja" ? { wachtOpClient: true } : {}),
    ...(zoek ? { zoek } : {}),
    ...(invoer.sorteer === "wettelijk" ? { sorteer: "wettelijk" as const } : {}),
    // "Volgende" wins when a hand-made URL carries both.
    ...(invoer.na ? { na: invoer.na } : invoer.voor ? { voor: invoer.voor } : {}),
  };
}

export type FilterUitslag =
  { ok: true; filters: WachtrijFilters } | { ok: false; fouten: Partial<Record<keyof WachtrijFilterInvoer, string[]>> };

/**
 * Parse query parameters (or a plain object) into filters. Empty values count as absent; for a
 * repeated parameter the last one counts.
 */
export function parseWachtrijFilters(
  invoer: URLSearchParams | Record<string, unknown>,
  meldingen?: FilterMeldingen,
): FilterUitslag {
  const ruw: Record<string, unknown> = {};
  const paren = invoer instanceof URLSearchParams ? [...invoer.entries()] : Object.entries(invoer);
  for (const [sleutel, waarde] of paren) {
    if (waarde === "" || waarde === undefined || waarde === null) delete ruw[sleutel];
    else ruw[sleutel] = waarde;
  }
  const uitslag = wachtrijFilterSchema(meldingen).safeParse(ruw);
  if (uitslag.success) return { ok: true, filters: filtersUitInvoer(uitslag.data) };
  const fouten: Partial<Record<keyof WachtrijFilterInvoer, string[]>> = {};
  for (const issue of uitslag.error.issues) {
    const veld = String(issue.path[0] ?? "") as keyof WachtrijFilterInvoer;
    (fouten[veld] ??= []).push(issue.message);
  }
  return { ok: false, fouten };
}

/** The query string for a queue URL with these filters (empty values left out), e.g. for pagination links. */
export function wachtrijZoekparams(filters: WachtrijFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type) params.set("type", filters.type);
  if (filters.status) params.set("status", filters.status);
  if (filters.behandelaar) params.set("behandelaar", filters.behandelaar);
  if (filters.teLaat) params.set("teLaat", "ja");
  if (filters.wachtOpClient) params.set("wachtOpClient", "ja");
  if (filters.zoek) params.set("zoek", filters.zoek);
  if (filters.sorteer === "wettelijk") params.set("sorteer", "wettelijk");
  if (filters.na) params.set("na", filters.na);
  else if (filters.voor) params.set("voor", filters.voor);
  return params;
}

/**
 * Escape LIKE wildcards so a search for "50%" or "a_b" matches those characters literally
 * (backslash is PostgreSQL's default LIKE escape).
 */
export function escapeLike(tekst: string): string {
  return tekst.replace(/[\\%_]/g, (teken) => `\\${teken}`);
}
