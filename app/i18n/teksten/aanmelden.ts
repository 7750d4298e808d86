/**
 * The first step of the request form: the e-mail address and the code sent to it. Read on the server only: the loader and the action give the screen its sentences (docs/decisions/033). Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./aanmelden.nl"), en: () => import("./aanmelden.en") });
