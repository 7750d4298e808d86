/**
 * How the client's request page words each event of the timeline. Read on the server only: the page gets the lines from its loader (app/domain/tijdlijn.ts). Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./tijdlijn.nl"), en: () => import("./tijdlijn.en") });
