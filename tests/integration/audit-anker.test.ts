/**
 * The audit chain's keyed hashes and its anchor (docs/decisions/019): app/services/audit.server.ts,
 * app/services/audit-anker.server.ts and `npm run audit:verify` (app/cli/audit-verify.ts), run for
 * real as a child process beside this test's own connection. One new database for the whole file
 * on the run's PostgreSQL server. The tests run in order and build on each other.
 *
 * The attacks are those of someone with only database access (a superuser, the append-only
 * triggers switched off): delete the newest rows, rewrite a row and recompute the plain SHA-256
 * chain, forge or remove the anchor.
 */
import type { AuditActie } from "../../app/domain/audit-acties";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase, type Database } from "../../db/db.server";
import { auditLog } from "../../db/schema";
import { EnvError, parseEnv } from "~/env.server";
import {
  ankerBestand,
  leesAnker,
  ondertekenAnker,
  startAuditAnker,
  werkAnkerBij,
  type AuditAnker,
} from "~/services/audit-anker.server";
import { auditSleutels, laadAuditGeheim, leidSleutelsAf } from "~/services/audit-sleutel.server";
import {
  audit,
  auditHash,
  canonicalJson,
  GENESIS_HASH,
  HASH_HMAC,
  HASH_SHA256,
  verifyAuditChain,
  type AuditVerificatie,
} from "~/services/audit.server";
import { createFreshDatabase } from "../support/database";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let database: Database;
let drop: (() => Promise<void>) | null = null;
/** DATA_DIR of the anchor (and of the embedded database). */
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "rl-audit-anker-"));
  const fresh = await createFreshDatabase();
  database = fresh.database;
  drop = fresh.drop;
  useDatabase(database);
}, 120_000);

afterAll(async () => {
  useDatabase(undefined);
  await drop?.();
  rmSync(dataDir, { recursive: true, force: true });
});

type Uitvoer = { code: number; stdout: string; stderr: string };

function draai(args: string[]): Promise<Uitvoer> {
  const omgeving: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    // Production: the key must come from the environment; this is the key the rows were made with.
    NODE_ENV: "production",
    PUBLIC_URL: "https://rechten.praktijk.example",
    ALLOW_NO_SMTP: "true",
    AUDIT_SLEUTEL: process.env.AUDIT_SLEUTEL,
    DATA_DIR: dataDir,
  };
  omgeving.DATABASE_URL = database.url;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "app/cli/audit-verify.ts", ...args],
      { cwd: ROOT, env: omgeving, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `npm run audit:verify` against this file's database. */
function auditVerify(...args: string[]): Promise<Uitvoer> {
  return draai(args);
}

async function voegToe(n: number, prefix: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    await database.db.transaction((tx) =>
      audit(tx, {
        actorSoort: "medewerker",
        actorId: "medewerker-1",
        rol: "backoffice",
        actie: `${prefix}.${i}` as AuditActie,
        onderdeel: "zorg",
        details: { volgnummer: i, tekst: "één “twee”" },
      }),
    );
  }
}

