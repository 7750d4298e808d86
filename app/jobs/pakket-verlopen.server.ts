/**
 * Job `pakket.verlopen`: destroys the keys of expired export packages (the encrypted file becomes
 * unreadable) and deletes the files (issue "Fulfilment" item 2; docs/decisions/009-exportformaat.md).
 * Idempotent: a package whose key is already gone is skipped.
 */
import { vernietigVerlopenPakketten } from "../services/pakket.server";

export const PAKKET_VERLOPEN = "pakket.verlopen" as const;

export const pakketVerlopenJob = {
  naam: PAKKET_VERLOPEN,
  // Every 15 minutes: a package is unreadable at most a quarter of an hour after it expires (the
  // download routes refuse at the exact moment already).
  cron: "*/15 * * * *",
  queue: { policy: "stately", retryLimit: 0, expireInSeconds: 10 * 60 },
  async uitvoeren(): Promise<void> {
    await vernietigVerlopenPakketten();
  },
};
