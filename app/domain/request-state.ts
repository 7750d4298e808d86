import { mag } from "./bevoegdheden";
import { DomainError } from "./errors";
import type { Verzoektype } from "./request-types";
import {
  isSluitReden,
  isVerzoekStatus,
  OPEN_STATUSSEN,
  SLUIT_REDENEN,
  STATUS_LABELS,
  type BesluitSoort,
  type Reason,
  type SluitReden,
  type Tekst,
  type VerzoekStatus,
} from "./verzoek-status";

// The vocabulary (statuses, labels, closing reasons, decision kinds) lives in ./verzoek-status so the
// client's pages can load it without the state machine; the server takes it from here too.
export * from "./verzoek-status";

/**
 * The life of one rights request (docs/recht.md "Besluiten", "Weigeringen").
 * Pure: no db, no Remix, no Node. Services store the status and call `transition`.
 */

// ---------------------------------------------------------------------------
// Actors and actions
// ---------------------------------------------------------------------------

/**
 * Who performs a step. "client" is the person who filed: the betrokkene or their
 * vertegenwoordiger. "systeem" is an automatic job (e.g. a portability package was delivered).
 */
export const ACTOREN = ["client", "backoffice", "directie", "beheerder", "systeem"] as const;
export type Actor = (typeof ACTOREN)[number];

/** Staff roles as stored on a user; a user may hold more than one. */
export type MedewerkerRol = "backoffice" | "directie" | "beheerder";

export const VERZOEK_ACTIES = [
  "oppakken",
  "vraag_stellen",
  "antwoord_client",
  "hervatten",
  "besluit_toewijzen",
  "concept_ter_ondertekening",
  "terugsturen",
  "ondertekenen_afwijzing",
  "ondertekenen_deels",
  "ondertekenen_verlenging",
  "uitvoering_afronden",
  "intrekken",
  "sluiten_zonder_besluit",
] as const;

export type VerzoekActie = (typeof VERZOEK_ACTIES)[number];

export function isVerzoekActie(value: unknown): value is VerzoekActie {
  return typeof value === "string" && (VERZOEK_ACTIES as readonly string[]).includes(value);
}

export type Overgang = {
  /** Statuses this action may start from. */
  van: readonly VerzoekStatus[];
  naar: VerzoekStatus;
  actoren: readonly Actor[];
  /** Staff must write down why (client's own steps never need one). */
  toelichtingVerplicht: boolean;
  label: Tekst;
};

const STAF = ["backoffice", "directie"] as const satisfies readonly Actor[];