/** An audit row as the code before the audit key wrote it: plain SHA-256 in PostgreSQL, hash_versie 1. */
async function voegOudeRijToe(actie: string): Promise<void> {
  const op = new Date();
  const inhoud = {
    op,
    actorSoort: "systeem",
    actorId: null,
    rol: null,
    namens: null,
    actie,
    clientId: null,
    verzoekId: null,
    onderdeel: null,
    details: { oud: true },
  };
  const tekst = `\n${canonicalJson({ ...inhoud, op: op.toISOString() })}`;
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7513)`);
    await tx.execute(sql`
      insert into audit_log (op, actor_soort, actie, details, vorige_hash, hash)
      select ${op.toISOString()}::timestamptz, 'systeem', ${actie}::text, '{"oud":true}'::jsonb,
        vorige.hash, encode(sha256(convert_to(vorige.hash || ${tekst}::text, 'UTF8')), 'hex')
      from (select coalesce((select a.hash from audit_log a order by a.id desc limit 1), ${GENESIS_HASH}) as hash) vorige`);
  });
}

/** Bypass the append-only triggers as a superuser would. */
async function alsSuperuser(...statements: string[]): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw("set local session_replication_role = replica"));
    for (const s of statements) await tx.execute(sql.raw(s));
  });
}

async function rijen() {
  return database.db.select().from(auditLog).orderBy(auditLog.id);
}

async function controleer(): Promise<AuditVerificatie> {
  const lezing = leesAnker(dataDir, auditSleutels());
  if (lezing.soort !== "ok") throw new Error(`anker: ${lezing.soort}`);
  return verifyAuditChain(database.db, { anker: lezing.anker });
}

/** Keep a copy of the rows after `id`, to put back after an attack (plain INSERT is allowed). */
async function bewaar(id: number): Promise<() => Promise<void>> {
  await database.query(`drop table if exists audit_kopie`);
  await database.query(`create table audit_kopie as select * from audit_log where id > ${id}`);
  return async () => {
    await alsSuperuser(`delete from audit_log where id > ${id}`, `insert into audit_log select * from audit_kopie`);
  };
}

/** Production as docs/decisions/017 wants it, so only the key is at stake here. */
const PRODUCTIE = {
  NODE_ENV: "production",
  PUBLIC_URL: "https://rechten.praktijk.example",
  SMTP_URL: "smtp://mail.praktijk.example:587",
};

describe("AUDIT_SLEUTEL", () => {
  it("is required in production, and the message names the variable", () => {
    expect(() => parseEnv(PRODUCTIE)).toThrow(EnvError);
    expect(() => parseEnv(PRODUCTIE)).toThrow(/AUDIT_SLEUTEL: ontbreekt/);
    expect(() => parseEnv({ NODE_ENV: "development" })).not.toThrow();
  });

  it("must be at least 32 bytes of hex or base64, and a bad value is never repeated", () => {
    const kort = Buffer.alloc(31, 1).toString("base64");
    let melding = "";
    try {
      parseEnv({ ...PRODUCTIE, AUDIT_SLEUTEL: kort });
    } catch (error) {
      melding = (error as Error).message;
    }
    expect(melding).toMatch(/AUDIT_SLEUTEL: moet minstens 32 bytes zijn/);
    expect(melding).not.toContain(kort);
    expect(() => parseEnv({ ...PRODUCTIE, AUDIT_SLEUTEL: "geen sleutel!" })).toThrow(/AUDIT_SLEUTEL/);
    const hex = "ab".repeat(32);
    expect(parseEnv({ ...PRODUCTIE, AUDIT_SLEUTEL: hex }).AUDIT_SLEUTEL).toEqual(Buffer.from(hex, "hex"));
    const b64 = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ ...PRODUCTIE, AUDIT_SLEUTEL: b64 }).AUDIT_SLEUTEL).toEqual(Buffer.alloc(32, 7));
  });

  it("is made once in DATA_DIR (mode 0600) in development when it is not set", () => {
    const map = mkdtempSync(path.join(tmpdir(), "rl-audit-sleutel-"));
    try {
      const e = parseEnv({ NODE_ENV: "development", DATA_DIR: map });
      expect(() => laadAuditGeheim(e, { maakAan: false })).toThrow(/geen auditsleutel/);
      const eerste = laadAuditGeheim(e, { maakAan: true });
      const bestand = path.join(map, "audit-sleutel");
      expect(statSync(bestand).mode & 0o777).toBe(0o600);
      expect(laadAuditGeheim(e, { maakAan: true })).toEqual(eerste);
      expect(eerste.length).toBe(32);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});

describe("keyed audit chain and its anchor", () => {
  it("an empty database without an anchor passes, and says there is no anchor yet", async () => {
    const uit = await auditVerify();
    expect(uit.stderr).toBe("");
    expect(uit.code).toBe(0);
    expect(uit.stdout).toMatch(/de auditlog is leeg\. Er is nog geen anker/);
  });

  it("rows from before the audit key (plain SHA-256) still verify, followed by keyed rows", async () => {
    await voegOudeRijToe("oud.0");
    await voegOudeRijToe("oud.1");
    await voegToe(4, "nieuw");
    const alle = await rijen();
    expect(alle.map((r) => r.hashVersie)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(alle[2]!.vorigeHash).toBe(alle[1]!.hash);
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: true, rijen: 6 });
  });

  it("the keyed hash computed in PostgreSQL is HMAC-SHA256 with the row key, not plain SHA-256", async () => {
    const [rij] = (await rijen()).filter((r) => r.hashVersie === HASH_HMAC);
    const { id: _i, hash, vorigeHash, hashVersie: _v, ...inhoud } = rij!;
    expect(hash).not.toBe(auditHash(vorigeHash, inhoud));
    const { createHmac } = await import("node:crypto");
    const canoniek = canonicalJson({ ...inhoud, op: inhoud.op.toISOString() });
    expect(hash).toBe(createHmac("sha256", auditSleutels().rij).update(`${vorigeHash}\n${canoniek}`).digest("hex"));
  });

  it("anchors the head (signed), and the happy path passes, also as a command", async () => {
    const uitkomst = await werkAnkerBij(database.db, dataDir);
    expect(uitkomst.soort).toBe("bijgewerkt");
    const alle = await rijen();
    const laatste = alle[alle.length - 1]!;
    expect(uitkomst).toMatchObject({ anker: { rijen: 6, laatsteId: laatste.id, hash: laatste.hash } });
    expect(await werkAnkerBij(database.db, dataDir)).toMatchObject({ soort: "ongewijzigd" });
    await expect(controleer()).resolves.toMatchObject({ ok: true, rijen: 6 });

    // With a check value from a daily digest (the fourth row) as well.
    const uit = await auditVerify("--kop", `${alle[3]!.id}:${alle[3]!.hash}`);
    expect(uit.stderr).toBe("");
    expect(uit.code).toBe(0);
    expect(uit.stdout).toMatch(
      /Auditlog intact: 6 rijen gecontroleerd\. Het anker van .* \(6 rijen, tot en met rij \d+\) klopt\./,
    );
  }, 120_000);

  it("deleting the newest rows is found: the chain is shorter than the anchor (command exits 1)", async () => {
    await voegToe(3, "staart");
    expect((await werkAnkerBij(database.db, dataDir)).soort).toBe("bijgewerkt");
    const alle = await rijen();
    const blijft = alle[alle.length - 3]!.id - 1;
    const herstel = await bewaar(blijft);

    await alsSuperuser(`delete from audit_log where id > ${blijft}`);
    // The chain itself is still whole: only the anchor shows the cut-off end.
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: true, rijen: 6 });
    const uitkomst = await controleer();
    expect(uitkomst).toMatchObject({ ok: false, eersteFouteRij: null });
    if (!uitkomst.ok) {
      expect(uitkomst.reden).toMatch(/korter dan het anker/);
      expect(uitkomst.reden).toMatch(/het anker telt 9 rijen .* maar 6\. De laatste 3 rijen zijn verwijderd/);
    }
    // The keeper does not move the anchor past the gap: the evidence stays.
    expect(await werkAnkerBij(database.db, dataDir)).toMatchObject({
      soort: "geweigerd",
      reden: expect.stringMatching(/ingekort/),
    });

    // New rows after the cut chain to the shortened head; still found.
    await voegToe(1, "erna");
    const erna = await controleer();
    expect(erna.ok).toBe(false);
    if (!erna.ok)
      expect(erna.reden).toMatch(/De laatste 3 rijen zijn verwijderd, en daarna zijn er nieuwe rijen bijgekomen/);
    expect((await werkAnkerBij(database.db, dataDir)).soort).toBe("geweigerd");

    const uit = await auditVerify();
    expect(uit.code).toBe(1);
    expect(uit.stderr).toMatch(/Auditlog NIET intact: .*korter dan het anker/);
    expect(uit.stdout).toBe("");

    await herstel();
    await expect(controleer()).resolves.toMatchObject({ ok: true, rijen: 9 });
  }, 120_000);

  it("a row rewritten with its plain SHA-256 chain recomputed is found: the key is missing (HMAC)", async () => {
    const alle = await rijen();
    const doelIndex = 4; // a keyed row
    const herstel = await bewaar(alle[doelIndex - 1]!.id);
    // What a superuser can do: change the row, then recompute every later hash without the key.
    let vorige = alle[doelIndex - 1]!.hash;
    const updates: string[] = [];
    for (const rij of alle.slice(doelIndex)) {
      const { id, hash: _h, vorigeHash: _vh, hashVersie: _v, ...inhoud } = rij;
      const nieuw = rij.id === alle[doelIndex]!.id ? { ...inhoud, onderdeel: "financieel" } : inhoud;
      const hash = auditHash(vorige, nieuw);
      updates.push(
        `update audit_log set onderdeel = ${nieuw.onderdeel === null ? "null" : `'${nieuw.onderdeel}'`}, vorige_hash = '${vorige}', hash = '${hash}' where id = ${id}`,
      );
      vorige = hash;
    }
    await alsSuperuser(...updates);
    const uitkomst = await verifyAuditChain(database.db);
    expect(uitkomst).toMatchObject({ ok: false, eersteFouteRij: alle[doelIndex]!.id });
    if (!uitkomst.ok)
      expect(uitkomst.reden).toMatch(
        /past niet bij de opgeslagen hash \(rij gewijzigd, of gemaakt met een andere AUDIT_SLEUTEL\)/,
      );

    // Marking the rewritten rows as "without key" does not help: after keyed rows that is refused.
    await alsSuperuser(`update audit_log set hash_versie = ${HASH_SHA256} where id >= ${alle[doelIndex]!.id}`);
    const terug = await verifyAuditChain(database.db);
    expect(terug).toMatchObject({ ok: false, eersteFouteRij: alle[doelIndex]!.id });
    if (!terug.ok) expect(terug.reden).toMatch(/hash zonder sleutel na rijen met sleutel/);
    await herstel();
    await expect(controleer()).resolves.toMatchObject({ ok: true });
  });

  it("the whole chain rewritten without the key is found by the anchor", async () => {
    const alle = await rijen();
    const herstel = await bewaar(0);
    let vorige = GENESIS_HASH;
    const updates: string[] = [];
    for (const rij of alle) {
      const { id, hash: _h, vorigeHash: _vh, hashVersie: _v, ...inhoud } = rij;
      const doel = rij.id === alle[3]!.id;
      const hash = auditHash(vorige, doel ? { ...inhoud, actorId: "iemand-anders" } : inhoud);
      updates.push(
        `update audit_log set ${doel ? "actor_id = 'iemand-anders', " : ""}hash_versie = 1, vorige_hash = '${vorige}', hash = '${hash}' where id = ${id}`,
      );
      vorige = hash;
    }
    await alsSuperuser(...updates);
    // Without the anchor this chain of plain SHA-256 rows would look whole.
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: true });
    const uitkomst = await controleer();
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/andere hash dan het anker: de keten is herschreven/);
    await herstel();
    await expect(controleer()).resolves.toMatchObject({ ok: true });
  });

  it("an anchor whose signature does not match is refused, and the keeper keeps it as evidence", async () => {
    const bestand = ankerBestand(dataDir);
    const echt = readFileSync(bestand, "utf8");
    const anker = JSON.parse(echt) as AuditAnker;
    // Someone lowers the count to hide deleted rows, keeping the old signature.
    writeFileSync(bestand, JSON.stringify({ ...anker, rijen: anker.rijen - 2 }));
    expect(leesAnker(dataDir, auditSleutels())).toMatchObject({
      soort: "ongeldig",
      reden: expect.stringMatching(/handtekening klopt niet/),
    });
    expect(await werkAnkerBij(database.db, dataDir)).toMatchObject({ soort: "geweigerd" });
    expect(readFileSync(bestand, "utf8")).not.toBe(echt);

    // Signed with another key.
    const ander = leidSleutelsAf(Buffer.alloc(32, 9));
    writeFileSync(bestand, JSON.stringify(ondertekenAnker(anker, ander)));
    expect(leesAnker(dataDir, auditSleutels())).toMatchObject({
      soort: "ongeldig",
      reden: expect.stringMatching(/andere sleutel/),
    });

    const uit = await auditVerify();
    expect(uit.code).toBe(1);
    expect(uit.stderr).toMatch(
      /Auditanker ongeldig \(.*audit-anker\.json\): het anker is ondertekend met een andere sleutel/,
    );
    writeFileSync(bestand, echt);
    await expect(controleer()).resolves.toMatchObject({ ok: true });
  }, 120_000);

  it("a missing anchor fails with a clear message when the log has rows", async () => {
    const bestand = ankerBestand(dataDir);
    const echt = readFileSync(bestand, "utf8");
    unlinkSync(bestand);
    const uit = await auditVerify();
    expect(uit.code).toBe(1);
    expect(uit.stderr).toMatch(
      /Auditanker ontbreekt: .*audit-anker\.json bestaat niet\. Zonder anker is niet te zien of de laatste rijen zijn verwijderd/,
    );
    writeFileSync(bestand, echt);
  }, 120_000);

  it("the keeper anchors shortly after audit rows, and on stop", async () => {
    const bewaker = await startAuditAnker({ conn: () => database.db, dataDir, vertragingMs: 50, intervalMs: 60_000 });
    try {
      await voegToe(2, "bewaker");
      const alle = await rijen();
      await expect
        .poll(() => leesAnker(dataDir, auditSleutels()), { timeout: 5000, interval: 50 })
        .toMatchObject({ soort: "ok", anker: { rijen: alle.length, laatsteId: alle[alle.length - 1]!.id } });
      await voegToe(1, "laatste");
    } finally {
      await bewaker.stop();
    }
    const alle = await rijen();
    expect(leesAnker(dataDir, auditSleutels())).toMatchObject({ soort: "ok", anker: { rijen: alle.length } });
    expect(existsSync(`${ankerBestand(dataDir)}.${process.pid}.tmp`)).toBe(false);
    await expect(controleer()).resolves.toMatchObject({ ok: true, rijen: alle.length });
  });
});
