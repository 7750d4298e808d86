/**
 * Each test file gets a fresh database (STYLE.md "Tests"): an in-memory PGlite by default,
 * or a new database on the PostgreSQL server when DATABASE_URL is set.
 *
 *   const testDb = useFreshDatabase();   // at the top of a test file
 *   testDb().db.select()…                // inside tests
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import {
  migrateDatabase,
  openDatabase,
  useDatabase,
  type Database,
} from "../../db/db.server";

export async function createFreshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ dataDir: "memory://" });
    await migrateDatabase(database);
    return { database, drop: () => database.close() };
  }
  const name = `rl_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ url });
  await admin.query(`create database "${name}"`);
  await admin.close();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ url: testUrl.toString() });
  await migrateDatabase(database);
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
