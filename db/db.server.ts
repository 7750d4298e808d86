/**
 * The one db module (docs/decisions/020): PostgreSQL through postgres.js, either the embedded server
 * in DATA_DIR/pgdata (db/ingebouwde-postgres.server.ts) when no DATABASE_URL is set, or the server
 * of DATABASE_URL. One driver, one drizzle dialect, one migration folder.
 *
 * The open database lives on globalThis so that the Remix server build, the server entry and
 * the job workers (loaded by tsx) share one connection pool.
 */
import { fileURLToPath } from "node:url";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import {
  IngebouwdeDatabaseFout,
  openIngebouwdeServer,
  pgdataMap,
  type IngebouwdeServer,
} from "./ingebouwde-postgres.server";
import * as schema from "./schema";

export { schema };

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  /** "ingebouwd": the embedded server of DATA_DIR; "server": DATABASE_URL. */
  kind: "ingebouwd" | "server";
  /** The connection string (pg-boss, child processes in tests). */
  url: string;
  /** The embedded server this process joined, if any. */
  ingebouwd?: IngebouwdeServer;
  /** Raw SQL returning rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../db/migrations", import.meta.url));

export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

export async function openDatabase(options: {
  url?: string;
  /** DATA_DIR: join (or start) the embedded server there. */
  dataDir?: string;
  /** Refuse when another portal runs on the same DATA_DIR (server.ts). */
  portaal?: boolean;
}): Promise<Database> {
  let ingebouwd: IngebouwdeServer | undefined;
  let url = options.url;
  if (!url) {
    if (!options.dataDir) throw new Error("openDatabase: url of dataDir is nodig.");
    try {
      ingebouwd = await openIngebouwdeServer(options.dataDir, { portaal: options.portaal });
    } catch (error) {
      if (error instanceof IngebouwdeDatabaseFout) throw new DatabaseUnavailableError(error.message);
      throw new DatabaseUnavailableError(
        `De ingebouwde database in ${pgdataMap(options.dataDir)} kan niet worden geopend (${describe(error)}).`,
      );
    }
    url = ingebouwd.url;
  }
  const client = postgres(url, {
    max: Number(process.env.DB_POOL_MAX ?? 10),
    onnotice: () => {},
    connect_timeout: 10,
    // An idle portal keeps no idle server processes (each is a PostgreSQL backend with its own memory).
    idle_timeout: 60,
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    await ingebouwd?.sluit().catch(() => {});
    throw new DatabaseUnavailableError(
      ingebouwd
        ? `De ingebouwde database is niet bereikbaar (${describe(error)}).`
        : `De PostgreSQL-server is niet bereikbaar (${describe(error)}). Controleer DATABASE_URL.`,
    );
  }
  return {
    db: drizzle(client, { schema }),
    kind: ingebouwd ? "ingebouwd" : "server",
    url,
    ingebouwd,
    query: async <T>(text: string, params: unknown[] = []) =>
      (await client.unsafe(text, params as never[])) as unknown as T[],
    async close() {
      await client.end({ timeout: 5 });
      await ingebouwd?.sluit();
    },
  };
}

/** Advisory lock around migrations: processes started together wait for each other (issue 13). */
const MIGRATIE_SLOT = [2013, 10] as const;

export async function migrateDatabase(database: Database): Promise<void> {
  const lock = postgres(database.url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await lock`select pg_advisory_lock(${MIGRATIE_SLOT[0]}, ${MIGRATIE_SLOT[1]})`;
    await migrate(database.db, { migrationsFolder: MIGRATIONS_FOLDER });
    await lock`select pg_advisory_unlock(${MIGRATIE_SLOT[0]}, ${MIGRATIE_SLOT[1]})`;
  } finally {
    await lock.end({ timeout: 5 });
  }
}

declare global {
  var __rechtenloketDatabase: Database | undefined;
}

/** Make `database` the one the app uses (server start-up, worker start-up, each test file). */
export function useDatabase(database: Database | undefined): void {
  globalThis.__rechtenloketDatabase = database;
}

export function database(): Database {
  const current = globalThis.__rechtenloketDatabase;
  if (!current) throw new Error("De database is nog niet geopend (useDatabase is niet aangeroepen).");
  return current;
}

/** The drizzle handle of the open database. */
export function db(): Db {
  return database().db;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
