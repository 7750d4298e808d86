import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarMonths,
  addCalendarWeeks,
  addDays,
  addWorkingDays,
  amsterdamDate,
  compare,
  daysBetween,
  dutchPublicHolidays,
  easterSunday,
  isDutchPublicHoliday,
  isIsoDate,
  isWorkingDay,
  nextWorkingDay,
  parseIsoDate,
  weekday,
} from "./calendar";
import { DomainError } from "./errors";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

/** Independent oracle: weekday via the built-in UTC Date (0 = Sunday). */
function utcDay(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** ISO date arbitrary 1990-2190, formatted by the built-in Date, not by the code under test. */
const isoDate = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2190-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("parseIsoDate", () => {
  it.each([
    "2026-02-30",
    "2026-2-1",
    "",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-04-31",
    "2025-02-29", // 2025 is no leap year
    "1900-02-29", // divisible by 100, not by 400
    "2100-02-29",
    " 2026-01-01",
    "2026-01-01T00:00",
    "01-03-2026",
    "0000-01-01",
  ])("rejects %j with code ongeldige_datum", (value) => {
    expect(codeOf(() => parseIsoDate(value))).toBe("ongeldige_datum");
  });

  it("rejects values that are not strings", () => {
    for (const value of [20260101, null, undefined, new Date("2026-01-01"), {}]) {
      expect(codeOf(() => parseIsoDate(value))).toBe("ongeldige_datum");
    }
  });

  it("gives a Dutch message that names the value and the expected form", () => {
    expect(() => parseIsoDate("2026-02-30")).toThrow(
      'Ongeldige datum "2026-02-30": gebruik de vorm JJJJ-MM-DD met een bestaande dag.',
    );
  });

  it("accepts existing days, including leap days", () => {
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate("2026-12-31")).toEqual({ year: 2026, month: 12, day: 31 });
    expect(isIsoDate("2026-03-02")).toBe(true);
    expect(isIsoDate("2026-3-2")).toBe(false);
  });

  it("every other function refuses a malformed date", () => {
    expect(codeOf(() => addDays("2026-02-30", 1))).toBe("ongeldige_datum");
    expect(codeOf(() => weekday("2026-2-1"))).toBe("ongeldige_datum");
    expect(codeOf(() => isWorkingDay(""))).toBe("ongeldige_datum");
    expect(codeOf(() => addCalendarMonths("31-01-2026", 1))).toBe("ongeldige_datum");
  });
});

describe("day arithmetic", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
    expect(addDays("2028-01-01", 366)).toBe("2029-01-01");
    expect(addDays("1970-01-01", 0)).toBe("1970-01-01");
  });

  it("adds calendar weeks", () => {
    expect(addCalendarWeeks("2026-03-02", 4)).toBe("2026-03-30");
    expect(addCalendarWeeks("2026-12-18", 2)).toBe("2027-01-01");
  });

  it("adds calendar months, falling back to the month's last day", () => {
    expect(addCalendarMonths("2026-03-05", 1)).toBe("2026-04-05");
    expect(addCalendarMonths("2026-08-31", 1)).toBe("2026-09-30");
    expect(addCalendarMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addCalendarMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addCalendarMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addCalendarMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addCalendarMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addCalendarMonths("2026-05-31", 12)).toBe("2027-05-31");
  });

  it("refuses a non-integer number of days, weeks or months", () => {
    expect(codeOf(() => addDays("2026-01-01", 1.5))).toBe("ongeldige_termijn");
    expect(codeOf(() => addCalendarWeeks("2026-01-01", Number.NaN))).toBe("ongeldige_termijn");
    expect(codeOf(() => addCalendarMonths("2026-01-01", Infinity))).toBe("ongeldige_termijn");
  });

  it("knows the weekday (1 = maandag, 7 = zondag)", () => {
    expect(weekday("1970-01-01")).toBe(4); // a Thursday
    expect(weekday("2000-01-01")).toBe(6); // a Saturday
    expect(weekday("2026-03-02")).toBe(1);
    expect(weekday("2026-03-08")).toBe(7);
    expect(weekday("2028-02-29")).toBe(2);
  });

  it("weekday agrees with the built-in UTC calendar for any date", () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(weekday(date) % 7).toBe(utcDay(date));
      }),
    );
  });

  it("addDays agrees with the built-in UTC calendar", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, n)).toBe(expected);
        expect(daysBetween(date, expected)).toBe(n);
      }),
    );
  });

  it("counts days between dates, signed", () => {
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
    expect(daysBetween("2026-03-11", "2026-03-04")).toBe(-7);
    expect(daysBetween("2026-03-04", "2026-03-04")).toBe(0);
  });

  it("compares dates", () => {
    expect(compare("2026-03-02", "2026-03-03")).toBe(-1);
    expect(compare("2026-03-03", "2026-03-02")).toBe(1);
    expect(compare("2026-03-02", "2026-03-02")).toBe(0);
    expect(compare("2025-12-31", "2026-01-01")).toBe(-1);
  });
});

