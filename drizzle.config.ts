import { defineConfig } from "drizzle-kit";

// Migrations are generated here and applied programmatically at start-up (db/migrate.server.ts),
// on PGlite and PostgreSQL alike (docs/decisions/001).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
