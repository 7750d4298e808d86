import { describe, expect, it } from "vitest";
import {
  briefDatum,
  briefRegels,
  canoniekeJson,
  controleerTerugstuurOpmerking,
  isBesluitDocument,
  maakBesluitDocument,
  verificatiecode,
  verificatieTekst,
  type BesluitDocumentInvoer,
} from "./besluitbrief";
import { DomainError } from "./errors";
import { groundsFor } from "./request-state";

const ORG = {
  naam: "Zorgpraktijk De Linde",
  straat: "Lindelaan 12",
  postcode: "3811 AB",
  plaats: "Amersfoort",
  email: "info@delinde.example",
  telefoon: "033 000 1234",
  fgNaam: "Lotte Verhoef",
  fgEmail: "fg@delinde.example",
  fgTelefoon: "033 000 1236",
  klachtenroute: "Neem contact op met onze klachtenfunctionaris: klachten@delinde.example.",
  geschilleninstantie: "",
};

function invoer(
  over: Partial<BesluitDocumentInvoer> & { soort?: string; gronden?: string[]; motivering?: string } = {},
): BesluitDocumentInvoer {
  const {
    soort = "afwijzing",
    gronden = ["rechten_en_vrijheden_anderen"],
    motivering = "In de verslagen staan gesprekken met uw broer.",
    ...rest
  } = over;
  return {
    taal: "nl",
    besluit: { id: "7d0f8f0e-1111-4222-8333-944455556666", soort, gronden, motivering },
    verzoek: {
      nummer: "AVG-2026-000042",
      type: "inzage",
      ontvangenOp: "2026-03-05",
      indiener: { naam: "Iris Testpersoon", relatie: "zelf" },
      betrokkene: { naam: "Iris Testpersoon" },
    },
    organisatie: ORG,
    ondertekenaar: { id: "a1b2c3d4-0000-4000-8000-000000000001", naam: "Directeur Fictief" },
    datums: { besluit: "2026-03-20", wettelijkeTermijn: "2026-04-07" },
    ...rest,
  };
}

function tekst(doc: ReturnType<typeof maakBesluitDocument>): string {
  return briefRegels(doc).join("\n");
}