/** The whole state machine in one table; everything else is derived from it. */
export const OVERGANGEN: Record<VerzoekActie, Overgang> = {
  oppakken: {
    van: ["ontvangen"],
    naar: "in_behandeling",
    actoren: STAF,
    toelichtingVerplicht: false,
    label: { nl: "Oppakken", en: "Pick up" },
  },
  // EDPB 01/2022 para 159: the clock stops while we wait for information we need; every pause has a reason.
  vraag_stellen: {
    van: ["ontvangen", "in_behandeling"],
    naar: "wacht_op_client",
    actoren: STAF,
    toelichtingVerplicht: true,
    label: { nl: "Vraag stellen aan cliënt (termijn stopt)", en: "Ask the client (clock stops)" },
  },
  antwoord_client: {
    van: ["wacht_op_client"],
    naar: "in_behandeling",
    actoren: ["client"],
    toelichtingVerplicht: false,
    label: { nl: "Antwoord geven", en: "Answer" },
  },
  // Staff restart the clock without an answer, e.g. the information was found elsewhere; say why.
  hervatten: {
    van: ["wacht_op_client"],
    naar: "in_behandeling",
    actoren: STAF,
    toelichtingVerplicht: true,
    label: { nl: "Hervatten zonder antwoord", en: "Resume without an answer" },
  },
  // A full grant needs no signature (docs/recht.md "Ondertekening": only refusals and extensions are signed).
  besluit_toewijzen: {
    van: ["in_behandeling"],
    naar: "in_uitvoering",
    actoren: STAF,
    toelichtingVerplicht: false,
    label: { nl: "Inwilligen", en: "Grant" },
  },
  concept_ter_ondertekening: {
    van: ["in_behandeling"],
    naar: "wacht_op_directie",
    actoren: STAF,
    toelichtingVerplicht: false,
    label: { nl: "Concept ter ondertekening aanbieden", en: "Submit draft for signature" },
  },
  terugsturen: {
    van: ["wacht_op_directie"],
    naar: "in_behandeling",
    actoren: ["directie"],
    toelichtingVerplicht: true,
    label: { nl: "Terugsturen met opmerking", en: "Send back with a comment" },
  },
  // Full refusal or 'kennelijk ongegrond of buitensporig' (AVG art. 12 lid 5): the signed letter ends the request.
  ondertekenen_afwijzing: {
    van: ["wacht_op_directie"],
    naar: "afgerond",
    actoren: ["directie"],
    toelichtingVerplicht: false,
    label: { nl: "Afwijzing ondertekenen", en: "Sign refusal" },
  },
  // Partial refusal: the granted part is still carried out.
  ondertekenen_deels: {
    van: ["wacht_op_directie"],
    naar: "in_uitvoering",
    actoren: ["directie"],
    toelichtingVerplicht: false,
    label: { nl: "Gedeeltelijke afwijzing ondertekenen", en: "Sign partial refusal" },
  },
  // AVG art. 12 lid 3: extension, announced with reasons before the first deadline; work continues.
  ondertekenen_verlenging: {
    van: ["wacht_op_directie"],
    naar: "in_behandeling",
    actoren: ["directie"],
    toelichtingVerplicht: false,
    label: { nl: "Verlenging ondertekenen", en: "Sign extension" },
  },
  uitvoering_afronden: {
    van: ["in_uitvoering"],
    naar: "afgerond",
    actoren: ["backoffice", "directie", "systeem"],
    toelichtingVerplicht: false,
    label: { nl: "Uitvoering afronden", en: "Complete execution" },
  },
  // Staff may register a withdrawal the client made by phone or letter; they note how and when.
  intrekken: {
    van: OPEN_STATUSSEN,
    naar: "ingetrokken",
    actoren: ["client", "backoffice", "directie"],
    toelichtingVerplicht: true,
    label: { nl: "Verzoek intrekken", en: "Withdraw request" },
  },
  // Not a decision on the right itself (that is always a signed refusal): only for duplicates,
  // messages that are no rights request, or a request entered by mistake. Not once a draft
  // awaits the directie or a decision is being carried out.
  sluiten_zonder_besluit: {
    van: ["ontvangen", "in_behandeling", "wacht_op_client"],
    naar: "afgerond",
    actoren: STAF,
    toelichtingVerplicht: true,
    label: { nl: "Sluiten zonder besluit", en: "Close without a decision" },
  },
};

/** Extra input some steps need. */
export type OvergangDetails = {
  /** Why: the question asked, the director's comment, how the client withdrew, ... */
  toelichting?: string;
  /** Only for `sluiten_zonder_besluit`. */
  sluitReden?: SluitReden;
};

/** Does this actor have to give a toelichting for this action? The client never has to. */
export function toelichtingVerplicht(actie: VerzoekActie, actor: Actor): boolean {
  return actor !== "client" && OVERGANGEN[actie].toelichtingVerplicht;
}

function parseActie(actie: unknown): VerzoekActie {
  if (!isVerzoekActie(actie)) {
    throw new DomainError("onbekende_actie", `Onbekende stap: "${String(actie)}".`);
  }
  return actie;
}

function parseStatus(status: unknown): VerzoekStatus {
  if (!isVerzoekStatus(status)) {
    throw new DomainError("onbekende_status", `Onbekende status: "${String(status)}".`);
  }
  return status;
}

function parseActor(actor: unknown): Actor {
  if (typeof actor !== "string" || !(ACTOREN as readonly string[]).includes(actor)) {
    throw new DomainError("onbekende_actor", `Onbekende rol: "${String(actor)}".`);
  }
  return actor as Actor;
}

const ACTOR_NAAM: Record<Actor, string> = {
  client: "de cliënt",
  backoffice: "de backoffice",
  directie: "de directie",
  beheerder: "een beheerder",
  systeem: "het systeem",
};

function naamLijst(actoren: readonly Actor[]): string {
  const namen = actoren.map((a) => ACTOR_NAAM[a]);
  return namen.length <= 1 ? (namen[0] ?? "") : `${namen.slice(0, -1).join(", ")} of ${namen.at(-1)}`;
}

