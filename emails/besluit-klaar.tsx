import { Link, Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * A signed decision letter waits in the portal (/mijn). The letter itself never travels by e-mail
 * (it may hold health data and is the signed original): the mail says it is there and links to it.
 */
export type BesluitKlaarData = {
  nummer: string;
  /** An extension (AVG art. 12 lid 3) rather than a decision on the request itself. */
  verlenging: boolean;
  /** The letter's page in the portal. */
  url: string;
  /** Filed by a representative: the person concerned, short (app/domain/identiteit.ts korteNaam). */
  voor?: string;
};

/** "AVG-2026-000042", or for a representative "voor L. de Wit (AVG-2026-000042)". */
const welk = (d: BesluitKlaarData, voor: string) => (d.voor ? `${voor} ${d.voor} (${d.nummer})` : d.nummer);

const T = {
  nl: {
    onderwerp: (d: BesluitKlaarData) =>
      d.voor
        ? d.verlenging
          ? `Uw verzoek voor ${d.voor} (${d.nummer}): wij hebben meer tijd nodig`
          : `Ons besluit over uw verzoek voor ${d.voor} (${d.nummer})`
        : d.verlenging
          ? `Wij hebben meer tijd nodig voor uw verzoek ${d.nummer}`
          : `Ons besluit over uw verzoek ${d.nummer}`,
    intro: (d: BesluitKlaarData) =>
      d.verlenging
        ? `Wij hebben meer tijd nodig voor uw verzoek ${welk(d, "voor")}. In een brief leest u waarom, en wanneer u van ons hoort.`
        : `Wij hebben een besluit genomen over uw verzoek ${welk(d, "voor")}. Het besluit staat in een brief.`,
    lezen: "U leest en downloadt de brief op ons loket. Log in om hem te lezen:",
    link: "Lees de brief",
    waarom: (d: BesluitKlaarData) =>
      `Om ${d.voor ? "de" : "uw"} privacy te beschermen, zetten wij de inhoud van de brief niet in deze e-mail.`,
  },
  en: {
    onderwerp: (d: BesluitKlaarData) =>
      d.verlenging
        ? `We need more time for your request ${welk(d, "for")}`
        : `Our decision on your request ${welk(d, "for")}`,
    intro: (d: BesluitKlaarData) =>
      d.verlenging
        ? `We need more time for your request ${welk(d, "for")}. A letter tells you why, and when you will hear from us.`
        : `We have made a decision on your request ${welk(d, "for")}. The decision is in a letter.`,
    lezen: "You can read and download the letter on our portal. Sign in to read it:",
    link: "Read the letter",
    waarom: (d: BesluitKlaarData) =>
      `To protect ${d.voor ? "" : "your "}privacy, we do not put the content of the letter in this e-mail.`,
  },
} as const;

export const besluitKlaarMail = {
  onderwerp: (d: BesluitKlaarData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: BesluitKlaarData;
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
