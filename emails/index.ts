/**
 * The registry of e-mail templates: each has a subject and a React component, in Dutch and English.
 * Add a template here and its data type is checked wherever it is queued (queueMail).
 */
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { toPlainText } from "@react-email/components";
import { Component, createElement, Suspense, type ComponentType, type ReactElement, type ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { env } from "../app/env.server";
import { afschermingOpgehevenMail, type AfschermingOpgehevenData } from "./afscherming-opgeheven";
import { besluitKlaarMail, type BesluitKlaarData } from "./besluit-klaar";
import { codeMail, type CodeData } from "./code";
import { conceptTeruggestuurdMail, type ConceptTeruggestuurdData } from "./concept-teruggestuurd";
import { dagoverzichtMail, type DagoverzichtData } from "./dagoverzicht";
import { escalatieMail, type EscalatieData } from "./escalatie";
import { medewerkerUitnodigingMail, type MedewerkerUitnodigingData } from "./medewerker-uitnodiging";
import { nieuwBerichtMail, type NieuwBerichtData } from "./nieuw-bericht";
import { pakketKlaarMail, type PakketKlaarData } from "./pakket-klaar";
import { pakketOntvangerMail, type PakketOntvangerData } from "./pakket-ontvanger";
import { statusGewijzigdMail, type StatusGewijzigdData } from "./status-gewijzigd";
import { ontvangerMeldingMail, type OntvangerMeldingData } from "./ontvanger-melding";
import { verstrekkingClientMail, type VerstrekkingClientData } from "./verstrekking-client";
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
  verstrekking_client: VerstrekkingClientData;
  afscherming_opgeheven: AfschermingOpgehevenData;
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
  concept_teruggestuurd: ConceptTeruggestuurdData;
};

export type SjabloonNaam = keyof SjabloonData;

const SJABLONEN: { [K in SjabloonNaam]: Sjabloon<SjabloonData[K]> } = {
  ontvanger_melding: ontvangerMeldingMail,
  verstrekking_client: verstrekkingClientMail,
  afscherming_opgeheven: afschermingOpgehevenMail,
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
  concept_teruggestuurd: conceptTeruggestuurdMail,
};

/**
 * Render a template to subject, HTML and plain text (for real: what the recipient gets).
 *
 * One React render gives both texts: the HTML exactly as react-email's `render(element)` returns
 * it, and the text exactly as `render(element, { plainText: true })` returns it (that is
 * `toPlainText` of the same markup). Templates listed in INVULBAAR are rendered once per variant
 * and then filled in (see there). emails/render.test.ts compares every path with react-email's own
 * `render`, byte for byte.
 */
export async function renderMail<K extends SjabloonNaam>(
  naam: K,
  data: SjabloonData[K],
  taal: MailTaal,
  organisatie: MailOrganisatie,
): Promise<GerenderdeMail> {
  const sjabloon = SJABLONEN[naam] as Sjabloon<SjabloonData[K]>;
  const onderwerp = sjabloon.onderwerp(data, taal);
  const gevuld = await uitVorm(naam, data, taal, organisatie);
  return { onderwerp, ...(gevuld ?? (await renderVolledig(naam, data, taal, organisatie))) };
}

type HtmlEnTekst = { html: string; tekst: string };

/** The plain path: one React render of the template with this data (no cache). */
export async function renderVolledig<K extends SjabloonNaam>(
  naam: K,
  data: SjabloonData[K],
  taal: MailTaal,
  organisatie: MailOrganisatie,
): Promise<HtmlEnTekst> {
  const sjabloon = SJABLONEN[naam] as Sjabloon<SjabloonData[K]>;
  const opmaak = await renderOpmaak(createElement(sjabloon.Component, { data, taal, organisatie }));
  // What react-email's render returns: its doctype instead of any in the markup; the text from the markup.
  const html = `${XHTML_DOCTYPE}${opmaak.replace(/<!DOCTYPE.*?>/, "")}`;
  const tekst = toPlainText(opmaak);
  // React 18.2's stream renderer can leave NUL bytes at a 2 KB chunk boundary when a multi-byte
  // character straddles it (fixed in React by facebook/react#26228, not released for 18.2); they are
  // padding, not content, and PostgreSQL refuses them in text ("invalid byte sequence … 0x00").
  return { html: html.replaceAll("\0", ""), tekst: tekst.replaceAll("\0", "") };
}

