/**
 * The server entry: express + @remix-run/express, security headers, request logging without
 * personal data, graceful shutdown, and the one place that starts the database and the jobs.
 */
import crypto from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { EnvError, parseEnv } from "./app/env.server";
import { originCheck, requestLogger, verdachtGrootBody } from "./app/server/http.server";
import { startJobs } from "./app/jobs/boss.server";
import { bootstrapDatabase } from "./db/bootstrap.server";
import { DatabaseUnavailableError, type Database } from "./db/db.server";
import { seedDemoIfEmpty } from "./db/demo.server";
import { zorgVoorOrganisatie } from "./app/services/organisatie.server";
import { demoUitnodigingen } from "./app/services/medewerkers.server";

const root = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  let env;
  try {
    env = parseEnv();
    globalThis.__rechtenloketEnv = env;
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }

  let database: Database;
  try {
    database = await bootstrapDatabase(env, { portaal: true, migreren: env.MIGRATE_ON_START });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    fail(`De database kon niet worden bijgewerkt: ${(error as Error).message}`);
  }
  console.log(
    database.kind === "ingebouwd"
      ? `Database: ingebouwde PostgreSQL in ${env.DATA_DIR}`
      : "Database: PostgreSQL-server (DATABASE_URL)",
  );

  if (env.SEED_DEMO) {
    const seeded = await seedDemoIfEmpty();
    if (seeded) {
      console.log(`Demopraktijk "${seeded.naam}" aangemaakt.`);
      // Demo staff sign in with a passkey made through these one-time links (also in /dev/mail).
      for (const uitnodiging of await demoUitnodigingen()) {
        console.log(`Uitnodiging ${uitnodiging.naam} (${uitnodiging.rol}): ${uitnodiging.url}`);
      }
    }
  }
  if (await zorgVoorOrganisatie()) {
    console.log("Lege organisatie aangemaakt: vul de gegevens in bij /beheer.");
  }

  // Job workers (docs/decisions/004): JOBS_IN_PROCESS=false leaves them to `npm run worker`.
  const workers = env.JOBS_IN_PROCESS;
  const jobs = await startJobs(database, { workers }).catch((error: Error & { code?: string }) =>
    fail(`De takenverwerker kon niet starten: ${error.code ?? error.name}.`),
  );
  if (workers && !env.SMTP_URL) {
    console.log("SMTP_URL is niet ingesteld: e-mail blijft in de uitgaande post (/dev/mail).");
  }

  const build = (await import(path.join(root, "build/index.js"))) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  if (env.TRUST_PROXY) app.set("trust proxy", true);

  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      // HSTS only when the browser reached us over https (directly or behind a trusted proxy).
      strictTransportSecurity: false,
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
      frameguard: { action: "deny" },
    }),
  );
  // The development mailbox's HTML view sets its own, relaxed CSP (app/routes/dev.mail.$id_.html.ts);
  // two policies would both apply, so the site's is taken off that one path.
  if (env.NODE_ENV !== "production") {
    app.use(/^\/dev\/mail\/[^/]+\/html$/, (_req, res, next) => {
      res.removeHeader("Content-Security-Policy");
      next();
    });
  }
  // The logo is also shown in e-mails, read from another origin (app/routes/logo.ts).
  app.use("/logo", (_req, res, next) => (res.setHeader("Cross-Origin-Resource-Policy", "cross-origin"), next()));
  app.use((req, res, next) => {
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  });
  if (env.LOG_REQUESTS) app.use(requestLogger());
  { const normaal = verdachtGrootBody(), importLimiet = verdachtGrootBody(5 * 1024 * 1024); app.use((req, res, next) => (req.path === "/beheer/import" ? importLimiet : normaal)(req, res, next)); } // the client-records import (docs/import-formaat.md) may be up to 2 MB
  app.use(originCheck(env.PUBLIC_URL));
  // Per-IP limit on the public mutations that cost us something (codes, intake, sign-in). Codes per
  // address, tries per code and submissions per account are limited in the database as well
  // (docs/decisions/003); this in-process counter is the coarse first gate.
  const perIp = rateLimit({
    windowMs: 60_000,
    limit: env.RATE_LIMIT_PER_MINUTE,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    skip: (req) => req.method !== "POST",
    handler: (_req, res) => {
      res
        .status(429)
        .type("text/plain; charset=utf-8")
        .send("U heeft te vaak achter elkaar iets verstuurd. Wacht een minuut en probeer het opnieuw.");
    },
  });
  app.use(["/inloggen", "/verzoek", "/passkey", "/backoffice/inloggen", "/backoffice/passkey", "/ontvanger"], perIp);

  app.use(
    "/build",
    express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(path.join(root, "public"), { maxAge: "1h", index: false }));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: env.NODE_ENV === "production" ? "production" : "development",
      getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
    }),
  );

  const server: Server = app.listen(env.PORT, env.HOST, () => {
    console.log(`Rechtenloket draait op ${env.PUBLIC_URL}`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      console.log("Tweede stopsignaal: direct stoppen.");
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal} ontvangen: netjes stoppen…`);
    const force = setTimeout(() => server.closeAllConnections(), 3000);
    force.unref();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await jobs.stop().catch(() => {});
    await database.close().catch(() => {});
    console.log("Gestopt.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

await main();
