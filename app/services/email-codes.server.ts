/**
 * One-time e-mail codes (docs/recht.md "Identiteit"): a 6-digit code to an address proves control of it.
 * Valid 10 minutes, at most 5 tries, stored hashed, and new codes rate-limited per address.
 */
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { emailCodes } from "../../db/schema";
import type { MailTaal } from "../../emails";
import { queueMail } from "./mail.server";

export const CODE_GELDIG_MINUTEN = 10;
export const CODE_MAX_POGINGEN = 5;
/** New codes per address: at most 1 a minute, 5 an hour. */
const CODE_MIN_INTERVAL_MS = 60_000;
const CODES_PER_UUR = 5;

export type CodeDoel = "verzoek" | "inloggen" | "ontvanger";

export function normaliseerEmail(email: string): string {
  return email.trim().toLowerCase();
}

function hashCode(id: string, code: string): string {
  return createHash("sha256").update(`${id}:${code}`).digest("hex");
}

export type CodeAanvraag =
  | { ok: true; verlooptOp: Date }
  | {
      ok: false;
      reden: "te_vaak";
      wachtSeconden: number;
      /** Is the last code for this address and purpose still usable (not used, blocked or expired)? */
      geldigeCode: boolean;
    };

/**
 * Create a code for `email` and queue the e-mail that carries it, in one transaction.
 * Refuses (without sending) when the address asked too often.
 */
export async function vraagCodeAan(input: {
  email: string;
  doel: CodeDoel;
  taal: MailTaal;
  nu?: Date;
}): Promise<CodeAanvraag> {
  const email = normaliseerEmail(input.email);
  const nu = input.nu ?? new Date();
  return db().transaction(async (tx) => {
    // Serialise code requests for one address so the rate limit holds under concurrency.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`code:${email}`}))`);
    const recent = await tx
      .select({ aangemaaktOp: emailCodes.aangemaaktOp })
      .from(emailCodes)
      .where(
        and(sql`lower(${emailCodes.email}) = ${email}`, gt(emailCodes.aangemaaktOp, new Date(nu.getTime() - 3600_000))),
      )
      .orderBy(desc(emailCodes.aangemaaktOp));
    const laatste = recent[0]?.aangemaaktOp;
    // Nothing is sent: say honestly whether the code they already have still works.
    const geldigeCode = async () => {
      const [bruikbaar] = await tx
        .select({ id: emailCodes.id })
        .from(emailCodes)
        .where(
          and(
            sql`lower(${emailCodes.email}) = ${email}`,
            eq(emailCodes.doel, input.doel),
            isNull(emailCodes.verbruiktOp),
            gt(emailCodes.verlooptOp, nu),
            sql`${emailCodes.pogingen} < ${CODE_MAX_POGINGEN}`,
          ),
        )
        .limit(1);
      return bruikbaar !== undefined;
    };
    if (laatste && nu.getTime() - laatste.getTime() < CODE_MIN_INTERVAL_MS) {
      const wachtSeconden = Math.ceil((CODE_MIN_INTERVAL_MS - (nu.getTime() - laatste.getTime())) / 1000);
      return { ok: false, reden: "te_vaak", wachtSeconden, geldigeCode: await geldigeCode() };
    }
    if (recent.length >= CODES_PER_UUR) {
      const oudste = recent[recent.length - 1]!.aangemaaktOp;
      const wachtSeconden = Math.ceil((oudste.getTime() + 3600_000 - nu.getTime()) / 1000);
      return { ok: false, reden: "te_vaak", wachtSeconden, geldigeCode: await geldigeCode() };
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const verlooptOp = new Date(nu.getTime() + CODE_GELDIG_MINUTEN * 60_000);
    const [row] = await tx
      .insert(emailCodes)
      .values({ email, doel: input.doel, codeHash: "", verlooptOp, aangemaaktOp: nu })
      .returning({ id: emailCodes.id });
    await tx
      .update(emailCodes)
      .set({ codeHash: hashCode(row!.id, code) })
      .where(eq(emailCodes.id, row!.id));
    // The code goes only by e-mail; older codes for this address and purpose stop working.
    await tx
      .update(emailCodes)
      .set({ verbruiktOp: nu })
      .where(
        and(
          sql`lower(${emailCodes.email}) = ${email}`,
          eq(emailCodes.doel, input.doel),
          isNull(emailCodes.verbruiktOp),
          sql`${emailCodes.id} <> ${row!.id}`,
        ),
      );
    await queueMail(tx, {
      aan: email,
      sjabloon: "code",
      data: { code, minuten: CODE_GELDIG_MINUTEN },
      taal: input.taal,
    });
    return { ok: true, verlooptOp };
  });
}

export type CodeControle =
  | { ok: true }
  | { ok: false; reden: "onjuist"; resterend: number }
  | { ok: false; reden: "geblokkeerd" | "verlopen" | "geen_code" };

/**
 * Check a code inside the caller's transaction (so "verified" and what it unlocks commit together).
 * A wrong code costs one try; after 5 the code is blocked and a new one must be requested.
 */
export async function controleerCode(
  tx: Tx,
  input: { email: string; doel: CodeDoel; code: string; nu?: Date },
): Promise<CodeControle> {
  const email = normaliseerEmail(input.email);
  const nu = input.nu ?? new Date();
  const [row] = await tx
    .select()
    .from(emailCodes)
    .where(
      and(sql`lower(${emailCodes.email}) = ${email}`, eq(emailCodes.doel, input.doel), isNull(emailCodes.verbruiktOp)),
    )
    .orderBy(desc(emailCodes.aangemaaktOp))
    .limit(1)
    .for("update");
  if (!row) return { ok: false, reden: "geen_code" };
  if (row.pogingen >= CODE_MAX_POGINGEN) return { ok: false, reden: "geblokkeerd" };
  if (row.verlooptOp.getTime() <= nu.getTime()) return { ok: false, reden: "verlopen" };
  const gegeven = hashCode(row.id, input.code.trim());
  const juist = timingSafeEqual(Buffer.from(gegeven, "hex"), Buffer.from(row.codeHash, "hex"));
  if (!juist) {
    const pogingen = row.pogingen + 1;
    await tx.update(emailCodes).set({ pogingen }).where(eq(emailCodes.id, row.id));
    return pogingen >= CODE_MAX_POGINGEN
      ? { ok: false, reden: "geblokkeerd" }
      : { ok: false, reden: "onjuist", resterend: CODE_MAX_POGINGEN - pogingen };
  }
  await tx.update(emailCodes).set({ verbruiktOp: nu }).where(eq(emailCodes.id, row.id));
  return { ok: true };
}
