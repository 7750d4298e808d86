/**
 * The separate worker process: `npm run worker` (build/worker.js after npm run build).
 * Runs the pg-boss workers and schedules, so the web processes can run with JOBS_IN_PROCESS=false.
 * On the embedded default it joins the server the portal started in DATA_DIR (or starts it).
 */
import { EnvError, parseEnv } from "../env.server";
import { bootstrapDatabase } from "../../db/bootstrap.server";
import { DatabaseUnavailableError, type Database } from "../../db/db.server";
import { startJobs, type Jobs } from "./boss.server";
import {
  AuditSleutelOntbreekt,
  gebruikAuditSleutels,
  laadAuditGeheim,
  leidSleutelsAf,
} from "../services/audit-sleutel.server";
import { startAuditAnker } from "../services/audit-anker.server";
import { opslag } from "../services/opslag.server";
import { log } from "../server/log.server";

async function main() {
  let env;
  try {
    env = parseEnv();
    globalThis.__rechtenloketEnv = env;
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  // The audit key (docs/decisions/019): the worker writes audit rows too (reminders, escalations).
  try {
    gebruikAuditSleutels(leidSleutelsAf(laadAuditGeheim(env, { maakAan: true })));
  } catch (error) {
    if (error instanceof AuditSleutelOntbreekt) fail(error.message);
    throw error;
  }

  let database: Database;
  try {
    database = await bootstrapDatabase(env, { migreren: env.MIGRATE_ON_START });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    fail(`De database kon niet worden bijgewerkt: ${(error as Error).message}`);
  }

  // Stored files (docs/decisions/025): the disk or the S3 bucket must be usable before we serve.
  await opslag()
    .controleer()
    .catch((error: Error) => fail(error.message));
  log().info(`Opslag: ${opslag().beschrijving}`);

  // This process anchors the chain head in its DATA_DIR too (audit-anker.server.ts).
  const auditAnker = await startAuditAnker({ conn: () => database.db, dataDir: env.DATA_DIR });

  let jobs: Jobs;
  try {
    jobs = await startJobs(database, { workers: true });
  } catch (error) {
    await database.close().catch(() => {});
    fail(`De takenverwerker kon niet starten: ${(error as Error & { code?: string }).code ?? (error as Error).name}.`);
  }
  log().info(
    env.SMTP_URL
      ? "Takenverwerker draait: e-mail gaat via SMTP_URL."
      : "Takenverwerker draait. SMTP_URL is niet ingesteld: e-mail blijft in de uitgaande post.",
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log().info("Tweede stopsignaal: direct stoppen.");
      process.exit(1);
    }
    stopping = true;
    log().info(`${signal} ontvangen: takenverwerker stopt…`);
    await jobs.stop().catch(() => {});
    await auditAnker.stop().catch(() => {});
    await database.close().catch(() => {});
    log().info("Gestopt.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function fail(message: string): never {
  log().fatal({ melding: message }, "Start afgebroken");
  console.error(message);
  process.exit(1);
}

await main();
