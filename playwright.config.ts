import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { serverOmgeving } from "./tests/e2e/support/server-omgeving";

// A free-ish port per run (several runs may share a machine); workers inherit it through the env.
// Above the fixed ports (3191-3199) that tests/e2e/server.spec.ts gives the extra servers it starts.
process.env.E2E_PORT ??= String(4100 + Math.floor(Math.random() * 800));
const port = Number(process.env.E2E_PORT);
// A fresh embedded database per run (or the PostgreSQL database named by DATABASE_URL).
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "rechtenloket-e2e-"));
process.env.E2E_DATA_DIR = dataDir;
// Where the spec that sends files starts its clamd (tests/e2e/bijlagen.spec.ts, decision 032); the
// server knows the socket from the start. Other specs send no files: without clamd an upload is refused.
const clamdDir = process.env.E2E_CLAMD_DIR ?? path.join(dataDir, "clamd");
process.env.E2E_CLAMD_DIR = clamdDir;

/**
 * Specs that change what every other spec sees on the one shared server (the organisation's details,
 * logo and languages; the whole queue or the demo staff's outbox as a before/after check). They run
 * one at a time, after all other specs: project "gedeeld" is the `teardown` of "desktop", so it starts
 * when "desktop" has finished, and (unlike `dependencies`) also when a test there failed, so CI still
 * reports every test. Every other spec makes its own users and requests: two can run side by side.
 * A new spec that changes shared settings goes in this list (and still restores what it changed).
 */
const GEDEELDE_STAAT = ["**/autorisatie.spec.ts", "**/beheer.spec.ts"];

/**
 * Did the command line pick tests (`playwright test tests/e2e/beheer.spec.ts`, `-g …`)? Then run
 * just those, one at a time: Playwright would otherwise also run every test of the teardown
 * project, whatever the filter. (Worker processes see no arguments; they only look up projects.)
 */
function testsGekozen(argv: string[]): boolean {
  const metWaarde = new Set([
    "-c",
    "--config",
    "-j",
    "--workers",
    "--project",
    "--output",
    "--reporter",
    "--timeout",
    "--retries",
    "--repeat-each",
    "--max-failures",
    "--shard",
    "--trace",
    "--tsconfig",
    "--global-timeout",
    "--grep-invert",
  ]);
  const i = argv.indexOf("test");
  if (i < 0) return false;
  for (let j = i + 1; j < argv.length; j++) {
    const arg = argv[j]!;
    if (["-g", "--grep", "--last-failed", "--only-changed"].includes(arg.split("=")[0]!)) return true;
    if (arg.startsWith("-")) {
      if (!arg.includes("=") && metWaarde.has(arg)) j++;
      continue;
    }
    return true;
  }
  return false;
}
const gekozen = testsGekozen(process.argv);

// Two workers by default (the CI machine has 2 cores; the browser waits on the server most of the
// time). E2E_WORKERS overrides it; tests picked on the command line run one at a time.
const workers = Number(process.env.E2E_WORKERS ?? (gekozen ? 1 : 2));

const desktop = { ...devices["Desktop Chrome"], channel: undefined };

export default defineConfig({
  testDir: "tests/e2e",
  // Files are spread over the workers; the tests inside one file run in order, in one worker.
  fullyParallel: false,
  workers,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.TEST_RESULTS_DIR
    ? [["list"], ["json", { outputFile: `${process.env.TEST_RESULTS_DIR}/e2e.json` }]]
    : "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", testIgnore: GEDEELDE_STAAT, use: desktop, ...(gekozen ? {} : { teardown: "gedeeld" }) },
    { name: "gedeeld", testMatch: GEDEELDE_STAAT, workers: 1, use: desktop },
  ],
  webServer: {
    // The shipped artefact, as `npm run serve` starts it (npm run test:e2e builds it first; after a
    // change, `npm run build` before `playwright test`).
    command: "node --max-semi-space-size=4 build/server.js",
    url: `http://localhost:${port}/gezond`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM lets the portal stop its embedded PostgreSQL server (a SIGKILL would leave it running).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
    // Shared with the fixtures in the Playwright workers (tests/e2e/support/database.ts); clamd of this run.
    env: { ...serverOmgeving(port, dataDir), CLAMD_SOCKET: path.join(clamdDir, "clamd.sock") },
  },
});
