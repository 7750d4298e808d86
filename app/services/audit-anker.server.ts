/**
 * The audit anchor (docs/decisions/019): the chain head (row count, id and hash of the last row),
 * signed with the anchor key, in DATA_DIR/audit-anker.json, outside the database. Someone with
 * only database access can delete the newest rows of the hash chain without breaking it; the
 * anchor shows that (`npm run audit:verify`), and they cannot write a new anchor without the key.
 *
 * The anchor is not written per audit row (that would put a file write on every request): a keeper
 * in the server and the worker process writes it shortly after audit rows were added (debounced),
 * every minute when the head moved, at start-up and on shutdown. It only moves forward: when the
 * row of the current anchor is gone or has another hash, it keeps the old anchor as evidence and
 * says so in the log.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import { desc, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/db.server";
import { auditLog } from "../../db/schema";
import { auditSleutels, type AuditSleutels } from "./audit-sleutel.server";
import { canonicalJson, GENESIS_HASH, type AuditKop } from "./audit.server";
import { log } from "../server/log.server";

export const ANKER_BESTAND = "audit-anker.json";

export type AuditAnker = AuditKop & {
  versie: 1;
  /** When the anchor was written (ISO 8601). */
  op: string;
  /** Fingerprint of the key that signed it (audit-sleutel.server.ts). */
  sleutelId: string;
  /** HMAC-SHA256 (anchor key) over the canonical JSON of the other fields, hex. */
  handtekening: string;
};

export type AnkerLezing =
  | { soort: "ok"; anker: AuditAnker }
  | { soort: "ontbreekt"; bestand: string }
  | { soort: "ongeldig"; bestand: string; reden: string };

export function ankerBestand(dataDir: string): string {
  return path.join(dataDir, ANKER_BESTAND);
}

function handtekening(sleutels: AuditSleutels, inhoud: Omit<AuditAnker, "handtekening">): string {
  return createHmac("sha256", sleutels.anker).update(canonicalJson(inhoud)).digest("hex");
}

export function ondertekenAnker(kop: AuditKop, sleutels: AuditSleutels, op = new Date()): AuditAnker {
  const inhoud = {
    versie: 1 as const,
    rijen: kop.rijen,
    laatsteId: kop.laatsteId,
    hash: kop.hash,
    op: op.toISOString(),
    sleutelId: sleutels.id,
  };
  return { ...inhoud, handtekening: handtekening(sleutels, inhoud) };
}

