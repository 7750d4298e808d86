import {
  addDays,
  addWorkingDays,
  compare,
  daysBetween,
  isWorkingDay,
  minDate,
  parseIsoDate,
  type IsoDate,
} from "./calendar";
import { DomainError } from "./errors";
import { isOpen, isVerzoekStatus, type Tekst } from "./request-state";
import type { Verzoektype } from "./request-types";

/**
 * Reminders and escalation (issue "Backoffice works the queue", part 6): which open requests go
 * into the backoffice's daily digest, and when a request is escalated to the directie.
 * Pure: no db, no Remix, no Node. Every date is a Europe/Amsterdam calendar date (`JJJJ-MM-DD`).
 */

/** The digest lists requests whose target or legal limit is at most this many calendar days away. */
export const DAGOVERZICHT_DAGEN = 7;

/** The directie is warned this many working days before the legal limit ("nog 2 werkdagen"). */
export const ESCALATIE_WERKDAGEN = 2;

/** The two moments a request is escalated: 2 working days before the legal limit, and after it. */
export const ESCALATIE_FASEN = ["twee_werkdagen", "verlopen"] as const;
export type EscalatieFase = (typeof ESCALATIE_FASEN)[number];

/** The rights in staff words (short), for the digest and the escalation e-mail. */
export const RECHT_KORT: Record<Verzoektype, Tekst> = {
  inzage: { nl: "Inzage (art. 15 AVG)", en: "Access (GDPR art. 15)" },
  correctie: { nl: "Correctie of aanvulling (art. 16 AVG)", en: "Rectification (GDPR art. 16)" },
  verwijdering: { nl: "Verwijdering (art. 17 AVG)", en: "Erasure (GDPR art. 17)" },
  afscherming: { nl: "Afscherming (art. 18 AVG)", en: "Restriction (GDPR art. 18)" },
  bezwaar: { nl: "Bezwaar (art. 21 AVG)", en: "Objection (GDPR art. 21)" },
  dataportabiliteit: { nl: "Dataportabiliteit (art. 20 AVG)", en: "Data portability (GDPR art. 20)" },
  intrekking_toestemming: {
    nl: "Intrekken van toestemming (art. 7 lid 3 AVG)",
    en: "Withdrawal of consent (GDPR art. 7(3))",
  },
};

// ---------------------------------------------------------------------------
// Working days back
// ---------------------------------------------------------------------------

/**
 * The n-th working day before `datum` (the day itself does not count); 0 returns `datum`.
 * Mirror of calendar.ts `addWorkingDays`: Tuesday 7 April 2026 minus 1 is Thursday 2 April
 * (Goede Vrijdag 3 April and Tweede Paasdag 6 April are no working days), minus 2 is Wednesday 1 April.
 */
export function werkdagenTerug(datum: IsoDate, n: number, extraClosingDays?: readonly string[]): IsoDate {
  parseIsoDate(datum);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new DomainError("ongeldige_termijn", `Ongeldig aantal werkdagen: ${String(n)}. Gebruik 0 of meer.`);
  }
  let dag = datum;
  let geteld = 0;
  while (geteld < n) {
    dag = addDays(dag, -1);
    if (isWorkingDay(dag, extraClosingDays)) geteld += 1;
  }
  return dag;
}

/**
 * Working days left after `vandaag` up to and including `termijn`: on the day of the "nog 2 werkdagen"
 * warning this is 2; on the last day itself 0. Negative counts are not given: 0 once passed.
 */
