import { z } from "zod";
import { isUuid } from "./id";
import { addCalendarMonths, compare, type IsoDate } from "./calendar";
import { extensionAllowed } from "./deadlines";
import { mag } from "./bevoegdheden";
import { DomainError } from "./errors";
import { BEWIJS_SOORTEN } from "./identiteit";
import { bevatBsn, parseDatumInvoer } from "./intake";
import { KIND_UITKOMSTEN, toelichtingVerplicht } from "./kindraadpleging";
import { TEKSTLIMIET } from "./tekstlimieten";
import {
  canTransition,
  groundsFor,
  isOpen,
  SLUIT_REDENEN,
  type BesluitSoort,
  type VerzoekStatus,
  type WeigeringsgrondCode,
} from "./request-state";
import type { Verzoektype } from "./request-types";

/**
 * Handling one request in the backoffice (docs/recht.md "Besluiten", "Identiteit", "Weigeringen";
 * docs/architectuur.md "Data flow of one request" steps 5-7): which steps a staff member may take now, and the rules
 * of each step's input. Builds on the state machine in ./request-state.ts (`OVERGANGEN`,
 * `canTransition`): this module never decides a status change itself.
 * Pure: no db, no Remix, no Node. Every message is a code (`BehandelFoutCode`); the interface shows
 * it in Dutch or English (app/i18n/berichten.ts, section "behandeling").
 */

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

export const BEHANDEL_FOUT_CODES = [
  "ongeldig",
  "niet_gevonden",
  "geen_toegang",
  "intussen_gewijzigd",
  "stap_niet_mogelijk",
  "al_behandelaar",
  "collega_verplicht",
  "collega_ongeldig",
  "client_verplicht",
  "client_onbekend",
  "al_gekoppeld",
  "niet_gekoppeld",
  "wijze_verplicht",
  "documenttype_verplicht",
  "laatste_vier_verplicht",
  "laatste_vier_te_kort",
  "laatste_vier_te_lang",
  "laatste_vier_tekens",
  "geen_vertegenwoordiger",
  "bewijs_verplicht",
  "bewijssoort_verplicht",
  "bewijssoort_past_niet",
  // The proof the representative sent through the portal (docs/decisions/032)
  "bijlage_onbekend",
  "bewijs_te_kort",
  "bewijs_te_lang",
  "bsn_niet_toegestaan",
  "geen_overleg_nodig",
  "al_geraadpleegd",
  "kind_vinkje_verplicht",
  // A parent's request about a child of 12-15 (app/domain/kindraadpleging.ts, docs/decisions/030)
  "kind_uitkomst_verplicht",
  "kind_toelichting_verplicht",
  "kind_niet_geraadpleegd",
  "kind_inmiddels_16",
  "toelichting_verplicht",
  "toelichting_te_lang",
  "bericht_leeg",
  "bericht_te_lang",
  "motivering_verplicht",
  "motivering_te_kort",
  "motivering_te_lang",
  "grond_verplicht",
  "grond_ongeldig",
  "soort_verplicht",
  "reden_verplicht",
  "reden_te_lang",
  "verlenging_te_laat",
  "al_verlengd",
  "identiteit_onbevestigd",
  "vertegenwoordiging_onbevestigd",
  // Granting needs a linked client dossier (app/domain/volgende-stap.ts)
  "geen_dossier",
  "sluitreden_verplicht",
  // Manual registration
  "kanaal_verplicht",
  "ontvangen_op_verplicht",
  "ontvangen_op_ongeldig",
  "ontvangen_op_toekomst",
  "ontvangen_op_te_oud",
  "contact_email_ongeldig",
  "telefoon_ongeldig",
  "taal_verplicht",
  "niet_toegestaan",
  // Withholding in an inzage answer (app/domain/achterhouding.ts, docs/decisions/013)
  "achterhouding_vraagt_deelafwijzing",
  "achterhoudingsgrond_ontbreekt",
  // Objection: the ground must fit the register (app/domain/bezwaar.ts)
  "bezwaar_wel_mogelijk",
  "bezwaar_niet_mogelijk",
  // Erasure at the client's request (app/domain/bewaring.ts, docs/decisions/022)
  "verwijder_selectie_leeg",
  "verwijder_selectie_ontbreekt",
  "categorie_ongeldig",
  "verwijdering_bewaart_gegevens",
  "verwijdergrond_ontbreekt",
  "verwijdering_niets_bewaard",
  "verwijdering_vraagt_deelafwijzing",
] as const;
export type BehandelFoutCode = (typeof BEHANDEL_FOUT_CODES)[number];