describe("amsterdamDate", () => {
  it("a request at 23:30 local time (winter) is received that day", () => {
    expect(amsterdamDate(new Date("2026-03-02T22:30:00Z"))).toBe("2026-03-02"); // 23:30 CET
    expect(amsterdamDate(new Date("2026-03-02T23:30:00Z"))).toBe("2026-03-03"); // 00:30 CET
  });

  it("is right on both sides of the switch to summer time (29 March 2026, 01:00 UTC)", () => {
    expect(amsterdamDate(new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28"); // 23:59:59 CET
    expect(amsterdamDate(new Date("2026-03-28T23:00:00Z"))).toBe("2026-03-29"); // 00:00 CET
    expect(amsterdamDate(new Date("2026-03-29T00:59:59Z"))).toBe("2026-03-29"); // 01:59:59 CET
    expect(amsterdamDate(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29"); // 03:00 CEST
    expect(amsterdamDate(new Date("2026-03-29T21:30:00Z"))).toBe("2026-03-29"); // 23:30 CEST
    expect(amsterdamDate(new Date("2026-03-29T22:00:00Z"))).toBe("2026-03-30"); // 00:00 CEST
  });

  it("is right on both sides of the switch to winter time (25 October 2026, 01:00 UTC)", () => {
    expect(amsterdamDate(new Date("2026-10-24T21:59:59Z"))).toBe("2026-10-24"); // 23:59:59 CEST
    expect(amsterdamDate(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25"); // 00:00 CEST
    expect(amsterdamDate(new Date("2026-10-25T00:59:59Z"))).toBe("2026-10-25"); // 02:59:59 CEST
    expect(amsterdamDate(new Date("2026-10-25T01:00:00Z"))).toBe("2026-10-25"); // 02:00 CET
    expect(amsterdamDate(new Date("2026-10-25T22:30:00Z"))).toBe("2026-10-25"); // 23:30 CET
    expect(amsterdamDate(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26"); // 00:00 CET
  });

  it("agrees with the EU summer-time rule for any instant 1996-2100", () => {
    // EU rule since 1996: UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of
    // October 01:00 UTC, UTC+1 otherwise.
    const lastSundayAt0100Utc = (year: number, month: number) => {
      const lastDay = new Date(Date.UTC(year, month + 1, 0));
      return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
    };
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1996-01-01T00:00:00Z"),
          max: new Date("2100-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (instant) => {
          const t = instant.getTime();
          const year = instant.getUTCFullYear();
          const summer = t >= lastSundayAt0100Utc(year, 2) && t < lastSundayAt0100Utc(year, 9);
          const local = new Date(t + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
          expect(amsterdamDate(instant)).toBe(local);
        },
      ),
    );
  });

  it("refuses an invalid instant", () => {
    expect(codeOf(() => amsterdamDate(new Date("not a date")))).toBe("ongeldige_datum");
  });
});

describe("easterSunday", () => {
  // Published Easter dates (cross-checked against python-dateutil's independent implementation).
  const KNOWN: Record<number, string> = {
    2000: "04-23",
    2001: "04-15",
    2002: "03-31",
    2003: "04-20",
    2004: "04-11",
    2005: "03-27",
    2006: "04-16",
    2007: "04-08",
    2008: "03-23",
    2009: "04-12",
    2010: "04-04",
    2011: "04-24",
    2012: "04-08",
    2013: "03-31",
    2014: "04-20",
    2015: "04-05",
    2016: "03-27",
    2017: "04-16",
    2018: "04-01",
    2019: "04-21",
    2020: "04-12",
    2021: "04-04",
    2022: "04-17",
    2023: "04-09",
    2024: "03-31",
    2025: "04-20",
    2026: "04-05",
    2027: "03-28",
    2028: "04-16",
    2029: "04-01",
    2030: "04-21",
    2031: "04-13",
    2032: "03-28",
    2033: "04-17",
    2034: "04-09",
    2035: "03-25",
    2036: "04-13",
    2037: "04-05",
    2038: "04-25",
    2039: "04-10",
    2040: "04-01",
  };

  it.each(Object.entries(KNOWN))("Easter %s is on %s", (year, monthDay) => {
    expect(easterSunday(Number(year))).toBe(`${year}-${monthDay}`);
  });

  it("handles the edge years", () => {
    expect(easterSunday(1900)).toBe("1900-04-15");
    expect(easterSunday(1913)).toBe("1913-03-23"); // near the earliest possible date, 22 March
    expect(easterSunday(2038)).toBe("2038-04-25"); // the latest possible date
    expect(easterSunday(2199)).toBe("2199-04-14");
  });

  it("refuses years outside 1900-2199", () => {
    expect(codeOf(() => easterSunday(2285))).toBe("ongeldige_datum");
    expect(codeOf(() => easterSunday(1899))).toBe("ongeldige_datum");
    expect(codeOf(() => easterSunday(2200))).toBe("ongeldige_datum");
    expect(codeOf(() => easterSunday(2026.5))).toBe("ongeldige_datum");
    expect(() => easterSunday(2285)).toThrow(/1900-2199/);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1900; year <= 2199; year++) {
      const easter = easterSunday(year);
      expect(utcDay(easter)).toBe(0);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });
});

describe("dutchPublicHolidays (Algemene termijnenwet art. 3)", () => {
  const EXPECTED: Record<number, Array<[string, string]>> = {
    // Easter 5 April 2026 (Sunday)
    2026: [
      ["2026-01-01", "Nieuwjaarsdag"], // Thursday
      ["2026-04-03", "Goede Vrijdag"],
      ["2026-04-06", "Tweede Paasdag"],
      ["2026-04-27", "Koningsdag"], // Monday
      ["2026-05-05", "Bevrijdingsdag"], // Tuesday
      ["2026-05-14", "Hemelvaartsdag"], // Thursday, Easter + 39
      ["2026-05-25", "Tweede Pinksterdag"], // Monday, Easter + 50
      ["2026-12-25", "Eerste Kerstdag"], // Friday
      ["2026-12-26", "Tweede Kerstdag"], // Saturday
    ],
    // Easter 28 March 2027
    2027: [
      ["2027-01-01", "Nieuwjaarsdag"],
      ["2027-03-26", "Goede Vrijdag"],
      ["2027-03-29", "Tweede Paasdag"],
      ["2027-04-27", "Koningsdag"], // Tuesday
      ["2027-05-05", "Bevrijdingsdag"], // Wednesday
      ["2027-05-06", "Hemelvaartsdag"], // Thursday
      ["2027-05-17", "Tweede Pinksterdag"],
      ["2027-12-25", "Eerste Kerstdag"], // Saturday
      ["2027-12-26", "Tweede Kerstdag"], // Sunday
    ],
    // Easter 16 April 2028
    2028: [
      ["2028-01-01", "Nieuwjaarsdag"], // Saturday
      ["2028-04-14", "Goede Vrijdag"],
      ["2028-04-17", "Tweede Paasdag"],
      ["2028-04-27", "Koningsdag"], // Thursday
      ["2028-05-05", "Bevrijdingsdag"], // Friday
      ["2028-05-25", "Hemelvaartsdag"],
      ["2028-06-05", "Tweede Pinksterdag"],
      ["2028-12-25", "Eerste Kerstdag"], // Monday
      ["2028-12-26", "Tweede Kerstdag"], // Tuesday
    ],
    // Easter 1 April 2029
    2029: [
      ["2029-01-01", "Nieuwjaarsdag"], // Monday
      ["2029-03-30", "Goede Vrijdag"],
      ["2029-04-02", "Tweede Paasdag"],
      ["2029-04-27", "Koningsdag"], // Friday
      ["2029-05-05", "Bevrijdingsdag"], // Saturday
      ["2029-05-10", "Hemelvaartsdag"],
      ["2029-05-21", "Tweede Pinksterdag"],
      ["2029-12-25", "Eerste Kerstdag"], // Tuesday
      ["2029-12-26", "Tweede Kerstdag"], // Wednesday
    ],
    // Easter 21 April 2030
    2030: [
      ["2030-01-01", "Nieuwjaarsdag"], // Tuesday
      ["2030-04-19", "Goede Vrijdag"],
      ["2030-04-22", "Tweede Paasdag"],
      ["2030-04-27", "Koningsdag"], // Saturday: stays on the 27th (only a Sunday moves)
      ["2030-05-05", "Bevrijdingsdag"], // Sunday: no replacement day
      ["2030-05-30", "Hemelvaartsdag"],
      ["2030-06-10", "Tweede Pinksterdag"],
      ["2030-12-25", "Eerste Kerstdag"], // Wednesday
      ["2030-12-26", "Tweede Kerstdag"], // Thursday
    ],
  };

  it.each(Object.keys(EXPECTED))("lists every holiday of %s", (year) => {
    const actual = dutchPublicHolidays(Number(year)).map((h) => [h.date, h.name]);
    expect(actual).toEqual(EXPECTED[Number(year)]);
    for (const [date] of EXPECTED[Number(year)] ?? []) {
      expect(isDutchPublicHoliday(date)).toBe(true);
    }
  });

  it("moves Koningsdag to Saturday 26 April when 27 April is a Sunday (2025, 2031)", () => {
    expect(utcDay("2025-04-27")).toBe(0);
    expect(isDutchPublicHoliday("2025-04-26")).toBe(true);
    expect(isDutchPublicHoliday("2025-04-27")).toBe(false);
    expect(isDutchPublicHoliday("2025-04-28")).toBe(false); // no Monday replacement
    expect(utcDay("2031-04-27")).toBe(0);
    expect(isDutchPublicHoliday("2031-04-26")).toBe(true);
    expect(isDutchPublicHoliday("2031-04-27")).toBe(false);
    expect(dutchPublicHolidays(2031).find((h) => h.name === "Koningsdag")?.date).toBe("2031-04-26");
    expect(isDutchPublicHoliday("2030-04-26")).toBe(false); // 27 April 2030 is a Saturday itself
  });

  it("uses Koninginnedag (30 April, 29 April on a Sunday) before 2014", () => {
    expect(isDutchPublicHoliday("2013-04-30")).toBe(true);
    expect(isDutchPublicHoliday("2013-04-27")).toBe(false);
    expect(isDutchPublicHoliday("2006-04-29")).toBe(true); // 30 April 2006 was a Sunday
    expect(isDutchPublicHoliday("2006-04-30")).toBe(false);
    expect(isDutchPublicHoliday("2014-04-26")).toBe(true); // first Koningsdag, 27th a Sunday
  });

  it("counts 5 mei every year, not only in lustrum years", () => {
    for (let year = 1990; year <= 2199; year++) {
      expect(isDutchPublicHoliday(`${year}-05-05`)).toBe(true);
    }
  });

  it("lists both holidays when Hemelvaartsdag falls on 5 mei (2016)", () => {
    const onFifthOfMay = dutchPublicHolidays(2016).filter((h) => h.date === "2016-05-05");
    expect(onFifthOfMay.map((h) => h.name).sort()).toEqual(["Bevrijdingsdag", "Hemelvaartsdag"]);
  });

  it("does not count Eerste Paasdag, Eerste Pinksterdag or decree days as holidays by themselves", () => {
    expect(isDutchPublicHoliday("2026-04-05")).toBe(false); // Eerste Paasdag, a Sunday
    expect(isDutchPublicHoliday("2026-05-24")).toBe(false); // Eerste Pinksterdag, a Sunday
    expect(isDutchPublicHoliday("2026-05-15")).toBe(false); // Friday after Ascension
    expect(isDutchPublicHoliday("2026-12-24")).toBe(false);
    expect(isDutchPublicHoliday("2026-12-31")).toBe(false);
  });

  it("puts every holiday on its proper weekday in 1990-2199", () => {
    for (let year = 1990; year <= 2199; year++) {
      const holidays = dutchPublicHolidays(year);
      const dayOf = (name: string) => utcDay(holidays.find((h) => h.name === name)?.date ?? "");
      expect(holidays).toHaveLength(9);
      expect(dayOf("Goede Vrijdag")).toBe(5);
      expect(dayOf("Tweede Paasdag")).toBe(1);
      expect(dayOf("Hemelvaartsdag")).toBe(4);
      expect(dayOf("Tweede Pinksterdag")).toBe(1);
      expect(dayOf(year >= 2014 ? "Koningsdag" : "Koninginnedag")).not.toBe(0);
      expect(holidays.every((h) => h.date.startsWith(`${year}-`))).toBe(true);
    }
  });

  it("refuses years outside the supported range", () => {
    expect(codeOf(() => dutchPublicHolidays(1989))).toBe("ongeldige_datum");
    expect(codeOf(() => dutchPublicHolidays(2200))).toBe("ongeldige_datum");
    expect(codeOf(() => isDutchPublicHoliday("2200-01-01"))).toBe("ongeldige_datum");
  });

  it("treats configured extra closing days (Atw art. 3 lid 3) as holidays", () => {
    expect(isDutchPublicHoliday("2026-05-15", ["2026-05-15"])).toBe(true);
    expect(isWorkingDay("2026-05-15")).toBe(true);
    expect(isWorkingDay("2026-05-15", ["2026-05-15"])).toBe(false);
    expect(codeOf(() => isWorkingDay("2026-05-15", ["15-05-2026"]))).toBe("ongeldige_datum");
  });
});

describe("working days", () => {
  it("recognises weekends and holidays", () => {
    expect(isWorkingDay("2026-03-02")).toBe(true); // Monday
    expect(isWorkingDay("2026-03-07")).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-08")).toBe(false); // Sunday
    expect(isWorkingDay("2026-04-03")).toBe(false); // Goede Vrijdag
    expect(isWorkingDay("2026-05-05")).toBe(false); // Bevrijdingsdag, Tuesday
  });

  it("nextWorkingDay returns the day itself when it is a working day", () => {
    expect(nextWorkingDay("2026-03-02")).toBe("2026-03-02");
    expect(nextWorkingDay("2026-03-07")).toBe("2026-03-09"); // Saturday → Monday
    expect(nextWorkingDay("2026-04-03")).toBe("2026-04-07"); // Goede Vrijdag → Tuesday after Easter
    expect(nextWorkingDay("2026-12-25")).toBe("2026-12-28"); // Christmas Friday → Monday
    expect(nextWorkingDay("2026-05-14", ["2026-05-15"])).toBe("2026-05-18");
  });

  it("addWorkingDays counts the days after the start day", () => {
    expect(addWorkingDays("2026-03-02", 0)).toBe("2026-03-02");
    expect(addWorkingDays("2026-03-02", 1)).toBe("2026-03-03"); // Monday → Tuesday
    expect(addWorkingDays("2026-03-06", 1)).toBe("2026-03-09"); // Friday → Monday
    expect(addWorkingDays("2026-03-07", 1)).toBe("2026-03-09"); // Saturday → Monday
    // Tue 31 March 2026: Wed 1, Thu 2, (Goede Vrijdag, weekend, Tweede Paasdag), Tue 7 ... Wed 22 April
    expect(addWorkingDays("2026-03-31", 14)).toBe("2026-04-22");
  });

  it("refuses a negative or fractional number of working days", () => {
    expect(codeOf(() => addWorkingDays("2026-03-02", -1))).toBe("ongeldige_termijn");
    expect(codeOf(() => addWorkingDays("2026-03-02", 2.5))).toBe("ongeldige_termijn");
  });

  it("addWorkingDays(n) has exactly n working days after the start, and ends on one", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (date, n) => {
        const end = addWorkingDays(date, n);
        let counted = 0;
        for (let day = addDays(date, 1); compare(day, end) <= 0; day = addDays(day, 1)) {
          const weekend = utcDay(day) === 0 || utcDay(day) === 6;
          if (!weekend && !isDutchPublicHoliday(day)) counted += 1;
        }
        expect(counted).toBe(n);
        if (n > 0) expect(isWorkingDay(end)).toBe(true);
        else expect(end).toBe(date);
      }),
    );
  });
});
