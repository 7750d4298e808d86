/**
 * Telling the client before a restriction they obtained is lifted (AVG art. 18 lid 3): the
 * message goes to the outbox inside the transaction that lifts it, so the lifting and the message
 * commit together (docs/recht.md "Correctie, afscherming, bezwaar en intrekking", decision 030).
 * Without an e-mail address in the client record the result is "per_post": staff send a letter.
 */
import { desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/db.server";
import { accounts, clienten } from "../../db/schema";
import { queueMail } from "./mail.server";
import { CATEGORIE_NAAM } from "./verstrekking-melding.server";

export type OpheffingMelding = "gemeld" | "per_post";

/** The client's address in the record and the language they chose in the portal (else `taal`, else Dutch). */
export async function clientAdres(
  tx: Tx,
  clientId: string,
  taal?: "nl" | "en",
): Promise<{ email: string; taal: "nl" | "en" } | null> {
  const [c] = await tx.select({ email: clienten.email }).from(clienten).where(eq(clienten.id, clientId));
  const email = c?.email?.trim();
  if (!email) return null;
  if (taal) return { email, taal };
  const [account] = await tx
    .select({ taal: accounts.taal })
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${email})`)
    .orderBy(desc(accounts.aangemaaktOp))
    .limit(1);
  return { email, taal: account?.taal === "en" ? "en" : "nl" };
}

/** Queue the art. 18 lid 3 message: which parts, why, and (for a temporary restriction) which request. */
export async function vertelClientOverOpheffing(
  tx: Tx,
  melding: {
    clientId: string;
    /** Send to this address (the filer who asked for the restriction) instead of the client record's. */
    aan?: string;
    categorieen: readonly string[];
    reden: string;
    nummer?: string;
    verzoekId?: string;
    taal?: "nl" | "en";
    dedupSleutel: string;
  },
): Promise<OpheffingMelding> {
  const aan = melding.aan?.trim();
  if (!aan && !melding.clientId) return "per_post";
  const adres = aan
    ? { email: aan, taal: melding.taal ?? "nl" }
    : await clientAdres(tx, melding.clientId, melding.taal);
  if (!adres) return "per_post";
  const namen = CATEGORIE_NAAM[adres.taal] as Record<string, string>;
  await queueMail(tx, {
    aan: adres.email,
    sjabloon: "afscherming_opgeheven",
    data: {
      onderdelen: [...new Set(melding.categorieen)].map((k) => namen[k] ?? k),
      reden: melding.reden,
      ...(melding.nummer ? { nummer: melding.nummer } : {}),
    },
    taal: adres.taal,
    verzoekId: melding.verzoekId ?? null,
    dedupSleutel: melding.dedupSleutel,
  });
  return "gemeld";
}
