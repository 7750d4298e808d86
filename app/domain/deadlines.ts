import {
  addCalendarMonths,
  addCalendarWeeks,
  addDays,
  addWorkingDays,
  compare,
  daysBetween,
  type IsoDate,
  nextWorkingDay,
  parseIsoDate,
} from "./calendar";
import { DomainError } from "./errors";
import { parseVerzoektype, type Verzoektype } from "./request-types";

export { isDutchPublicHoliday } from "./calendar";

/** A period as the law and the reglementen state it: "4 weken", "één maand", "14 werkdagen". */
export type Period = { weeks: number } | { months: number } | { workingDays: number };

/** Longest period accepted anywhere (two years): larger values are typing errors, not deadlines. */
const MAX_PERIOD = { weeks: 104, months: 24, workingDays: 520 } as const;

const UNIT_NAMES = {
  weeks: ["week", "weken"],
  months: ["maand", "maanden"],
  workingDays: ["werkdag", "werkdagen"],
} as const;

type Unit = keyof typeof UNIT_NAMES;

function invalidPeriod(value: unknown, reason: string): DomainError {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return new DomainError("ongeldige_termijn", `Ongeldige termijn ${shown}: ${reason}`);
}

/**
 * Checks that `value` is exactly one of `{ weeks }`, `{ months }`, `{ workingDays }` with a whole
 * number from 1 up to two years; throws DomainError "ongeldige_termijn" otherwise.
 */
export function parsePeriod(value: unknown): Period {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidPeriod(value, "geef een aantal weken, maanden of werkdagen.");
  }
  const keys = Object.keys(value);
  const unit = keys[0];
  if (keys.length !== 1 || (unit !== "weeks" && unit !== "months" && unit !== "workingDays")) {
    throw invalidPeriod(value, "geef precies één van: weken, maanden of werkdagen.");
  }
  const amount: unknown = (value as Record<string, unknown>)[unit];
  const [, plural] = UNIT_NAMES[unit];
  if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 1) {
    throw invalidPeriod(value, `het aantal ${plural} moet een geheel getal van 1 of meer zijn.`);
  }
  if (amount > MAX_PERIOD[unit]) {
    throw invalidPeriod(value, `ten hoogste ${MAX_PERIOD[unit]} ${plural} (twee jaar).`);
  }
  return { [unit]: amount } as Period;
}

function unitOf(period: Period): { unit: Unit; amount: number } {
  if ("weeks" in period) return { unit: "weeks", amount: period.weeks };
  if ("months" in period) return { unit: "months", amount: period.months };
  return { unit: "workingDays", amount: period.workingDays };
}

/** Dutch wording for letters and screens: "4 weken", "1 maand", "14 werkdagen". */
export function describePeriod(period: Period): string {
  const { unit, amount } = unitOf(parsePeriod(period));
  const [singular, plural] = UNIT_NAMES[unit];
  return `${amount} ${amount === 1 ? singular : plural}`;
}

/**
 * The last day of a period that starts on the day of receipt.
 * Verordening 1182/71 art. 3 lid 1-2 en lid 4; EDPB 01/2022 r.o. 159-161: the day of receipt does
 * not count; weeks end on the same weekday, months on the same date or the month's last day; a
 * last day on a Saturday, Sunday or public holiday (Algemene termijnenwet art. 3) moves to the next
 * working day. `workingDays` counts working days after the day of receipt.
 */
export function addPeriod(receivedOn: string, period: Period, extraClosingDays?: readonly string[]): IsoDate {
  parseIsoDate(receivedOn);
  const { unit, amount } = unitOf(parsePeriod(period));
  const lastDay =
    unit === "weeks"
      ? addCalendarWeeks(receivedOn, amount)
      : unit === "months"
        ? addCalendarMonths(receivedOn, amount)
        : addWorkingDays(receivedOn, amount, extraClosingDays);
  return nextWorkingDay(lastDay, extraClosingDays);
}

/** AVG art. 12 lid 3: one month from receipt. */
export const LEGAL_LIMIT: Period = Object.freeze({ months: 1 });
/** AVG art. 12 lid 3: extended by at most two further months, so three months from receipt. */
export const EXTENDED_LEGAL_LIMIT: Period = Object.freeze({ months: 3 });

