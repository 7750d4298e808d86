import { describe, expect, it } from "vitest";
import { ageOn, mayFileFor, type FilingInput, type Relatie } from "./eligibility";
import { DomainError } from "./errors";
import { VERZOEKTYPEN, type Verzoektype } from "./request-types";

function fout(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError, nothing was thrown");
}

const FILED = "2025-06-15";

/** Date of birth of someone who turns `age` exactly on FILED. */
function bornYearsBefore(age: number): string {
  return `${2025 - age}-06-15`;
}

function file(relatie: Relatie, dateOfBirth: string, type: Verzoektype = "inzage", filedOn = FILED) {
  return mayFileFor({ relatie, dateOfBirth, filedOn, type });
}

describe("ageOn", () => {
  it("counts full years: a year older on the birthday, not the day before", () => {
    expect(ageOn("2013-06-15", "2025-06-15")).toBe(12);
    expect(ageOn("2013-06-15", "2025-06-14")).toBe(11);
    expect(ageOn("2009-06-15", "2025-06-15")).toBe(16);
    expect(ageOn("2009-06-15", "2025-06-14")).toBe(15);
    expect(ageOn("2009-06-15", "2025-06-16")).toBe(16);
  });
  it("the day of birth is age 0; a birthday at year end", () => {
    expect(ageOn("2025-06-15", "2025-06-15")).toBe(0);
    expect(ageOn("2012-12-31", "2024-12-30")).toBe(11);
    expect(ageOn("2012-12-31", "2024-12-31")).toBe(12);
  });
  it("born 29 February: in a non-leap year the birthday counts on 1 March", () => {
    expect(ageOn("2012-02-29", "2024-02-28")).toBe(11);
    expect(ageOn("2012-02-29", "2024-02-29")).toBe(12); // leap year: the real birthday
    expect(ageOn("2012-02-29", "2025-02-28")).toBe(12);
    expect(ageOn("2012-02-29", "2028-02-28")).toBe(15);
    expect(ageOn("2012-02-29", "2028-02-29")).toBe(16);
    expect(ageOn("2008-02-29", "2025-02-28")).toBe(16);
    expect(ageOn("2008-02-29", "2025-03-01")).toBe(17);
    expect(ageOn("2009-02-28", "2025-02-28")).toBe(16);
  });
  it("rejects malformed or impossible dates with a Dutch message", () => {
    for (const bad of [
      "2013-6-15",
      "15-06-2013",
      "2013/06/15",
      "2013-06-15T00:00",
      "2013-02-29",
      "1900-02-29",
      "2013-13-01",
      "2013-00-10",
      "2013-04-31",
      "0000-01-01",
      "",
      " 2013-06-15",
    ]) {
      const e = fout(() => ageOn(bad, "2025-06-15"));
      expect(e.code, bad).toBe("ongeldige_datum");
      expect(e.message).toContain("geen geldige datum");
    }
    expect(fout(() => ageOn("2013-06-15", "2025-6-15")).code).toBe("ongeldige_datum");
    expect(fout(() => ageOn(20130615 as unknown as string, "2025-06-15")).code).toBe("ongeldige_datum");
  });
  it("accepts 29 February in leap years, including 2000", () => {
    expect(ageOn("2000-02-29", "2025-06-15")).toBe(25);
  });
  it("rejects a date of birth after the date", () => {
    expect(fout(() => ageOn("2025-06-16", "2025-06-15")).code).toBe("ongeldige_geboortedatum");
  });
});

describe("mayFileFor: a 9-year-old", () => {
  const dob = "2016-01-10";
  it("a parent with authority may file, without consulting the child", () => {
    expect(file("ouder_met_gezag", dob)).toEqual({ allowed: true });
    expect(file("voogd", dob, "verwijdering")).toEqual({ allowed: true });
  });
  it("the child cannot file and is told a parent with authority does it", () => {
    const r = file("zelf", dob);
    expect(r.allowed).toBe(false);
    if (r.allowed) return;
    expect(r.reason.code).toBe("kind_onder_12");
    expect(r.reason.nl).toContain("Een ouder met gezag of de voogd doet het verzoek");
    expect(r.reason.en).toContain("parent with parental authority");
  });
  it("the child cannot authorise someone else either", () => {
    expect(file("gemachtigde", dob)).toMatchObject({ allowed: false, reason: { code: "machtiging_kind_onder_12" } });
  });
});

