import { DomainError } from "./errors";

/**
 * Calendar dates as ISO strings `JJJJ-MM-DD` (no time, no time zone). Arithmetic is done on
 * whole day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), never on a
 * local-time `Date`, so the server's time zone and DST cannot shift a deadline by a day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Easter (and so the holiday calendar) is only computed for this range. */
export const EASTER_FIRST_YEAR = 1900;
export const EASTER_LAST_YEAR = 2199;
/**
 * The holiday calendar follows the Algemene termijnenwet as it reads since 5 mei was added (bill of
 * 1981) and Koninginnedag moved to the 29th on Sundays (1980). 1990 is safely after both; earlier
 * years are refused rather than answered wrongly.
 */
export const HOLIDAYS_FIRST_YEAR = 1990;
export const HOLIDAYS_LAST_YEAR = EASTER_LAST_YEAR;

function invalidDate(value: unknown): DomainError {
  return new DomainError(
    "ongeldige_datum",
    `Ongeldige datum "${String(value)}": gebruik de vorm JJJJ-MM-DD met een bestaande dag.`,
  );
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Days from civil date and back: H. Hinnant's integer algorithms (proleptic Gregorian).
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate(year, month, day);
}

function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new DomainError("ongeldige_datum", `De berekende datum valt buiten de jaren 0001-9999 (jaar ${year}).`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export type ParsedDate = { year: number; month: number; day: number };

/** Strict `JJJJ-MM-DD` with an existing day; anything else is a DomainError "ongeldige_datum". */
export function parseIsoDate(value: unknown): ParsedDate {
  if (typeof value !== "string") throw invalidDate(value);
  const match = ISO_DATE.exec(value);
  if (!match) throw invalidDate(value);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidDate(value);
  }
  return { year, month, day };
}

/** True when `value` is a valid `JJJJ-MM-DD` date. */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

function dayNumberOf(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return toDayNumber(year, month, day);
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new DomainError("ongeldige_termijn", `Ongeldig aantal ${what}: "${String(n)}". Gebruik een geheel getal.`);
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  requireInteger(days, "dagen");
  return fromDayNumber(dayNumberOf(date) + days);
}

export function addCalendarWeeks(date: IsoDate, weeks: number): IsoDate {
  requireInteger(weeks, "weken");
  return addDays(date, weeks * 7);
}

/** Same date `months` later; when that month is shorter, its last day (31 Aug + 1 = 30 Sep). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  requireInteger(months, "maanden");
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new DomainError("ongeldige_datum", `De berekende datum valt buiten de jaren 0001-9999 (jaar ${targetYear}).`);
  }
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** ISO weekday: 1 = maandag ... 6 = zaterdag, 7 = zondag. */
export function weekday(date: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday (4).
  return ((((dayNumberOf(date) + 3) % 7) + 7) % 7) + 1;
}

/** Signed number of days from `from` to `to` (2026-03-01 → 2026-03-03 is 2). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** -1, 0 or 1, for sorting and comparing dates. */
export function compare(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compare(a, b) >= 0 ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compare(a, b) <= 0 ? a : b;
}

const amsterdamFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar date in Europe/Amsterdam of an instant (docs/recht.md "Termijnen"): a request
 * received online at 23:30 local time on Monday was received on Monday, in winter and summer time.
 */
