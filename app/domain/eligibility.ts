import { DomainError } from "./errors";
import { parseVerzoektype, type Verzoektype } from "./request-types";
import type { Reason } from "./request-state";

/**
 * Who may file a request for whom (docs/recht.md "Vertegenwoordigers en minderjarigen"; WGBO art. 7:465 BW).
 * Pure: dates are calendar dates "YYYY-MM-DD" (Europe/Amsterdam), passed in by the caller.
 */

// ---------------------------------------------------------------------------
// Dates and age
// ---------------------------------------------------------------------------

type Datum = { jaar: number; maand: number; dag: number };

const DATUM_PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;

function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

/** Strict "YYYY-MM-DD": no time, no other separators, a day that exists in that month. */
function parseDatum(waarde: unknown, veld: string): Datum {
  const match = typeof waarde === "string" ? DATUM_PATROON.exec(waarde) : null;
  if (match) {
    const jaar = Number(match[1]);
    const maand = Number(match[2]);
    const dag = Number(match[3]);
    if (jaar >= 1 && maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand)) {
      return { jaar, maand, dag };
    }
  }
  throw new DomainError(
    "ongeldige_datum",
    `De ${veld} "${String(waarde)}" is geen geldige datum. Gebruik jaar-maand-dag, bijvoorbeeld 2012-03-31.`,
  );
}

/** Negative when a is earlier than b. Works on (year, month, day) without building a Date. */
function vergelijk(a: Datum, b: Datum): number {
  return a.jaar - b.jaar || a.maand - b.maand || a.dag - b.dag;
}

function leeftijd(geboren: Datum, op: Datum): number {
  const verjaardagGeweest = op.maand > geboren.maand || (op.maand === geboren.maand && op.dag >= geboren.dag);
  return op.jaar - geboren.jaar - (verjaardagGeweest ? 0 : 1);
}

/**
 * Age in full years on `onDate`. Someone is a year older from their birthday on.
 * Born on 29 February: in a year without 29 February the birthday counts on 1 March
 * (on 28 February they are not yet a year older).
 * Throws DomainError "ongeldige_datum" for a malformed date and "ongeldige_geboortedatum"
 * when the date of birth is after `onDate`.
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const geboren = parseDatum(dateOfBirth, "geboortedatum");
  const op = parseDatum(onDate, "datum");
  if (vergelijk(geboren, op) > 0) {
    throw new DomainError(
      "ongeldige_geboortedatum",
      `De geboortedatum ${dateOfBirth} ligt na ${onDate}. Kijk de geboortedatum na.`,
    );
  }
  return leeftijd(geboren, op);
}

/** Oldest date of birth we accept: anything more than this many years before filing is a typo. */
export const MAX_LEEFTIJD_JAREN = 130;

// ---------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------

export const RELATIES = [
  "zelf", // the client (betrokkene) files about their own data
  "ouder_met_gezag", // parent with parental authority over a minor
  "voogd", // wettelijk vertegenwoordiger of a minor without a parent with authority
  "mentor", // court-appointed for care matters of an adult (art. 1:450 BW)
  "curator", // court-appointed under curatele, adult (art. 1:378 BW)
  "gemachtigde", // has a written authorisation from the client
  "bewindvoerder", // manages money and goods only (art. 1:431 BW)
  "ouder_zonder_gezag", // parent without parental authority
] as const;

export type Relatie = (typeof RELATIES)[number];

