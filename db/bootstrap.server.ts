import type { Env } from "../app/env.server";
import { migrateDatabase, openDatabase, useDatabase, type Database } from "./db.server";

/**
 * Open the configured database (the embedded server in DATA_DIR, or DATABASE_URL), apply pending
 * migrations under an advisory lock unless told not to, and make it the app's database.
 * Used by the server, the worker and the command-line tools.
 */
export async function bootstrapDatabase(
  env: Env,
  options: { portaal?: boolean; migreren?: boolean } = {},
): Promise<Database> {
  const database = await openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.DATA_DIR, portaal: options.portaal },
  );
  try {
    if (options.migreren ?? true) await migrateDatabase(database);
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  useDatabase(database);
  return database;
}
