/**
 * Job `bewaring.vernietigen` (AVG art. 5 lid 1 sub e; docs/decisions/031): once a day destroys what
 * has outlived its retention term (app/services/vernietiging.server.ts). Policy "singleton": at most
 * one run active, so two worker processes never run it at the same time; each client and request is
 * also handled under its own lock and read again, so a retry or a second run finds nothing to do.
 */
import { vernietigNaBewaartermijn } from "../services/vernietiging.server";

export const BEWARING_VERNIETIGEN = "bewaring.vernietigen" as const;

export const vernietigenJob = {
  naam: BEWARING_VERNIETIGEN,
  // 02:30 Europe/Amsterdam, every day: outside office hours, before the 07:00 digest.
  cron: "30 2 * * *",
  // No pg-boss retries: tomorrow's run is the retry (the reglement allows a year). A first run on a
  // large backlog takes long (about 30 ms a client measured); what it did is committed per client.
  queue: { policy: "singleton", retryLimit: 0, expireInSeconds: 4 * 60 * 60 },
  async uitvoeren(): Promise<void> {
    await vernietigNaBewaartermijn();
  },
};
