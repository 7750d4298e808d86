/**
 * The fast render path (emails/index.ts) against a plain full render with react-email's own
 * `render`, byte for byte: HTML and plain text, for every template, both languages and several
 * organisations, and for the template that is rendered once and filled in (verzoek_ontvangen,
 * issue 3) every right, both languages, several organisations, dates, numbers and addresses.
 */
import { render } from "@react-email/components";
import { createElement } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { VERZOEKTYPEN } from "../app/domain/request-types";
import {
  mailVormBekend,
  renderMail,
  renderVolledig,
  sjabloonVan,
  vergeetMailVormen,
  type MailOrganisatie,
  type MailTaal,
  type SjabloonData,
  type SjabloonNaam,
} from "./index";

const TALEN: MailTaal[] = ["nl", "en"];

/** Fictional practices: plain, with accents and long texts (multi-byte characters shift React's 2 KB chunks), without phone, with a logo. */
const ORGANISATIES: MailOrganisatie[] = [
  {
    naam: "Zorgpraktijk De Linde",
    straat: "Lindelaan 12",
    postcode: "3811 AB",
    plaats: "Amersfoort",
    email: "privacy@delinde.example",
    telefoon: "033 000 0000",
    fgNaam: "M. de Vries",
    fgEmail: "fg@delinde.example",
    klachtenroute: "Klachtenfunctionaris De Linde, klachten@delinde.example.",
  },
  {
    naam: "Zorgpraktijk De Linde — locatie Één & Café “Zuid”",
    straat: "Église-straße 7 ‘achter’",
    postcode: "1234 ÄB",
    plaats: "’s-Hertogenbosch",
    email: "privacy@delinde.example",
    telefoon: "",
    fgNaam: "Ç. Öztürk-Ørsted",
    fgEmail: "fg@delinde.example",
    klachtenroute: "Klachtencommissie “Zorg & Welzijn” — ".repeat(30) + "<script>alert(1)</script>",
  },
  {
    naam: "Zorgpraktijk De Linde",
    straat: "Lindelaan 12",
    postcode: "3811 AB",
    plaats: "Amersfoort",
    email: "privacy@delinde.example",
    telefoon: "033 000 0000",
    fgNaam: "M. de Vries",
    fgEmail: "fg@delinde.example",
    klachtenroute: "Klachtenfunctionaris.",
    logo: "logo/0123456789abcdef.png",
  },
];

