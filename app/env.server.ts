import path from "node:path";
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Environment, parsed once at start-up; a bad value stops the server naming the variable. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Folder for the embedded PostgreSQL server (pgdata), exports and documents. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** postgres://… to use a PostgreSQL server; unset = the embedded server in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "moet beginnen met postgres:// of postgresql://")
    .optional(),
  /** The address people use, e.g. https://rechten.praktijk.nl; also the WebAuthn origin. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp://user:pass@host:587 or smtps://…; unset = mail stays in the outbox, readable at /dev/mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "moet beginnen met smtp:// of smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Rechtenloket <noreply@rechtenloket.local>"),
  /** Apply pending migrations at start-up (default); false when a release step runs `npm run migrate`. */
  MIGRATE_ON_START: booleanString.default(true),
  /** Run the pg-boss workers inside the web process (default) or only in `npm run worker`. */
  JOBS_IN_PROCESS: booleanString.default(true),
  /** Seed the fictional demo practice when the database is empty. */
  SEED_DEMO: booleanString.default(true),
  /** Behind a reverse proxy: trust X-Forwarded-* (needed for HSTS and secure cookies). */
  TRUST_PROXY: booleanString.default(false),
  LOG_REQUESTS: booleanString.default(true),
  /** Per-IP POSTs a minute on sign-in, codes, intake and downloads (docs/decisions/003). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
});

export type Env = z.infer<typeof EnvSchema> & { DATA_DIR: string; PUBLIC_URL: string };

export class EnvError extends Error {
  override readonly name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".") || "(omgeving)"}: ${issue.message}`,
    );
    throw new EnvError(`Ongeldige configuratie in de omgevingsvariabelen:\n${lines.join("\n")}`);
  }
  const env = result.data;
  return {
    ...env,
    DATA_DIR: path.resolve(env.DATA_DIR),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
  };
}

declare global {
  // eslint-disable-next-line no-var
  var __rechtenloketEnv: Env | undefined;
}

/** The parsed environment (parsed on first use; the server parses it first thing at start-up). */
export function env(): Env {
  globalThis.__rechtenloketEnv ??= parseEnv();
  return globalThis.__rechtenloketEnv;
}
