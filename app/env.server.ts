import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Names express accepts for groups of addresses in `trust proxy` (proxy-addr). */
const PROXY_NAMEN = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * TRUST_PROXY (docs/decisions/017): `false` (default), the number of proxies in front of the
 * server (1 for one nginx or Caddy), or a comma-separated list of the proxies' addresses and
 * subnets. `true` ("trust every address in X-Forwarded-For") is refused: a client could then pick
 * its own address and get round the per-IP limit.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((waarde, ctx): false | number | string[] => {
    const klein = waarde.toLowerCase();
    if (klein === "false" || klein === "no" || klein === "0") return false;
    if (klein === "true" || klein === "yes") {
      ctx.addIssue({
        code: "custom",
        message:
          '"true" wordt niet meer aanvaard: dan kan iedereen zijn eigen IP-adres opgeven. Geef het aantal ' +
          "proxy's vóór de server (meestal 1: TRUST_PROXY=1) of hun adressen (bijvoorbeeld TRUST_PROXY=10.0.0.5 of 10.0.0.0/24).",
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(klein)) {
      const hops = Number(klein);
      if (hops > 10) {
        ctx.addIssue({ code: "custom", message: "geef een aantal proxy's van 1 tot en met 10." });
        return z.NEVER;
      }
      return hops;
    }
    const delen = waarde.split(",").map((d) => d.trim());
    const fout = delen.find((deel) => !geldigProxyAdres(deel));
    if (fout !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `"${(fout || waarde).slice(0, 60)}" is geen aantal proxy's en geen IP-adres of subnet (zoals 10.0.0.5, 10.0.0.0/24, fd00::/8 of loopback).`,
      });
      return z.NEVER;
    }
    return delen;
  });

function geldigProxyAdres(deel: string): boolean {
  if (PROXY_NAMEN.has(deel)) return true;
  const [adres, prefix, teveel] = deel.split("/");
  if (teveel !== undefined || !adres) return false;
  const versie = isIP(adres);
  if (versie === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (versie === 4 ? 32 : 128);
}

/** Environment, parsed once at start-up; a bad value stops the server naming the variable. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address to listen on: this computer only by default; 0.0.0.0 in a container or behind a proxy elsewhere. */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Folder for the embedded database PostgreSQL server (pgdata), exports and documents. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** postgres://… to use a PostgreSQL server; unset = the embedded server in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "moet beginnen met postgres:// of postgresql://")
    .optional(),
  /** The address people use, e.g. https://rechten.praktijk.nl; also the WebAuthn origin. Required in production. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp://user:pass@host:587 or smtps://…; unset = mail stays in the outbox. Required in production. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "moet beginnen met smtp:// of smtps://")
    .optional(),
  /** Production without SMTP_URL, to try an installation out: nobody gets codes or invitations. */
  ALLOW_NO_SMTP: booleanString.default(false),
  MAIL_FROM: z.string().min(3).default("Rechtenloket <noreply@rechtenloket.local>"),
  /** Apply pending migrations at start-up (default); false when a release step runs `npm run migrate`. */
  MIGRATE_ON_START: booleanString.default(true),
  /** Run the pg-boss workers inside the web process (default) or only in `npm run worker`. */
  JOBS_IN_PROCESS: booleanString.default(true),
  /** Seed the fictional demo practice when the database is empty (default: not in production). */
  SEED_DEMO: booleanString.optional(),
  /** Behind a reverse proxy: how many proxies, or which addresses, may set X-Forwarded-* (HSTS, secure cookies, client IP). */
  TRUST_PROXY: trustProxy.default(false),
  /** One JSON log line per request (docs/observeerbaarheid.md). */
  LOG_REQUESTS: booleanString.default(true),
  /** Log level of the JSON logs: fatal, error, warn, info (default), debug, trace or silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Bearer token for GET /metrics; unset = /metrics answers only on this computer (docs/observeerbaarheid.md). */
  METRICS_TOKEN: z
    .string()
    .trim()
    .min(16, "moet minstens 16 tekens zijn (bijvoorbeeld: openssl rand -hex 32).")
    .optional(),
  /** Per-IP POSTs a minute on sign-in, codes, intake and downloads (docs/decisions/003, 017). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /**
   * The virus scanner for uploaded files (docs/decisions/028): clamd's unix socket, or its host and
   * port. Without either, every upload is refused (nothing is stored unscanned).
   */
  CLAMD_SOCKET: z.string().trim().min(1).optional(),
  CLAMD_HOST: z.string().trim().min(1).optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Seconds clamd may take for one file before the upload is refused (decision 028). */
  CLAMD_TIMEOUT_SECONDEN: z.coerce.number().int().min(1).max(600).default(60),
  /** Take Word, Excel and OpenDocument files too (default: only PDF, JPEG and PNG). */
  BESTANDEN_KANTOORFORMATEN: booleanString.default(false),
  /** Largest file in MB, and largest total of the files in one form sent (decision 028). */
  BESTAND_MAX_MB: z.coerce.number().int().min(1).max(1024).default(100),
  BESTANDEN_MAX_MB_PER_AANVRAAG: z.coerce.number().int().min(1).max(4096).default(250),
  /** Where stored files go (docs/decisions/025): `lokaal` (DATA_DIR/opslag, default) or `s3` (an S3-compatible bucket). */
  OPSLAG: z.enum(["lokaal", "s3"], { error: "kies lokaal (de schijf, standaard) of s3." }).default("lokaal"),
  /** The S3 service's address, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000; unset = Amazon S3 itself. */
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "moet een adres zijn dat met https:// (of http://) begint." })
    .optional(),
  /** The bucket (S3 naming rules: 3-63 characters, lower-case letters, digits, dots and hyphens). */
  S3_BUCKET: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      "moet 3 tot 63 tekens zijn: kleine letters, cijfers, punten en streepjes.",
    )
    .optional(),
  /** The bucket's region; most S3-compatible services accept us-east-1 (the default). */
  S3_REGION: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, "moet een regio zijn zoals eu-central-1 of us-east-1.")
    .default("us-east-1"),
  /** Access key; with S3_SECRET_ACCESS_KEY. Both unset: the AWS default chain (AWS_* variables, instance role). */
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** true for MinIO and most self-hosted S3 services (http://host/bucket/key instead of http://bucket.host/key). */
  S3_FORCE_PATH_STYLE: booleanString.default(false),
  /** Optional folder inside the bucket, e.g. rechtenloket/ when the bucket is shared. */
  S3_PREFIX: z
    .string()
    .trim()
    .regex(/^([A-Za-z0-9_-][A-Za-z0-9._-]*\/)+$/, "moet een map zijn die op / eindigt, zoals rechtenloket/.")
    .optional(),
});

