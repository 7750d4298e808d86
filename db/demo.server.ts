/**
 * The fictional demo practice "Zorgpraktijk De Linde", seeded on an empty database (SEED_DEMO).
 * Every name, address, number and e-mail address here is made up; e-mail domains end in ".example"
 * (RFC 2606) so no demo mail can reach a real person. No BSN and no identity-document data, ever
 * (docs/recht.md "Identiteit").
 *
 * Documents (category documenten) get a small real original in the storage module
 * (app/services/opslag.server.ts): a generated PDF that says it is a fictional demo document, or
 * a small drawing (JPEG). So the demo package contains original documents. Seeding happens once
 * (an existing organisation means nothing is done), and a file key is fixed per entry.
 */
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { eq } from "drizzle-orm";
import { db, type Tx } from "./db.server";
import {
  clienten,
  dossierItems,
  medewerkers,
  organisatie,
  relaties,
  toestemmingen,
  verstrekkingen,
  verwerkingen,
  type DossierCategorie,
  type MedewerkerRol,
  type RelatieSoort,
} from "./schema";
import { audit } from "../app/services/audit.server";
import { opslag } from "../app/services/opslag.server";

type ClientInsert = typeof clienten.$inferInsert;
type DossierInsert = typeof dossierItems.$inferInsert;

/** What tests and the e2e fixtures may rely on. */
export const DEMO = {
  organisatie: {
    naam: "Zorgpraktijk De Linde",
    email: "info@delinde.example",
    fgEmail: "fg@delinde.example",
  },
  medewerkers: {
    backoffice: { naam: "Sanne Jansen", email: "sanne.jansen@delinde.example", rollen: ["backoffice"] },
    backoffice2: { naam: "Mehmet Yilmaz", email: "mehmet.yilmaz@delinde.example", rollen: ["backoffice"] },
    directie: { naam: "Anouk van den Berg", email: "anouk.vandenberg@delinde.example", rollen: ["directie"] },
    beheerder: { naam: "Pieter Bakker", email: "pieter.bakker@delinde.example", rollen: ["beheerder"] },
  },
  clienten: {
    /** Adult, in care now, e-mail on file. */
    volwassene: {
      clientnummer: "DL-1001",
      naam: "Laura de Wit",
      geboortedatum: "1988-04-21",
      email: "laura.dewit@mail.example",
      postcode: "3812 BK",
    },
    /** Ex-client (care ended 2021); a financial record from 2017 is past its 7-year retention. */
    voormalig: {
      clientnummer: "DL-1002",
      naam: "Henk Mulder",
      geboortedatum: "1959-11-08",
      email: "h.mulder@mail.example",
      postcode: "3815 GT",
    },
    /** 14 (12-15: child and both parents with authority). */
    kind14: {
      clientnummer: "DL-1003",
      naam: "Noah Hendriks",
      geboortedatum: "2012-06-15",
      email: "noah.hendriks@mail.example",
      postcode: "3817 HL",
    },
    /** 9 (under 12: the parent with authority acts). */
    kind9: {
      clientnummer: "DL-1004",
      naam: "Lina Bos",
      geboortedatum: "2017-03-02",
      email: null,
      postcode: "3814 RS",
    },
    /** Adult with a court-appointed mentor (and a bewindvoerder, who has no say over the care dossier). */
    metMentor: {
      clientnummer: "DL-1005",
      naam: "Gerrit Meijer",
      geboortedatum: "1971-02-14",
      email: "gerrit.meijer@mail.example",
      postcode: "3811 PM",
    },
    /** 17 (16+: the client decides alone, the parent no longer does). */
    kind17: {
      clientnummer: "DL-1006",
      naam: "Sara Koster",
      geboortedatum: "2009-09-01",
      email: "sara.koster@mail.example",
      postcode: "3813 EW",
    },
  },
  vertegenwoordigers: {
    ouder1Van14: { naam: "Ilse Hendriks", email: "ilse.hendriks@mail.example" },
    ouder2Van14: { naam: "Ruben Kok", email: "ruben.kok@mail.example" },
    ouderVan9: { naam: "Fatima Bos-El Amrani", email: "fatima.bos@mail.example" },
    mentor: { naam: "Wilma Peters", email: "wilma.peters@mail.example" },
    ouderVan17: { naam: "Monique Koster", email: "monique.koster@mail.example" },
  },
} as const;

/**
 * Seed the demo practice when the database has no organisation yet. Returns its name when this
 * call seeded it, null when there was already an organisation (nothing is changed then).
 */
export async function seedDemoIfEmpty(): Promise<{ naam: string } | null> {
  return db().transaction(async (tx) => {
    // Two server starts at once: only the one whose insert lands seeds the rest.
    const gewonnen = await tx
      .insert(organisatie)
      .values(ORGANISATIE)
      .onConflictDoNothing({ target: organisatie.id })
      .returning({ id: organisatie.id });
    if (gewonnen.length === 0) return null;

    await tx.insert(medewerkers).values(
      Object.values(DEMO.medewerkers).map((m) => ({
        naam: m.naam,
        email: m.email,
        rollen: [...m.rollen] as MedewerkerRol[],
      })),
    );
    await tx.insert(verwerkingen).values(VERWERKINGEN);
    for (const client of CLIENTEN) await insertClient(tx, client);

    await audit(tx, {
      actorSoort: "systeem",
      actie: "demo.aangemaakt",
      details: { organisatie: ORGANISATIE.naam },
    });
    return { naam: ORGANISATIE.naam };
  });
}

// ---------------------------------------------------------------- organisation