export function isBehandelFoutCode(value: unknown): value is BehandelFoutCode {
  return typeof value === "string" && (BEHANDEL_FOUT_CODES as readonly string[]).includes(value);
}

/**
 * A refused step on a request: `code` for programs and the interface, `veld` the form field it belongs
 * to (if any). The one error family of the staff steps: the execution's refusals
 * (app/services/uitvoering.server.ts `UitvoeringFout`) are a kind of it with their own codes.
 */
export class BehandelFout<Code extends string = BehandelFoutCode> extends DomainError {
  constructor(
    override readonly code: Code,
    message: string,
    veld?: string,
  ) {
    super(code, message, veld);
  }
}

export const INTUSSEN_GEWIJZIGD_TEKST = "Dit verzoek is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.";

/**
 * Optimistic locking (docs/decisions/007): the request changed after the staff member loaded the
 * page (its `versie` moved on). Nothing of the step was stored.
 */
export class VerzoekIntussenGewijzigd extends BehandelFout {
  constructor() {
    super("intussen_gewijzigd", INTUSSEN_GEWIJZIGD_TEKST);
  }
}

// ---------------------------------------------------------------------------
// Who acts
// ---------------------------------------------------------------------------

/**
 * The state-machine actor a staff member acts as (app/domain/request-state.ts ACTOREN: the role
 * names are the actor names): null for someone without "verzoek.behandelen"
 * (app/domain/bevoegdheden.ts); otherwise backoffice when they hold that role (the usual handler),
 * otherwise directie.
 */
export function behandelActor(rollen: readonly string[] | undefined | null): "backoffice" | "directie" | null {
  if (!Array.isArray(rollen) || !mag(rollen, "verzoek.behandelen")) return null;
  if (rollen.includes("backoffice")) return "backoffice";
  if (rollen.includes("directie")) return "directie";
  return null;
}

// ---------------------------------------------------------------------------
// Which steps are possible now
// ---------------------------------------------------------------------------

/** The forms of the detail page. Status changes among them go through `transition`. */
export const BEHANDEL_STAPPEN = [
  "oppakken",
  "toewijzen",
  "koppelen",
  "legitimatie",
  "vertegenwoordiging",
  "kind_geraadpleegd",
  "vraag_stellen",
  "hervatten",
  "notitie",
  "bericht",
  "toewijzing",
  "afwijzing",
  "kennelijk_ongegrond",
  "verlenging",
  "uitvoering_afronden",
  "intrekken",
  "sluiten_zonder_besluit",
] as const;
export type BehandelStap = (typeof BEHANDEL_STAPPEN)[number];

export function isBehandelStap(value: unknown): value is BehandelStap {
  return typeof value === "string" && (BEHANDEL_STAPPEN as readonly string[]).includes(value);
}

export type BehandelSituatie = {
  status: VerzoekStatus;
  /** The roles of the staff member looking at the request. */
  rollen: readonly string[];
  /** Their id, and the assignee's (null: nobody). */
  ikId: string;
  behandelaarId: string | null;
  /** "zelf" when the person concerned filed; otherwise the filer's relation to them. */
  relatie: string;
  /** A parent's request about a child of 12-15 (details.geschiktheid.overlegMetKind). */
  overlegMetKind: boolean;
  kindGeraadpleegd: boolean;
  verlengd: boolean;
};

