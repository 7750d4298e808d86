/**
 * Queue benchmark (bench/README.md "Wachtrij"): fills a NEW PostgreSQL database with 100,000
 * requests (20,000 open), then measures the server time of the queue service `wachtrij()` for the
 * first page, a filtered page, searches, "mijn werk" and a deep keyset page, counts the SQL queries
 * per page, and EXPLAIN ANALYZEs the main query.
 *
 *   node --import tsx bench/queue/run.ts [--runs 300] [--keep] [--json uitslag.json]
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server; the
 * script creates its own database there and drops it afterwards unless --keep is given.
 * All names are fictional, generated from syllables.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { migrateDatabase, openDatabase, schema, useDatabase, type Database, type Db } from "../../db/db.server";
import { medewerkers, verzoeken, type MedewerkerRol } from "../../db/schema";
import { addDays, amsterdamDate } from "../../app/domain/calendar";
import type { OpenVerzoekStatus } from "../../app/domain/request-state";
import { type Verzoektype } from "../../app/domain/request-types";
import { encodeerCursor, type WachtrijFilters } from "../../app/domain/wachtrij";
import { dashboard } from "../../app/services/dashboard.server";
import { wachtrij, type MedewerkerActor } from "../../app/services/wachtrij.server";

const TOTAAL = 100_000;
const OPEN = 20_000;
const BATCH = 1_000;

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(argument("--runs") ?? 300);
const WARMUP = 20;
const KEEP = process.argv.includes("--keep");
const JSON_UIT = argument("--json");
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

// A small deterministic PRNG (mulberry32): the same data set on every run.
let zaad = 20260310;
function willekeurig(): number {
  zaad |= 0;
  zaad = (zaad + 0x6d2b79f5) | 0;
  let t = Math.imul(zaad ^ (zaad >>> 15), 1 | zaad);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function kies<T>(lijst: readonly T[]): T {
  return lijst[Math.floor(willekeurig() * lijst.length)]!;
}
function gewogen<T extends string>(gewichten: Record<T, number>): T {
  const totaal = Object.values<number>(gewichten).reduce((a, b) => a + b, 0);
  let r = willekeurig() * totaal;
  for (const [sleutel, gewicht] of Object.entries<number>(gewichten)) {
    r -= gewicht;
    if (r < 0) return sleutel as T;
  }
  return Object.keys(gewichten)[0] as T;
}

// Fictional names from syllables (never real names).
const VOOR = [
  "An",
  "Bo",
  "Da",
  "El",
  "Fe",
  "Gi",
  "Ia",
  "Jo",
  "Ka",
  "Li",
  "Mi",
  "No",
  "Ot",
  "Pi",
  "Ro",
  "Sa",
  "Ti",
  "Ve",
  "Wi",
  "Ze",
];
const VOOR2 = ["na", "ra", "lie", "mon", "rik", "sa", "ne", "tje", "ko", "len"];
const TUSSEN = ["", "", "", "van", "de", "van der", "ter"];
const ACHTER1 = ["Berk", "Dal", "Heu", "Kam", "Lin", "Mol", "Oev", "Pol", "Ros", "Veld", "Wa", "Zand"];
const ACHTER2 = ["man", "hof", "ink", "sma", "stra", "ler", "kamp", "dijk", "horst", "ing"];
function naam(): string {
  const tussen = kies(TUSSEN);
  return `${kies(VOOR)}${kies(VOOR2)} ${tussen ? `${tussen} ` : ""}${kies(ACHTER1)}${kies(ACHTER2)}`;
}

const TYPE_GEWICHT: Record<Verzoektype, number> = {
  inzage: 45,
  correctie: 15,
  verwijdering: 15,
  afscherming: 5,
  bezwaar: 8,
  dataportabiliteit: 7,
  intrekking_toestemming: 5,
};
const OPEN_GEWICHT: Record<OpenVerzoekStatus, number> = {
  ontvangen: 30,
  in_behandeling: 40,
  wacht_op_client: 15,
  wacht_op_directie: 7,
  in_uitvoering: 8,
};

function percentiel(gesorteerd: number[], p: number): number {
  const index = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1));
  return gesorteerd[index]!;
}

async function vul(database: Database, vandaag: string): Promise<{ staf: { id: string; rollen: MedewerkerRol[] }[] }> {
  const db = database.db;
  const staf = await db
    .insert(medewerkers)
    .values([
      ...Array.from({ length: 12 }, (_, i) => ({
        naam: `Behandelaar ${String(i + 1).padStart(2, "0")}`,
        email: `behandelaar${i + 1}@bench.example`,
        rollen: ["backoffice"] as MedewerkerRol[],
      })),
      ...Array.from({ length: 3 }, (_, i) => ({
        naam: `Directeur ${i + 1}`,
        email: `directeur${i + 1}@bench.example`,
        rollen: ["directie"] as MedewerkerRol[],
      })),
      { naam: "Beheerder", email: "beheerder@bench.example", rollen: ["beheerder"] as MedewerkerRol[] },
    ])
    .returning({ id: medewerkers.id, rollen: medewerkers.rollen });
  const behandelaars = staf.filter((m) => !m.rollen.includes("beheerder"));

  const perJaar = new Map<string, number>();
  let rijen: (typeof verzoeken.$inferInsert)[] = [];
  for (let i = 0; i < TOTAAL; i += 1) {
    const open = i < OPEN;
    const type = gewogen(TYPE_GEWICHT);
    // Open: received in the last 6 weeks (a few older, long overdue). Closed: the last 3 years.
    const ontvangenOp = open
      ? addDays(vandaag, -Math.floor(willekeurig() < 0.05 ? 45 + willekeurig() * 60 : willekeurig() * 42))
      : addDays(vandaag, -Math.floor(14 + willekeurig() * 3 * 365));
    const gepauzeerd = willekeurig() < 0.12 ? 1 + Math.floor(willekeurig() * 14) : 0;
    const verlengd = willekeurig() < 0.04;
    const doel = addDays(ontvangenOp, 28 + gepauzeerd);
    const wettelijk = addDays(ontvangenOp, (verlengd ? 91 : 30) + gepauzeerd);
    const status = open ? gewogen(OPEN_GEWICHT) : willekeurig() < 0.1 ? "ingetrokken" : "afgerond";
    // Most closed requests on time, some late (0-20 days past the legal limit).
    const afgerondDag = addDays(
      doel,
      willekeurig() < 0.85 ? -Math.floor(willekeurig() * 20) : Math.floor(willekeurig() * 20) - 2,
    );
    const jaar = ontvangenOp.slice(0, 4);
    const volg = (perJaar.get(jaar) ?? 0) + 1;
    perJaar.set(jaar, volg);
    const persoon = naam();
    rijen.push({
      nummer: `AVG-${jaar}-${String(volg).padStart(6, "0")}`,
      type,
      status,
      kanaal: willekeurig() < 0.8 ? "portaal" : "email",
      indiener: { naam: persoon, email: `persoon${i}@bench.example`, relatie: "zelf" },
      betrokkene: { naam: persoon, geboortedatum: "1980-01-01", email: `persoon${i}@bench.example` },
      ontvangenOp,
      ontvangenTijdstip: new Date(`${ontvangenOp}T10:00:00Z`),
      identiteit: open && willekeurig() < 0.25 ? "onbevestigd" : "email_bevestigd",
      doelTermijn: doel,
      wettelijkeTermijn: wettelijk,
      gepauzeerdeDagen: gepauzeerd,
      verlengd,
      behandelaarId: status === "ontvangen" && willekeurig() < 0.8 ? null : kies(behandelaars).id,
      afgerondOp: status === "afgerond" || status === "ingetrokken" ? new Date(`${afgerondDag}T14:00:00Z`) : null,
    });
    if (rijen.length === BATCH) {
      await db.insert(verzoeken).values(rijen);
      rijen = [];
    }
  }
  if (rijen.length) await db.insert(verzoeken).values(rijen);
  // The steady state of a live database: autovacuum has run (statistics, visibility map).
  await database.query("vacuum analyze verzoeken");
  await database.query("vacuum analyze medewerkers");
  return { staf: behandelaars.map((m) => ({ id: m.id, rollen: m.rollen })) };
}

type Meting = {
  naam: string;
  filters: WachtrijFilters;
  p50: number;
  p95: number;
  p99: number;
  gemiddeld: number;
  queries: number;
  rijen: number;
};

async function main() {
  const basis = new URL(SERVER);
  const naamDb = `rl_bench_wachtrij_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = await openDatabase({ url: SERVER });
  await admin.query(`create database "${naamDb}"`);
  await admin.close();
  basis.pathname = `/${naamDb}`;
  const url = basis.toString();
  console.log(
    `Database ${naamDb} aangemaakt. Belasting van de machine: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );

  try {
    // 1. Migrate with the app's own db module.
    const setup = await openDatabase({ url });
    let t0 = performance.now();
    await migrateDatabase(setup);
    console.log(`Migraties: ${(performance.now() - t0).toFixed(0)} ms`);
    const nu = new Date();
    const vandaag = amsterdamDate(nu);
    t0 = performance.now();
    const { staf } = await vul(setup, vandaag);
    console.log(`${TOTAAL} verzoeken (${OPEN} open) ingevoegd: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await setup.close();

    // 2. The same driver and pool size as the app, with a postgres.js debug hook that counts every
    //    statement sent, and a drizzle logger that keeps the SQL (for EXPLAIN).
    let teller = 0;
    const gelogd: { query: string; params: unknown[] }[] = [];
    const client = postgres(url, {
      max: Number(process.env.DB_POOL_MAX ?? 10),
      onnotice: () => {},
      debug: () => {
        teller += 1;
      },
    });
    const db = drizzle(client, {
      schema,
      logger: { logQuery: (query, params) => void gelogd.push({ query, params }) },
    }) as Db;
    useDatabase({
      db,
      kind: "server",
      url,
      query: async <T>(text: string, params: unknown[] = []) =>
        (await client.unsafe(text, params as never[])) as unknown as T[],
      close: () => client.end({ timeout: 5 }),
    });

    const actor: MedewerkerActor = { soort: "medewerker", medewerker: { id: staf[0]!.id, rollen: ["backoffice"] } };

    // A deep page: the cursor of the open request at position 10,000 in queue order.
    const [diep] = await client<{ doel_termijn: string; wettelijke_termijn: string; id: string }[]>`
      select doel_termijn::text, wettelijke_termijn::text, id from verzoeken
      where status not in ('afgerond', 'ingetrokken')
      order by doel_termijn, wettelijke_termijn, id offset 9999 limit 1`;
    const diepeCursor = encodeerCursor({
      doelTermijn: diep!.doel_termijn,
      wettelijkeTermijn: diep!.wettelijke_termijn,
      id: diep!.id,
    });
    const [voorbeeld] = await client<{ naam: string; nummer: string }[]>`
      select betrokkene->>'naam' as naam, nummer from verzoeken
      where status not in ('afgerond', 'ingetrokken') order by id limit 1`;
    const achternaam = voorbeeld!.naam.split(" ").pop()!;

    const scenarios: { naam: string; filters: WachtrijFilters }[] = [
      { naam: "Eerste pagina, geen filters", filters: {} },
      { naam: "Filter: inzage + te laat", filters: { type: "inzage", teLaat: true } },
      { naam: "Filter: status in behandeling + mijn werk", filters: { status: "in_behandeling", behandelaar: "ik" } },
      { naam: `Zoeken op naam ("${achternaam}")`, filters: { zoek: achternaam } },
      { naam: `Zoeken op naam, 1 persoon ("${voorbeeld!.naam}")`, filters: { zoek: voorbeeld!.naam } },
      {
        naam: `Zoeken op nummerbegin ("${voorbeeld!.nummer.slice(0, 12)}")`,
        filters: { zoek: voorbeeld!.nummer.slice(0, 12) },
      },
      { naam: "Diepe pagina (na positie 10.000)", filters: { na: diepeCursor } },
      { naam: "Diepe pagina terug (voor positie 10.000)", filters: { voor: diepeCursor } },
    ];

    const metingen: Meting[] = [];
    for (const scenario of scenarios) {
      for (let i = 0; i < WARMUP; i += 1) await wachtrij(actor, scenario.filters, { nu });
      const tijden: number[] = [];
      let rijen = 0;
      const voor = teller;
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        const uitslag = await wachtrij(actor, scenario.filters, { nu });
        tijden.push(performance.now() - start);
        rijen = uitslag.rijen.length;
      }
      const queries = (teller - voor) / RUNS;
      tijden.sort((a, b) => a - b);
      const meting: Meting = {
        naam: scenario.naam,
        filters: scenario.filters,
        p50: percentiel(tijden, 50),
        p95: percentiel(tijden, 95),
        p99: percentiel(tijden, 99),
        gemiddeld: tijden.reduce((a, b) => a + b, 0) / tijden.length,
        queries,
        rijen,
      };
      metingen.push(meting);
      console.log(
        `${meting.naam.padEnd(58)} p50 ${meting.p50.toFixed(1).padStart(6)} ms  p95 ${meting.p95.toFixed(1).padStart(6)} ms  p99 ${meting.p99.toFixed(1).padStart(6)} ms  ${meting.queries} queries  ${meting.rijen} rijen`,
      );
    }

    // The dashboard (loaded with the first page of /backoffice).
    {
      for (let i = 0; i < WARMUP; i += 1) await dashboard(actor, { nu });
      const tijden: number[] = [];
      const voor = teller;
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        await dashboard(actor, { nu });
        tijden.push(performance.now() - start);
      }
      tijden.sort((a, b) => a - b);
      const meting: Meting = {
        naam: "Dashboard (grafieken)",
        filters: {},
        p50: percentiel(tijden, 50),
        p95: percentiel(tijden, 95),
        p99: percentiel(tijden, 99),
        gemiddeld: tijden.reduce((a, b) => a + b, 0) / tijden.length,
        queries: (teller - voor) / RUNS,
        rijen: 0,
      };
      metingen.push(meting);
      console.log(
        `${meting.naam.padEnd(58)} p50 ${meting.p50.toFixed(1).padStart(6)} ms  p95 ${meting.p95.toFixed(1).padStart(6)} ms  p99 ${meting.p99.toFixed(1).padStart(6)} ms  ${meting.queries} queries`,
      );
    }

    // EXPLAIN ANALYZE of each query of the unfiltered first page and of the filtered page.
    const plannen: { scenario: string; query: string; plan: string }[] = [];
    for (const scenario of [scenarios[0]!, scenarios[1]!, scenarios[3]!, scenarios[6]!]) {
      gelogd.length = 0;
      await wachtrij(actor, scenario.filters, { nu });
      for (const { query, params } of gelogd) {
        const plan = await client.unsafe(`explain (analyze, buffers) ${query}`, params as never[]);
        plannen.push({
          scenario: scenario.naam,
          query,
          plan: (plan as unknown as Record<string, string>[]).map((r) => Object.values(r)[0]).join("\n"),
        });
      }
    }
    const hoofd = plannen[0]!;
    console.log(`\nEXPLAIN ANALYZE, hoofdquery (eerste pagina):\n${hoofd.query}\n${hoofd.plan}\n`);
    for (const p of plannen.slice(1)) console.log(`-- ${p.scenario}\n${p.plan}\n`);
    const gebruiktIndex = /verzoeken_wachtrij_idx/.test(hoofd.plan);
    console.log(
      gebruiktIndex
        ? "De hoofdquery gebruikt verzoeken_wachtrij_idx."
        : "LET OP: de hoofdquery gebruikt de wachtrij-index NIET.",
    );

    const [versie] = await client<{ v: string }[]>`select version() as v`;
    const omgeving = {
      datum: nu.toISOString(),
      node: process.version,
      postgres: versie!.v,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "",
      geheugenGb: Math.round(os.totalmem() / 1024 ** 3),
      // Other work on the machine during the run (1, 5, 15 minutes): timings are only comparable at low load.
      belasting: os.loadavg().map((l) => Number(l.toFixed(2))),
      runs: RUNS,
      totaal: TOTAAL,
      open: OPEN,
    };
    console.log(JSON.stringify(omgeving));
    console.log(
      "\n| Scenario | p50 ms | p95 ms | p99 ms | SQL-queries per pagina | rijen |\n| --- | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const m of metingen) {
      console.log(
        `| ${m.naam} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.queries} | ${m.rijen || "–"} |`,
      );
    }
    if (JSON_UIT) writeFileSync(JSON_UIT, JSON.stringify({ omgeving, metingen, plannen }, null, 2));
    await client.end({ timeout: 5 });
    useDatabase(undefined);
    if (!gebruiktIndex) process.exitCode = 1;
  } finally {
    if (KEEP) {
      console.log(`Database ${naamDb} blijft bestaan (--keep).`);
    } else {
      const opruimen = await openDatabase({ url: SERVER });
      await opruimen.query(`drop database if exists "${naamDb}" with (force)`);
      await opruimen.close();
      console.log(`Database ${naamDb} verwijderd.`);
    }
  }
}

await main();
