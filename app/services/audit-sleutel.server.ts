/**
 * The audit key (docs/decisions/019): one secret from which two keys are derived, so that each has
 * one use (NEN 7510 8.24, key management):
 *  - the row key: HMAC-SHA256 of every audit row, computed in PostgreSQL (audit.server.ts). It goes
 *    to the database as two padded keys in each insert's parameters, so a database superuser who
 *    turns on statement logging could learn it;
 *  - the anchor key: signs the chain head in DATA_DIR (audit-anker.server.ts). It never leaves this
 *    process, so learning the row key does not let anyone forge an anchor.
 * Where the secret comes from: AUDIT_SLEUTEL (required in production, app/env.server.ts); in
 * development (and NODE_ENV=test) a key made once in DATA_DIR/audit-sleutel (mode 0600); vitest sets
 * a public test key (vitest.config.ts). The key is never logged or printed.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeerAuditSleutel, env, type Env } from "../env.server";

export type AuditSleutels = {
  /** HMAC key of the rows (32 bytes). */
  readonly rij: Buffer;
  /** The row key XOR ipad / opad, each one SHA-256 block (64 bytes): HMAC in SQL with sha256() only. */
  readonly ipad: Buffer;
  readonly opad: Buffer;
  /** HMAC key of the anchor (32 bytes); stays in Node. */
  readonly anker: Buffer;
  /** A public fingerprint of the secret, to tell "another key" from "changed" (not secret). */
  readonly id: string;
};

export const SLEUTEL_BESTAND = "audit-sleutel";

const afgeleid = (geheim: Buffer, doel: string) => createHmac("sha256", geheim).update(doel).digest();

/** Derive the row key, its padded forms, the anchor key and the fingerprint from the secret. */
export function leidSleutelsAf(geheim: Buffer): AuditSleutels {
  const rij = afgeleid(geheim, "rechtenloket audit rij v2");
  // RFC 2104: a key up to the block size (64 bytes) is zero-padded, then XOR 0x36 / 0x5c.
  const blok = Buffer.alloc(64);
  rij.copy(blok);
  return {
    rij,
    ipad: Buffer.from(blok.map((b) => b ^ 0x36)),
    opad: Buffer.from(blok.map((b) => b ^ 0x5c)),
    anker: afgeleid(geheim, "rechtenloket audit anker v1"),
    id: createHash("sha256").update(afgeleid(geheim, "rechtenloket audit sleutel-id")).digest("hex").slice(0, 16),
  };
}

export class AuditSleutelOntbreekt extends Error {
  override readonly name = "AuditSleutelOntbreekt";
}

/**
 * The secret of this installation. `maakAan` (the server, the worker): in development, make the
 * key file in DATA_DIR when there is none. Without it (audit:verify) a missing key is an error:
 * a new key could not verify the rows made with the old one.
 */
export function laadAuditGeheim(e: Env, opties: { maakAan: boolean }): Buffer {
  if (e.AUDIT_SLEUTEL) return e.AUDIT_SLEUTEL;
  // parseEnv already refuses production without AUDIT_SLEUTEL; this is the second line.
  if (e.NODE_ENV === "production") throw new AuditSleutelOntbreekt("AUDIT_SLEUTEL ontbreekt (verplicht in productie).");
  const bestand = path.join(e.DATA_DIR, SLEUTEL_BESTAND);
  if (existsSync(bestand)) {
    const sleutel = decodeerAuditSleutel(readFileSync(bestand, "utf8"));
    if (!sleutel) throw new AuditSleutelOntbreekt(`Het sleutelbestand ${bestand} is onleesbaar of te kort.`);
    return sleutel;
  }
  if (!opties.maakAan) {
    throw new AuditSleutelOntbreekt(`Er is geen auditsleutel: AUDIT_SLEUTEL is niet gezet en ${bestand} bestaat niet.`);
  }
  mkdirSync(e.DATA_DIR, { recursive: true });
  try {
    // "wx": never overwrite a key another process made meanwhile; then that one is read.
    writeFileSync(bestand, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(bestand, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return laadAuditGeheim(e, { maakAan: false });
}

declare global {
  var __rechtenloketAuditSleutels: AuditSleutels | undefined;
}

/** The keys of this process (loaded on first use; the server loads them at start-up). */
export function auditSleutels(): AuditSleutels {
  globalThis.__rechtenloketAuditSleutels ??= leidSleutelsAf(laadAuditGeheim(env(), { maakAan: true }));
  return globalThis.__rechtenloketAuditSleutels;
}

/** Use these keys from now on (start-up, command-line tools, tests); undefined forgets them. */
export function gebruikAuditSleutels(sleutels: AuditSleutels | undefined): void {
  globalThis.__rechtenloketAuditSleutels = sleutels;
}
