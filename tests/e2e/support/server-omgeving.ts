/**
 * The environment of the e2e server (playwright.config.ts `webServer.env`). The fixtures in
 * ./database.ts parse the same one in the Playwright worker, so the app's services there see what
 * the server sees: the same DATA_DIR (audit key, embedded database), PUBLIC_URL and database.
 */
export function serverOmgeving(poort: number | string, dataDir: string): Record<string, string> {
  return {
    PORT: String(poort),
    DATA_DIR: dataDir,
    SEED_DEMO: "true",
    LOG_REQUESTS: "false",
    // Every test comes from 127.0.0.1; the per-IP limit has its own test (tests/e2e/server.spec.ts).
    RATE_LIMIT_PER_MINUTE: "100000",
    NODE_ENV: "test",
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  };
}
