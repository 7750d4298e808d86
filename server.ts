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
import { EnvError, mailMelding, ontwikkelMailboxAan, parseEnv } from "./app/env.server";
import { BESTANDSROUTE, foutAfhandeling, IMPORT_MAX_BODY, originCheck, requestLogger, verdachtGrootBody } from "./app/server/http.server";
import { perIpLimiet } from "./app/server/snelheidslimiet.server";
import { startJobs } from "./app/jobs/boss.server";
import { bootstrapDatabase } from "./db/bootstrap.server";
import { DatabaseUnavailableError, type Database } from "./db/db.server";
import { seedDemoIfEmpty } from "./db/demo.server";
import { zorgVoorOrganisatie } from "./app/services/organisatie.server";
import { opslag } from "./app/services/opslag.server";
import { demoUitnodigingen } from "./app/services/medewerkers.server";
import { AuditSleutelOntbreekt, gebruikAuditSleutels, laadAuditGeheim, leidSleutelsAf } from "./app/services/audit-sleutel.server";
import { startAuditAnker } from "./app/services/audit-anker.server";

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
  console.log(
    database.kind === "ingebouwd"
      ? `Database: ingebouwde PostgreSQL in ${env.DATA_DIR}`
      : "Database: PostgreSQL-server (DATABASE_URL)",
  );

  // Stored files (docs/decisions/025): the disk or the S3 bucket must be usable before we serve.
  await opslag().controleer().catch((error: Error) => fail(error.message));
  console.log(`Opslag: ${opslag().beschrijving}`);

  if (env.SEED_DEMO) {
    const seeded = await seedDemoIfEmpty();
    if (seeded) {
      console.log(`Demopraktijk "${seeded.naam}" aangemaakt.`);
      if (env.NODE_ENV === "production") {
        // Links are secrets: never in a production log (docs/decisions/017). The demo staff have
        // made-up addresses, so they get no invitation either.
        console.log("In productie krijgen de demomedewerkers geen uitnodiging. Nodig uzelf uit met npm run staff:invite.");
      } else {
        // Demo staff sign in with a passkey made through these one-time links (also in /dev/mail).
        for (const uitnodiging of await demoUitnodigingen()) {
          console.log(`Uitnodiging ${uitnodiging.naam} (${uitnodiging.rol}): ${uitnodiging.url}`);
        }
      }
    }
  }
  if (await zorgVoorOrganisatie()) {
    console.log("Lege organisatie aangemaakt: vul de gegevens in bij /beheer.");
  }
  // The chain head, signed, in DATA_DIR: shortly after audit rows, every minute, and on shutdown.
  const auditAnker = await startAuditAnker({ conn: () => database.db, dataDir: env.DATA_DIR });

  // Job workers (docs/decisions/004): JOBS_IN_PROCESS=false leaves them to `npm run worker`.
  const workers = env.JOBS_IN_PROCESS;
  const jobs = await startJobs(database, { workers }).catch((error: Error & { code?: string }) =>
    fail(`De takenverwerker kon niet starten: ${error.code ?? error.name}.`),
  );
  console.log(mailMelding(env, workers));

  const build = (await import(path.join(root, "build/index.js"))) as ServerBuild;

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
  if (env.LOG_REQUESTS) app.use(requestLogger());
  { const normaal = verdachtGrootBody(), importLimiet = verdachtGrootBody(IMPORT_MAX_BODY); const bestanden = verdachtGrootBody(env.BESTANDEN_MAX_MB_PER_AANVRAAG * 1024 * 1024 + 1024 * 1024); app.use((req, res, next) => (req.path === "/beheer/import" ? importLimiet : BESTANDSROUTE.test(req.path) ? bestanden : normaal)(req, res, next)); } // the client-records import (docs/import-formaat.md) may be up to 2 MB
  app.use(originCheck(env.PUBLIC_URL));
  // Per-IP limit on the public mutations that cost us something (codes, intake, sign-in), counted in
  // the database for all web processes (docs/decisions/003, 017). Codes per address, tries per code
  // and submissions per account are limited in the database as well.
  const perIp = perIpLimiet({ db: database.db, perMinuut: env.RATE_LIMIT_PER_MINUTE });
  app.use(["/inloggen", "/verzoek", "/passkey", "/backoffice/inloggen", "/backoffice/passkey", "/ontvanger"], perIp.middleware);

  app.use(
    "/build",
    express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }),
  );
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
    console.log(`Rechtenloket draait op ${env.PUBLIC_URL} (luistert op ${env.HOST}:${env.PORT})`);
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
    perIp.stop();
    await jobs.stop().catch(() => {});
    await auditAnker.stop().catch(() => {});
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
