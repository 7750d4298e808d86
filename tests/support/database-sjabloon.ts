/**
 * vitest globalSetup (vitest.config.ts): once per run, a PostgreSQL server and a migrated template
 * database that every test file copies (tests/support/database.ts `createFreshDatabase`).
 *  - no DATABASE_URL: one embedded server (db/ingebouwde-postgres.server.ts) in a temporary folder,
 *    stopped at the end of the run;
 *  - DATABASE_URL: that server.
 * Each file gets its own, fresh database (`create database … template …`); the template is
 * dropped at the end of the run.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../db/db.server";
import { tijdelijkeServer } from "../../db/ingebouwde-postgres.server";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgres://… of the run's server (any database on it: test files make their own). */
    testServer: string;
    /** Name of the migrated template database on that server. */
    postgresSjabloon: string;
  }
}

export default async function maakSjabloon(project: TestProject): Promise<() => Promise<void>> {
  const ingebouwd = process.env.DATABASE_URL ? null : await tijdelijkeServer("rl-vitest-");
  const url = process.env.DATABASE_URL ?? ingebouwd!.serverUrl;
  const naam = `rl_sjabloon_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ url });
  await admin.query(`create database "${naam}"`);
  const sjabloonUrl = new URL(url);
  sjabloonUrl.pathname = `/${naam}`;
  const sjabloon = await openDatabase({ url: sjabloonUrl.toString() });
  await migrateDatabase(sjabloon);
  // A template may have no open connections while it is copied.
  await sjabloon.close();
  project.provide("testServer", url);
  project.provide("postgresSjabloon", naam);
  return async () => {
    await admin.query(`drop database if exists "${naam}" with (force)`);
    await admin.close();
    await ingebouwd?.sluit();
  };
}