/**
 * WGBO art. 7:455 lid 1: care records are destroyed "binnen drie maanden" after the request. The
 * erasure's execution deadline never ends later (docs/decisions/022), whatever the reglement says.
 */
export const ERASURE_EXECUTION_LIMIT: Period = Object.freeze({ months: 3 });
/**
 * Longest erasure execution period a reglement may set, per unit, that never ends after three
 * months from any day of receipt: 3 months, 12 weeks (84 days; three months are at least 89), 55
 * working days (11 weeks plus the few public holidays in any 11 weeks, at most 6 around Easter and May: well under 89 days; the engine caps at three months anyway).
 */
export const MAX_ERASURE_EXECUTION = { months: 3, weeks: 12, workingDays: 55 } as const;

/**
 * The longest working-days target that never ends after the one-month limit, for every receipt
 * date 1990-2190 on the statutory holiday calendar (18 fails, e.g. received Friday 10 April 1992:
 * Easter and Koningsdag eat into the month). Checked in deadlines.test.ts.
 */
export const MAX_TARGET_WORKING_DAYS = 17;

export type ReglementTermijn = { target: Period; execution?: Period };
/** An organisation's own deadlines per request type (its privacyreglement). */
export type Reglement = Record<Verzoektype, ReglementTermijn>;

/** Default reglement (docs/recht.md "Termijnen"); each organisation may configure its own. */
export const DEFAULT_REGLEMENT: Readonly<Reglement> = deepFreeze({
  inzage: { target: { weeks: 4 } }, // reglement default; AVG art. 12 lid 3
  correctie: { target: { weeks: 4 }, execution: { workingDays: 14 } }, // reglement default; AVG art. 16, 19
  verwijdering: { target: { weeks: 4 }, execution: { months: 3 } }, // WGBO art. 7:455 lid 1: within three months
  afscherming: { target: { weeks: 4 }, execution: { workingDays: 14 } }, // reglement default; AVG art. 18
  bezwaar: { target: { months: 1 } }, // reglement default; AVG art. 12 lid 3, 21
  dataportabiliteit: { target: { months: 1 } }, // AVG art. 12 lid 3
  intrekking_toestemming: { target: { months: 1 } }, // AVG art. 7 lid 3: onverwijld, one month at most
});

function deepFreeze<T extends Record<string, unknown>>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === "object" && inner !== null) deepFreeze(inner as Record<string, unknown>);
  }
  return Object.freeze(value);
}

/**
 * Where the execution period starts: erasure of care records runs from receipt of the request
 * (WGBO art. 7:455 lid 1); the other executions from the decision (reglement).
 */
const EXECUTION_STARTS_AT: Record<Verzoektype, "ontvangst" | "besluit"> = {
  inzage: "besluit",
  correctie: "besluit",
  verwijdering: "ontvangst",
  afscherming: "besluit",
  bezwaar: "besluit",
  dataportabiliteit: "besluit",
  intrekking_toestemming: "besluit",
};

/**
 * A reglement's target (decision) period may never end after the GDPR month (AVG art. 12 lid 3),
 * whatever the day of receipt. Throws DomainError "termijn_boven_wettelijke_grens" otherwise.
 */
export function validateReglementPeriod(type: Verzoektype, period: Period): Period {
  const verzoektype = parseVerzoektype(type);
  const checked = parsePeriod(period);
  const { unit, amount } = unitOf(checked);
  const tooLong = (reason: string) =>
    new DomainError(
      "termijn_boven_wettelijke_grens",
      `De termijn van ${describePeriod(checked)} voor ${verzoektype.replace("_", " ")} is te lang: ${reason}`,
    );
  // 4 weeks = 28 days, and one month is at least 28 days: never later.
  if (unit === "weeks" && amount > 4) {
    throw tooLong("de AVG (art. 12 lid 3) staat ten hoogste één maand toe; kies 4 weken of minder.");
  }
  if (unit === "months" && amount > 1) {
    throw tooLong(
      "de AVG (art. 12 lid 3) staat ten hoogste één maand toe; verlenging met twee maanden kan alleen per verzoek, met redenen.",
    );
  }
  if (unit === "workingDays" && amount > MAX_TARGET_WORKING_DAYS) {
    throw tooLong(
      `rond Pasen en de meifeestdagen eindigen meer dan ${MAX_TARGET_WORKING_DAYS} werkdagen soms na de wettelijke maand (AVG art. 12 lid 3); kies ${MAX_TARGET_WORKING_DAYS} werkdagen of minder.`,
    );
  }
  return checked;
}

