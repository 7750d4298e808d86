/**
 * The one audit function (NEN 7513; NEN 7510 12.4): every time someone opens, changes, exports or
 * discloses a client's data, one row is appended. Rows are hash-chained: each carries the
 * HMAC-SHA256, under the audit key, of the previous row's hash and its own canonical content, so an
 * edited or deleted row breaks the chain (`npm run audit:verify`), and someone with only the
 * database cannot compute a rewritten chain. Rows from before the key carry plain SHA-256
 * (hash_versie 1) and still verify. UPDATE, DELETE and TRUNCATE are refused by triggers. The chain
 * head is anchored outside the database (audit-anker.server.ts), so a cut-off end shows too
 * (docs/decisions/019).
 */
import { createHash, createHmac } from "node:crypto";
import { asc, desc, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/db.server";
import { auditLog } from "../../db/schema";
import type { AuditActie } from "../domain/audit-acties";
import { auditSleutels, type AuditSleutels } from "./audit-sleutel.server";
import { voerUitVoorbereid } from "./voorbereid.server";

export type AuditActorSoort = "client" | "medewerker" | "ontvanger" | "systeem";

export type AuditGebeurtenis = {
  actorSoort: AuditActorSoort;
  actorId?: string | null;
  /** The role acted in: backoffice, directie, beheerder, betrokkene, vertegenwoordiger, … */
  rol?: string | null;
  /** On whose behalf (NEN 7513: "de gebruiker namens wie"). */
  namens?: string | null;
  /** What happened, e.g. "dossier.bekeken", "verzoek.ingediend" (app/domain/audit-acties.ts). */
  actie: AuditActie;
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
 * (HMAC-SHA256 in PostgreSQL over the same text `auditHmac` hashes, with builtins only:
 * HMAC(K, m) = SHA256((K ⊕ opad) ‖ SHA256((K ⊕ ipad) ‖ m)), the padded keys as bytea parameters). The lock must be a statement of
 * its own: a statement's snapshot is taken before a lock it acquires itself, so an insert that also
 * took the lock could read a last hash that a transaction committing meanwhile has replaced, and
 * fork the chain. Taken by the statement before, the lock is held when the insert's snapshot is taken.
 */
export async function audit(tx: Tx, gebeurtenis: AuditGebeurtenis): Promise<void> {
  const { ipad, opad } = auditSleutels();
  const rij = normalise(gebeurtenis, new Date());
  const inhoud = canonicalJson({ ...rij, op: rij.op.toISOString() });
  const slot = voerUitVoorbereid(tx, "audit_slot", sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const invoegen = voerUitVoorbereid(
    tx,
    "audit_toevoegen",
    sql`
    insert into ${auditLog} (op, actor_soort, actor_id, rol, namens, actie, client_id, verzoek_id, onderdeel, details, vorige_hash, hash, hash_versie)
    select ${rij.op.toISOString()}::timestamptz, ${rij.actorSoort}::text, ${rij.actorId}::text, ${rij.rol}::text,
      ${rij.namens}::text, ${rij.actie}::text, ${rij.clientId}::uuid, ${rij.verzoekId}::uuid, ${rij.onderdeel}::text,
      ${JSON.stringify(rij.details)}::jsonb,
      vorige.hash,
      encode(sha256(${opad}::bytea || sha256(${ipad}::bytea || convert_to(vorige.hash || ${`\n${inhoud}`}::text, 'UTF8'))), 'hex'),
      ${HASH_HMAC}::smallint
    from (select coalesce((select a.hash from ${auditLog} a order by a.id desc limit 1), ${GENESIS_HASH}) as hash) vorige`,
  );
  // Both settle before a failure is passed on: nothing of this may reach the connection after a rollback.
  for (const uitkomst of await Promise.allSettled([slot, invoegen])) {
    if (uitkomst.status === "rejected") throw uitkomst.reason;
  }
  // Ask the anchor keeper (if this process runs one) to anchor the new head soon, after the commit.
  globalThis.__rechtenloketAuditAnker?.naAudit();
}

/** hash_versie: plain SHA-256, the rows written before the audit key (docs/decisions/019). */
export const HASH_SHA256 = 1;
/** hash_versie: HMAC-SHA256 with the row key. */
export const HASH_HMAC = 2;

declare global {
  var __rechtenloketAuditAnker: { naAudit(): void } | undefined;
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

/** SHA-256 over the previous hash and the row's canonical JSON (keys sorted): hash_versie 1. */
export function auditHash(vorigeHash: string, rij: AuditInhoud): string {
  const canonical = canonicalJson({ ...rij, op: rij.op.toISOString() });
  return createHash("sha256").update(`${vorigeHash}\n${canonical}`).digest("hex");
}

/** HMAC-SHA256 with the row key over the same text as `auditHash`: hash_versie 2. */
export function auditHmac(rijSleutel: Buffer, vorigeHash: string, rij: AuditInhoud): string {
  const canonical = canonicalJson({ ...rij, op: rij.op.toISOString() });
  return createHmac("sha256", rijSleutel).update(`${vorigeHash}\n${canonical}`).digest("hex");
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

/** The audit row that records a cut of the access log's oldest rows (docs/decisions/031). */
export const ACTIE_TOEGANGSLOG = "toegangslog.ingekort";

/** Where the chain starts after a cut: the last deleted row's id and hash, and its position since the first row ever. */
export type Inkorting = { totEnMetId: number; hash: string; rijenTotEnMet: number };

/**
 * The newest cut of the access log, if any (app/services/vernietiging.server.ts writes it, then
 * deletes the rows up to `totEnMetId` in the same transaction). The row itself is in the chain: a
 * forged or edited cut fails the walk when it reaches that row.
 */
export async function vorigeInkorting(conn: DbOrTx): Promise<Inkorting | null> {
  const [r] = await conn
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.actie, ACTIE_TOEGANGSLOG))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const d = r?.details as { totEnMetId?: unknown; hash?: unknown; rijenTotEnMet?: unknown } | undefined;
  if (!d || typeof d.totEnMetId !== "number" || typeof d.hash !== "string" || typeof d.rijenTotEnMet !== "number")
    return null;
  return { totEnMetId: d.totEnMetId, hash: d.hash, rijenTotEnMet: d.rijenTotEnMet };
}

/** The chain head: how many rows, the id of the last one and its hash (what the anchor keeps). */
export type AuditKop = { rijen: number; laatsteId: number; hash: string };

export type AuditVerificatie =
  { ok: true; rijen: number } | { ok: false; rijen: number; eersteFouteRij: number | null; reden: string };

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/**
 * Walk the whole chain in id order and recompute every hash. Reports the first row whose stored
 * hash does not match its content (edited), or whose predecessor hash does not match the row
 * before it (a row deleted or inserted out of band). With `anker` (a head kept outside the
 * database, its signature already checked: audit-anker.server.ts) it also reports a chain that
 * is shorter than the anchor or ends differently, and a row after the anchor (or after any keyed
 * row) that was written back without the key.
 */
export async function verifyAuditChain(
  conn: DbOrTx,
  opties: {
    sleutels?: AuditSleutels;
    anker?: AuditKop & { op?: string };
    /** Heads noted elsewhere, e.g. the check value in a daily digest: that row must still have that hash. */
    koppen?: { laatsteId: number; hash: string }[];
    batch?: number;
  } = {},
): Promise<AuditVerificatie> {
  const sleutels = opties.sleutels ?? auditSleutels();
  const anker = opties.anker && opties.anker.rijen > 0 ? opties.anker : undefined;
  const batch = opties.batch ?? 5000;
  // After a cut of the oldest rows (retention, docs/decisions/031) the chain starts at the last
  // deleted row: its hash and its position since the first row ever, as the cut's own row states.
  const inkorting = await vorigeInkorting(conn);
  let kop: AuditKop = inkorting
    ? { rijen: inkorting.rijenTotEnMet, laatsteId: inkorting.totEnMetId, hash: inkorting.hash }
    : { rijen: 0, laatsteId: 0, hash: GENESIS_HASH };
  let hmacGezien = false;
  let ankerGezien = !anker;
  const koppen = new Map((opties.koppen ?? []).map((k) => [k.laatsteId, k.hash.toLowerCase()]));
  if (inkorting) {
    // A check value of a row deleted by the retention: only the last deleted row's hash is known.
    const genoteerd = koppen.get(inkorting.totEnMetId);
    if (genoteerd !== undefined && genoteerd !== inkorting.hash) {
      return {
        ok: false,
        rijen: 0,
        eersteFouteRij: inkorting.totEnMetId,
        reden: `rij ${inkorting.totEnMetId} heeft een andere hash dan het controlegetal: de keten is herschreven`,
      };
    }
    for (const id of [...koppen.keys()]) if (id <= inkorting.totEnMetId) koppen.delete(id);
    // The anchored row itself was deleted (no row written for five years): its position must match the cut.
    if (anker && anker.laatsteId <= inkorting.totEnMetId) ankerGezien = true;
  }
  const fout = (eersteFouteRij: number | null, reden: string): AuditVerificatie => ({
    ok: false,
    rijen: kop.rijen,
    eersteFouteRij,
    reden,
  });
  const korter = (id: number | null, rijenVoor: number) =>
    fout(
      id,
      `de auditlog is korter dan het anker${anker!.op ? ` van ${anker!.op}` : ""}: ` +
        `het anker telt ${meervoud(anker!.rijen, "rij", "rijen")} tot en met rij ${anker!.laatsteId}, ` +
        `de auditlog heeft er daarvan maar ${rijenVoor}. De laatste ${meervoud(anker!.rijen - rijenVoor, "rij is", "rijen zijn")} verwijderd` +
        (id === null ? "" : `, en daarna zijn er nieuwe rijen bijgekomen (vanaf rij ${id})`),
    );
  for (;;) {
    const rows = await conn
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, kop.laatsteId))
      .orderBy(asc(auditLog.id))
      .limit(batch);
    if (rows.length === 0) break;
    for (const row of rows) {
      const positie = kop.rijen + 1;
      if (!ankerGezien && row.id > anker!.laatsteId) {
        if (kop.rijen < anker!.rijen) return korter(row.id, kop.rijen);
        return fout(row.id, `rij ${anker!.laatsteId}, de laatste rij van het anker, ontbreekt`);
      }
      if (row.vorigeHash !== kop.hash) {
        return fout(row.id, `rij ${row.id} verwijst niet naar de rij ervoor (rij verwijderd of tussengevoegd)`);
      }
      const { id: _id, hash, vorigeHash, hashVersie, ...inhoud } = row;
      let verwacht: string;
      if (hashVersie === HASH_SHA256) {
        if (hmacGezien) {
          return fout(row.id, `rij ${row.id} heeft een hash zonder sleutel na rijen met sleutel (rij herschreven)`);
        }
        if (anker && positie > anker.rijen) {
          return fout(row.id, `rij ${row.id} komt na het anker maar heeft een hash zonder sleutel (rij herschreven)`);
        }
        verwacht = auditHash(vorigeHash, inhoud);
      } else if (hashVersie === HASH_HMAC) {
        hmacGezien = true;
        verwacht = auditHmac(sleutels.rij, vorigeHash, inhoud);
      } else {
        return fout(row.id, `rij ${row.id} heeft een onbekende hashversie (${hashVersie})`);
      }
      if (verwacht !== hash) {
        return fout(
          row.id,
          hashVersie === HASH_HMAC
            ? `de inhoud van rij ${row.id} past niet bij de opgeslagen hash (rij gewijzigd, of gemaakt met een andere AUDIT_SLEUTEL)`
            : `de inhoud van rij ${row.id} past niet bij de opgeslagen hash (rij gewijzigd)`,
        );
      }
      kop = { rijen: positie, laatsteId: row.id, hash };
      const genoteerd = koppen.get(row.id);
      if (genoteerd !== undefined) {
        if (genoteerd !== hash)
          return fout(row.id, `rij ${row.id} heeft een andere hash dan het controlegetal: de keten is herschreven`);
        koppen.delete(row.id);
      }
      if (anker && row.id === anker.laatsteId) {
        if (positie !== anker.rijen) {
          return fout(
            row.id,
            `het anker zegt dat rij ${row.id} de ${anker.rijen}e rij is, maar het is de ${positie}e: er zijn rijen verwijderd of toegevoegd`,
          );
        }
        if (hash !== anker.hash) {
          return fout(row.id, `rij ${row.id} heeft een andere hash dan het anker: de keten is herschreven`);
        }
        ankerGezien = true;
      }
    }
  }
  if (!ankerGezien) {
    if (kop.rijen < anker!.rijen) return korter(null, kop.rijen);
    return fout(null, `rij ${anker!.laatsteId}, de laatste rij van het anker, ontbreekt`);
  }
  const [ontbreekt] = koppen.keys();
  if (ontbreekt !== undefined)
    return fout(null, `rij ${ontbreekt} uit het controlegetal ontbreekt: de auditlog is ingekort`);
  return { ok: true, rijen: kop.rijen };
}
