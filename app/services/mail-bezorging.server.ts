/**
 * Delivery of the e-mail outbox (`uitgaande_mail`) over SMTP, and the read side of the outbox for
 * the development mailbox (/dev/mail). queueMail (mail.server.ts) only writes rows; the job
 * `mail.bezorgen` (app/jobs) calls bezorgWachtendeMail.
 *
 * Exactly once, as far as SMTP allows: each row is locked (FOR UPDATE SKIP LOCKED), sent, and marked
 * `verzonden` in the same transaction, committed right after the send. A second worker skips a
 * locked row. If the process dies between the send and the commit the row is sent again, with the
 * same Message-ID (`<id@rechtenloket>`), so the receiving side can recognise the duplicate.
 */
import { isUuid } from "../domain/id";
import { and, desc, eq, lte, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { db, type DbOrTx } from "../../db/db.server";
import { uitgaandeMail } from "../../db/schema";
import { env, ontwikkelMailboxAan } from "../env.server";

/** What delivery needs of a nodemailer transport; a test passes its own. */
export type MailTransport = { sendMail(mail: Mail.Options): Promise<unknown> };

/** After this many failed attempts a mail is `mislukt` (it stays in the outbox, visible at /dev/mail). */
export const MAX_POGINGEN = 20;

/** Wait before attempt n+1 after n failures: 1, 5, 15, 60, 180 minutes, then every 6 hours. */
const WACHTTIJD_MINUTEN = [1, 5, 15, 60, 180] as const;
const DAARNA_MINUTEN = 360;

export function wachttijdNaPoging(pogingen: number): number {
  const minuten = WACHTTIJD_MINUTEN[pogingen - 1] ?? DAARNA_MINUTEN;
  return minuten * 60_000;
}

/** SMTP timeouts: a send holds a pooled connection (and its row lock), so it must not hang for long. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

declare global {
  var __rechtenloketSmtp: { url: string; transport: MailTransport & { close(): void } } | undefined;
}

/** The SMTP transport from SMTP_URL (one pooled transport per URL), or null when mail stays in the outbox. */
export function smtpTransport(): MailTransport | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  const current = globalThis.__rechtenloketSmtp;
  if (current?.url === url) return current.transport;
  current?.transport.close();
  const transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  globalThis.__rechtenloketSmtp = { url, transport };
  return transport;
}

export type BezorgResultaat = { verzonden: number; mislukt: number; uitgesteld: number };

/**
 * Send the outbox rows that are due (`wachtend` and `volgende_poging <= nu`), at most `max`, one
 * row per transaction. `verzonden`: sent now; `uitgesteld`: failed, tried again later;
 * `mislukt`: failed for the last time (MAX_POGINGEN). Without a transport it does nothing.
 * When the SMTP server cannot be reached the run stops after that row (the rest stay due).
 */
export async function bezorgWachtendeMail(options: {
  transport: MailTransport | null;
  nu?: Date;
  max?: number;
}): Promise<BezorgResultaat> {
  const resultaat: BezorgResultaat = { verzonden: 0, mislukt: 0, uitgesteld: 0 };
  const { transport } = options;
  if (!transport) return resultaat;
  const max = options.max ?? 50;
  const van = env().MAIL_FROM;
  let serverOnbereikbaar = false;

  for (let i = 0; i < max; i++) {
    const uitkomst = await db().transaction(async (tx) => {
      const nu = options.nu ?? new Date();
      const [rij] = await tx
        .select()
        .from(uitgaandeMail)
        .where(and(eq(uitgaandeMail.status, "wachtend"), lte(uitgaandeMail.volgendePoging, nu)))
        .orderBy(uitgaandeMail.volgendePoging, uitgaandeMail.aangemaaktOp)
        .limit(1)
        .for("update", { skipLocked: true });
      if (!rij) return "leeg" as const;

      try {
        await transport.sendMail({
          from: van,
          to: rij.aan,
          subject: rij.onderwerp,
          text: rij.tekst,
          html: rij.html,
          messageId: `<${rij.id}@rechtenloket>`,
        });
      } catch (error) {
        const pogingen = rij.pogingen + 1;
        const opgegeven = pogingen >= MAX_POGINGEN;
        await tx
          .update(uitgaandeMail)
          .set({
            pogingen,
            status: opgegeven ? "mislukt" : "wachtend",
            laatsteFout: foutZonderPersoonsgegevens(error),
            volgendePoging: new Date(nu.getTime() + wachttijdNaPoging(pogingen)),
          })
          .where(eq(uitgaandeMail.id, rij.id));
        // The server itself is unreachable: the other rows would only wait for the same timeout.
        if (verbindingsFout(error)) serverOnbereikbaar = true;
        return opgegeven ? ("mislukt" as const) : ("uitgesteld" as const);
      }

      await tx
        .update(uitgaandeMail)
        .set({ status: "verzonden", verzondenOp: new Date(), pogingen: rij.pogingen + 1, laatsteFout: null })
        .where(eq(uitgaandeMail.id, rij.id));
      return "verzonden" as const;
    });
    if (uitkomst === "leeg") break;
    resultaat[uitkomst] += 1;
    if (serverOnbereikbaar) break;
  }
  return resultaat;
}

