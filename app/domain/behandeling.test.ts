import { describe, expect, it } from "vitest";
import {
  afwijzingSchema,
  afwijzingsgronden,
  BehandelFout,
  behandelActor,
  beschikbareStappen,
  controleerVerlengingMogelijk,
  laatsteVierSchema,
  legitimatieSchema,
  parseStapInvoer,
  rangschikKandidaten,
  valideerRegistratie,
  VERLENGING_TE_LAAT_TEKST,
  vertegenwoordigingSchema,
  type BehandelSituatie,
  type ClientRecord,
} from "./behandeling";

const IK = "11111111-1111-4111-8111-111111111111";
const ANDER = "22222222-2222-4222-8222-222222222222";

function situatie(over: Partial<BehandelSituatie> = {}): BehandelSituatie {
  return {
    status: "ontvangen",
    rollen: ["backoffice"],
    ikId: IK,
    behandelaarId: null,
    relatie: "zelf",
    overlegMetKind: false,
    kindGeraadpleegd: false,
    verlengd: false,
    ...over,
  };
}

describe("who handles", () => {
  it("backoffice first, then directie; a beheerder does not handle requests", () => {
    expect(behandelActor(["directie", "backoffice"])).toBe("backoffice");
    expect(behandelActor(["directie"])).toBe("directie");
    expect(behandelActor(["beheerder"])).toBeNull();
    expect(behandelActor(undefined)).toBeNull();
  });
});

describe("which steps are possible", () => {
  it("a new request: claim, ask, close; no decision before it is picked up", () => {
    const stappen = beschikbareStappen(situatie());
    expect(stappen).toEqual([
      "oppakken",
      "toewijzen",
      "koppelen",
      "legitimatie",
      "vraag_stellen",
      "notitie",
      "bericht",
      "intrekken",
      "sluiten_zonder_besluit",
    ]);
  });

  it("in behandeling and mine: decisions and extension, no claim", () => {
    const stappen = beschikbareStappen(situatie({ status: "in_behandeling", behandelaarId: IK }));
    expect(stappen).not.toContain("oppakken");
    expect(stappen).toEqual(
      expect.arrayContaining(["toewijzing", "afwijzing", "kennelijk_ongegrond", "verlenging", "vraag_stellen"]),
    );
    expect(beschikbareStappen(situatie({ status: "in_behandeling", behandelaarId: IK, verlengd: true }))).not.toContain(
      "verlenging",
    );
    // Someone else's: taking it over is possible.
    expect(beschikbareStappen(situatie({ status: "in_behandeling", behandelaarId: ANDER }))).toContain("oppakken");
  });

  it("waiting for the client: resume, not ask again; waiting for the directie: no second decision", () => {
    const wacht = beschikbareStappen(situatie({ status: "wacht_op_client", behandelaarId: IK }));
    expect(wacht).toContain("hervatten");
    expect(wacht).not.toContain("vraag_stellen");
    expect(wacht).not.toContain("toewijzing");
    const directie = beschikbareStappen(situatie({ status: "wacht_op_directie", behandelaarId: IK }));
    expect(directie).not.toContain("toewijzing");
    expect(directie).not.toContain("afwijzing");
    expect(directie).not.toContain("sluiten_zonder_besluit");
    expect(directie).toContain("intrekken");
  });

  it("closed requests allow nothing; a beheerder gets nothing", () => {
    expect(beschikbareStappen(situatie({ status: "afgerond" }))).toEqual([]);
    expect(beschikbareStappen(situatie({ status: "ingetrokken" }))).toEqual([]);
    expect(beschikbareStappen(situatie({ rollen: ["beheerder"] }))).toEqual([]);
  });

  it("representation check only for a representative; the child prompt only until recorded", () => {
    expect(beschikbareStappen(situatie())).not.toContain("vertegenwoordiging");
    expect(beschikbareStappen(situatie({ relatie: "ouder_met_gezag" }))).toContain("vertegenwoordiging");
    expect(beschikbareStappen(situatie({ relatie: "ouder_met_gezag", overlegMetKind: true }))).toContain(
      "kind_geraadpleegd",
    );
    expect(
      beschikbareStappen(situatie({ relatie: "ouder_met_gezag", overlegMetKind: true, kindGeraadpleegd: true })),
    ).not.toContain("kind_geraadpleegd");
  });

  it("in uitvoering: finish it", () => {
    expect(beschikbareStappen(situatie({ status: "in_uitvoering", behandelaarId: IK }))).toContain(
      "uitvoering_afronden",
    );
  });
});

