import { describe, expect, it } from "vitest";
import {
  heeftToekennendBesluit,
  bewaartermijnTekst,
  documentPad,
  downloadWeigering,
  hoortInPakket,
  ManifestSchema,
  PAKKET_FORMAAT_VERSIE,
  PakketCategorieSchema,
  PakketVerwerkingSchema,
  ToegangslogSchema,
  pakketJsonSchemas,
} from "./pakket";

const item = (over: Partial<{ herkomst: string; betreftDerde: boolean; afgeschermd: boolean }>) => ({
  herkomst: "client",
  betreftDerde: false,
  afgeschermd: false,
  ...over,
});

describe("hoortInPakket", () => {
  it("inzage: alles over de cliënt, ook wat een derde vertelde, maar nooit afgeschermde gegevens", () => {
    expect(hoortInPakket("inzage", item({ herkomst: "gemeente (toewijzing)" }))).toBe(true);
    expect(hoortInPakket("inzage", item({ betreftDerde: true }))).toBe(true);
    expect(hoortInPakket("inzage", item({ afgeschermd: true }))).toBe(false);
  });

  it("dataportabiliteit: alleen wat de cliënt gaf of wat uit de zorg ontstond, nooit gegevens over een derde", () => {
    expect(hoortInPakket("dataportabiliteit", item({ herkomst: "client" }))).toBe(true);
    expect(hoortInPakket("dataportabiliteit", item({ herkomst: "zorgverlener" }))).toBe(true);
    expect(hoortInPakket("dataportabiliteit", item({ herkomst: "zorgverlener", betreftDerde: true }))).toBe(false);
    expect(hoortInPakket("dataportabiliteit", item({ herkomst: "gemeente (toewijzing)" }))).toBe(false);
    expect(hoortInPakket("dataportabiliteit", item({ herkomst: "huisarts (verwijzing)" }))).toBe(false);
    expect(hoortInPakket("dataportabiliteit", item({ afgeschermd: true }))).toBe(false);
  });
});

