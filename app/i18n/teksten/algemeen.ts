/**
 * Layout, error page, passkey address, rate limit and refused input: every page and the server. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./algemeen.nl"), en: () => import("./algemeen.en") });
