import { describe, expect, it } from "vitest";
import {
  achterhoudingMarker,
  achterhoudingsgrondenVoor,
  besluitBijAchterhoudingen,
  conceptDeelafwijzing,
  pakketNaAchterhouding,
  pasAchterhoudingenToe,
  valideerAchterhouding,
} from "./achterhouding";

const ITEM = "11111111-1111-4111-8111-111111111111";
const DOC = "22222222-2222-4222-8222-222222222222";
const item = {
  id: ITEM,
  categorie: "zorg",
  inhoud: { verslag: "Gesprek met moeder", afspraken: "Wekelijks" },
  inAntwoord: true,
};
const geldig = {
  dossierItemId: ITEM,
  veld: "verslag",
  grond: "rechten_en_vrijheden_anderen",
  toelichting: "Gaat over de moeder.",
};

describe("gronden", () => {
  it("inzage: gegevens van anderen, opsporing van strafbare feiten en het belang van het kind", () => {
    expect(achterhoudingsgrondenVoor("inzage")).toEqual([
      "rechten_en_vrijheden_anderen",
      "opsporing_strafbare_feiten",
      "belang_minderjarige",
    ]);
  });
  it("dataportabiliteit: alleen de gronden die de AVG daar toelaat; andere verzoeken: geen", () => {
    expect(achterhoudingsgrondenVoor("dataportabiliteit")).toEqual([
      "rechten_en_vrijheden_anderen",
      "belang_minderjarige",
    ]);
    expect(achterhoudingsgrondenVoor("correctie")).toEqual([]);
  });
  it("de markering zegt de reden in gewone woorden", () => {
    expect(achterhoudingMarker("rechten_en_vrijheden_anderen", "nl")).toBe("[achtergehouden: gegevens over een ander]");
    expect(achterhoudingMarker("belang_minderjarige", "en")).toBe("[withheld: in the child's interest]");
  });
});

describe("valideerAchterhouding", () => {
  const ctx = { type: "inzage", item, bestaande: [] };
  it("een veld of het hele onderdeel, met grond en toelichting", () => {
    expect(valideerAchterhouding(geldig, ctx)).toEqual({ ...geldig, veld: "verslag" });
    expect(valideerAchterhouding({ ...geldig, veld: "" }, ctx).veld).toBeNull();
  });
  it("weigert een veld dat het onderdeel niet heeft, een onbekend onderdeel en een onderdeel buiten het antwoord", () => {
    expect(() => valideerAchterhouding({ ...geldig, veld: "bestaat_niet" }, ctx)).toThrow(
      expect.objectContaining({ code: "veld_onbekend", veld: "veld" }),
    );
    expect(() => valideerAchterhouding(geldig, { ...ctx, item: null })).toThrow(
      expect.objectContaining({ code: "item_onbekend" }),
    );
    expect(() => valideerAchterhouding(geldig, { ...ctx, item: { ...item, inAntwoord: false } })).toThrow(
      expect.objectContaining({ code: "item_onbekend" }),
    );
  });
  it("weigert een grond die niet past bij het soort verzoek, en een verzoek dat geen inzage is", () => {
    expect(() => valideerAchterhouding({ ...geldig, grond: "" }, ctx)).toThrow(
      expect.objectContaining({ code: "grond_verplicht" }),
    );
    expect(() => valideerAchterhouding({ ...geldig, grond: "wettelijke_bewaarplicht" }, ctx)).toThrow(
      expect.objectContaining({ code: "grond_ongeldig" }),
    );
    expect(() =>
      valideerAchterhouding({ ...geldig, grond: "opsporing_strafbare_feiten" }, { ...ctx, type: "dataportabiliteit" }),
    ).toThrow(expect.objectContaining({ code: "grond_ongeldig" }));
    expect(() => valideerAchterhouding(geldig, { ...ctx, type: "verwijdering" })).toThrow(
      expect.objectContaining({ code: "verkeerd_type" }),
    );
  });
  it("de toelichting is verplicht, ten hoogste 500 tekens en zonder BSN", () => {
    expect(() => valideerAchterhouding({ ...geldig, toelichting: "  " }, ctx)).toThrow(
      expect.objectContaining({ code: "toelichting_verplicht" }),
    );
    expect(valideerAchterhouding({ ...geldig, toelichting: "x".repeat(500) }, ctx).toelichting).toHaveLength(500);
    expect(() => valideerAchterhouding({ ...geldig, toelichting: "x".repeat(501) }, ctx)).toThrow(
      expect.objectContaining({ code: "toelichting_te_lang" }),
    );
    expect(() => valideerAchterhouding({ ...geldig, toelichting: "BSN 111222333 van de moeder" }, ctx)).toThrow(
      expect.objectContaining({ code: "bsn_niet_toegestaan" }),
    );
  });
  it("niet twee keer hetzelfde, en geen los veld van een onderdeel dat al helemaal is achtergehouden", () => {
    expect(() =>
      valideerAchterhouding(geldig, { ...ctx, bestaande: [{ dossierItemId: ITEM, veld: "verslag" }] }),
    ).toThrow(expect.objectContaining({ code: "al_achtergehouden" }));
    expect(() => valideerAchterhouding(geldig, { ...ctx, bestaande: [{ dossierItemId: ITEM, veld: null }] })).toThrow(
      expect.objectContaining({ code: "heel_item_al_achtergehouden" }),
    );
  });
});