/**
 * The status after `actie` by `actor`. Throws DomainError:
 * "geen_bevoegdheid" (this actor may never do this step), "ongeldige_overgang" (not from this
 * status), "toelichting_verplicht" / "sluitreden_verplicht" (missing details).
 */
export function transition(
  status: VerzoekStatus,
  actie: VerzoekActie,
  actor: Actor,
  details: OvergangDetails = {},
): VerzoekStatus {
  const van = parseStatus(status);
  const stap = parseActie(actie);
  const wie = parseActor(actor);
  const overgang = OVERGANGEN[stap];
  const stapNaam = overgang.label.nl.toLowerCase();

  if (!overgang.actoren.includes(wie)) {
    throw new DomainError(
      "geen_bevoegdheid",
      `U mag de stap "${stapNaam}" niet uitvoeren. Dat mag alleen ${naamLijst(overgang.actoren)}.`,
    );
  }
  if (!overgang.van.includes(van)) {
    throw new DomainError(
      "ongeldige_overgang",
      `De stap "${stapNaam}" kan niet. Het verzoek heeft de status "${STATUS_LABELS[van].staff.nl.toLowerCase()}".`,
    );
  }
  if (stap === "sluiten_zonder_besluit" && !isSluitReden(details.sluitReden)) {
    throw new DomainError(
      "sluitreden_verplicht",
      `Kies waarom u het verzoek sluit zonder besluit: ${SLUIT_REDENEN.join(", ")}.`,
    );
  }
  if (toelichtingVerplicht(stap, wie) && !details.toelichting?.trim()) {
    throw new DomainError("toelichting_verplicht", `Schrijf een korte toelichting bij de stap "${stapNaam}".`);
  }
  return overgang.naar;
}

/** Can this actor take this step from this status? (Does not check the details.) */
export function canTransition(status: VerzoekStatus, actie: VerzoekActie, actor: Actor): boolean {
  if (!isVerzoekStatus(status) || !isVerzoekActie(actie)) return false;
  const overgang = OVERGANGEN[actie];
  return overgang.van.includes(status) && overgang.actoren.includes(actor);
}

/** The steps this actor can take now, in the order of the workflow (for buttons). */
export function allowedActions(status: VerzoekStatus, actor: Actor): VerzoekActie[] {
  return VERZOEK_ACTIES.filter((actie) => canTransition(status, actie, actor));
}

// ---------------------------------------------------------------------------
// Decisions and signatures
// ---------------------------------------------------------------------------

/**
 * AVG art. 12 lid 4 and the practice reglement (docs/recht.md "Ondertekening"): refusals and partial refusals are motivated in writing and signed by
 * the directie; an extension (AVG art. 12 lid 3) too. A full grant is not.
 */
export function needsDirectieSignature(kind: BesluitSoort): boolean {
  return kind !== "toewijzing";
}

/** The step that records a decision of this kind: a grant directly, everything else via a draft. */
export function decisionActionFor(kind: BesluitSoort): "besluit_toewijzen" | "concept_ter_ondertekening" {
  return needsDirectieSignature(kind) ? "concept_ter_ondertekening" : "besluit_toewijzen";
}

/** The directie's signing step for a draft of this kind. Throws for a grant: it is never signed. */
export function signingActionFor(
  kind: BesluitSoort,
): "ondertekenen_afwijzing" | "ondertekenen_deels" | "ondertekenen_verlenging" {
  switch (kind) {
    case "afwijzing":
    case "kennelijk_ongegrond":
      return "ondertekenen_afwijzing";
    case "gedeeltelijke_afwijzing":
      return "ondertekenen_deels";
    case "verlenging":
      return "ondertekenen_verlenging";
    case "toewijzing":
      throw new DomainError("geen_ondertekening_nodig", "Een inwilliging hoeft de directie niet te ondertekenen.");
  }
}

export type SignCheck = { ok: true } | { ok: false; reason: Reason };

/**
 * Four eyes (docs/recht.md "Ondertekening"): only a member of the directie signs, and never the
 * person who drafted the decision.
 */
