/**
 * The one mail module. Every e-mail is rendered and stored in the outbox (`uitgaande_mail`) inside
 * the transaction of the change that causes it, so a confirmed change and its e-mail commit
 * together; a job delivers the outbox over SMTP (app/jobs). Without SMTP the mail stays readable at
 * /dev/mail (development mailbox).
 */
import { renderMail, type MailTaal, type SjabloonData, type SjabloonNaam } from "../../emails";
import type { Tx } from "../../db/db.server";
import { uitgaandeMail } from "../../db/schema";
import { kickMailDelivery } from "../jobs/boss.server";
import { getOrganisatie } from "./organisatie.server";

export async function queueMail<K extends SjabloonNaam>(
  tx: Tx,
  mail: {
    aan: string;
    sjabloon: K;
    data: SjabloonData[K];
    taal: MailTaal;
    verzoekId?: string | null;
    /** Same key twice queues one mail only (jobs that may run again). */
    dedupSleutel?: string;
  },
): Promise<{ id: string } | null> {
  const org = await getOrganisatie(tx);
  const gerenderd = await renderMail(mail.sjabloon, mail.data, mail.taal, org);
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
    .returning({ id: uitgaandeMail.id });
  // Deliver soon rather than at the next minute; the job runs after this transaction commits.
  kickMailDelivery();
  return rows[0] ?? null;
}
