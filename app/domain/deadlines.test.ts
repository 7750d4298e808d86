import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, compare, daysBetween, isWorkingDay } from "./calendar";
import {
  addPeriod,
  DEFAULT_REGLEMENT,
  describePeriod,
  EXTENDED_LEGAL_LIMIT,
  extensionAllowed,
  isDutchPublicHoliday,
  LEGAL_LIMIT,
  MAX_TARGET_WORKING_DAYS,
  type Period,
  parsePeriod,
  requestDeadlines,
  validateReglement,
  validateReglementPeriod,
} from "./deadlines";
import { DomainError } from "./errors";
import { VERZOEKTYPEN } from "./request-types";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

/** Independent oracle: weekday via the built-in UTC Date (0 = Sunday, 6 = Saturday). */
function utcDay(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Independent oracle for the unrolled (not yet shifted) last day, using the built-in UTC Date. */
function unrolled(receivedOn: string, period: { weeks: number } | { months: number }): string {
  const [y, m, d] = receivedOn.split("-").map(Number) as [number, number, number];
  if ("weeks" in period) {
    return new Date(Date.UTC(y, m - 1, d + 7 * period.weeks)).toISOString().slice(0, 10);
  }
  const lastDayOfTargetMonth = new Date(Date.UTC(y, m - 1 + period.months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + period.months, Math.min(d, lastDayOfTargetMonth))).toISOString().slice(0, 10);
}

const isoDate = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2190-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const weeksOrMonths = fc.oneof(
  fc.integer({ min: 1, max: 104 }).map((weeks) => ({ weeks })),
  fc.integer({ min: 1, max: 24 }).map((months) => ({ months })),
);
const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  weeksOrMonths,
  fc.integer({ min: 1, max: 520 }).map((workingDays) => ({ workingDays })),
);

