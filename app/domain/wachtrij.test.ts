import { describe, expect, it } from "vitest";
import {
  dagenTot,
  decodeerCursor,
  encodeerCursor,
  escapeLike,
  parseWachtrijFilters,
  termijnGroep,
  urgentieTekst,
  urgentieVan,
  wachtrijZoekparams,
} from "./wachtrij";

const ID = "0b9f3c2e-7d41-4f0a-9a55-2a8e6c1d4b77";

describe("dagen tot de doeltermijn", () => {
  it("telt kalenderdagen vanaf vandaag (Amsterdam), negatief als de termijn voorbij is", () => {
    expect(dagenTot("2026-03-17", "2026-03-10")).toBe(7);
    expect(dagenTot("2026-03-18", "2026-03-10")).toBe(8);
    expect(dagenTot("2026-03-10", "2026-03-10")).toBe(0);
    expect(dagenTot("2026-03-07", "2026-03-10")).toBe(-3);
    // Over de overgang naar zomertijd (29 maart 2026) en een maandgrens heen: gewoon 5 dagen.
    expect(dagenTot("2026-04-02", "2026-03-28")).toBe(5);
    // Schrikkeljaar: 28 februari 2028 tot 1 maart 2028 zijn 2 dagen.
    expect(dagenTot("2028-03-01", "2028-02-28")).toBe(2);
  });
});

describe("urgentie", () => {
  it("is rood na de doeltermijn, oranje bij 0 tot en met 7 dagen, anders normaal", () => {
    expect(urgentieVan(-1)).toBe("te_laat");
    expect(urgentieVan(0)).toBe("binnenkort");
    expect(urgentieVan(7)).toBe("binnenkort");
    expect(urgentieVan(8)).toBe("op_schema");
  });

  it("zegt het ook in tekst, niet alleen met kleur", () => {
    expect(urgentieTekst(-3)).toEqual({ nl: "Te laat: 3 dagen", en: "Overdue: 3 days" });
    expect(urgentieTekst(-1)).toEqual({ nl: "Te laat: 1 dag", en: "Overdue: 1 day" });
    expect(urgentieTekst(0)).toEqual({ nl: "Vandaag", en: "Due today" });
    expect(urgentieTekst(1)).toEqual({ nl: "Nog 1 dag", en: "1 day left" });
    expect(urgentieTekst(5)).toEqual({ nl: "Nog 5 dagen", en: "5 days left" });
    expect(urgentieTekst(20)).toEqual({ nl: "Nog 20 dagen", en: "20 days left" });
  });
});

describe("termijngroepen van het dashboard", () => {
  it("deelt in op dagen tot de doeltermijn, met de grenzen 0, 7, 14 en 28", () => {
    expect([-5, -1].map(termijnGroep)).toEqual(["te_laat", "te_laat"]);
    expect([0, 7].map(termijnGroep)).toEqual(["binnen_7_dagen", "binnen_7_dagen"]);
    expect([8, 14].map(termijnGroep)).toEqual(["1_2_weken", "1_2_weken"]);
    expect([15, 28].map(termijnGroep)).toEqual(["2_4_weken", "2_4_weken"]);
    expect([29, 400].map(termijnGroep)).toEqual(["later", "later"]);
  });
});

describe("cursor", () => {
  const positie = { doelTermijn: "2026-03-30", wettelijkeTermijn: "2026-04-02", id: ID };

  it("gaat heen en terug zonder verlies, en is niet als tekst leesbaar", () => {
    const cursor = encodeerCursor(positie);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("2026");
    expect(decodeerCursor(cursor)).toEqual(positie);
  });

  it("weigert een kapotte of aangepaste cursor", () => {
    const geldig = encodeerCursor(positie);
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    expect(decodeerCursor(geldig.slice(0, -3))).toBeNull();
    expect(decodeerCursor(`${geldig}!`)).toBeNull();
    expect(decodeerCursor("")).toBeNull();
    expect(decodeerCursor(undefined)).toBeNull();
    expect(decodeerCursor("A".repeat(201))).toBeNull();
    expect(decodeerCursor(b64(`2|2026-03-30|2026-04-02|${ID}`))).toBeNull();
    expect(decodeerCursor(b64(`1|2026-02-30|2026-04-02|${ID}`))).toBeNull();
    expect(decodeerCursor(b64("1|2026-03-30|2026-04-02|x' or 1=1"))).toBeNull();
    expect(decodeerCursor(b64(`1|2026-03-30|2026-04-02|${ID}|extra`))).toBeNull();
    expect(decodeerCursor(b64(`1|2026-03-30|2026-04-02|${ID}`))).toEqual(positie);
  });
});

