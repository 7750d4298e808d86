/**
 * Client sign-in (docs/recht.md "Identiteit"): by a one-time e-mail code or by a passkey; sign-out here
 * and everywhere. Every sign-in is one transaction: the code or passkey check, the account, the
 * session and the audit row commit together, or not at all.
 *
 * Any e-mail address may sign in: the first verified sign-in creates its account. So the sign-in
 * never has to hide whether an address is known, and it never says so either.
 */
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { accounts, sessies, verzoeken } from "../../db/schema";
import type { Taal } from "../i18n/taal";
import { audit } from "./audit.server";
import { controleerCode, normaliseerEmail, type CodeDoel } from "./email-codes.server";
import { voltooiPasskeyInloggen } from "./passkeys.server";
import { getSessie, startSessie, stopAlleSessies, stopSessie, type Account } from "./sessies.server";

export type CodeInlogResultaat =
  | { ok: true; account: Account; nieuwAccount: boolean; /** Set-Cookie header value */ cookie: string }
  | { ok: false; reden: "onjuist"; resterend: number }
  | { ok: false; reden: "geblokkeerd" | "verlopen" | "geen_code" };

/**
 * The account for a verified e-mail address, created on first use (lower-case unique, so two
 * concurrent first sign-ins end up with one account).
 */
