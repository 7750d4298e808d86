import { describe, expect, it } from "vitest";
import {
  beoordeelRuw,
  bevatBsn,
  eersteStapMetFout,
  foutenTotStap,
  isBsn,
  normaliseerPostcode,
  parseDatumInvoer,
  stappenVoor,
  stapVanVeld,
  valideerIntake,
  veldNaam,
  type IntakeContext,
} from "./intake";

const ctx: IntakeContext = { vandaag: "2026-03-02", bezwaarVerwerkingen: ["kwaliteitsonderzoek"] };

const zelf = { indiener: { voorWie: "zelf" }, betrokkene: { naam: "Jorien Testpersoon", geboortedatum: "21-04-1988" } };

describe("dates as people type them", () => {
  it("accepts DD-MM-JJJJ (also with / or .) and the <input type=date> format", () => {
    expect(parseDatumInvoer("15-06-2012")).toBe("2012-06-15");
    expect(parseDatumInvoer("5/6/2012")).toBe("2012-06-05");
    expect(parseDatumInvoer(" 15.06.2012 ")).toBe("2012-06-15");
    expect(parseDatumInvoer("2012-06-15")).toBe("2012-06-15");
  });

  it("refuses days that do not exist and other shapes", () => {
    expect(parseDatumInvoer("31-02-2012")).toBeNull();
    expect(parseDatumInvoer("29-02-2023")).toBeNull();
    expect(parseDatumInvoer("29-02-2024")).toBe("2024-02-29");
    expect(parseDatumInvoer("2012-6-15")).toBeNull();
    expect(parseDatumInvoer("15 juni 2012")).toBeNull();
    expect(parseDatumInvoer("")).toBeNull();
  });
});

describe("no BSN in the portal", () => {
  it("recognises a BSN by the elfproef, not any nine digits", () => {
    expect(isBsn("111222333")).toBe(true);
    expect(isBsn("123456782")).toBe(true);
    expect(isBsn("123456789")).toBe(false);
    expect(isBsn("000000000")).toBe(false);
  });

  it("finds one in free text, also grouped, but not in a phone number or an AGB code", () => {
    expect(bevatBsn("mijn bsn is 111 222 333")).toBe(true);
    expect(bevatBsn("1234.56.782")).toBe(true);
    expect(bevatBsn("bel 0612345678")).toBe(false);
    expect(bevatBsn("AGB 12345678")).toBe(false);
  });

  it("refuses a BSN typed as client number or in a detail, on that field", () => {
    const r = valideerIntake(
      {
        ...zelf,
        betrokkene: { ...zelf.betrokkene, clientnummer: "111222333" },
        type: "intrekking_toestemming",
        intrekking_toestemming: { toestemming: "Delen met BSN 123456782" },
      },
      ctx,
    );
    expect(r).toEqual({
      ok: false,
      fouten: {
        "betrokkene.clientnummer": ["bsn_niet_toegestaan"],
        "intrekking_toestemming.toestemming": ["bsn_niet_toegestaan"],
      },
    });
  });
});

