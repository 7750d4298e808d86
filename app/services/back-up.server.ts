/**
 * Backup and restore without pg_dump (the embedded packages ship only initdb, pg_ctl and postgres;
 * docs/decisions/020). One .tar.gz archive holds:
 *  - manifest.json: format, time, the migrations applied, per table its columns and row count,
 *    the sequences' values;
 *  - database/<schema>.<table>.copy: each table in COPY text format, all read in one
 *    REPEATABLE READ READ ONLY transaction (one consistent snapshot while the portal runs);
 *  - opslag/: the stored documents and packages (DATA_DIR/opslag), copied after the snapshot, so
 *    every file a row of the snapshot points to is in it;
 *  - audit/: the audit log's signed anchor (DATA_DIR/audit-anker.json), read BEFORE the snapshot so
 *    the rows it names are in it (an anchor only moves forward), and the development key file
 *    (DATA_DIR/audit-sleutel) when there is one; a production key comes from the environment and is
 *    never in a backup (docs/decisions/019).
 * The job queue (schema pgboss) is left out: pg-boss rebuilds it at start, schedules included, and
 * e-mail waiting to be sent lives in the outbox table, which is in the backup.
 *
 * Restore creates the schema with this version's migrations (the backup's migrations must be the
 * first ones of this version), loads every table with triggers and foreign keys off during the load
 * (session_replication_role = replica: the append-only audit log refuses nothing that was already
 * in it), sets the sequences, and copies the files back.
 */