const ORGANISATIE = {
  id: 1,
  naam: DEMO.organisatie.naam,
  straat: "Lindelaan 12",
  postcode: "3811 AB",
  plaats: "Amersfoort",
  kvk: "00000000",
  email: DEMO.organisatie.email,
  telefoon: "033 000 1234",
  website: "https://delinde.example",
  fgNaam: "Lotte Verhoef",
  fgEmail: DEMO.organisatie.fgEmail,
  fgTelefoon: "033 000 1236",
  klachtenroute:
    "Bent u het niet eens met een besluit, of met de manier waarop wij met uw gegevens omgaan? " +
    "Bespreek het eerst met uw begeleider of met de directie. Komt u er samen niet uit, neem dan " +
    "contact op met onze klachtenfunctionaris, Rianne Schouten: klachten@delinde.example of " +
    "033 000 1235. Zij helpt u kosteloos en onafhankelijk en kan uw klacht voorleggen aan onze " +
    "klachtencommissie. U kunt ook schrijven naar Zorgpraktijk De Linde, t.a.v. de " +
    "klachtenfunctionaris, Lindelaan 12, 3811 AB Amersfoort.",
  geschilleninstantie:
    "Geschilleninstantie Zorg (fictief voorbeeld). Komt u er met de klachtenfunctionaris niet uit, " +
    "dan kunt u uw klacht voorleggen aan deze onafhankelijke geschilleninstantie.",
  reglement: {},
  extraSluitingsdagen: [],
} satisfies typeof organisatie.$inferInsert;

// ---------------------------------------------------------------- register of processing (AVG art. 30)

const REGISTER_GELDIG_VANAF = "2024-01-01";

const VERWERKINGEN = [
  {
    sleutel: "zorgverlening",
    naam: "Zorgverlening en begeleiding",
    doel: "Begeleiding en zorg bieden en het cliëntdossier bijhouden.",
    rechtsgrond:
      "AVG art. 6 lid 1 sub c (wettelijke plicht) en art. 9 lid 2 sub h (zorgverlening); " +
      "WGBO (art. 7:454 BW), Wmo 2015, Jeugdwet",
    categorieen: ["personalia", "contact", "zorg", "documenten"],
    ontvangers: ["gemeente (Wmo/Jeugdwet)", "huisarts (met toestemming)", "opvolgende zorgaanbieder (met toestemming)"],
    bewaartermijn: "20 jaar na het ontstaan van elk stuk (WGBO, art. 7:454 lid 3 BW)",
    bron: "cliënt, verwijzer, zorgverlener",
    bezwaarMogelijk: false,
  },
  {
    sleutel: "declaratie",
    naam: "Declaratie en financiële administratie",
    doel: "Zorg declareren bij gemeente of zorgverzekeraar en de boekhouding voeren.",
    rechtsgrond:
      "AVG art. 6 lid 1 sub c (wettelijke plicht): fiscale bewaarplicht (art. 52 Algemene wet " +
      "inzake rijksbelastingen), Wmo 2015, Jeugdwet",
    categorieen: ["personalia", "contact", "financieel"],
    ontvangers: ["gemeente (Wmo/Jeugdwet)", "zorgverzekeraar", "accountant"],
    bewaartermijn: "7 jaar (fiscale bewaarplicht)",
    bron: "cliënt, gemeente (beschikking)",
    bezwaarMogelijk: false,
  },
  {
    sleutel: "kwaliteitsonderzoek",
    naam: "Kwaliteitsonderzoek en cliënttevredenheid",
    doel: "Cliënten vragen naar hun ervaringen, om de begeleiding te verbeteren.",
    rechtsgrond: "AVG art. 6 lid 1 sub f (gerechtvaardigd belang: de kwaliteit van de zorg verbeteren)",
    categorieen: ["personalia", "contact"],
    ontvangers: [],
    bewaartermijn: "2 jaar na het onderzoek; uitkomsten alleen geanonimiseerd langer",
    bron: "cliënt",
    bezwaarMogelijk: true,
  },
  {
    sleutel: "nieuwsbrief",
    naam: "Nieuwsbrief en informatie",
    doel: "Cliënten die dat willen informeren over de praktijk en het aanbod.",
    rechtsgrond: "AVG art. 6 lid 1 sub a (toestemming, op elk moment in te trekken: art. 7 lid 3)",
    categorieen: ["contact"],
    ontvangers: [],
    bewaartermijn: "tot de toestemming wordt ingetrokken",
    bron: "cliënt",
    bezwaarMogelijk: false,
  },
  {
    sleutel: "gegevensuitwisseling",
    naam: "Gegevensuitwisseling met huisarts en verwijzer",
    doel: "De huisarts of verwijzer informeren over de begeleiding, en gegevens overdragen bij overstap.",
    rechtsgrond:
      "AVG art. 6 lid 1 sub a en art. 9 lid 2 sub a (uitdrukkelijke toestemming); zonder toestemming " +
      "alleen waar een wet dat voorschrijft (art. 9 lid 2 sub h, WGBO art. 7:457 BW)",
    categorieen: ["personalia", "zorg", "documenten"],
    ontvangers: ["huisarts", "verwijzer", "opvolgende zorgaanbieder"],
    bewaartermijn: "als het cliëntdossier: 20 jaar (WGBO, art. 7:454 BW)",
    bron: "cliënt, huisarts, verwijzer, zorgverlener",
    bezwaarMogelijk: false,
  },
  {
    sleutel: "klachtbehandeling",
    naam: "Klachtbehandeling",
    doel: "Klachten van cliënten en hun vertegenwoordigers behandelen.",
    rechtsgrond:
      "AVG art. 6 lid 1 sub c (wettelijke plicht tot een klachtenregeling: Wkkgz, Wmo 2015, " +
      "Jeugdwet) en art. 9 lid 2 sub h",
    categorieen: ["personalia", "contact", "zorg"],
    ontvangers: ["klachtenfunctionaris", "klachtencommissie", "geschilleninstantie (bij een geschil)"],
    bewaartermijn: "5 jaar na afhandeling van de klacht",
    bron: "cliënt of vertegenwoordiger",
    bezwaarMogelijk: false,
  },
  {
    sleutel: "rechtenverzoeken",
    naam: "Behandeling van AVG-verzoeken",
    doel: "Verzoeken om inzage, correctie, verwijdering, afscherming, bezwaar en overdracht behandelen.",
    rechtsgrond: "AVG art. 6 lid 1 sub c (wettelijke plicht: AVG art. 12 tot en met 22)",
    categorieen: ["personalia", "contact"],
    ontvangers: ["ontvangende zorgaanbieder (bij gegevensoverdracht op verzoek)"],
    bewaartermijn: "5 jaar na afhandeling van het verzoek",
    bron: "cliënt of vertegenwoordiger",
    bezwaarMogelijk: false,
  },
  {
    sleutel: "logging",
    naam: "Logging van toegang tot dossier en portaal",
    doel: "Vastleggen wie wanneer welk deel van een dossier inzag of wijzigde, om misbruik op te sporen.",
    rechtsgrond:
      "AVG art. 6 lid 1 sub c en art. 32 (beveiliging); NEN 7510 en NEN 7513 " +
      "(Besluit elektronische gegevensverwerking door zorgaanbieders)",
    categorieen: ["personalia"],
    ontvangers: [],
    bewaartermijn: "5 jaar (NEN 7513)",
    bron: "portaal en dossiersysteem (automatisch)",
    bezwaarMogelijk: false,
  },
].map((v) => ({ ...v, versie: 1, geldigVanaf: REGISTER_GELDIG_VANAF })) satisfies (typeof verwerkingen.$inferInsert)[];

