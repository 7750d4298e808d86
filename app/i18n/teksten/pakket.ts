/**
 * The data package (inzage) and what is withheld from it. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./pakket.nl"), en: () => import("./pakket.en") });
