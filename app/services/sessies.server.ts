/**
 * Sessions in the database (docs/decisions/003): the cookie holds only a random id; the row holds
 * who it is, until when, and whether it was revoked. One module for clients and staff. The guards
 * that use it for a page are in app/http/sessie.server.ts.
 */
import { randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db, type DbOrTx } from "../../db/db.server";
import { accounts, medewerkers, sessies } from "../../db/schema";
import { env } from "../env.server";

const CLIENT_SESSIE_UREN = 12;
const MEDEWERKER_SESSIE_UREN = 10;

function sessieCookie() {
  return createCookie("rl_sessie", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: env().NODE_ENV === "production",
  });
}

export type Account = typeof accounts.$inferSelect;
export type Medewerker = typeof medewerkers.$inferSelect;

export type Sessie =
  { soort: "client"; id: string; account: Account } | { soort: "medewerker"; id: string; medewerker: Medewerker };

/** Start a session; returns the Set-Cookie header value. Use inside the sign-in transaction. */
export async function startSessie(
  conn: DbOrTx,
  wie: { accountId: string } | { medewerkerId: string },
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const uren = "accountId" in wie ? CLIENT_SESSIE_UREN : MEDEWERKER_SESSIE_UREN;
  const verlooptOp = new Date(Date.now() + uren * 3600_000);
  await conn.insert(sessies).values({
    id,
    accountId: "accountId" in wie ? wie.accountId : null,
    medewerkerId: "medewerkerId" in wie ? wie.medewerkerId : null,
    verlooptOp,
  });
  return sessieCookie().serialize(id, { expires: verlooptOp });
}

async function sessieId(request: Request): Promise<string | null> {
  const value: unknown = await sessieCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length >= 32 ? value : null;
}

/** The valid session of this request, if any (not expired, not revoked, staff still active). */
export async function getSessie(request: Request): Promise<Sessie | null> {
  const id = await sessieId(request);
  if (!id) return null;
  const [row] = await db()
    .select({ sessie: sessies, account: accounts, medewerker: medewerkers })
    .from(sessies)
    .leftJoin(accounts, eq(accounts.id, sessies.accountId))
    .leftJoin(medewerkers, eq(medewerkers.id, sessies.medewerkerId))
    .where(and(eq(sessies.id, id), isNull(sessies.ingetrokkenOp), gt(sessies.verlooptOp, new Date())))
    // Prepared: one round trip instead of two on every request (app/services/voorbereid.server.ts).
    .prepare("sessie_lezen")
    .execute();
  if (!row) return null;
  if (row.account) return { soort: "client", id, account: row.account };
  if (row.medewerker?.actief) return { soort: "medewerker", id, medewerker: row.medewerker };
  return null;
}

/** Ends this session; returns the Set-Cookie header that removes the cookie. */
export async function stopSessie(request: Request): Promise<string> {
  const id = await sessieId(request);
  if (id) await db().update(sessies).set({ ingetrokkenOp: new Date() }).where(eq(sessies.id, id));
  return sessieCookie().serialize("", { maxAge: 0 });
}

/** Sign out everywhere: revoke every open session of this account or staff member. */
export async function stopAlleSessies(
  conn: DbOrTx,
  wie: { accountId: string } | { medewerkerId: string },
): Promise<number> {
  const rows = await conn
    .update(sessies)
    .set({ ingetrokkenOp: new Date() })
    .where(
      and(
        "accountId" in wie ? eq(sessies.accountId, wie.accountId) : eq(sessies.medewerkerId, wie.medewerkerId),
        isNull(sessies.ingetrokkenOp),
      ),
    )
    .returning({ id: sessies.id });
  return rows.length;
}

/** Only a path on this site may be a return address (no open redirects). */
export function veiligTerugpad(value: unknown, fallback = "/mijn"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : fallback;
}