describe("the wizard schema", () => {
  it("turns a valid submission into the request's data, normalised", () => {
    const r = valideerIntake(
      {
        indiener: { voorWie: "ander", relatie: "ouder_met_gezag", naam: "  Ouder Test " },
        betrokkene: {
          naam: "Kind Test",
          geboortedatum: "02-03-2017",
          email: "Kind@Voorbeeld.example",
          clientnummer: "dl-1004",
          postcode: "3814rs",
        },
        type: "dataportabiliteit",
        dataportabiliteit: {
          bestemming: "zorgaanbieder",
          aanbiederNaam: "Het Baken",
          aanbiederEmail: "Intake@HetBaken.example",
          agb: "",
        },
      },
      ctx,
    );
    expect(r).toEqual({
      ok: true,
      invoer: {
        indiener: { relatie: "ouder_met_gezag", naam: "Ouder Test" },
        betrokkene: {
          naam: "Kind Test",
          geboortedatum: "2017-03-02",
          email: "kind@voorbeeld.example",
          clientnummer: "DL-1004",
          postcode: "3814 RS",
        },
        verzoek: {
          type: "dataportabiliteit",
          bestemming: "zorgaanbieder",
          aanbieder: { naam: "Het Baken", email: "intake@hetbaken.example" },
        },
      },
    });
  });

  it("ignores the representative's answers when filing for oneself", () => {
    const r = valideerIntake(
      {
        ...zelf,
        indiener: { voorWie: "zelf", relatie: "bewindvoerder", naam: "X" },
        type: "inzage",
        inzage: { afschrift: "nee" },
      },
      ctx,
    );
    expect(r.ok && r.invoer.indiener).toEqual({ relatie: "zelf" });
    expect(r.ok && r.invoer.verzoek).toEqual({ type: "inzage", afschrift: false });
  });

  it("says per field what is missing for a representative", () => {
    const r = valideerIntake({ indiener: { voorWie: "ander" }, betrokkene: {}, type: "" }, ctx);
    expect(r).toEqual({
      ok: false,
      fouten: {
        "indiener.relatie": ["relatie_verplicht"],
        "indiener.naam": ["indiener_naam_verplicht"],
        "betrokkene.naam": ["betrokkene_naam_verplicht"],
        "betrokkene.geboortedatum": ["geboortedatum_verplicht"],
        type: ["type_verplicht"],
      },
    });
  });

  it("refuses a date of birth in the future or more than 130 years ago", () => {
    const toekomst = valideerIntake(
      { ...zelf, betrokkene: { naam: "A", geboortedatum: "03-03-2026" }, type: "inzage", inzage: { afschrift: "ja" } },
      ctx,
    );
    expect(toekomst).toMatchObject({ ok: false, fouten: { "betrokkene.geboortedatum": ["geboortedatum_toekomst"] } });
    const oud = valideerIntake(
      { ...zelf, betrokkene: { naam: "A", geboortedatum: "01-03-1896" }, type: "inzage", inzage: { afschrift: "ja" } },
      ctx,
    );
    expect(oud).toMatchObject({ ok: false, fouten: { "betrokkene.geboortedatum": ["geboortedatum_te_oud"] } });
  });

  it("keeps only the filled-in correction rows and checks each one", () => {
    const leeg = valideerIntake({ ...zelf, type: "correctie", correctie: { rijen: [{}, { welk: "" }] } }, ctx);
    expect(leeg).toEqual({ ok: false, fouten: { "correctie.rijen": ["correctie_geen_rij"] } });
    const half = valideerIntake(
      { ...zelf, type: "correctie", correctie: { rijen: [{}, { welk: "Adres", nu: "Oud" }, { moetZijn: "Nieuw" }] } },
      ctx,
    );
    expect(half).toEqual({
      ok: false,
      fouten: {
        "correctie.rijen[1].moetZijn": ["correctie_moetZijn_verplicht"],
        "correctie.rijen[2].welk": ["correctie_welk_verplicht"],
      },
    });
    const goed = valideerIntake(
      { ...zelf, type: "correctie", correctie: { rijen: [{}, { welk: "Adres", moetZijn: "Lindelaan 14" }] } },
      ctx,
    );
    expect(goed.ok && goed.invoer.verzoek).toEqual({
      type: "correctie",
      rijen: [{ welk: "Adres", moetZijn: "Lindelaan 14" }],
    });
  });

  it("keeps the client's choice not to use the data meanwhile (art. 18 lid 1 sub a and d), and refuses anything but a tick", () => {
    const rij = { rijen: [{ welk: "Adres", moetZijn: "Lindelaan 14" }] };
    const met = valideerIntake({ ...zelf, type: "correctie", correctie: { ...rij, nietGebruiken: "ja" } }, ctx);
    expect(met.ok && met.invoer.verzoek).toEqual({ type: "correctie", ...rij, tussentijdseAfscherming: true });
    const zonder = valideerIntake({ ...zelf, type: "correctie", correctie: rij }, ctx);
    expect(zonder.ok && zonder.invoer.verzoek).toEqual({ type: "correctie", ...rij });
    expect(
      valideerIntake({ ...zelf, type: "correctie", correctie: { ...rij, nietGebruiken: "misschien" } }, ctx),
    ).toEqual({
      ok: false,
      fouten: { "correctie.nietGebruiken": ["niet_gebruiken_ongeldig"] },
    });
    const bezwaar = valideerIntake(
      {
        ...zelf,
        type: "bezwaar",
        bezwaar: { verwerking: "kwaliteitsonderzoek", situatie: "Ik wil niet meedoen.", nietGebruiken: "ja" },
      },
      ctx,
    );
    expect(bezwaar.ok && bezwaar.invoer.verzoek).toMatchObject({ type: "bezwaar", tussentijdseAfscherming: true });
  });

  it("requires the part for a partial erasure, the reasons for a restriction and an objection", () => {
    expect(valideerIntake({ ...zelf, type: "verwijdering", verwijdering: { omvang: "deel" } }, ctx)).toEqual({
      ok: false,
      fouten: { "verwijdering.welkDeel": ["welkDeel_verplicht"] },
    });
    expect(valideerIntake({ ...zelf, type: "afscherming", afscherming: {} }, ctx)).toEqual({
      ok: false,
      fouten: {
        "afscherming.wat": ["afscherming_wat_verplicht"],
        "afscherming.waarom": ["afscherming_waarom_verplicht"],
      },
    });
    expect(valideerIntake({ ...zelf, type: "bezwaar", bezwaar: { verwerking: "zorgverlening" } }, ctx)).toEqual({
      ok: false,
      fouten: { "bezwaar.verwerking": ["verwerking_verplicht"], "bezwaar.situatie": ["situatie_verplicht"] },
    });
    const alles = valideerIntake(
      { ...zelf, type: "verwijdering", verwijdering: { omvang: "alles", welkDeel: "vergeten" } },
      ctx,
    );
    expect(alles.ok && alles.invoer.verzoek).toEqual({ type: "verwijdering", omvang: "alles" });
  });

  it("refuses texts that are too long and values a tampered form invents", () => {
    const r = valideerIntake(
      {
        indiener: { voorWie: "iedereen" },
        betrokkene: { naam: "x".repeat(201), geboortedatum: 20120615 },
        type: "inzage",
        inzage: { afschrift: "misschien", periode: "y".repeat(201) },
      },
      ctx,
    );
    expect(r).toEqual({
      ok: false,
      fouten: {
        "indiener.voorWie": ["voorWie_verplicht"],
        "betrokkene.naam": ["naam_te_lang"],
        "betrokkene.geboortedatum": ["geboortedatum_ongeldig"],
        "inzage.afschrift": ["afschrift_verplicht"],
        "inzage.periode": ["kort_te_lang"],
      },
    });
    // A value of another shape (an object) is reported on its field.
    const vorm = valideerIntake(
      { ...zelf, betrokkene: { naam: { x: 1 }, geboortedatum: "15-06-2012" }, type: "inzage" },
      ctx,
    );
    expect(vorm).toMatchObject({ ok: false, fouten: { "betrokkene.naam": ["ongeldig"] } });
  });
});

