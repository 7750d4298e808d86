/**
 * The job runner (docs/decisions/004): pg-boss on the app's own database (embedded or DATABASE_URL).
 * The web server starts it (JOBS_IN_PROCESS, the default), or the separate worker process
 * (app/jobs/worker.ts). Jobs are listed in registry.server.ts.
 *
 * The running instance is kept in lopend.server.ts, which services import to wake a job without
 * importing the job runner and its handlers (no import cycle).
 */
import { PgBoss } from "pg-boss";
import type { Database } from "../../db/db.server";
import { runningJobs, zetLopend, type Jobs } from "./lopend.server";
import { JOB_DEFINITIES, type JobDefinitie } from "./registry.server";
import { log } from "../server/log.server";

const STOP_TIMEOUT_MS = 2000;

/**
 * Start pg-boss on `database`, create the queues of the registry and (with `workers`, the default)
 * run their workers and cron schedules. Makes the instance the one kickMailDelivery uses.
 */
export async function startJobs(database: Database, options: { workers?: boolean } = {}): Promise<Jobs> {
  const workers = options.workers ?? true;
  const common = {
    schedule: workers,
    // Our own app_name in pg_stat_activity, and no instance registry rows we never read.
    application_name: "rechtenloket-jobs",
    registerInstance: false,
  } as const;
  const boss = new PgBoss({ ...common, connectionString: database.url, max: 4 });
  // pg-boss reports database trouble as events; log the kind only (a message may quote data).
  boss.on("error", (error: Error & { code?: string }) => {
    log().error({ err: { type: error.name, code: error.code } }, "Takenverwerker: fout");
  });

  await boss.start();
  try {
    for (const definitie of JOB_DEFINITIES as readonly JobDefinitie[]) {
      await boss.createQueue(definitie.naam, definitie.queue);
      if (!workers) continue;
      await boss.work(definitie.naam, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await definitie.uitvoeren(job.data);
          } catch (error) {
            const e = error as Error & { code?: string };
            log().error({ taak: definitie.naam, err: { type: e.name, code: e.code } }, "Taak mislukt");
            throw error;
          }
        }
      });
      if (definitie.cron) {
        await boss.schedule(definitie.naam, definitie.cron, null, { tz: "Europe/Amsterdam" });
      }
    }
  } catch (error) {
    await boss.stop({ graceful: false, timeout: STOP_TIMEOUT_MS }).catch(() => {});
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const jobs: Jobs = {
    boss,
    workers,
    send: (naam, data = null, sendOptions) =>
      sendOptions ? boss.send(naam, data, sendOptions) : boss.send(naam, data),
    stop() {
      stopping ??= (async () => {
        if (runningJobs() === jobs) zetLopend(undefined);
        await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, close: true });
      })();
      return stopping;
    },
  };
  zetLopend(jobs);
  return jobs;
}

export { kickMailDelivery, runningJobs, type Jobs } from "./lopend.server";
