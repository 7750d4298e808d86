/**
 * Objection (AVG art. 21 lid 1) applies only to processing on art. 6 lid 1 sub e or f. The
 * register of processing says which ones (`verwerkingen.bezwaar_mogelijk`). A refusal of an
 * objection cites the ground that fits what the register says: "Art 21 does not apply" for a
 * processing on art. 6 lid 1 sub b or c (a Wmo declaration, the care record), and the weighing
 * grounds of art. 21 lid 1 (compelling grounds, legal claims) only where objection is possible.
 * Pure: no database.
 */
import type { WeigeringsgrondCode } from "./request-state";

export const BEZWAAR_NIET_VAN_TOEPASSING = "bezwaar_niet_van_toepassing" as const satisfies WeigeringsgrondCode;
const AFWEGINGSGRONDEN: readonly WeigeringsgrondCode[] = ["dwingende_gerechtvaardigde_gronden", "rechtsvordering"];

export type BezwaarGrondFout = "bezwaar_wel_mogelijk" | "bezwaar_niet_mogelijk";

/**
 * Why these grounds do not fit the processing objected to, or null when they do.
 * `bezwaarMogelijk` is the register's answer for the version named in the request.
 */
export function bezwaarGrondFout(gronden: readonly string[], bezwaarMogelijk: boolean): BezwaarGrondFout | null {
  if (bezwaarMogelijk && gronden.includes(BEZWAAR_NIET_VAN_TOEPASSING)) return "bezwaar_wel_mogelijk";
  if (!bezwaarMogelijk && gronden.some((g) => (AFWEGINGSGRONDEN as readonly string[]).includes(g)))
    return "bezwaar_niet_mogelijk";
  return null;
}
