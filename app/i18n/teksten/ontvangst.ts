/**
 * The confirmation after a request is filed, and what the client's request pages say about its term and proof. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./ontvangst.nl"), en: () => import("./ontvangst.en") });
