/**
 * The one db module (docs/decisions/001): PGlite in DATA_DIR when no DATABASE_URL is set,
 * otherwise PostgreSQL through postgres.js. Same schema, same migrations.
 *
 * The open database lives on globalThis so that the Remix server build, the server entry and
 * the job workers (loaded by tsx) share one connection pool, and one PGlite instance.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";

export { schema };

/** Both drivers expose the same drizzle query builder; we type them as one. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** The PGlite instance (embedded mode only); pg-boss runs on it through `fromPglite`. */
  pglite?: PGlite;
  /** The connection string (server mode only). */
  url?: string;
  /** Raw SQL returning rows, the same on both drivers. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../db/migrations", import.meta.url));

export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

export async function openDatabase(options: {
  url?: string;
  /** Folder for PGlite's files; "memory://" for a throw-away in-memory database. */
  dataDir?: string;
}): Promise<Database> {
  if (options.url) {
    const client = postgres(options.url, {
      max: Number(process.env.DB_POOL_MAX ?? 10),
      onnotice: () => {},
      connect_timeout: 10,
    });
    try {
      await client`select 1`;
    } catch (error) {
      await client.end({ timeout: 1 }).catch(() => {});
      throw new DatabaseUnavailableError(
        `De PostgreSQL-server is niet bereikbaar (${describe(error)}). Controleer DATABASE_URL.`,
      );
    }
    return {
      db: drizzlePostgres(client, { schema }),
      kind: "postgres",
      url: options.url,
      query: async <T,>(text: string, params: unknown[] = []) =>
        (await client.unsafe(text, params as never[])) as unknown as T[],
      close: () => client.end({ timeout: 5 }),
    };
  }

  const dataDir = options.dataDir ?? "memory://";
  let pglite: PGlite;
  try {
    if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
    pglite = await PGlite.create(dataDir);
    await pglite.query("select 1");
  } catch (error) {
    throw new DatabaseUnavailableError(
      `De ingebouwde database in ${dataDir} kan niet worden geopend (${describe(error)}). ` +
        "Is de map beschadigd of in gebruik door een ander proces?",
    );
  }
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    query: async <T,>(text: string, params: unknown[] = []) =>
      (await pglite.query<T>(text, params)).rows,
    close: () => pglite.close(),
  };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePostgres(database.db, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/** PGlite's folder inside DATA_DIR. */
export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, "pgdata");
}

declare global {
  // eslint-disable-next-line no-var
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