/** Read the anchor and check its signature. Never throws. */
export function leesAnker(dataDir: string, sleutels: AuditSleutels): AnkerLezing {
  const bestand = ankerBestand(dataDir);
  let tekst: string;
  try {
    tekst = readFileSync(bestand, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { soort: "ontbreekt", bestand };
    return {
      soort: "ongeldig",
      bestand,
      reden: `het bestand kan niet worden gelezen (${(error as NodeJS.ErrnoException).code ?? "fout"})`,
    };
  }
  let waarde: unknown;
  try {
    waarde = JSON.parse(tekst);
  } catch {
    return { soort: "ongeldig", bestand, reden: "het bestand is geen geldige JSON" };
  }
  const a = waarde as Partial<AuditAnker>;
  if (
    !a ||
    typeof a !== "object" ||
    a.versie !== 1 ||
    !Number.isSafeInteger(a.rijen) ||
    !Number.isSafeInteger(a.laatsteId) ||
    typeof a.hash !== "string" ||
    typeof a.op !== "string" ||
    typeof a.sleutelId !== "string" ||
    typeof a.handtekening !== "string"
  ) {
    return { soort: "ongeldig", bestand, reden: "het bestand mist velden of heeft een onbekende vorm" };
  }
  const { handtekening: gegeven, ...inhoud } = a as AuditAnker;
  if (inhoud.sleutelId !== sleutels.id) {
    return { soort: "ongeldig", bestand, reden: "het anker is ondertekend met een andere sleutel dan AUDIT_SLEUTEL" };
  }
  const verwacht = Buffer.from(handtekening(sleutels, inhoud), "hex");
  const echt = Buffer.from(gegeven, "hex");
  if (echt.length !== verwacht.length || !timingSafeEqual(echt, verwacht)) {
    return { soort: "ongeldig", bestand, reden: "de handtekening klopt niet: het anker is gewijzigd" };
  }
  return { soort: "ok", anker: a as AuditAnker };
}

/** Write atomically: a temporary file, flushed to disk, renamed over the old anchor. */
function schrijfAnker(dataDir: string, anker: AuditAnker): void {
  const bestand = ankerBestand(dataDir);
  const tijdelijk = `${bestand}.${process.pid}.tmp`;
  const fd = openSync(tijdelijk, "w", 0o600);
  try {
    writeSync(fd, `${JSON.stringify(anker, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tijdelijk, bestand);
}

export type AnkerBijwerking =
  | { soort: "bijgewerkt"; anker: AuditAnker }
  | { soort: "ongewijzigd"; anker: AuditAnker }
  /** The current anchor is unreadable, or the database no longer has its head: kept as evidence. */
  | { soort: "geweigerd"; reden: string };

/**
 * Anchor the current head of the chain. The new count is the anchor's count plus the rows after
 * its last row, read in one statement (one snapshot), so the cost does not grow with the log.
 */
export async function werkAnkerBij(
  conn: DbOrTx,
  dataDir: string,
  sleutels: AuditSleutels = auditSleutels(),
  op = new Date(),
): Promise<AnkerBijwerking> {
  const huidig = leesAnker(dataDir, sleutels);
  if (huidig.soort === "ongeldig") {
    return { soort: "geweigerd", reden: `het auditanker ${huidig.bestand} is ongeldig: ${huidig.reden}` };
  }
  const vanaf = huidig.soort === "ok" ? huidig.anker : { rijen: 0, laatsteId: 0, hash: GENESIS_HASH };
  const [stand] = await conn
    .select({
      ankerHash: sql<string | null>`(select a.hash from ${auditLog} a where a.id = ${vanaf.laatsteId})`,
      id: auditLog.id,
      hash: auditLog.hash,
      nieuw:
        sql<number>`(select count(*) from ${auditLog} n where n.id > ${vanaf.laatsteId} and n.id <= ${auditLog.id})`.mapWith(
          Number,
        ),
    })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  const kopId = stand?.id ?? 0;
  if (vanaf.laatsteId > 0) {
    const weg = !stand || kopId < vanaf.laatsteId || stand.ankerHash === null;
    if (weg || stand!.ankerHash !== vanaf.hash) {
      return {
        soort: "geweigerd",
        reden: weg
          ? `rij ${vanaf.laatsteId} uit het auditanker staat niet meer in de database: de auditlog is ingekort`
          : `rij ${vanaf.laatsteId} heeft een andere hash dan het auditanker: de auditlog is herschreven`,
      };
    }
  }
  if (huidig.soort === "ok" && kopId === vanaf.laatsteId) return { soort: "ongewijzigd", anker: huidig.anker };
  const kop: AuditKop = stand
    ? { rijen: vanaf.rijen + stand.nieuw, laatsteId: kopId, hash: stand.hash }
    : { rijen: 0, laatsteId: 0, hash: GENESIS_HASH };
  const anker = ondertekenAnker(kop, sleutels, op);
  schrijfAnker(dataDir, anker);
  return { soort: "bijgewerkt", anker };
}

export type AnkerBewaker = {
  /** Anchor now (also what the timers call); resolves when written. */
  bijwerken(): Promise<AnkerBijwerking | null>;
  /** Stop the timers and write a last anchor. */
  stop(): Promise<void>;
};

/**
 * Keep the anchor of this process's database up to date (the server and the worker start one):
 * once now, `vertragingMs` after an audit row (debounced: one write for a burst of rows, after
 * their transactions have committed), every `intervalMs` when the head moved (rows of another
 * process, a transaction that committed after the debounced write), and on `stop()`.
 * Failures are logged without data and retried by the next tick.
 */
export async function startAuditAnker(opties: {
  conn: () => DbOrTx;
  dataDir: string;
  vertragingMs?: number;
  intervalMs?: number;
}): Promise<AnkerBewaker> {
  const vertraging = opties.vertragingMs ?? 1000;
  let uitgesteld: NodeJS.Timeout | undefined;
  let bezig: Promise<AnkerBijwerking | null> = Promise.resolve(null);
  let gestopt = false;
  let laatsteWeigering: string | undefined;

  const bijwerken = (): Promise<AnkerBijwerking | null> => {
    bezig = bezig.then(async () => {
      try {
        const uitkomst = await werkAnkerBij(opties.conn(), opties.dataDir);
        if (uitkomst.soort === "geweigerd" && uitkomst.reden !== laatsteWeigering) {
          log().error({ reden: uitkomst.reden }, "Auditanker NIET bijgewerkt. Controleer met npm run audit:verify.");
        }
        laatsteWeigering = uitkomst.soort === "geweigerd" ? uitkomst.reden : undefined;
        return uitkomst;
      } catch (error) {
        const e = error as Error & { code?: string };
        log().error({ err: { type: e.name, code: e.code } }, "Auditanker kon niet worden bijgewerkt");
        return null;
      }
    });
    return bezig;
  };

  await bijwerken();
  const interval = setInterval(() => void bijwerken(), opties.intervalMs ?? 60_000);
  interval.unref();

  const bewaker: AnkerBewaker & { naAudit(): void } = {
    naAudit() {
      if (gestopt || uitgesteld) return;
      uitgesteld = setTimeout(() => {
        uitgesteld = undefined;
        void bijwerken();
      }, vertraging);
      uitgesteld.unref();
    },
    bijwerken,
    async stop() {
      if (gestopt) return;
      gestopt = true;
      clearInterval(interval);
      if (uitgesteld) clearTimeout(uitgesteld);
      if (globalThis.__rechtenloketAuditAnker === bewaker) globalThis.__rechtenloketAuditAnker = undefined;
      await bijwerken();
    },
  };
  globalThis.__rechtenloketAuditAnker = bewaker;
  return bewaker;
}
