/**
 * What every command does first: read the same configuration as the server and open the database,
 * or stop with the plain message (exit 1), never a stack trace (docs/decisions/016, 017).
 */
import { bootstrapDatabase } from "../../db/bootstrap.server";
import type { Database } from "../../db/db.server";
import { EnvError, parseEnv, type Env } from "../env.server";

export function omgevingOfStop(): Env {
  try {
    const env = parseEnv();
    globalThis.__rechtenloketEnv = env;
    return env;
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export async function databaseOfStop(env: Env): Promise<Database> {
  try {
    return await bootstrapDatabase(env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
