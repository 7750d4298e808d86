import { describe, expect, it } from "vitest";
import { addDays, compare } from "./calendar";
import { DomainError } from "./errors";
import {
  dagoverzichtGrens,
  dagoverzichtRegels,
  dagoverzichtSleutel,
  escalatieFase,
  escalatieHorizon,
  escalatieSleutel,
  escalatieVanaf,
  handtekeningVoor,
  isDagoverzichtDag,
  werkdagenTerug,
  werkdagenTot,
} from "./herinneringen";

// Hand-checked calendar, April 2026: Easter Sunday is 5 April, so Goede Vrijdag is Friday 3 April
// and Tweede Paasdag Monday 6 April; 1 April is a Wednesday, 7 April a Tuesday, 9 April a Thursday.

describe("werkdagen terugtellen", () => {
  it("telt gewone werkdagen terug binnen een week", () => {
    expect(werkdagenTerug("2026-04-09", 1)).toBe("2026-04-08");
    expect(werkdagenTerug("2026-04-09", 2)).toBe("2026-04-07");
    expect(werkdagenTerug("2026-04-09", 0)).toBe("2026-04-09");
  });

  it("slaat het weekend en Pasen over (Goede Vrijdag en Tweede Paasdag zijn geen werkdagen)", () => {
    // Tuesday 7 April: Monday 6 (Tweede Paasdag), Sunday 5, Saturday 4 and Friday 3 (Goede Vrijdag) skipped.
    expect(werkdagenTerug("2026-04-07", 1)).toBe("2026-04-02");
    expect(werkdagenTerug("2026-04-07", 2)).toBe("2026-04-01");
  });

  it("slaat ook de eigen sluitingsdagen van de praktijk over", () => {
    // Wednesday 8 closed: Tuesday 7 is the first, then back past Easter to Thursday 2 April.
    expect(werkdagenTerug("2026-04-09", 2, ["2026-04-08"])).toBe("2026-04-02");
  });

  it("weigert een negatief of gebroken aantal en een onjuiste datum", () => {
    expect(() => werkdagenTerug("2026-04-09", -1)).toThrow(DomainError);
    expect(() => werkdagenTerug("2026-04-09", 1.5)).toThrow(DomainError);
    expect(() => werkdagenTerug("2026-02-30", 1)).toThrow(DomainError);
  });

  it("telt de werkdagen die nog over zijn tot en met de termijn", () => {
    expect(werkdagenTot("2026-04-07", "2026-04-09")).toBe(2);
    expect(werkdagenTot("2026-04-01", "2026-04-07")).toBe(2); // Thursday 2 and Tuesday 7
    expect(werkdagenTot("2026-04-02", "2026-04-07")).toBe(1);
    expect(werkdagenTot("2026-04-09", "2026-04-09")).toBe(0);
    expect(werkdagenTot("2026-04-10", "2026-04-09")).toBe(0);
  });
});

describe("dagoverzicht: op welke dagen", () => {
  it("gaat uit op werkdagen, niet op Tweede Paasdag, Goede Vrijdag of in het weekend", () => {
    expect(isDagoverzichtDag("2026-04-06")).toBe(false); // Tweede Paasdag
    expect(isDagoverzichtDag("2026-04-03")).toBe(false); // Goede Vrijdag
    expect(isDagoverzichtDag("2026-04-04")).toBe(false); // Saturday
    expect(isDagoverzichtDag("2026-04-05")).toBe(false); // Sunday (Eerste Paasdag)
    expect(isDagoverzichtDag("2026-04-07")).toBe(true);
    expect(isDagoverzichtDag("2026-04-27")).toBe(false); // Koningsdag
    expect(isDagoverzichtDag("2026-04-28")).toBe(true);
    expect(isDagoverzichtDag("2026-04-28", ["2026-04-28"])).toBe(false); // the practice is closed
  });

  it("kijkt 7 kalenderdagen vooruit", () => {
    expect(dagoverzichtGrens("2026-04-07")).toBe("2026-04-14");
  });
});

