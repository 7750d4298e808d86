import { Link, Text } from "@react-email/components";
import type { EscalatieFase, Handtekening } from "../app/domain/herinneringen";
import { RECHT_KORT } from "../app/domain/herinneringen";
import { STATUS_LABELS, type OpenVerzoekStatus } from "../app/domain/request-state";
import type { Verzoektype } from "../app/domain/request-types";
import { formatDatum } from "../app/i18n/taal";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * Escalation to a director (app/services/herinneringen.server.ts `escaleer`): the legal limit of a
 * request (AVG art. 12 lid 3) is 2 working days away, or has passed. Like the digest it names no
 * client (data minimisation, AVG art. 5 lid 1 sub c): number, right, dates, status and a link only.
 */
export type EscalatieData = {
  nummer: string;
  type: Verzoektype;
  status: OpenVerzoekStatus;
  fase: EscalatieFase;
  /** YYYY-MM-DD (Europe/Amsterdam). */
  doelTermijn: string;
  wettelijkeTermijn: string;
  /** Working days left after today up to and including the legal limit (stage twee_werkdagen). */
  werkdagenOver: number;
  /** Calendar days past the legal limit (stage verlopen). */
  dagenTeLaat: number;
  /** Already extended (AVG art. 12 lid 3): no further extension possible. */
  verlengd: boolean;
  /** A draft decision waits for a signature: this director's, or (drafted by them) another director's. */
  handtekening: Handtekening | null;
  /** /backoffice/verzoeken/:id */
  url: string;
};

function werkdagen(n: number, taal: MailTaal): string {
  if (taal === "nl") return n === 1 ? "1 werkdag" : `${n} werkdagen`;
  return n === 1 ? "1 working day" : `${n} working days`;
}

function dagen(n: number, taal: MailTaal): string {
  if (taal === "nl") return n === 1 ? "1 dag" : `${n} dagen`;
  return n === 1 ? "1 day" : `${n} days`;
}

