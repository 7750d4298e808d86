import { Link, Text } from "@react-email/components";
import type { Vertegenwoordiger } from "../app/domain/identiteit";
import type { Verzoektype } from "../app/domain/request-types";
import { formatDatum } from "../app/i18n/taal";
import { BERICHTEN } from "../app/i18n/berichten";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * Confirmation of receipt (AVG art. 12): number, right, receipt date and deadlines. It never
 * repeats the content of the request: an e-mail can be read by others.
 */
export type VerzoekOntvangenData = {
  nummer: string;
  type: Verzoektype;
  /** YYYY-MM-DD (Europe/Amsterdam). */
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  url: string;
  /**
   * Filed by a representative: whom it is for (short name, app/domain/identiteit.ts korteNaam) and
   * in which capacity. The mail then names that person and says which proof of authority we need.
   */
  voor?: { naam: string; relatie: Vertegenwoordiger };
};

/** formatDatum builds an Intl formatter per call; every mail is rendered twice (HTML, text). */
const datums = new Map<string, string>();
function datum(iso: string, taal: MailTaal): string {
  const sleutel = `${taal}:${iso}`;
  let tekst = datums.get(sleutel);
  if (tekst === undefined) {
    if (datums.size > 2000) datums.clear();
    tekst = formatDatum(iso, taal);
    datums.set(sleutel, tekst);
  }
  return tekst;
}

const RECHT: Record<MailTaal, Record<Verzoektype, string>> = {
  nl: {
    inzage: "inzage in uw gegevens",
    correctie: "correctie of aanvulling van gegevens",
    verwijdering: "verwijdering van gegevens",
    afscherming: "afscherming van gegevens",
    bezwaar: "bezwaar tegen het gebruik van gegevens",
    dataportabiliteit: "uw gegevens in een bestand (dataportabiliteit)",
    intrekking_toestemming: "intrekken van toestemming",
  },
  en: {
    inzage: "access to your data",
    correctie: "correction or completion of data",
    verwijdering: "erasure of data",
    afscherming: "restriction of the use of data",
    bezwaar: "objection to the use of data",
    dataportabiliteit: "your data in a file (data portability)",
    intrekking_toestemming: "withdrawal of consent",
  },
};

/** The right, for a representative: about the person concerned, not "your data". */
const RECHT_VOOR: Record<MailTaal, Record<Verzoektype, (naam: string) => string>> = {
  nl: {
    inzage: (n) => `inzage in de gegevens van ${n}`,
    correctie: (n) => `correctie of aanvulling van gegevens van ${n}`,
    verwijdering: (n) => `verwijdering van gegevens van ${n}`,
    afscherming: (n) => `afscherming van gegevens van ${n}`,
    bezwaar: (n) => `bezwaar tegen het gebruik van gegevens van ${n}`,
    dataportabiliteit: (n) => `de gegevens van ${n} in een bestand (dataportabiliteit)`,
    intrekking_toestemming: (n) => `intrekken van een toestemming van ${n}`,
  },
  en: {
    inzage: (n) => `access to the data of ${n}`,
    correctie: (n) => `correction or completion of data of ${n}`,
    verwijdering: (n) => `erasure of data of ${n}`,
    afscherming: (n) => `restriction of the use of data of ${n}`,
    bezwaar: (n) => `objection to the use of data of ${n}`,
    dataportabiliteit: (n) => `the data of ${n} in a file (data portability)`,
    intrekking_toestemming: (n) => `withdrawal of a consent given by ${n}`,
  },
};

/** Docs/decisions/018: the proof of authority a representative shows; never an ID copy. */
const BEWIJS: Record<MailTaal, Record<Vertegenwoordiger, string>> = {
  nl: {
    ouder_met_gezag:
      "Het bewijs dat u het gezag over het kind heeft, bijvoorbeeld een uittreksel uit het gezagsregister (gratis aan te vragen bij de rechtbank of via rechtspraak.nl).",
    voogd: "Het bewijs dat u de voogd bent: een uittreksel uit het gezagsregister of de uitspraak van de rechter.",
    mentor: "De uitspraak van de rechter waarin u als mentor bent benoemd.",
    curator: "De uitspraak van de rechter waarin u als curator bent benoemd.",
    gemachtigde:
      "Een machtiging die de betrokkene zelf heeft ondertekend: voor welk verzoek, met de datum. Wij vragen de betrokkene ook zelf om de machtiging te bevestigen.",
  },
  en: {
    ouder_met_gezag:
      "Proof that you have parental authority over the child, for example an extract from the custody register (gezagsregister; free from the court or via rechtspraak.nl).",
    voogd: "Proof that you are the guardian: an extract from the custody register or the court decision.",
    mentor: "The court decision that appointed you as mentor.",
    curator: "The court decision that appointed you as curator.",
    gemachtigde:
      "A written authorisation signed by the person concerned: for which request, with the date. We also ask the person concerned to confirm it themselves.",
  },
};

