/**
 * What is wrong with a request as filed (the wizard's and the staff registration's field errors). The wizard gets the texts of its errors from the server (docs/decisions/033). Import this module where these texts are used:
 * the page then loads them, in its own language only (docs/decisions/029).
 */
import { laad } from "../geladen";

await laad({ nl: () => import("./intake.nl"), en: () => import("./intake.en") });
