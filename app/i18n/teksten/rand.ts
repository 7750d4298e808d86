/**
 * Texts of the edge between HTTP and the services, server only: refused input (wrong content type, too large, malformed) and refused access. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./rand.nl"), en: () => import("./rand.en") });
