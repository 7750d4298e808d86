/**
 * The start page, the rights and their terms, the complaints page. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./home.nl"), en: () => import("./home.en") });