describe("maakBesluitDocument", () => {
  it("writes a refusal of inzage as a practice sends it: facts, ground, legal basis, next step and every remedy", () => {
    const doc = maakBesluitDocument(invoer());
    const t = tekst(doc);
    expect(doc.brief.onderwerp).toBe("Besluit op uw verzoek om inzage in uw gegevens");
    expect(doc.brief.kenmerken).toEqual([
      { label: "Verzoeknummer", waarde: "AVG-2026-000042" },
      { label: "Ontvangen op", waarde: "5 maart 2026" },
      { label: "Datum van deze brief", waarde: "20 maart 2026" },
      { label: "Betreft", waarde: "Uw verzoek om inzage in uw gegevens" },
    ]);
    expect(doc.brief.aanhef).toBe("Beste Iris Testpersoon,");
    expect(t).toContain("Op 5 maart 2026 hebben wij uw verzoek om inzage in uw gegevens ontvangen (artikel 15 AVG).");
    expect(t).toContain("Wij wijzen uw verzoek af.");
    expect(t).toContain("Dit besluit gaat over uw hele verzoek.");
    // The ground's own sentence, the drafter's motivation and the legal basis.
    expect(t).toContain("In uw dossier staan ook gegevens over andere mensen.");
    expect(t).toContain("In de verslagen staan gesprekken met uw broer.");
    expect(doc.brief.onderdelen.find((o) => o.kop === "Op welke regels wij ons baseren")?.opsomming).toEqual([
      "art. 15 lid 4 en art. 23 lid 1 sub i AVG; art. 41 UAVG",
    ]);
    // Remedies: own complaint route, FG, Autoriteit Persoonsgegevens (art. 77), court (art. 79, 35 UAVG).
    expect(t).toContain("Neem contact op met onze klachtenfunctionaris: klachten@delinde.example.");
    expect(t).toContain("functionaris gegevensbescherming (FG): Lotte Verhoef, fg@delinde.example, 033 000 1236");
    expect(t).toContain("Autoriteit Persoonsgegevens (artikel 77 AVG)");
    expect(t).toContain("artikel 79 AVG");
    expect(t).toContain("binnen zes weken");
    expect(t).toContain("artikel 35 Uitvoeringswet AVG");
    expect(t).toContain("Uw verzoek is hiermee afgerond.");
    // Signer and the facts for verification.
    expect(doc.brief.ondertekening).toEqual(["Directeur Fictief", "Directie, Zorgpraktijk De Linde"]);
    expect(doc.ondertekenaar).toEqual({
      id: "a1b2c3d4-0000-4000-8000-000000000001",
      naam: "Directeur Fictief",
      functie: "Directie",
    });
    expect(doc.besluit.gronden).toEqual([
      { code: "rechten_en_vrijheden_anderen", grondslag: "art. 15 lid 4 en art. 23 lid 1 sub i AVG; art. 41 UAVG" },
    ]);
    expect(doc.datums).toEqual({
      besluit: "2026-03-20",
      ontvangen: "2026-03-05",
      wettelijkeTermijn: "2026-04-07",
      nieuweWettelijkeTermijn: null,
      uitvoering: null,
    });
    expect(isBesluitDocument(doc)).toBe(true);
  });

  it("writes the English letter with the same facts, and marks the Dutch complaint text as Dutch", () => {
    const doc = maakBesluitDocument(invoer({ taal: "en" }));
    const t = tekst(doc);
    expect(doc.brief.onderwerp).toBe("Decision on your request for access to your data");
    expect(t).toContain("On 5 March 2026 we received your request for access to your data (Article 15 GDPR).");
    expect(t).toContain("We refuse your request.");
    expect(t).toContain("Your file also contains information about other people.");
    expect(t).toContain("Article 77 GDPR");
    expect(t).toContain("within six weeks");
    expect(doc.brief.ondertekening).toEqual(["Directeur Fictief", "Management, Zorgpraktijk De Linde"]);
    const klacht = doc.brief.onderdelen.flatMap((o) => o.alineas).find((a) => a.tekst === ORG.klachtenroute);
    expect(klacht?.taal).toBe("nl");
  });

  it("announces an extension with the old and the new legal limit, its reason, and art. 12(3)", () => {
    const doc = maakBesluitDocument(
      invoer({
        soort: "verlenging",
        gronden: [],
        motivering: "Uw dossier beslaat twaalf jaar zorg.",
        datums: { besluit: "2026-03-20", wettelijkeTermijn: "2026-04-07", nieuweWettelijkeTermijn: "2026-06-05" },
      }),
    );
    const t = tekst(doc);
    expect(doc.brief.onderwerp).toBe("Wij hebben meer tijd nodig voor uw verzoek om inzage in uw gegevens");
    expect(t).toContain(
      "Wij moesten eerst uiterlijk op 7 april 2026 antwoorden. U hoort nu uiterlijk op 5 juni 2026 van ons.",
    );
    expect(t).toContain("De reden:\nUw dossier beslaat twaalf jaar zorg.");
    expect(doc.brief.onderdelen.find((o) => o.kop === "Op welke regels wij ons baseren")?.opsomming).toEqual([
      "artikel 12 lid 3 AVG (verlenging met ten hoogste twee maanden)",
    ]);
    expect(t).toContain("Bent u het niet eens met de verlenging?");
    expect(t).not.toContain("zes weken");
    expect(doc.datums.nieuweWettelijkeTermijn).toBe("2026-06-05");
  });

  it("tells when the granted part of a partial refusal is carried out, and for an erasure what is kept, why and until when (decision 022)", () => {
    const bewaard = [
      {
        categorie: "financieel",
        aantal: 2,
        grond: "wettelijke_bewaarplicht",
        reden: {
          nl: "de belastingwet verplicht ons financiële gegevens 7 jaar te bewaren (artikel 52 AWR)",
          en: "tax law requires us to keep financial records for 7 years (article 52 AWR)",
        },
        bewarenTot: "2029-06-01",
      },
      {
        categorie: "zorg",
        aantal: 1,
        grond: "aanmerkelijk_belang_ander",
        reden: {
          nl: "bewaren is van aanmerkelijk belang voor iemand anders dan u (artikel 7:455 lid 2 BW)",
          en: "keeping it is of substantial importance to someone other than you (article 7:455(2) Dutch Civil Code)",
        },
        bewarenTot: "2041-01-10",
        motivering: "Het verslag is nodig voor de zorg aan uw broer.",
      },
    ];
    const maak = (taal: "nl" | "en") =>
      maakBesluitDocument(
        invoer({
          taal,
          soort: "gedeeltelijke_afwijzing",
          gronden: ["wettelijke_bewaarplicht", "aanmerkelijk_belang_ander"],
          verzoek: { ...invoer().verzoek, type: "verwijdering" },
          datums: { besluit: "2026-03-20", wettelijkeTermijn: "2026-04-07", uitvoering: "2026-06-05" },
          bewaard,
        }),
      );
    const doc = maak("nl");
    const t = tekst(doc);
    expect(t).toContain("Wij wijzen uw verzoek voor een deel af.");
    expect(t).toContain("Dat doen wij uiterlijk op 5 juni 2026.");
    expect(t).toContain("Alle andere gegevens waar uw verzoek over gaat, vernietigen wij.");
    expect(t).toContain(
      "Financiële gegevens (2 onderdelen): de belastingwet verplicht ons financiële gegevens 7 jaar te bewaren (artikel 52 AWR). Wij bewaren dit tot 1 juni 2029.",
    );
    expect(t).toContain("Zorg en begeleiding: Het verslag is nodig voor de zorg aan uw broer.");
    expect(t).toContain("art. 7:455 lid 2 BW; art. 17 lid 3 sub b AVG; art. 52 lid 4 AWR");
    expect(t).not.toContain("7:454");
    expect(doc.besluit.bewaard).toHaveLength(2);
    expect(tekst(maak("en"))).toContain(
      "Financial data (2 entries): tax law requires us to keep financial records for 7 years (article 52 AWR). We keep this until 1 June 2029.",
    );
    expect(doc.datums.uitvoering).toBe("2026-06-05");
    // Without the kept parts, or with a kept part on a ground the letter does not cite, there is no letter.
    expect(() =>
      maakBesluitDocument(
        invoer({
          soort: "gedeeltelijke_afwijzing",
          gronden: ["wettelijke_bewaarplicht"],
          verzoek: { ...invoer().verzoek, type: "verwijdering" },
        }),
      ),
    ).toThrow(/bewaard/);
    expect(() =>
      maakBesluitDocument(
        invoer({
          soort: "gedeeltelijke_afwijzing",
          gronden: ["wettelijke_bewaarplicht"],
          verzoek: { ...invoer().verzoek, type: "verwijdering" },
          bewaard,
        }),
      ),
    ).toThrow(/elke grond/);
  });

  it("a partial refusal of inzage names the date the copy is due (the legal limit), never 'zo snel mogelijk', in Dutch and English", () => {
    const deels = (taal: "nl" | "en", type = "inzage", besluit = "2026-03-20") =>
      maakBesluitDocument(
        invoer({
          taal,
          soort: "gedeeltelijke_afwijzing",
          verzoek: { ...invoer().verzoek, type },
          datums: { besluit, wettelijkeTermijn: "2026-04-07", uitvoering: null },
        }),
      );
    const nl = tekst(deels("nl"));
    expect(nl).toContain(
      "U krijgt een kopie (afschrift) van de gegevens die u wel krijgt. Die kopie krijgt u uiterlijk op 7 april 2026",
    );
    expect(nl).not.toContain("zo snel mogelijk");
    expect(deels("nl").datums.uitvoering).toBe("2026-04-07");
    const en = tekst(deels("en"));
    expect(en).toContain("You will receive a copy of the data you do receive by 7 April 2026 at the latest");
    expect(en).not.toContain("as soon as possible");
    expect(tekst(deels("nl", "dataportabiliteit"))).toContain("Dat doen wij uiterlijk op 7 april 2026.");
    // A decision after the legal limit owes the copy on its own date.
    expect(deels("nl", "inzage", "2026-04-09").datums.uitvoering).toBe("2026-04-09");
  });

  it("refuses an objection on 'art. 21 does not apply' with the sentence and the legal basis, in Dutch and English", () => {
    const bezwaar = (taal: "nl" | "en") =>
      maakBesluitDocument(
        invoer({
          taal,
          gronden: ["bezwaar_niet_van_toepassing"],
          motivering: "Wij declareren uw begeleiding bij de gemeente omdat de Wmo dat vraagt.",
          verzoek: { ...invoer().verzoek, type: "bezwaar" },
        }),
      );
    const nl = bezwaar("nl");
    expect(tekst(nl)).toContain("Tegen dit gebruik van uw gegevens kunt u geen bezwaar maken.");
    expect(nl.brief.onderdelen.find((o) => o.kop === "Op welke regels wij ons baseren")?.opsomming).toEqual([
      "art. 21 lid 1 AVG (alleen bij art. 6 lid 1 sub e of f); art. 6 lid 1 sub b en c AVG",
    ]);
    expect(tekst(bezwaar("en"))).toContain("You cannot object to this use of your data.");
  });

  it("cites art. 12(5) for a manifestly unfounded request, not the ground's own line twice", () => {
    const doc = maakBesluitDocument(
      invoer({ soort: "kennelijk_ongegrond", gronden: ["kennelijk_ongegrond_of_buitensporig"] }),
    );
    expect(doc.brief.onderdelen.find((o) => o.kop === "Op welke regels wij ons baseren")?.opsomming).toEqual([
      "artikel 12 lid 5 AVG",
    ]);
    expect(tekst(doc)).toContain("Wij behandelen uw verzoek niet.");
  });

  it("names the person concerned when a parent filed, and writes about their data", () => {
    const doc = maakBesluitDocument(
      invoer({
        gronden: ["belang_minderjarige"],
        verzoek: {
          ...invoer().verzoek,
          indiener: { naam: "Ouder Fictief", relatie: "ouder_met_gezag" },
          betrokkene: { naam: "Kind Fictief" },
        },
      }),
    );
    expect(doc.brief.aanhef).toBe("Beste Ouder Fictief,");
    expect(doc.brief.onderwerp).toBe("Besluit op uw verzoek om inzage in de gegevens van Kind Fictief");
    expect(tekst(doc)).toContain("U heeft dit verzoek gedaan voor Kind Fictief.");
    expect(doc.geadresseerde).toEqual({ naam: "Ouder Fictief", namensBetrokkene: "Kind Fictief" });
  });

  it("refuses what can never be a signed letter", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof DomainError ? error.code : "anders";
      }
      return "geen fout";
    };
    expect(code(() => maakBesluitDocument(invoer({ soort: "toewijzing" })))).toBe("ongeldig_besluit");
    expect(code(() => maakBesluitDocument(invoer({ gronden: [] })))).toBe("ongeldig_besluit");
    expect(code(() => maakBesluitDocument(invoer({ gronden: ["bestaat_niet"] })))).toBe("ongeldig_besluit");
    expect(code(() => maakBesluitDocument(invoer({ soort: "verlenging", gronden: [] })))).toBe("ongeldig_besluit");
    expect(
      code(() => maakBesluitDocument(invoer({ datums: { besluit: "2026-03-01", wettelijkeTermijn: "2026-04-07" } }))),
    ).toBe("ongeldig_besluit");
  });

  it("normalises the motivation the same way every time (CRLF, trailing spaces, NFC)", () => {
    const a = maakBesluitDocument(invoer({ motivering: "Regel een  \r\nRegel twee\u0065\u0301 " }));
    const b = maakBesluitDocument(invoer({ motivering: "Regel een\nRegel twee\u00e9" }));
    expect(a.besluit.motivering).toBe("Regel een\nRegel twee\u00e9");
    expect(canoniekeJson(a)).toBe(canoniekeJson(b));
  });
});

