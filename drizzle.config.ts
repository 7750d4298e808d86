import { defineConfig } from "drizzle-kit";

// Migrations are generated here and applied programmatically at start-up or by `npm run migrate`
// (db/db.server.ts), on the embedded server and DATABASE_URL alike (docs/decisions/020).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
