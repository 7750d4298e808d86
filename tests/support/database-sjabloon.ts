/**
 * vitest globalSetup (vitest.config.ts): once per run, a migrated template database that every test
 * file copies instead of building its own (tests/support/database.ts `createFreshDatabase`).
 * Each file still gets its own, fresh database (STYLE.md "Tests"); only the work is shared:
 *  - embedded (no DATABASE_URL): an in-memory PGlite, migrated, dumped to a tar file; a test file
 *    starts PGlite from that dump (no initdb, no migrations: about a second less per file);
 *  - PostgreSQL: a migrated database that each test file's database is created from
 *    (`create database … template …`), dropped at the end of the run.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../db/db.server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Path of the migrated PGlite dump (embedded runs), or null. */
    pgliteSjabloon: string | null;
    /** Name of the migrated template database on the PostgreSQL server (DATABASE_URL runs), or null. */
    postgresSjabloon: string | null;
  }
}

export default async function maakSjabloon(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const naam = `rl_sjabloon_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
    const admin = await openDatabase({ url });
    await admin.query(`create database "${naam}"`);
    const sjabloonUrl = new URL(url);
    sjabloonUrl.pathname = `/${naam}`;
    const sjabloon = await openDatabase({ url: sjabloonUrl.toString() });
    await migrateDatabase(sjabloon);
    // A template may have no open connections while it is copied.
    await sjabloon.close();
    project.provide("pgliteSjabloon", null);
    project.provide("postgresSjabloon", naam);
    return async () => {
      await admin.query(`drop database if exists "${naam}" with (force)`);
      await admin.close();
    };
  }

  const database = await openDatabase({ dataDir: "memory://" });
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir("none");
  await database.close();
  const map = mkdtempSync(path.join(tmpdir(), "rl-pglite-sjabloon-"));
  const bestand = path.join(map, "sjabloon.tar");
  writeFileSync(bestand, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteSjabloon", bestand);
  project.provide("postgresSjabloon", null);
  return async () => rmSync(map, { recursive: true, force: true });
}
