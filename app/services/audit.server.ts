/**
 * The one audit function (NEN 7513; NEN 7510 12.4): every time someone opens, changes, exports or
 * discloses a client's data, one row is appended. Rows are hash-chained: each carries the SHA-256
 * of the previous row's hash and its own canonical content, so an edited or deleted row breaks the
 * chain (`npm run audit:verify`). UPDATE, DELETE and TRUNCATE are refused by triggers.
 */
import { createHash } from "node:crypto";
import { asc, desc, gt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/db.server";
import { auditLog } from "../../db/schema";

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
 * change and its audit row commit together; call it last, because it holds the chain lock.
 */
export async function audit(tx: Tx, gebeurtenis: AuditGebeurtenis): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  const vorigeHash = last?.hash ?? GENESIS_HASH;
  const rij = normalise(gebeurtenis, new Date());
  await tx.insert(auditLog).values({ ...rij, vorigeHash, hash: auditHash(vorigeHash, rij) });
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