describe("addPeriod: hand-checked dates 2025-2031", () => {
  // [received, period, expected, the calendar reasoning]
  const CASES: Array<[string, Period, string, string]> = [
    // Month ends
    ["2026-08-31", { months: 1 }, "2026-09-30", "Mon 31 Aug → no 31 Sep → Wed 30 Sep"],
    ["2029-01-31", { months: 1 }, "2029-02-28", "Wed 31 Jan → Wed 28 Feb (2029 no leap year)"],
    ["2029-01-30", { months: 1 }, "2029-02-28", "Tue 30 Jan → no 30 Feb → Wed 28 Feb"],
    ["2028-01-31", { months: 1 }, "2028-02-29", "Mon 31 Jan → leap day Tue 29 Feb"],
    ["2028-01-30", { months: 1 }, "2028-02-29", "Sun 30 Jan → no 30 Feb → Tue 29 Feb (leap)"],
    ["2028-02-29", { months: 1 }, "2028-03-29", "Tue 29 Feb → Wed 29 Mar"],
    ["2026-01-31", { months: 1 }, "2026-03-02", "Sat 31 Jan → Sat 28 Feb → Mon 2 Mar"],
    ["2027-01-31", { months: 1 }, "2027-03-01", "Sun 31 Jan → Sun 28 Feb → Mon 1 Mar"],
    ["2026-10-31", { months: 1 }, "2026-11-30", "Sat 31 Oct → no 31 Nov → Mon 30 Nov"],
    ["2026-12-31", { months: 1 }, "2027-02-01", "Thu 31 Dec → Sun 31 Jan → Mon 1 Feb"],
    ["2029-12-31", { months: 2 }, "2030-02-28", "Mon 31 Dec → no 31 Feb → Thu 28 Feb"],
    ["2026-11-30", { months: 3 }, "2027-03-01", "Mon 30 Nov → Sun 28 Feb → Mon 1 Mar"],
    ["2028-11-30", { months: 3 }, "2029-02-28", "Thu 30 Nov → Wed 28 Feb"],
    ["2027-11-30", { months: 3 }, "2028-02-29", "Tue 30 Nov → Tue 29 Feb (leap)"],
    // Plain weeks and months, weekend shifts
    ["2026-03-02", { weeks: 4 }, "2026-03-30", "Mon 2 Mar → Mon 30 Mar, same weekday"],
    ["2026-03-10", { months: 1 }, "2026-04-10", "Tue 10 Mar → Fri 10 Apr"],
    ["2026-09-12", { weeks: 4 }, "2026-10-12", "Sat 12 Sep → Sat 10 Oct → Mon 12 Oct"],
    // Easter: Goede Vrijdag and Tweede Paasdag
    ["2026-03-05", { months: 1 }, "2026-04-07", "Thu 5 Mar → Easter Sun 5 Apr, Easter Mon 6 → Tue 7 Apr"],
    [
      "2027-02-26",
      { weeks: 4 },
      "2027-03-30",
      "Fri 26 Feb → Goede Vrijdag 26 Mar, weekend, Tweede Paasdag 29 → Tue 30 Mar",
    ],
    ["2027-02-26", { months: 1 }, "2027-03-30", "Fri 26 Feb → Goede Vrijdag 26 Mar → Tue 30 Mar"],
    ["2029-03-02", { weeks: 4 }, "2029-04-03", "Fri 2 Mar → Goede Vrijdag 30 Mar, Tweede Paasdag 2 Apr → Tue 3 Apr"],
    ["2030-03-19", { months: 1 }, "2030-04-23", "Tue 19 Mar → Goede Vrijdag 19 Apr → Tue 23 Apr"],
    ["2030-03-22", { months: 1 }, "2030-04-23", "Fri 22 Mar → Tweede Paasdag Mon 22 Apr → Tue 23 Apr"],
    ["2028-03-20", { weeks: 4 }, "2028-04-18", "Mon 20 Mar → Tweede Paasdag Mon 17 Apr → Tue 18 Apr"],
    // Hemelvaartsdag (the Friday after is not skipped unless configured)
    ["2026-04-14", { months: 1 }, "2026-05-15", "Tue 14 Apr → Hemelvaartsdag Thu 14 May → Fri 15 May"],
    ["2029-04-10", { months: 1 }, "2029-05-11", "Tue 10 Apr → Hemelvaartsdag Thu 10 May → Fri 11 May"],
    ["2028-04-27", { weeks: 4 }, "2028-05-26", "Thu 27 Apr → Hemelvaartsdag Thu 25 May → Fri 26 May"],
    // Tweede Pinksterdag
    ["2026-04-27", { weeks: 4 }, "2026-05-26", "Mon 27 Apr → Tweede Pinksterdag Mon 25 May → Tue 26 May"],
    ["2028-05-05", { months: 1 }, "2028-06-06", "Fri 5 May → Tweede Pinksterdag Mon 5 Jun → Tue 6 Jun"],
    ["2030-05-13", { weeks: 4 }, "2030-06-11", "Mon 13 May → Tweede Pinksterdag Mon 10 Jun → Tue 11 Jun"],
    // Koningsdag
    ["2026-03-27", { months: 1 }, "2026-04-28", "Fri 27 Mar → Koningsdag Mon 27 Apr → Tue 28 Apr"],
    ["2027-03-30", { weeks: 4 }, "2027-04-28", "Tue 30 Mar → Koningsdag Tue 27 Apr → Wed 28 Apr"],
    ["2029-03-27", { months: 1 }, "2029-04-30", "Tue 27 Mar → Koningsdag Fri 27 Apr → Mon 30 Apr"],
    [
      "2025-03-27",
      { months: 1 },
      "2025-04-28",
      "Thu 27 Mar → Sun 27 Apr (Koningsdag was Sat 26) → Mon 28 Apr is a working day",
    ],
    ["2031-03-29", { weeks: 4 }, "2031-04-28", "Sat 29 Mar → Koningsdag Sat 26 Apr (27th a Sunday) → Mon 28 Apr"],
    // 5 mei, every year
    ["2026-04-07", { weeks: 4 }, "2026-05-06", "Tue 7 Apr → Bevrijdingsdag Tue 5 May → Wed 6 May"],
    [
      "2027-04-05",
      { months: 1 },
      "2027-05-07",
      "Mon 5 Apr → Bevrijdingsdag Wed 5 May, Hemelvaartsdag Thu 6 → Fri 7 May",
    ],
    ["2028-04-07", { weeks: 4 }, "2028-05-08", "Fri 7 Apr → Bevrijdingsdag Fri 5 May → Mon 8 May"],
    ["2030-04-05", { months: 1 }, "2030-05-06", "Fri 5 Apr → Sun 5 May → Mon 6 May (no replacement day)"],
    // Christmas and New Year
    ["2026-11-25", { months: 1 }, "2026-12-28", "Wed 25 Nov → Kerst Fri 25, Sat 26, Sun 27 → Mon 28 Dec"],
    ["2029-11-27", { weeks: 4 }, "2029-12-27", "Tue 27 Nov → Kerst Tue 25 and Wed 26 → Thu 27 Dec"],
    ["2027-11-26", { months: 1 }, "2027-12-27", "Fri 26 Nov → Tweede Kerstdag Sun 26 Dec → Mon 27 Dec"],
    ["2026-12-18", { weeks: 1 }, "2026-12-28", "Fri 18 Dec → Eerste Kerstdag Fri 25 → Mon 28 Dec"],
    ["2026-12-01", { months: 1 }, "2027-01-04", "Tue 1 Dec → Nieuwjaarsdag Fri 1 Jan → Mon 4 Jan"],
    ["2029-12-04", { weeks: 4 }, "2030-01-02", "Tue 4 Dec → Nieuwjaarsdag Tue 1 Jan → Wed 2 Jan"],
    ["2027-12-04", { weeks: 4 }, "2028-01-03", "Sat 4 Dec → Nieuwjaarsdag Sat 1 Jan → Mon 3 Jan"],
    // Working days
    [
      "2026-03-31",
      { workingDays: 14 },
      "2026-04-22",
      "Tue 31 Mar: 1 Wed, 2 Thu, skip Goede Vrijdag/weekend/Tweede Paasdag, Tue 7 ... Wed 22 Apr is the 14th",
    ],
    [
      "2027-03-26",
      { workingDays: 1 },
      "2027-03-30",
      "Goede Vrijdag 26 Mar: Sat, Sun, Tweede Paasdag Mon 29 skipped → Tue 30 Mar",
    ],
    [
      "2026-04-24",
      { workingDays: 5 },
      "2026-05-04",
      "Fri 24 Apr: skip Koningsdag Mon 27; Tue 28, Wed 29, Thu 30, Fri 1, Mon 4 May",
    ],
    ["2026-04-24", { workingDays: 6 }, "2026-05-06", "as above, then skip Bevrijdingsdag Tue 5 → Wed 6 May"],
    [
      "2026-05-13",
      { workingDays: 14 },
      "2026-06-04",
      "Wed 13 May: skip Hemelvaartsdag 14 and Tweede Pinksterdag 25 → Thu 4 Jun",
    ],
    ["2026-12-24", { workingDays: 3 }, "2026-12-30", "Thu 24 Dec: skip 25, weekend; Mon 28, Tue 29, Wed 30 Dec"],
    ["2026-12-24", { workingDays: 5 }, "2027-01-04", "as above, Thu 31, skip Nieuwjaarsdag Fri 1 → Mon 4 Jan"],
    [
      "2029-12-21",
      { workingDays: 5 },
      "2030-01-02",
      "Fri 21 Dec: Mon 24, skip 25-26, Thu 27, Fri 28, Mon 31, skip 1 Jan → Wed 2 Jan",
    ],
  ];

  it.each(CASES)("%s + %j → %s (%s)", (receivedOn, period, expected) => {
    expect(addPeriod(receivedOn, period)).toBe(expected);
  });

  it("the reasoning weekdays in this table match the real calendar", () => {
    const dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    for (const [receivedOn, , expected, reasoning] of CASES) {
      const receivedDay = dayNames[utcDay(receivedOn)] ?? "";
      const expectedDay = dayNames[utcDay(expected)] ?? "";
      if (/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(reasoning)) {
        expect(reasoning.startsWith(receivedDay), `${receivedOn}: ${reasoning}`).toBe(true);
      }
      expect(reasoning.includes(`${expectedDay} ${Number(expected.slice(8))}`), reasoning).toBe(true);
    }
  });

  it("skips configured decree days (Atw art. 3 lid 3) only when given", () => {
    // Hemelvaartsdag Thu 14 May 2026; the Friday after, 15 May, as an extra closing day → Mon 18 May
    expect(addPeriod("2026-04-14", { months: 1 }, ["2026-05-15"])).toBe("2026-05-18");
    expect(addPeriod("2026-04-14", { months: 1 })).toBe("2026-05-15");
  });

  it("re-exports isDutchPublicHoliday", () => {
    expect(isDutchPublicHoliday("2026-04-03")).toBe(true); // Goede Vrijdag
    expect(isDutchPublicHoliday("2026-04-02")).toBe(false);
  });
});