/** The steps `situatie.rollen` may take in this situation, in the order of the page. */
export function beschikbareStappen(situatie: BehandelSituatie): BehandelStap[] {
  const actor = behandelActor(situatie.rollen);
  if (!actor) return [];
  const { status } = situatie;
  const open = isOpen(status);
  const kan = (actie: Parameters<typeof canTransition>[1]) => canTransition(status, actie, actor);
  const stappen = new Set<BehandelStap>();

  // Claiming from "ontvangen" is the state machine's "oppakken"; later, taking over only changes the assignee.
  if (kan("oppakken") || (open && situatie.behandelaarId !== situatie.ikId)) stappen.add("oppakken");
  if (open) {
    stappen.add("toewijzen");
    stappen.add("koppelen");
    stappen.add("legitimatie");
    if (situatie.relatie !== "zelf") stappen.add("vertegenwoordiging");
    if (situatie.overlegMetKind && !situatie.kindGeraadpleegd) stappen.add("kind_geraadpleegd");
    stappen.add("notitie");
    stappen.add("bericht");
  }
  if (kan("vraag_stellen")) stappen.add("vraag_stellen");
  if (kan("hervatten")) stappen.add("hervatten");
  if (kan("besluit_toewijzen")) stappen.add("toewijzing");
  if (kan("concept_ter_ondertekening")) {
    stappen.add("afwijzing");
    stappen.add("kennelijk_ongegrond");
    if (!situatie.verlengd) stappen.add("verlenging");
  }
  if (kan("uitvoering_afronden")) stappen.add("uitvoering_afronden");
  if (kan("intrekken")) stappen.add("intrekken");
  if (kan("sluiten_zonder_besluit")) stappen.add("sluiten_zonder_besluit");
  return BEHANDEL_STAPPEN.filter((stap) => stappen.has(stap));
}

// ---------------------------------------------------------------------------
// Conditions for a grant
// ---------------------------------------------------------------------------

/** The identity and representation gate lives in ./identiteit.ts (`identiteitBlokkade`). */

// ---------------------------------------------------------------------------
// Extension (AVG art. 12 lid 3)
// ---------------------------------------------------------------------------

export const VERLENGING_TE_LAAT_TEKST =
  "De termijn voor verlenging is verstreken: een verlenging moet binnen de eerste maand worden gemeld (artikel 12 lid 3 AVG)";

/**
 * AVG art. 12 lid 3: an extension must be announced within the first month (counted from `start`:
 * receipt plus paused days). Throws BehandelFout "verlenging_te_laat" when that month has passed.
 */
export function controleerVerlengingMogelijk(start: IsoDate, vandaag: IsoDate): void {
  if (!extensionAllowed(start, vandaag)) {
    throw new BehandelFout("verlenging_te_laat", VERLENGING_TE_LAAT_TEKST, "reden");
  }
}

// ---------------------------------------------------------------------------
// Input of each step (the same schema for the form and the service)
// ---------------------------------------------------------------------------

