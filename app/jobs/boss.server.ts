/**
 * The job runner (docs/decisions/004): pg-boss on the app's own database (embedded or DATABASE_URL).
 * The web server starts it (JOBS_IN_PROCESS, the default), or the separate worker process
 * (app/jobs/worker.ts). Jobs are listed in registry.server.ts.
 *
 * The running instance lives on globalThis: the Remix server build and the server entry (tsx) load
 * this module separately, and kickMailDelivery in a service must find the instance server.ts started.
 */
import { PgBoss, type SendOptions } from "pg-boss";
import type { Database } from "../../db/db.server";
import { MAIL_BEZORGEN } from "./mail-bezorgen.server";
import { JOB_DEFINITIES, type JobDefinitie, type JobNaam } from "./registry.server";
import { log } from "../server/log.server";

export type Jobs = {
  readonly boss: PgBoss;
  /** Whether this instance runs the workers and the schedules (else it only sends jobs). */
  readonly workers: boolean;
  send(naam: JobNaam, data?: object | null, options?: SendOptions): Promise<string | null>;
  /** Stop within a few seconds: running jobs get 2 s to finish, then the workers are abandoned. */
  stop(): Promise<void>;
};

declare global {
  // eslint-disable-next-line no-var
  var __rechtenloketJobs: Jobs | undefined;
}

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
        if (globalThis.__rechtenloketJobs === jobs) globalThis.__rechtenloketJobs = undefined;
        await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, close: true });
      })();
      return stopping;
    },
  };
  globalThis.__rechtenloketJobs = jobs;
  return jobs;
}

/** The running job instance of this process, if any. */
export function runningJobs(): Jobs | undefined {
  return globalThis.__rechtenloketJobs;
}

/**
 * Ask for delivery of the outbox now instead of at the next minute. Call it after the transaction
 * that queued mail has committed. Fire and forget: it never throws and never waits, and it does
 * nothing when no job runner is started (command-line tools, unit tests).
 * The job starts 1 s later, so that a kick from inside a transaction usually finds the mail committed.
 */
export function kickMailDelivery(): void {
  const jobs = globalThis.__rechtenloketJobs;
  if (!jobs) return;
  jobs.send(MAIL_BEZORGEN, null, { startAfter: 1 }).catch((error: Error & { code?: string }) => {
    log().error({ err: { type: error.name, code: error.code } }, "Bezorgen van e-mail kon niet worden gestart");
  });
}