describe("filters", () => {
  const fout = (invoer: Record<string, unknown>) => {
    const uitslag = parseWachtrijFilters(invoer);
    expect(uitslag.ok).toBe(false);
    return uitslag.ok ? {} : uitslag.fouten;
  };

  it("leest alle filters uit de zoekparameters", () => {
    const cursor = encodeerCursor({ doelTermijn: "2026-03-30", wettelijkeTermijn: "2026-04-02", id: ID });
    const params = new URLSearchParams({
      type: "inzage",
      status: "in_behandeling",
      behandelaar: "ik",
      teLaat: "ja",
      wachtOpClient: "ja",
      zoek: "  Jansen ",
      na: cursor,
      taal: "nl",
    });
    expect(parseWachtrijFilters(params)).toEqual({
      ok: true,
      filters: {
        type: "inzage",
        status: "in_behandeling",
        behandelaar: "ik",
        teLaat: true,
        wachtOpClient: true,
        zoek: "Jansen",
        na: cursor,
      },
    });
  });

  it("telt lege velden als niet ingevuld", () => {
    const params = new URLSearchParams("type=&status=&behandelaar=&zoek=%20%20&na=");
    expect(parseWachtrijFilters(params)).toEqual({ ok: true, filters: {} });
  });

  it("geeft per veld een eigen fout", () => {
    expect(fout({ type: "klacht" })).toEqual({ type: ["type_onbekend"] });
    // A closed status is not a queue filter: the queue holds open requests only.
    expect(fout({ status: "afgerond" })).toEqual({ status: ["status_onbekend"] });
    expect(fout({ behandelaar: "iemand" })).toEqual({ behandelaar: ["behandelaar_onbekend"] });
    expect(fout({ teLaat: "1" })).toEqual({ teLaat: ["vinkje_ongeldig"] });
    expect(fout({ zoek: "x".repeat(101) })).toEqual({ zoek: ["zoek_te_lang"] });
    expect(fout({ voor: "niet-een-cursor" })).toEqual({ voor: ["cursor_ongeldig"] });
  });

  it("gebruikt de meegegeven meldingen", () => {
    const uitslag = parseWachtrijFilters(
      { type: "klacht" },
      {
        type_onbekend: "Kies een recht uit de lijst.",
        status_onbekend: "",
        behandelaar_onbekend: "",
        vinkje_ongeldig: "",
        zoek_te_lang: "",
        cursor_ongeldig: "",
        sorteer_onbekend: "",
      },
    );
    expect(uitslag).toEqual({ ok: false, fouten: { type: ["Kies een recht uit de lijst."] } });
  });

  it("accepteert een medewerker-id, niemand en 100 tekens zoektekst", () => {
    const uitslag = parseWachtrijFilters({ behandelaar: ID.toUpperCase(), zoek: "x".repeat(100) });
    expect(uitslag).toEqual({ ok: true, filters: { behandelaar: ID, zoek: "x".repeat(100) } });
    expect(parseWachtrijFilters({ behandelaar: "niemand" })).toEqual({ ok: true, filters: { behandelaar: "niemand" } });
  });

  it("neemt bij zowel 'na' als 'voor' de volgende pagina", () => {
    const na = encodeerCursor({ doelTermijn: "2026-03-30", wettelijkeTermijn: "2026-04-02", id: ID });
    const voor = encodeerCursor({ doelTermijn: "2026-03-01", wettelijkeTermijn: "2026-03-02", id: ID });
    expect(parseWachtrijFilters({ na, voor })).toEqual({ ok: true, filters: { na } });
  });

  it("maakt van filters weer dezelfde zoekparameters", () => {
    const filters = { type: "bezwaar", behandelaar: "niemand", teLaat: true, zoek: "AVG-2026" } as const;
    const params = wachtrijZoekparams(filters);
    expect(params.toString()).toBe("type=bezwaar&behandelaar=niemand&teLaat=ja&zoek=AVG-2026");
    expect(parseWachtrijFilters(params)).toEqual({ ok: true, filters });
  });
});

describe("escapeLike", () => {
  it("maakt %, _ en \\ letterlijk", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b");
    expect(escapeLike("Jansen")).toBe("Jansen");
  });
});
