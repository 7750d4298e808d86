/**
 * The development mailbox (/dev/mail). Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./devmail.nl"), en: () => import("./devmail.en") });
