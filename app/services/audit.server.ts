/**
 * The one audit function (NEN 7513; NEN 7510 12.4): every time someone opens, changes, exports or
 * discloses a client's data, one row is appended. Rows are hash-chained: each carries the SHA-256
 * of the previous row's hash and its own canonical content, so an edited or deleted row breaks the
 * chain (`npm run audit:verify`). UPDATE, DELETE and TRUNCATE are refused by triggers.
 */
import { createHash } from "node:crypto";
import { asc, gt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/db.server";
import { auditLog } from "../../db/schema";
import { voerUitVoorbereid } from "./voorbereid.server";

export type AuditActorSoort = "client" | "medewerker" | "ontvanger" | "systeem";

export type AuditGebeurtenis = {
  actorSoort: AuditActorSoort;
  actorId?: string | null;
  /** The role acted in: backoffice, directie, beheerder, betrokkene, vertegenwoordiger, … */
  rol?: string | null;
  /** On whose behalf (NEN 7513: "de gebruiker namens wie"). */
  namens?: string | null;
  /** What happened, e.g. "dossier.bekeken", "verzoek.ingediend". */
  actie: string;
  clientId?: string | null;
  verzoekId?: string | null;
  /** Which part of the dossier, e.g. "zorg", "verstrekkingen", "verzoek". */
  onderdeel?: string | null;
  details?: Record<string, unknown>;
};

/** The hash of the first row's predecessor. */
export const GENESIS_HASH = "0".repeat(64);

/** Serialises audit writers so the chain has one order (held until the transaction ends). */
const AUDIT_LOCK_KEY = 7513;

/**
 * Append one audit row. Call it inside the transaction of the change it records (`tx`), so the
 * change and its audit row commit together; call it last (or in the last batch of statements sent
 * together, as the intake does), because it holds the chain lock until the transaction ends.
 *
 * Two prepared statements, sent together in one round trip (pipelined on the transaction's connection):
 * first the chain lock, then the insert, which reads the last hash and computes the new one
 * (SHA-256 in PostgreSQL over the same text `auditHash` hashes). The lock must be a statement of
 * its own: a statement's snapshot is taken before a lock it acquires itself, so an insert that also
 * took the lock could read a last hash that a transaction committing meanwhile has replaced, and
 * fork the chain. Taken by the statement before, the lock is held when the insert's snapshot is taken.
 */
export async function audit(tx: Tx, gebeurtenis: AuditGebeurtenis): Promise<void> {
  const rij = normalise(gebeurtenis, new Date());
  const inhoud = canonicalJson({ ...rij, op: rij.op.toISOString() });
  const slot = voerUitVoorbereid(tx, "audit_slot", sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const invoegen = voerUitVoorbereid(tx, "audit_toevoegen", sql`
    insert into ${auditLog} (op, actor_soort, actor_id, rol, namens, actie, client_id, verzoek_id, onderdeel, details, vorige_hash, hash)
    select ${rij.op.toISOString()}::timestamptz, ${rij.actorSoort}::text, ${rij.actorId}::text, ${rij.rol}::text,
      ${rij.namens}::text, ${rij.actie}::text, ${rij.clientId}::uuid, ${rij.verzoekId}::uuid, ${rij.onderdeel}::text,
      ${JSON.stringify(rij.details)}::jsonb,
      vorige.hash, encode(sha256(convert_to(vorige.hash || ${`\n${inhoud}`}::text, 'UTF8')), 'hex')
    from (select coalesce((select a.hash from ${auditLog} a order by a.id desc limit 1), ${GENESIS_HASH}) as hash) vorige`);
  // Both settle before a failure is passed on: nothing of this may reach the connection after a rollback.
  for (const uitkomst of await Promise.allSettled([slot, invoegen])) {
    if (uitkomst.status === "rejected") throw uitkomst.reason;
  }
}

type AuditInhoud = {
  op: Date;
  actorSoort: string;
  actorId: string | null;
  rol: string | null;
  namens: string | null;
  actie: string;
  clientId: string | null;
  verzoekId: string | null;
  onderdeel: string | null;
  details: Record<string, unknown>;
};

function normalise(g: AuditGebeurtenis, op: Date): AuditInhoud {
  return {
    op,
    actorSoort: g.actorSoort,
    actorId: g.actorId ?? null,
    rol: g.rol ?? null,
    namens: g.namens ?? null,
    actie: g.actie,
    clientId: g.clientId ?? null,
    verzoekId: g.verzoekId ?? null,
    onderdeel: g.onderdeel ?? null,
    // Through JSON once, so the hashed value equals what jsonb gives back.
    details: JSON.parse(JSON.stringify(g.details ?? {})) as Record<string, unknown>,
  };
}

/** SHA-256 over the previous hash and the row's canonical JSON (keys sorted). */
export function auditHash(vorigeHash: string, rij: AuditInhoud): string {
  const canonical = canonicalJson({ ...rij, op: rij.op.toISOString() });
  return createHash("sha256").update(`${vorigeHash}\n${canonical}`).digest("hex");
}

/** JSON with object keys in sorted order at every level: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export type AuditVerificatie =
  | { ok: true; rijen: number }
  | { ok: false; rijen: number; eersteFouteRij: number; reden: string };

/**
 * Walk the whole chain in id order and recompute every hash. Reports the first row whose stored
 * hash does not match its content (edited), or whose predecessor hash does not match the row
 * before it (a row deleted or inserted out of band).
 */
export async function verifyAuditChain(conn: DbOrTx, batch = 5000): Promise<AuditVerificatie> {
  let vorige = GENESIS_HASH;
  let lastId = 0;
  let rijen = 0;
  for (;;) {
    const rows = await conn
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batch);
    if (rows.length === 0) return { ok: true, rijen };
    for (const row of rows) {
      rijen++;
      if (row.vorigeHash !== vorige) {
        return {
          ok: false,
          rijen,
          eersteFouteRij: row.id,
          reden: `rij ${row.id} verwijst niet naar de rij ervoor (rij verwijderd of tussengevoegd)`,
        };
      }
      const { id: _id, hash, vorigeHash, ...inhoud } = row;
      if (auditHash(vorigeHash, inhoud) !== hash) {
        return {
          ok: false,
          rijen,
          eersteFouteRij: row.id,
          reden: `de inhoud van rij ${row.id} past niet bij de opgeslagen hash (rij gewijzigd)`,
        };
      }
      vorige = hash;
      lastId = row.id;
    }
  }
}
