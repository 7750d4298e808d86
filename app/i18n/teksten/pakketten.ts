/**
 * The packages (copy, portability) on the client's request page: what they are, until when, download. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./pakketten.nl"), en: () => import("./pakketten.en") });
