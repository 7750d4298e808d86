import { describe, expect, it } from "vitest";
import { beoordeelRuw, CORRECTIE_RIJEN_MAX, CORRECTIE_RIJEN_START, valideerIntake, type IntakeContext } from "./intake";
import { TEKSTLIMIET } from "./tekstlimieten";
import {
  aantalRijen,
  foutcodes,
  isEmailIntent,
  leegWizard,
  leesCode,
  platteWaarden,
  rijIndex,
  volgendScherm,
  zichtbaar,
  type WizardAfwijzing,
  type WizardPost,
} from "./verzoek-wizard";

const ctx: IntakeContext = { vandaag: "2026-03-02", bezwaarVerwerkingen: ["kwaliteitsonderzoek"] };

/** The answers as the form sends them (flat field names, as the wizard's inputs are named). */
type Velden = Record<string, string>;

const ZELF: Velden = {
  "indiener.voorWie": "zelf",
  "betrokkene.naam": "Jorien Testpersoon",
  "betrokkene.geboortedatum": "21-04-1988",
};
const INZAGE: Velden = { type: "inzage", "inzage.afschrift": "ja" };
/** A parent with authority for a 14-year-old: allowed, and staff consult the child first. */
const OUDER_VAN_14: Velden = {
  "indiener.voorWie": "ander",
  "indiener.relatie": "ouder_met_gezag",
  "indiener.naam": "Kees Testouder",
  "betrokkene.naam": "Sanne Testkind",
  "betrokkene.geboortedatum": "01-01-2012",
};
/** A child of 9 filing alone: refused (a parent with authority files). */
const KIND_VAN_9: Velden = { ...ZELF, "betrokkene.geboortedatum": "01-01-2017" };

/** "betrokkene.naam" → { betrokkene: { naam } }, "correctie.rijen[0].welk" → { correctie: { rijen: [{ welk }] } }. */
function genest(velden: Velden): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [naam, waarde] of Object.entries(velden)) {
    const delen = naam.split(/\.|\[(\d+)\]/).filter((d) => d !== undefined && d !== "");
    let plek: Record<string, unknown> = uit;
    delen.forEach((deel, i) => {
      if (i === delen.length - 1) plek[deel] = waarde;
      else plek = (plek[deel] ??= /^\d+$/.test(delen[i + 1]!) ? [] : {}) as Record<string, unknown>;
    });
  }
  return uit;
}

let sleutels = 0;

/** One POST of the wizard, read the way the service reads it: the real schema and eligibility rules. */
function post(intent: string, stap: string, velden: Velden, extra: Partial<WizardPost> = {}): WizardPost {
  const waarden = platteWaarden(Object.entries({ ...velden, intent, stap }));
  const gegevens = genest(waarden);
  const validatie = valideerIntake(gegevens, ctx);
  return {
    intent,
    stap,
    waarden,
    rijen: aantalRijen(waarden, null),
    sleutel: "",
    honeypotGevuld: false,
    alleFouten: validatie.ok ? {} : validatie.fouten,
    invoer: validatie.ok ? validatie.invoer : null,
    beslissing: beoordeelRuw(gegevens, ctx),
    afwijzing: null,
    nieuweSleutel: () => `sleutel-${++sleutels}`,
    ...extra,
  };
}