describe("schemas", () => {
  it("de JSON Schemas komen uit dezelfde zod-schema's en sluiten onbekende velden uit", () => {
    const s = pakketJsonSchemas() as Record<
      string,
      { $schema: string; additionalProperties?: boolean; required?: string[] }
    >;
    expect(Object.keys(s).sort()).toEqual(["categorie.schema.json", "manifest.schema.json", "toegangslog.schema.json"]);
    expect(s["manifest.schema.json"]!.$schema).toContain("2020-12");
    expect(s["manifest.schema.json"]!.additionalProperties).toBe(false);
    expect(s["manifest.schema.json"]!.required).toContain("bestanden");
  });

  it("elke verwerking noemt geautomatiseerde besluiten (art. 15 lid 1 sub h) en doorgifte buiten de EER (lid 2)", () => {
    const s = pakketJsonSchemas() as Record<string, { $defs?: unknown; properties?: Record<string, unknown> }>;
    const tekst = JSON.stringify(s["categorie.schema.json"]);
    expect(tekst).toContain("geautomatiseerdeBesluitvorming");
    expect(tekst).toContain("doorgifteBuitenEer");
    const verwerking = {
      sleutel: "zorgverlening",
      versie: 1,
      naam: "Zorgverlening",
      doel: "Zorg geven",
      rechtsgrond: "art. 6 lid 1 sub b AVG",
      ontvangers: [],
      bewaartermijn: "20 jaar",
      bron: "cliënt",
      geautomatiseerdeBesluitvorming: null,
      doorgifteBuitenEer: "Verenigde Staten, modelcontractbepalingen",
    };
    expect(PakketVerwerkingSchema.safeParse(verwerking).success).toBe(true);
    // Leaving the two out is not allowed: the answer must say "none" explicitly (null).
    const { doorgifteBuitenEer: _weg, ...zonder } = verwerking;
    expect(PakketVerwerkingSchema.safeParse(zonder).success).toBe(false);
  });

  it("de toegangslog noemt wie (rol), wanneer, wat en waarom, en heeft een eigen schema", () => {
    const s = pakketJsonSchemas() as Record<string, { required?: string[] }>;
    expect(s["toegangslog.schema.json"]!.required).toEqual(expect.arrayContaining(["regels", "tot"]));
    const regel = {
      op: "2026-03-10T10:00:00.000Z",
      wie: "Een lid van de directie",
      namens: null,
      wat: "bekeek uw dossier",
      onderdeel: "het hele dossier",
      waarom: "Voor verzoek AVG-2026-000001",
      actie: "dossier.bekeken",
    };
    expect(
      ToegangslogSchema.safeParse({
        formaatVersie: PAKKET_FORMAAT_VERSIE,
        tot: "2026-03-10T10:00:00.000Z",
        regels: [regel],
      }).success,
    ).toBe(true);
    expect(
      ToegangslogSchema.safeParse({
        formaatVersie: PAKKET_FORMAAT_VERSIE,
        tot: "2026-03-10T10:00:00.000Z",
        regels: [{ ...regel, wie: "" }],
      }).success,
    ).toBe(false);
  });

  it("het manifest heeft geen plaats voor een BSN", () => {
    const basis = {
      formaatVersie: PAKKET_FORMAAT_VERSIE,
      pakketId: "7d0f6e2c-3a3b-4b5e-9f7a-2c1d0e9b8a76",
      soort: "inzage",
      verzoeknummer: "AVG-2026-000001",
      aangemaaktOp: "2026-03-10T10:00:00.000Z",
      verwerkingsverantwoordelijke: { naam: "Praktijk", adres: "", email: "", fg: "" },
      betrokkene: { naam: "Cliënt Fictief", geboortedatum: "1980-01-01", clientnummer: "DL-1" },
      bestanden: [],
      achtergehouden: [],
    };
    expect(ManifestSchema.safeParse(basis).success).toBe(true);
    expect(ManifestSchema.safeParse({ ...basis, betrokkene: { ...basis.betrokkene, bsn: "123456782" } }).success).toBe(
      false,
    );
  });

  it("het manifest noemt achtergehouden delen met grond, maar heeft geen plaats voor de inhoud", () => {
    const basis = {
      formaatVersie: PAKKET_FORMAAT_VERSIE,
      pakketId: "7d0f6e2c-3a3b-4b5e-9f7a-2c1d0e9b8a76",
      soort: "inzage",
      verzoeknummer: "AVG-2026-000001",
      aangemaaktOp: "2026-03-10T10:00:00.000Z",
      verwerkingsverantwoordelijke: { naam: "Praktijk", adres: "", email: "", fg: "" },
      betrokkene: { naam: "Cliënt Fictief", geboortedatum: "1980-01-01", clientnummer: "DL-1" },
      bestanden: [],
    };
    const deel = {
      categorie: "zorg",
      itemId: null,
      veld: null,
      origineelWeggelaten: false,
      grond: "rechten_en_vrijheden_anderen",
      reden: "gegevens over een ander",
      grondslag: "art. 15 lid 4 AVG",
    };
    expect(ManifestSchema.safeParse({ ...basis, achtergehouden: [deel] }).success).toBe(true);
    expect(ManifestSchema.safeParse(basis).success).toBe(false);
    expect(ManifestSchema.safeParse({ ...basis, achtergehouden: [{ ...deel, inhoud: "geheim" }] }).success).toBe(false);
  });

  it("een categoriebestand met een onbekende categorie wordt geweigerd", () => {
    const r = PakketCategorieSchema.safeParse({
      formaatVersie: "1.0",
      categorie: "geheim",
      bewaartermijn: "",
      verwerkingen: [],
      verstrekkingen: [],
      items: [],
    });
    expect(r.success).toBe(false);
  });
});

