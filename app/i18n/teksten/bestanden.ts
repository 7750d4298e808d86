/**
 * Files: refusals, documents and attachments. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./bestanden.nl"), en: () => import("./bestanden.en") });