describe("legitimation input", () => {
  const code = (v: unknown) => {
    const r = laatsteVierSchema.safeParse(v);
    return r.success ? r.data : r.error.issues[0]!.message;
  };
  it("exactly four letters or digits; spaces ignored, letters in capitals", () => {
    expect(code("ab12")).toBe("AB12");
    expect(code(" 9 8 7 z ")).toBe("987Z");
    expect(code("12345")).toBe("laatste_vier_te_lang");
    expect(code("ab")).toBe("laatste_vier_te_kort");
    expect(code("AB-1")).toBe("laatste_vier_tekens");
    expect(code("")).toBe("laatste_vier_verplicht");
    expect(code(undefined)).toBe("laatste_vier_verplicht");
  });
  it("only the listed ways and document types", () => {
    expect(
      legitimatieSchema.safeParse({ wijze: "video", documentType: "verblijfsdocument", laatsteVier: "0000" }).success,
    ).toBe(true);
    const fout = () =>
      parseStapInvoer(legitimatieSchema, { wijze: "brief", documentType: "paspoort", laatsteVier: "0000" });
    expect(fout).toThrow(BehandelFout);
    expect(fout).toThrow(expect.objectContaining({ code: "wijze_verplicht", veld: "wijze" }));
  });
  it("refuses a BSN in free text", () => {
    expect(() =>
      parseStapInvoer(vertegenwoordigingSchema, {
        bewijsSoort: "machtiging",
        bewijs: "Machtiging met BSN 111 222 333",
      }),
    ).toThrow(expect.objectContaining({ code: "bsn_niet_toegestaan" }));
  });
});

describe("refusal grounds", () => {
  it("fit the right, without the ground that is its own decision", () => {
    expect(afwijzingsgronden("inzage")).toEqual([
      "rechten_en_vrijheden_anderen",
      "opsporing_strafbare_feiten",
      "belang_minderjarige",
      "identiteit_niet_vastgesteld",
    ]);
    expect(afwijzingsgronden("intrekking_toestemming")).toEqual(["identiteit_niet_vastgesteld"]);
    const schema = afwijzingSchema("correctie");
    const motivering = "De gegevens kloppen volgens het verslag.";
    expect(
      schema.safeParse({ soort: "afwijzing", gronden: ["gegevens_juist", "gegevens_juist"], motivering }).data?.gronden,
    ).toEqual(["gegevens_juist"]);
    expect(
      schema.safeParse({ soort: "afwijzing", gronden: ["belang_minderjarige"], motivering }).error?.issues[0]?.message,
    ).toBe("grond_ongeldig");
    expect(
      schema.safeParse({ soort: "afwijzing", gronden: ["gegevens_juist"], motivering: "x".repeat(19) }).error?.issues[0]
        ?.message,
    ).toBe("motivering_te_kort");
    expect(
      schema.safeParse({ soort: "afwijzing", gronden: ["gegevens_juist"], motivering: "x".repeat(20) }).success,
    ).toBe(true);
  });
});

describe("extension window (AVG art. 12 lid 3)", () => {
  it("open until the end of the first month from the start, then refused with the reason", () => {
    expect(() => controleerVerlengingMogelijk("2026-03-02", "2026-04-02")).not.toThrow();
    expect(() => controleerVerlengingMogelijk("2026-03-02", "2026-04-03")).toThrow(VERLENGING_TE_LAAT_TEKST);
  });
});

