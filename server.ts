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
import helmet from "helmet";
import type { Database } from "./db/db.server";

/**
 * The project folder: this file's folder, or its parent when this is the bundle build/server.js
 * (npm run build, scripts/bundel.mjs).
 */
const hier = path.dirname(fileURLToPath(import.meta.url));
const root = path.basename(hier) === "build" ? path.dirname(hier) : hier;

/**
 * Everything the entry starts comes from the Remix server build (app/server/opstart.server.ts
 * through app/entry.server.tsx): one copy of the services in this process (docs/decisions/024).
 */
const build = (await import(path.join(root, "build/index.js"))) as ServerBuild;
const {
  AuditSleutelOntbreekt,
  BESTANDSROUTE,
  bootstrapDatabase,
  DatabaseUnavailableError,
  demoUitnodigingen,
  EnvError,
  foutAfhandeling,
  gebruikAuditSleutels,
  gereedHandler,
  httpMetrieken,
  IMPORT_MAX_BODY,
  laadAuditGeheim,
  leidSleutelsAf,
  log,
  mailMelding,
  metriekenHandler,
  ontwikkelMailboxAan,
  opslag,
  originCheck,
  parseEnv,
  perIpLimiet,
  requestLogger,
  seedDemo,
  startAuditAnker,
  startJobs,
  verdachtGrootBody,
  zorgVoorOrganisatie,
} = (build.entry.module as unknown as { opstart: typeof import("./app/server/opstart.server") }).opstart;