// ---------------------------------------------------------------- clients

type DemoRelatie = {
  soort: RelatieSoort;
  naam: string;
  email?: string;
  telefoon?: string;
  geldigVanaf?: string;
  bewijs: string;
};

type DemoItem = {
  categorie: DossierCategorie;
  titel: string;
  inhoud: Record<string, string>;
  herkomst: string;
  auteur: string;
  /** The day it was written (aangemaaktOp and gewijzigdOp). */
  op: string;
  betreftDerde?: boolean;
  document?: { bestandsnaam: string; mimeType: string; grootte: number };
};

type DemoToestemming = {
  /** Local key so a verstrekking can point at it. */
  sleutel: string;
  omschrijving: string;
  ontvanger?: string;
  gegevenOp: string;
  ingetrokkenOp?: string;
};

type DemoVerstrekking = {
  ontvanger: string;
  ontvangerEmail?: string;
  datum: string;
  rechtsgrond: string;
  toestemming?: string;
  categorieen: DossierCategorie[];
  omschrijving: string;
};

type DemoClient = {
  client: ClientInsert;
  relaties: DemoRelatie[];
  items: DemoItem[];
  toestemmingen: DemoToestemming[];
  verstrekkingen: DemoVerstrekking[];
};

const ADMINISTRATIE = `${DEMO.medewerkers.backoffice.naam} (administratie)`;
const BEGELEIDER = "Joyce Verbeek (ambulant begeleider)";
const JEUGDHULP = "Karim Haddou (jeugdhulpverlener)";
const HUISARTS = "Huisartsenpraktijk Beekzicht";
const GEMEENTE = "Gemeente Amersfoort";

const TOESTEMMING = "Toestemming (AVG art. 6 lid 1 sub a en art. 9 lid 2 sub a)";
const WETTELIJK_WMO = "Wettelijke plicht (AVG art. 6 lid 1 sub c): declaratie en verantwoording Wmo 2015";
const WETTELIJK_JEUGDWET = "Wettelijke plicht (AVG art. 6 lid 1 sub c): declaratie en verantwoording Jeugdwet";

const pdf = (bestandsnaam: string, grootte: number) => ({ bestandsnaam, mimeType: "application/pdf", grootte });

