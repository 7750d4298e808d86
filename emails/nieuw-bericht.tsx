import { Link, Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * A new message from the organisation waits in the portal. The message itself never travels by
 * e-mail (it may hold health data): the mail only says there is one and links to the status page.
 */
export type NieuwBerichtData = {
  nummer: string;
  url: string;
  /** Filed by a representative: the person concerned, short (app/domain/identiteit.ts korteNaam). */
  voor?: string;
};

/** "AVG-2026-000042", or for a representative "voor L. de Wit (AVG-2026-000042)". */
const welk = (d: NieuwBerichtData, voor: string) => (d.voor ? `${voor} ${d.voor} (${d.nummer})` : d.nummer);

const T = {
  nl: {
    onderwerp: (d: NieuwBerichtData) => `Nieuw bericht over uw verzoek ${welk(d, "voor")}`,
    intro: (d: NieuwBerichtData) => `Er is een nieuw bericht voor u over uw verzoek ${welk(d, "voor")}.`,
    lezen: "U leest het bericht op ons loket. Log in om het te lezen:",
    link: "Bekijk uw verzoek",
    waarom: (d: NieuwBerichtData) =>
      `Om ${d.voor ? "de" : "uw"} privacy te beschermen, zetten wij de inhoud van het bericht niet in deze e-mail.`,
  },
  en: {
    onderwerp: (d: NieuwBerichtData) => `New message about your request ${welk(d, "for")}`,
    intro: (d: NieuwBerichtData) => `There is a new message for you about your request ${welk(d, "for")}.`,
    lezen: "You can read the message on our portal. Sign in to read it:",
    link: "View your request",
    waarom: (d: NieuwBerichtData) =>
      `To protect ${d.voor ? "" : "your "}privacy, we do not put the content of the message in this e-mail.`,
  },
} as const;

export const nieuwBerichtMail = {
  onderwerp: (d: NieuwBerichtData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: NieuwBerichtData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        <Text style={tekstStijl}>{t.lezen}</Text>
        <Text style={tekstStijl}>
          <Link href={data.url}>{t.link}</Link>: {data.url}
        </Text>
        <Text style={tekstStijl}>{t.waarom(data)}</Text>
      </MailLayout>
    );
  },
};
