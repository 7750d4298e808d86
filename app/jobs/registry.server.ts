/**
 * Every background job in one place (docs/decisions/004). A later job (digest, escalation, expiry
 * of download links) adds its definition file beside this one and one line to JOB_DEFINITIES.
 */
import type { Queue } from "pg-boss";
import { mailBezorgenJob } from "./mail-bezorgen.server";
import { dagoverzichtJob, escalatieJob } from "./herinneringen.server";
import { pakketVerlopenJob } from "./pakket-verlopen.server";
import { vernietigenJob } from "./vernietigen.server";

export type JobDefinitie = {
  /** The pg-boss queue name, e.g. "mail.bezorgen". */
  naam: string;
  /** Cron expression (Europe/Amsterdam) on which the job also runs by itself. */
  cron?: string;
  /** Queue options: policy, retries, expiry (pg-boss `createQueue`). */
  queue?: Omit<Queue, "name">;
  /**
   * Does the work. Must be idempotent: pg-boss may run a job twice (a retry after a crash, the
   * cron and a manual send at the same time), so read the state from the database every time.
   */
  uitvoeren(data: unknown): Promise<void>;
};

export const JOB_DEFINITIES = [
  mailBezorgenJob,
  dagoverzichtJob,
  escalatieJob,
  pakketVerlopenJob,
  vernietigenJob,
] as const satisfies readonly JobDefinitie[];

export type JobNaam = (typeof JOB_DEFINITIES)[number]["naam"];
