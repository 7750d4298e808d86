/**
 * Each test file gets a fresh database (docs/architectuur.md "Tests") on the run's PostgreSQL server: the
 * embedded server vitest started (tests/support/database-sjabloon.ts) or DATABASE_URL's. It is a
 * copy of the run's migrated template, or built and migrated here outside vitest.
 *
 *   const testDb = useFreshDatabase();   // at the top of a test file
 *   testDb().db.select()…                // inside tests
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { migrateDatabase, openDatabase, useDatabase, type Database } from "../../db/db.server";

function provided<K extends "testServer" | "postgresSjabloon">(soort: K): string | null {
  try {
    return inject(soort) ?? null;
  } catch {
    return null; // outside a vitest worker
  }
}

/** The run's server: DATABASE_URL, or the embedded one vitest started. */
export function testServerUrl(): string {
  const url = process.env.DATABASE_URL ?? provided("testServer");
  if (!url) throw new Error("Geen testserver: start de tests met vitest, of zet DATABASE_URL.");
  return url;
}

export async function createFreshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = testServerUrl();
  const name = `rl_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const template = provided("postgresSjabloon");
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