// ---------------------------------------------------------------- one render (as react-email's render does it)

const XHTML_DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * The markup of one element, the way @react-email/render 2.0 (node) makes it: renderToPipeableStream
 * inside an error boundary and a Suspense boundary, everything at once (progressiveChunkSize
 * infinite), decoded chunk by chunk. react-dom/server is imported once here; react-email imports it
 * dynamically on every call, which costs a module resolution each time.
 */
function renderOpmaak(element: ReactElement): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const stream = renderToPipeableStream(
      createElement(FoutGrens, { bijFout: reject }, createElement(Suspense, null, element)),
      {
        progressiveChunkSize: Number.POSITIVE_INFINITY,
        onAllReady() {
          leesStroom(stream).then(resolve, reject);
        },
        onError(error) {
          reject(error);
        },
      },
    );
  });
}

class FoutGrens extends Component<{ bijFout: (error: unknown) => void; children?: ReactNode }> {
  override componentDidCatch(error: unknown) {
    this.props.bijFout(error);
  }
  override render() {
    return this.props.children;
  }
}

function leesStroom(stream: { pipe<T extends NodeJS.WritableStream>(destination: T): T }): Promise<string> {
  let uit = "";
  const decoder = new TextDecoder("utf-8");
  return new Promise<string>((resolve, reject) => {
    const writable = new Writable({
      write(chunk: Uint8Array, _encoding, callback) {
        uit += decoder.decode(chunk, { stream: true });
        callback();
      },
      final(callback) {
        uit += decoder.decode();
        callback();
      },
    });
    writable.on("pipe", (bron: NodeJS.ReadableStream) => bron.on("error", (error: Error) => writable.destroy(error)));
    writable.on("error", reject);
    writable.on("close", () => resolve(uit));
    stream.pipe(writable);
  });
}

// ---------------------------------------------------------------- rendered once, filled in per mail

/**
 * Templates whose listed fields are only printed as they are (as text or as a link), never
 * changed, counted or measured: such a template is rendered once per variant, with a placeholder
 * per field, and each mail fills in its values (issue 3: the confirmation of every submission).
 * A variant is: template, language, the organisation, the other data fields, the length of each
 * listed field and PUBLIC_URL (the layout's logo link). The placeholder has the same length as
 * the value and, like the value (VEILIG), only characters that React does not escape and
 * html-to-text does not change; so the markup, the NUL padding of React's 2 KB chunks and
 * react-email's preview padding (which depends on the length of the preview text) fall in the same
 * places, and the filled-in mail is the full render byte for byte. Each variant is also checked
 * once against a full render of the first real mail that uses it; a value that is not VEILIG, or a
 * variant that fails the check, takes the full render.
 */
const INVULBAAR: { [K in SjabloonNaam]?: readonly (keyof SjabloonData[K] & string)[] } = {
  verzoek_ontvangen: ["nummer", "url"],
};

/** Letters, digits and - . _ ~ : / ? = % +; starting with a letter or digit; 12 to 500 characters. */
const VEILIG = /^[A-Za-z0-9][A-Za-z0-9\-._~:/?=%+]{11,499}$/;

/** Start of every placeholder: random per process, so no template text can contain it. */
const MERK = `Q${randomBytes(5).toString("hex")}`;

/** A variant rendered with placeholders (NUL bytes removed), or null: this variant is not filled in. */
type Vorm = { html: string; tekst: string; plaatshouders: string[] };

const VORMEN = new Map<string, Promise<Vorm | null>>();
const MAX_VORMEN = 500;

function plaatshouder(i: number, lengte: number): string {
  const begin = `${MERK}${String.fromCharCode(65 + i)}`;
  return begin + "x".repeat(lengte - begin.length);
}

function vulIn(vorm: Vorm, waarden: readonly string[]): HtmlEnTekst {
  let { html, tekst } = vorm;
  vorm.plaatshouders.forEach((p, i) => {
    html = html.replaceAll(p, () => waarden[i]!);
    tekst = tekst.replaceAll(p, () => waarden[i]!);
  });
  return { html, tekst };
}

function telVoorkomens(tekst: string, deel: string): number {
  return tekst.split(deel).length - 1;
}