describe("hulpregels", () => {
  it("bestandsnamen in de ZIP zijn veilig (geen map-sprongen)", () => {
    expect(documentPad("12345678-aaaa", "../../etc/passwd")).toBe("documenten/12345678-_.._etc_passwd");
    expect(documentPad("abcdefgh-1", "verslag 2025.pdf")).toBe("documenten/abcdefgh-verslag_2025.pdf");
  });

  it("bewaartermijn: het beleid van de organisatie gaat voor de standaard", () => {
    expect(bewaartermijnTekst("financieel", {})).toBe(
      "7 jaar vanaf de dag dat elk gegeven is vastgelegd (fiscale bewaarplicht, art. 52 AWR)",
    );
    expect(bewaartermijnTekst("zorg", { zorg: { jaren: 15, vanaf: "einde_zorg" } })).toBe(
      "15 jaar na het einde van de zorg",
    );
    expect(bewaartermijnTekst("zorg", { zorg: { jaren: 15, vanaf: "einde_zorg" } }, "en")).toBe(
      "15 years after care ends",
    );
  });

  it("bewaartermijn: the default counts from the day each record was made (art. 7:454 lid 3 BW), as the erasure plan does", () => {
    expect(bewaartermijnTekst("zorg", {})).toBe(
      "20 jaar vanaf de dag dat elk gegeven is vastgelegd (WGBO, art. 7:454 lid 3 BW)",
    );
    expect(bewaartermijnTekst("zorg", {}, "en")).toBe(
      "20 years from the day each record was made (WGBO, Article 7:454(3) Dutch Civil Code)",
    );
    for (const c of ["personalia", "contact", "zorg", "financieel", "documenten"] as const) {
      expect(bewaartermijnTekst(c, {})).not.toMatch(/laatste wijziging/);
    }
    // Personalia follow the policy (1 year after care ends), not the care record's 20 years.
    expect(bewaartermijnTekst("personalia", {})).toBe("1 jaar na het einde van de zorg");
  });

  it("downloaden kan tot de vervaldatum, met sleutel, en tot het maximum", () => {
    const p = {
      status: "klaar",
      heeftSleutel: true,
      verlooptOp: new Date("2026-03-24T10:00:00Z"),
      aantalDownloads: 4,
      maxDownloads: 5,
    };
    expect(downloadWeigering(p, new Date("2026-03-24T09:59:59Z"))).toBeNull();
    expect(downloadWeigering(p, new Date("2026-03-24T10:00:00Z"))).toBe("verlopen");
    expect(downloadWeigering({ ...p, heeftSleutel: false }, new Date("2026-03-01"))).toBe("verlopen");
    expect(downloadWeigering({ ...p, aantalDownloads: 5 }, new Date("2026-03-01"))).toBe("limiet");
  });
});

describe("heeftToekennendBesluit (a package follows only a decision that grants)", () => {
  it("a sent toewijzing or a signed partial refusal allows a package", () => {
    expect(heeftToekennendBesluit([{ soort: "toewijzing", status: "verzonden" }])).toBe(true);
    expect(heeftToekennendBesluit([{ soort: "gedeeltelijke_afwijzing", status: "ondertekend" }])).toBe(true);
    expect(
      heeftToekennendBesluit([
        { soort: "verlenging", status: "verzonden" },
        { soort: "gedeeltelijke_afwijzing", status: "verzonden" },
      ]),
    ).toBe(true);
  });
  it("no decision, a draft, a refusal or a manifestly unfounded decision does not", () => {
    expect(heeftToekennendBesluit([])).toBe(false);
    expect(heeftToekennendBesluit([{ soort: "gedeeltelijke_afwijzing", status: "ter_ondertekening" }])).toBe(false);
    expect(heeftToekennendBesluit([{ soort: "afwijzing", status: "verzonden" }])).toBe(false);
    expect(heeftToekennendBesluit([{ soort: "kennelijk_ongegrond", status: "verzonden" }])).toBe(false);
    expect(heeftToekennendBesluit([{ soort: "verlenging", status: "verzonden" }])).toBe(false);
  });
});
