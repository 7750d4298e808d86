/**
 * Destruction after retention (AVG art. 5 lid 1 sub e: no longer than necessary; docs/recht.md
 * "Vernietiging na de bewaartermijn", docs/decisions/031). Pure: no database, no clock.
 *
 * Per dossier item: its own term under the practice's saved policy (app/domain/bewaartermijnen.ts:
 * zorg and documenten 20 years from the day each was made, art. 7:454 lid 3 BW; financieel 7 years,
 * art. 52 lid 4 AWR; personalia and contact 1 year after the end of care). Once that term has ended
 * the item is due; the practice's reglement says it is destroyed within a grace period after that
 * (default one year): `uiterlijk`. The daily job destroys what is due at once.
 *
 * Held, with the reason, whatever its term:
 * - an open request of (or about) the client: the dossier is the subject of that request (AVG art. 15-22);
 * - an open complaint or calamity, or a legal claim recorded for the client (AVG art. 17 lid 3 sub e);
 * - a restriction (afscherming, AVG art. 18) with a ground, unless it is the restriction an erasure
 *   itself placed on what it kept (that one ends with the item's own term: docs/decisions/022).
 * Personalia and contact stay while any other record of the client stays: they link it to the
 * person (the same rule as the erasure plan, app/domain/bewaring.ts).
 */
import { addCalendarMonths, compare, isIsoDate, type IsoDate } from "./calendar";
import { DomainError } from "./errors";
import {
  eigenTermijnEinde,
  KLACHT_REDEN,
  TOEWIJZING_REDEN,
  VERWIJDER_AFSCHERM_REDENEN,
  type Bewaarbeleid,
  type BewaarClient,
  type BewaarItem,
} from "./bewaring";
import type { Reason } from "./request-state";

/** The reglement's grace period after a term ends, in months: "binnen een jaar" (default), at most 12. */
export const STANDAARD_VERNIETIGINGSTERMIJN_MAANDEN = 12;
export const MAX_VERNIETIGINGSTERMIJN_MAANDEN = 12;

export type VernietigItem = BewaarItem & { afgeschermd: boolean; afschermReden: string | null };

export type VernietigClient = BewaarClient & {
  /** A request of or about this client that is not afgerond or ingetrokken. */
  openVerzoek: boolean;
  /** A legal claim recorded for the client (AVG art. 17 lid 3 sub e): staff's description, or null. */
  rechtsvordering: string | null;
};

export type VasthoudCode =
  "open_verzoek" | "lopende_klacht_of_calamiteit" | "rechtsvordering" | "afscherming" | "nodig_voor_bewaard_dossier";

export type VernietigUitkomst =
  /** Due: its term ended on `einde`; destroyed at the latest on `uiterlijk`. */
  | { soort: "vernietigen"; einde: IsoDate; uiterlijk: IsoDate; telaat: boolean }
  /** Due by its term, but held. */
  | { soort: "vastgehouden"; einde: IsoDate; uiterlijk: IsoDate; code: VasthoudCode; reden: Reason }
  /** Its term runs (einde null: it counts from an end of care not reached yet). */
  | { soort: "bewaren"; einde: IsoDate | null; uiterlijk: IsoDate | null };

export const OPEN_VERZOEK_REDEN: Reason = {
  code: "open_verzoek",
  nl: "er loopt een verzoek van of over deze cliënt; wij vernietigen niets tot dat is afgehandeld",
  en: "a request by or about this client is open; we destroy nothing until it is handled",
};

export const RECHTSVORDERING_REDEN: Reason = {
  code: "rechtsvordering",
  nl: "de gegevens zijn nodig voor een rechtsvordering (artikel 17 lid 3 sub e AVG)",
  en: "the data are needed for a legal claim (Article 17(3)(e) GDPR)",
};

export const AFSCHERMING_REDEN: Reason = {
  code: "afscherming",
  nl: "de gegevens zijn afgeschermd op een grond die nog geldt (artikel 18 AVG); de directie heft dat eerst op",
  en: "the data are restricted on a ground that still applies (Article 18 GDPR); the management lifts that first",
};

/**
 * A restriction placed by an erasure on what it kept (its reason starts with one of the erasure's
 * reasons, app/services/uitvoering.server.ts `afschermTekst`), not one the client asked for: it
 * ends with the item's own term.
 */
export function isAfschermingDoorVerwijdering(reden: string | null): boolean {
  if (!reden) return false;
  return VERWIJDER_AFSCHERM_REDENEN.some((begin) => reden.startsWith(begin));
}

function vereisDatum(value: unknown, wat: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new DomainError("ongeldige_datum", `Ongeldige datum voor ${wat}: "${String(value)}".`);
}

