/**
 * `npm run migrate`: apply pending migrations and stop (a release step before starting web
 * processes with MIGRATE_ON_START=false). Migrations run under an advisory lock, so processes
 * started together wait for each other instead of failing (docs/decisions/020).
 */
import { bootstrapDatabase } from "../../db/bootstrap.server";
import { omgevingOfStop } from "./omgeving";

const env = omgevingOfStop();

try {
  const database = await bootstrapDatabase(env);
  const [rij] = await database.query<{ aantal: string }>(
    "select count(*)::text as aantal from drizzle.__drizzle_migrations",
  );
  await database.close();
  console.log(`Database bijgewerkt: ${rij?.aantal ?? "?"} migraties toegepast.`);
} catch (error) {
  console.error(`De database kon niet worden bijgewerkt: ${(error as Error).message}`);
  process.exitCode = 1;
}