const VERBINDINGSFOUTEN = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "EAUTH", "ECONNREFUSED", "ETLS"]);

/** A failure of the connection to the SMTP server (not of this one message). */
function verbindingsFout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && VERBINDINGSFOUTEN.has(code);
}

/**
 * The SMTP error without personal data: nodemailer's code, the SMTP reply code and the reply with
 * any e-mail address masked (a server often repeats the recipient: "550 <iemand@…>: unknown").
 */
export function foutZonderPersoonsgegevens(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };
  const delen: string[] = [];
  if (typeof e.code === "string") delen.push(e.code);
  if (typeof e.responseCode === "number") delen.push(String(e.responseCode));
  const tekst = typeof e.response === "string" ? e.response : typeof e.message === "string" ? e.message : "";
  if (tekst) delen.push(tekst.replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, "[adres]"));
  return (delen.join(" ") || "onbekende fout").slice(0, 500);
}

// ---------------------------------------------------------------- development mailbox (read side)

/**
 * The development mailbox shows every e-mail (codes and links included): only outside production,
 * without SMTP and with the server on this computer only (app/env.server.ts, docs/decisions/017).
 */
export function ontwikkelMailboxBeschikbaar(): boolean {
  return ontwikkelMailboxAan(env());
}

export type MailboxRegel = {
  id: string;
  aan: string;
  onderwerp: string;
  sjabloon: string;
  status: string;
  pogingen: number;
  aangemaaktOp: Date;
  verzondenOp: Date | null;
};

const regelKolommen = {
  id: uitgaandeMail.id,
  aan: uitgaandeMail.aan,
  onderwerp: uitgaandeMail.onderwerp,
  sjabloon: uitgaandeMail.sjabloon,
  status: uitgaandeMail.status,
  pogingen: uitgaandeMail.pogingen,
  aangemaaktOp: uitgaandeMail.aangemaaktOp,
  verzondenOp: uitgaandeMail.verzondenOp,
};

/** The newest mails (optionally to one address, case-insensitive), newest first. */
export async function mailboxOverzicht(
  options: { aan?: string; limiet?: number } = {},
  handle: DbOrTx = db(),
): Promise<MailboxRegel[]> {
  const aan = options.aan?.trim().toLowerCase();
  return handle
    .select(regelKolommen)
    .from(uitgaandeMail)
    .where(aan ? sql`lower(${uitgaandeMail.aan}) = ${aan}` : undefined)
    .orderBy(desc(uitgaandeMail.aangemaaktOp), desc(uitgaandeMail.id))
    .limit(options.limiet ?? 200);
}

export type MailboxMail = MailboxRegel & {
  tekst: string;
  html: string;
  taal: string;
  laatsteFout: string | null;
  volgendePoging: Date;
};

/** One mail with its text and HTML, or null (also for an id that is not a UUID). */
export async function mailboxMail(id: string, handle: DbOrTx = db()): Promise<MailboxMail | null> {
  if (!isUuid(id)) return null;
  const [rij] = await handle
    .select({
      ...regelKolommen,
      tekst: uitgaandeMail.tekst,
      html: uitgaandeMail.html,
      taal: uitgaandeMail.taal,
      laatsteFout: uitgaandeMail.laatsteFout,
      volgendePoging: uitgaandeMail.volgendePoging,
    })
    .from(uitgaandeMail)
    .where(eq(uitgaandeMail.id, id));
  return rij ?? null;
}

/** The latest mails to one address with their text, for e2e tests (/dev/mail.json). */
export async function mailboxVoorAdres(
  aan: string,
  handle: DbOrTx = db(),
): Promise<Array<MailboxRegel & { tekst: string }>> {
  return handle
    .select({ ...regelKolommen, tekst: uitgaandeMail.tekst })
    .from(uitgaandeMail)
    .where(sql`lower(${uitgaandeMail.aan}) = ${aan.trim().toLowerCase()}`)
    .orderBy(desc(uitgaandeMail.aangemaaktOp), desc(uitgaandeMail.id))
    .limit(20);
}
