/**
 * The e2e server's database, opened in the Playwright worker process (docs/decisions/026): fixtures
 * call the app's services directly, with the environment the server has (./server-omgeving.ts),
 * instead of asking the server through test-only routes. Nothing of this is in app/ or in build/.
 *
 *  - DATABASE_URL set: the same PostgreSQL database as the server.
 *  - Otherwise the embedded server the e2e server started in E2E_DATA_DIR/pgdata. The worker only
 *    connects to it (port from PostgreSQL's own postmaster.pid, password from pgdata); it does not
 *    join it as db/ingebouwde-postgres.server.ts lets the portal's processes do, so it holds no lock
 *    and the e2e server, stopping last, always stops the embedded server as well.
 *
 *   const verzoek = await maakMijnVerzoek({ email });   // ./fixtures.ts, which calls e2eDatabase()
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, useDatabase, type Database } from "../../../db/db.server";
import { DATABASE_NAAM, pgdataMap, WACHTWOORD_BESTAND } from "../../../db/ingebouwde-postgres.server";
import { parseEnv, type Env } from "../../../app/env.server";
import { serverOmgeving } from "./server-omgeving";

let open: Promise<{ database: Database; omgeving: Env }> | undefined;

/**
 * Open (once per worker) the e2e server's database and make it, and its environment, the app's. Set
 * again on every call: a spec that runs nodes of its own in this worker (schaal.spec.ts) puts its own
 * database and environment in place and clears them afterwards.
 */
export async function e2eDatabase(): Promise<Database> {
  open ??= openen().catch((error: unknown) => {
    open = undefined;
    throw error;
  });
  const { database, omgeving } = await open;
  useDatabase(database);
  globalThis.__rechtenloketEnv = omgeving;
  return database;
}

async function openen(): Promise<{ database: Database; omgeving: Env }> {
  const poort = process.env.E2E_PORT;
  const dataDir = process.env.E2E_DATA_DIR;
  if (!poort || !dataDir)
    throw new Error("E2E_PORT en E2E_DATA_DIR ontbreken: start de tests met playwright test (playwright.config.ts).");
  const omgeving = parseEnv(serverOmgeving(poort, dataDir));
  globalThis.__rechtenloketEnv = omgeving;
  const database = await openDatabase({ url: omgeving.DATABASE_URL ?? adresVanIngebouwdeServer(omgeving.DATA_DIR) });
  return { database, omgeving };
}

/**
 * postgres://… of the embedded server running on `dataDir`. postmaster.pid is PostgreSQL's lock
 * file: line 1 the pid, line 4 the port (the server listens on 127.0.0.1 only).
 */
function adresVanIngebouwdeServer(dataDir: string): string {
  const pgdata = pgdataMap(dataDir);
  let regels: string[];
  try {
    regels = readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n");
  } catch (error) {
    throw new Error(`Geen ingebouwde PostgreSQL in ${pgdata}: draait de e2e-server nog? (${(error as Error).message})`);
  }
  const poort = Number(regels[3]);
  if (!Number.isInteger(poort) || poort <= 0) throw new Error(`Geen poort in ${path.join(pgdata, "postmaster.pid")}.`);
  const wachtwoord = readFileSync(path.join(pgdata, WACHTWOORD_BESTAND), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(wachtwoord)}@127.0.0.1:${poort}/${DATABASE_NAAM}`;
}
