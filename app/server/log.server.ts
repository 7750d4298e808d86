/**
 * The one logger of the portal, the worker and the jobs: JSON lines on stdout (pino), one object a
 * line with `level`, `time` (ISO), `msg` and, for requests, `reqId`, `req`, `res` and `responseTime`
 * (docs/observeerbaarheid.md). No personal data (AVG art. 5 lid 1 onder c, art. 32): request paths
 * are masked (`maskPath`), no query strings, headers, cookies, bodies or client addresses, and errors
 * are logged as their kind, code and stack frames only (never their message). LOG_LEVEL sets the level (default info).
 */
import pino, { type DestinationStream, type Logger } from "pino";

declare global {
  var __rechtenloketLog: Logger | undefined;
}

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** A logger writing to `bestemming` (stdout by default); exported for the test of the masking. */
export function maakLogger(bestemming?: DestinationStream, level = process.env.LOG_LEVEL): Logger {
  return pino(
    {
      level: level && LEVELS.has(level) ? level : "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Never a secret or personal detail, whatever a caller passes by mistake.
      redact: {
        paths: [
          "req.headers",
          "req.query",
          "req.body",
          "req.remoteAddress",
          "req.remotePort",
          "res.headers",
          "*.email",
          "*.password",
          "*.token",
        ],
        remove: true,
      },
    },
    bestemming ?? testBestemming(),
  );
}

/**
 * Under vitest, errors go to console.error (a test that logs an error fails: tests/support/
 * no-console-error.ts), warnings to console.warn (tests may watch them) and the rest is dropped;
 * elsewhere stdout (pino's default, synchronous).
 */
function testBestemming(): DestinationStream | undefined {
  if (!process.env.VITEST) return undefined;
  return {
    write(regel: string) {
      const { level } = JSON.parse(regel) as { level?: string };
      if (level === "error" || level === "fatal") console.error(regel.trimEnd());
      else if (level === "warn") console.warn(regel.trimEnd());
    },
  };
}

/** The process's logger (on globalThis: the server entry and the Remix build share it). */
export function log(): Logger {
  globalThis.__rechtenloketLog ??= maakLogger();
  return globalThis.__rechtenloketLog;
}

/**
 * An error as something safe to log: its kind, code and the stack's frames (where it happened).
 * Never the message: a message may quote what was sent or stored (a database error quotes the value
 * it refused, e.g. an e-mail address), and never the request.
 */
export function foutVoorLog(error: unknown): { type: string; code?: string; stack?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const frames = (error.stack ?? "").split("\n").filter((regel) => /^\s+at /.test(regel));
    return {
      type: error.name,
      ...(typeof code === "string" ? { code } : {}),
      ...(frames.length ? { stack: frames.join("\n") } : {}),
    };
  }
  return { type: typeof error };
}
