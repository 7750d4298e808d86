/**
 * Read e-mail in e2e tests from the development mailbox (/dev/mail.json), the real outbox: mail
 * is not mocked away (docs/architectuur.md "Tests"). Polls until a matching mail arrives or the timeout ends.
 *
 *   const start = new Date();
 *   await page.getByRole("button", { name: "Stuur mij een code" }).click();
 *   const code = await latestCode(request, "iemand@example.test", { after: start });
 */
import type { APIRequestContext } from "@playwright/test";

/** One mail as /dev/mail.json returns it (newest first). */
export type MailboxMail = {
  id: string;
  aan: string;
  onderwerp: string;
  tekst: string;
  sjabloon: string;
  status: string;
  /** ISO timestamp of when the mail was queued. */
  aangemaaktOp: string;
};

export type MailboxOptions = {
  /** Only mails queued at or after this moment (take `new Date()` just before the action). */
  after?: Date;
  /** Only mails whose subject matches. */
  subject?: RegExp;
  /** Only mails of this template (the name in emails/index.ts, e.g. "code"). */
  sjabloon?: string;
  /** How long to wait for the mail; default 10 s. */
  timeoutMs?: number;
};

const POLL_MS = 200;

/** All mails to `aan` (case-insensitive), newest first, as the outbox holds them now. */
export async function mailsTo(request: APIRequestContext, aan: string): Promise<MailboxMail[]> {
  const response = await request.get(`/dev/mail.json?aan=${encodeURIComponent(aan)}`);
  if (!response.ok()) {
    throw new Error(`/dev/mail.json gaf status ${response.status()}: ${await response.text()}`);
  }
  const body = (await response.json()) as { mails: MailboxMail[] };
  return body.mails;
}

/** The newest mail to `aan` that matches the options; waits for it up to `timeoutMs`. */
export async function latestMail(
  request: APIRequestContext,
  aan: string,
  opts: MailboxOptions = {},
): Promise<MailboxMail> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  let seen: MailboxMail[] = [];
  for (;;) {
    seen = await mailsTo(request, aan);
    const match = seen.find(
      (mail) =>
        (!opts.after || new Date(mail.aangemaaktOp).getTime() >= opts.after.getTime()) &&
        (!opts.subject || opts.subject.test(mail.onderwerp)) &&
        (!opts.sjabloon || mail.sjabloon === opts.sjabloon),
    );
    if (match) return match;
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const wanted = [
    opts.after ? `after ${opts.after.toISOString()}` : "",
    opts.subject ? `subject ${opts.subject}` : "",
    opts.sjabloon ? `template "${opts.sjabloon}"` : "",
  ]
    .filter(Boolean)
    .join(", ");
  throw new Error(
    `No mail to ${aan}${wanted ? ` (${wanted})` : ""} within ${opts.timeoutMs ?? 10_000} ms. ` +
      `Mails to this address: ${JSON.stringify(seen.map((m) => ({ onderwerp: m.onderwerp, sjabloon: m.sjabloon, aangemaaktOp: m.aangemaaktOp })))}`,
  );
}

/**
 * The 6-digit code from the newest code mail to `aan` (template "code" unless `sjabloon` says
 * otherwise). The code is read from the subject ("Uw code: 123456"), else from the text.
 */
export async function latestCode(request: APIRequestContext, aan: string, opts: MailboxOptions = {}): Promise<string> {
  const mail = await latestMail(request, aan, { sjabloon: "code", ...opts });
  const code = extractCode(mail);
  if (!code) throw new Error(`Mail "${mail.onderwerp}" to ${aan} contains no 6-digit code.`);
  return code;
}

/** The 6-digit code in a mail: subject first (it holds only the code), then the plain text. */
export function extractCode(mail: Pick<MailboxMail, "onderwerp" | "tekst">): string | null {
  const inSubject = /(?<!\d)(\d{6})(?!\d)/.exec(mail.onderwerp);
  if (inSubject) return inSubject[1]!;
  const inText = /(?<![\d-])(\d{6})(?![\d-])/.exec(mail.tekst);
  return inText ? inText[1]! : null;
}
