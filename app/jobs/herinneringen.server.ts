/**
 * Jobs `herinneringen.dagoverzicht` and `herinneringen.escalatie` (issue "Backoffice works the
 * queue", part 6). The work and its rules are in app/services/herinneringen.server.ts and
 * app/domain/herinneringen.ts. Both are idempotent (dedup keys in the outbox, advisory locks), so a
 * retry, a manual run, or the same schedule on two worker processes sends each e-mail once.
 */
import { escaleer, stuurDagoverzicht } from "../services/herinneringen.server";

export const HERINNERINGEN_DAGOVERZICHT = "herinneringen.dagoverzicht" as const;
export const HERINNERINGEN_ESCALATIE = "herinneringen.escalatie" as const;

export const dagoverzichtJob = {
  naam: HERINNERINGEN_DAGOVERZICHT,
  // 07:00 Europe/Amsterdam (boss.server.ts schedules with that time zone), Monday to Friday; the
  // service itself skips public holidays such as Tweede Paasdag and the practice's closing days.
  cron: "0 7 * * 1-5",
  // "stately": at most one waiting and one running. A failed run is retried after 5 and 10 minutes;
  // a retry that finds the digest sent sends nothing.
  queue: { policy: "stately", retryLimit: 2, retryDelay: 300, expireInSeconds: 15 * 60 },
  async uitvoeren(): Promise<void> {
    await stuurDagoverzicht();
  },
};

export const escalatieJob = {
  naam: HERINNERINGEN_ESCALATIE,
  // Every hour, every day: a legal limit does not wait for Monday. Idempotent per request and stage.
  cron: "0 * * * *",
  // No pg-boss retries: the next hour's run is the retry.
  queue: { policy: "stately", retryLimit: 0, expireInSeconds: 30 * 60 },
  async uitvoeren(): Promise<void> {
    await escaleer();
  },
};
