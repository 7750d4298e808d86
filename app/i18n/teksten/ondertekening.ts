/**
 * Decisions: signing by the board, the decision letter and its PDF. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./ondertekening.nl"), en: () => import("./ondertekening.en") });
