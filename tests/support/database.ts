/**
 * Each test file gets a fresh database (STYLE.md "Tests"): an in-memory PGlite by default,
 * or a new database on the PostgreSQL server when DATABASE_URL is set. Both are copies of the
 * run's migrated template (tests/support/database-sjabloon.ts), or built and migrated here when
 * there is none.
 *
 *   const testDb = useFreshDatabase();   // at the top of a test file
 *   testDb().db.select()…                // inside tests
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, inject } from "vitest";
import {
  migrateDatabase,
  openDatabase,
  schema,
  useDatabase,
  type Database,
  type Db,
} from "../../db/db.server";

/** The migrated template of this run (tests/support/database-sjabloon.ts), when vitest made one. */
function sjabloon<K extends "pgliteSjabloon" | "postgresSjabloon">(soort: K): string | null {
  try {
    return inject(soort) ?? null;
  } catch {
    return null; // outside a vitest worker: build the database from scratch
  }
}

/** An in-memory PGlite started from the template's dump: the same as `openDatabase` + migrations. */
async function pgliteUitSjabloon(bestand: string): Promise<Database> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(bestand)]) });
  return {
    db: drizzle(pglite, { schema }) as unknown as Db,
    kind: "pglite",
    pglite,
    query: async <T,>(text: string, params: unknown[] = []) => (await pglite.query<T>(text, params)).rows,
    close: () => pglite.close(),
  };
}

export async function createFreshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const bestand = sjabloon("pgliteSjabloon");
    if (bestand) {
      const database = await pgliteUitSjabloon(bestand);
      return { database, drop: () => database.close() };
    }
    const database = await openDatabase({ dataDir: "memory://" });
    await migrateDatabase(database);
    return { database, drop: () => database.close() };
  }
  const name = `rl_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const template = sjabloon("postgresSjabloon");
  const admin = await openDatabase({ url });
  await admin.query(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
  await admin.close();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ url: testUrl.toString() });
  if (!template) await migrateDatabase(database);
  return {
    database,
    async drop() {
      await database.close();
      const again = await openDatabase({ url });
      await again.query(`drop database if exists "${name}" with (force)`);
      await again.close();
    },
  };
}

/** Opens a fresh, migrated database for this test file and makes it the app's database. */
export function useFreshDatabase(): () => Database {
  let current: { database: Database; drop(): Promise<void> } | undefined;
  beforeAll(async () => {
    current = await createFreshDatabase();
    useDatabase(current.database);
  });
  afterAll(async () => {
    useDatabase(undefined);
    await current?.drop();
  });
  return () => {
    if (!current) throw new Error("database not ready");
    return current.database;
  };
}

/** True when the tests run against a PostgreSQL server (locking and concurrency tests need it). */
export const onPostgresServer = Boolean(process.env.DATABASE_URL);