describe("mayFileFor: around the 12th birthday", () => {
  it("the day before: the child cannot; on the birthday: it can", () => {
    expect(file("zelf", "2013-06-16").allowed).toBe(false); // turns 12 tomorrow
    expect(file("zelf", bornYearsBefore(12))).toEqual({ allowed: true });
  });
  it("a parent's request changes from no consultation to consulting the child", () => {
    expect(file("ouder_met_gezag", "2013-06-16")).toEqual({ allowed: true });
    expect(file("ouder_met_gezag", bornYearsBefore(12))).toMatchObject({ allowed: true, consultChild: true });
  });
  it("born 29 February 2012: 11 on 28 February 2024, 12 on 29 February 2024", () => {
    expect(file("zelf", "2012-02-29", "inzage", "2024-02-28").allowed).toBe(false);
    expect(file("zelf", "2012-02-29", "inzage", "2024-02-29").allowed).toBe(true);
  });
});

describe("mayFileFor: a 14-year-old", () => {
  const dob = "2011-03-01";
  it("the child may file", () => {
    expect(file("zelf", dob)).toEqual({ allowed: true });
  });
  it("a parent with authority may file; staff consult the child; inzage may be refused in the child's interest", () => {
    const r = file("ouder_met_gezag", dob, "inzage");
    expect(r).toMatchObject({ allowed: true, consultChild: true });
    if (!r.allowed) return;
    expect(r.note?.code).toBe("ouder_inzage_kind_12_15");
    expect(r.note?.nl).toContain("Wij vragen eerst wat uw kind ervan vindt");
    expect(r.note?.nl).toContain("Soms geven wij u niet alle gegevens");
    expect(r.note?.en).toMatch(/better for your child/);
  });
  it("for a correction the parent is told the child is involved, not that a copy may be refused", () => {
    const r = file("ouder_met_gezag", dob, "correctie");
    expect(r).toMatchObject({ allowed: true, consultChild: true, note: { code: "ouder_kind_12_15" } });
  });
  it("a voogd is treated like a parent with authority", () => {
    expect(file("voogd", dob, "dataportabiliteit")).toMatchObject({
      allowed: true,
      consultChild: true,
      note: { code: "ouder_inzage_kind_12_15" },
    });
  });
  it("mentor and curator are refused: they are for adults", () => {
    for (const relatie of ["mentor", "curator"] as const) {
      const r = file(relatie, dob);
      expect(r).toMatchObject({ allowed: false, reason: { code: "alleen_voor_volwassenen" } });
    }
  });
});

describe("mayFileFor: around the 16th birthday", () => {
  it("the day before: parent may (with consultation); on the birthday: refused", () => {
    expect(file("ouder_met_gezag", "2009-06-16")).toMatchObject({ allowed: true, consultChild: true });
    expect(file("ouder_met_gezag", bornYearsBefore(16))).toMatchObject({
      allowed: false,
      reason: { code: "kind_beslist_zelf" },
    });
  });
  it("born 29 February 2008: on 28 February 2024 (leap year) still 15; 29 February 16", () => {
    expect(file("ouder_met_gezag", "2008-02-29", "inzage", "2024-02-28").allowed).toBe(true);
    expect(file("ouder_met_gezag", "2008-02-29", "inzage", "2024-02-29").allowed).toBe(false);
  });
  it("born 29 February 2009 is impossible", () => {
    expect(fout(() => file("zelf", "2009-02-29")).code).toBe("ongeldige_datum");
  });
});

describe("mayFileFor: a 17-year-old", () => {
  const dob = "2008-01-20";
  it("the child may file", () => {
    expect(file("zelf", dob)).toEqual({ allowed: true });
  });
  it("a parent is told plainly that the child decides now, and how to file with an authorisation", () => {
    const r = file("ouder_met_gezag", dob);
    expect(r.allowed).toBe(false);
    if (r.allowed) return;
    expect(r.reason.nl).toBe(
      "Uw kind is 16 jaar of ouder. Uw kind beslist nu zelf over zijn of haar gegevens. " +
        "U kunt alleen een verzoek doen als uw kind u een schriftelijke machtiging geeft. Kies dan 'gemachtigde'.",
    );
    expect(r.reason.en).toContain("Your child now decides");
  });
  it("with the child's written authorisation the parent may file as gemachtigde", () => {
    expect(file("gemachtigde", dob)).toMatchObject({
      allowed: true,
      note: { code: "machtiging_wordt_gecontroleerd" },
    });
  });
  it("a voogd gets the same refusal code in neutral words", () => {
    expect(file("voogd", dob)).toMatchObject({
      allowed: false,
      reason: { code: "kind_beslist_zelf", nl: expect.stringContaining("De jongere is 16 jaar of ouder") },
    });
  });
  it("a mentor is still refused: mentorship starts at 18", () => {
    expect(file("mentor", dob)).toMatchObject({ allowed: false, reason: { code: "alleen_voor_volwassenen" } });
  });
});

