import type { Relatie } from "./eligibility";
import type { Verzoektype } from "./request-types";

/**
 * Identity levels of a request (AVG art. 12 lid 6, art. 32; docs/decisions/018-identiteitsniveaus.md).
 * Verify identity before disclosing or changing anything, but collect no more than needed.
 * The level is derived from facts the portal itself established, never taken from a form or a
 * stored label. Pure: no db, no Remix, no Node.
 */

/** From weakest to strongest. */
export const IDENTITEITSNIVEAUS = [
  /** Nothing proved (e.g. registered by hand from a letter). */
  "geen",
  /** The filer proved, with a one-time code, control of an address they typed themselves. */
  "eigen_adres",
  /** That proved address is the one known in the client record (the client's, or the recorded representative's). */
  "bekend_adres",
  /** The filing account holds a passkey registered after a visit at "bekend_adres" for this client. */
  "passkey",
  /** Staff saw an identity document in person or by video (type and last four characters only). */
  "gelegitimeerd",
] as const;
export type Identiteitsniveau = (typeof IDENTITEITSNIVEAUS)[number];

export function isIdentiteitsniveau(value: unknown): value is Identiteitsniveau {
  return typeof value === "string" && (IDENTITEITSNIVEAUS as readonly string[]).includes(value);
}

export function niveauRang(niveau: Identiteitsniveau): number {
  return IDENTITEITSNIVEAUS.indexOf(niveau);
}

export function minstens(niveau: Identiteitsniveau, drempel: Identiteitsniveau): boolean {
  return niveauRang(niveau) >= niveauRang(drempel);
}

/**
 * The level a request type needs before it is granted or anything is disclosed. Disclosure
 * (inzage, copy, package, portability) and changes (correction, erasure, restriction) need an
 * address known in the record at least (AVG art. 12 lid 6). Objection and withdrawing a consent
 * only stop a use of data: a proved own address suffices (a refusal is never needed to act on them).
 */
export const VEREIST_NIVEAU: Record<Verzoektype, Identiteitsniveau> = {
  inzage: "bekend_adres",
  dataportabiliteit: "bekend_adres",
  correctie: "bekend_adres",
  verwijdering: "bekend_adres",
  afscherming: "bekend_adres",
  bezwaar: "eigen_adres",
  intrekking_toestemming: "eigen_adres",
};

/** The level needed at a point where data leaves the portal (package build and every download). */
export const NIVEAU_VOOR_ONTSLUITING: Identiteitsniveau = "bekend_adres";

/** The facts the level is derived from (gathered by app/services/identiteit.server.ts). */
export type IdentiteitsFeiten = {
  /** The filer's address proved with a one-time code (their portal account's address), or null. */
  bevestigdAdres: string | null;
  /**
   * Addresses known in the matched client record for this filer: the client's own address when the
   * client files; a recorded representative's address when a representative files. Empty when the
   * request is not linked to a client.
   */
  bekendeAdressen: readonly (string | null | undefined)[];
  /** The filing account holds a passkey registered after a visit at "bekend_adres" for this client. */
  passkeyNaBekendBezoek: boolean;
  /** A legitimation check of the filer is recorded on this request. */
  legitimatieGecontroleerd: boolean;
};

/** Addresses compare trimmed and lower-case (as accounts and sign-in do). */
export function normaalAdres(adres: string | null | undefined): string {
  return (adres ?? "").trim().toLowerCase();
}

/** The highest level the facts support. */
export function identiteitsniveau(feiten: IdentiteitsFeiten): Identiteitsniveau {
  if (feiten.legitimatieGecontroleerd) return "gelegitimeerd";
  if (feiten.passkeyNaBekendBezoek) return "passkey";
  const bevestigd = normaalAdres(feiten.bevestigdAdres);
  if (!bevestigd) return "geen";
  if (feiten.bekendeAdressen.some((a) => normaalAdres(a) === bevestigd)) return "bekend_adres";
  return "eigen_adres";
}

/** What the level lacks for this request type; null when it is enough. */
export function identiteitTekort(type: Verzoektype, niveau: Identiteitsniveau): Identiteitsniveau | null {
  const vereist = VEREIST_NIVEAU[type];
  return minstens(niveau, vereist) ? null : vereist;
}

// ---------------------------------------------------------------------------
// Representatives: what proves their authority (never a copy)
// ---------------------------------------------------------------------------

export const BEWIJS_SOORTEN = ["machtiging", "gezagsregister", "rechterlijke_uitspraak"] as const;
export type BewijsSoort = (typeof BEWIJS_SOORTEN)[number];

export function isBewijsSoort(value: unknown): value is BewijsSoort {
  return typeof value === "string" && (BEWIJS_SOORTEN as readonly string[]).includes(value);
}

/**
 * The proof each relation must show: a gemachtigde a written authorisation signed by the client;
 * a parent with authority or a guardian that they hold authority (gezagsregister, or the court
 * decision that gave it, art. 1:244 BW); a mentor or curator the court decision (art. 1:383, 1:452 BW).
 * A bewindvoerder and a parent without authority are not entitled to the care dossier.
 */