export function amsterdamDate(instant: Date): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new DomainError("ongeldige_datum", "Ongeldig tijdstip: geen geldige datum en tijd.");
  }
  const parts = amsterdamFormatter.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const iso = `${part("year")}-${part("month")}-${part("day")}`;
  parseIsoDate(iso);
  return iso;
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher), for 1900-2199. */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < EASTER_FIRST_YEAR || year > EASTER_LAST_YEAR) {
    throw new DomainError(
      "ongeldige_datum",
      `Pasen wordt alleen berekend voor de jaren ${EASTER_FIRST_YEAR}-${EASTER_LAST_YEAR}, niet voor ${String(year)}.`,
    );
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

export type PublicHoliday = { date: IsoDate; name: string };

/** The day the King's (before 2014: Queen's) birthday is celebrated, Atw art. 3 lid 1. */
function koningsdag(year: number): PublicHoliday {
  if (year >= 2014) {
    // Koningsdag 27 april; on a Sunday it moves to Saturday 26 april.
    const date = formatIsoDate(year, 4, 27);
    return { date: weekday(date) === 7 ? addDays(date, -1) : date, name: "Koningsdag" };
  }
  // Koninginnedag 30 april (1949-2013); since 1980 on a Sunday it moves to Saturday 29 april.
  const date = formatIsoDate(year, 4, 30);
  return { date: weekday(date) === 7 ? addDays(date, -1) : date, name: "Koninginnedag" };
}

const holidayCache = new Map<number, readonly PublicHoliday[]>();
const holidayDayNumberCache = new Map<number, ReadonlySet<number>>();

/**
 * The algemeen erkende feestdagen of Algemene termijnenwet art. 3 lid 1, plus Goede Vrijdag (lid 2),
 * sorted by date. Days equated by decree (lid 3) are not included: pass them as `extraClosingDays`.
 * Two holidays can share a date (Hemelvaartsdag on 5 mei, e.g. 2016): both are listed.
 */
export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  if (!Number.isInteger(year) || year < HOLIDAYS_FIRST_YEAR || year > HOLIDAYS_LAST_YEAR) {
    throw new DomainError(
      "ongeldige_datum",
      `Feestdagen worden alleen berekend voor de jaren ${HOLIDAYS_FIRST_YEAR}-${HOLIDAYS_LAST_YEAR}, niet voor ${String(year)}.`,
    );
  }
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: formatIsoDate(year, 1, 1), name: "Nieuwjaarsdag" },
    { date: addDays(easter, -2), name: "Goede Vrijdag" }, // Atw art. 3 lid 2
    { date: addDays(easter, 1), name: "Tweede Paasdag" },
    koningsdag(year),
    { date: formatIsoDate(year, 5, 5), name: "Bevrijdingsdag" }, // "de vijfde mei": every year
    { date: addDays(easter, 39), name: "Hemelvaartsdag" },
    { date: addDays(easter, 50), name: "Tweede Pinksterdag" },
    { date: formatIsoDate(year, 12, 25), name: "Eerste Kerstdag" },
    { date: formatIsoDate(year, 12, 26), name: "Tweede Kerstdag" },
  ];
  holidays.sort((x, y) => compare(x.date, y.date));
  const frozen = Object.freeze(holidays.map((h) => Object.freeze(h)));
  holidayCache.set(year, frozen);
  return frozen;
}

/** A validated, fast lookup of extra closing days (Atw art. 3 lid 3 decrees, configured). */
function closingDaySet(extraClosingDays: readonly string[] | undefined): ReadonlySet<number> {
  const set = new Set<number>();
  for (const day of extraClosingDays ?? []) set.add(dayNumberOf(day));
  return set;
}

function holidayDayNumbers(year: number): ReadonlySet<number> {
  let set = holidayDayNumberCache.get(year);
  if (!set) {
    set = new Set(dutchPublicHolidays(year).map((h) => dayNumberOf(h.date)));
    holidayDayNumberCache.set(year, set);
  }
  return set;
}

function isHolidayDayNumber(dayNumber: number, extra: ReadonlySet<number>): boolean {
  if (extra.has(dayNumber)) return true;
  const year = Number(fromDayNumber(dayNumber).slice(0, 4));
  return holidayDayNumbers(year).has(dayNumber);
}

function isWorkingDayNumber(dayNumber: number, extra: ReadonlySet<number>): boolean {
  const isoWeekday = ((((dayNumber + 3) % 7) + 7) % 7) + 1;
  return isoWeekday <= 5 && !isHolidayDayNumber(dayNumber, extra);
}

/** Atw art. 3 lid 1-2, and any `extraClosingDays` (decree days, art. 3 lid 3). */
export function isDutchPublicHoliday(date: IsoDate, extraClosingDays?: readonly string[]): boolean {
  return isHolidayDayNumber(dayNumberOf(date), closingDaySet(extraClosingDays));
}

/** Not a Saturday, Sunday, public holiday or extra closing day. */
export function isWorkingDay(date: IsoDate, extraClosingDays?: readonly string[]): boolean {
  return isWorkingDayNumber(dayNumberOf(date), closingDaySet(extraClosingDays));
}

/** The date itself when it is a working day, else the first working day after it (Atw art. 1). */
export function nextWorkingDay(date: IsoDate, extraClosingDays?: readonly string[]): IsoDate {
  const extra = closingDaySet(extraClosingDays);
  let day = dayNumberOf(date);
  while (!isWorkingDayNumber(day, extra)) day += 1;
  return fromDayNumber(day);
}

/**
 * The n-th working day after `date` (the start day itself does not count); 0 returns `date`.
 */
export function addWorkingDays(date: IsoDate, n: number, extraClosingDays?: readonly string[]): IsoDate {
  requireInteger(n, "werkdagen");
  if (n < 0) {
    throw new DomainError("ongeldige_termijn", `Ongeldig aantal werkdagen: ${n}. Gebruik 0 of meer.`);
  }
  const extra = closingDaySet(extraClosingDays);
  let day = dayNumberOf(date);
  let counted = 0;
  while (counted < n) {
    day += 1;
    if (isWorkingDayNumber(day, extra)) counted += 1;
  }
  return fromDayNumber(day);
}