export function werkdagenTot(vandaag: IsoDate, termijn: IsoDate, extraClosingDays?: readonly string[]): number {
  parseIsoDate(vandaag);
  parseIsoDate(termijn);
  let n = 0;
  for (let dag = addDays(vandaag, 1); compare(dag, termijn) <= 0; dag = addDays(dag, 1)) {
    if (isWorkingDay(dag, extraClosingDays)) n += 1;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Daily digest (dagoverzicht)
// ---------------------------------------------------------------------------

/**
 * The digest goes out on working days only (Europe/Amsterdam): not on Saturdays, Sundays, the
 * holidays of the Algemene termijnenwet (e.g. Tweede Paasdag), or the practice's own closing days.
 */
export function isDagoverzichtDag(vandaag: IsoDate, extraClosingDays?: readonly string[]): boolean {
  return isWorkingDay(vandaag, extraClosingDays);
}

/** The last date that still counts as "due within 7 days" on `vandaag`. */
export function dagoverzichtGrens(vandaag: IsoDate): IsoDate {
  return addDays(vandaag, DAGOVERZICHT_DAGEN);
}

export type TermijnVerzoek = {
  nummer: string;
  status: string;
  doelTermijn: IsoDate;
  wettelijkeTermijn: IsoDate;
};

export type DagoverzichtRegel<T extends TermijnVerzoek> = T & {
  /** Calendar days to the target (negative = overdue). */
  dagenTotDoel: number;
  /** Calendar days to the legal limit (negative = overdue). */
  dagenTotWettelijk: number;
  /** The target or the legal limit has passed. */
  teLaat: boolean;
};

/**
 * The requests for the digest of `vandaag`: open (closed and withdrawn ones never), with the target
 * (doelTermijn) or the legal limit within the next 7 calendar days or already passed. Overdue ones
 * first, then by the earliest of the two dates, then by number.
 */
export function dagoverzichtRegels<T extends TermijnVerzoek>(
  verzoeken: readonly T[],
  vandaag: IsoDate,
): DagoverzichtRegel<T>[] {
  parseIsoDate(vandaag);
  const grens = dagoverzichtGrens(vandaag);
  const regels: DagoverzichtRegel<T>[] = [];
  for (const v of verzoeken) {
    if (!isVerzoekStatus(v.status) || !isOpen(v.status)) continue;
    const eerste = minDate(v.doelTermijn, v.wettelijkeTermijn);
    if (compare(eerste, grens) > 0) continue;
    regels.push({
      ...v,
      dagenTotDoel: daysBetween(vandaag, v.doelTermijn),
      dagenTotWettelijk: daysBetween(vandaag, v.wettelijkeTermijn),
      teLaat: compare(eerste, vandaag) < 0,
    });
  }
  return regels.sort(
    (a, b) =>
      Number(b.teLaat) - Number(a.teLaat) ||
      compare(minDate(a.doelTermijn, a.wettelijkeTermijn), minDate(b.doelTermijn, b.wettelijkeTermijn)) ||
      compare(a.wettelijkeTermijn, b.wettelijkeTermijn) ||
      (a.nummer < b.nummer ? -1 : a.nummer > b.nummer ? 1 : 0),
  );
}

/** One digest per staff member per day: the outbox's unique key makes a second run send nothing. */
export function dagoverzichtSleutel(medewerkerId: string, vandaag: IsoDate): string {
  parseIsoDate(vandaag);
  return `dagoverzicht:${medewerkerId}:${vandaag}`;
}

// ---------------------------------------------------------------------------
// Escalation to the directie
// ---------------------------------------------------------------------------

/** The first day of the "nog 2 werkdagen" warning for this legal limit. */
export function escalatieVanaf(wettelijkeTermijn: IsoDate, extraClosingDays?: readonly string[]): IsoDate {
  return werkdagenTerug(wettelijkeTermijn, ESCALATIE_WERKDAGEN, extraClosingDays);
}

/**
 * The latest legal limit that is escalated on `vandaag`: a request with a later limit is not yet at
 * risk. (`escalatieVanaf(w) <= vandaag` exactly when `w <= escalatieHorizon(vandaag)`; the services
 * use it to pre-select rows in SQL.)
 */
export function escalatieHorizon(vandaag: IsoDate, extraClosingDays?: readonly string[]): IsoDate {
  return addWorkingDays(vandaag, ESCALATIE_WERKDAGEN, extraClosingDays);
}

/**
 * Which escalation is due for a request on `vandaag`, or null:
 * - "verlopen" once the legal limit (AVG art. 12 lid 3) has passed;
 * - "twee_werkdagen" from 2 working days before the legal limit up to and including the limit.
 * Closed and withdrawn requests are never escalated. A paused request (wacht_op_client) is skipped:
 * while the clock stands still its legal limit moves one day per day (EDPB 01/2022 r.o. 159), so it
 * is not at risk; when the client answers, the deadlines are recomputed and it can escalate then.
 */
export function escalatieFase(
  verzoek: { status: string; wettelijkeTermijn: IsoDate },
  vandaag: IsoDate,
  extraClosingDays?: readonly string[],
): EscalatieFase | null {
  parseIsoDate(vandaag);
  if (!isVerzoekStatus(verzoek.status) || !isOpen(verzoek.status)) return null;
  if (verzoek.status === "wacht_op_client") return null;
  if (compare(vandaag, verzoek.wettelijkeTermijn) > 0) return "verlopen";
  if (compare(vandaag, escalatieVanaf(verzoek.wettelijkeTermijn, extraClosingDays)) >= 0) return "twee_werkdagen";
  return null;
}

/**
 * The key of one escalation: per request, per stage, per legal limit. A new legal limit (after a
 * pause or an extension) can escalate again; the same stage for the same limit never twice.
 */
export function escalatieSleutel(verzoekId: string, fase: EscalatieFase, wettelijkeTermijn: IsoDate): string {
  parseIsoDate(wettelijkeTermijn);
  return `escalatie:${verzoekId}:${fase}:${wettelijkeTermijn}`;
}

/**
 * What the e-mail says about a draft decision that waits for a signature: "wacht op uw handtekening",
 * or, for the director who wrote the draft, that another director must sign it (four eyes).
 */
export type Handtekening = "uw_handtekening" | "andere_directeur";

export function handtekeningVoor(
  ontvangerId: string,
  concepten: readonly { opstellerId: string }[],
): Handtekening | null {
  if (concepten.length === 0) return null;
  return concepten.every((c) => c.opstellerId === ontvangerId) ? "andere_directeur" : "uw_handtekening";
}