/** The last day to destroy an item whose term ended on `einde`. */
export function uiterlijkeVernietiging(
  einde: IsoDate,
  termijnMaanden: number = STANDAARD_VERNIETIGINGSTERMIJN_MAANDEN,
): IsoDate {
  return addCalendarMonths(einde, termijnMaanden);
}

/** The hold on the whole client, if any: complaint or calamity first, then a legal claim, then an open request. */
function clientHold(client: VernietigClient): { code: VasthoudCode; reden: Reason } | null {
  if (client.lopendeKlachtOfCalamiteit) return { code: "lopende_klacht_of_calamiteit", reden: KLACHT_REDEN };
  if (client.rechtsvordering) return { code: "rechtsvordering", reden: RECHTSVORDERING_REDEN };
  if (client.openVerzoek) return { code: "open_verzoek", reden: OPEN_VERZOEK_REDEN };
  return null;
}

const koppelt = (i: BewaarItem) => i.categorie === "personalia" || i.categorie === "contact";

/**
 * For each item of one client: due for destruction (and by when), held (and why), or still in its
 * term. `termijnMaanden` is the reglement's grace period after the end of a term.
 */
export function vernietigPlan<T extends VernietigItem>(
  items: readonly T[],
  client: VernietigClient,
  vandaag: IsoDate,
  beleid: Bewaarbeleid = {},
  termijnMaanden: number = STANDAARD_VERNIETIGINGSTERMIJN_MAANDEN,
): Array<{ item: T; uitkomst: VernietigUitkomst }> {
  vereisDatum(vandaag, "vandaag");
  if (!Number.isInteger(termijnMaanden) || termijnMaanden < 0 || termijnMaanden > MAX_VERNIETIGINGSTERMIJN_MAANDEN) {
    throw new DomainError(
      "ongeldige_vernietigingstermijn",
      `De vernietigingstermijn is een heel aantal maanden van 0 tot ${MAX_VERNIETIGINGSTERMIJN_MAANDEN}.`,
    );
  }
  const hold = clientHold(client);
  const uitkomsten = new Map<T, VernietigUitkomst>();
  const beoordeel = (item: T, einde: IsoDate | null): VernietigUitkomst => {
    if (einde === null || compare(vandaag, einde) < 0) {
      return {
        soort: "bewaren",
        einde,
        uiterlijk: einde === null ? null : uiterlijkeVernietiging(einde, termijnMaanden),
      };
    }
    const uiterlijk = uiterlijkeVernietiging(einde, termijnMaanden);
    if (hold) return { soort: "vastgehouden", einde, uiterlijk, ...hold };
    if (item.afgeschermd && item.afschermReden && !isAfschermingDoorVerwijdering(item.afschermReden)) {
      return { soort: "vastgehouden", einde, uiterlijk, code: "afscherming", reden: AFSCHERMING_REDEN };
    }
    return { soort: "vernietigen", einde, uiterlijk, telaat: compare(vandaag, uiterlijk) > 0 };
  };
  for (const item of items) {
    vereisDatum(item.aangemaaktOp, "aangemaakt op");
    vereisDatum(item.gewijzigdOp, "gewijzigd op");
    if (!koppelt(item)) uitkomsten.set(item, beoordeel(item, eigenTermijnEinde(item, client, beleid)));
  }
  // Personalia and contact link the kept records to the person: they may go only with the last of them.
  const blijvend = [...uitkomsten.values()].filter((u) => u.soort !== "vernietigen");
  let laatste: IsoDate | null = null;
  let zonderEinde = false;
  for (const u of blijvend) {
    if (u.einde === null) zonderEinde = true;
    else if (laatste === null || compare(u.einde, laatste) > 0) laatste = u.einde;
  }
  for (const item of items) {
    if (!koppelt(item)) continue;
    const eigen = beoordeel(item, eigenTermijnEinde(item, client, beleid));
    if (eigen.soort !== "vernietigen" || blijvend.length === 0) {
      uitkomsten.set(item, eigen);
      continue;
    }
    const vastgehouden = blijvend.find((u) => u.soort === "vastgehouden");
    if (vastgehouden) {
      uitkomsten.set(item, { ...vastgehouden, einde: eigen.einde, uiterlijk: eigen.uiterlijk });
      continue;
    }
    // The other records still run their term: these stay until the last of them ends.
    const einde = zonderEinde ? null : laatste;
    uitkomsten.set(item, {
      soort: "bewaren",
      einde,
      uiterlijk: einde === null ? null : uiterlijkeVernietiging(einde, termijnMaanden),
    });
  }
  return items.map((item) => ({ item, uitkomst: uitkomsten.get(item)! }));
}