export const LEGITIMATIE_WIJZEN = ["persoonlijk", "video"] as const;
export type LegitimatieWijze = (typeof LEGITIMATIE_WIJZEN)[number];
export const DOCUMENT_TYPES = ["paspoort", "identiteitskaart", "rijbewijs", "verblijfsdocument"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A motivation of a refusal is written for the client: at least a real sentence. */
export const MOTIVERING_MIN_TEKENS = 20;
export const MOTIVERING_MAX_TEKENS = 5000;
export const TOELICHTING_MAX_TEKENS = 1000;
export const BEWIJS_MIN_TEKENS = 10;
export const BERICHT_MAX = TEKSTLIMIET.lang;

/** CRLF from a textarea counts as one character, as the browser counts it. */
const normaal = (v: string) => v.replace(/\r\n?/g, "\n").trim();

/** A required free text, normalised; no BSN (docs/recht.md "Identiteit": never a BSN in the portal). */
function vrijeTekst(opties: {
  leeg: BehandelFoutCode;
  teLang: BehandelFoutCode;
  max: number;
  min?: number;
  teKort?: BehandelFoutCode;
}) {
  return z
    .string({ error: opties.leeg })
    .transform(normaal)
    .pipe(
      z.string().superRefine((tekst, ctx) => {
        const melden = (message: BehandelFoutCode) => ctx.addIssue({ code: "custom", message });
        if (tekst.length === 0) melden(opties.leeg);
        else if (opties.min !== undefined && tekst.length < opties.min) melden(opties.teKort ?? opties.leeg);
        else if (tekst.length > opties.max) melden(opties.teLang);
        else if (bevatBsn(tekst)) melden("bsn_niet_toegestaan");
      }),
    );
}

/** An optional free text: empty is undefined. */
function optioneleTekst(max: number, teLang: BehandelFoutCode) {
  return z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : normaal(v) || undefined))
    .pipe(
      z
        .string()
        .optional()
        .superRefine((tekst, ctx) => {
          if (tekst === undefined) return;
          if (tekst.length > max) ctx.addIssue({ code: "custom", message: teLang });
          else if (bevatBsn(tekst)) ctx.addIssue({ code: "custom", message: "bsn_niet_toegestaan" });
        }),
    );
}

/**
 * The last four characters of the document number, as people read them off a card: spaces are
 * ignored and letters made capitals. Exactly four letters or digits: never the whole number.
 */
export const laatsteVierSchema = z
  .string({ error: "laatste_vier_verplicht" })
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .pipe(
    z.string().superRefine((v, ctx) => {
      const melden = (message: BehandelFoutCode) => ctx.addIssue({ code: "custom", message });
      if (v.length === 0) melden("laatste_vier_verplicht");
      else if (!/^[A-Z0-9]+$/.test(v)) melden("laatste_vier_tekens");
      else if (v.length < 4) melden("laatste_vier_te_kort");
      else if (v.length > 4) melden("laatste_vier_te_lang");
    }),
  );

const uuid = (code: BehandelFoutCode) => z.string({ error: code }).refine((waarde) => isUuid(waarde), code);

export const toewijzenSchema = z.object({ medewerkerId: uuid("collega_verplicht") });
export const koppelSchema = z.object({ clientId: uuid("client_verplicht") });

/** AVG art. 5 lid 1 sub c (docs/recht.md "Identiteit"): only the document type, the last four characters and who checked it. */
export const legitimatieSchema = z.object({
  wijze: z.enum(LEGITIMATIE_WIJZEN, { error: "wijze_verplicht" }),
  documentType: z.enum(DOCUMENT_TYPES, { error: "documenttype_verplicht" }),
  laatsteVier: laatsteVierSchema,
});
export type LegitimatieInvoer = z.output<typeof legitimatieSchema>;

/** What proves the representative's authority, e.g. "uittreksel gezagsregister d.d. 3 maart 2026 gezien". */
export const vertegenwoordigingSchema = z.object({
  /** Which kind of proof was seen (app/domain/identiteit.ts BEWIJS_VOOR_RELATIE); checked against the relation. */
  bewijsSoort: z.enum(BEWIJS_SOORTEN, { error: "bewijssoort_verplicht" }),
  bewijs: vrijeTekst({
    leeg: "bewijs_verplicht",
    teLang: "bewijs_te_lang",
    max: TOELICHTING_MAX_TEKENS,
    min: BEWIJS_MIN_TEKENS,
    teKort: "bewijs_te_kort",
  }),
  /** The file the representative sent as proof (docs/decisions/032); empty: seen otherwise (at the desk, by post). */
  bijlageId: z
    .string()
    .optional()
    .transform((w) => (w && w.trim() !== "" ? w.trim() : undefined))
    .refine((w) => w === undefined || /^[0-9a-f-]{36}$/i.test(w), { message: "bijlage_onbekend" }),
});

/**
 * WGBO art. 7:465 BW: a parent's request about a child of 12-15; staff record what came out of
 * consulting the child. An objection or "could not be consulted" needs a note (decision 030).
 */