describe("mayFileFor: adults and representatives", () => {
  const adult = "1950-09-09";
  it("mentor for an adult: allowed; staff check the court decision", () => {
    expect(file("mentor", adult)).toMatchObject({ allowed: true, note: { code: "bewijs_mentorschap" } });
    expect(file("curator", adult, "verwijdering")).toMatchObject({ allowed: true, note: { code: "bewijs_curatele" } });
  });
  it("mentor on the 18th birthday: allowed; the day before: refused", () => {
    expect(file("mentor", bornYearsBefore(18)).allowed).toBe(true);
    expect(file("mentor", "2007-06-16").allowed).toBe(false);
  });
  it("gemachtigde: allowed; note says the authorisation will be checked", () => {
    const r = file("gemachtigde", adult);
    expect(r.allowed).toBe(true);
    if (!r.allowed) return;
    expect(r.note?.nl).toContain("Wij controleren de machtiging");
    expect(r.consultChild).toBeUndefined();
  });
  it("the client files for themselves", () => {
    expect(file("zelf", adult, "bezwaar")).toEqual({ allowed: true });
  });
  it("a parent of an adult is refused", () => {
    expect(file("ouder_met_gezag", adult)).toMatchObject({ allowed: false, reason: { code: "client_is_volwassen" } });
    expect(file("ouder_zonder_gezag", adult)).toMatchObject({
      allowed: false,
      reason: { code: "client_is_volwassen" },
    });
  });
});

describe("mayFileFor: always refused", () => {
  it("bewindvoerder: money only, for every type and age", () => {
    for (const type of VERZOEKTYPEN) {
      for (const dob of ["1950-09-09", "2011-03-01"]) {
        const r = file("bewindvoerder", dob, type);
        expect(r.allowed).toBe(false);
        if (r.allowed) continue;
        expect(r.reason.nl).toBe(
          "Een bewindvoerder beheert alleen geld en goederen. U kunt daarom geen verzoek doen over het zorgdossier.",
        );
        expect(r.reason.en).toContain("only manages money");
      }
    }
  });
  it("ouder zonder gezag: refused in the portal, pointed to the practice", () => {
    for (const dob of ["2016-01-10", "2011-03-01"]) {
      const r = file("ouder_zonder_gezag", dob);
      expect(r).toMatchObject({ allowed: false, reason: { code: "ouder_zonder_gezag" } });
      if (r.allowed) continue;
      expect(r.reason.nl).toContain("Neem daarvoor contact op met de praktijk");
    }
  });
});

describe("mayFileFor: bad input", () => {
  it("date of birth in the future", () => {
    const e = fout(() => file("zelf", "2025-06-16"));
    expect(e.code).toBe("ongeldige_geboortedatum");
    expect(e.message).toContain("in de toekomst");
  });
  it("born on the filing day is fine (a newborn, parent files)", () => {
    expect(file("ouder_met_gezag", FILED)).toEqual({ allowed: true });
  });
  it("more than 130 years ago is refused; exactly 130 years is not", () => {
    expect(file("zelf", "1895-06-15").allowed).toBe(true);
    const e = fout(() => file("zelf", "1895-06-14"));
    expect(e.code).toBe("ongeldige_geboortedatum");
    expect(e.message).toContain("meer dan 130 jaar");
  });
  it("malformed dates", () => {
    expect(fout(() => file("zelf", "31-12-2000")).code).toBe("ongeldige_datum");
    expect(fout(() => file("zelf", "2000-12-31", "inzage", "2025-06-31")).code).toBe("ongeldige_datum");
  });
  it("unknown relation or type", () => {
    expect(fout(() => file("oma" as Relatie, "2000-01-01")).code).toBe("onbekende_relatie");
    const input = {
      relatie: "zelf",
      dateOfBirth: "2000-01-01",
      filedOn: FILED,
      type: "klacht",
    } as unknown as FilingInput;
    expect(fout(() => mayFileFor(input)).code).toBe("onbekend_verzoektype");
  });
});

describe("every answer has Dutch and English text", () => {
  const relaties: Relatie[] = [
    "zelf",
    "ouder_met_gezag",
    "voogd",
    "mentor",
    "curator",
    "gemachtigde",
    "bewindvoerder",
    "ouder_zonder_gezag",
  ];
  it("for every relation and age band", () => {
    for (const relatie of relaties) {
      for (const dob of ["2020-01-01", "2011-03-01", "2008-01-20", "1950-09-09"]) {
        const r = file(relatie, dob);
        const text = r.allowed ? r.note : r.reason;
        if (!r.allowed) expect(text, `${relatie} ${dob}`).toBeDefined();
        if (!text) continue;
        expect(text.nl).toMatch(/^[A-Z].*\.$/);
        expect(text.en).toMatch(/^[A-Z].*\.$/);
        expect(text.nl).not.toBe(text.en);
      }
    }
  });
});