export async function vindOfMaakAccount(
  tx: Tx,
  input: { email: string; taal: Taal },
): Promise<{ account: Account; nieuw: boolean }> {
  const email = normaliseerEmail(input.email);
  const nieuw = await tx.insert(accounts).values({ email, taal: input.taal }).onConflictDoNothing().returning();
  if (nieuw[0]) return { account: nieuw[0], nieuw: true };
  const [bestaand] = await tx
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = ${email}`);
  if (!bestaand) throw new Error("Account niet gevonden na een conflict op het e-mailadres.");
  return { account: bestaand, nieuw: false };
}

/**
 * Sign in with an e-mail code inside the caller's transaction: check the code, find or create the
 * account, start a session and write the audit row ("client.ingelogd", methode "email_code").
 * For reuse by the intake (doel "verzoek"): it never throws for a wrong code, so the caller must
 * commit in that case too, or the used try is not counted.
 */
export async function logInMetCodeInTransactie(
  tx: Tx,
  input: { email: string; code: string; taal: Taal; doel?: CodeDoel; nu?: Date },
): Promise<CodeInlogResultaat> {
  const doel = input.doel ?? "inloggen";
  const controle = await controleerCode(tx, { email: input.email, doel, code: input.code, nu: input.nu });
  if (!controle.ok) return controle;
  const { account, nieuw } = await vindOfMaakAccount(tx, { email: input.email, taal: input.taal });
  const gekoppeld = await koppelGeregistreerdeVerzoeken(tx, { accountId: account.id, email: input.email });
  const cookie = await startSessie(tx, { accountId: account.id });
  await audit(tx, {
    actorSoort: "client",
    actorId: account.id,
    actie: "client.ingelogd",
    onderdeel: "sessies",
    details: { methode: "email_code", doel, nieuwAccount: nieuw, ...(gekoppeld.length ? { gekoppeld } : {}) },
  });
  return { ok: true, account, nieuwAccount: nieuw, cookie };
}

/**
 * Requests that staff registered by hand (/backoffice/registreren: kanaal brief, telefoon, e-mail or
 * balie) have no portal account. The e-mail code just proved this address, so every such request
 * whose filer gave exactly this address, and that no account holds yet, becomes this account's: the
 * filer sees it in /mijn, where its status e-mails link to (docs/decisions/014). One audit row per
 * request ("verzoek.account_gekoppeld"). Only after an e-mail code, never after a passkey: the code
 * is the fresh proof that the filer controls the address the request was registered with.
 * Returns the numbers linked.
 */
export async function koppelGeregistreerdeVerzoeken(
  tx: Tx,
  input: { accountId: string; email: string },
): Promise<string[]> {
  const email = normaliseerEmail(input.email);
  if (!email) return [];
  const rijen = await tx
    .update(verzoeken)
    .set({ ingediendDoorAccountId: input.accountId })
    .where(
      and(
        isNull(verzoeken.ingediendDoorAccountId),
        ne(verzoeken.kanaal, "portaal"),
        sql`lower(trim(${verzoeken.indiener}->>'email')) = ${email}`,
      ),
    )
    .returning({ id: verzoeken.id, nummer: verzoeken.nummer, clientId: verzoeken.clientId, kanaal: verzoeken.kanaal });
  for (const rij of rijen.sort((a, b) => a.nummer.localeCompare(b.nummer))) {
    await audit(tx, {
      actorSoort: "client",
      actorId: input.accountId,
      actie: "verzoek.account_gekoppeld",
      clientId: rij.clientId,
      verzoekId: rij.id,
      onderdeel: "verzoek",
      details: { nummer: rij.nummer, kanaal: rij.kanaal, bewijs: "email_code" },
    });
  }
  return rijen.map((r) => r.nummer);
}

/** Sign in with an e-mail code in one transaction of its own (the /inloggen route). */
export async function logInMetCode(input: {
  email: string;
  code: string;
  taal: Taal;
  nu?: Date;
}): Promise<CodeInlogResultaat> {
  return db().transaction((tx) => logInMetCodeInTransactie(tx, { ...input, doel: "inloggen" }));
}

export type PasskeyInlogClientResultaat =
  { ok: true; accountId: string; cookie: string } | { ok: false; reden: "mislukt" };

/**
 * Sign in a client with a passkey (discoverable, user verification preferred): verify the assertion
 * against our stored challenge, update the counter, start the session, audit; one transaction.
 * All failures look the same to the client ("mislukt"); the reason is not shown to an attacker.
 */
export async function logInMetPasskey(
  response: unknown,
  opts: { nu?: Date } = {},
): Promise<PasskeyInlogClientResultaat> {
  return db().transaction(async (tx): Promise<PasskeyInlogClientResultaat> => {
    const resultaat = await voltooiPasskeyInloggen(response, {
      tx,
      soort: "account",
      userVerification: "preferred",
      nu: opts.nu,
    });
    if (!resultaat.ok || !("accountId" in resultaat.eigenaar)) return { ok: false, reden: "mislukt" };
    const accountId = resultaat.eigenaar.accountId;
    const cookie = await startSessie(tx, { accountId });
    await audit(tx, {
      actorSoort: "client",
      actorId: accountId,
      actie: "client.ingelogd",
      onderdeel: "sessies",
      details: { methode: "passkey", passkeyId: resultaat.passkeyId },
    });
    return { ok: true, accountId, cookie };
  });
}

/** Sign out this browser: revoke its session (with an audit row); returns the Set-Cookie that clears it. */
export async function logUit(request: Request): Promise<string> {
  const sessie = await getSessie(request);
  if (sessie?.soort === "client") {
    await db().transaction(async (tx) => {
      await tx
        .update(sessies)
        .set({ ingetrokkenOp: new Date() })
        .where(and(eq(sessies.id, sessie.id), isNull(sessies.ingetrokkenOp)));
      await audit(tx, {
        actorSoort: "client",
        actorId: sessie.account.id,
        actie: "client.uitgelogd",
        onderdeel: "sessies",
      });
    });
  }
  // Revokes whatever session the cookie names (also a staff one) and clears the cookie.
  return stopSessie(request);
}

/**
 * Sign out everywhere: revoke every open session of the signed-in client, this one included.
 * Returns the number revoked and the Set-Cookie that clears this browser's cookie.
 */
export async function logOveralUit(request: Request): Promise<{ ingetrokken: number; cookie: string } | null> {
  const sessie = await getSessie(request);
  if (sessie?.soort !== "client") return null;
  const ingetrokken = await db().transaction(async (tx) => {
    const aantal = await stopAlleSessies(tx, { accountId: sessie.account.id });
    await audit(tx, {
      actorSoort: "client",
      actorId: sessie.account.id,
      actie: "client.overal_uitgelogd",
      onderdeel: "sessies",
      details: { sessies: aantal },
    });
    return aantal;
  });
  return { ingetrokken, cookie: await stopSessie(request) };
}