import {
  chmodSync,
  copyFileSync,
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import * as tar from "tar";

const FORMAAT = 1;
const SCHEMAS = ["public"];

export class BackupFout extends Error {
  override readonly name = "BackupFout";
}

type Tabel = { schema: string; naam: string; kolommen: string[]; rijen: number; bestand: string };
type Manifest = {
  formaat: number;
  gemaakt: string;
  migraties: string[];
  tabellen: Tabel[];
  reeksen: { schema: string; naam: string; waarde: string; aangeroepen: boolean }[];
  bestanden: number;
};

export type BackupResultaat = { tabellen: number; rijen: number; bestanden: number; bytes: number };

function tel(map: string): number {
  if (!existsSync(map)) return 0;
  let n = 0;
  for (const e of readdirSync(map, { withFileTypes: true, recursive: true })) if (e.isFile()) n++;
  return n;
}

/** Write one consistent archive of the database of `url` and the files in `opslagMap` to `bestand`. */
export async function maakBackup(
  url: string,
  opslagMap: string,
  bestand: string,
  auditBestanden: readonly string[] = [],
): Promise<BackupResultaat> {
  const doel = path.resolve(bestand);
  if (existsSync(doel)) throw new BackupFout(`${doel} bestaat al: kies een nieuwe bestandsnaam.`);
  mkdirSync(path.dirname(doel), { recursive: true });
  const werk = mkdtempSync(path.join(path.dirname(doel), ".backup-"));
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    mkdirSync(path.join(werk, "database"));
    mkdirSync(path.join(werk, "audit"));
    // Before the snapshot: the anchor then names only rows the snapshot holds.
    for (const b of auditBestanden) if (existsSync(b)) cpSync(b, path.join(werk, "audit", path.basename(b)));
    const manifest: Manifest = {
      formaat: FORMAAT,
      gemaakt: new Date().toISOString(),
      migraties: [],
      tabellen: [],
      reeksen: [],
      bestanden: 0,
    };
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      manifest.migraties = (
        await tx<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by id`
      ).map((r) => r.hash);
      const tabellen = await tx<{ schema: string; naam: string }[]>`
        select n.nspname as schema, c.relname as naam from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname in ${tx(SCHEMAS)} order by 1, 2`;
      for (const { schema, naam } of tabellen) {
        const kolommen = (
          await tx<{ kolom: string }[]>`
            select attname as kolom from pg_attribute where attrelid = ${`"${schema}"."${naam}"`}::regclass
            and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`
        ).map((r) => r.kolom);
        const naamBestand = `${schema}.${naam}.copy`;
        const lijst = kolommen.map((k) => `"${k}"`).join(", ");
        const stroom = await tx.unsafe(`copy "${schema}"."${naam}" (${lijst}) to stdout`).readable();
        await pipeline(stroom, createWriteStream(path.join(werk, "database", naamBestand)));
        const [telling] = await tx.unsafe<{ rijen: string }[]>(
          `select count(*)::text as rijen from "${schema}"."${naam}"`,
        );
        const rijen = telling?.rijen ?? "0";
        manifest.tabellen.push({ schema, naam, kolommen, rijen: Number(rijen), bestand: naamBestand });
      }
      const reeksen = await tx<{ schema: string; naam: string }[]>`
        select schemaname as schema, sequencename as naam from pg_sequences where schemaname in ${tx(SCHEMAS)}`;
      for (const { schema, naam } of reeksen) {
        const [r] = await tx.unsafe<{ waarde: string; aangeroepen: boolean }[]>(
          `select last_value::text as waarde, is_called as aangeroepen from "${schema}"."${naam}"`,
        );
        manifest.reeksen.push({ schema, naam, waarde: r!.waarde, aangeroepen: r!.aangeroepen });
      }
    });
    // Files after the snapshot: a row in it never points to a file that is not copied.
    if (existsSync(opslagMap)) {
      cpSync(opslagMap, path.join(werk, "opslag"), {
        recursive: true,
        filter: (bron) => !bron.endsWith(".tmp"), // a write in progress (opslag.server.ts renames when done)
      });
    } else {
      mkdirSync(path.join(werk, "opslag"));
    }
    manifest.bestanden = tel(path.join(werk, "opslag"));
    writeFileSync(path.join(werk, "manifest.json"), JSON.stringify(manifest, null, 2));
    const tijdelijk = `${doel}.${process.pid}.tmp`;
    await tar.create({ gzip: true, file: tijdelijk, cwd: werk, portable: true }, [
      "manifest.json",
      "database",
      "opslag",
      "audit",
    ]);
    const { renameSync, statSync } = await import("node:fs");
    renameSync(tijdelijk, doel);
    return {
      tabellen: manifest.tabellen.length,
      rijen: manifest.tabellen.reduce((s, t) => s + t.rijen, 0),
      bestanden: manifest.bestanden,
      bytes: statSync(doel).size,
    };
  } finally {
    await sql.end({ timeout: 5 });
    rmSync(werk, { recursive: true, force: true });
  }
}

/** Is DATA_DIR empty enough to restore into (no database files, no stored files)? */
export function dataDirIsLeeg(dataDir: string): boolean {
  if (!existsSync(dataDir)) return true;
  return !existsSync(path.join(dataDir, "pgdata")) && tel(path.join(dataDir, "opslag")) === 0;
}

/**
 * Load the archive `bestand` into the (freshly migrated, empty) database of `url` and copy its
 * files into `opslagMap`. Refuses a database that already holds data.
 */
export async function zetBackupTerug(
  url: string,
  opslagMap: string,
  bestand: string,
  auditMap?: string,
): Promise<BackupResultaat> {
  if (!existsSync(bestand)) throw new BackupFout(`${bestand} bestaat niet.`);
  const ouder = path.dirname(path.resolve(opslagMap));
  mkdirSync(ouder, { recursive: true });
  const werk = mkdtempSync(path.join(ouder, ".terugzetten-"));
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    try {
      await tar.extract({ file: bestand, cwd: werk, strict: true });
    } catch (error) {
      throw new BackupFout(`${bestand} is geen back-up van het Rechtenloket (${(error as Error).message}).`);
    }
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(path.join(werk, "manifest.json"), "utf8")) as Manifest;
    } catch {
      throw new BackupFout(`${bestand} is geen back-up van het Rechtenloket (manifest.json ontbreekt).`);
    }
    if (manifest.formaat !== FORMAAT) throw new BackupFout(`Onbekend back-upformaat ${manifest.formaat}.`);

    const hier = (await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by id`).map(
      (r) => r.hash,
    );
    if (manifest.migraties.some((hash, i) => hier[i] !== hash)) {
      throw new BackupFout(
        "Deze back-up is gemaakt met een andere (nieuwere) versie van het portaal: zet hem terug met die versie.",
      );
    }
    let rijen = 0;
    await sql.begin(async (tx) => {
      for (const t of manifest.tabellen) {
        const [telling] = await tx.unsafe<{ n: string }[]>(`select count(*)::text as n from "${t.schema}"."${t.naam}"`);
        const n = telling?.n ?? "0";
        if (n !== "0") {
          throw new BackupFout("De database is niet leeg: zet een back-up alleen terug in een lege database.");
        }
      }
      await tx`set local session_replication_role = replica`;
      for (const t of manifest.tabellen) {
        const lijst = t.kolommen.map((k) => `"${k}"`).join(", ");
        const schrijf = await tx.unsafe(`copy "${t.schema}"."${t.naam}" (${lijst}) from stdin`).writable();
        await pipeline(createReadStream(path.join(werk, "database", t.bestand)), schrijf);
        rijen += t.rijen;
      }
      for (const r of manifest.reeksen) {
        await tx`select setval(${`"${r.schema}"."${r.naam}"`}::regclass, ${r.waarde}::bigint, ${r.aangeroepen})`;
      }
    });
    mkdirSync(opslagMap, { recursive: true });
    cpSync(path.join(werk, "opslag"), opslagMap, { recursive: true });
    // The anchor and a development key come back beside the data; an existing file is never replaced.
    if (auditMap && existsSync(path.join(werk, "audit"))) {
      for (const naam of readdirSync(path.join(werk, "audit"))) {
        const doel = path.join(auditMap, naam);
        if (existsSync(doel)) continue;
        copyFileSync(path.join(werk, "audit", naam), doel);
        chmodSync(doel, 0o600);
      }
    }
    return { tabellen: manifest.tabellen.length, rijen, bestanden: manifest.bestanden, bytes: 0 };
  } finally {
    await sql.end({ timeout: 5 });
    rmSync(werk, { recursive: true, force: true });
  }
}