export function isRelatie(value: unknown): value is Relatie {
  return typeof value === "string" && (RELATIES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------
// Who may file
// ---------------------------------------------------------------------------

export type FilingDecision =
  { allowed: true; note?: Reason; consultChild?: boolean } | { allowed: false; reason: Reason };

export type FilingInput = {
  relatie: Relatie;
  /** Date of birth of the client the request is about, "YYYY-MM-DD". */
  dateOfBirth: string;
  /** The filing day, an Amsterdam calendar date "YYYY-MM-DD". */
  filedOn: string;
  type: Verzoektype;
};

const REDEN = {
  kind_onder_12: {
    code: "kind_onder_12",
    nl: "Kinderen jonger dan 12 jaar kunnen zelf geen verzoek doen. Een ouder met gezag of de voogd doet het verzoek voor het kind.",
    en: "Children under 12 cannot make a request themselves. A parent with parental authority or the guardian makes the request for the child.",
  },
  kind_beslist_zelf: {
    code: "kind_beslist_zelf",
    nl: "Uw kind is 16 jaar of ouder. Uw kind beslist nu zelf over zijn of haar gegevens. U kunt alleen een verzoek doen als uw kind u een schriftelijke machtiging geeft. Kies dan 'gemachtigde'.",
    en: "Your child is 16 or older. Your child now decides about their own data. You can only make a request if your child gives you a written authorisation. Then choose 'authorised person'.",
  },
  jongere_beslist_zelf: {
    code: "kind_beslist_zelf",
    nl: "De jongere is 16 jaar of ouder. Hij of zij beslist nu zelf over de eigen gegevens. U kunt alleen een verzoek doen als de jongere u een schriftelijke machtiging geeft. Kies dan 'gemachtigde'.",
    en: "The young person is 16 or older. They now decide about their own data. You can only make a request if they give you a written authorisation. Then choose 'authorised person'.",
  },
  client_is_volwassen: {
    code: "client_is_volwassen",
    nl: "De cliënt is volwassen en beslist zelf over zijn of haar gegevens. U kunt alleen een verzoek doen als de cliënt u een schriftelijke machtiging geeft, of als u mentor of curator bent.",
    en: "The client is an adult and decides about their own data. You can only make a request with a written authorisation from the client, or if you are their mentor or curator.",
  },
  alleen_voor_volwassenen: {
    code: "alleen_voor_volwassenen",
    nl: "Een mentor of curator is er alleen voor volwassenen. De cliënt is jonger dan 18 jaar. Voor een kind jonger dan 16 doet een ouder met gezag of de voogd het verzoek. Vanaf 16 jaar doet het kind dat zelf.",
    en: "A mentor or curator is only for adults. The client is under 18. For a child under 16, a parent with parental authority or the guardian makes the request. From 16, the child does it themselves.",
  },
  machtiging_kind_onder_12: {
    code: "machtiging_kind_onder_12",
    nl: "Een kind jonger dan 12 jaar kan niemand machtigen. Een ouder met gezag of de voogd doet het verzoek voor het kind.",
    en: "A child under 12 cannot authorise anyone. A parent with parental authority or the guardian makes the request for the child.",
  },
  bewindvoerder: {
    code: "bewindvoerder_geen_zorgdossier",
    nl: "Een bewindvoerder beheert alleen geld en goederen. U kunt daarom geen verzoek doen over het zorgdossier.",
    en: "A financial administrator only manages money and property. That is why you cannot make a request about the care file.",
  },
  // Art. 1:377c BW: a parent without authority may ask professionals for information about the child.
  ouder_zonder_gezag: {
    code: "ouder_zonder_gezag",
    nl: "U heeft geen gezag over het kind. Daarom kunt u hier geen verzoek doen over het dossier. U kunt de praktijk wel vragen om informatie over uw kind. Neem daarvoor contact op met de praktijk.",
    en: "You do not have parental authority over the child. That is why you cannot make a request about the file here. You can ask the practice for information about your child. Please contact the practice.",
  },
} as const satisfies Record<string, Reason>;

const NOTITIE = {
  ouder_inzage_12_15: {
    code: "ouder_inzage_kind_12_15",
    nl: "Uw kind is tussen 12 en 16 jaar. Wij vragen eerst wat uw kind ervan vindt. Soms geven wij u niet alle gegevens, als dat beter is voor uw kind. Dan leggen wij u uit waarom.",
    en: "Your child is between 12 and 16. We will first ask your child's view. Sometimes we do not give you all the information, if that is better for your child. We will then explain why.",
  },
  ouder_12_15: {
    code: "ouder_kind_12_15",
    nl: "Uw kind is tussen 12 en 16 jaar. Uw kind heeft ook zelf rechten. Wij overleggen daarom ook met uw kind.",
    en: "Your child is between 12 and 16. Your child also has rights of their own. That is why we will also talk with your child.",
  },
  gemachtigde: {
    code: "machtiging_wordt_gecontroleerd",
    nl: "U heeft een schriftelijke machtiging van de cliënt nodig. Wij controleren de machtiging voordat wij iets met uw verzoek doen.",
    en: "You need a written authorisation from the client. We will check it before we act on your request.",
  },
  mentor: {
    code: "bewijs_mentorschap",
    nl: "Wij vragen u om de uitspraak van de rechter waarin staat dat u mentor bent. Die controleren wij eerst.",
    en: "We will ask you for the court decision that appoints you as mentor. We check it first.",
  },
  curator: {
    code: "bewijs_curatele",
    nl: "Wij vragen u om de uitspraak van de rechter waarin staat dat u curator bent. Die controleren wij eerst.",
    en: "We will ask you for the court decision that appoints you as curator. We check it first.",
  },
} as const satisfies Record<string, Reason>;

/** Types that hand the dossier to the filer: a parent's copy may be refused in the child's interest. */
const GEEFT_GEGEVENS_AF: readonly Verzoektype[] = ["inzage", "dataportabiliteit"];

function weiger(reason: Reason): FilingDecision {
  return { allowed: false, reason };
}

/**
 * May someone with `relatie` file a request of `type` about a client born on `dateOfBirth`,
 * on `filedOn`? Age bands (WGBO art. 7:465 BW): under 12 the parents with authority or
 * the guardian; 12 to 15 the child and the parents with authority or guardian; 16 and older the
 * client alone (or a representative the client or a court appointed).
 * Throws DomainError for malformed dates, a date of birth after filing or more than 130 years before it.
 */
export function mayFileFor(input: FilingInput): FilingDecision {
  const { relatie, dateOfBirth, filedOn } = input;
  const type = parseVerzoektype(input.type);
  if (!isRelatie(relatie)) {
    throw new DomainError("onbekende_relatie", `Onbekende relatie met de cliënt: "${String(relatie)}".`);
  }
  const geboren = parseDatum(dateOfBirth, "geboortedatum");
  const ingediend = parseDatum(filedOn, "indieningsdatum");
  if (vergelijk(geboren, ingediend) > 0) {
    throw new DomainError(
      "ongeldige_geboortedatum",
      `De geboortedatum ${dateOfBirth} ligt in de toekomst. Kijk de geboortedatum na.`,
    );
  }
  const grens = { ...ingediend, jaar: ingediend.jaar - MAX_LEEFTIJD_JAREN };
  if (vergelijk(geboren, grens) < 0) {
    throw new DomainError(
      "ongeldige_geboortedatum",
      `De geboortedatum ${dateOfBirth} is meer dan ${MAX_LEEFTIJD_JAREN} jaar geleden. Kijk de geboortedatum na.`,
    );
  }

  const jaren = leeftijd(geboren, ingediend);

  switch (relatie) {
    case "zelf":
      return jaren < 12 ? weiger(REDEN.kind_onder_12) : { allowed: true };

    case "ouder_met_gezag":
    case "voogd":
      if (jaren < 12) return { allowed: true };
      if (jaren < 16) {
        // WGBO art. 7:457, 7:465 BW: staff consult the child first; a parent's copy may be refused in the child's interest.
        const note = GEEFT_GEGEVENS_AF.includes(type) ? NOTITIE.ouder_inzage_12_15 : NOTITIE.ouder_12_15;
        return { allowed: true, consultChild: true, note };
      }
      if (jaren >= 18) return weiger(REDEN.client_is_volwassen);
      return weiger(relatie === "voogd" ? REDEN.jongere_beslist_zelf : REDEN.kind_beslist_zelf);

    case "mentor":
    case "curator":
      // Mentorschap (art. 1:450 BW) and curatele (art. 1:378 BW) take effect for adults only.
      if (jaren < 18) return weiger(REDEN.alleen_voor_volwassenen);
      return { allowed: true, note: relatie === "mentor" ? NOTITIE.mentor : NOTITIE.curator };

    case "gemachtigde":
      // A child under 12 does not exercise its own rights, so it cannot authorise someone else to.
      if (jaren < 12) return weiger(REDEN.machtiging_kind_onder_12);
      return { allowed: true, note: NOTITIE.gemachtigde };

    case "bewindvoerder":
      return weiger(REDEN.bewindvoerder);

    case "ouder_zonder_gezag":
      return weiger(jaren < 18 ? REDEN.ouder_zonder_gezag : REDEN.client_is_volwassen);
  }
}
