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
  /** Folder for the embedded database (PGlite), exports and documents. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** postgres://… to use a PostgreSQL server; unset = embedded PGlite in DATA_DIR. */
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

export type Env = z.infer<typeof EnvSchema> & { DATA_DIR: string; PUBLIC_URL: string } & AuditSleutelEnv;

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
  const auditSleutel = leesAuditSleutelUitOmgeving(source.AUDIT_SLEUTEL, env.NODE_ENV);
  return {
    ...env,
    ...auditSleutel,
    DATA_DIR: path.resolve(env.DATA_DIR),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
  };
}

// ---------------------------------------------------------------- AUDIT_SLEUTEL (docs/decisions/019)
/**
 * The key of the audit log's HMAC chain and of its anchor: at least 32 bytes, hex or base64
 * (`openssl rand -base64 32`). Required in production; without it in development a key is made
 * once in DATA_DIR (app/services/audit-sleutel.server.ts). The value never appears in a message.
 */
export type AuditSleutelEnv = { AUDIT_SLEUTEL?: Buffer };

export const AUDIT_SLEUTEL_MIN_BYTES = 32;

/** Decode a key given as hex (64+ hex digits) or base64/base64url; null when it is neither or too short. */
export function decodeerAuditSleutel(tekst: string): Buffer | null {
  const t = tekst.trim();
  if (/^(?:[0-9a-fA-F]{2})+$/.test(t) && t.length >= 2 * AUDIT_SLEUTEL_MIN_BYTES) return Buffer.from(t, "hex");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) return null;
  const bytes = Buffer.from(t.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return bytes.length >= AUDIT_SLEUTEL_MIN_BYTES ? bytes : null;
}

function leesAuditSleutelUitOmgeving(waarde: string | undefined, nodeEnv: string): AuditSleutelEnv {
  if (waarde === undefined || waarde.trim() === "") {
    if (nodeEnv === "production") {
      throw new EnvError(
        "Ongeldige configuratie in de omgevingsvariabelen:\n  AUDIT_SLEUTEL: ontbreekt. In productie is een geheime sleutel " +
          `van minstens ${AUDIT_SLEUTEL_MIN_BYTES} bytes nodig (hex of base64, bijvoorbeeld: openssl rand -base64 32).`,
      );
    }
    return {};
  }
  const sleutel = decodeerAuditSleutel(waarde);
  if (!sleutel) {
    throw new EnvError(
      "Ongeldige configuratie in de omgevingsvariabelen:\n  AUDIT_SLEUTEL: moet minstens " +
        `${AUDIT_SLEUTEL_MIN_BYTES} bytes zijn, geschreven als hex of base64 (bijvoorbeeld: openssl rand -base64 32).`,
    );
  }
  return { AUDIT_SLEUTEL: sleutel };
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