describe("dagoverzicht: welke verzoeken", () => {
  const vandaag = "2026-04-07";
  const v = (nummer: string, status: string, doelTermijn: string, wettelijkeTermijn = doelTermijn) => ({
    nummer,
    status,
    doelTermijn,
    wettelijkeTermijn,
  });

  it("neemt open verzoeken met een termijn binnen 7 dagen of al verstreken, te late eerst", () => {
    const regels = dagoverzichtRegels(
      [
        v("AVG-2026-000007", "in_behandeling", "2026-04-14", "2026-04-20"), // 7 days: in
        v("AVG-2026-000008", "in_behandeling", "2026-04-15", "2026-04-20"), // 8 days: out
        v("AVG-2026-000003", "ontvangen", "2026-04-03", "2026-04-10"), // target passed: in, first
        v("AVG-2026-000009", "afgerond", "2026-04-08"), // closed: out
        v("AVG-2026-000010", "ingetrokken", "2026-04-01"), // withdrawn: out
        v("AVG-2026-000001", "in_uitvoering", "2026-04-07"), // today: in
        v("AVG-2026-000004", "wacht_op_directie", "2026-04-30", "2026-04-13"), // legal limit in 6 days: in
      ],
      vandaag,
    );
    expect(regels.map((r) => r.nummer)).toEqual([
      "AVG-2026-000003",
      "AVG-2026-000001",
      "AVG-2026-000004",
      "AVG-2026-000007",
    ]);
    expect(regels[0]).toMatchObject({ dagenTotDoel: -4, dagenTotWettelijk: 3, teLaat: true });
    expect(regels[1]).toMatchObject({ dagenTotDoel: 0, dagenTotWettelijk: 0, teLaat: false });
    expect(regels[3]).toMatchObject({ dagenTotDoel: 7, dagenTotWettelijk: 13, teLaat: false });
  });

  it("zet een verzoek met een verstreken wettelijke termijn vóór een verzoek dat vandaag moet", () => {
    const regels = dagoverzichtRegels(
      [
        v("AVG-2026-000001", "in_behandeling", "2026-04-07"),
        v("AVG-2026-000002", "in_behandeling", "2026-03-01", "2026-04-06"),
      ],
      vandaag,
    );
    expect(regels.map((r) => [r.nummer, r.teLaat])).toEqual([
      ["AVG-2026-000002", true],
      ["AVG-2026-000001", false],
    ]);
  });

  it("geeft een lege lijst als er niets binnen 7 dagen moet", () => {
    expect(dagoverzichtRegels([v("AVG-2026-000008", "ontvangen", "2026-04-15")], vandaag)).toEqual([]);
  });

  it("heeft één sleutel per medewerker per dag", () => {
    expect(dagoverzichtSleutel("m-1", "2026-04-07")).toBe("dagoverzicht:m-1:2026-04-07");
    expect(dagoverzichtSleutel("m-1", "2026-04-08")).not.toBe(dagoverzichtSleutel("m-1", "2026-04-07"));
    expect(() => dagoverzichtSleutel("m-1", "7 april")).toThrow(DomainError);
  });
});