type Parsed = z.infer<typeof EnvSchema>;
export type Env = Omit<Parsed, "SEED_DEMO"> & {
  DATA_DIR: string;
  PUBLIC_URL: string;
  SEED_DEMO: boolean;
} & AuditSleutelEnv;

export class EnvError extends Error {
  override readonly name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (!result.success) {
    throw ongeldig(
      result.error.issues.map((issue) => ({ variabele: issue.path.join(".") || "(omgeving)", melding: issue.message })),
    );
  }
  const env = result.data;
  // Every problem at once, so an operator fixes the configuration in one go.
  const audit = leesAuditSleutelUitOmgeving(source.AUDIT_SLEUTEL, env.NODE_ENV);
  const problemen = [
    ...productieProblemen(env),
    ...opslagProblemen(env, source),
    ...(audit.probleem ? [audit.probleem] : []),
  ];
  if (problemen.length > 0) throw ongeldig(problemen);
  const auditSleutel: AuditSleutelEnv = audit.sleutel ? { AUDIT_SLEUTEL: audit.sleutel } : {};
  return {
    ...env,
    ...auditSleutel,
    DATA_DIR: path.resolve(env.DATA_DIR),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    SEED_DEMO: env.SEED_DEMO ?? env.NODE_ENV !== "production",
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

function leesAuditSleutelUitOmgeving(
  waarde: string | undefined,
  nodeEnv: string,
): { sleutel?: Buffer; probleem?: { variabele: string; melding: string } } {
  if (waarde === undefined || waarde.trim() === "") {
    if (nodeEnv !== "production") return {};
    return {
      probleem: {
        variabele: "AUDIT_SLEUTEL",
        melding: `ontbreekt. In productie is een geheime sleutel van minstens ${AUDIT_SLEUTEL_MIN_BYTES} bytes nodig (hex of base64, bijvoorbeeld: openssl rand -base64 32).`,
      },
    };
  }
  const sleutel = decodeerAuditSleutel(waarde);
  if (sleutel) return { sleutel };
  return {
    probleem: {
      variabele: "AUDIT_SLEUTEL",
      melding: `moet minstens ${AUDIT_SLEUTEL_MIN_BYTES} bytes zijn, geschreven als hex of base64 (bijvoorbeeld: openssl rand -base64 32).`,
    },
  };
}

function ongeldig(problemen: Array<{ variabele: string; melding: string }>): EnvError {
  const lines = problemen.map((p) => `  ${p.variabele}: ${p.melding}`);
  return new EnvError(`Ongeldige configuratie in de omgevingsvariabelen:\n${lines.join("\n")}`);
}

/**
 * What production needs before it may start (docs/decisions/017): the public https address (for
 * links in e-mails, secure cookies and passkeys) and a mail server (sign-in codes and invitations
 * only travel by e-mail). ALLOW_NO_SMTP=true starts without mail, to try an installation out.
 */
export function productieProblemen(
  env: Pick<Parsed, "NODE_ENV" | "PUBLIC_URL" | "SMTP_URL" | "ALLOW_NO_SMTP">,
): Array<{ variabele: string; melding: string }> {
  if (env.NODE_ENV !== "production") return [];
  const problemen: Array<{ variabele: string; melding: string }> = [];
  if (!env.PUBLIC_URL) {
    problemen.push({
      variabele: "PUBLIC_URL",
      melding:
        "verplicht in productie: het adres waarop mensen het loket openen, bijvoorbeeld https://rechten.praktijk.nl.",
    });
  } else {
    const url = new URL(env.PUBLIC_URL);
    if (url.protocol !== "https:" && !isLoopbackHost(url.hostname)) {
      problemen.push({
        variabele: "PUBLIC_URL",
        melding: "moet in productie met https:// beginnen (alleen http://localhost mag zonder).",
      });
    }
  }
  if (!env.SMTP_URL && !env.ALLOW_NO_SMTP) {
    problemen.push({
      variabele: "SMTP_URL",
      melding:
        "verplicht in productie: codes om in te loggen en uitnodigingen gaan per e-mail. " +
        "Alleen om de installatie zonder e-mail te proberen: ALLOW_NO_SMTP=true.",
    });
  }
  return problemen;
}

const S3_VARIABELEN = [
  "S3_ENDPOINT",
  "S3_BUCKET",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
  "S3_PREFIX",
] as const;

/**
 * The storage settings fit together (docs/decisions/025): OPSLAG=s3 needs a bucket, access key and
 * secret come as a pair, and S3 settings without OPSLAG=s3 are refused: otherwise files would
 * silently land on one machine's disk while the operator believes they are shared.
 */
export function opslagProblemen(
  env: Pick<Parsed, "OPSLAG" | "S3_BUCKET" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY">,
  source: Record<string, string | undefined> = {},
): Array<{ variabele: string; melding: string }> {
  if (env.OPSLAG !== "s3") {
    const gezet = S3_VARIABELEN.filter((naam) => (source[naam] ?? "") !== "");
    return gezet.length === 0
      ? []
      : [
          {
            variabele: "OPSLAG",
            melding: `${gezet.join(", ")} ${gezet.length === 1 ? "is" : "zijn"} ingesteld, maar OPSLAG niet op s3: zet OPSLAG=s3 of haal ${gezet.length === 1 ? "die variabele" : "die variabelen"} weg.`,
          },
        ];
  }
  const problemen: Array<{ variabele: string; melding: string }> = [];
  if (!env.S3_BUCKET)
    problemen.push({
      variabele: "S3_BUCKET",
      melding: "verplicht bij OPSLAG=s3: de naam van de bucket voor pakketten, documenten en het logo.",
    });
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    problemen.push({
      variabele: env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID",
      melding:
        "S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY horen bij elkaar: geef ze allebei, of geen van beide (dan gelden de AWS_*-variabelen of de rol van de machine).",
    });
  }
  return problemen;
}

/** Is `host` this computer only (127.0.0.0/8, ::1, localhost)? 0.0.0.0 and :: are every interface. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || h === "0:0:0:0:0:0:0:1" || /^::ffff:127\./.test(h);
  return false;
}

/**
 * The development mailbox (/dev/mail) shows every e-mail, sign-in codes and invitation links
 * included. It exists only when all of these hold: not production, no SMTP server (mail stays in
 * the outbox) and the server listens on this computer only (docs/decisions/017).
 */
export function ontwikkelMailboxAan(env: Pick<Env, "NODE_ENV" | "SMTP_URL" | "HOST">): boolean {
  return env.NODE_ENV !== "production" && !env.SMTP_URL && isLoopbackHost(env.HOST);
}

/** The SMTP server without user name or password, for the log. */
export function smtpServerZonderGeheim(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ""}`;
  } catch {
    return "(SMTP_URL)";
  }
}

/** The start log's line on where e-mail goes (never a code or link). */
export function mailMelding(
  env: Pick<Env, "NODE_ENV" | "SMTP_URL" | "HOST" | "PUBLIC_URL">,
  workersHier: boolean,
): string {
  if (env.SMTP_URL) {
    const server = smtpServerZonderGeheim(env.SMTP_URL);
    return workersHier
      ? `E-mail: wordt verstuurd via ${server}.`
      : `E-mail: wordt verstuurd via ${server} door de takenverwerker (npm run worker).`;
  }
  if (ontwikkelMailboxAan(env)) {
    return `E-mail: SMTP_URL is niet ingesteld. E-mail blijft in de uitgaande post; lees hem op ${env.PUBLIC_URL}/dev/mail (alleen vanaf deze computer).`;
  }
  const reden =
    env.NODE_ENV === "production"
      ? "in productie bestaat die niet"
      : `de server luistert niet alleen op deze computer (HOST=${env.HOST})`;
  return (
    "E-mail: SMTP_URL is niet ingesteld. E-mail blijft in de uitgaande post en wordt NIET verstuurd: " +
    `niemand krijgt codes of uitnodigingen. De ontwikkel-mailbox (/dev/mail) staat uit: ${reden}.`
  );
}

declare global {
  var __rechtenloketEnv: Env | undefined;
}

/** The parsed environment (parsed on first use; the server parses it first thing at start-up). */
export function env(): Env {
  globalThis.__rechtenloketEnv ??= parseEnv();
  return globalThis.__rechtenloketEnv;
}
