/**
 * Files that clients and representatives send with a message or as proof of authority (docs/decisions/032). Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./bijlagen.nl"), en: () => import("./bijlagen.en") });
