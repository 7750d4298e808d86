/**
 * Signing in and out, the security page (passkeys) for clients. Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./inloggen.nl"), en: () => import("./inloggen.en") });
