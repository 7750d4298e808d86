/**
 * The registry of e-mail templates: each has a subject and a React component, in Dutch and English.
 * Add a template here and its data type is checked wherever it is queued (queueMail).
 */
import { render } from "@react-email/components";
import { createElement, type ComponentType } from "react";
import { besluitKlaarMail, type BesluitKlaarData } from "./besluit-klaar";
import { codeMail, type CodeData } from "./code";
import { dagoverzichtMail, type DagoverzichtData } from "./dagoverzicht";
import { escalatieMail, type EscalatieData } from "./escalatie";
import { medewerkerUitnodigingMail, type MedewerkerUitnodigingData } from "./medewerker-uitnodiging";
import { nieuwBerichtMail, type NieuwBerichtData } from "./nieuw-bericht";
import { pakketKlaarMail, type PakketKlaarData } from "./pakket-klaar";
import { pakketOntvangerMail, type PakketOntvangerData } from "./pakket-ontvanger";
import { statusGewijzigdMail, type StatusGewijzigdData } from "./status-gewijzigd";
import { ontvangerMeldingMail, type OntvangerMeldingData } from "./ontvanger-melding";
import type { GerenderdeMail, MailOrganisatie, MailTaal } from "./types";
import { uitvoeringKlaarMail, type UitvoeringKlaarData } from "./uitvoering-klaar";
import { verzoekOntvangenMail, type VerzoekOntvangenData } from "./verzoek-ontvangen";

export type { GerenderdeMail, MailOrganisatie, MailTaal } from "./types";

type Sjabloon<D> = {
  onderwerp: (data: D, taal: MailTaal) => string;
  Component: ComponentType<{ data: D; taal: MailTaal; organisatie: MailOrganisatie }>;
};

/** Template name → its data. */
export type SjabloonData = {
  ontvanger_melding: OntvangerMeldingData;
  uitvoering_klaar: UitvoeringKlaarData;
  verzoek_ontvangen: VerzoekOntvangenData;
  code: CodeData;
  nieuw_bericht: NieuwBerichtData;
  status_gewijzigd: StatusGewijzigdData;
  medewerker_uitnodiging: MedewerkerUitnodigingData;
  dagoverzicht: DagoverzichtData;
  escalatie: EscalatieData;
  besluit_klaar: BesluitKlaarData;
  pakket_klaar: PakketKlaarData;
  pakket_ontvanger: PakketOntvangerData;
};

export type SjabloonNaam = keyof SjabloonData;

const SJABLONEN: { [K in SjabloonNaam]: Sjabloon<SjabloonData[K]> } = {
  ontvanger_melding: ontvangerMeldingMail,
  uitvoering_klaar: uitvoeringKlaarMail,
  verzoek_ontvangen: verzoekOntvangenMail,
  code: codeMail,
  nieuw_bericht: nieuwBerichtMail,
  status_gewijzigd: statusGewijzigdMail,
  medewerker_uitnodiging: medewerkerUitnodigingMail,
  dagoverzicht: dagoverzichtMail,
  escalatie: escalatieMail,
  besluit_klaar: besluitKlaarMail,
  pakket_klaar: pakketKlaarMail,
  pakket_ontvanger: pakketOntvangerMail,
};

/** Render a template to subject, HTML and plain text (for real: what the recipient gets). */
export async function renderMail<K extends SjabloonNaam>(
  naam: K,
  data: SjabloonData[K],
  taal: MailTaal,
  organisatie: MailOrganisatie,
): Promise<GerenderdeMail> {
  const sjabloon = SJABLONEN[naam] as Sjabloon<SjabloonData[K]>;
  const element = createElement(sjabloon.Component, { data, taal, organisatie });
  const [html, tekst] = await Promise.all([render(element), render(element, { plainText: true })]);
  // React 18.2's stream renderer can leave NUL bytes at a 2 KB chunk boundary when a multi-byte
  // character straddles it (fixed in React by facebook/react#26228, not released for 18.2); they are
  // padding, not content, and PostgreSQL refuses them in text ("invalid byte sequence … 0x00").
  return { onderwerp: sjabloon.onderwerp(data, taal), html: html.replaceAll("\0", ""), tekst: tekst.replaceAll("\0", "") };
}