export const kindGeraadpleegdSchema = z
  .object({
    uitkomst: z.enum(KIND_UITKOMSTEN, { error: "kind_uitkomst_verplicht" }),
    toelichting: optioneleTekst(TOELICHTING_MAX_TEKENS, "toelichting_te_lang"),
  })
  .superRefine((w, ctx) => {
    if (toelichtingVerplicht(w.uitkomst) && !w.toelichting) {
      ctx.addIssue({ code: "custom", message: "kind_toelichting_verplicht", path: ["toelichting"] });
    }
  });

export const berichtTekstSchema = vrijeTekst({ leeg: "bericht_leeg", teLang: "bericht_te_lang", max: BERICHT_MAX });
export const vraagSchema = z.object({ tekst: berichtTekstSchema });
export const notitieSchema = z.object({ tekst: berichtTekstSchema });
export const berichtSchema = z.object({ tekst: berichtTekstSchema });

const toelichting = vrijeTekst({
  leeg: "toelichting_verplicht",
  teLang: "toelichting_te_lang",
  max: TOELICHTING_MAX_TEKENS,
});

export const hervatSchema = z.object({ toelichting });
export const intrekkenSchema = z.object({ toelichting });
export const sluitenSchema = z.object({
  sluitReden: z.enum(SLUIT_REDENEN, { error: "sluitreden_verplicht" }),
  toelichting,
});
export const leegSchema = z.object({});

const motivering = vrijeTekst({
  leeg: "motivering_verplicht",
  teLang: "motivering_te_lang",
  max: MOTIVERING_MAX_TEKENS,
  min: MOTIVERING_MIN_TEKENS,
  teKort: "motivering_te_kort",
});

/** "Kennelijk ongegrond of buitensporig" is its own decision (AVG art. 12 lid 5), not a ground to tick. */
const EIGEN_BESLUIT_GROND: WeigeringsgrondCode = "kennelijk_ongegrond_of_buitensporig";

/** The grounds a (partial) refusal of this type may cite. */
export function afwijzingsgronden(type: Verzoektype): WeigeringsgrondCode[] {
  return groundsFor(type)
    .map((g) => g.code)
    .filter((code) => code !== EIGEN_BESLUIT_GROND);
}

export const AFWIJZING_SOORTEN = ["afwijzing", "gedeeltelijke_afwijzing"] as const satisfies readonly BesluitSoort[];

/** A (partial) refusal: one or more grounds from `groundsFor(type)`, and a written motivation (AVG art. 12 lid 4). */
export function afwijzingSchema(type: Verzoektype) {
  const gronden = afwijzingsgronden(type);
  return z.object({
    soort: z.enum(AFWIJZING_SOORTEN, { error: "soort_verplicht" }),
    gronden: z
      .array(z.string(), { error: "grond_verplicht" })
      .min(1, "grond_verplicht")
      .refine((lijst) => lijst.every((g) => (gronden as string[]).includes(g)), "grond_ongeldig")
      .transform((lijst) => [...new Set(lijst)] as WeigeringsgrondCode[]),
    motivering,
  });
}

export const kennelijkOngegrondSchema = z.object({ motivering });

/** AVG art. 12 lid 3: the reasons are told to the client. */
export const verlengingSchema = z.object({
  reden: vrijeTekst({ leeg: "reden_verplicht", teLang: "reden_te_lang", max: MOTIVERING_MAX_TEKENS }),
});

/** Parse a step's input with its schema; the first problem as BehandelFout (with its field). */
export function parseStapInvoer<S extends z.ZodType>(schema: S, invoer: unknown): z.output<S> {
  const resultaat = schema.safeParse(invoer ?? {});
  if (resultaat.success) return resultaat.data;
  const issue = resultaat.error.issues[0]!;
  const code = isBehandelFoutCode(issue.message) ? issue.message : "ongeldig";
  const veld = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  throw new BehandelFout(code, `Ongeldige invoer (${code})${veld ? ` in het veld "${veld}"` : ""}.`, veld);
}

