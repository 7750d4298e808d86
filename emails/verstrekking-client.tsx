import { Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * A disclosure made without the client's consent (a legal duty, e.g. a court order or a report to
 * Veilig Thuis) is told to the client without delay (docs/recht.md "Ontvangers (art. 19)"): to whom,
 * when, which data, on what legal ground and why, and what the client can do. Only postponed while
 * telling would endanger people or property (docs/decisions/023).
 */
export type VerstrekkingClientData = {
  ontvanger: string;
  /** Date of the disclosure (d MMMM yyyy in the mail's language). */
  datum: string;
  /** Dossier categories disclosed, already in the mail's language. */
  categorieen: string[];
  rechtsgrond: string;
  /** Staff's description of what was given and why (may be empty). */
  omschrijving: string;
};

const T = {
  nl: {
    onderwerp: () => "Wij hebben gegevens over u aan een ander gegeven",
    intro: (d: VerstrekkingClientData) =>
      `Op ${d.datum} hebben wij gegevens over u gegeven aan ${d.ontvanger}. Dat deden wij zonder uw toestemming, omdat het moest volgens de wet of een andere regel. Wij vinden dat u dat moet weten.`,
    welke: "Om deze gegevens gaat het:",
    grond: "Waarom het mocht (de regel):",
    waarom: "Toelichting:",
    inzage: "U kunt ons altijd vragen welke gegevens het precies waren: doe dan een verzoek om inzage in het portaal.",
    klacht:
      "Bent u het er niet mee eens? Neem contact op met onze functionaris gegevensbescherming of gebruik onze klachtenregeling. U mag ook een klacht indienen bij de Autoriteit Persoonsgegevens.",
  },
  en: {
    onderwerp: () => "We have given data about you to someone else",
    intro: (d: VerstrekkingClientData) =>
      `On ${d.datum} we gave data about you to ${d.ontvanger}. We did so without your consent, because the law or another rule required it. We think you should know.`,
    welke: "This concerns the following data:",
    grond: "Why it was allowed (the rule):",
    waarom: "Explanation:",
    inzage: "You can always ask us exactly which data it was: file a request for access in the portal.",
    klacht:
      "Do you disagree? Contact our data protection officer or use our complaints procedure. You may also file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
  },
} as const;

export const verstrekkingClientMail = {
  onderwerp: (_d: VerstrekkingClientData, taal: MailTaal) => T[taal].onderwerp(),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: VerstrekkingClientData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp()}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        {data.categorieen.length > 0 ? (
          <Text style={tekstStijl}>
            <strong>{t.welke}</strong> {data.categorieen.join(", ")}
          </Text>
        ) : null}
        <Text style={tekstStijl}>
          <strong>{t.grond}</strong> {data.rechtsgrond}
        </Text>
        {data.omschrijving ? (
          <Text style={tekstStijl}>
            <strong>{t.waarom}</strong> {data.omschrijving}
          </Text>
        ) : null}
        <Text style={tekstStijl}>{t.inzage}</Text>
        <Text style={tekstStijl}>{t.klacht}</Text>
      </MailLayout>
    );
  },
};
