import { Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * AVG art. 19: a recipient of earlier disclosures is told that data they received was corrected,
 * erased or restricted. It names no health content, only what kind of change and which categories.
 */
export type OntvangerMeldingData = {
  ontvanger: string;
  soort: "correctie" | "verwijdering" | "afscherming";
  /** The client as the recipient knows them: name and date of birth. */
  clientNaam: string;
  geboortedatum: string;
  /** Dossier categories concerned, already in the mail's language. */
  categorieen: string[];
  /** Date of the change (d MMMM yyyy in the mail's language). */
  datum: string;
};

const SOORT = {
  nl: {
    correctie: "gecorrigeerd of aangevuld",
    verwijdering: "verwijderd",
    afscherming: "afgeschermd (beperkt in gebruik)",
  },
  en: { correctie: "corrected or completed", verwijdering: "erased", afscherming: "restricted" },
} as const;

const T = {
  nl: {
    onderwerp: () => "Wijziging in gegevens die u van ons ontving",
    aanhef: (d: OntvangerMeldingData) => `Geachte ${d.ontvanger},`,
    intro: (d: OntvangerMeldingData) =>
      `Eerder hebben wij u gegevens gestuurd over ${d.clientNaam} (geboren ${d.geboortedatum}). Op ${d.datum} zijn gegevens daarvan ${SOORT.nl[d.soort]} op verzoek van deze persoon.`,
    categorieen: "Het gaat om:",
    vraag:
      "Wij vragen u de gegevens die u van ons kreeg op dezelfde manier aan te passen. Dat is verplicht volgens artikel 19 van de AVG.",
    contact: "Heeft u vragen? Neem dan contact met ons op.",
  },
  en: {
    onderwerp: () => "A change to data you received from us",
    aanhef: (d: OntvangerMeldingData) => `Dear ${d.ontvanger},`,
    intro: (d: OntvangerMeldingData) =>
      `We previously sent you data about ${d.clientNaam} (born ${d.geboortedatum}). On ${d.datum} some of that data was ${SOORT.en[d.soort]} at this person's request.`,
    categorieen: "This concerns:",
    vraag:
      "Please change the data you received from us in the same way. Article 19 of the GDPR requires us to tell you.",
    contact: "If you have any questions, please contact us.",
  },
} as const;

export const ontvangerMeldingMail = {
  onderwerp: (_d: OntvangerMeldingData, taal: MailTaal) => T[taal].onderwerp(),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: OntvangerMeldingData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp()}>
        <Text style={tekstStijl}>{t.aanhef(data)}</Text>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        {data.categorieen.length > 0 ? (
          <Text style={tekstStijl}>
            <strong>{t.categorieen}</strong> {data.categorieen.join(", ")}
          </Text>
        ) : null}
        <Text style={tekstStijl}>{t.vraag}</Text>
        <Text style={tekstStijl}>{t.contact}</Text>
      </MailLayout>
    );
  },
};
