/**
 * Start the real server (server.ts, on the built app) as its own process with its own environment,
 * the way tests/e2e/server.spec.ts does, for specs that test start-up settings.
 */
import { spawn } from "node:child_process";

export type Afloop = { code: number | null; signal: NodeJS.Signals | null; output: string };

export function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    // No DATABASE_URL unless the test gives one: each server gets its own embedded database.
    env: { ...process.env, LOG_REQUESTS: "false", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<Afloop>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, output })),
  );
  return {
    child,
    exited,
    output: () => output,
    async waitFor(text: string, timeoutMs = 120_000) {
      const until = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`"${text}" niet gezien:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
