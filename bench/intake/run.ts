/**
 * Intake benchmark (bench/README.md "Intake"): sustained submissions per second and latency of the
 * final wizard step (POST /verzoek, intent "indienen") against PostgreSQL, from this process, with
 * the server in a second process (NODE_ENV=production, a fresh database).
 *
 *   npx remix build && node --import tsx bench/intake/run.ts [--rate 200] [--seconds 30] [--servers 1]
 *     [--max-in-flight 256] [--keep] [--json uitslag.json] [--profiel map]
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server; the
 * script creates its own database there (migrated, demo practice seeded), creates the accounts and
 * their sessions directly in the database, starts `node --import tsx server.ts` on 127.0.0.1, sends
 * submissions at a fixed rate (open loop: a slow server does not slow the sender down) for a
 * bounded time, and then compares what was acknowledged (302 to the receipt page) with what was
 * stored (requests and confirmation e-mails). It drops the database afterwards unless --keep.
 * The per-IP limit of server.ts is raised for the run (all load comes from one loopback address);
 * the per-account limit stays: each account files fewer than 10 requests.
 * Only loopback traffic. Every name and address is fictional.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { migrateDatabase, openDatabase, useDatabase } from "../../db/db.server";
import { accounts } from "../../db/schema";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { MAX_VERZOEKEN_PER_UUR } from "../../app/services/intake.server";
import { startSessie } from "../../app/services/sessies.server";

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RATE = Number(argument("--rate") ?? 200);
const SECONDS = Math.min(300, Number(argument("--seconds") ?? 30));
const MAX_IN_FLIGHT = Number(argument("--max-in-flight") ?? 256);
const WARMUP_SECONDS = 5;
const KEEP = process.argv.includes("--keep");
const JSON_UIT = argument("--json");
/** Write a V8 CPU profile of the server into this folder (for finding where the time goes). */
const PROFIEL = argument("--profiel");
const PORT = Number(argument("--port") ?? 3290);
/** Web processes (ports PORT, PORT+1, …), as behind a load balancer; the first runs the job workers. */
const SERVERS = Math.max(1, Math.min(4, Number(argument("--servers") ?? 1)));
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const TYPEN = [
  { type: "inzage", velden: { "inzage.afschrift": "ja", "inzage.periode": "vanaf 2024" } },
  {
    type: "correctie",
    velden: {
      "correctie.rijen[0].welk": "Telefoonnummer",
      "correctie.rijen[0].nu": "06 0000 0000",
      "correctie.rijen[0].moetZijn": "06 1111 2222",
      "correctie.rijen[0].waarom": "Nieuw nummer",
    },
  },
  {
    type: "bezwaar",
    velden: { "bezwaar.verwerking": "kwaliteitsonderzoek", "bezwaar.situatie": "Ik wil niet benaderd worden." },
  },
  { type: "dataportabiliteit", velden: { "dataportabiliteit.bestemming": "mij" } },
] as const;

function formulier(i: number): string {
  const keuze = TYPEN[i % TYPEN.length]!;
  const velden: Record<string, string> = {
    stap: "controle",
    intent: "indienen",
    website: "",
    sleutel: randomBytes(16).toString("base64url"),
    rijen: "3",
    "indiener.voorWie": "zelf",
    "betrokkene.naam": `Proefpersoon ${i}`,
    "betrokkene.geboortedatum": "21-04-1988",
    "betrokkene.clientnummer": "",
    "betrokkene.postcode": "3811 AB",
    type: keuze.type,
    ...keuze.velden,
  };
  return new URLSearchParams(velden).toString();
}

function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)]!;
}

