/**
 * What the server entry (server.ts) needs from the app, exported through the Remix server build
 * (app/entry.server.tsx `opstart`). The entry takes these from build/index.js, so one copy of the
 * services runs in the web process: the one the routes use (docs/decisions/024).
 */
export { EnvError, mailMelding, ontwikkelMailboxAan, parseEnv } from "../env.server";
export {
  BESTANDSROUTE,
  foutAfhandeling,
  IMPORT_MAX_BODY,
  originCheck,
  requestLogger,
  verdachtGrootBody,
} from "./http.server";
export { perIpLimiet } from "./snelheidslimiet.server";
export { foutVoorLog, log } from "./log.server";
export { gereedHandler, httpMetrieken, metriekenHandler } from "./metrieken.server";
export { startJobs } from "../jobs/boss.server";
export { bootstrapDatabase } from "../../db/bootstrap.server";
export { DatabaseUnavailableError } from "../../db/db.server";
export { seedDemo } from "../../db/demo-verzoeken.server";
export { zorgVoorOrganisatie } from "../services/organisatie.server";
export { demoUitnodigingen } from "../services/medewerkers.server";
export {
  AuditSleutelOntbreekt,
  gebruikAuditSleutels,
  laadAuditGeheim,
  leidSleutelsAf,
} from "../services/audit-sleutel.server";
export { startAuditAnker } from "../services/audit-anker.server";
export { opslag } from "../services/opslag.server";