/**
 * An execution period: well-formed, and for an erasure never beyond the three months of WGBO art.
 * 7:455 lid 1 (MAX_ERASURE_EXECUTION). Throws DomainError "termijn_boven_wettelijke_grens".
 */
export function validateExecutionPeriod(type: Verzoektype, period: Period): Period {
  const checked = parsePeriod(period);
  if (parseVerzoektype(type) !== "verwijdering") return checked;
  const { unit, amount } = unitOf(checked);
  if (amount > MAX_ERASURE_EXECUTION[unit]) {
    throw new DomainError(
      "termijn_boven_wettelijke_grens",
      `De uitvoeringstermijn van ${describePeriod(checked)} voor verwijdering is te lang: de wet (artikel 7:455 lid 1 BW) vraagt vernietiging binnen drie maanden na het verzoek; kies ten hoogste 3 maanden, 12 weken of 55 werkdagen.`,
    );
  }
  return checked;
}

/** Validates a whole (partial) reglement: targets within the GDPR month, execution periods within the law. */
export function validateReglement(reglement: Partial<Reglement>): Partial<Reglement> {
  for (const [type, termijn] of Object.entries(reglement)) {
    if (termijn === undefined) continue;
    validateReglementPeriod(type as Verzoektype, termijn.target);
    if (termijn.execution !== undefined) validateExecutionPeriod(type as Verzoektype, termijn.execution);
  }
  return reglement;
}

/** A stop of the clock; `until: null` while the organisation still waits for the client's answer. */
export type Pause = { from: string; until: string | null };

export type RequestDeadlinesInput = {
  type: Verzoektype;
  receivedOn: string;
  pauses?: readonly Pause[];
  /** Extension announced to the client with reasons within the first month (AVG art. 12 lid 3). */
  extended?: boolean;
  /** Date of the decision: correction and restriction are executed within a period after it. */
  decidedOn?: string | null;
  reglement?: Partial<Reglement>;
  /** Days equated with public holidays by decree (Algemene termijnenwet art. 3 lid 3). */
  extraClosingDays?: readonly string[];
  /** Counts an open pause up to this date; without it an open pause counts 0 days so far. */
  today?: string;
};

export type RequestDeadlines = {
  /** The organisation's reglement deadline, never later than the one-month legal limit. */
  target: IsoDate;
  /** AVG art. 12 lid 3: one month, or three months when extended, from `start`. */
  legalLimit: IsoDate;
  /** Execution deadline (correctie, afscherming after the decision; verwijdering from receipt). */
  execution: IsoDate | null;
  pausedDays: number;
  /** Day of receipt plus the days the clock was paused: every period runs from here. */
  start: IsoDate;
  /** True when the reglement's own period ended after the legal month and was cut back to it. */
  targetClamped: boolean;
};

function invalidPause(message: string): DomainError {
  return new DomainError("ongeldige_opschorting", message);
}

/**
 * Days during which the clock stood still (EDPB 01/2022 r.o. 159). A pause from X until Y counts
 * daysBetween(X, Y) days; overlapping pauses count once. An open pause counts until `today`, or 0
 * when `today` is not given (the deadline shown is then the earliest it can be).
 */