async function main() {
  let env;
  try {
    env = parseEnv();
    globalThis.__rechtenloketEnv = env;
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  // The audit key (docs/decisions/019): AUDIT_SLEUTEL, or in development a key made once in DATA_DIR.
  try {
    gebruikAuditSleutels(leidSleutelsAf(laadAuditGeheim(env, { maakAan: true })));
  } catch (error) {
    if (error instanceof AuditSleutelOntbreekt) fail(error.message);
    throw error;
  }

  let database: Database;
  try {
    database = await bootstrapDatabase(env, { portaal: true, migreren: env.MIGRATE_ON_START });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    fail(`De database kon niet worden bijgewerkt: ${(error as Error).message}`);
  }
  log().info(
    database.kind === "ingebouwd"
      ? `Database: ingebouwde PostgreSQL in ${env.DATA_DIR}`
      : "Database: PostgreSQL-server (DATABASE_URL)",
  );

  // Stored files (docs/decisions/025): the disk or the S3 bucket must be usable before we serve.
  await opslag()
    .controleer()
    .catch((error: Error) => fail(error.message));
  log().info(`Opslag: ${opslag().beschrijving}`);

  if (env.SEED_DEMO) {
    // The practice and its six requests (db/demo-verzoeken.server.ts), only on an empty database.
    // Not the requests in production: their e-mails would go out to made-up addresses, like the
    // invitations below.
    const seeded = await seedDemo({ verzoeken: env.NODE_ENV !== "production" });
    if (seeded) {
      const aantal = Object.keys(seeded.verzoeken).length;
      log().info({ praktijk: seeded.naam, verzoeken: aantal }, `Demopraktijk ${seeded.naam} aangemaakt.`);
      if (env.NODE_ENV === "production") {
        // Links are secrets: never in a production log (docs/decisions/017). The demo staff have
        // made-up addresses, so they get no invitation either.
        log().info(
          "In productie krijgen de demomedewerkers geen uitnodiging. Nodig uzelf uit met npm run staff:invite.",
        );
      } else {
        // Demo staff sign in with a passkey made through these one-time links (also in /dev/mail).
        for (const uitnodiging of await demoUitnodigingen()) {
          log().info(`Uitnodiging ${uitnodiging.naam} (${uitnodiging.rol}): ${uitnodiging.url}`);
        }
      }
    }
  }
  if (await zorgVoorOrganisatie()) {
    log().info("Lege organisatie aangemaakt: vul de gegevens in bij /beheer.");
  }
  // The chain head, signed, in DATA_DIR: shortly after audit rows, every minute, and on shutdown.
  const auditAnker = await startAuditAnker({ conn: () => database.db, dataDir: env.DATA_DIR });

  // Job workers (docs/decisions/004): JOBS_IN_PROCESS=false leaves them to `npm run worker`.
  const workers = env.JOBS_IN_PROCESS;
  const jobs = await startJobs(database, { workers }).catch((error: Error & { code?: string }) =>
    fail(`De takenverwerker kon niet starten: ${error.code ?? error.name}.`),
  );
  log().info(mailMelding(env, workers));

  const app = express();
  app.disable("x-powered-by");
  // A hop count or the proxies' addresses, never "everyone" (docs/decisions/017).
  if (env.TRUST_PROXY !== false) app.set("trust proxy", env.TRUST_PROXY);

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
  // The development mailbox shows every sign-in code and link: it exists only outside production,
  // without SMTP and on this computer only (docs/decisions/017); otherwise all of /dev/mail* is 404
  // here, before Remix (the routes check the same). Its HTML view sets its own, relaxed CSP
  // (app/routes/dev.mail.$id_.html.ts); two policies would both apply, so the site's is taken off.
  if (ontwikkelMailboxAan(env)) {
    app.use(/^\/dev\/mail\/[^/]+\/html$/, (_req, res, next) => {
      res.removeHeader("Content-Security-Policy");
      next();
    });
  } else {
    app.use(/^\/dev\/mail(\.json|\/|$)/i, (_req, res) => {
      res.status(404).type("text/plain; charset=utf-8").send("Niet gevonden");
    });
  }
  // The logo is also shown in e-mails, read from another origin (app/routes/logo.ts).
  app.use("/logo", (_req, res, next) => (res.setHeader("Cross-Origin-Resource-Policy", "cross-origin"), next()));
  app.use((req, res, next) => {
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  });
  app.use(httpMetrieken());
  if (env.LOG_REQUESTS) app.use(requestLogger());
  // Prometheus metrics (token, or this computer only) and readiness (database, migrations, storage):
  // docs/observeerbaarheid.md. /gezond (a Remix route) stays the liveness check.
  app.get("/metrics", metriekenHandler(env.METRICS_TOKEN));
  app.get("/gereed", gereedHandler());
  {
    const normaal = verdachtGrootBody(),
      importLimiet = verdachtGrootBody(IMPORT_MAX_BODY);
    const bestanden = verdachtGrootBody(env.BESTANDEN_MAX_MB_PER_AANVRAAG * 1024 * 1024 + 1024 * 1024);
    app.use((req, res, next) =>
      (req.path === "/beheer/import" ? importLimiet : BESTANDSROUTE.test(req.path) ? bestanden : normaal)(
        req,
        res,
        next,
      ),
    );
  } // the client-records import (docs/import-formaat.md) may be up to 2 MB
  app.use(originCheck(env.PUBLIC_URL));
  // Per-IP limit on the public mutations that cost us something (codes, intake, sign-in), counted in
  // the database for all web processes (docs/decisions/003, 017). Codes per address, tries per code
  // and submissions per account are limited in the database as well.
  const perIp = perIpLimiet({ db: database.db, perMinuut: env.RATE_LIMIT_PER_MINUTE });
  app.use(
    ["/inloggen", "/verzoek", "/passkey", "/backoffice/inloggen", "/backoffice/passkey", "/ontvanger"],
    perIp.middleware,
  );

  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h", index: false }));

  app.all(
    "*",
    createRequestHandler({
      build,
      // Always Remix's production mode: its development mode puts error stacks in responses, and we
      // do not use the Remix dev server (docs/decisions/016).
      mode: "production",
      getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
    }),
  );

  app.use(foutAfhandeling());

  const server: Server = app.listen(env.PORT, env.HOST, () => {
    log().info(`Rechtenloket draait op ${env.PUBLIC_URL} (luistert op ${env.HOST}:${env.PORT})`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log().info("Tweede stopsignaal: direct stoppen.");
      process.exit(1);
    }
    stopping = true;
    log().info(`${signal} ontvangen: netjes stoppen…`);
    const force = setTimeout(() => server.closeAllConnections(), 3000);
    force.unref();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    perIp.stop();
    await jobs.stop().catch(() => {});
    await auditAnker.stop().catch(() => {});
    await database.close().catch(() => {});
    log().info("Gestopt.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

/** A start that cannot go on: one JSON line for the log, and the plain sentence for the person starting it. */
function fail(message: string): never {
  log().fatal({ melding: message }, "Start afgebroken");
  console.error(message);
  process.exit(1);
}

await main();