const T = {
  nl: {
    onderwerp: (d: EscalatieData) =>
      d.fase === "verlopen"
        ? `Te laat: de wettelijke termijn van verzoek ${d.nummer} is voorbij`
        : `Let op: verzoek ${d.nummer} moet binnen ${werkdagen(d.werkdagenOver, "nl")} af`,
    intro: (d: EscalatieData) =>
      d.fase === "verlopen"
        ? `De wettelijke termijn van verzoek ${d.nummer} was ${formatDatum(d.wettelijkeTermijn, "nl")}. Het verzoek is nu ${dagen(d.dagenTeLaat, "nl")} te laat.`
        : d.werkdagenOver === 0
          ? `Vandaag is de laatste dag van de wettelijke termijn van verzoek ${d.nummer}.`
          : `De wettelijke termijn van verzoek ${d.nummer} eindigt over ${werkdagen(d.werkdagenOver, "nl")}: op ${formatDatum(d.wettelijkeTermijn, "nl")}.`,
    wet: (d: EscalatieData) =>
      d.verlengd
        ? "De AVG (artikel 12 lid 3) geeft ons één maand om de cliënt te antwoorden. Deze termijn is verlengd met 2 maanden."
        : "De AVG (artikel 12 lid 3) geeft ons één maand om de cliënt te antwoorden.",
    actie: (d: EscalatieData) =>
      d.fase === "verlopen"
        ? "Zorg dat de cliënt zo snel mogelijk antwoord krijgt. De cliënt kan een klacht indienen bij de Autoriteit Persoonsgegevens."
        : d.verlengd
          ? "De termijn is al verlengd. Verder verlengen kan niet. Zorg dat er op tijd een besluit is."
          : "Zorg dat er op tijd een besluit is. Is het verzoek ingewikkeld? Dan kan de termijn met 2 maanden worden verlengd. De cliënt moet dat dan vóór het einde van de termijn horen, met de reden.",
    handtekening: {
      uw_handtekening: "Er ligt een conceptbesluit klaar dat wacht op uw handtekening.",
      andere_directeur:
        "Er ligt een conceptbesluit klaar dat wacht op de handtekening van een andere directeur. U schreef het concept zelf, dus u mag het niet ondertekenen (vier ogen).",
    },
    nummer: "Verzoek:",
    recht: "Recht:",
    doel: "Doeltermijn:",
    wettelijk: "Wettelijke termijn:",
    status: "Status:",
    link: "Open het verzoek",
    privacy:
      "In deze e-mail staan geen namen van cliënten. U ziet alle gegevens als u het verzoek opent in de backoffice.",
  },
  en: {
    onderwerp: (d: EscalatieData) =>
      d.fase === "verlopen"
        ? `Overdue: the legal limit of request ${d.nummer} has passed`
        : `Attention: request ${d.nummer} is due within ${werkdagen(d.werkdagenOver, "en")}`,
    intro: (d: EscalatieData) =>
      d.fase === "verlopen"
        ? `The legal limit of request ${d.nummer} was ${formatDatum(d.wettelijkeTermijn, "en")}. The request is now ${dagen(d.dagenTeLaat, "en")} overdue.`
        : d.werkdagenOver === 0
          ? `Today is the last day of the legal limit of request ${d.nummer}.`
          : `The legal limit of request ${d.nummer} ends in ${werkdagen(d.werkdagenOver, "en")}: on ${formatDatum(d.wettelijkeTermijn, "en")}.`,
    wet: (d: EscalatieData) =>
      d.verlengd
        ? "The GDPR (article 12(3)) gives us one month to answer the client. This time limit has been extended by 2 months."
        : "The GDPR (article 12(3)) gives us one month to answer the client.",
    actie: (d: EscalatieData) =>
      d.fase === "verlopen"
        ? "Make sure the client gets an answer as soon as possible. The client can complain to the Dutch Data Protection Authority."
        : d.verlengd
          ? "The time limit has already been extended. It cannot be extended again. Make sure a decision is made in time."
          : "Make sure a decision is made in time. Is the request complex? Then the time limit can be extended by 2 months. The client must be told before the time limit ends, with the reason.",
    handtekening: {
      uw_handtekening: "A draft decision is waiting for your signature.",
      andere_directeur:
        "A draft decision is waiting for another director's signature. You wrote the draft yourself, so you may not sign it (four eyes).",
    },
    nummer: "Request:",
    recht: "Right:",
    doel: "Target date:",
    wettelijk: "Legal limit:",
    status: "Status:",
    link: "Open the request",
    privacy: "This e-mail contains no client names. You see all details when you open the request in the backoffice.",
  },
} as const;

export const escalatieMail = {
  onderwerp: (d: EscalatieData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({ data, taal, organisatie }: { data: EscalatieData; taal: MailTaal; organisatie: MailOrganisatie }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        {data.handtekening ? (
          <Text style={{ ...tekstStijl, fontWeight: 700 }}>{t.handtekening[data.handtekening]}</Text>
        ) : null}
        <Text style={tekstStijl}>
          <strong>{t.nummer}</strong> {data.nummer}
          <br />
          <strong>{t.recht}</strong> {RECHT_KORT[data.type][taal]}
          <br />
          <strong>{t.doel}</strong> {formatDatum(data.doelTermijn, taal)}
          <br />
          <strong>{t.wettelijk}</strong> {formatDatum(data.wettelijkeTermijn, taal)}
          <br />
          <strong>{t.status}</strong> {STATUS_LABELS[data.status].staff[taal]}
        </Text>
        <Text style={tekstStijl}>{t.wet(data)}</Text>
        <Text style={tekstStijl}>{t.actie(data)}</Text>
        <Text style={tekstStijl}>
          <Link href={data.url}>{t.link}</Link>: {data.url}
        </Text>
        <Text style={tekstStijl}>{t.privacy}</Text>
      </MailLayout>
    );
  },
};
