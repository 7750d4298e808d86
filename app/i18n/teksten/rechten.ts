/**
 * The seven rights: name, one plain sentence and the article (start page, request form, request pages, queue). Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./rechten.nl"), en: () => import("./rechten.en") });
