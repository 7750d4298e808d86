/**
 * A parent's or guardian's request about a child of 12-15 (WGBO art. 7:465 lid 1-3 BW; art. 7:457
 * BW): the child has rights of its own, so staff consult the child and record what came out before
 * anything is granted. The child's age is counted again on the day of the decision, with the same
 * age bands as at filing (`mayFileFor`): a child who turned 16 meanwhile decides alone, and the parent no
 * longer represents them for this (docs/recht.md "Vertegenwoordigers en minderjarigen", decision 030).
 * Pure: no I/O; dates are Amsterdam calendar dates "YYYY-MM-DD".
 */
import { ageOn } from "./eligibility";
import { DomainError } from "./errors";
import type { Reason } from "./request-state";
import type { Verzoektype } from "./request-types";

/** What came out of consulting the child. */
export const KIND_UITKOMSTEN = ["kind_stemt_in", "kind_maakt_bezwaar", "niet_te_raadplegen"] as const;
export type KindUitkomst = (typeof KIND_UITKOMSTEN)[number];

export function isKindUitkomst(value: unknown): value is KindUitkomst {
  return typeof value === "string" && (KIND_UITKOMSTEN as readonly string[]).includes(value);
}

/** An objection or "could not be consulted" needs a note: what the child said, or why it was not possible. */
export function toelichtingVerplicht(uitkomst: KindUitkomst): boolean {
  return uitkomst !== "kind_stemt_in";
}

export type KindToets = { ok: true; raadplegingNodig: boolean } | { ok: false; reden: Reason };

const REDEN = {
  kind_niet_geraadpleegd: {
    code: "kind_niet_geraadpleegd",
    nl: "Het kind is tussen 12 en 16 jaar. Leg eerst vast dat u het kind heeft geraadpleegd en wat daaruit kwam. Pas daarna kunt u het verzoek toewijzen.",
    en: "The child is between 12 and 16. First record that you consulted the child and what came out of it. Only then can you grant the request.",
  },
  kind_inmiddels_16: {
    code: "kind_inmiddels_16",
    nl: "Het kind is op de dag van het besluit 16 jaar of ouder. De ouder of voogd vertegenwoordigt het kind hierin niet meer: het kind beslist nu zelf. Wijs het verzoek af of vraag om een schriftelijke machtiging van het kind.",
    en: "On the day of the decision the child is 16 or older. The parent or guardian no longer represents the child in this: the child now decides alone. Refuse the request or ask for a written authorisation from the child.",
  },
} as const satisfies Record<string, Reason>;

/**
 * May a request filed by `relatie` about a client born on `geboortedatum` be granted (in full or in
 * part) on `besluitdag`? Only a parent with authority or a guardian is checked here: the age on the
 * decision day decides (the bands of `mayFileFor`); from 16 the parent no longer represents the child; from 12 to
 * 15 a recorded consultation (`uitkomst`) is required, whatever it says.
 */
export function toetsKindBijBesluit(input: {
  relatie: string;
  geboortedatum: string;
  besluitdag: string;
  type: Verzoektype;
  uitkomst: KindUitkomst | null;
}): KindToets {
  if (input.relatie !== "ouder_met_gezag" && input.relatie !== "voogd") return { ok: true, raadplegingNodig: false };
  let jaren: number;
  try {
    jaren = ageOn(input.geboortedatum, input.besluitdag);
  } catch (error) {
    // A date of birth that cannot be read gives no age: the intake and the import refuse those.
    if (error instanceof DomainError) return { ok: true, raadplegingNodig: false };
    throw error;
  }
  // The same bands as at filing (`mayFileFor`): from 16 the child decides alone.
  if (jaren >= 16) return { ok: false, reden: REDEN.kind_inmiddels_16 };
  if (jaren < 12) return { ok: true, raadplegingNodig: false };
  if (input.uitkomst === null) return { ok: false, reden: REDEN.kind_niet_geraadpleegd };
  return { ok: true, raadplegingNodig: true };
}
