import { Link, Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * The package (inzage copy or portability) is ready in the portal. The data itself never travels
 * by e-mail: the mail links to the status page, where the client signs in and downloads.
 */
export type PakketKlaarData = {
  nummer: string;
  url: string;
  /** Last day of the download (YYYY-MM-DD). */
  verlooptOp: string;
  /** The receiving provider that also gets a link, if any. */
  ontvanger: string | null;
  /** Filed by a representative: the person concerned, short (app/domain/identiteit.ts korteNaam). */
  voor?: string;
};

const T = {
  nl: {
    onderwerp: (d: PakketKlaarData) =>
      d.voor
        ? `De gegevens van ${d.voor} staan klaar (verzoek ${d.nummer})`
        : `Uw gegevens staan klaar (verzoek ${d.nummer})`,
    intro: (d: PakketKlaarData) =>
      d.voor
        ? `De gegevens van ${d.voor} bij uw verzoek ${d.nummer} staan voor u klaar als download.`
        : `Uw gegevens bij verzoek ${d.nummer} staan voor u klaar als download.`,
    ontvanger: (naam: string) =>
      `Wij hebben ook ${naam} een beveiligde link gestuurd. U ziet op ons loket wanneer zij de gegevens downloaden.`,
    lezen: "Log in op ons loket om het bestand te downloaden:",
    link: "Naar uw verzoek",
    tot: (d: PakketKlaarData) =>
      `U kunt het bestand downloaden tot ${d.verlooptOp}. Daarna is het niet meer te openen.`,
    waarom: (d: PakketKlaarData) =>
      d.voor
        ? "Om de privacy te beschermen, sturen wij de gegevens niet mee met deze e-mail."
        : "Om uw privacy te beschermen, sturen wij uw gegevens niet mee met deze e-mail.",
  },
  en: {
    onderwerp: (d: PakketKlaarData) =>
      d.voor ? `The data of ${d.voor} is ready (request ${d.nummer})` : `Your data is ready (request ${d.nummer})`,
    intro: (d: PakketKlaarData) =>
      d.voor
        ? `The data of ${d.voor} for your request ${d.nummer} is ready for you to download.`
        : `Your data for request ${d.nummer} is ready for you to download.`,
    ontvanger: (naam: string) =>
      `We have also sent ${naam} a secure link. Our portal shows you when they download the data.`,
    lezen: "Sign in to our portal to download the file:",
    link: "Go to your request",
    tot: (d: PakketKlaarData) =>
      `You can download the file until ${d.verlooptOp}. After that it can no longer be opened.`,
    waarom: (d: PakketKlaarData) =>
      d.voor
        ? "To protect privacy, we do not attach the data to this e-mail."
        : "To protect your privacy, we do not attach your data to this e-mail.",
  },
} as const;

export const pakketKlaarMail = {
  onderwerp: (d: PakketKlaarData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({ data, taal, organisatie }: { data: PakketKlaarData; taal: MailTaal; organisatie: MailOrganisatie }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        {data.ontvanger ? <Text style={tekstStijl}>{t.ontvanger(data.ontvanger)}</Text> : null}
        <Text style={tekstStijl}>{t.lezen}</Text>
        <Text style={tekstStijl}>
          <Link href={data.url}>{t.link}</Link>: {data.url}
        </Text>
        <Text style={tekstStijl}>{t.tot(data)}</Text>
        <Text style={tekstStijl}>{t.waarom(data)}</Text>
      </MailLayout>
    );
  },
};