/** For every template: data that reaches each of its branches. */
const VOORBEELDEN: { [K in SjabloonNaam]: SjabloonData[K][] } = {
  verzoek_ontvangen: VERZOEKTYPEN.map((type, i) => ({
    nummer: `AVG-2026-00012${i}`,
    type,
    ontvangenOp: "2026-11-22",
    doelTermijn: "2026-12-22",
    wettelijkeTermijn: "2027-01-22",
    url: `http://localhost:3000/mijn/verzoeken/AVG-2026-00012${i}`,
  })).concat(
    (["ouder_met_gezag", "voogd", "mentor", "curator", "gemachtigde"] as const).map((relatie, i) => ({
      nummer: `AVG-2026-00013${i}`,
      type: VERZOEKTYPEN[i]!,
      ontvangenOp: "2026-11-22",
      doelTermijn: "2026-12-22",
      wettelijkeTermijn: "2027-01-22",
      url: `http://localhost:3000/mijn/verzoeken/AVG-2026-00013${i}`,
      voor: { naam: i === 0 ? "É. van der Berg-Çelik" : "L. de Wit", relatie },
    })),
  ),
  code: [
    { code: "123456", minuten: 15 },
    { code: "000001", minuten: 1 },
  ],
  nieuw_bericht: [
    { nummer: "AVG-2026-000042", url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042" },
    {
      nummer: "AVG-2026-000043",
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000043",
      voor: "É. van der Berg-Çelik",
    },
  ],
  status_gewijzigd: [
    {
      nummer: "AVG-2026-000042",
      statusLabel: "In behandeling",
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042",
    },
    {
      nummer: "AVG-2026-000043",
      statusLabel: "In behandeling",
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000043",
      voor: "L. de Wit",
    },
    {
      nummer: "AVG-2026-000042",
      statusLabel: "Ingetrokken",
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042",
      toelichting: "Ik heb het al op een andere manier gekregen — dank u & tot ziens <b>",
    },
  ],
  uitvoering_klaar: [
    {
      nummer: "AVG-2026-000042",
      samenvatting: "Telefoonnummer gecorrigeerd.",
      ontvangersGemeld: 0,
      url: "http://x.example/a",
    },
    {
      nummer: "AVG-2026-000042",
      samenvatting: "Gegevens afgeschermd: één categorie.",
      ontvangersGemeld: 1,
      url: "http://x.example/a",
    },
    { nummer: "AVG-2026-000042", samenvatting: "Verwijderd.", ontvangersGemeld: 3, url: "http://x.example/a" },
    {
      nummer: "AVG-2026-000043",
      samenvatting: "Verwijderd.",
      ontvangersGemeld: 1,
      url: "http://x.example/a",
      voor: "L. de Wit",
    },
  ],
  ontvanger_melding: [
    {
      ontvanger: "Apotheek De Brug",
      soort: "correctie",
      clientNaam: "Proefpersoon Één",
      geboortedatum: "21 april 1988",
      categorieen: ["Contactgegevens", "Medicatie"],
      datum: "22 november 2026",
    },
    {
      ontvanger: "Lab Noord",
      soort: "verwijdering",
      clientNaam: "P. Proef",
      geboortedatum: "1 januari 1950",
      categorieen: [],
      datum: "1 mei 2026",
    },
    {
      ontvanger: "Lab Noord",
      soort: "afscherming",
      clientNaam: "P. Proef",
      geboortedatum: "1 januari 1950",
      categorieen: ["Zorg"],
      datum: "1 mei 2026",
    },
  ],
  verstrekking_client: [
    {
      ontvanger: "Veilig Thuis Regio Fictief",
      datum: "22 november 2026",
      categorieen: ["persoonsgegevens", "zorgdossier"],
      rechtsgrond: "Meldcode huiselijk geweld en kindermishandeling (art. 5.2.6 Wmo 2015)",
      omschrijving: "Melding na zorgen over de veiligheid thuis.",
    },
    {
      ontvanger: "Rechtbank Fictief",
      datum: "1 mei 2026",
      categorieen: [],
      rechtsgrond: "Bevel van de rechter",
      omschrijving: "",
    },
  ],
  afscherming_opgeheven: [
    { onderdelen: ["zorgdossier"], reden: "De juistheid is met u nagelopen; het verslag klopt." },
    { onderdelen: ["contactgegevens", "zorgdossier"], reden: "Uw correctie is uitgevoerd.", nummer: "AVG-2026-000042" },
  ],
  medewerker_uitnodiging: (["backoffice", "directie", "beheerder"] as const).map((rol) => ({
    naam: "Medewerker Proef",
    rol,
    url: "http://localhost:3000/backoffice/uitnodiging/abc",
    verlooptOp: "2026-11-29T10:00:00.000Z",
  })),
  dagoverzicht: [
    { datum: "2026-11-23", regels: [], wachtrijUrl: "http://localhost:3000/backoffice" },
    {
      datum: "2026-11-23",
      wachtrijUrl: "http://localhost:3000/backoffice",
      auditKop: { laatsteId: 1234, hash: "ab".repeat(32) },
      regels: [
        {
          nummer: "AVG-2026-000001",
          type: "inzage",
          status: "in_behandeling",
          doelTermijn: "2026-11-20",
          wettelijkeTermijn: "2026-12-20",
          dagenTotDoel: -3,
          dagenTotWettelijk: 27,
          teLaat: true,
          wachtOpHandtekening: false,
          behandelaar: { soort: "u" },
          url: "http://localhost:3000/backoffice/verzoeken/1",
        },
        {
          nummer: "AVG-2026-000002",
          type: "correctie",
          status: "wacht_op_directie",
          doelTermijn: "2026-11-25",
          wettelijkeTermijn: "2026-11-26",
          dagenTotDoel: 2,
          dagenTotWettelijk: 3,
          teLaat: false,
          wachtOpHandtekening: true,
          behandelaar: { soort: "collega", naam: "Collega Één" },
          url: "http://localhost:3000/backoffice/verzoeken/2",
        },
        {
          nummer: "AVG-2026-000003",
          type: "bezwaar",
          status: "ontvangen",
          doelTermijn: "2026-11-23",
          wettelijkeTermijn: "2026-12-23",
          dagenTotDoel: 0,
          dagenTotWettelijk: 30,
          teLaat: false,
          wachtOpHandtekening: false,
          behandelaar: { soort: "niemand" },
          url: "http://localhost:3000/backoffice/verzoeken/3",
        },
      ],
    },
  ],
  escalatie: [
    {
      nummer: "AVG-2026-000001",
      type: "inzage",
      status: "in_behandeling",
      fase: "twee_werkdagen",
      doelTermijn: "2026-11-20",
      wettelijkeTermijn: "2026-11-25",
      werkdagenOver: 2,
      dagenTeLaat: 0,
      verlengd: false,
      handtekening: null,
      url: "http://localhost:3000/backoffice/verzoeken/1",
    },
    {
      nummer: "AVG-2026-000001",
      type: "verwijdering",
      status: "wacht_op_directie",
      fase: "verlopen",
      doelTermijn: "2026-10-20",
      wettelijkeTermijn: "2026-11-20",
      werkdagenOver: 0,
      dagenTeLaat: 1,
      verlengd: true,
      handtekening: "uw_handtekening",
      url: "http://localhost:3000/backoffice/verzoeken/1",
    },
    {
      nummer: "AVG-2026-000001",
      type: "bezwaar",
      status: "wacht_op_directie",
      fase: "verlopen",
      doelTermijn: "2026-10-20",
      wettelijkeTermijn: "2026-11-20",
      werkdagenOver: 0,
      dagenTeLaat: 12,
      verlengd: false,
      handtekening: "andere_directeur",
      url: "http://localhost:3000/backoffice/verzoeken/1",
    },
  ],
  besluit_klaar: [
    { nummer: "AVG-2026-000042", verlenging: false, url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042/brief" },
    { nummer: "AVG-2026-000042", verlenging: true, url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042/brief" },
    {
      nummer: "AVG-2026-000043",
      verlenging: false,
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000043/brief",
      voor: "L. de Wit",
    },
    {
      nummer: "AVG-2026-000043",
      verlenging: true,
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000043/brief",
      voor: "É. van der Berg-Çelik",
    },
  ],
  pakket_klaar: [
    {
      nummer: "AVG-2026-000042",
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042",
      verlooptOp: "2026-12-06",
      ontvanger: null,
    },
    {
      nummer: "AVG-2026-000042",
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042",
      verlooptOp: "2026-12-06",
      ontvanger: "Zorggroep Één",
    },
    {
      nummer: "AVG-2026-000043",
      url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000043",
      verlooptOp: "2026-12-06",
      ontvanger: null,
      voor: "L. de Wit",
    },
  ],
  pakket_ontvanger: [
    {
      ontvanger: "Zorggroep Één",
      nummer: "AVG-2026-000042",
      url: "http://localhost:3000/ontvanger/abc",
      verlooptOp: "6 december 2026",
    },
  ],
  concept_teruggestuurd: (["afwijzing", "gedeeltelijke_afwijzing", "kennelijk_ongegrond", "verlenging"] as const).map(
    (soort) => ({
      nummer: "AVG-2026-000042",
      type: "inzage" as const,
      soort,
      directeur: "Directeur Proef",
      url: "http://localhost:3000/backoffice/verzoeken/1",
    }),
  ),
};

/** What the mail module did before (and react-email documents): two renders, NUL padding removed. */
async function volgensReactEmail<K extends SjabloonNaam>(
  naam: K,
  data: SjabloonData[K],
  taal: MailTaal,
  organisatie: MailOrganisatie,
): Promise<{ onderwerp: string; html: string; tekst: string }> {
  const sjabloon = sjabloonVan(naam);
  const element = createElement(sjabloon.Component, { data, taal, organisatie });
  const [html, tekst] = await Promise.all([render(element), render(element, { plainText: true })]);
  return {
    onderwerp: sjabloon.onderwerp(data, taal),
    html: html.replaceAll("\0", ""),
    tekst: tekst.replaceAll("\0", ""),
  };
}

beforeEach(() => vergeetMailVormen());

describe("one render gives what react-email's render gives (HTML and text)", () => {
  for (const naam of Object.keys(VOORBEELDEN) as SjabloonNaam[]) {
    it(naam, async () => {
      let vergeleken = 0;
      for (const organisatie of ORGANISATIES) {
        for (const taal of TALEN) {
          for (const data of VOORBEELDEN[naam] as SjabloonData[typeof naam][]) {
            const verwacht = await volgensReactEmail(naam, data, taal, organisatie);
            expect(await renderVolledig(naam, data, taal, organisatie)).toEqual({
              html: verwacht.html,
              tekst: verwacht.tekst,
            });
            // Twice through renderMail: the second time a cached template is filled in.
            expect(await renderMail(naam, data, taal, organisatie)).toEqual(verwacht);
            expect(await renderMail(naam, data, taal, organisatie)).toEqual(verwacht);
            vergeleken++;
          }
        }
      }
      expect(vergeleken).toBeGreaterThan(0);
    });
  }

  it("where React 18.2 leaves NUL padding (a multi-byte character at a 2 KB boundary), the result is the same", async () => {
    // Lengthen the organisation's name until a "•" or "é" straddles a chunk boundary in the raw render.
    let metNul = 0;
    for (let n = 0; n < 120 && metNul < 4; n++) {
      const organisatie = { ...ORGANISATIES[0]!, naam: `Zorgpraktijk De Linde ${"é".repeat(n)}` };
      for (const taal of TALEN) {
        const data = VOORBEELDEN.verzoek_ontvangen[n % VERZOEKTYPEN.length]!;
        const sjabloon = sjabloonVan("verzoek_ontvangen");
        const ruw = await render(createElement(sjabloon.Component, { data, taal, organisatie }));
        if (!ruw.includes("\0")) continue;
        metNul++;
        const verwacht = await volgensReactEmail("verzoek_ontvangen", data, taal, organisatie);
        expect(await renderMail("verzoek_ontvangen", data, taal, organisatie)).toEqual(verwacht);
        // Another submission of the same variant: filled in, NUL padding in the same place.
        const nummer = data.nummer.replace(/\d{3}$/, "987");
        const ander = { ...data, nummer, url: data.url.replace(data.nummer, nummer) };
        expect(await mailVormBekend("verzoek_ontvangen", ander, taal, organisatie)).toBe(true);
        const gevuld = await renderMail("verzoek_ontvangen", ander, taal, organisatie);
        expect(gevuld).toEqual(await volgensReactEmail("verzoek_ontvangen", ander, taal, organisatie));
        expect(gevuld.html).not.toContain("\0");
        expect(gevuld.tekst).not.toContain("\0");
      }
    }
    expect(metNul).toBeGreaterThan(0);
  });
});

describe("a representative's mails name the person concerned (docs/decisions/018)", () => {
  const naamVan = ["nieuw_bericht", "besluit_klaar", "pakket_klaar", "uitvoering_klaar", "status_gewijzigd"] as const;
  for (const naam of naamVan) {
    it(naam, async () => {
      const varianten = (VOORBEELDEN[naam] as SjabloonData[typeof naam][]).filter((d) => "voor" in d && d.voor);
      expect(varianten.length).toBeGreaterThan(0);
      for (const data of varianten) {
        const voor = (data as { voor: string }).voor;
        for (const taal of TALEN) {
          const mail = await renderMail(naam, data, taal, ORGANISATIES[0]!);
          expect(mail.onderwerp).toContain(voor);
          expect(mail.tekst).toContain(voor);
          // Not worded as if the representative's own data or privacy were meant.
          expect(mail.tekst).not.toMatch(taal === "nl" ? /uw gegevens|uw privacy/i : /your data|your privacy/i);
        }
        // Without `voor` the same mail does not name anyone.
        const { voor: _weg, ...zonder } = data as SjabloonData[typeof naam] & { voor: string };
        const eigen = await renderMail(naam, zonder as SjabloonData[typeof naam], "nl", ORGANISATIES[0]!);
        expect(eigen.onderwerp).not.toContain(voor);
        expect(eigen.tekst).not.toContain(voor);
      }
    });
  }
});

describe("verzoek_ontvangen: rendered once per variant, filled in per submission", () => {
  const datums = [
    { ontvangenOp: "2026-01-31", doelTermijn: "2026-02-28", wettelijkeTermijn: "2026-03-02" },
    { ontvangenOp: "2026-05-05", doelTermijn: "2026-05-19", wettelijkeTermijn: "2026-06-05" },
    { ontvangenOp: "2026-09-30", doelTermijn: "2026-10-30", wettelijkeTermijn: "2026-11-30" },
    { ontvangenOp: "2027-12-24", doelTermijn: "2028-01-24", wettelijkeTermijn: "2028-02-24" },
  ];
  const basisUrls = [
    "http://localhost:3000",
    "https://loket.delinde.example",
    "https://privacy.zorgpraktijk-de-linde.example:8443/rechtenloket",
  ];

  it("every right, both languages, each organisation, dates, numbers and addresses: byte for byte", async () => {
    let gevuld = 0;
    for (const organisatie of ORGANISATIES) {
      for (const taal of TALEN) {
        for (const type of VERZOEKTYPEN) {
          for (const [d, termijnen] of datums.entries()) {
            const basis = basisUrls[d % basisUrls.length]!;
            // Numbers of the same length share a variant; 7 digits is a new one.
            for (const volgnummer of ["000001", "004711", "999999", "1000000"]) {
              const nummer = `AVG-${termijnen.ontvangenOp.slice(0, 4)}-${volgnummer}`;
              const data = { nummer, type, ...termijnen, url: `${basis}/mijn/verzoeken/${nummer}` };
              const eerderBekend = await mailVormBekend("verzoek_ontvangen", data, taal, organisatie);
              const mail = await renderMail("verzoek_ontvangen", data, taal, organisatie);
              expect(mail).toEqual(await volgensReactEmail("verzoek_ontvangen", data, taal, organisatie));
              if (eerderBekend) gevuld++;
            }
          }
        }
      }
    }
    // Most of these were filled in rather than rendered (the first of each variant is rendered and checked).
    expect(gevuld).toBeGreaterThan(300);
  });

  it("a variant is kept after its first mail, per organisation and language", async () => {
    const data = VOORBEELDEN.verzoek_ontvangen[2]!;
    const organisatie = ORGANISATIES[0]!;
    expect(await mailVormBekend("verzoek_ontvangen", data, "nl", organisatie)).toBe(false);
    await renderMail("verzoek_ontvangen", data, "nl", organisatie);
    expect(await mailVormBekend("verzoek_ontvangen", data, "nl", organisatie)).toBe(true);
    expect(await mailVormBekend("verzoek_ontvangen", data, "en", organisatie)).toBe(false);
    expect(
      await mailVormBekend("verzoek_ontvangen", data, "nl", { ...organisatie, naam: "Zorgpraktijk De Linde B.V." }),
    ).toBe(false);
  });

  it("values that are not plain (spaces, &, quotes, <, too short) take the full render, with the same result", async () => {
    const organisatie = ORGANISATIES[0]!;
    const basis = VOORBEELDEN.verzoek_ontvangen[0]!;
    const afwijkend = [
      { ...basis, nummer: "AVG 2026 000001" },
      { ...basis, nummer: "AVG-2026-00&01" },
      { ...basis, url: "http://localhost:3000/mijn?a=1&b=2" },
      { ...basis, url: 'http://localhost:3000/"><b>x</b>' },
      { ...basis, nummer: "A-1" },
    ];
    for (const data of afwijkend) {
      for (let keer = 0; keer < 2; keer++) {
        expect(await renderMail("verzoek_ontvangen", data, "nl", organisatie)).toEqual(
          await volgensReactEmail("verzoek_ontvangen", data, "nl", organisatie),
        );
      }
      expect(await mailVormBekend("verzoek_ontvangen", data, "nl", organisatie)).toBe(false);
    }
  });

  it("many submissions at once for a new variant: each gets its own, correct mail", async () => {
    const organisatie = ORGANISATIES[1]!;
    const datas = Array.from({ length: 40 }, (_, i) => {
      const nummer = `AVG-2026-${String(500 + i).padStart(6, "0")}`;
      return { ...VOORBEELDEN.verzoek_ontvangen[3]!, nummer, url: `http://localhost:3000/mijn/verzoeken/${nummer}` };
    });
    const mails = await Promise.all(datas.map((data) => renderMail("verzoek_ontvangen", data, "en", organisatie)));
    for (const [i, data] of datas.entries()) {
      expect(mails[i]).toEqual(await volgensReactEmail("verzoek_ontvangen", data, "en", organisatie));
      expect(mails[i]!.tekst).toContain(data.nummer);
    }
  });
});