describe("steps", () => {
  it("skips the relation step when filing for oneself", () => {
    expect(stappenVoor("zelf")).toEqual(["wie", "betrokkene", "recht", "details", "controle"]);
    expect(stappenVoor("ander")).toEqual(["wie", "relatie", "betrokkene", "recht", "details", "controle"]);
  });

  it("places each field in its step, and reports only the errors up to the current step", () => {
    expect(stapVanVeld("indiener.voorWie")).toBe("wie");
    expect(stapVanVeld("indiener.naam")).toBe("relatie");
    expect(stapVanVeld("betrokkene.postcode")).toBe("betrokkene");
    expect(stapVanVeld("type")).toBe("recht");
    expect(stapVanVeld("correctie.rijen[2].welk")).toBe("details");
    expect(stapVanVeld("")).toBe("controle");
    const fouten = { "betrokkene.naam": ["betrokkene_naam_verplicht" as const], type: ["type_verplicht" as const] };
    expect(foutenTotStap(fouten, "betrokkene")).toEqual({ "betrokkene.naam": ["betrokkene_naam_verplicht"] });
    expect(foutenTotStap(fouten, "wie")).toEqual({});
    expect(eersteStapMetFout(fouten)).toBe("betrokkene");
    expect(veldNaam(["correctie", "rijen", 0, "welk"])).toBe("correctie.rijen[0].welk");
  });

  it("normalises a Dutch postcode", () => {
    expect(normaliseerPostcode("3811ab")).toBe("3811 AB");
    expect(normaliseerPostcode("0811 AB")).toBeNull();
  });
});

describe("who may file, on the wizard's raw data", () => {
  it("a parent of a 17-year-old is refused: the child decides now", () => {
    const d = beoordeelRuw(
      { indiener: { voorWie: "ander", relatie: "ouder_met_gezag" }, betrokkene: { geboortedatum: "01-09-2009" } },
      ctx,
    );
    expect(d).toMatchObject({ allowed: false, reason: { code: "kind_beslist_zelf" } });
  });

  it("a parent of a 14-year-old may file an inzage; staff consult the child first", () => {
    const d = beoordeelRuw(
      {
        indiener: { voorWie: "ander", relatie: "ouder_met_gezag" },
        betrokkene: { geboortedatum: "15-06-2012" },
        type: "inzage",
      },
      ctx,
    );
    expect(d).toMatchObject({ allowed: true, consultChild: true, note: { code: "ouder_inzage_kind_12_15" } });
  });

  it("a child of 9 cannot file alone; a parent of a 9-year-old can", () => {
    expect(
      beoordeelRuw({ indiener: { voorWie: "zelf" }, betrokkene: { geboortedatum: "02-03-2017" } }, ctx),
    ).toMatchObject({
      allowed: false,
      reason: { code: "kind_onder_12" },
    });
    expect(
      beoordeelRuw(
        { indiener: { voorWie: "ander", relatie: "ouder_met_gezag" }, betrokkene: { geboortedatum: "02-03-2017" } },
        ctx,
      ),
    ).toEqual({ allowed: true });
  });

  it("gives no judgement while the fields it needs are not valid yet", () => {
    expect(
      beoordeelRuw({ indiener: { voorWie: "ander" }, betrokkene: { geboortedatum: "02-03-2017" } }, ctx),
    ).toBeNull();
    expect(
      beoordeelRuw({ indiener: { voorWie: "zelf" }, betrokkene: { geboortedatum: "31-02-2017" } }, ctx),
    ).toBeNull();
    expect(
      beoordeelRuw({ indiener: { voorWie: "zelf" }, betrokkene: { geboortedatum: "01-01-1800" } }, ctx),
    ).toBeNull();
  });
});
