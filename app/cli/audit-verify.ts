/**
 * `npm run audit:verify`: recompute the whole audit hash chain. Exits 0 when intact; otherwise
 * prints the first broken row and exits 1 (NEN 7513: the log must be tamper-evident).
 */
import { parseEnv } from "../env.server";
import { bootstrapDatabase } from "../../db/bootstrap.server";
import { verifyAuditChain } from "../services/audit.server";

const env = parseEnv();
const database = await bootstrapDatabase(env);
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    console.log(`Auditlog intact: ${result.rijen} rijen gecontroleerd.`);
  } else {
    console.error(`Auditlog NIET intact: eerste fout in rij ${result.eersteFouteRij}: ${result.reden}.`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
