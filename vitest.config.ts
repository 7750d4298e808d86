import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import "./tests/support/node20-polyfills";

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
    setupFiles: ["./tests/support/node20-polyfills.ts", "./tests/support/no-console-error.ts"],
    reporters: resultsDir ? ["default", "json"] : ["default"],
    outputFile: resultsDir ? { json: `${resultsDir}/vitest.json` } : undefined,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
