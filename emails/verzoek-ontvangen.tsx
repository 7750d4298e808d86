import { Link, Text } from "@react-email/components";
import type { Verzoektype } from "../app/domain/request-types";
import { formatDatum } from "../app/i18n/taal";
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

const T = {
  nl: {
    onderwerp: (d: VerzoekOntvangenData) => `Wij hebben uw verzoek ontvangen (${d.nummer})`,
    intro: "Wij hebben uw verzoek ontvangen. Dank u wel.",
    nummer: "Uw verzoeknummer:",
    soort: "Uw verzoek gaat over:",
    ontvangen: "Ontvangen op:",
    antwoord: (d: VerzoekOntvangenData) =>
      `U hoort uiterlijk op ${datum(d.doelTermijn, "nl")} van ons.`,
    wet: (d: VerzoekOntvangenData) =>
      `De wet (AVG) geeft ons hiervoor tot en met ${datum(d.wettelijkeTermijn, "nl")}.`,
    volgende: "Wat gebeurt er nu?",
    stappen: [
      "Wij controleren eerst of u het echt bent. Doet u het verzoek voor iemand anders? Dan controleren wij ook of u dat mag.",
      "Hebben wij een vraag aan u? Dan sturen wij u een bericht. Tot uw antwoord er is, staat de termijn stil.",
      "Is uw verzoek ingewikkeld? Dan mogen wij er 2 maanden langer over doen. Dat laten wij u dan op tijd weten, met de reden.",
    ],
    link: "Bekijk uw verzoek",
  },
  en: {
    onderwerp: (d: VerzoekOntvangenData) => `We have received your request (${d.nummer})`,
    intro: "We have received your request. Thank you.",
    nummer: "Your request number:",
    soort: "Your request is about:",
    ontvangen: "Received on:",
    antwoord: (d: VerzoekOntvangenData) => `You will hear from us by ${datum(d.doelTermijn, "en")} at the latest.`,
    wet: (d: VerzoekOntvangenData) =>
      `The law (GDPR) gives us until ${datum(d.wettelijkeTermijn, "en")} for this.`,
    volgende: "What happens next?",
    stappen: [
      "First we check that it is really you. Are you making the request for someone else? Then we also check that you are allowed to.",
      "Do we have a question for you? Then we send you a message. Until you answer, the time limit is paused.",
      "Is your request complex? Then we may take 2 more months. We will tell you in time, with the reason.",
    ],
    link: "View your request",
  },
} as const;

export const verzoekOntvangenMail = {
  onderwerp: (d: VerzoekOntvangenData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({ data, taal, organisatie }: { data: VerzoekOntvangenData; taal: MailTaal; organisatie: MailOrganisatie }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro}</Text>
        <Text style={tekstStijl}>
          <strong>{t.nummer}</strong> {data.nummer}
          <br />
          <strong>{t.soort}</strong> {RECHT[taal][data.type]}
          <br />
          <strong>{t.ontvangen}</strong> {datum(data.ontvangenOp, taal)}
        </Text>
        <Text style={tekstStijl}>
          <strong>{t.antwoord(data)}</strong> {t.wet(data)}
        </Text>
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