describe("forward: 'volgende' goes to the next step of this filer", () => {
  it("filing for oneself: wie → betrokkene → recht → details → controle (no relation step)", () => {
    expect(volgendScherm(post("volgende", "wie", { "indiener.voorWie": "zelf" })).stap).toBe("betrokkene");
    expect(volgendScherm(post("volgende", "betrokkene", ZELF)).stap).toBe("recht");
    expect(volgendScherm(post("volgende", "recht", { ...ZELF, type: "inzage" })).stap).toBe("details");
    const controle = volgendScherm(post("volgende", "details", { ...ZELF, ...INZAGE }));
    expect(controle.stap).toBe("controle");
    expect(controle.fouten).toEqual({});
  });

  it("filing for someone else: wie → relatie → betrokkene", () => {
    expect(volgendScherm(post("volgende", "wie", { "indiener.voorWie": "ander" })).stap).toBe("relatie");
    const { "betrokkene.naam": _n, "betrokkene.geboortedatum": _g, ...relatie } = OUDER_VAN_14;
    expect(volgendScherm(post("volgende", "relatie", relatie)).stap).toBe("betrokkene");
    expect(volgendScherm(post("volgende", "betrokkene", OUDER_VAN_14)).stap).toBe("recht");
  });

  it("the check page gets the whole request and a fresh idempotency key, each time it is shown", () => {
    const eerste = volgendScherm(post("volgende", "details", { ...ZELF, ...INZAGE }));
    const tweede = volgendScherm(post("volgende", "details", { ...ZELF, ...INZAGE }));
    expect(eerste.invoer).toMatchObject({
      indiener: { relatie: "zelf" },
      betrokkene: { naam: "Jorien Testpersoon", geboortedatum: "1988-04-21" },
      verzoek: { type: "inzage", afschrift: true },
    });
    expect(eerste.sleutel).toBeTruthy();
    expect(tweede.sleutel).not.toBe(eerste.sleutel);
  });

  it("keeps every answer, so the hidden fields carry them to the next page", () => {
    const scherm = volgendScherm(post("volgende", "betrokkene", ZELF));
    expect(scherm.waarden).toEqual(ZELF);
    expect(scherm.rijen).toBe(CORRECTIE_RIJEN_START);
  });
});

describe("errors: the filer stays, or goes back to the first step that is wrong", () => {
  it("an empty choice keeps the filer on the step, with that field's message", () => {
    const scherm = volgendScherm(post("volgende", "wie", {}));
    expect(scherm.stap).toBe("wie");
    expect(Object.keys(scherm.fouten)).toEqual(["indiener.voorWie"]);
    expect(scherm.invoer).toBeNull();
    expect(scherm.sleutel).toBeNull();
  });

  it("a later step's empty fields are not reported before the filer gets there", () => {
    const scherm = volgendScherm(post("volgende", "betrokkene", ZELF));
    expect(scherm.fouten).toEqual({});
    expect(scherm.stap).toBe("recht");
  });

  it("an error on an earlier step (a tampered hidden field) sends the filer back to that step", () => {
    const scherm = volgendScherm(
      post("volgende", "details", { ...ZELF, ...INZAGE, "betrokkene.geboortedatum": "31-02-1988" }),
    );
    expect(scherm.stap).toBe("betrokkene");
    expect(Object.keys(scherm.fouten)).toEqual(["betrokkene.geboortedatum"]);
  });

  it("details with an error stay on details (a correction needs at least one row)", () => {
    const scherm = volgendScherm(post("volgende", "details", { ...ZELF, type: "correctie" }));
    expect(scherm.stap).toBe("details");
    expect(Object.keys(scherm.fouten).length).toBeGreaterThan(0);
  });

  it("a step name the wizard does not know, or one this filer skips, counts as the first step", () => {
    expect(volgendScherm(post("volgende", "bestaat-niet", {})).stap).toBe("wie");
    expect(volgendScherm(post("volgende", "relatie", { "indiener.voorWie": "zelf" })).stap).toBe("betrokkene");
  });
});

describe("who may file for whom (AVG art. 12 lid 6, art. 8; WGBO art. 7:450 BW)", () => {
  it("a refusal shows on the person step, from that step on, and replaces the note", () => {
    for (const stap of ["betrokkene", "recht"]) {
      const scherm = volgendScherm(post("volgende", stap, { ...KIND_VAN_9, type: "inzage" }));
      expect(scherm.stap).toBe("betrokkene");
      expect(scherm.weigering?.code).toBeTruthy();
      expect(scherm.notitie).toBeNull();
    }
  });

  it("is not judged on the first step, before the person is filled in there", () => {
    expect(volgendScherm(post("volgende", "wie", KIND_VAN_9)).stap).toBe("betrokkene");
  });

  it("an allowed filing with a note (the child is consulted) carries the note along", () => {
    const scherm = volgendScherm(post("volgende", "betrokkene", OUDER_VAN_14));
    expect(scherm.weigering).toBeNull();
    expect(scherm.notitie?.nl).toBeTruthy();
    expect(volgendScherm(post("volgende", "betrokkene", ZELF)).notitie).toBeNull();
  });
});

