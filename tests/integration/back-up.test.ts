/**
 * `npm run backup` and `npm run restore` (app/services/back-up.server.ts), run for real as child
 * processes: a backup of a practice with stored documents, more filed after the backup, restored
 * into an empty database and an empty data folder; the restore verifies the audit log and the
 * signed decisions. Nothing filed after the backup comes back; everything before does.
 */
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, useDatabase } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { gebruikOpslag, lokaleOpslag } from "~/services/opslag.server";
import { nodigMedewerkerUit } from "~/services/medewerkers.server";
import { createFreshDatabase } from "../support/database";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Uitvoer = { code: number; uit: string };
function draai(script: string, args: string[], env: Record<string, string>): Promise<Uitvoer> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          NODE_ENV: "test",
          AUDIT_SLEUTEL: process.env.AUDIT_SLEUTEL ?? "",
          ...env,
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 99) : 0, uit: stdout + stderr }),
    );
  });
}

let map: string;
const opruimen: (() => Promise<void>)[] = [];

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "rl-backup-"));
  // As root the embedded server runs as the user postgres, who must pass through this folder.
  chmodSync(map, 0o711);
});

afterAll(async () => {
  useDatabase(undefined);
  gebruikOpslag(undefined);
  for (const f of opruimen.reverse()) await f().catch(() => {});
  rmSync(map, { recursive: true, force: true });
});

const aantal = async (url: string, tabel: string) => {
  const d = await openDatabase({ url });
  try {
    const [r] = await d.query<{ n: string }>(`select count(*)::text as n from ${tabel}`);
    return Number(r!.n);
  } finally {
    await d.close();
  }
};

it("backs up while data keeps changing, and restores what was there at the backup, verified", async () => {
  const bron = await createFreshDatabase();
  opruimen.push(bron.drop);
  useDatabase(bron.database);
  const bronMap = path.join(map, "bron");
  gebruikOpslag(lokaleOpslag(path.join(bronMap, "opslag")));
  globalThis.__rechtenloketEnv = undefined;
  await seedDemoIfEmpty();
  const bestandenVoor = readdirSync(path.join(bronMap, "opslag"), { recursive: true }).length;
  expect(bestandenVoor).toBeGreaterThan(0);
  const medewerkersVoor = await aantal(bron.database.url, "medewerkers");
  const auditVoor = await aantal(bron.database.url, "audit_log");

  const archief = path.join(map, "backup.tar.gz");
  const backup = await draai("app/cli/backup.ts", [archief], { DATABASE_URL: bron.database.url, DATA_DIR: bronMap });
  expect(backup.uit).toMatch(/Back-up gemaakt: .*backup\.tar\.gz \(\d+ tabellen, \d+ rijen, \d+ bestanden/);
  expect(backup.code).toBe(0);
  // A second backup never overwrites the first.
  const nogmaals = await draai("app/cli/backup.ts", [archief], { DATABASE_URL: bron.database.url, DATA_DIR: bronMap });
  expect(nogmaals.code).toBe(1);
  expect(nogmaals.uit).toContain("bestaat al");

  // Filed after the backup: not in it.
  await nodigMedewerkerUit({ email: "na-de-backup@praktijk.example", rol: "backoffice", door: null });
  expect(await aantal(bron.database.url, "medewerkers")).toBe(medewerkersVoor + 1);

  // Into an empty database on the server (DATABASE_URL) …
  const doel = await createFreshDatabase();
  opruimen.push(doel.drop);
  const doelMap = path.join(map, "doel");
  const terug = await draai("app/cli/restore.ts", [archief], { DATABASE_URL: doel.database.url, DATA_DIR: doelMap });
  expect(terug.uit).toContain("Auditlog intact");
  expect(terug.uit).toContain("Alle ondertekende besluiten kloppen");
  expect(terug.code).toBe(0);
  expect(await aantal(doel.database.url, "medewerkers")).toBe(medewerkersVoor);
  expect(await aantal(doel.database.url, "audit_log")).toBe(auditVoor);
  const [weg] = await doel.database.query<{ n: string }>(
    "select count(*)::text as n from medewerkers where email = 'na-de-backup@praktijk.example'",
  );
  expect(weg!.n).toBe("0");
  expect(readdirSync(path.join(doelMap, "opslag"), { recursive: true }).length).toBe(bestandenVoor);
  // Sequences continue after the restored rows: a new request number is not one already used.
  const [volgnummer] = await doel.database.query<{ ok: boolean }>(
    "select coalesce((select max(id) from audit_log), 0) < nextval(pg_get_serial_sequence('audit_log', 'id')) as ok",
  );
  expect(volgnummer!.ok).toBe(true);

  // … and not over existing data.
  const weer = await draai("app/cli/restore.ts", [archief], {
    DATABASE_URL: doel.database.url,
    DATA_DIR: path.join(map, "leeg"),
  });
  expect(weer.code).toBe(1);
  expect(weer.uit).toContain("De database is niet leeg");

  // Into an empty DATA_DIR: the embedded server, the restore drill of the README.
  const ingebouwd = path.join(map, "ingebouwd");
  const drill = await draai("app/cli/restore.ts", [archief], { DATA_DIR: ingebouwd });
  expect(drill.uit).toContain("Auditlog intact");
  expect(drill.code).toBe(0);
  expect(existsSync(path.join(ingebouwd, "pgdata", "postmaster.pid"))).toBe(false);
}, 300_000);
