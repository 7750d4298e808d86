import { Link, Text } from "@react-email/components";
import type { TeOndertekenenSoort } from "../app/domain/besluitbrief";
import { RECHT_KORT } from "../app/domain/herinneringen";
import type { Verzoektype } from "../app/domain/request-types";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/**
 * To the drafter of a decision when the directie sends the draft back (app/services/ondertekening.server.ts
 * `stuurConceptTerug`; docs/decisions/008-ondertekening.md): the request is theirs again. Like the
 * other staff mails it names no client (data minimisation, AVG art. 5 lid 1 sub c), and it does not
 * quote the director's comment either (free text, it may name people): the comment is on the request
 * page in the backoffice.
 */
export type ConceptTeruggestuurdData = {
  nummer: string;
  type: Verzoektype;
  soort: TeOndertekenenSoort;
  /** The director who sent it back (a staff member, not a client). */
  directeur: string;
  /** /backoffice/verzoeken/:id */
  url: string;
};

const SOORT: Record<TeOndertekenenSoort, { nl: string; en: string }> = {
  afwijzing: { nl: "afwijzing", en: "refusal" },
  gedeeltelijke_afwijzing: { nl: "gedeeltelijke afwijzing", en: "partial refusal" },
  kennelijk_ongegrond: {
    nl: "besluit 'kennelijk ongegrond of buitensporig'",
    en: "decision 'manifestly unfounded or excessive'",
  },
  verlenging: { nl: "verlenging van de termijn", en: "extension of the time limit" },
};

const T = {
  nl: {
    onderwerp: (d: ConceptTeruggestuurdData) => `Concept teruggestuurd: verzoek ${d.nummer}`,
    intro: (d: ConceptTeruggestuurdData) =>
      `${d.directeur} heeft uw concept (${SOORT[d.soort].nl}) bij verzoek ${d.nummer} niet ondertekend en naar u teruggestuurd.`,
    actie:
      "Lees de opmerking bij het verzoek en pas het concept aan. Daarna kunt u het opnieuw ter ondertekening aanbieden. Het verzoek staat weer op 'In behandeling'; de termijn loopt door.",
    nummer: "Verzoek:",
    recht: "Recht:",
    link: "Open het verzoek",
    privacy:
      "In deze e-mail staan geen namen van cliënten en niet de opmerking zelf. U leest alles als u het verzoek opent in de backoffice.",
  },
  en: {
    onderwerp: (d: ConceptTeruggestuurdData) => `Draft sent back: request ${d.nummer}`,
    intro: (d: ConceptTeruggestuurdData) =>
      `${d.directeur} did not sign your draft (${SOORT[d.soort].en}) for request ${d.nummer} and sent it back to you.`,
    actie:
      "Read the comment on the request and change the draft. Then you can offer it for signature again. The request is 'In progress' again; the time limit keeps running.",
    nummer: "Request:",
    recht: "Right:",
    link: "Open the request",
    privacy:
      "This e-mail contains no client names and not the comment itself. You read everything when you open the request in the backoffice.",
  },
} as const;

export const conceptTeruggestuurdMail = {
  onderwerp: (d: ConceptTeruggestuurdData, taal: MailTaal) => T[taal].onderwerp(d),
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: ConceptTeruggestuurdData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp(data)}>
        <Text style={tekstStijl}>{t.intro(data)}</Text>
        <Text style={tekstStijl}>
          <strong>{t.nummer}</strong> {data.nummer}
          <br />
          <strong>{t.recht}</strong> {RECHT_KORT[data.type][taal]}
        </Text>
        <Text style={tekstStijl}>{t.actie}</Text>
        <Text style={tekstStijl}>
          <Link href={data.url}>{t.link}</Link>: {data.url}
        </Text>
        <Text style={tekstStijl}>{t.privacy}</Text>
      </MailLayout>
    );
  },
};