describe("addPeriod: bad input", () => {
  it.each([
    [{ weeks: 0 }],
    [{ months: -1 }],
    [{ weeks: 1.5 }],
    [{ months: 1000 }],
    [{ workingDays: 10_000 }],
    [{ weeks: Number.NaN }],
    [{ weeks: "4" }],
    [{ days: 5 }],
    [{ weeks: 4, months: 1 }],
    [{}],
    [null],
    [[4]],
    ["4 weken"],
  ])("refuses period %j with ongeldige_termijn", (period) => {
    expect(codeOf(() => addPeriod("2026-03-02", period as unknown as Period))).toBe("ongeldige_termijn");
  });

  it("explains the problem in Dutch", () => {
    expect(() => addPeriod("2026-03-02", { months: 1000 })).toThrow(/ten hoogste 24 maanden/);
    expect(() => addPeriod("2026-03-02", { weeks: 0 })).toThrow(/geheel getal van 1 of meer/);
    expect(() => addPeriod("2026-03-02", { days: 3 } as unknown as Period)).toThrow(/weken, maanden of werkdagen/);
  });

  it("refuses a malformed date with ongeldige_datum", () => {
    expect(codeOf(() => addPeriod("2026-02-30", { weeks: 4 }))).toBe("ongeldige_datum");
    expect(codeOf(() => addPeriod("2026-2-1", { weeks: 4 }))).toBe("ongeldige_datum");
    expect(codeOf(() => addPeriod("", { months: 1 }))).toBe("ongeldige_datum");
  });

  it("refuses a result beyond the holiday calendar instead of guessing", () => {
    expect(codeOf(() => addPeriod("2199-12-20", { months: 1 }))).toBe("ongeldige_datum");
  });
});

