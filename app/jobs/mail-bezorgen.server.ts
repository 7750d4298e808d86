/**
 * Job `mail.bezorgen`: deliver the due outbox rows over SMTP. Runs every minute and right after a
 * service queued mail (kickMailDelivery). Without SMTP_URL it does nothing: the mail stays in the
 * outbox, readable at /dev/mail.
 */
import { bezorgWachtendeMail, smtpTransport } from "../services/mail-bezorging.server";
import { MAIL_BEZORGEN } from "./namen";

export { MAIL_BEZORGEN };

export const mailBezorgenJob = {
  naam: MAIL_BEZORGEN,
  cron: "* * * * *",
  // "short": at most one job waits in the queue; more kicks while one waits add nothing, because
  // one run delivers every due row. No pg-boss retries: the next minute's run is the retry.
  queue: { policy: "short", retryLimit: 0, expireInSeconds: 15 * 60 },
  async uitvoeren(): Promise<void> {
    await bezorgWachtendeMail({ transport: smtpTransport(), max: 500 });
  },
};