describe("client-record matching", () => {
  const clienten: ClientRecord[] = [
    {
      id: "a",
      clientnummer: "DL-1",
      voornamen: "Laura",
      tussenvoegsel: "de",
      achternaam: "Wit",
      geboortedatum: "1988-04-21",
      email: "laura@mail.example",
      postcode: "3812 BK",
      status: "actief",
    },
    {
      id: "b",
      clientnummer: "DL-2",
      voornamen: "Lars",
      tussenvoegsel: "de",
      achternaam: "Wit",
      geboortedatum: "1990-01-01",
      email: null,
      postcode: "3812 BK",
      status: "voormalig",
    },
    {
      id: "c",
      clientnummer: "DL-3",
      voornamen: "Anna",
      tussenvoegsel: "",
      achternaam: "Zwart",
      geboortedatum: "1988-04-21",
      email: null,
      postcode: "1000 AA",
      status: "actief",
    },
    {
      id: "d",
      clientnummer: "DL-4",
      voornamen: "Piet",
      tussenvoegsel: "",
      achternaam: "Groen",
      geboortedatum: "1970-01-01",
      email: null,
      postcode: "3812 BK",
      status: "actief",
    },
    {
      id: "e",
      clientnummer: "DL-5",
      voornamen: "Wit",
      tussenvoegsel: "",
      achternaam: "Witteveen",
      geboortedatum: "1970-01-01",
      email: null,
      postcode: "",
      status: "actief",
    },
  ];

  it("ranks name + date of birth + e-mail first, case- and accent-insensitive; a postcode alone is no candidate", () => {
    const lijst = rangschikKandidaten(
      { naam: "LAURA DÉ  wit", geboortedatum: "1988-04-21", email: "Laura@Mail.example", postcode: "3812bk" },
      clienten,
    );
    expect(lijst.map((k) => k.clientnummer)).toEqual(["DL-1", "DL-2", "DL-3"]);
    expect(lijst[0]).toMatchObject({
      naam: "Laura de Wit",
      overeenkomsten: ["naam", "geboortedatum", "email", "postcode"],
    });
    expect(lijst[1]!.overeenkomsten).toEqual(["achternaam", "postcode"]);
    expect(lijst[2]!.overeenkomsten).toEqual(["geboortedatum"]);
  });

  it("a client number given by the requester weighs most", () => {
    const lijst = rangschikKandidaten(
      { naam: "Iemand Anders", geboortedatum: "2000-01-01", clientnummer: "dl-4" },
      clienten,
    );
    expect(lijst.map((k) => [k.clientnummer, k.overeenkomsten])).toEqual([["DL-4", ["clientnummer"]]]);
  });
});

describe("registration fields", () => {
  const geldig = {
    kanaal: "telefoon",
    ontvangenOp: "2026-03-02",
    contactEmail: "",
    contactTelefoon: "+31 6 1234 5678",
    taal: "nl",
  };
  it("accepts the real receipt date as ISO or dd-mm-jjjj", () => {
    expect(valideerRegistratie(geldig, "2026-03-05")).toMatchObject({
      ok: true,
      gegevens: {
        kanaal: "telefoon",
        ontvangenOp: "2026-03-02",
        contactEmail: null,
        contactTelefoon: "+31 6 1234 5678",
        legitimatie: null,
      },
    });
    expect(valideerRegistratie({ ...geldig, ontvangenOp: "2-3-2026" }, "2026-03-05")).toMatchObject({
      ok: true,
      gegevens: { ontvangenOp: "2026-03-02" },
    });
  });
  it("refuses the future, more than a year back, and a half-filled legitimation", () => {
    expect(valideerRegistratie({ ...geldig, ontvangenOp: "2026-03-06" }, "2026-03-05")).toEqual({
      ok: false,
      fouten: { ontvangenOp: ["ontvangen_op_toekomst"] },
    });
    expect(valideerRegistratie({ ...geldig, ontvangenOp: "2025-03-04" }, "2026-03-05")).toEqual({
      ok: false,
      fouten: { ontvangenOp: ["ontvangen_op_te_oud"] },
    });
    expect(valideerRegistratie({ ...geldig, legitimatie: { laatsteVier: "AB12" } }, "2026-03-05")).toEqual({
      ok: false,
      fouten: { "legitimatie.wijze": ["wijze_verplicht"], "legitimatie.documentType": ["documenttype_verplicht"] },
    });
  });
});
