/**
 * Observability endpoints (docs/observeerbaarheid.md): `GET /metrics` in Prometheus' text format
 * (prom-client) and `GET /gereed`, the readiness check. `/gezond` (app/routes/gezond.ts) stays the
 * liveness check. Counts only: no names, addresses or request numbers in any label (AVG art. 5 lid 1
 * onder c).
 */
import { timingSafeEqual, createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { NextFunction, Request, Response } from "express";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { database, MIGRATIONS_FOLDER } from "../../db/db.server";
import { amsterdamDate } from "../domain/calendar";
import { opslag } from "../services/opslag.server";
import { isLoopbackHost } from "../env.server";
import { foutVoorLog, log } from "./log.server";

type Metrieken = { register: Registry; httpDuur: Histogram<"method" | "route" | "status"> };

declare global {
  var __rechtenloketMetrieken: Metrieken | undefined;
}

/** The statuses in which a request is still open (the queue's, app/services/wachtrij.server.ts). */
const OPEN = "status not in ('afgerond', 'ingetrokken')";

async function rijen<T>(sql: string, params?: unknown[]): Promise<T[] | null> {
  try {
    return await database().query<T>(sql, params);
  } catch (error) {
    log().warn({ err: foutVoorLog(error) }, "Metrieken: database niet bereikbaar");
    return null;
  }
}

export function metrieken(): Metrieken {
  if (globalThis.__rechtenloketMetrieken) return globalThis.__rechtenloketMetrieken;
  const register = new Registry();
  collectDefaultMetrics({ register });

  const httpDuur = new Histogram({
    name: "rechtenloket_http_request_duration_seconds",
    help: "Duur van HTTP-verzoeken per methode, route (gemaskeerd pad) en statuscode.",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });

  new Gauge({
    name: "rechtenloket_verzoeken_open",
    help: "Open AVG-verzoeken per status.",
    labelNames: ["status"] as const,
    registers: [register],
    async collect() {
      const r = await rijen<{ status: string; aantal: number }>(
        `select status, count(*)::int as aantal from verzoeken where ${OPEN} group by status`,
      );
      this.reset();
      for (const { status, aantal } of r ?? []) this.set({ status }, aantal);
    },
  });

  new Gauge({
    name: "rechtenloket_verzoeken_over_wettelijke_termijn",
    help: "Open AVG-verzoeken waarvan de wettelijke termijn (art. 12 lid 3 AVG, met verlenging) voorbij is.",
    registers: [register],
    async collect() {
      const r = await rijen<{ aantal: number }>(
        `select count(*)::int as aantal from verzoeken where ${OPEN} and wettelijke_termijn < $1::date`,
        [amsterdamDate(new Date())],
      );
      if (r) this.set(r[0]?.aantal ?? 0);
    },
  });

  new Gauge({
    name: "rechtenloket_uitgaande_mail",
    help: "E-mails in de uitgaande post: wachtend (nog te versturen) en mislukt (opgegeven).",
    labelNames: ["status"] as const,
    registers: [register],
    async collect() {
      const r = await rijen<{ status: string; aantal: number }>(
        "select status, count(*)::int as aantal from uitgaande_mail where status in ('wachtend', 'mislukt') group by status",
      );
      if (!r) return;
      this.set({ status: "wachtend" }, 0);
      this.set({ status: "mislukt" }, 0);
      for (const { status, aantal } of r) this.set({ status }, aantal);
    },
  });

  new Gauge({
    name: "rechtenloket_uitgaande_mail_oudste_wachtend_seconden",
    help: "Leeftijd van de oudste wachtende e-mail in seconden (0 als er geen wacht).",
    registers: [register],
    async collect() {
      const r = await rijen<{ seconden: number | null }>(
        "select extract(epoch from now() - min(aangemaakt_op))::float8 as seconden from uitgaande_mail where status = 'wachtend'",
      );
      if (r) this.set(r[0]?.seconden ?? 0);
    },
  });

  new Gauge({
    name: "rechtenloket_taken_mislukt",
    help: "Mislukte taken (pg-boss, alle pogingen op) per taak, zolang pg-boss ze bewaart.",
    labelNames: ["taak"] as const,
    registers: [register],
    async collect() {
      const r = await rijen<{ taak: string; aantal: number }>(
        "select name as taak, count(*)::int as aantal from pgboss.job where state = 'failed' group by name",
      );
      if (!r) return;
      this.reset();
      for (const { taak, aantal } of r) this.set({ taak }, aantal);
    },
  });

  globalThis.__rechtenloketMetrieken = { register, httpDuur };
  return globalThis.__rechtenloketMetrieken;
}

/**
 * The route label: the path with every segment that holds a digit, an "@" or more than 24
 * characters replaced by ":param" (ids, tokens, request numbers), /build/* as one, and every 404 as
 * "(onbekend)", so a scanner cannot make labels without end.
 */
export function routeLabel(pad: string, status: number): string {
  if (status === 404) return "(onbekend)";
  if (pad.startsWith("/build/")) return "/build/*";
  return pad
    .split("/")
    .map((s) => (/\d|@/.test(s) || s.length > 24 ? ":param" : s))
    .join("/");
}

/** Times every request into the latency histogram. */
export function httpMetrieken() {
  const { httpDuur } = metrieken();
  return (req: Request, res: Response, next: NextFunction) => {
    const einde = httpDuur.startTimer();
    res.on("finish", () => {
      einde({ method: req.method, route: routeLabel(req.path, res.statusCode), status: String(res.statusCode) });
    });
    next();
  };
}

/**
 * GET /metrics. With METRICS_TOKEN: only `Authorization: Bearer <token>`. Without: only from this
 * computer (the socket's own address, and no X-Forwarded-For/Forwarded: a reverse proxy on this
 * computer would otherwise pass the whole internet on as "this computer").
 */
export function metriekenHandler(token: string | undefined) {
  const verwacht = token ? createHash("sha256").update(token).digest() : null;
  return async (req: Request, res: Response) => {
    res.setHeader("Cache-Control", "no-store");
    if (!toegestaan(req, verwacht)) {
      res
        .status(verwacht ? 401 : 403)
        .type("text/plain; charset=utf-8")
        .send(
          verwacht
            ? "Geef het token van METRICS_TOKEN mee (Authorization: Bearer …)."
            : "Alleen vanaf deze computer, of stel METRICS_TOKEN in.",
        );
      return;
    }
    const { register } = metrieken();
    res.type(register.contentType).send(await register.metrics());
  };
}

function toegestaan(req: Request, verwacht: Buffer | null): boolean {
  if (verwacht) {
    const [soort, waarde] = (req.get("authorization") ?? "").split(" ");
    if (soort?.toLowerCase() !== "bearer" || !waarde) return false;
    return timingSafeEqual(createHash("sha256").update(waarde).digest(), verwacht);
  }
  if (req.get("x-forwarded-for") !== undefined || req.get("forwarded") !== undefined) return false;
  return isLoopbackHost(req.socket.remoteAddress ?? "");
}

let aantalMigraties: number | undefined;
function migratiesInBuild(): number {
  aantalMigraties ??= (
    JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }
  ).entries.length;
  return aantalMigraties;
}