describe("canoniekeJson", () => {
  it("gives one text for one value, whatever the key order (as jsonb returns it)", () => {
    expect(canoniekeJson({ b: 1, a: { d: [1, "x"], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
    expect(canoniekeJson({ a: { c: null, d: [1, "x"] }, b: 1 })).toBe(
      canoniekeJson({ b: 1, a: { d: [1, "x"], c: null } }),
    );
    expect(canoniekeJson({ a: undefined, b: "é" })).toBe('{"b":"é"}');
  });

  it("survives a round trip through JSON unchanged, and changes with every changed letter", () => {
    const doc = maakBesluitDocument(invoer());
    const terug = JSON.parse(JSON.stringify(doc)) as unknown;
    expect(canoniekeJson(terug)).toBe(canoniekeJson(doc));
    const gewijzigd = JSON.parse(JSON.stringify(doc)) as typeof doc;
    gewijzigd.brief.onderdelen[1]!.alineas[1]!.tekst += ".";
    expect(canoniekeJson(gewijzigd)).not.toBe(canoniekeJson(doc));
  });

  it("refuses values that jsonb would not give back as they are", () => {
    expect(() => canoniekeJson({ op: new Date() })).toThrow(DomainError);
    expect(() => canoniekeJson({ n: Number.NaN })).toThrow(DomainError);
    expect(() => canoniekeJson({ f: () => 1 })).toThrow(DomainError);
  });
});

describe("verification code and dates", () => {
  it("prints the first 16 hex characters of the hash in groups of four", () => {
    expect(verificatiecode("3f2a91c07b4de012" + "0".repeat(48))).toBe("3F2A-91C0-7B4D-E012");
    expect(() => verificatiecode("xyz")).toThrow(DomainError);
  });

  it("says under the letter who signed, when, the code and how to check it", () => {
    const doc = maakBesluitDocument(invoer());
    const regels = verificatieTekst(doc, "3F2A-91C0-7B4D-E012").map((a) => a.tekst);
    expect(regels[0]).toBe(
      "Deze brief is op 20 maart 2026 digitaal ondertekend door Directeur Fictief (directie) met een passkey.",
    );
    expect(regels[1]).toBe("Verificatiecode: 3F2A-91C0-7B4D-E012");
    expect(regels[2]).toContain("Neem dan contact met ons op (info@delinde.example of 033 000 1234)");
  });

  it("writes dates in words without depending on the machine's locale data", () => {
    expect(briefDatum("2026-12-01", "nl")).toBe("1 december 2026");
    expect(briefDatum("2026-12-01", "en")).toBe("1 December 2026");
  });
});

describe("controleerTerugstuurOpmerking", () => {
  it("requires a comment of at most 1000 characters without a BSN", () => {
    expect(controleerTerugstuurOpmerking("  Noem ook de grond uit de WGBO.\r\n ")).toBe(
      "Noem ook de grond uit de WGBO.",
    );
    const code = (v: unknown) => {
      try {
        controleerTerugstuurOpmerking(v);
        return "ok";
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    expect(code("   ")).toBe("opmerking_verplicht");
    expect(code(undefined)).toBe("opmerking_verplicht");
    expect(code("x".repeat(1001))).toBe("opmerking_te_lang");
    expect(code("Zie BSN 111222333 in het dossier")).toBe("bsn_niet_toegestaan");
  });
});

describe("a letter in English is English throughout (decision 030)", () => {
  /** Dutch words of law and of the letter that must not occur in an English letter, outside what it quotes in Dutch. */
  const NEDERLANDS = [
    /\bart\.\s/,
    /\blid\b/,
    /\bsub\b/,
    /\ben\b/,
    /\bvan\b/,
    /\bwij\b/i,
    /\buw\b/i,
    /\bgegevens\b/i,
    /\bklacht(en)?(regeling|commissie|functionaris)?\b/i,
    /\bgeschillen/i,
    /\bprivacyreglement\b/i,
    /\bhulpverlenerschap\b/i,
    /\bminderjarigen\b/i,
    /\bbewaarplicht\b/i,
    /\bBurgerlijk Wetboek\b/,
    /\bUitvoeringswet\b/,
    /\bartikel\b/i,
    /\bAVG\b/,
  ];
  const ORG_EN = {
    ...ORG,
    geschilleninstantie: "Geschilleninstantie Zorg Fictief, postbus 1, 3500 AA Utrecht.",
    klachtenrouteEn: "Contact our complaints officer: complaints@delinde.example.",
    geschilleninstantieEn: "Disputes Body Care Fictional, PO Box 1, 3500 AA Utrecht.",
  };
  const SOORTEN = ["afwijzing", "gedeeltelijke_afwijzing", "kennelijk_ongegrond", "verlenging"] as const;
  const TYPEN = [
    "inzage",
    "correctie",
    "verwijdering",
    "afscherming",
    "bezwaar",
    "dataportabiliteit",
    "intrekking_toestemming",
  ] as const;

  /** Every line of the letter that is not marked as quoted Dutch (and the one sentence that names "AVG" as the GDPR's Dutch name). */
  function engelseRegels(doc: ReturnType<typeof maakBesluitDocument>): string[] {
    const b = doc.brief;
    const regels = [
      b.onderwerp,
      ...b.kenmerken.flatMap((k) => [k.label, k.waarde]),
      b.aanhef,
      ...b.inleiding.filter((al) => !al.taal).map((al) => al.tekst),
    ];
    for (const o of b.onderdelen)
      regels.push(o.kop, ...o.alineas.filter((al) => !al.taal).map((al) => al.tekst), ...(o.opsomming ?? []));
    regels.push(b.slot, ...b.ondertekening, ...verificatieTekst(doc, "0000-0000-0000-0000").map((al) => al.tekst));
    // The request number (AVG-…) is an identifier, not a word.
    return regels.map((r) =>
      r
        .replaceAll("AVG-2026-000042", "")
        .replace("(in Dutch: AVG)", "")
        .replace("Autoriteit Persoonsgegevens", "")
        .replace("(rechtbank)", ""),
    );
  }

  it("every letter kind, for every right and each of its grounds: no Dutch legal phrase outside the quoted explanation", () => {
    let brieven = 0;
    for (const type of TYPEN) {
      for (const soort of SOORTEN) {
        const gronden =
          soort === "afwijzing" || soort === "gedeeltelijke_afwijzing" ? groundsFor(type).map((g) => g.code) : [];
        const erasure = type === "verwijdering" && soort === "gedeeltelijke_afwijzing";
        const doc = maakBesluitDocument(
          invoer({
            taal: "en",
            soort,
            gronden: erasure
              ? ["wettelijke_bewaarplicht", "aanmerkelijk_belang_ander"]
              : soort === "afwijzing" && type === "verwijdering"
                ? ["identiteit_niet_vastgesteld"]
                : gronden,
            motivering: "In de verslagen staan gesprekken met uw broer.",
            verzoek: {
              nummer: "AVG-2026-000042",
              type,
              ontvangenOp: "2026-03-05",
              indiener: { naam: "Iris Testpersoon", relatie: "ouder_met_gezag" },
              betrokkene: { naam: "Sem Testpersoon" },
            },
            organisatie: ORG_EN,
            datums: {
              besluit: "2026-03-20",
              wettelijkeTermijn: "2026-04-07",
              nieuweWettelijkeTermijn: "2026-06-05",
              uitvoering: "2026-04-03",
            },
            ...(erasure
              ? {
                  bewaard: [
                    {
                      categorie: "financieel",
                      aantal: 2,
                      grond: "wettelijke_bewaarplicht",
                      reden: { nl: "de belastingwet", en: "tax law requires us to keep financial records for 7 years" },
                      bewarenTot: "2029-06-01",
                    },
                    {
                      categorie: "zorg",
                      aantal: 1,
                      grond: "aanmerkelijk_belang_ander",
                      reden: { nl: "belang ander", en: "keeping it is of substantial importance to someone else" },
                      bewarenTot: null,
                      motivering: "Het verslag is nodig voor de zorg aan uw broer.",
                    },
                  ],
                }
              : {}),
          }),
        );
        brieven += 1;
        for (const regel of engelseRegels(doc)) {
          for (const woord of NEDERLANDS) expect(regel, `${type} ${soort}: "${regel}"`).not.toMatch(woord);
        }
        // The staff's explanation is there, quoted and marked as Dutch, after a plain sentence that says so.
        const alineas = doc.brief.onderdelen.flatMap((o) => o.alineas);
        const i = alineas.findIndex((al) => al.tekst === "In de verslagen staan gesprekken met uw broer.");
        expect(alineas[i]?.taal).toBe("nl");
        expect(alineas[i - 1]?.tekst).toContain("wrote this explanation in Dutch");
        // The complaints route and the disputes body in English.
        const t = tekst(doc);
        expect(t).toContain("Contact our complaints officer");
        expect(t).toContain("Disputes Body Care Fictional");
        expect(t).not.toContain("Geschilleninstantie Zorg Fictief");
      }
    }
    expect(brieven).toBe(TYPEN.length * SOORTEN.length);
  });

  it("without English texts of the practice, the letter quotes the Dutch ones and says so plainly", () => {
    const doc = maakBesluitDocument(
      invoer({ taal: "en", organisatie: { ...ORG, geschilleninstantie: "Geschilleninstantie Zorg Fictief." } }),
    );
    const alineas = doc.brief.onderdelen.flatMap((o) => o.alineas);
    const route = alineas.findIndex((al) => al.tekst === ORG.klachtenroute);
    expect(alineas[route]?.taal).toBe("nl");
    expect(alineas[route - 1]?.tekst).toContain("We quote it below in Dutch");
    const geschil = alineas.findIndex((al) => al.tekst === "Geschilleninstantie Zorg Fictief.");
    expect(alineas[geschil]?.taal).toBe("nl");
    expect(alineas[geschil - 1]?.tekst).toContain("below in Dutch");
  });

  it("the Dutch letter is unchanged: Dutch provisions, no note about quoting", () => {
    const doc = maakBesluitDocument(invoer({ organisatie: ORG_EN }));
    expect(doc.brief.onderdelen.find((o) => o.kop === "Op welke regels wij ons baseren")?.opsomming).toEqual([
      "art. 15 lid 4 en art. 23 lid 1 sub i AVG; art. 41 UAVG",
    ]);
    expect(tekst(doc)).toContain(ORG.klachtenroute);
    expect(tekst(doc)).not.toContain("Contact our complaints officer");
    expect(doc.brief.onderdelen.flatMap((o) => o.alineas).every((al) => al.taal === undefined)).toBe(true);
  });
});