/** Why an item stays although its term has ended: the linking reason, for the page. */
export const KOPPEL_REDEN = TOEWIJZING_REDEN;

// ---------------------------------------------------------------------------------------------
// What the portal itself creates (docs/decisions/031)
// ---------------------------------------------------------------------------------------------

/**
 * How long the portal keeps its own records, set by the beheerder (`organisatie.portaalbewaring`):
 * - `verzoekJaren`: a closed request with its messages, letters, packages, identity checks and
 *   e-mails, counted from the day it was closed; then it is reduced to what accountability needs
 *   (AVG art. 5 lid 2). Default 5 years: the limitation period of a claim for damages (art. 3:310
 *   BW, AVG art. 82); at least 1 year (the six weeks for a petition, UAVG art. 35, and a complaint
 *   to the AP).
 * - `toegangslogJaren`: the access log (audit_log). At least 5 years (NEN 7513); default 5.
 * - `vernietigingstermijnMaanden`: the reglement's grace period after a term ends (default 12).
 */
export type Portaalbewaring = { verzoekJaren: number; toegangslogJaren: number; vernietigingstermijnMaanden: number };

export const STANDAARD_PORTAALBEWARING: Readonly<Portaalbewaring> = Object.freeze({
  verzoekJaren: 5,
  toegangslogJaren: 5,
  vernietigingstermijnMaanden: STANDAARD_VERNIETIGINGSTERMIJN_MAANDEN,
});

export const PORTAALBEWARING_GRENZEN: Readonly<Record<keyof Portaalbewaring, { min: number; max: number }>> =
  Object.freeze({
    verzoekJaren: { min: 1, max: 20 },
    // NEN 7513: at least five years.
    toegangslogJaren: { min: 5, max: 20 },
    vernietigingstermijnMaanden: { min: 0, max: MAX_VERNIETIGINGSTERMIJN_MAANDEN },
  });

/** The stored (partial) setting completed with the defaults; values out of bounds fall back to them. */
export function portaalbewaringMetStandaard(
  opgeslagen: Partial<Record<string, unknown>> | null | undefined,
): Portaalbewaring {
  const uit = { ...STANDAARD_PORTAALBEWARING };
  for (const k of Object.keys(PORTAALBEWARING_GRENZEN) as (keyof Portaalbewaring)[]) {
    const v = opgeslagen?.[k];
    const g = PORTAALBEWARING_GRENZEN[k];
    if (typeof v === "number" && Number.isInteger(v) && v >= g.min && v <= g.max) uit[k] = v;
  }
  return uit;
}

export type PortaalbewaringFout = {
  veld: keyof Portaalbewaring;
  code: "ongeldig" | "te_kort" | "te_lang";
  min: number;
  max: number;
};

/** Checks the beheer form's three whole numbers. Returns the setting or the first field in error. */
export function controleerPortaalbewaring(
  invoer: Record<string, unknown>,
): { ok: true; waarde: Portaalbewaring } | { ok: false; fout: PortaalbewaringFout } {
  const waarde = {} as Portaalbewaring;
  for (const k of Object.keys(PORTAALBEWARING_GRENZEN) as (keyof Portaalbewaring)[]) {
    const { min, max } = PORTAALBEWARING_GRENZEN[k];
    const ruw = invoer[k];
    const tekst = typeof ruw === "number" ? String(ruw) : typeof ruw === "string" ? ruw.trim() : "";
    if (!/^\d{1,3}$/.test(tekst)) return { ok: false, fout: { veld: k, code: "ongeldig", min, max } };
    const n = Number(tekst);
    if (n < min) return { ok: false, fout: { veld: k, code: "te_kort", min, max } };
    if (n > max) return { ok: false, fout: { veld: k, code: "te_lang", min, max } };
    waarde[k] = n;
  }
  return { ok: true, waarde };
}

/** The first day a request closed on `afgerondOp` is past its term (it is reduced on or after that day). */
export function verzoekTermijnEinde(afgerondOp: IsoDate, p: Pick<Portaalbewaring, "verzoekJaren">): IsoDate {
  vereisDatum(afgerondOp, "afgerond op");
  return addCalendarMonths(afgerondOp, p.verzoekJaren * 12);
}

/** Access-log rows made before this day are past their term (NEN 7513: at least five years). */
export function toegangslogGrens(vandaag: IsoDate, p: Pick<Portaalbewaring, "toegangslogJaren">): IsoDate {
  vereisDatum(vandaag, "vandaag");
  return addCalendarMonths(vandaag, -12 * Math.max(5, p.toegangslogJaren));
}