type Controle = "ok" | string;

/** The readiness checks: the database answers, every migration of this build is applied, storage takes a file. */
export async function gereedheid(): Promise<{
  gereed: boolean;
  database: Controle;
  migraties: Controle;
  opslag: Controle;
}> {
  const [db, migraties, opslagUitkomst] = await Promise.all([
    database()
      .query("select 1")
      .then(
        () => "ok",
        () => "onbereikbaar",
      ),
    database()
      .query<{ aantal: number }>("select count(*)::int as aantal from drizzle.__drizzle_migrations")
      .then(
        ([r]) => {
          const nodig = migratiesInBuild();
          return (r?.aantal ?? 0) >= nodig
            ? "ok"
            : `${nodig - (r?.aantal ?? 0)} migratie(s) nog niet toegepast (npm run migrate)`;
        },
        () => "onbekend",
      ),
    schrijfProef(),
  ]);
  return {
    gereed: db === "ok" && migraties === "ok" && opslagUitkomst === "ok",
    database: db,
    migraties,
    opslag: opslagUitkomst,
  };
}

async function schrijfProef(): Promise<Controle> {
  const sleutel = `gereedheid/${randomBytes(8).toString("hex")}`;
  try {
    await opslag().put(sleutel, Readable.from([Buffer.from("ok")]));
    await opslag().delete(sleutel);
    return "ok";
  } catch (error) {
    log().warn({ err: foutVoorLog(error) }, "Gereedheid: opslag niet beschrijfbaar");
    return "niet beschrijfbaar";
  }
}

/** GET /gereed: 200 with the checks as JSON when ready, 503 otherwise (for a load balancer or orchestrator). */
export function gereedHandler() {
  return async (_req: Request, res: Response) => {
    const uitkomst = await gereedheid();
    res
      .status(uitkomst.gereed ? 200 : 503)
      .setHeader("Cache-Control", "no-store")
      .json(uitkomst);
  };
}