describe("back and jumps: no validation, the answers stay", () => {
  it("'terug' goes one step back in this filer's order, and not before the first step", () => {
    expect(volgendScherm(post("terug", "betrokkene", { "indiener.voorWie": "zelf" })).stap).toBe("wie");
    expect(volgendScherm(post("terug", "betrokkene", { "indiener.voorWie": "ander" })).stap).toBe("relatie");
    expect(volgendScherm(post("terug", "controle", ZELF)).stap).toBe("details");
    expect(volgendScherm(post("terug", "wie", {})).stap).toBe("wie");
    const terug = volgendScherm(post("terug", "details", { ...ZELF, type: "correctie" }));
    expect(terug.stap).toBe("recht");
    expect(terug.fouten).toEqual({});
    expect(terug.waarden).toEqual({ ...ZELF, type: "correctie" });
  });

  it("a change button on the check page goes to that step, only when this filer has it", () => {
    expect(volgendScherm(post("naar:recht", "controle", ZELF)).stap).toBe("recht");
    expect(volgendScherm(post("naar:relatie", "controle", { "indiener.voorWie": "ander" })).stap).toBe("relatie");
    expect(volgendScherm(post("naar:relatie", "controle", ZELF)).stap).toBe("controle");
    expect(volgendScherm(post("naar:onzin", "details", ZELF)).stap).toBe("details");
  });

  it("'rij_toevoegen' shows one more correction row on the details step, up to the maximum", () => {
    const velden = { ...ZELF, type: "correctie" };
    expect(volgendScherm(post("rij_toevoegen", "details", velden)).rijen).toBe(CORRECTIE_RIJEN_START + 1);
    const vol = volgendScherm(post("rij_toevoegen", "details", velden, { rijen: CORRECTIE_RIJEN_MAX }));
    expect(vol).toMatchObject({ stap: "details", rijen: CORRECTIE_RIJEN_MAX });
  });
});

describe("the honeypot: a neutral message, nothing else changes", () => {
  it("stays on the step without validating it", () => {
    const scherm = volgendScherm(post("volgende", "wie", {}, { honeypotGevuld: true }));
    expect(scherm).toMatchObject({ stap: "wie", melding: { soort: "neutraal" }, fouten: {} });
  });

  it("on the check page keeps the summary and the key that was sent", () => {
    const scherm = volgendScherm(
      post("indienen", "controle", { ...ZELF, ...INZAGE }, { honeypotGevuld: true, sleutel: "oud" }),
    );
    expect(scherm).toMatchObject({ stap: "controle", sleutel: "oud", melding: { soort: "neutraal" } });
    expect(scherm.invoer?.verzoek.type).toBe("inzage");
  });
});

describe("sending: when the service refuses", () => {
  const afgewezen = (afwijzing: WizardAfwijzing, sleutel = "oud") =>
    volgendScherm(post("indienen", "controle", { ...ZELF, ...INZAGE }, { afwijzing, sleutel }));

  it("invalid data: back to the first step with an error, with the service's messages", () => {
    const scherm = afgewezen({
      code: "ongeldig",
      extra: { fouten: { "betrokkene.naam": ["betrokkene_naam_verplicht"], type: ["type_verplicht"] } },
    });
    expect(scherm).toMatchObject({
      stap: "betrokkene",
      fouten: { "betrokkene.naam": ["betrokkene_naam_verplicht"], type: ["type_verplicht"] },
    });
  });

  it("not allowed: back to the person step with the reason", () => {
    const reden = { code: "alleen_voor_volwassenen", nl: "Niet toegestaan.", en: "Not allowed." };
    const scherm = afgewezen({ code: "niet_toegestaan", extra: { weigering: reden } });
    expect(scherm).toMatchObject({ stap: "betrokkene", weigering: reden, notitie: null });
  });

  it("too many requests: the check page with the wait, keeping the key (nothing was stored)", () => {
    const scherm = afgewezen({ code: "te_vaak", extra: { wachtMinuten: 7 } });
    expect(scherm).toMatchObject({ stap: "controle", sleutel: "oud", melding: { soort: "te_vaak", minuten: 7 } });
    expect(scherm.invoer).not.toBeNull();
  });

  it("an unusable key or a bot: the check page again with a new key", () => {
    const sleutel = afgewezen({ code: "sleutel_ongeldig", extra: {} });
    expect(sleutel).toMatchObject({ stap: "controle", melding: { soort: "sleutel" } });
    expect(sleutel.sleutel).not.toBe("oud");
    const bot = afgewezen({ code: "honeypot", extra: {} });
    expect(bot).toMatchObject({ stap: "controle", melding: { soort: "neutraal" } });
    expect(bot.sleutel).not.toBe("oud");
  });

  it("a submit whose whole form is not valid (tampered) shows the first wrong step, never the check page", () => {
    const scherm = volgendScherm(
      post(
        "volgende",
        "details",
        { "indiener.voorWie": "zelf", type: "inzage", "inzage.afschrift": "ja" },
        { alleFouten: {} },
      ),
    );
    expect(scherm.stap).toBe("wie");
    expect(scherm.invoer).toBeNull();
  });
});