const CLIENTEN: DemoClient[] = [
  {
    client: {
      clientnummer: DEMO.clienten.volwassene.clientnummer,
      voornamen: "Laura",
      tussenvoegsel: "de",
      achternaam: "Wit",
      geboortedatum: DEMO.clienten.volwassene.geboortedatum,
      email: DEMO.clienten.volwassene.email,
      telefoon: "06 0000 0101",
      straat: "Hogeweg 210",
      postcode: DEMO.clienten.volwassene.postcode,
      plaats: "Amersfoort",
      status: "actief",
      inZorgVanaf: "2025-02-03",
    },
    relaties: [],
    items: [
      {
        categorie: "zorg",
        titel: "Verwijzing huisarts",
        inhoud: {
          verslag:
            "Verwijzing voor ambulante begeleiding bij het weer oppakken van werk en dagritme na een periode van overspanning.",
        },
        herkomst: "huisarts (verwijzing)",
        auteur: HUISARTS,
        op: "2025-01-20",
      },
      {
        categorie: "zorg",
        titel: "Intakeverslag",
        inhoud: {
          verslag:
            "Mevrouw wil haar dagritme en werk stap voor stap weer oppakken. Afgesproken: wekelijks een gesprek van een uur, evaluatie na drie maanden.",
        },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2025-02-03",
      },
      {
        categorie: "zorg",
        titel: "Voortgangsverslag",
        inhoud: {
          verslag:
            "Mevrouw werkt weer twee ochtenden per week. Zij ervaart meer rust. Begeleiding gaat door, evaluatie in het najaar.",
        },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2025-06-10",
      },
      {
        categorie: "financieel",
        titel: "Beschikking Wmo",
        inhoud: {
          financiering: "Wmo-maatwerkvoorziening begeleiding individueel",
          periode: "2025-02-01 tot en met 2026-01-31",
          omvang: "4 uur per maand",
        },
        herkomst: "gemeente (beschikking)",
        auteur: ADMINISTRATIE,
        op: "2025-01-28",
      },
      {
        categorie: "financieel",
        titel: "Declaratie juni 2025",
        inhoud: { periode: "2025-06", uren: "4", status: "gedeclareerd bij de gemeente" },
        herkomst: "zorgverlener",
        auteur: ADMINISTRATIE,
        op: "2025-07-03",
      },
      {
        categorie: "documenten",
        titel: "Intakeverslag (ondertekend)",
        inhoud: { omschrijving: "Door cliënt en begeleider ondertekend intakeverslag." },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2025-02-05",
        document: pdf("intakeverslag-DL-1001.pdf", 184_320),
      },
    ],
    toestemmingen: [
      {
        sleutel: "huisarts",
        omschrijving: "Gegevens over de voortgang van de begeleiding delen met de huisarts",
        ontvanger: HUISARTS,
        gegevenOp: "2025-02-03",
      },
      {
        sleutel: "nieuwsbrief",
        omschrijving: "Nieuwsbrief van de praktijk ontvangen per e-mail",
        gegevenOp: "2025-02-03",
      },
    ],
    verstrekkingen: [
      {
        ontvanger: HUISARTS,
        ontvangerEmail: "assistentie@beekzicht.example",
        datum: "2025-06-12",
        rechtsgrond: TOESTEMMING,
        toestemming: "huisarts",
        categorieen: ["zorg"],
        omschrijving: "Samenvatting van het voortgangsverslag",
      },
      {
        ontvanger: GEMEENTE,
        datum: "2025-07-03",
        rechtsgrond: WETTELIJK_WMO,
        categorieen: ["personalia", "financieel"],
        omschrijving: "Declaratie juni 2025",
      },
    ],
  },
  {
    client: {
      clientnummer: DEMO.clienten.voormalig.clientnummer,
      voornamen: "Henk",
      achternaam: "Mulder",
      geboortedatum: DEMO.clienten.voormalig.geboortedatum,
      email: DEMO.clienten.voormalig.email,
      telefoon: "06 0000 0202",
      straat: "Vondellaan 7",
      postcode: DEMO.clienten.voormalig.postcode,
      plaats: "Amersfoort",
      status: "voormalig",
      inZorgVanaf: "2017-01-09",
      uitZorgOp: "2021-10-29",
      aangemaaktOp: moment("2017-01-09"),
      bijgewerktOp: moment("2021-10-29"),
    },
    relaties: [],
    items: [
      {
        categorie: "financieel",
        titel: "Declaratie eerste kwartaal 2017",
        inhoud: { periode: "2017-01 tot en met 2017-03", uren: "18", status: "betaald door de gemeente" },
        herkomst: "zorgverlener",
        auteur: ADMINISTRATIE,
        // Older than the 7-year fiscal retention: due for destruction (art. 52 lid 4 AWR; docs/recht.md "Verwijdering en bewaring").
        op: "2017-04-05",
      },
      {
        categorie: "financieel",
        titel: "Eindafrekening 2021",
        inhoud: { periode: "2021-07 tot en met 2021-10", uren: "12", status: "betaald door de gemeente" },
        herkomst: "zorgverlener",
        auteur: ADMINISTRATIE,
        op: "2021-11-15",
      },
      {
        categorie: "zorg",
        titel: "Voortgangsverslag",
        inhoud: {
          verslag:
            "De heer woont zelfstandig en regelt zijn post grotendeels zelf. Afbouw van de begeleiding is besproken.",
        },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2021-03-18",
      },
      {
        categorie: "zorg",
        titel: "Eindverslag",
        inhoud: {
          verslag:
            "De begeleiding is in overleg afgesloten. De heer kan bij vragen terecht bij de nieuwe aanbieder in zijn wijk.",
        },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2021-10-29",
      },
      {
        categorie: "documenten",
        titel: "Overdrachtsverslag",
        inhoud: { omschrijving: "Overdracht aan de nieuwe aanbieder, met toestemming van cliënt." },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2021-10-29",
        document: pdf("overdrachtsverslag-DL-1002.pdf", 96_512),
      },
    ],
    toestemmingen: [
      {
        sleutel: "overdracht",
        omschrijving: "Dossier overdragen aan de nieuwe aanbieder bij het einde van de begeleiding",
        ontvanger: "Begeleidingsdienst Eemvallei",
        gegevenOp: "2021-10-01",
      },
      {
        sleutel: "nieuwsbrief",
        omschrijving: "Nieuwsbrief van de praktijk ontvangen per e-mail",
        gegevenOp: "2017-01-09",
        ingetrokkenOp: "2019-03-01",
      },
    ],
    verstrekkingen: [
      {
        ontvanger: GEMEENTE,
        datum: "2017-04-05",
        rechtsgrond: WETTELIJK_WMO,
        categorieen: ["personalia", "financieel"],
        omschrijving: "Declaratie eerste kwartaal 2017",
      },
      {
        ontvanger: "Begeleidingsdienst Eemvallei",
        ontvangerEmail: "intake@eemvallei.example",
        datum: "2021-11-02",
        rechtsgrond: TOESTEMMING,
        toestemming: "overdracht",
        categorieen: ["personalia", "zorg", "documenten"],
        omschrijving: "Overdrachtsverslag en eindverslag",
      },
    ],
  },
  {
    client: {
      clientnummer: DEMO.clienten.kind14.clientnummer,
      voornamen: "Noah",
      achternaam: "Hendriks",
      geboortedatum: DEMO.clienten.kind14.geboortedatum,
      email: DEMO.clienten.kind14.email,
      straat: "Kastanjelaan 33",
      postcode: DEMO.clienten.kind14.postcode,
      plaats: "Amersfoort",
      status: "actief",
      inZorgVanaf: "2025-09-01",
    },
    relaties: [
      {
        soort: "ouder_met_gezag",
        naam: DEMO.vertegenwoordigers.ouder1Van14.naam,
        email: DEMO.vertegenwoordigers.ouder1Van14.email,
        telefoon: "06 0000 0303",
        geldigVanaf: "2025-09-01",
        bewijs: `uittreksel gezagsregister gezien op 2025-09-01 door ${DEMO.medewerkers.backoffice.naam}`,
      },
      {
        soort: "ouder_met_gezag",
        naam: DEMO.vertegenwoordigers.ouder2Van14.naam,
        email: DEMO.vertegenwoordigers.ouder2Van14.email,
        telefoon: "06 0000 0304",
        geldigVanaf: "2025-09-01",
        bewijs: `uittreksel gezagsregister gezien op 2025-09-01 door ${DEMO.medewerkers.backoffice.naam}`,
      },
    ],
    items: [
      {
        categorie: "personalia",
        titel: "School",
        inhoud: { school: "Het Baken College", klas: "3 havo" },
        herkomst: "client",
        auteur: ADMINISTRATIE,
        op: "2025-09-01",
      },
      {
        categorie: "zorg",
        titel: "Intakeverslag",
        inhoud: {
          verslag:
            "Noah wil beter leren omgaan met spanning rond school. Noah en beide ouders waren bij de intake. Afgesproken: om de week een gesprek.",
        },
        herkomst: "zorgverlener",
        auteur: JEUGDHULP,
        op: "2025-09-01",
      },
      {
        categorie: "zorg",
        titel: "Ondersteuningsplan",
        inhoud: {
          doelen: "Spanning herkennen en bespreekbaar maken; een vast weekritme met huiswerk en sport.",
          evaluatie: "2026-03",
        },
        herkomst: "zorgverlener",
        auteur: JEUGDHULP,
        op: "2025-09-22",
      },
      {
        categorie: "zorg",
        titel: "Gespreksnotitie ouder",
        inhoud: {
          notitie: "Moeder vertelt over haar eigen drukke werksituatie en vraagt tips om thuis rust te houden.",
        },
        herkomst: `ouder (${DEMO.vertegenwoordigers.ouder1Van14.naam})`,
        auteur: JEUGDHULP,
        op: "2025-10-14",
        // About the mother herself, not about Noah: third-party data (AVG art. 20 lid 4).
        betreftDerde: true,
      },
      {
        categorie: "financieel",
        titel: "Toewijzing Jeugdwet",
        inhoud: {
          financiering: "Jeugdhulp ambulant, toewijzing gemeente",
          periode: "2025-09-01 tot en met 2026-08-31",
        },
        herkomst: "gemeente (toewijzing)",
        auteur: ADMINISTRATIE,
        op: "2025-08-25",
      },
      {
        categorie: "documenten",
        titel: "Ondersteuningsplan (ondertekend)",
        inhoud: { omschrijving: "Ondersteuningsplan, ondertekend door Noah en beide ouders." },
        herkomst: "zorgverlener",
        auteur: JEUGDHULP,
        op: "2025-09-29",
        document: pdf("ondersteuningsplan-DL-1003.pdf", 142_848),
      },
    ],
    toestemmingen: [
      {
        sleutel: "school",
        omschrijving:
          "Afstemmen met de zorgcoördinator van school over de aanpak (toestemming van Noah en beide ouders)",
        ontvanger: "Zorgcoördinator Het Baken College",
        gegevenOp: "2025-09-22",
      },
    ],
    verstrekkingen: [
      {
        ontvanger: "Zorgcoördinator Het Baken College",
        ontvangerEmail: "zorg@hetbaken.example",
        datum: "2025-10-20",
        rechtsgrond: TOESTEMMING,
        toestemming: "school",
        categorieen: ["zorg"],
        omschrijving: "Afspraken uit het ondersteuningsplan over huiswerk en toetsen",
      },
      {
        ontvanger: GEMEENTE,
        datum: "2025-11-04",
        rechtsgrond: WETTELIJK_JEUGDWET,
        categorieen: ["personalia", "financieel"],
        omschrijving: "Declaratie oktober 2025",
      },
    ],
  },
  {
    client: {
      clientnummer: DEMO.clienten.kind9.clientnummer,
      voornamen: "Lina",
      achternaam: "Bos",
      geboortedatum: DEMO.clienten.kind9.geboortedatum,
      email: DEMO.clienten.kind9.email,
      straat: "Zonnebloemstraat 5",
      postcode: DEMO.clienten.kind9.postcode,
      plaats: "Amersfoort",
      status: "actief",
      inZorgVanaf: "2026-01-12",
    },
    relaties: [
      {
        soort: "ouder_met_gezag",
        naam: DEMO.vertegenwoordigers.ouderVan9.naam,
        email: DEMO.vertegenwoordigers.ouderVan9.email,
        telefoon: "06 0000 0405",
        geldigVanaf: "2026-01-12",
        bewijs: `uittreksel gezagsregister gezien op 2026-01-12 door ${DEMO.medewerkers.backoffice.naam}`,
      },
      {
        // Known to the practice, but without authority: not entitled to exercise Lina's rights.
        soort: "ouder_zonder_gezag",
        naam: "Thomas Bos",
        bewijs: `uittreksel gezagsregister gezien op 2026-01-12 door ${DEMO.medewerkers.backoffice.naam}`,
      },
    ],
    items: [
      {
        categorie: "zorg",
        titel: "Verwijzing huisarts",
        inhoud: { verslag: "Verwijzing voor begeleiding bij slaapproblemen en angst om alleen te zijn." },
        herkomst: "huisarts (verwijzing)",
        auteur: HUISARTS,
        op: "2026-01-05",
      },
      {
        categorie: "zorg",
        titel: "Intakeverslag",
        inhoud: {
          verslag:
            "Lina kwam met haar moeder. Zij tekent graag en vertelde via tekeningen over thuis en school. Afgesproken: wekelijks spelbegeleiding.",
        },
        herkomst: "zorgverlener",
        auteur: JEUGDHULP,
        op: "2026-01-12",
      },
      {
        categorie: "financieel",
        titel: "Toewijzing Jeugdwet",
        inhoud: {
          financiering: "Jeugdhulp ambulant, toewijzing gemeente",
          periode: "2026-01-12 tot en met 2026-12-31",
        },
        herkomst: "gemeente (toewijzing)",
        auteur: ADMINISTRATIE,
        op: "2026-01-08",
      },
      {
        categorie: "documenten",
        titel: "Tekening uit de intake",
        inhoud: {
          omschrijving: "Scan van een tekening die Lina tijdens de intake maakte, met haar toestemming bewaard.",
        },
        herkomst: "client",
        auteur: JEUGDHULP,
        op: "2026-01-12",
        document: { bestandsnaam: "tekening-intake-DL-1004.jpg", mimeType: "image/jpeg", grootte: 412_672 },
      },
    ],
    toestemmingen: [
      {
        sleutel: "huisarts",
        omschrijving: "Gegevens over de begeleiding delen met de huisarts (toestemming van de ouder met gezag)",
        ontvanger: HUISARTS,
        gegevenOp: "2026-01-12",
      },
    ],
    verstrekkingen: [
      {
        ontvanger: HUISARTS,
        ontvangerEmail: "assistentie@beekzicht.example",
        datum: "2026-04-15",
        rechtsgrond: TOESTEMMING,
        toestemming: "huisarts",
        categorieen: ["zorg"],
        omschrijving: "Korte terugkoppeling na drie maanden begeleiding",
      },
      {
        ontvanger: GEMEENTE,
        datum: "2026-02-03",
        rechtsgrond: WETTELIJK_JEUGDWET,
        categorieen: ["personalia", "financieel"],
        omschrijving: "Declaratie januari 2026",
      },
    ],
  },
  {
    client: {
      clientnummer: DEMO.clienten.metMentor.clientnummer,
      voornamen: "Gerrit",
      achternaam: "Meijer",
      geboortedatum: DEMO.clienten.metMentor.geboortedatum,
      email: DEMO.clienten.metMentor.email,
      telefoon: "06 0000 0506",
      straat: "Leusderweg 88",
      postcode: DEMO.clienten.metMentor.postcode,
      plaats: "Amersfoort",
      status: "actief",
      inZorgVanaf: "2024-06-03",
      aangemaaktOp: moment("2024-06-03"),
    },
    relaties: [
      {
        soort: "mentor",
        naam: DEMO.vertegenwoordigers.mentor.naam,
        email: DEMO.vertegenwoordigers.mentor.email,
        telefoon: "06 0000 0507",
        geldigVanaf: "2024-05-13",
        bewijs: `beschikking kantonrechter (mentorschap) gezien op 2024-06-03 door ${DEMO.medewerkers.backoffice.naam}`,
      },
      {
        // Manages money only: no say over the care dossier (docs/recht.md "Vertegenwoordigers en minderjarigen").
        soort: "bewindvoerder",
        naam: "Bewindvoering Het Anker",
        email: "info@hetanker.example",
        geldigVanaf: "2023-11-01",
        bewijs: `beschikking kantonrechter (beschermingsbewind) gezien op 2024-06-03 door ${DEMO.medewerkers.backoffice.naam}`,
      },
    ],
    items: [
      {
        categorie: "zorg",
        titel: "Ondersteuningsplan",
        inhoud: {
          doelen: "Zelfstandig boodschappen doen; twee dagen per week naar de dagbesteding.",
          afspraken: "De mentor is bij de evaluaties aanwezig.",
        },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2024-06-17",
      },
      {
        categorie: "zorg",
        titel: "Evaluatie",
        inhoud: {
          verslag:
            "De heer gaat met plezier naar de dagbesteding. Boodschappen lukken met een lijstje. Doelen blijven staan.",
        },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2025-06-16",
      },
      {
        categorie: "financieel",
        titel: "Beschikking Wmo",
        inhoud: {
          financiering: "Wmo-maatwerkvoorziening begeleiding en dagbesteding",
          periode: "2024-06-01 tot en met 2027-05-31",
        },
        herkomst: "gemeente (beschikking)",
        auteur: ADMINISTRATIE,
        op: "2024-05-28",
      },
      {
        categorie: "documenten",
        titel: "Evaluatieverslag 2025",
        inhoud: { omschrijving: "Evaluatieverslag, besproken met cliënt en mentor." },
        herkomst: "zorgverlener",
        auteur: BEGELEIDER,
        op: "2025-06-20",
        document: pdf("evaluatieverslag-2025-DL-1005.pdf", 118_784),
      },
    ],
    toestemmingen: [
      {
        sleutel: "dagbesteding",
        omschrijving: "Afstemmen met de dagbesteding over het ondersteuningsplan (toestemming gegeven door de mentor)",
        ontvanger: "Zorgboerderij De Eikenhof",
        gegevenOp: "2024-06-17",
      },
      {
        sleutel: "tevredenheid",
        omschrijving: "Deelnemen aan het jaarlijkse tevredenheidsonderzoek",
        gegevenOp: "2024-06-03",
        ingetrokkenOp: "2025-02-10",
      },
    ],
    verstrekkingen: [
      {
        ontvanger: "Zorgboerderij De Eikenhof",
        ontvangerEmail: "begeleiding@eikenhof.example",
        datum: "2024-06-24",
        rechtsgrond: TOESTEMMING,
        toestemming: "dagbesteding",
        categorieen: ["personalia", "zorg"],
        omschrijving: "Doelen en afspraken uit het ondersteuningsplan",
      },
      {
        ontvanger: GEMEENTE,
        datum: "2025-07-02",
        rechtsgrond: WETTELIJK_WMO,
        categorieen: ["personalia", "financieel"],
        omschrijving: "Declaratie juni 2025",
      },
    ],
  },
  {
    client: {
      clientnummer: DEMO.clienten.kind17.clientnummer,
      voornamen: "Sara",
      achternaam: "Koster",
      geboortedatum: DEMO.clienten.kind17.geboortedatum,
      email: DEMO.clienten.kind17.email,
      telefoon: "06 0000 0608",
      straat: "Bisschopsweg 41",
      postcode: DEMO.clienten.kind17.postcode,
      plaats: "Amersfoort",
      status: "actief",
      inZorgVanaf: "2025-03-10",
    },
    relaties: [
      {
        soort: "ouder_met_gezag",
        naam: DEMO.vertegenwoordigers.ouderVan17.naam,
        email: DEMO.vertegenwoordigers.ouderVan17.email,
        telefoon: "06 0000 0609",
        geldigVanaf: "2025-03-10",
        bewijs: `uittreksel gezagsregister gezien op 2025-03-10 door ${DEMO.medewerkers.backoffice.naam}`,
      },
    ],
    items: [
      {
        categorie: "zorg",
        titel: "Intakeverslag",
        inhoud: {
          verslag:
            "Sara wil hulp bij plannen en bij het kiezen van een vervolgopleiding. Zij komt zelf naar de gesprekken.",
        },
        herkomst: "zorgverlener",
        auteur: JEUGDHULP,
        op: "2025-03-10",
      },
      {
        categorie: "zorg",
        titel: "Voortgangsverslag",
        inhoud: {
          verslag: "Sara heeft zich aangemeld voor een mbo-opleiding en gebruikt een weekplanning. Afbouw na de zomer.",
        },
        herkomst: "zorgverlener",
        auteur: JEUGDHULP,
        op: "2026-05-19",
      },
      {
        categorie: "financieel",
        titel: "Toewijzing Jeugdwet",
        inhoud: {
          financiering: "Jeugdhulp ambulant, toewijzing gemeente",
          periode: "2025-03-10 tot en met 2026-09-30",
        },
        herkomst: "gemeente (toewijzing)",
        auteur: ADMINISTRATIE,
        op: "2025-03-04",
      },
      {
        categorie: "documenten",
        titel: "Weekplanning",
        inhoud: { omschrijving: "Weekplanning die Sara zelf maakte en meebracht." },
        herkomst: "client",
        auteur: JEUGDHULP,
        op: "2025-04-07",
        document: pdf("weekplanning-DL-1006.pdf", 52_224),
      },
    ],
    toestemmingen: [],
    verstrekkingen: [
      {
        ontvanger: GEMEENTE,
        datum: "2026-06-02",
        rechtsgrond: WETTELIJK_JEUGDWET,
        categorieen: ["personalia", "financieel"],
        omschrijving: "Declaratie mei 2026",
      },
    ],
  },
];

