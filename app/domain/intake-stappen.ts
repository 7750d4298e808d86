import type { Relatie } from "./eligibility";
import { VERZOEKTYPEN } from "./request-types";
import { TEKSTLIMIET } from "./tekstlimieten";

/**
 * The wizard's choices, message codes and steps, without zod: the wizard's screens (in the browser)
 * import these; the schema that checks the answers is app/domain/intake.ts, which re-exports all of
 * this, on the server only (docs/decisions/029).
 */

/** The errors per field name, as codes. */
export type IntakeFouten = Record<string, IntakeFoutCode[]>;
// ---------------------------------------------------------------------------
// Choices
// ---------------------------------------------------------------------------

/** Everyone who may be named as filing for someone else (the domain decides whether they may). */
export const VERTEGENWOORDIGER_RELATIES = [
  "ouder_met_gezag",
  "voogd",
  "mentor",
  "curator",
  "gemachtigde",
  "bewindvoerder",
  "ouder_zonder_gezag",
] as const satisfies readonly Relatie[];
export type VertegenwoordigerRelatie = (typeof VERTEGENWOORDIGER_RELATIES)[number];

export const VOOR_WIE = ["zelf", "ander"] as const;
export const VERWIJDER_OMVANG = ["alles", "deel"] as const;
export const PORTABILITEIT_BESTEMMING = ["mij", "zorgaanbieder"] as const;

/** Rows of a correction form without JavaScript: 3 to start with, "add a row" adds one, at most 20. */
export const CORRECTIE_RIJEN_START = 3;
export const CORRECTIE_RIJEN_MAX = 20;

/** The limits of the free texts (app/domain/tekstlimieten.ts: the same as messages). */
export const MAX_NAAM = TEKSTLIMIET.naam;
export const MAX_TEKST = TEKSTLIMIET.lang;
export const MAX_KORT = TEKSTLIMIET.kort;

/** The codes of every message the wizard can show (texts in app/i18n/berichten.ts). */
export const INTAKE_FOUT_CODES = [
  "ongeldig",
  "voorWie_verplicht",
  "relatie_verplicht",
  "indiener_naam_verplicht",
  "naam_te_lang",
  "betrokkene_naam_verplicht",
  "geboortedatum_verplicht",
  "geboortedatum_ongeldig",
  "geboortedatum_toekomst",
  "geboortedatum_te_oud",
  "email_ongeldig",
  "clientnummer_ongeldig",
  "bsn_niet_toegestaan",
  "postcode_ongeldig",
  "type_verplicht",
  "tekst_te_lang",
  "kort_te_lang",
  "afschrift_verplicht",
  "correctie_geen_rij",
  // AVG art. 18 lid 1 sub a and d: "do not use it meanwhile" is a checkbox (decision 030)
  "niet_gebruiken_ongeldig",
  "correctie_te_veel_rijen",
  "correctie_welk_verplicht",
  "correctie_moetZijn_verplicht",
  "omvang_verplicht",
  "welkDeel_verplicht",
  "afscherming_wat_verplicht",
  "afscherming_waarom_verplicht",
  "verwerking_verplicht",
  "situatie_verplicht",
  "bestemming_verplicht",
  "aanbieder_naam_verplicht",
  "aanbieder_email_verplicht",
  "agb_ongeldig",
  "toestemming_verplicht",
] as const;
export type IntakeFoutCode = (typeof INTAKE_FOUT_CODES)[number];

export function isIntakeFoutCode(value: unknown): value is IntakeFoutCode {
  return typeof value === "string" && (INTAKE_FOUT_CODES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------
// Steps of the wizard
// ---------------------------------------------------------------------------

export const STAPPEN = ["wie", "relatie", "betrokkene", "recht", "details", "controle"] as const;
export type Stap = (typeof STAPPEN)[number];

export function isStap(value: unknown): value is Stap {
  return typeof value === "string" && (STAPPEN as readonly string[]).includes(value);
}

/** The steps this filer goes through: "relatie" only when filing for someone else. */
export function stappenVoor(voorWie: unknown): Stap[] {
  return STAPPEN.filter((stap) => stap !== "relatie" || voorWie === "ander");
}

/** Which step a field belongs to (for per-step validation and for sending someone back to it). */
export function stapVanVeld(naam: string): Stap {
  if (naam === "indiener.voorWie") return "wie";
  if (naam.startsWith("indiener.")) return "relatie";
  if (naam.startsWith("betrokkene.")) return "betrokkene";
  if (naam === "type") return "recht";
  if (VERZOEKTYPEN.some((type) => naam === type || naam.startsWith(`${type}.`) || naam.startsWith(`${type}[`))) {
    return "details";
  }
  return "controle";
}

/** The errors that belong to `stap` or an earlier step (later steps are not filled in yet). */
export function foutenTotStap(fouten: IntakeFouten, stap: Stap): IntakeFouten {
  const grens = STAPPEN.indexOf(stap);
  return Object.fromEntries(Object.entries(fouten).filter(([naam]) => STAPPEN.indexOf(stapVanVeld(naam)) <= grens));
}

/** The first step with an error (where the wizard sends the filer back to). */
export function eersteStapMetFout(fouten: IntakeFouten): Stap | null {
  let eerste: number | null = null;
  for (const naam of Object.keys(fouten)) {
    const i = STAPPEN.indexOf(stapVanVeld(naam));
    if (eerste === null || i < eerste) eerste = i;
  }
  return eerste === null ? null : STAPPEN[eerste]!;
}