export const BEWIJS_VOOR_RELATIE: Record<Relatie, readonly BewijsSoort[]> = {
  zelf: [],
  ouder_met_gezag: ["gezagsregister", "rechterlijke_uitspraak"],
  voogd: ["gezagsregister", "rechterlijke_uitspraak"],
  mentor: ["rechterlijke_uitspraak"],
  curator: ["rechterlijke_uitspraak"],
  gemachtigde: ["machtiging"],
  bewindvoerder: [],
  ouder_zonder_gezag: [],
};

export function bewijsPastBij(relatie: string, soort: string | null | undefined): boolean {
  const passend = (BEWIJS_VOOR_RELATIE as Record<string, readonly string[] | undefined>)[relatie] ?? [];
  return typeof soort === "string" && passend.includes(soort);
}

// ---------------------------------------------------------------------------
// The gate: grant and disclosure
// ---------------------------------------------------------------------------

export type IdentiteitBlokkade = "identiteit_onbevestigd" | "vertegenwoordiging_onbevestigd";

/**
 * Why this request may not be granted (or its data disclosed or changed) yet, or null. The filer's
 * own identity comes first (for a representative: the representative's), then, for a
 * representative, a recorded authority check with a proof that fits the relation.
 */
export function identiteitBlokkade(input: {
  type: Verzoektype;
  niveau: Identiteitsniveau;
  relatie: string;
  /** Kinds of proof of the authority checks recorded on the request. */
  vertegenwoordigingsBewijzen: readonly (string | null)[];
}): IdentiteitBlokkade | null {
  if (identiteitTekort(input.type, input.niveau) !== null) return "identiteit_onbevestigd";
  if (input.relatie !== "zelf" && !input.vertegenwoordigingsBewijzen.some((s) => bewijsPastBij(input.relatie, s))) {
    return "vertegenwoordiging_onbevestigd";
  }
  return null;
}

/** At a point where data leaves the portal or a dossier changes: the grant gate, and never below NIVEAU_VOOR_ONTSLUITING. */
export function ontsluitingBlokkade(input: Parameters<typeof identiteitBlokkade>[0]): IdentiteitBlokkade | null {
  if (!minstens(input.niveau, NIVEAU_VOOR_ONTSLUITING)) return "identiteit_onbevestigd";
  return identiteitBlokkade(input);
}

/** Dutch wording for messages thrown by services (the interface uses app/i18n/berichten.ts). */
export const NIVEAU_TEKST: Record<Identiteitsniveau, string> = {
  geen: "nog niets bevestigd",
  eigen_adres: "alleen een eigen e-mailadres bevestigd met een code",
  bekend_adres: "e-mailadres dat bij de cliënt bekend is, bevestigd met een code",
  passkey: "passkey, geregistreerd na een bevestigd bezoek",
  gelegitimeerd: "legitimatie gecontroleerd door een medewerker",
};

/** The refusal in words: what the level is, what is missing and what staff can do. */
export function identiteitTekortTekst(
  type: Verzoektype,
  niveau: Identiteitsniveau,
  vereist: Identiteitsniveau = VEREIST_NIVEAU[type],
): string {
  const wat =
    vereist === "eigen_adres"
      ? "een e-mailadres dat de indiener met een code heeft bevestigd"
      : "een e-mailadres dat in het cliëntdossier bekend is, een passkey na zo'n bezoek, of een legitimatiecontrole";
  return (
    `De identiteit is nog niet genoeg bevestigd (nu: ${NIVEAU_TEKST[niveau]}). Hiervoor is nodig: ${wat}. ` +
    "Vraag de indiener om een legitimatiecontrole aan de balie of via video, en leg die hier vast (soort document en laatste 4 tekens, nooit een kopie)."
  );
}

export const VERTEGENWOORDIGING_TEKORT_TEKST =
  "Het bewijs van vertegenwoordiging is nog niet vastgelegd. Leg vast wat u heeft gezien: een machtiging die de cliënt heeft ondertekend (gemachtigde), het gezag (bijvoorbeeld uit het gezagsregister) of de uitspraak van de rechter (mentor, curator, voogd). Bewaar nooit een kopie.";

/** Relations that act for someone else and must show their authority (not "zelf"; not those refused at intake). */
export const VERTEGENWOORDIGERS = ["ouder_met_gezag", "voogd", "mentor", "curator", "gemachtigde"] as const;
export type Vertegenwoordiger = (typeof VERTEGENWOORDIGERS)[number];

export function isVertegenwoordiger(value: unknown): value is Vertegenwoordiger {
  return typeof value === "string" && (VERTEGENWOORDIGERS as readonly string[]).includes(value);
}

/**
 * The person concerned as a representative's e-mails name them: the initial of the first name and
 * the rest as the filer typed it ("Laura de Wit" → "L. de Wit"). No more of the request than that.
 */
export function korteNaam(naam: string): string {
  const delen = naam.trim().split(/\s+/).filter(Boolean);
  if (delen.length < 2) return delen[0] ?? "";
  return `${delen[0]!.charAt(0).toUpperCase()}. ${delen.slice(1).join(" ")}`;
}
