/**
 * The job runner of this process, once boss.server.ts started it. Services wake a job through here
 * (kickMailDelivery) without importing the runner and the job handlers, which import services.
 *
 * The instance lives on globalThis: the Remix server build and the server entry may load this module
 * separately, and kickMailDelivery in a service must find the instance the server entry started.
 */
import type { PgBoss, SendOptions } from "pg-boss";
import { log } from "../server/log.server";
import { MAIL_BEZORGEN } from "./namen";
import type { JobNaam } from "./registry.server"; // a type only: erased, no cycle at run time

export type Jobs = {
  readonly boss: PgBoss;
  /** Whether this instance runs the workers and the schedules (else it only sends jobs). */
  readonly workers: boolean;
  send(naam: JobNaam, data?: object | null, options?: SendOptions): Promise<string | null>;
  /** Stop within a few seconds: running jobs get 2 s to finish, then the workers are abandoned. */
  stop(): Promise<void>;
};

declare global {
  var __rechtenloketJobs: Jobs | undefined;
}

/** Made the running instance by startJobs; cleared when it stops. */
export function zetLopend(jobs: Jobs | undefined): void {
  globalThis.__rechtenloketJobs = jobs;
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