describe("reading the form", () => {
  it("keeps the answers, not the steering fields, and only names the wizard knows", () => {
    const waarden = platteWaarden([
      ["intent", "volgende"],
      ["stap", "wie"],
      ["website", ""],
      ["sleutel", "x"],
      ["rijen", "4"],
      ["betrokkene.naam", "Jorien"],
      ["correctie.rijen[2].welk", "adres"],
      ["__proto__", "x"],
      ["a b", "x"],
      ["correctie.rijen[123].welk", "x"],
    ]);
    expect(waarden).toEqual({ "betrokkene.naam": "Jorien", "correctie.rijen[2].welk": "adres" });
  });

  it("cuts a text at twice the longest limit (so it is still refused as too long), and stops at 200 fields", () => {
    const lang = "a".repeat(3 * TEKSTLIMIET.lang);
    expect(platteWaarden([["afscherming.wat", lang]])["afscherming.wat"]).toHaveLength(2 * TEKSTLIMIET.lang);
    const letters = (i: number): string =>
      (i < 26 ? "" : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const veel = Array.from({ length: 500 }, (_, i) => [`veld.${letters(i)}`, "x"] as [string, string]);
    expect(Object.keys(platteWaarden(veel))).toHaveLength(201);
  });

  it("shows as many correction rows as asked or filled in, between the start number and the maximum", () => {
    expect(aantalRijen({}, null)).toBe(CORRECTIE_RIJEN_START);
    expect(aantalRijen({}, "5")).toBe(5);
    expect(aantalRijen({ "correctie.rijen[7].welk": "x" }, "2")).toBe(8);
    expect(aantalRijen({}, "9999")).toBe(CORRECTIE_RIJEN_MAX);
    expect(aantalRijen({}, "2.5")).toBe(CORRECTIE_RIJEN_START);
    expect(rijIndex("correctie.rijen[12].nu")).toBe(12);
    expect(rijIndex("type")).toBe(-1);
  });

  it("turns unknown schema messages into 'ongeldig'", () => {
    expect(foutcodes({ "betrokkene.naam": ["betrokkene_naam_verplicht", "iets"], leeg: [], niets: null })).toEqual({
      "betrokkene.naam": ["betrokkene_naam_verplicht", "ongeldig"],
    });
  });

  it("reads an e-mail code as people copy it from the mail", () => {
    expect(leesCode("123 456")).toEqual({ ok: true, code: "123456" });
    expect(leesCode("123-456")).toEqual({ ok: true, code: "123456" });
    expect(leesCode(" ")).toEqual({ ok: false, fout: "leeg" });
    expect(leesCode("12345")).toEqual({ ok: false, fout: "formaat" });
    expect(leesCode("12345a")).toEqual({ ok: false, fout: "formaat" });
    expect(isEmailIntent("code_controleren")).toBe(true);
    expect(isEmailIntent("indienen")).toBe(false);
  });
});

describe("which answers a step shows itself (the rest go along hidden)", () => {
  it("the person's e-mail only when filing for someone else; the details of the chosen right only", () => {
    expect(zichtbaar("betrokkene", "betrokkene.email", undefined, "zelf")).toBe(false);
    expect(zichtbaar("betrokkene", "betrokkene.email", undefined, "ander")).toBe(true);
    expect(zichtbaar("details", "correctie.rijen[0].welk", "correctie", "zelf")).toBe(true);
    expect(zichtbaar("details", "inzage.afschrift", "correctie", "zelf")).toBe(false);
    expect(zichtbaar("controle", "type", "inzage", "zelf")).toBe(false);
  });

  it("a new wizard starts on the first step with empty answers", () => {
    expect(leegWizard()).toMatchObject({ scherm: "wizard", stap: "wie", waarden: {}, rijen: CORRECTIE_RIJEN_START });
  });
});
