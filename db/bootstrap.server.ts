import type { Env } from "../app/env.server";
import { migrateDatabase, openDatabase, pgliteDir, useDatabase, type Database } from "./db.server";

/**
 * Open the configured database, apply pending migrations and make it the app's database.
 * Used by the server, the worker and the command-line tools.
 */
export async function bootstrapDatabase(env: Env): Promise<Database> {
  const database = await openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: pgliteDir(env.DATA_DIR) },
  );
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  useDatabase(database);
  return database;
}