const T = {
  nl: {
    onderwerp: (d: VerzoekOntvangenData) =>
      d.voor
        ? `Wij hebben uw verzoek voor ${d.voor.naam} ontvangen (${d.nummer})`
        : `Wij hebben uw verzoek ontvangen (${d.nummer})`,
    intro: "Wij hebben uw verzoek ontvangen. Dank u wel.",
    nummer: "Uw verzoeknummer:",
    soort: "Uw verzoek gaat over:",
    ontvangen: "Ontvangen op:",
    /** One sentence: our promise is the answer, the law's limit the backstop (as on the portal). */
    termijn: (d: VerzoekOntvangenData) =>
      BERICHTEN.nl.ontvangst.termijnZin(datum(d.doelTermijn, "nl"), datum(d.wettelijkeTermijn, "nl")),
    volgende: "Wat gebeurt er nu?",
    stappen: [
      "Wij controleren eerst of u het echt bent. Doet u het verzoek voor iemand anders? Dan controleren wij ook of u dat mag.",
      "Hebben wij een vraag aan u? Dan sturen wij u een bericht. Tot uw antwoord er is, staat de termijn stil.",
      "Is uw verzoek ingewikkeld? Dan mogen wij er 2 maanden langer over doen. Dat laten wij u dan op tijd weten, met de reden.",
    ],
    link: "Bekijk uw verzoek",
    // The same words as the receipt page (app/i18n/teksten/ontvangst.nl.ts).
    bewijsTitel: BERICHTEN.nl.ontvangst.bewijsTitel,
    bewijsIntro: BERICHTEN.nl.ontvangst.bewijsIntro,
    aanleveren: BERICHTEN.nl.ontvangst.bewijsAanleveren,
  },
  en: {
    onderwerp: (d: VerzoekOntvangenData) =>
      d.voor
        ? `We have received your request for ${d.voor.naam} (${d.nummer})`
        : `We have received your request (${d.nummer})`,
    intro: "We have received your request. Thank you.",
    nummer: "Your request number:",
    soort: "Your request is about:",
    ontvangen: "Received on:",
    termijn: (d: VerzoekOntvangenData) =>
      BERICHTEN.en.ontvangst.termijnZin(datum(d.doelTermijn, "en"), datum(d.wettelijkeTermijn, "en")),
    volgende: "What happens next?",
    stappen: [
      "First we check that it is really you. Are you making the request for someone else? Then we also check that you are allowed to.",
      "Do we have a question for you? Then we send you a message. Until you answer, the time limit is paused.",
      "Is your request complex? Then we may take 2 more months. We will tell you in time, with the reason.",
    ],
    link: "View your request",
    // The same words as the receipt page (app/i18n/teksten/ontvangst.en.ts).
    bewijsTitel: BERICHTEN.en.ontvangst.bewijsTitel,
    bewijsIntro: BERICHTEN.en.ontvangst.bewijsIntro,
    aanleveren: BERICHTEN.en.ontvangst.bewijsAanleveren,
  },
} as const;

export const verzoekOntvangenMail = {
  onderwerp: (d: VerzoekOntvangenData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: VerzoekOntvangenData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro}</Text>
        <Text style={tekstStijl}>
          <strong>{t.nummer}</strong> {data.nummer}
          <br />
          <strong>{t.soort}</strong> {data.voor ? RECHT_VOOR[taal][data.type](data.voor.naam) : RECHT[taal][data.type]}
          <br />
          <strong>{t.ontvangen}</strong> {datum(data.ontvangenOp, taal)}
        </Text>
        <Text style={tekstStijl}>
          <strong>{t.termijn(data)}</strong>
        </Text>
        {data.voor ? (
          <>
            <Text style={{ ...tekstStijl, fontWeight: 700 }}>{t.bewijsTitel}</Text>
            <Text style={tekstStijl}>{t.bewijsIntro(data.voor.naam)}</Text>
            <Text style={tekstStijl}>
              {"• "}
              {BEWIJS[taal][data.voor.relatie]}
            </Text>
            <Text style={tekstStijl}>{t.aanleveren}</Text>
          </>
        ) : null}
        <Text style={{ ...tekstStijl, fontWeight: 700 }}>{t.volgende}</Text>
        {t.stappen.map((stap) => (
          <Text key={stap} style={tekstStijl}>
            {"• "}
            {stap}
          </Text>
        ))}
        <Text style={tekstStijl}>
          {t.link}: <Link href={data.url}>{data.url}</Link>
        </Text>
      </MailLayout>
    );
  },
};