describe("pasAchterhoudingenToe", () => {
  type T = { id: string; categorie: string; inhoud: Record<string, string>; documentSleutel: string | null };
  const items: T[] = [
    {
      id: ITEM,
      categorie: "zorg",
      inhoud: { verslag: "Gesprek met moeder", afspraken: "Wekelijks" },
      documentSleutel: null,
    },
    {
      id: DOC,
      categorie: "documenten",
      inhoud: { omschrijving: "Brief van de school" },
      documentSleutel: "documenten/x.pdf",
    },
    {
      id: "33333333-3333-4333-8333-333333333333",
      categorie: "zorg",
      inhoud: { verslag: "Niets bijzonders" },
      documentSleutel: null,
    },
  ];
  it("een achtergehouden veld krijgt de markering; de rest blijft", () => {
    const r = pasAchterhoudingenToe(
      items,
      [{ dossierItemId: ITEM, veld: "verslag", grond: "rechten_en_vrijheden_anderen" }],
      "nl",
    );
    expect(r.items[0]!.inhoud).toEqual({
      verslag: "[achtergehouden: gegevens over een ander]",
      afspraken: "Wekelijks",
    });
    expect(JSON.stringify(r)).not.toContain("Gesprek met moeder");
    expect(r.achtergehouden).toEqual([
      expect.objectContaining({
        categorie: "zorg",
        itemId: ITEM,
        veld: "verslag",
        grond: "rechten_en_vrijheden_anderen",
        reden: "gegevens over een ander",
        origineelWeggelaten: false,
      }),
    ]);
    expect(r.achtergehouden[0]!.grondslag).toContain("art. 15 lid 4");
  });
  it("een heel onderdeel verdwijnt, zonder id of titel in de lijst", () => {
    const r = pasAchterhoudingenToe(
      items,
      [{ dossierItemId: ITEM, veld: null, grond: "opsporing_strafbare_feiten" }],
      "en",
    );
    expect(r.items.map((i) => i.id)).toEqual([DOC, "33333333-3333-4333-8333-333333333333"]);
    expect(r.achtergehouden).toEqual([
      expect.objectContaining({
        categorie: "zorg",
        itemId: null,
        veld: null,
        reden: "investigation of a criminal offence",
      }),
    ]);
  });
  it("een veld van een document: ook het originele bestand gaat niet mee", () => {
    const r = pasAchterhoudingenToe(
      items,
      [{ dossierItemId: DOC, veld: "omschrijving", grond: "belang_minderjarige" }],
      "nl",
    );
    expect(r.items[1]!.documentSleutel).toBeNull();
    expect(r.achtergehouden[0]!.origineelWeggelaten).toBe(true);
  });
  it("het hele onderdeel gaat voor een los veld; onderdelen die niet in het antwoord staan tellen niet", () => {
    const r = pasAchterhoudingenToe(
      items,
      [
        { dossierItemId: ITEM, veld: "verslag", grond: "rechten_en_vrijheden_anderen" },
        { dossierItemId: ITEM, veld: null, grond: "rechten_en_vrijheden_anderen" },
        { dossierItemId: "99999999-9999-4999-8999-999999999999", veld: null, grond: "rechten_en_vrijheden_anderen" },
      ],
      "nl",
    );
    expect(r.items).toHaveLength(2);
    expect(r.achtergehouden).toHaveLength(1);
  });
});

describe("besluit en pakket", () => {
  const a = [{ grond: "rechten_en_vrijheden_anderen" }, { grond: "belang_minderjarige" }];
  it("met achterhoudingen geen toewijzing, en een gedeeltelijke afwijzing noemt elke grond", () => {
    expect(besluitBijAchterhoudingen({ soort: "toewijzing", gronden: [] }, a)).toBe(
      "achterhouding_vraagt_deelafwijzing",
    );
    expect(
      besluitBijAchterhoudingen({ soort: "gedeeltelijke_afwijzing", gronden: ["rechten_en_vrijheden_anderen"] }, a),
    ).toBe("achterhoudingsgrond_ontbreekt");
    expect(
      besluitBijAchterhoudingen(
        { soort: "gedeeltelijke_afwijzing", gronden: ["belang_minderjarige", "rechten_en_vrijheden_anderen"] },
        a,
      ),
    ).toBeNull();
    expect(besluitBijAchterhoudingen({ soort: "afwijzing", gronden: ["identiteit_niet_vastgesteld"] }, a)).toBeNull();
    expect(besluitBijAchterhoudingen({ soort: "toewijzing", gronden: [] }, [])).toBeNull();
  });
  it("een pakket pas na een ondertekende gedeeltelijke afwijzing", () => {
    expect(pakketNaAchterhouding(0, [])).toBeNull();
    expect(pakketNaAchterhouding(1, [])).toBe("deelafwijzing_niet_ondertekend");
    expect(pakketNaAchterhouding(1, [{ soort: "gedeeltelijke_afwijzing", status: "ter_ondertekening" }])).toBe(
      "deelafwijzing_niet_ondertekend",
    );
    expect(pakketNaAchterhouding(1, [{ soort: "toewijzing", status: "verzonden" }])).toBe(
      "deelafwijzing_niet_ondertekend",
    );
    expect(pakketNaAchterhouding(1, [{ soort: "gedeeltelijke_afwijzing", status: "verzonden" }])).toBeNull();
    expect(pakketNaAchterhouding(2, [{ soort: "gedeeltelijke_afwijzing", status: "ondertekend" }])).toBeNull();
  });
  it("het concept: gedeeltelijke afwijzing met de gebruikte gronden en een eerste motivering", () => {
    const c = conceptDeelafwijzing(
      [{ grond: "belang_minderjarige" }, { grond: "rechten_en_vrijheden_anderen" }, { grond: "belang_minderjarige" }],
      "nl",
    );
    expect(c.soort).toBe("gedeeltelijke_afwijzing");
    expect(c.gronden).toEqual(["rechten_en_vrijheden_anderen", "belang_minderjarige"]);
    expect(c.motivering.length).toBeGreaterThanOrEqual(20);
    expect(c.motivering).toContain("3 delen");
  });
});