async function wachtOpServer(child: ChildProcess, uitvoer: () => string): Promise<void> {
  const tot = Date.now() + 120_000;
  while (!uitvoer().includes("Rechtenloket draait op")) {
    if (child.exitCode !== null || Date.now() > tot) throw new Error(`De server startte niet:\n${uitvoer()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Uitkomst = { status: number; ms: number; locatie: string | undefined; fout?: string; klaar?: number };

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); null when unknown. */
function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100; // utime + stime, in ticks of 1/100 s
  } catch {
    return null;
  }
}

function post(agent: http.Agent, port: number, cookie: string, body: string): Promise<Uitkomst> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/verzoek?index",
        headers: {
          Host: `localhost:${port}`,
          Origin: `http://localhost:${port}`,
          Cookie: cookie,
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - start,
            locatie: res.headers.location,
            klaar: performance.now(),
          }),
        );
      },
    );
    req.on("error", (error) =>
      resolve({
        status: 0,
        ms: performance.now() - start,
        locatie: undefined,
        fout: error.message,
        klaar: performance.now(),
      }),
    );
    req.end(body);
  });
}

async function main() {
  const totaal = Math.ceil(RATE * (SECONDS + WARMUP_SECONDS));
  // Each account may file 10 an hour: enough accounts that none reaches the limit.
  const aantalAccounts = Math.ceil(totaal / (MAX_VERZOEKEN_PER_UUR - 1)) + 10;
  const naam = `rl_bench_intake_${Date.now().toString(36)}`;
  const admin = await openDatabase({ url: SERVER });
  await admin.query(`create database "${naam}"`);
  await admin.close();
  const url = new URL(SERVER);
  url.pathname = `/${naam}`;
  const database = await openDatabase({ url: url.toString() });
  const servers: ChildProcess[] = [];
  const serverUitvoer: (() => string)[] = [];
  try {
    await migrateDatabase(database);
    useDatabase(database);
    await seedDemoIfEmpty();

    // Accounts and sessions straight into the database (the e-mail code step is not measured).
    const cookies: string[] = [];
    for (let start = 0; start < aantalAccounts; start += 500) {
      const rijen = await database.db
        .insert(accounts)
        .values(
          Array.from({ length: Math.min(500, aantalAccounts - start) }, (_, i) => ({
            email: `proef${start + i}@bench.example`,
          })),
        )
        .returning({ id: accounts.id });
      for (const rij of rijen) {
        const setCookie = await startSessie(database.db, { accountId: rij.id });
        cookies.push(setCookie.split(";")[0]!);
      }
    }

    const profiel = PROFIEL ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(PROFIEL)] : [];
    // Production needs the audit key; all servers share one, and their audit anchors go to a
    // throw-away folder (docs/decisions/019).
    const auditSleutel = process.env.AUDIT_SLEUTEL ?? randomBytes(32).toString("base64");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "rl-bench-intake-"));
    for (let n = 0; n < SERVERS; n++) {
      let uitvoer = "";
      const server = spawn(process.execPath, [...profiel, "--import", "tsx", "server.ts"], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: "production",
          AUDIT_SLEUTEL: auditSleutel,
          DATA_DIR: dataDir,
          PORT: String(PORT + n),
          HOST: "127.0.0.1",
          DATABASE_URL: url.toString(),
          SEED_DEMO: "false",
          LOG_REQUESTS: "false",
          // The confirmation e-mails stay in the outbox (counted below); no SMTP server is part of the run.
          ALLOW_NO_SMTP: "true",
          JOBS_IN_PROCESS: n === 0 ? "true" : "false",
          // All load comes from 127.0.0.1; the per-IP gate (60 POSTs a minute) would stop it at once.
          RATE_LIMIT_PER_MINUTE: "10000000",
          PUBLIC_URL: `http://localhost:${PORT + n}`,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      servers.push(server);
      serverUitvoer.push(() => uitvoer);
      server.stdout!.on("data", (d) => (uitvoer += d));
      server.stderr!.on("data", (d) => (uitvoer += d));
      await wachtOpServer(server, () => uitvoer);
    }

    // Other work on the same cores changes everything: the load average before and after the run.
    const lastVoor = os.loadavg().map((l) => Number(l.toFixed(2)));
    console.log(`Load average voor de meting (1/5/15 min): ${lastVoor.join(" / ")}`);
    const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
    const metingen: Uitkomst[] = [];
    const alle: Uitkomst[] = [];
    let inVlucht = 0;
    let overgeslagen = 0;
    let verstuurd = 0;
    const bezig: Promise<void>[] = [];
    const t0 = performance.now();
    const eindeWarmup = t0 + WARMUP_SECONDS * 1000;
    const einde = eindeWarmup + SECONDS * 1000;
    let meetStart = 0;
    type CpuMeting = { server: Map<number, number>; postgres: Map<number, number> };
    const cpuMeting = async (): Promise<CpuMeting> => {
      const rijen = await database.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      const meting = (pids: (number | undefined)[]) =>
        new Map(
          pids.flatMap((pid) => {
            const ms = cpuMs(pid);
            return ms === null ? [] : [[pid!, ms] as [number, number]];
          }),
        );
      return { server: meting(servers.map((s) => s.pid)), postgres: meting(rijen.map((r) => r.pid)) };
    };
    let cpuStart: CpuMeting | undefined;
    // Open loop: send request i at t0 + i/RATE, whatever the server does (bounded by MAX_IN_FLIGHT).
    for (let i = 0; i < totaal; i++) {
      const gepland = t0 + (i * 1000) / RATE;
      const nu = performance.now();
      if (gepland > nu) await new Promise((r) => setTimeout(r, gepland - nu));
      if (performance.now() > einde) break;
      const meten = gepland >= eindeWarmup;
      if (meten && meetStart === 0) {
        meetStart = performance.now();
        cpuStart = await cpuMeting();
      }
      if (inVlucht >= MAX_IN_FLIGHT) {
        if (meten) overgeslagen++;
        continue;
      }
      inVlucht++;
      verstuurd++;
      const cookie = cookies[i % cookies.length]!;
      bezig.push(
        post(agent, PORT + (i % SERVERS), cookie, formulier(i)).then((u) => {
          inVlucht--;
          alle.push(u);
          if (meten) metingen.push(u);
        }),
      );
    }
    const verzendEinde = performance.now();
    await Promise.all(bezig);
    const cpuEind = await cpuMeting();
    // CPU per submission: what the web server(s) and this database's PostgreSQL backends used from the
    // start of the measurement until the last answer, per submission answered in that time.
    const beantwoordInMeting = alle.filter((u) => (u.klaar ?? 0) >= meetStart).length;
    const cpuPer = (soort: "server" | "postgres") => {
      let totaal = 0;
      for (const [pid, eind] of cpuEind[soort]) {
        const begin = cpuStart?.[soort].get(pid);
        if (begin !== undefined) totaal += eind - begin;
      }
      return Number((totaal / Math.max(1, beantwoordInMeting)).toFixed(2));
    };
    const meetduur = (verzendEinde - meetStart) / 1000;
    agent.destroy();

    const bevestigd = (m: Uitkomst) =>
      m.status === 302 && /^\/verzoek\/ontvangen\/AVG-\d{4}-\d{6,}$/.test(m.locatie ?? "");
    const ok = metingen.filter(bevestigd);
    const lat = ok.map((m) => m.ms).sort((a, b) => a - b);
    const statussen: Record<string, number> = {};
    for (const m of metingen)
      statussen[m.fout ? `fout:${m.fout}` : String(m.status)] =
        (statussen[m.fout ? `fout:${m.fout}` : String(m.status)] ?? 0) + 1;
    // Warm-up included: an answer that is not an acknowledgement must be seen, with what the server logged.
    const statussenInclWarmup: Record<string, number> = {};
    for (const m of alle) {
      const sleutel = m.fout
        ? `fout:${m.fout}`
        : m.status === 302 && !bevestigd(m)
          ? `302:${m.locatie ?? ""}`
          : String(m.status);
      statussenInclWarmup[sleutel] = (statussenInclWarmup[sleutel] ?? 0) + 1;
    }

    // Everything acknowledged (warm-up included) must be stored, exactly once.
    const alleBevestigd = alle.filter(bevestigd).length;
    const [opgeslagen] = await database.query<{ verzoeken: number; mails: number; nummers: number }>(
      `select (select count(*)::int from verzoeken) as verzoeken,
              (select count(*)::int from uitgaande_mail where sjabloon = 'verzoek_ontvangen') as mails,
              (select count(distinct nummer)::int from verzoeken) as nummers`,
    );
    const uitslag = {
      datum: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "", node: process.version },
      loadAverage: { voor: lastVoor, na: os.loadavg().map((l) => Number(l.toFixed(2))) },
      instellingen: {
        servers: SERVERS,
        rate: RATE,
        seconden: SECONDS,
        warmupSeconden: WARMUP_SECONDS,
        maxInVlucht: MAX_IN_FLIGHT,
        accounts: aantalAccounts,
      },
      gemeten: {
        verstuurd: metingen.length,
        bevestigd: ok.length,
        overgeslagenWegensMaxInVlucht: overgeslagen,
        perSeconde: Number((ok.length / meetduur).toFixed(1)),
        latentieMs: {
          p50: Number(percentiel(lat, 50).toFixed(1)),
          p90: Number(percentiel(lat, 90).toFixed(1)),
          p99: Number(percentiel(lat, 99).toFixed(1)),
          max: Number((lat.at(-1) ?? NaN).toFixed(1)),
        },
        statussen,
        cpuMsPerInzending: { server: cpuPer("server"), postgres: cpuPer("postgres"), beantwoord: beantwoordInMeting },
      },
      totaal: {
        verstuurdInclWarmup: verstuurd,
        bevestigdInclWarmup: alleBevestigd,
        opgeslagenVerzoeken: opgeslagen!.verzoeken,
        bevestigingsmails: opgeslagen!.mails,
        statussen: statussenInclWarmup,
        uniekeNummers: opgeslagen!.nummers,
      },
    };
    console.log(JSON.stringify(uitslag, null, 2));
    if (JSON_UIT) writeFileSync(JSON_UIT, JSON.stringify(uitslag, null, 2));
    const fouten = metingen.length - ok.length;
    if (fouten > 0) console.error(`${fouten} inzendingen kregen geen bevestiging: ${JSON.stringify(statussen)}`);
    if (alleBevestigd !== alle.length) {
      console.error(
        `Inclusief warm-up: ${alle.length - alleBevestigd} zonder bevestiging: ${JSON.stringify(statussenInclWarmup)}`,
      );
      for (const uitvoer of serverUitvoer) {
        const regels = uitvoer()
          .split("\n")
          .filter((r) => /fout|error|mislukt/i.test(r));
        if (regels.length) console.error(`Server:\n${regels.slice(0, 20).join("\n")}`);
      }
    }
    if (
      opgeslagen!.verzoeken !== alleBevestigd ||
      opgeslagen!.verzoeken !== opgeslagen!.mails ||
      opgeslagen!.verzoeken !== opgeslagen!.nummers
    ) {
      console.error("Bevestigd, opgeslagen verzoeken, bevestigingsmails en nummers zijn niet gelijk.");
      process.exitCode = 1;
    }
  } finally {
    for (const server of servers) {
      if (server.exitCode === null) {
        server.kill("SIGTERM");
        await new Promise((r) => server.once("exit", r));
      }
    }
    await database.close();
    if (!KEEP) {
      const opruimen = await openDatabase({ url: SERVER });
      await opruimen.query(`drop database if exists "${naam}" with (force)`);
      await opruimen.close();
    } else {
      console.log(`Database bewaard: ${url.toString()}`);
    }
  }
}

await main();