/** The variant of this mail and the values to fill in; null when this mail takes the full render. */
function variant<K extends SjabloonNaam>(
  naam: K,
  data: SjabloonData[K],
  taal: MailTaal,
  organisatie: MailOrganisatie,
): { sleutel: string; velden: readonly string[]; waarden: string[] } | null {
  const velden = INVULBAAR[naam] as readonly string[] | undefined;
  if (!velden) return null;
  const record = data as Record<string, unknown>;
  // A representative's confirmation names the person concerned: rendered in full, never kept as a variant.
  if (record.voor !== undefined) return null;
  const waarden: string[] = [];
  for (const veld of velden) {
    const waarde = record[veld];
    if (typeof waarde !== "string" || !VEILIG.test(waarde) || waarde.includes(MERK)) return null;
    waarden.push(waarde);
  }
  const overig = Object.fromEntries(Object.entries(record).filter(([veld]) => !velden.includes(veld)));
  const sleutel = JSON.stringify([naam, taal, organisatie, overig, waarden.map((w) => w.length), env().PUBLIC_URL]);
  return { sleutel, velden, waarden };
}

/** The mail filled in from its variant's rendering; null when this mail takes the full render. */
async function uitVorm<K extends SjabloonNaam>(
  naam: K,
  data: SjabloonData[K],
  taal: MailTaal,
  organisatie: MailOrganisatie,
): Promise<HtmlEnTekst | null> {
  const v = variant(naam, data, taal, organisatie);
  if (!v) return null;
  const { sleutel, velden, waarden } = v;

  const bestaand = VORMEN.get(sleutel);
  if (bestaand) {
    const vorm = await bestaand.catch(() => null);
    return vorm ? vulIn(vorm, waarden) : null;
  }

  // First mail of this variant: render with placeholders, render this mail in full, and keep the
  // variant only when filling it in gives exactly the full render.
  if (VORMEN.size >= MAX_VORMEN) VORMEN.clear();
  let klaar!: (vorm: Vorm | null) => void;
  VORMEN.set(sleutel, new Promise<Vorm | null>((resolve) => (klaar = resolve)));
  try {
    const plaatshouders = waarden.map((w, i) => plaatshouder(i, w.length));
    const metPlaatshouders = { ...(data as Record<string, unknown>) };
    velden.forEach((veld, i) => (metPlaatshouders[veld] = plaatshouders[i]));
    const [leeg, volledig] = await Promise.all([
      renderVolledig(naam, metPlaatshouders as SjabloonData[K], taal, organisatie),
      renderVolledig(naam, data, taal, organisatie),
    ]);
    const vorm: Vorm = { ...leeg, plaatshouders };
    // A placeholder that came out changed (e.g. in capitals) would not be filled in.
    const onveranderd = plaatshouders.every(
      (p) =>
        telVoorkomens(vorm.html, p) === telVoorkomens(vorm.html.toLowerCase(), p.toLowerCase()) &&
        telVoorkomens(vorm.tekst, p) === telVoorkomens(vorm.tekst.toLowerCase(), p.toLowerCase()),
    );
    const gevuld = vulIn(vorm, waarden);
    const gelijk = onveranderd && gevuld.html === volledig.html && gevuld.tekst === volledig.tekst;
    klaar(gelijk ? vorm : null);
    return volledig;
  } catch (error) {
    VORMEN.delete(sleutel);
    klaar(null);
    throw error;
  }
}

/** For tests: forget every rendered variant. */
export function vergeetMailVormen(): void {
  VORMEN.clear();
}

/** For tests: whether this mail is filled in from its variant's rendering (after a first mail of that variant). */
export async function mailVormBekend<K extends SjabloonNaam>(
  naam: K,
  data: SjabloonData[K],
  taal: MailTaal,
  organisatie: MailOrganisatie,
): Promise<boolean> {
  const v = variant(naam, data, taal, organisatie);
  const vorm = v ? VORMEN.get(v.sleutel) : undefined;
  return vorm ? (await vorm.catch(() => null)) !== null : false;
}

/** For tests: a template from the registry (to render it with react-email's own `render`). */
export function sjabloonVan<K extends SjabloonNaam>(naam: K): Sjabloon<SjabloonData[K]> {
  return SJABLONEN[naam] as Sjabloon<SjabloonData[K]>;
}
