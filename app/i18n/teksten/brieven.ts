/**
 * The decision letters on the client's request page and the letter page. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./brieven.nl"), en: () => import("./brieven.en") });
