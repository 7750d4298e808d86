import { describe, expect, it } from "vitest";
import { controleerReglement, doelTermijnReden, periodeTekst } from "./reglement";

const basis = { extraSluitingsdagen: [], downloadGeldigDagen: 14, maxDownloads: 5 };

describe("reglement reasons in Dutch and English", () => {
  it("refuses six weeks for inzage with the legal reason (AVG art. 12 lid 3)", () => {
    expect(doelTermijnReden("inzage", { weeks: 6 })).toEqual({
      code: "termijn_boven_wettelijke_grens",
      nl: "De termijn van 6 weken voor inzage is te lang: de AVG (art. 12 lid 3) staat ten hoogste één maand toe; kies 4 weken of minder.",
      en: "The deadline of 6 weeks for access is too long: the GDPR (Art. 12(3)) allows one month at most; choose 4 weeks or fewer.",
    });
  });

  it("explains months and working days in both languages", () => {
    expect(doelTermijnReden("bezwaar", { months: 2 })?.en).toBe(
      "The deadline of 2 months for objection is too long: the GDPR (Art. 12(3)) allows one month at most; an extension by two months is only possible per request, with reasons.",
    );
    const werkdagen = doelTermijnReden("intrekking_toestemming", { workingDays: 18 })!;
    expect(werkdagen.nl).toMatch(/18 werkdagen voor intrekking toestemming is te lang.*17 werkdagen of minder/);
    expect(werkdagen.en).toMatch(
      /^The deadline of 18 working days for withdrawal of consent is too long: .*choose 17 working days or fewer\.$/,
    );
  });

  it("accepts what the law allows", () => {
    expect(doelTermijnReden("inzage", { weeks: 4 })).toBeNull();
    expect(doelTermijnReden("dataportabiliteit", { months: 1 })).toBeNull();
    expect(doelTermijnReden("correctie", { workingDays: 17 })).toBeNull();
  });

  it("says plainly what is wrong with an empty, fractional or huge number", () => {
    expect(doelTermijnReden("inzage", { weeks: 0 })).toEqual({
      code: "ongeldige_termijn",
      nl: "Vul een heel getal in van 1 of meer.",
      en: "Enter a whole number of 1 or more.",
    });
    expect(doelTermijnReden("inzage", { weeks: 1.5 })?.en).toBe("Enter a whole number of 1 or more.");
    expect(doelTermijnReden("inzage", { days: 3 })).toMatchObject({
      nl: "Kies weken, maanden of werkdagen.",
      en: "Choose weeks, months or working days.",
    });
    const fouten = controleerReglement({
      ...basis,
      termijnen: { correctie: { target: { weeks: 4 }, execution: { months: 30 } } },
    });
    expect(fouten).toEqual({
      "correctie.execution": {
        code: "ongeldige_termijn",
        nl: "Ten hoogste 24 maanden (twee jaar).",
        en: "At most 24 months (two years).",
      },
    });
  });

  it("checks closing days and download settings, one reason per field", () => {
    const fouten = controleerReglement({
      extraSluitingsdagen: ["2026-02-30"],
      downloadGeldigDagen: 91,
      maxDownloads: 0,
      termijnen: { spoed: { target: { weeks: 1 } } },
    });
    expect(fouten).toEqual({
      spoed: {
        code: "onbekend_verzoektype",
        nl: 'Onbekend soort verzoek "spoed".',
        en: 'Unknown kind of request "spoed".',
      },
      extraSluitingsdagen: {
        code: "ongeldige_sluitingsdag",
        nl: '"2026-02-30" is geen datum (JJJJ-MM-DD).',
        en: '"2026-02-30" is not a date (YYYY-MM-DD).',
      },
      downloadGeldigDagen: {
        code: "ongeldige_downloadtermijn",
        nl: "Een downloadlink is 1 tot 90 dagen geldig.",
        en: "A download link is valid for 1 to 90 days.",
      },
      maxDownloads: {
        code: "ongeldig_aantal_downloads",
        nl: "Het aantal downloads is 1 tot 50.",
        en: "The number of downloads is 1 to 50.",
      },
    });
    expect(controleerReglement({ ...basis, termijnen: { inzage: { target: { weeks: 3 } } } })).toEqual({});
  });

  it("refuses an erasure execution period beyond the three months of art. 7:455 lid 1 BW, in Dutch and English (decision 022)", () => {
    const fouten = controleerReglement({
      ...basis,
      termijnen: { verwijdering: { target: { weeks: 4 }, execution: { months: 4 } } },
    });
    expect(fouten["verwijdering.execution"]).toMatchObject({
      code: "termijn_boven_wettelijke_grens",
      nl: expect.stringContaining("binnen drie maanden"),
      en: expect.stringContaining("within three months"),
    });
    expect(
      controleerReglement({
        ...basis,
        termijnen: { verwijdering: { target: { weeks: 4 }, execution: { weeks: 12 } } },
      }),
    ).toEqual({});
    // Other rights keep the two-year sanity limit only.
    expect(
      controleerReglement({ ...basis, termijnen: { correctie: { target: { weeks: 4 }, execution: { months: 4 } } } }),
    ).toEqual({});
  });

  it("words a period in both languages", () => {
    expect(periodeTekst({ workingDays: 1 })).toEqual({ nl: "1 werkdag", en: "1 working day" });
    expect(periodeTekst({ months: 3 })).toEqual({ nl: "3 maanden", en: "3 months" });
  });
});