// ---------------------------------------------------------------------------
// Client-record matching
// ---------------------------------------------------------------------------

/** The person concerned as the requester described them (verzoeken.betrokkene). */
export type GezochtePersoon = {
  naam: string;
  geboortedatum: string;
  email?: string | null;
  clientnummer?: string | null;
  postcode?: string | null;
};

export type ClientRecord = {
  id: string;
  clientnummer: string;
  voornamen: string;
  tussenvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  email: string | null;
  postcode: string;
  status: "actief" | "voormalig";
};

export const OVEREENKOMSTEN = ["clientnummer", "naam", "achternaam", "geboortedatum", "email", "postcode"] as const;
export type Overeenkomst = (typeof OVEREENKOMSTEN)[number];

export type Kandidaat = ClientRecord & { naam: string; score: number; overeenkomsten: Overeenkomst[] };

/** Lower case, no accents, single spaces: "Noé  de Wit" and "noe de wit" are the same name. */
export function normaliseerNaam(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function volledigeNaam(c: Pick<ClientRecord, "voornamen" | "tussenvoegsel" | "achternaam">): string {
  return [c.voornamen, c.tussenvoegsel, c.achternaam].filter((deel) => deel.trim()).join(" ");
}

const GEWICHT: Record<Overeenkomst, number> = {
  clientnummer: 4,
  naam: 3,
  geboortedatum: 3,
  achternaam: 2,
  email: 2,
  postcode: 1,
};

/**
 * Rank client records against the person as filed: name (case- and accent-insensitive; the full
 * name, or else the surname as a whole word), date of birth, e-mail, and client number and postcode
 * when given. Records that match on nothing but the postcode are left out. Best first, at most `max`.
 */
export function rangschikKandidaten(
  gezocht: GezochtePersoon,
  clienten: readonly ClientRecord[],
  max = 10,
): Kandidaat[] {
  const naam = normaliseerNaam(gezocht.naam);
  const woorden = ` ${naam} `;
  const email = gezocht.email?.trim().toLowerCase() || null;
  const nummer = gezocht.clientnummer?.trim().toUpperCase() || null;
  const postcode = gezocht.postcode?.replace(/\s+/g, "").toUpperCase() || null;
  const kandidaten: Kandidaat[] = [];
  for (const c of clienten) {
    const overeenkomsten: Overeenkomst[] = [];
    if (nummer && c.clientnummer.toUpperCase() === nummer) overeenkomsten.push("clientnummer");
    const volledig = normaliseerNaam(volledigeNaam(c));
    const achternaam = normaliseerNaam([c.tussenvoegsel, c.achternaam].filter(Boolean).join(" "));
    if (naam && volledig === naam) overeenkomsten.push("naam");
    else if (achternaam && woorden.includes(` ${achternaam} `)) overeenkomsten.push("achternaam");
    if (c.geboortedatum === gezocht.geboortedatum) overeenkomsten.push("geboortedatum");
    if (email && c.email?.toLowerCase() === email) overeenkomsten.push("email");
    if (postcode && c.postcode.replace(/\s+/g, "").toUpperCase() === postcode) overeenkomsten.push("postcode");
    const score = overeenkomsten.reduce((som, o) => som + GEWICHT[o], 0);
    if (score > GEWICHT.postcode) kandidaten.push({ ...c, naam: volledigeNaam(c), score, overeenkomsten });
  }
  return kandidaten.sort((a, b) => b.score - a.score || a.clientnummer.localeCompare(b.clientnummer)).slice(0, max);
}

// ---------------------------------------------------------------------------
// Manual registration
// ---------------------------------------------------------------------------

/** How a request came in other than through the portal. */
export const REGISTRATIE_KANALEN = ["brief", "telefoon", "email", "balie"] as const;
export type RegistratieKanaal = (typeof REGISTRATIE_KANALEN)[number];

/** A receipt date further back than this is a typing error (or a request that should have been registered long ago). */
export const REGISTRATIE_MAX_MAANDEN_TERUG = 12;

export type RegistratieFouten = Record<string, BehandelFoutCode[]>;

export type RegistratieGegevens = {
  kanaal: RegistratieKanaal;
  ontvangenOp: IsoDate;
  contactEmail: string | null;
  contactTelefoon: string | null;
  taal: "nl" | "en";
  /** A legitimation check done at registration (e.g. at the desk); null when none was done. */
  legitimatie: LegitimatieInvoer | null;
};

const TELEFOON = /^\+?[0-9][0-9 ()-]{7,19}$/;
const EMAIL = z.email();

/**
 * The registration's own fields (the request itself is validated with the wizard's schema,
 * app/domain/intake.ts): channel, the real receipt date (not in the future, at most a year back),
 * the filer's contact, the language, and an optional legitimation check.
 */
export function valideerRegistratie(
  invoer: Record<string, unknown>,
  vandaag: IsoDate,
): { ok: true; gegevens: RegistratieGegevens } | { ok: false; fouten: RegistratieFouten } {
  const fouten: RegistratieFouten = {};
  const melden = (veld: string, code: BehandelFoutCode) => {
    if (!(fouten[veld] ??= []).includes(code)) fouten[veld]!.push(code);
  };
  const tekst = (v: unknown) => (typeof v === "string" ? v.trim() : "");

  const kanaal = tekst(invoer.kanaal);
  if (!(REGISTRATIE_KANALEN as readonly string[]).includes(kanaal)) melden("kanaal", "kanaal_verplicht");

  const ruweDatum = tekst(invoer.ontvangenOp);
  const ontvangenOp = ruweDatum ? parseDatumInvoer(ruweDatum) : null;
  if (!ruweDatum) melden("ontvangenOp", "ontvangen_op_verplicht");
  else if (!ontvangenOp) melden("ontvangenOp", "ontvangen_op_ongeldig");
  else if (compare(ontvangenOp, vandaag) > 0) melden("ontvangenOp", "ontvangen_op_toekomst");
  else if (compare(ontvangenOp, addCalendarMonths(vandaag, -REGISTRATIE_MAX_MAANDEN_TERUG)) < 0) {
    melden("ontvangenOp", "ontvangen_op_te_oud");
  }

  const email = tekst(invoer.contactEmail).toLowerCase();
  if (email && (email.length > 254 || !EMAIL.safeParse(email).success))
    melden("contactEmail", "contact_email_ongeldig");
  const telefoon = tekst(invoer.contactTelefoon);
  if (telefoon && !TELEFOON.test(telefoon)) melden("contactTelefoon", "telefoon_ongeldig");

  const taal = tekst(invoer.taal);
  if (taal !== "nl" && taal !== "en") melden("taal", "taal_verplicht");

  // Optional: only when something of the check was filled in.
  const l = (invoer.legitimatie ?? {}) as Record<string, unknown>;
  let legitimatie: LegitimatieInvoer | null = null;
  if ([l.wijze, l.documentType, l.laatsteVier].some((v) => tekst(v) !== "")) {
    const resultaat = legitimatieSchema.safeParse({
      wijze: tekst(l.wijze) || undefined,
      documentType: tekst(l.documentType) || undefined,
      laatsteVier: typeof l.laatsteVier === "string" && l.laatsteVier.trim() ? l.laatsteVier : undefined,
    });
    if (resultaat.success) legitimatie = resultaat.data;
    else {
      for (const issue of resultaat.error.issues) {
        melden(`legitimatie.${String(issue.path[0])}`, isBehandelFoutCode(issue.message) ? issue.message : "ongeldig");
      }
    }
  }

  if (Object.keys(fouten).length > 0) return { ok: false, fouten };
  return {
    ok: true,
    gegevens: {
      kanaal: kanaal as RegistratieKanaal,
      ontvangenOp: ontvangenOp!,
      contactEmail: email || null,
      contactTelefoon: telefoon || null,
      taal: taal as "nl" | "en",
      legitimatie,
    },
  };
}