describe("addPeriod: properties 1990-2190", () => {
  it("never ends on a Saturday, Sunday or public holiday", () => {
    fc.assert(
      fc.property(isoDate, anyPeriod, (receivedOn, period) => {
        const due = addPeriod(receivedOn, period);
        expect([0, 6]).not.toContain(utcDay(due));
        expect(isDutchPublicHoliday(due)).toBe(false);
        expect(compare(due, receivedOn)).toBe(1);
      }),
    );
  });

  it("ends on the unrolled date, or at most 4 days later when that is not a working day", () => {
    fc.assert(
      fc.property(isoDate, weeksOrMonths, (receivedOn, period) => {
        const due = addPeriod(receivedOn, period);
        const last = unrolled(receivedOn, period);
        const shift = daysBetween(last, due);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(4); // Goede Vrijdag → Tuesday after Easter
        if (isWorkingDay(last)) expect(due).toBe(last);
        // every day skipped over is a weekend day or holiday
        for (let day = last; compare(day, due) < 0; day = addDays(day, 1)) {
          expect(isWorkingDay(day)).toBe(false);
        }
      }),
    );
  });

  it("4 weeks never ends after 1 month", () => {
    fc.assert(
      fc.property(isoDate, (receivedOn) => {
        const fourWeeks = addPeriod(receivedOn, { weeks: 4 });
        const oneMonth = addPeriod(receivedOn, { months: 1 });
        expect(compare(fourWeeks, oneMonth)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("never moves earlier when the receipt date moves later (weeks, months, working days)", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 40 }), anyPeriod, (receivedOn, later, period) => {
        const laterReceipt = addDays(receivedOn, later);
        expect(compare(addPeriod(receivedOn, period), addPeriod(laterReceipt, period))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("working days: exactly n working days after the day of receipt", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 40 }), (receivedOn, n) => {
        const due = addPeriod(receivedOn, { workingDays: n });
        let counted = 0;
        for (let day = addDays(receivedOn, 1); compare(day, due) <= 0; day = addDays(day, 1)) {
          if (![0, 6].includes(utcDay(day)) && !isDutchPublicHoliday(day)) counted += 1;
        }
        expect(counted).toBe(n);
      }),
    );
  });
});

describe("reglement and its legal bound (AVG art. 12 lid 3)", () => {
  it("has the seed defaults", () => {
    expect(DEFAULT_REGLEMENT).toEqual({
      inzage: { target: { weeks: 4 } },
      correctie: { target: { weeks: 4 }, execution: { workingDays: 14 } },
      verwijdering: { target: { weeks: 4 }, execution: { months: 3 } },
      afscherming: { target: { weeks: 4 }, execution: { workingDays: 14 } },
      bezwaar: { target: { months: 1 } },
      dataportabiliteit: { target: { months: 1 } },
      intrekking_toestemming: { target: { months: 1 } },
    });
    expect(LEGAL_LIMIT).toEqual({ months: 1 });
    expect(EXTENDED_LEGAL_LIMIT).toEqual({ months: 3 });
    expect(Object.isFrozen(DEFAULT_REGLEMENT.correctie.execution)).toBe(true);
  });

  it("every default target is within the legal bound", () => {
    for (const type of VERZOEKTYPEN) {
      expect(() => validateReglementPeriod(type, DEFAULT_REGLEMENT[type].target)).not.toThrow();
    }
  });

  it.each([[{ weeks: 1 }], [{ weeks: 4 }], [{ months: 1 }], [{ workingDays: 10 }], [{ workingDays: 17 }]])(
    "accepts %j",
    (period) => {
      expect(validateReglementPeriod("inzage", period)).toEqual(period);
    },
  );

  it.each([[{ weeks: 5 }], [{ weeks: 6 }], [{ months: 2 }], [{ workingDays: 18 }], [{ workingDays: 20 }]])(
    "refuses %j with termijn_boven_wettelijke_grens",
    (period) => {
      expect(codeOf(() => validateReglementPeriod("bezwaar", period))).toBe("termijn_boven_wettelijke_grens");
    },
  );

  it("says why in Dutch", () => {
    expect(() => validateReglementPeriod("inzage", { weeks: 6 })).toThrow(
      /6 weken voor inzage is te lang: .*ten hoogste één maand/,
    );
    expect(() => validateReglementPeriod("correctie", { workingDays: 20 })).toThrow(/kies 17 werkdagen of minder/);
  });

  it("refuses malformed periods and unknown types with their own codes", () => {
    expect(codeOf(() => validateReglementPeriod("inzage", { weeks: 0 }))).toBe("ongeldige_termijn");
    expect(codeOf(() => validateReglementPeriod("klacht" as never, { weeks: 4 }))).toBe("onbekend_verzoektype");
    expect(codeOf(() => validateReglement({ bezwaar: { target: { months: 2 } } }))).toBe(
      "termijn_boven_wettelijke_grens",
    );
    expect(
      codeOf(() => validateReglement({ correctie: { target: { weeks: 4 }, execution: { workingDays: 0 } } })),
    ).toBe("ongeldige_termijn");
  });

  it(`${MAX_TARGET_WORKING_DAYS} working days never end after one month, for every day 1990-2190`, () => {
    for (let day = "1990-01-01"; compare(day, "2190-12-31") <= 0; day = addDays(day, 1)) {
      const workingDays = addPeriod(day, { workingDays: MAX_TARGET_WORKING_DAYS });
      const oneMonth = addPeriod(day, LEGAL_LIMIT);
      if (compare(workingDays, oneMonth) > 0) expect.fail(`${day}: ${workingDays} > ${oneMonth}`);
    }
  });

  it("one more working day can end after the month (received Fri 10 April 1992)", () => {
    // Easter 19 Apr 1992; skipped: Goede Vrijdag 17, Tweede Paasdag 20, Koninginnedag Thu 30 Apr,
    // Bevrijdingsdag Tue 5 May. 18 working days → Tue 12 May; one month → Sun 10 May → Mon 11 May.
    expect(addPeriod("1992-04-10", { workingDays: 18 })).toBe("1992-05-12");
    expect(addPeriod("1992-04-10", LEGAL_LIMIT)).toBe("1992-05-11");
    expect(addPeriod("1992-04-10", { workingDays: 17 })).toBe("1992-05-11");
  });

  it("describes periods in Dutch", () => {
    expect(describePeriod({ weeks: 4 })).toBe("4 weken");
    expect(describePeriod({ months: 1 })).toBe("1 maand");
    expect(describePeriod({ months: 3 })).toBe("3 maanden");
    expect(describePeriod({ workingDays: 14 })).toBe("14 werkdagen");
    expect(describePeriod({ weeks: 1 })).toBe("1 week");
    expect(parsePeriod({ workingDays: 1 })).toEqual({ workingDays: 1 });
  });
});

describe("requestDeadlines", () => {
  it("inzage received Mon 2 March 2026: target 4 weeks, legal limit one month", () => {
    expect(requestDeadlines({ type: "inzage", receivedOn: "2026-03-02" })).toEqual({
      target: "2026-03-30", // Mon 2 Mar + 4 weeks = Mon 30 Mar
      legalLimit: "2026-04-02", // Thu 2 Apr
      execution: null,
      pausedDays: 0,
      start: "2026-03-02",
      targetClamped: false,
    });
  });

  it("a pause shifts the start, the target and the legal limit by the days paused", () => {
    const deadlines = requestDeadlines({
      type: "inzage",
      receivedOn: "2026-03-02",
      pauses: [{ from: "2026-03-04", until: "2026-03-11" }], // 7 days
    });
    expect(deadlines.pausedDays).toBe(7);
    expect(deadlines.start).toBe("2026-03-09"); // Mon 9 Mar
    // Mon 9 Mar + 4 weeks = Tweede Paasdag Mon 6 Apr → Tue 7 Apr
    expect(deadlines.target).toBe("2026-04-07");
    expect(deadlines.legalLimit).toBe("2026-04-09"); // Thu 9 Apr
  });

  it("counts overlapping pauses once and adds separate ones", () => {
    const overlapping = requestDeadlines({
      type: "bezwaar",
      receivedOn: "2026-03-02",
      pauses: [
        { from: "2026-03-09", until: "2026-03-13" },
        { from: "2026-03-04", until: "2026-03-11" },
      ],
    });
    expect(overlapping.pausedDays).toBe(9); // 4 to 13 March
    expect(overlapping.start).toBe("2026-03-11"); // Wed 11 Mar
    expect(overlapping.legalLimit).toBe("2026-04-13"); // Sat 11 Apr → Mon 13 Apr
    expect(overlapping.target).toBe("2026-04-13"); // bezwaar: one month

    const separate = requestDeadlines({
      type: "inzage",
      receivedOn: "2026-03-02",
      pauses: [
        { from: "2026-03-03", until: "2026-03-05" },
        { from: "2026-03-10", until: "2026-03-11" },
      ],
    });
    expect(separate.pausedDays).toBe(3);
    expect(separate.start).toBe("2026-03-05");
  });

  it("counts an open pause up to today, or not at all without today", () => {
    const open = { from: "2026-03-04", until: null };
    const running = requestDeadlines({
      type: "inzage",
      receivedOn: "2026-03-02",
      pauses: [open],
      today: "2026-03-10",
    });
    expect(running.pausedDays).toBe(6);
    expect(running.start).toBe("2026-03-08"); // Sun 8 Mar
    expect(running.target).toBe("2026-04-07"); // Eerste Paasdag Sun 5 Apr → Tue 7 Apr
    expect(running.legalLimit).toBe("2026-04-08"); // Wed 8 Apr

    const noToday = requestDeadlines({ type: "inzage", receivedOn: "2026-03-02", pauses: [open] });
    expect(noToday.pausedDays).toBe(0);
    expect(noToday.legalLimit).toBe("2026-04-02");
  });

  it("an extension makes the legal limit three months from the (shifted) start", () => {
    const extended = requestDeadlines({ type: "inzage", receivedOn: "2026-03-02", extended: true });
    expect(extended.legalLimit).toBe("2026-06-02"); // Tue 2 June
    expect(extended.target).toBe("2026-03-30"); // the reglement's own date does not move

    const extendedAndPaused = requestDeadlines({
      type: "inzage",
      receivedOn: "2026-03-02",
      extended: true,
      pauses: [{ from: "2026-03-04", until: "2026-03-11" }],
    });
    expect(extendedAndPaused.legalLimit).toBe("2026-06-09"); // Mon 9 Mar + 3 months = Tue 9 June

    // Sat 28 Feb 2026 + 3 months = Thu 28 May, a working day.
    expect(requestDeadlines({ type: "bezwaar", receivedOn: "2026-02-28", extended: true }).legalLimit).toBe(
      "2026-05-28",
    );
  });

  it("correctie and afscherming: 14 working days after the decision, null until decided", () => {
    expect(requestDeadlines({ type: "correctie", receivedOn: "2026-03-02" }).execution).toBeNull();
    expect(requestDeadlines({ type: "correctie", receivedOn: "2026-03-02", decidedOn: null }).execution).toBeNull();
    // Decided Tue 31 Mar 2026: skipping Goede Vrijdag and Tweede Paasdag → Wed 22 Apr
    expect(requestDeadlines({ type: "correctie", receivedOn: "2026-03-02", decidedOn: "2026-03-31" }).execution).toBe(
      "2026-04-22",
    );
    // Decided Wed 13 May 2026: skipping Hemelvaartsdag and Tweede Pinksterdag → Thu 4 June
    expect(requestDeadlines({ type: "afscherming", receivedOn: "2026-04-20", decidedOn: "2026-05-13" }).execution).toBe(
      "2026-06-04",
    );
  });

  it("verwijdering: executed within three months of receipt, known from the start", () => {
    expect(requestDeadlines({ type: "verwijdering", receivedOn: "2026-03-02" }).execution).toBe(
      "2026-06-02", // Tue 2 June
    );
    expect(
      requestDeadlines({
        type: "verwijdering",
        receivedOn: "2026-03-02",
        pauses: [{ from: "2026-03-04", until: "2026-03-11" }],
      }).execution,
    ).toBe("2026-06-09"); // shifted start Mon 9 Mar + 3 months = Tue 9 June
  });

  it("inzage, bezwaar, dataportabiliteit and intrekking have no separate execution deadline", () => {
    for (const type of ["inzage", "bezwaar", "dataportabiliteit", "intrekking_toestemming"] as const) {
      expect(requestDeadlines({ type, receivedOn: "2026-03-02", decidedOn: "2026-03-20" }).execution).toBeNull();
    }
  });

  it("uses the organisation's own reglement", () => {
    const deadlines = requestDeadlines({
      type: "correctie",
      receivedOn: "2026-03-02",
      decidedOn: "2026-03-16",
      reglement: { correctie: { target: { weeks: 2 }, execution: { weeks: 1 } } },
    });
    expect(deadlines.target).toBe("2026-03-16"); // Mon + 2 weeks
    expect(deadlines.execution).toBe("2026-03-23"); // decided Mon 16 Mar + 1 week
  });

  it("never puts the target after the legal limit, and says when it cut it back", () => {
    const sixWeeks = requestDeadlines({
      type: "inzage",
      receivedOn: "2026-03-02",
      reglement: { inzage: { target: { weeks: 6 } } },
    });
    expect(sixWeeks.target).toBe("2026-04-02"); // not Mon 13 Apr
    expect(sixWeeks.legalLimit).toBe("2026-04-02");
    expect(sixWeeks.targetClamped).toBe(true);

    // Fri 27 Mar 2026 + 20 working days skips Goede Vrijdag, Tweede Paasdag and Koningsdag → Wed
    // 29 Apr; one month is Koningsdag Mon 27 Apr → Tue 28 Apr.
    const twentyWorkingDays = requestDeadlines({
      type: "correctie",
      receivedOn: "2026-03-27",
      reglement: { correctie: { target: { workingDays: 20 } } },
    });
    expect(twentyWorkingDays.target).toBe("2026-04-28");
    expect(twentyWorkingDays.targetClamped).toBe(true);

    // With an extension the target still stays within the first month.
    const extended = requestDeadlines({
      type: "inzage",
      receivedOn: "2026-03-02",
      extended: true,
      reglement: { inzage: { target: { weeks: 6 } } },
    });
    expect(extended.target).toBe("2026-04-02");
    expect(extended.legalLimit).toBe("2026-06-02");
  });

  it("lets the organisation's closing days move its own target, never the legal limit", () => {
    // Received Tue 14 Apr 2026: one month = Hemelvaartsdag Thu 14 May → Fri 15 May (a working day
    // by law). The practice is closed on Fri 15 May: its 4-week target (Tue 12 May) is unaffected.
    const inzage = requestDeadlines({ type: "inzage", receivedOn: "2026-04-14", extraClosingDays: ["2026-05-12"] });
    expect(inzage.target).toBe("2026-05-13"); // Tue 12 May closed → Wed 13 May
    expect(inzage.legalLimit).toBe("2026-05-15");
    // Bezwaar's target is one month: the closing day would push it to Mon 18 May, past the legal
    // limit, so the target is cut back to the legal limit (Fri 15 May).
    const bezwaar = requestDeadlines({ type: "bezwaar", receivedOn: "2026-04-14", extraClosingDays: ["2026-05-15"] });
    expect(bezwaar.legalLimit).toBe("2026-05-15");
    expect(bezwaar.target).toBe("2026-05-15");
    expect(bezwaar.targetClamped).toBe(true);
  });

  it("refuses bad input with a readable error", () => {
    const base = { type: "inzage" as const, receivedOn: "2026-03-02" };
    expect(codeOf(() => requestDeadlines({ ...base, receivedOn: "2026-02-30" }))).toBe("ongeldige_datum");
    expect(codeOf(() => requestDeadlines({ ...base, type: "klacht" as never }))).toBe("onbekend_verzoektype");
    expect(codeOf(() => requestDeadlines({ ...base, pauses: [{ from: "2026-03-01", until: "2026-03-05" }] }))).toBe(
      "ongeldige_opschorting",
    );
    expect(codeOf(() => requestDeadlines({ ...base, pauses: [{ from: "2026-03-05", until: "2026-03-04" }] }))).toBe(
      "ongeldige_opschorting",
    );
    expect(
      codeOf(() => requestDeadlines({ ...base, pauses: [{ from: "2026-03-05", until: null }], today: "2026-03-04" })),
    ).toBe("ongeldige_opschorting");
    expect(codeOf(() => requestDeadlines({ ...base, pauses: [{ from: "2026-3-5", until: null }] }))).toBe(
      "ongeldige_datum",
    );
    expect(codeOf(() => requestDeadlines({ ...base, type: "correctie", decidedOn: "2026-03-01" }))).toBe(
      "ongeldige_datum",
    );
    expect(codeOf(() => requestDeadlines({ ...base, reglement: { inzage: { target: { weeks: 0 } } } }))).toBe(
      "ongeldige_termijn",
    );
    expect(() => requestDeadlines({ ...base, pauses: [{ from: "2026-03-01", until: "2026-03-05" }] })).toThrow(
      /vóór de ontvangst/,
    );
  });

  it("properties: pausing p days moves start, target and legal limit like receiving p days later", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...VERZOEKTYPEN),
        fc.boolean(),
        (receivedOn, paused, type, extended) => {
          const withPause = requestDeadlines({
            type,
            receivedOn,
            extended,
            pauses: [{ from: receivedOn, until: addDays(receivedOn, paused) }],
          });
          const later = requestDeadlines({ type, receivedOn: addDays(receivedOn, paused), extended });
          expect(withPause.pausedDays).toBe(paused);
          expect(withPause.start).toBe(later.start);
          expect(withPause.target).toBe(later.target);
          expect(withPause.legalLimit).toBe(later.legalLimit);
          expect(compare(withPause.target, withPause.legalLimit)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

describe("extensionAllowed (AVG art. 12 lid 3)", () => {
  it("is possible up to and including the last day of the first month", () => {
    expect(extensionAllowed("2026-03-02", "2026-03-02")).toBe(true);
    expect(extensionAllowed("2026-03-02", "2026-04-02")).toBe(true); // Thu 2 Apr: the limit
    expect(extensionAllowed("2026-03-02", "2026-04-03")).toBe(false);
  });

  it("follows the shifted limit when the month ends on a holiday", () => {
    // Thu 5 Mar 2026 + 1 month = Eerste Paasdag Sun 5 Apr → Tue 7 Apr
    expect(extensionAllowed("2026-03-05", "2026-04-07")).toBe(true);
    expect(extensionAllowed("2026-03-05", "2026-04-08")).toBe(false);
  });

  it("refuses malformed dates", () => {
    expect(codeOf(() => extensionAllowed("2026-03-05", "7 april"))).toBe("ongeldige_datum");
  });
});
