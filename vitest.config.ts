import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const resultsDir = process.env.TEST_RESULTS_DIR;

export default defineConfig({
  resolve: {
    alias: {
      "~": fileURLToPath(new URL("./app", import.meta.url)),
    },
  },
  test: {
    include: ["app/**/*.test.ts", "db/**/*.test.ts", "emails/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    // A public key for tests only (docs/decisions/019), so no test writes a key file into ./data.
    env: { AUDIT_SLEUTEL: "dGVzdHNsZXV0ZWwtYWxsZWVuLXZvb3Itdml0ZXN0LTMyYg==" },
    setupFiles: ["./tests/support/no-console-error.ts"],
    // One PostgreSQL server (embedded, or DATABASE_URL) and one migrated template per run; each test
    // file gets its own copy (tests/support/database.ts).
    globalSetup: ["./tests/support/database-sjabloon.ts"],
    // vitest's default is one worker less than the cores: 1 on the 2-core CI machine. Test files wait
    // on the database and on child processes much of the time, so use at least 2 workers.
    // VITEST_MAX_WORKERS still overrides this.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: resultsDir ? ["default", "json"] : ["default"],
    outputFile: resultsDir ? { json: `${resultsDir}/vitest.json` } : undefined,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