describe("escalatie naar de directie", () => {
  const open = (wettelijkeTermijn: string, status = "in_behandeling") => ({ status, wettelijkeTermijn });

  it("waarschuwt vanaf 2 werkdagen vóór de wettelijke termijn (donderdag 9 april: vanaf dinsdag 7 april)", () => {
    expect(escalatieVanaf("2026-04-09")).toBe("2026-04-07");
    expect(escalatieFase(open("2026-04-09"), "2026-04-06")).toBeNull(); // the day before (Tweede Paasdag)
    expect(escalatieFase(open("2026-04-09"), "2026-04-07")).toBe("twee_werkdagen");
    expect(escalatieFase(open("2026-04-09"), "2026-04-08")).toBe("twee_werkdagen");
    expect(escalatieFase(open("2026-04-09"), "2026-04-09")).toBe("twee_werkdagen"); // last day: not yet late
    expect(escalatieFase(open("2026-04-09"), "2026-04-10")).toBe("verlopen");
  });

  it("telt over Pasen: termijn dinsdag 7 april, waarschuwing vanaf woensdag 1 april", () => {
    // Counting back from Tuesday 7 April: Thursday 2 April is 1 working day before, Wednesday 1 April 2.
    expect(escalatieVanaf("2026-04-07")).toBe("2026-04-01");
    expect(escalatieFase(open("2026-04-07"), "2026-03-31")).toBeNull();
    expect(escalatieFase(open("2026-04-07"), "2026-04-01")).toBe("twee_werkdagen");
    expect(werkdagenTot("2026-04-01", "2026-04-07")).toBe(2);
    expect(escalatieFase(open("2026-04-07"), "2026-04-08")).toBe("verlopen");
  });

  it("slaat gepauzeerde, afgeronde en ingetrokken verzoeken over", () => {
    expect(escalatieFase(open("2026-04-09", "wacht_op_client"), "2026-04-08")).toBeNull();
    expect(escalatieFase(open("2026-04-01", "wacht_op_client"), "2026-04-08")).toBeNull();
    expect(escalatieFase(open("2026-04-01", "afgerond"), "2026-04-08")).toBeNull();
    expect(escalatieFase(open("2026-04-01", "ingetrokken"), "2026-04-08")).toBeNull();
    expect(escalatieFase(open("2026-04-01", "onzin"), "2026-04-08")).toBeNull();
  });

  it("neemt verzoeken die op de handtekening van de directie wachten gewoon mee", () => {
    expect(escalatieFase(open("2026-04-09", "wacht_op_directie"), "2026-04-07")).toBe("twee_werkdagen");
    expect(escalatieFase(open("2026-04-09", "in_uitvoering"), "2026-04-10")).toBe("verlopen");
  });

  it("de horizon selecteert precies de verzoeken die geëscaleerd worden (heel 2026 en Pasen 2027)", () => {
    for (let vandaag = "2026-01-01"; compare(vandaag, "2027-04-30") <= 0; vandaag = addDays(vandaag, 1)) {
      const horizon = escalatieHorizon(vandaag);
      for (let d = -3; d <= 12; d++) {
        const termijn = addDays(vandaag, d);
        const verwacht = compare(termijn, horizon) <= 0;
        expect(escalatieFase(open(termijn), vandaag) !== null, `${vandaag} → ${termijn}`).toBe(verwacht);
      }
    }
  });

  it("heeft een sleutel per verzoek, fase en wettelijke termijn", () => {
    expect(escalatieSleutel("v-1", "twee_werkdagen", "2026-04-09")).toBe("escalatie:v-1:twee_werkdagen:2026-04-09");
    // A new legal limit (extension, pause) is a new escalation; a new stage too.
    expect(escalatieSleutel("v-1", "twee_werkdagen", "2026-06-09")).not.toBe(
      escalatieSleutel("v-1", "twee_werkdagen", "2026-04-09"),
    );
    expect(escalatieSleutel("v-1", "verlopen", "2026-04-09")).not.toBe(
      escalatieSleutel("v-1", "twee_werkdagen", "2026-04-09"),
    );
  });

  it("zegt wie moet ondertekenen: u, of een andere directeur als u het concept schreef", () => {
    expect(handtekeningVoor("d-1", [])).toBeNull();
    expect(handtekeningVoor("d-1", [{ opstellerId: "b-1" }])).toBe("uw_handtekening");
    expect(handtekeningVoor("d-1", [{ opstellerId: "d-1" }])).toBe("andere_directeur");
    expect(handtekeningVoor("d-1", [{ opstellerId: "d-1" }, { opstellerId: "b-1" }])).toBe("uw_handtekening");
  });
});