export function pausedDaysOf(receivedOn: string, pauses: readonly Pause[], today?: string): number {
  parseIsoDate(receivedOn);
  if (today !== undefined) parseIsoDate(today);
  const intervals: Array<[IsoDate, IsoDate]> = [];
  for (const pause of pauses) {
    parseIsoDate(pause.from);
    if (compare(pause.from, receivedOn) < 0) {
      throw invalidPause(
        `Een opschorting kan niet beginnen (${pause.from}) vóór de ontvangst van het verzoek (${receivedOn}).`,
      );
    }
    let until: IsoDate;
    if (pause.until === null) {
      if (today === undefined) continue;
      if (compare(today, pause.from) < 0) {
        throw invalidPause(
          `De lopende opschorting begint (${pause.from}) na vandaag (${today}); controleer de datums.`,
        );
      }
      until = today;
    } else {
      parseIsoDate(pause.until);
      if (compare(pause.until, pause.from) < 0) {
        throw invalidPause(`Een opschorting kan niet eindigen (${pause.until}) vóór ze begint (${pause.from}).`);
      }
      until = pause.until;
    }
    intervals.push([pause.from, until]);
  }
  intervals.sort((a, b) => compare(a[0], b[0]));
  let total = 0;
  let coveredUntil: IsoDate | null = null;
  for (const [from, until] of intervals) {
    const effectiveFrom: IsoDate = coveredUntil !== null && compare(coveredUntil, from) > 0 ? coveredUntil : from;
    if (compare(until, effectiveFrom) > 0) total += daysBetween(effectiveFrom, until);
    if (coveredUntil === null || compare(until, coveredUntil) > 0) coveredUntil = until;
  }
  return total;
}

/** The deadlines of one request: the reglement's target, the GDPR limit and any execution deadline. */
export function requestDeadlines(input: RequestDeadlinesInput): RequestDeadlines {
  const type = parseVerzoektype(input.type);
  parseIsoDate(input.receivedOn);
  const extra = input.extraClosingDays;
  const termijn = input.reglement?.[type] ?? DEFAULT_REGLEMENT[type];
  const targetPeriod = parsePeriod(termijn.target);
  const executionPeriod = termijn.execution === undefined ? undefined : parsePeriod(termijn.execution);

  // EDPB 01/2022 r.o. 159: the days paused are added to the start date.
  const pausedDays = pausedDaysOf(input.receivedOn, input.pauses ?? [], input.today);
  const start = addDays(input.receivedOn, pausedDays);

  // The organisation's own closing days never move a legal limit: only the law's holidays do.
  const oneMonth = addPeriod(start, LEGAL_LIMIT);
  // AVG art. 12 lid 3: extension by two further months, so three months from receipt.
  const legalLimit = input.extended === true ? addPeriod(start, EXTENDED_LEGAL_LIMIT) : oneMonth;

  // A reglement may promise less than the GDPR, never more: cut back to the unextended month.
  const ownTarget = addPeriod(start, targetPeriod, extra);
  const targetClamped = compare(ownTarget, oneMonth) > 0;
  const target = targetClamped ? oneMonth : ownTarget;

  let execution: IsoDate | null = null;
  if (executionPeriod !== undefined) {
    if (EXECUTION_STARTS_AT[type] === "ontvangst") {
      execution = addPeriod(start, executionPeriod, extra);
    } else if (input.decidedOn !== undefined && input.decidedOn !== null) {
      parseIsoDate(input.decidedOn);
      if (compare(input.decidedOn, input.receivedOn) < 0) {
        throw new DomainError(
          "ongeldige_datum",
          `De datum van het besluit (${input.decidedOn}) ligt vóór de ontvangst van het verzoek (${input.receivedOn}).`,
        );
      }
      execution = addPeriod(input.decidedOn, executionPeriod, extra);
    }
  }

  // WGBO art. 7:455 lid 1: an erasure is carried out within three months of the request (the law's
  // holidays only), never planned later; a decision after that day is carried out on its own day.
  if (type === "verwijdering" && execution !== null) {
    const grens = addPeriod(start, ERASURE_EXECUTION_LIMIT);
    if (compare(execution, grens) > 0) execution = grens;
    if (input.decidedOn && compare(input.decidedOn, execution) > 0) execution = input.decidedOn;
  }

  return { target, legalLimit, execution, pausedDays, start, targetClamped };
}

/**
 * AVG art. 12 lid 3: the extension must be announced within the first month, so it is possible
 * only while `today` is on or before the unextended legal limit counted from `start`.
 */
export function extensionAllowed(start: string, today: string): boolean {
  parseIsoDate(today);
  return compare(today, addPeriod(start, LEGAL_LIMIT)) <= 0;
}