async function insertClient(tx: Tx, demo: DemoClient): Promise<void> {
  const [client] = await tx.insert(clienten).values(demo.client).returning();
  if (!client) throw new Error(`Democliënt ${demo.client.clientnummer} is niet aangemaakt.`);
  const clientId = client.id;

  if (demo.relaties.length > 0) {
    await tx
      .insert(relaties)
      .values(
        demo.relaties.map((r) => ({ ...r, clientId, aangemaaktOp: moment(r.geldigVanaf ?? client.inZorgVanaf) })),
      );
  }

  const documentRijen = await tx
    .insert(dossierItems)
    .values(
      [...basisgegevens(client), ...demo.items].map((item): DossierInsert => ({
        clientId,
        categorie: item.categorie,
        titel: item.titel,
        inhoud: item.inhoud,
        herkomst: item.herkomst,
        auteur: item.auteur,
        betreftDerde: item.betreftDerde ?? false,
        documentSleutel: null, // set below, once the original is stored
        bestandsnaam: item.document?.bestandsnaam ?? null,
        mimeType: item.document?.mimeType ?? null,
        grootte: item.document?.grootte ?? null,
        aangemaaktOp: moment(item.op),
        gewijzigdOp: moment(item.op),
      })),
    )
    .returning({
      id: dossierItems.id,
      titel: dossierItems.titel,
      inhoud: dossierItems.inhoud,
      bestandsnaam: dossierItems.bestandsnaam,
      mimeType: dossierItems.mimeType,
    });

  // The originals: stored first (a file per entry id), then the entry points at it with its real size.
  for (const rij of documentRijen) {
    if (!rij.bestandsnaam) continue;
    const inhoud =
      rij.mimeType === "image/jpeg" ? DEMO_TEKENING : await demoPdf(rij.titel, rij.inhoud, client.clientnummer);
    const sleutel = `documenten/demo/${rij.id}${rij.mimeType === "image/jpeg" ? ".jpg" : ".pdf"}`;
    const { grootte } = await opslag().put(sleutel, Readable.from([inhoud]));
    await tx.update(dossierItems).set({ documentSleutel: sleutel, grootte }).where(eq(dossierItems.id, rij.id));
  }

  const toestemmingIds = new Map<string, string>();
  for (const t of demo.toestemmingen) {
    const [rij] = await tx
      .insert(toestemmingen)
      .values({
        clientId,
        omschrijving: t.omschrijving,
        ontvanger: t.ontvanger ?? null,
        gegevenOp: t.gegevenOp,
        ingetrokkenOp: t.ingetrokkenOp ?? null,
        aangemaaktOp: moment(t.gegevenOp),
      })
      .returning({ id: toestemmingen.id });
    if (rij) toestemmingIds.set(t.sleutel, rij.id);
  }

  if (demo.verstrekkingen.length > 0) {
    await tx.insert(verstrekkingen).values(
      demo.verstrekkingen.map((v) => {
        const toestemmingId = v.toestemming ? toestemmingIds.get(v.toestemming) : undefined;
        if (v.toestemming && !toestemmingId) {
          throw new Error(`Demoverstrekking verwijst naar onbekende toestemming "${v.toestemming}".`);
        }
        return {
          clientId,
          ontvanger: v.ontvanger,
          ontvangerEmail: v.ontvangerEmail ?? null,
          datum: v.datum,
          rechtsgrond: v.rechtsgrond,
          toestemmingId: toestemmingId ?? null,
          categorieen: v.categorieen,
          omschrijving: v.omschrijving,
          aangemaaktOp: moment(v.datum),
        };
      }),
    );
  }
}

