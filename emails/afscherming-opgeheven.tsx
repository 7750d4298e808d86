import { Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * A restriction the client obtained (AVG art. 18 lid 1) is about to be lifted: art. 18 lid 3 says
 * the client is told before that happens, with the reason (docs/recht.md "Correctie, afscherming,
 * bezwaar en intrekking"). Used when the directie lifts a restriction and when a temporary
 * restriction during a correction or objection ends with the decision (docs/decisions/030).
 */
export type AfschermingOpgehevenData = {
  /** The parts of the dossier, already in the mail's language (category names). */
  onderdelen: string[];
  /** Why the restriction is lifted: staff's words, or the decision on the request. */
  reden: string;
  /** The request the temporary restriction belonged to, when there is one. */
  nummer?: string;
};

const T = {
  nl: {
    onderwerp: () => "Wij gaan uw gegevens weer gebruiken",
    intro: (d: AfschermingOpgehevenData) =>
      d.nummer
        ? `Tijdens uw verzoek ${d.nummer} hebben wij een deel van uw gegevens niet gebruikt, zoals u vroeg. Die afscherming heffen wij nu op. Daarna kunnen onze medewerkers die gegevens weer inzien en gebruiken.`
        : "Een deel van uw gegevens was afgeschermd: onze medewerkers konden het niet inzien of gebruiken. Die afscherming heffen wij nu op. Daarna kunnen onze medewerkers die gegevens weer inzien en gebruiken.",
    welke: "Om deze gegevens gaat het:",
    waarom: "Waarom wij de afscherming opheffen:",
    wet: "Wij laten u dit weten voordat de afscherming wordt opgeheven. Dat staat in de wet (artikel 18 lid 3 AVG).",
    klacht:
      "Bent u het er niet mee eens? Neem contact op met onze functionaris gegevensbescherming of gebruik onze klachtenregeling. U mag ook een klacht indienen bij de Autoriteit Persoonsgegevens.",
  },
  en: {
    onderwerp: () => "We will use your data again",
    intro: (d: AfschermingOpgehevenData) =>
      d.nummer
        ? `During your request ${d.nummer} we did not use part of your data, as you asked. We are now lifting that restriction. After that our staff can see and use that data again.`
        : "Part of your data was restricted: our staff could not see or use it. We are now lifting that restriction. After that our staff can see and use that data again.",
    welke: "This concerns the following data:",
    waarom: "Why we lift the restriction:",
    wet: "We tell you this before the restriction is lifted. The law requires this (Article 18(3) GDPR).",
    klacht:
      "Do you disagree? Contact our data protection officer or use our complaints procedure. You may also file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
  },
} as const;

export const afschermingOpgehevenMail = {
  onderwerp: (_d: AfschermingOpgehevenData, taal: MailTaal) => T[taal].onderwerp(),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: AfschermingOpgehevenData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp()}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        {data.onderdelen.length > 0 ? (
          <Text style={tekstStijl}>
            <strong>{t.welke}</strong> {data.onderdelen.join(", ")}
          </Text>
        ) : null}
        <Text style={tekstStijl}>
          <strong>{t.waarom}</strong> {data.reden}
        </Text>
        <Text style={tekstStijl}>{t.wet}</Text>
        <Text style={tekstStijl}>{t.klacht}</Text>
      </MailLayout>
    );
  },
};