export function mayDirectorSign(input: {
  signerId: string;
  drafterId: string;
  signerRoles: readonly MedewerkerRol[];
}): SignCheck {
  const { signerId, drafterId, signerRoles } = input;
  if (!signerId.trim() || !drafterId.trim()) {
    throw new DomainError("ongeldige_invoer", "Het is niet bekend wie het concept schreef of wie ondertekent.");
  }
  // Who signs is the one table's "besluit.ondertekenen" (app/domain/bevoegdheden.ts).
  if (!mag(signerRoles, "besluit.ondertekenen")) {
    return {
      ok: false,
      reason: {
        code: "geen_directie",
        nl: "Alleen de directie mag dit besluit ondertekenen.",
        en: "Only the management may sign this decision.",
      },
    };
  }
  if (signerId === drafterId) {
    return {
      ok: false,
      reason: {
        code: "opsteller_mag_niet_ondertekenen",
        nl: "U heeft dit concept zelf geschreven. Een andere directeur moet het ondertekenen (vier ogen).",
        en: "You wrote this draft yourself. Another director must sign it (four eyes).",
      },
    };
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------
// Refusal grounds (docs/recht.md "Weigeringen")
// ---------------------------------------------------------------------------

export const WEIGERINGSGRONDEN = [
  "rechten_en_vrijheden_anderen",
  "opsporing_strafbare_feiten",
  "belang_minderjarige",
  "gegevens_juist",
  "wettelijke_bewaarplicht",
  "aanmerkelijk_belang_ander",
  "lopende_klacht_of_calamiteit",
  "geen_grond_voor_beperking",
  "dwingende_gerechtvaardigde_gronden",
  "rechtsvordering",
  "bezwaar_niet_van_toepassing",
  "buiten_reikwijdte_overdraagbaarheid",
  "identiteit_niet_vastgesteld",
  "kennelijk_ongegrond_of_buitensporig",
] as const;

export type WeigeringsgrondCode = (typeof WEIGERINGSGRONDEN)[number];

/** A ground for (partly) refusing: `nl`/`en` is the sentence for the letter, `grondslag` the legal basis. */
export type Weigeringsgrond = {
  code: WeigeringsgrondCode;
  nl: string;
  en: string;
  grondslag: string;
  /** The same legal basis in English, for a letter to a client who chose English (decision 030). */
  grondslagEn: string;
};

export const WEIGERINGSGROND: Record<WeigeringsgrondCode, Weigeringsgrond> = {
  rechten_en_vrijheden_anderen: {
    code: "rechten_en_vrijheden_anderen",
    nl: "In uw dossier staan ook gegevens over andere mensen. Die gegevens moeten wij beschermen. Daarom krijgt u die niet te zien.",
    en: "Your file also contains information about other people. We must protect that information. That is why you cannot see it.",
    grondslag: "art. 15 lid 4 en art. 23 lid 1 sub i AVG; art. 41 UAVG",
    grondslagEn: "Article 15(4) and Article 23(1)(i) GDPR; Article 41 of the Dutch GDPR Implementation Act (UAVG)",
  },
  opsporing_strafbare_feiten: {
    code: "opsporing_strafbare_feiten",
    nl: "Wij mogen deze gegevens nu niet geven. Dat is nodig voor het onderzoek naar een strafbaar feit.",
    en: "We may not give you this information now. This is necessary for the investigation of a criminal offence.",
    grondslag: "art. 23 lid 1 sub d AVG; art. 41 lid 1 sub d UAVG",
    grondslagEn: "Article 23(1)(d) GDPR; Article 41(1)(d) of the Dutch GDPR Implementation Act (UAVG)",
  },
  belang_minderjarige: {
    code: "belang_minderjarige",
    nl: "Wij geven u deze gegevens niet. Dat is in het belang van uw kind. Een goede hulpverlener moet eerst aan het kind denken.",
    en: "We will not give you this information. This is in your child's interest. A good care provider must put the child first.",
    grondslag: "art. 7:457 en 7:465 BW (WGBO, goed hulpverlenerschap); privacyreglement (minderjarigen 12-16)",
    grondslagEn:
      "Articles 7:457 and 7:465 of the Dutch Civil Code (Medical Treatment Contracts Act, WGBO: the duty of a good care provider); our privacy regulations (children aged 12 to 16)",
  },
  gegevens_juist: {
    code: "gegevens_juist",
    nl: "De gegevens kloppen. Een mening of waarneming van uw hulpverlener is geen fout. U kunt wel uw eigen verklaring aan het dossier laten toevoegen.",
    en: "The information is correct. An opinion or observation of your care provider is not a mistake. You can have your own statement added to the file.",
    grondslag: "art. 16 AVG; art. 7:454 lid 2 BW (eigen verklaring)",
    grondslagEn: "Article 16 GDPR; Article 7:454(2) of the Dutch Civil Code (your own statement added to the file)",
  },
  // WGBO art. 7:455 lid 2: "voor zover ... uit de wet voortvloeit" (another statute, e.g. art. 52 AWR).
  // Not the 20 years of art. 7:454 lid 3: that duty does not block the client's own request (decision 022).
  wettelijke_bewaarplicht: {
    code: "wettelijke_bewaarplicht",
    nl: "Een andere wet verplicht ons een deel van de gegevens te bewaren, bijvoorbeeld de belastingwet voor financiële gegevens (7 jaar). Dat deel vernietigen wij niet. Wij schermen het af: medewerkers gebruiken het niet meer, tot de bewaarplicht voorbij is.",
    en: "Another law requires us to keep part of the data, for example tax law for financial records (7 years). We will not destroy that part. We restrict it: staff no longer use it until the duty to keep it has ended.",
    grondslag: "art. 7:455 lid 2 BW; art. 17 lid 3 sub b AVG; art. 52 lid 4 AWR",
    grondslagEn:
      "Article 7:455(2) of the Dutch Civil Code; Article 17(3)(b) GDPR; Article 52(4) of the Dutch General Tax Act (AWR)",
  },
  aanmerkelijk_belang_ander: {
    code: "aanmerkelijk_belang_ander",
    nl: "Een deel van de gegevens is heel belangrijk voor iemand anders dan u. Dat deel vernietigen wij niet. Wij schermen het af: medewerkers gebruiken het niet meer.",
    en: "Part of the data is very important for someone other than you. We will not destroy that part. We restrict it: staff no longer use it.",
    grondslag: "art. 7:455 lid 2 BW (WGBO)",
    grondslagEn: "Article 7:455(2) of the Dutch Civil Code (Medical Treatment Contracts Act, WGBO)",
  },
  lopende_klacht_of_calamiteit: {
    code: "lopende_klacht_of_calamiteit",
    nl: "Er loopt nog een klacht of een onderzoek naar een ernstig incident. Zolang dat loopt, bewaren wij de gegevens die daarvoor nodig zijn. Wij schermen ze af: medewerkers gebruiken ze alleen voor de klacht of het onderzoek.",
    en: "A complaint or an investigation into a serious incident is still open. As long as it is open, we keep the data it needs. We restrict it: staff only use it for the complaint or the investigation.",
    grondslag: "art. 17 lid 3 sub e AVG; privacyreglement (klacht of calamiteit)",
    grondslagEn: "Article 17(3)(e) GDPR; our privacy regulations (a complaint or serious incident)",
  },
  geen_grond_voor_beperking: {
    code: "geen_grond_voor_beperking",
    nl: "De wet noemt vier redenen om het gebruik van gegevens te beperken. Geen van die redenen geldt voor uw verzoek.",
    en: "The law names four reasons to restrict the use of data. None of them applies to your request.",
    grondslag: "art. 18 lid 1 AVG",
    grondslagEn: "Article 18(1) GDPR",
  },
  dwingende_gerechtvaardigde_gronden: {
    code: "dwingende_gerechtvaardigde_gronden",
    nl: "Wij hebben zeer belangrijke redenen om de gegevens toch te gebruiken. Die wegen zwaarder dan uw bezwaar.",
    en: "We have compelling reasons to keep using the data. They outweigh your objection.",
    grondslag: "art. 21 lid 1 AVG",
    grondslagEn: "Article 21(1) GDPR",
  },
  rechtsvordering: {
    code: "rechtsvordering",
    nl: "Wij hebben de gegevens nodig voor een rechtszaak of om ons te verdedigen.",
    en: "We need the data for a legal claim or to defend ourselves.",
    grondslag: "art. 21 lid 1 AVG",
    grondslagEn: "Article 21(1) GDPR",
  },
  bezwaar_niet_van_toepassing: {
    code: "bezwaar_niet_van_toepassing",
    nl: "Tegen dit gebruik van uw gegevens kunt u geen bezwaar maken. Wij gebruiken ze omdat een wet dat van ons vraagt, of omdat het nodig is om de afspraken met u na te komen (bijvoorbeeld om uw zorg bij de gemeente te declareren). Het recht van bezwaar geldt alleen als wij gegevens gebruiken voor een taak van algemeen belang of voor een eigen gerechtvaardigd belang. U kunt wel vragen om inzage, correctie of afscherming van uw gegevens.",
    en: "You cannot object to this use of your data. We use it because a law requires us to, or because it is needed to carry out our agreement with you (for example to claim the costs of your care from the municipality). The right to object only applies when we use data for a task in the public interest or for a legitimate interest of our own. You can still ask for access to your data, or for its correction or restriction.",
    grondslag: "art. 21 lid 1 AVG (alleen bij art. 6 lid 1 sub e of f); art. 6 lid 1 sub b en c AVG",
    grondslagEn: "Article 21(1) GDPR (only for processing under Article 6(1)(e) or (f)); Article 6(1)(b) and (c) GDPR",
  },
  buiten_reikwijdte_overdraagbaarheid: {
    code: "buiten_reikwijdte_overdraagbaarheid",
    nl: "Dit recht geldt alleen voor gegevens die u zelf gaf en die wij gebruiken met uw toestemming of voor een overeenkomst met u. U kunt wel inzage vragen.",
    en: "This right only covers data you gave us that we use with your consent or for a contract with you. You can ask for access instead.",
    grondslag: "art. 20 lid 1 AVG",
    grondslagEn: "Article 20(1) GDPR",
  },
  identiteit_niet_vastgesteld: {
    code: "identiteit_niet_vastgesteld",
    nl: "Wij weten niet zeker wie u bent. Daarom kunnen wij uw verzoek niet uitvoeren.",
    en: "We cannot be sure who you are. That is why we cannot carry out your request.",
    grondslag: "art. 12 lid 2 en lid 6 AVG",
    grondslagEn: "Article 12(2) and (6) GDPR",
  },
  kennelijk_ongegrond_of_buitensporig: {
    code: "kennelijk_ongegrond_of_buitensporig",
    nl: "Uw verzoek is duidelijk ongegrond of overdreven, bijvoorbeeld omdat u het steeds opnieuw doet. Daarom voeren wij het niet uit.",
    en: "Your request is clearly unfounded or excessive, for example because you keep repeating it. That is why we will not carry it out.",
    grondslag: "art. 12 lid 5 AVG",
    grondslagEn: "Article 12(5) GDPR",
  },
};

/** Grounds that apply to every request type. */
const ALTIJD: readonly WeigeringsgrondCode[] = ["identiteit_niet_vastgesteld", "kennelijk_ongegrond_of_buitensporig"];

const GRONDEN_PER_TYPE: Record<Verzoektype, readonly WeigeringsgrondCode[]> = {
  // AVG art. 15 lid 4, art. 23; art. 41 UAVG; art. 7:457, 7:465 BW (parents of a child of 12-15).
  inzage: ["rechten_en_vrijheden_anderen", "opsporing_strafbare_feiten", "belang_minderjarige"],
  correctie: ["gegevens_juist"],
  // WGBO art. 7:455 lid 2, AVG art. 17 lid 3 sub b and e (docs/recht.md "Verwijdering en bewaring", decision 022).
  verwijdering: ["aanmerkelijk_belang_ander", "wettelijke_bewaarplicht", "lopende_klacht_of_calamiteit"],
  afscherming: ["geen_grond_voor_beperking"],
  // AVG art. 21 lid 1: compelling grounds or legal claims; and it applies only to processing on art. 6 lid 1 sub e or f.
  bezwaar: ["bezwaar_niet_van_toepassing", "dwingende_gerechtvaardigde_gronden", "rechtsvordering"],
  // AVG art. 20 lid 1 and 4: never third parties' data.
  dataportabiliteit: ["buiten_reikwijdte_overdraagbaarheid", "rechten_en_vrijheden_anderen", "belang_minderjarige"],
  // A withdrawal of consent cannot be refused on its merits (AVG art. 7 lid 3).
  intrekking_toestemming: [],
};

/** The refusal grounds a decision on this request type may cite, specific ones first. */
export function groundsFor(type: Verzoektype): Weigeringsgrond[] {
  const specifiek = GRONDEN_PER_TYPE[type];
  if (!specifiek) {
    throw new DomainError("onbekend_verzoektype", `Onbekend soort verzoek: "${String(type)}".`);
  }
  return [...specifiek, ...ALTIJD].map((code) => WEIGERINGSGROND[code]);
}