/** A one-page PDF that says what it is: a fictional demo document of the demo practice. */
function demoPdf(titel: string, inhoud: Record<string, string>, clientnummer: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: titel, Author: DEMO.organisatie.naam } });
  const delen: Buffer[] = [];
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (b: Buffer) => delen.push(b));
    doc.on("end", () => resolve(Buffer.concat(delen)));
    doc.on("error", reject);
  });
  doc.font("Helvetica-Bold").fontSize(16).text(titel);
  doc.moveDown(0.5).font("Helvetica").fontSize(10).text(`${DEMO.organisatie.naam} · cliënt ${clientnummer}`);
  doc.moveDown();
  for (const [veld, waarde] of Object.entries(inhoud)) doc.fontSize(11).text(`${veld}: ${waarde}`);
  doc.moveDown().fontSize(9).text("Fictief demodocument: alle namen en gegevens zijn verzonnen.");
  doc.end();
  return klaar;
}

/** A small drawing (96×64 JPEG: a sun and a house, as a child might draw) for the image entry. */
const DEMO_TEKENING = Buffer.from(
  "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCABAAGADASIAAhEBAxEB/8QAGgABAQEBAQEBAAAAAAAAAAAAAAYFBAcBA//EADYQAAECAwMHCgYDAAAAAAAAAAABAgMEBREmZBIyQUJRgaEGExUhNURTcbHBBxQWgqLRInKR/8QAGgEBAAMBAQEAAAAAAAAAAAAAAAEEBQMCBv/EACkRAAIBAgMHBAMAAAAAAAAAAAABAgMRBBIxBSEzUnGRsRMUNEGBwdH/2gAMAwEAAhEDEQA/APTgAAAAAAAAAAAAAAAAAACf5Z1B8nSUgwnWPmXZFuxun2TeQ3ZXPMpZVc5KzywZLxHQKaxsVzepYrs3cmnzML6srWVb802zZzTbPQwwVXUkylKrJvUuaNywZMRGwKkxkJzupIrc3emjzKs8bPRORlQfOUlYMV1r5Z2Rbtbo903HWnNvczvRqtvKzXqMV8GRiRITsl7bLFst0oYnSk7434t/RsVbs2Lu9UJszNo1ZwqpRk1u/psYSEZQba+zs6UnfG/Fv6HSk7434t/Rxgoe4q8z7stelT5V2N6jzUeZ57n35WTk2dSJt2GkY9A7x9vubBvYKTlQi5O73+TLxCSqNIEj8QITll5KKma17mr5qiWeilcclUkIdTp8WUirYj0/i6zNXQpYmrqxWqRzRaPJgddRp01TZhYM1CVq6rtVybUU5CpoUGragtvh/CcktOxlzXva1PNEVV9UJSnU6aqUykGVhq5dZ2q1NqqenUuQhUyQhykLrRidbrM5dKnWlF3udqEW5Zj5VuzYu71Qmykq3ZsXd6oTZl7T4q6ftm9g+G+oABnFs2KB3j7fc2DHoHePt9zYPosD8eP58sycTxWATF8cHwF8cHwLZwKOYl4MzCWFMQmRWLqvbahmfTNFysr5Ftv93Wf5aZ98cHwF8cHwIaT1IcU9UUcvLwZaEkKXhMhMTVY2xD9CYvjg+Avjg+BJJTgmL44PgL44PgAU4Ji+OD4C+OD4AFOCYvjg+Avjg+AB/9k=",
  "base64",
);

/** The personalia and contact entries every client has, taken from the intake. */
function basisgegevens(client: typeof clienten.$inferSelect): DemoItem[] {
  const op = client.inZorgVanaf ?? "2024-01-01";
  const naam = [client.voornamen, client.tussenvoegsel, client.achternaam].filter(Boolean).join(" ");
  const contact: Record<string, string> = {
    adres: client.straat,
    postcode: client.postcode,
    woonplaats: client.plaats,
  };
  if (client.telefoon) contact.telefoon = client.telefoon;
  if (client.email) contact.email = client.email;
  return [
    {
      categorie: "personalia",
      titel: "Persoonsgegevens",
      inhoud: { naam, geboortedatum: client.geboortedatum, clientnummer: client.clientnummer },
      herkomst: "client",
      auteur: ADMINISTRATIE,
      op,
    },
    { categorie: "contact", titel: "Contactgegevens", inhoud: contact, herkomst: "client", auteur: ADMINISTRATIE, op },
  ];
}

/** A calendar day as a timestamp: 10:00 in Amsterdam (winter time), the same date all year. */
function moment(dag: string | null): Date {
  return new Date(`${dag ?? "2024-01-01"}T09:00:00Z`);
}
