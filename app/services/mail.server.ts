/**
 * The one mail module. Every e-mail is rendered and stored in the outbox (`uitgaande_mail`) inside
 * the transaction of the change that causes it, so a confirmed change and its e-mail commit
 * together; a job delivers the outbox over SMTP (app/jobs). Without SMTP the mail stays readable at
 * /dev/mail (development mailbox).
 */
import { renderMail, type MailOrganisatie, type MailTaal, type SjabloonData, type SjabloonNaam } from "../../emails";
import type { Tx } from "../../db/db.server";
import { uitgaandeMail } from "../../db/schema";
import { env } from "../env.server";
import { kickMailDelivery } from "../jobs/lopend.server";
import { getOrganisatie } from "./organisatie.server";

export type NieuweMail<K extends SjabloonNaam> = {
  aan: string;
  sjabloon: K;
  data: SjabloonData[K];
  taal: MailTaal;
  verzoekId?: string | null;
  /** Same key twice queues one mail only (jobs that may run again). */
  dedupSleutel?: string;
  /**
   * The organisation row (`getOrganisatie`), when the caller already read it in this
   * transaction: saves a query (the intake reads it with the account).
   */
  organisatie?: MailOrganisatie;
};

export async function queueMail<K extends SjabloonNaam>(tx: Tx, mail: NieuweMail<K>): Promise<{ id: string } | null> {
  const zetInUitgaandeMail = await renderVoorUitgaandeMail(tx, mail);
  return zetInUitgaandeMail();
}

/**
 * queueMail in two halves: this renders the e-mail (no statement when `organisatie` is given) and
 * returns the second half, which stores it in the outbox of `tx`. For a caller that sends that
 * insert together with other statements of its transaction, in one round trip (the intake).
 */
export async function renderVoorUitgaandeMail<K extends SjabloonNaam>(
  tx: Tx,
  mail: NieuweMail<K>,
): Promise<() => Promise<{ id: string } | null>> {
  const org = mail.organisatie ?? (await getOrganisatie(tx));
  const gerenderd = await renderMail(mail.sjabloon, mail.data, mail.taal, org);
  return async () => {
    const rows = await tx
      .insert(uitgaandeMail)
      .values({
        aan: mail.aan,
        onderwerp: gerenderd.onderwerp,
        html: gerenderd.html,
        tekst: gerenderd.tekst,
        sjabloon: mail.sjabloon,
        taal: mail.taal,
        verzoekId: mail.verzoekId ?? null,
        dedupSleutel: mail.dedupSleutel ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: uitgaandeMail.id })
      // Prepared (app/services/voorbereid.server.ts): one message instead of two round trips.
      .prepare("uitgaande_mail_toevoegen")
      .execute();
    // Deliver soon rather than at the next minute; the job runs after this transaction commits.
    // Without SMTP_URL the job delivers nothing (the mail stays at /dev/mail): no kick, no round trip.
    if (env().SMTP_URL) kickMailDelivery();
    return rows[0] ?? null;
  };
}
