import { Link, Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * To a receiving care provider (AVG art. 20 lid 2): a client asked us to transfer their data to
 * you. The link is personal; a one-time code to this address proves you are the addressee. No
 * client name in the mail: it may be forwarded. The link once (its text is the address, so the plain-text
 * version shows it once too); the footer is for a provider, not the client's complaint route.
 */
export type PakketOntvangerData = {
  ontvanger: string;
  nummer: string;
  url: string;
  verlooptOp: string;
};

const T = {
  nl: {
    onderwerp: (d: PakketOntvangerData) => `Gegevensoverdracht van een cliënt (${d.nummer})`,
    intro: (d: PakketOntvangerData) =>
      `Beste ${d.ontvanger}, een cliënt heeft ons gevraagd zijn of haar gegevens aan u over te dragen (artikel 20 AVG).`,
    stap: "Open de link hieronder. U vraagt daar een eenmalige code aan, die wij naar dit e-mailadres sturen. Met die code downloadt u het bestand.",
    link: "Gegevens ophalen",
    tot: (d: PakketOntvangerData) => `De link werkt tot ${d.verlooptOp}. Stuur deze e-mail niet door.`,
  },
  en: {
    onderwerp: (d: PakketOntvangerData) => `Transfer of a client's data (${d.nummer})`,
    intro: (d: PakketOntvangerData) =>
      `Dear ${d.ontvanger}, a client has asked us to transfer their data to you (Article 20 GDPR).`,
    stap: "Open the link below. There you request a one-time code, which we send to this e-mail address. With that code you download the file.",
    link: "Collect the data",
    tot: (d: PakketOntvangerData) => `The link works until ${d.verlooptOp}. Please do not forward this e-mail.`,
  },
} as const;

export const pakketOntvangerMail = {
  onderwerp: (d: PakketOntvangerData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: PakketOntvangerData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)} voor="aanbieder">
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        <Text style={tekstStijl}>{t.stap}</Text>
        <Text style={tekstStijl}>
          {t.link}: <Link href={data.url}>{data.url}</Link>
        </Text>
        <Text style={tekstStijl}>{t.tot(data)}</Text>
      </MailLayout>
    );
  },
};
