/**
 * Statements and round trips per submission (bench/README.md "Intake"): calls the intake service
 * `dienVerzoekIn` in this process against PostgreSQL, with the app's driver and pool size and a
 * postgres.js `debug` hook that counts every statement sent, and a count of the socket writes
 * (one per batch of statements sent together, i.e. per round trip). The route adds one statement
 * (the session lookup, app/services/sessies.server.ts) and, with SMTP_URL set, the job runner's
 * send (kickMailDelivery, on its own pool).
 *
 *   node --import tsx bench/intake/statements.ts [--runs 20] [--sql]
 *
 * Also prints the CPU time of this process per submission after 50 warm-up submissions (the
 * service alone, without HTTP and Remix; one submission at a time). TOON_WRITES=1 prints every
 * socket write with its message types (P/D/H: parse, describe, flush; B/E/S: bind, execute, sync).
 *
 * BENCH_DATABASE_URL as in run.ts. A new database, dropped afterwards. Every name is fictional.
 */
import { randomBytes } from "node:crypto";
import net from "node:net";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { migrateDatabase, openDatabase, schema, useDatabase, type Db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { accounts } from "../../db/schema";
import { dienVerzoekIn } from "../../app/services/intake.server";

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(argument("--runs") ?? 20);
const TOON_SQL = process.argv.includes("--sql");
const WARM = Math.min(RUNS - 1, 50);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const naam = `rl_bench_intake_sql_${Date.now().toString(36)}`;
const admin = await openDatabase({ url: SERVER });
await admin.query(`create database "${naam}"`);
await admin.close();
const url = new URL(SERVER);
url.pathname = `/${naam}`;

// Count the socket writes of every connection (postgres.js writes a batch of statements at once).
let schrijfacties = 0;
const origineel = net.Socket.prototype.write;
net.Socket.prototype.write = function (this: net.Socket, ...args: Parameters<typeof origineel>) {
  schrijfacties++;
  if (process.env.TOON_WRITES && Buffer.isBuffer(args[0])) {
    const b = args[0] as Buffer;
    const typen: string[] = [];
    for (let i = 0; i < b.length;) {
      typen.push(String.fromCharCode(b[i]!));
      i += 1 + b.readUInt32BE(i + 1);
    }
    console.log("write", b.length, typen.join(""));
  }
  return origineel.apply(this, args);
} as typeof origineel;

try {
  const setup = await openDatabase({ url: url.toString() });
  await migrateDatabase(setup);
  useDatabase(setup);
  await seedDemoIfEmpty();
  const rijen = await setup.db
    .insert(accounts)
    .values(Array.from({ length: RUNS }, (_, i) => ({ email: `proef${i}@bench.example` })))
    .returning({ id: accounts.id });
  await setup.close();

  let statements = 0;
  const teksten: string[] = [];
  const client = postgres(url.toString(), {
    max: Number(process.env.DB_POOL_MAX ?? 10),
    onnotice: () => {},
    debug: (_connection, query) => {
      statements++;
      if (TOON_SQL) teksten.push(query.replace(/\s+/g, " ").slice(0, 160));
    },
  });
  const db = drizzle(client, { schema }) as Db;
  useDatabase({
    db,
    kind: "server",
    url: url.toString(),
    query: async <T>(text: string, params: unknown[] = []) =>
      (await client.unsafe(text, params as never[])) as unknown as T[],
    close: () => client.end({ timeout: 5 }),
  });
  await client`select 1`;

  const typen = [
    { type: "inzage", inzage: { afschrift: "ja" } },
    { type: "correctie", correctie: { rijen: [{ welk: "Telefoonnummer", moetZijn: "06 1111 2222" }] } },
    { type: "dataportabiliteit", dataportabiliteit: { bestemming: "mij" } },
  ];
  let totaalStatements = 0;
  let totaalSchrijf = 0;
  let cpuMicros = 0;
  for (let i = 0; i < RUNS; i++) {
    const gegevens = {
      indiener: { voorWie: "zelf" },
      betrokkene: { naam: `Proefpersoon ${i}`, geboortedatum: "21-04-1988", postcode: "3811 AB" },
      ...typen[i % typen.length],
    };
    statements = 0;
    schrijfacties = 0;
    teksten.length = 0;
    const cpuVoor = process.cpuUsage();
    await dienVerzoekIn(
      { accountId: rijen[i]!.id },
      { gegevens, idempotentieSleutel: randomBytes(16).toString("base64url"), taal: i % 2 ? "en" : "nl" },
    );
    const cpu = process.cpuUsage(cpuVoor);
    // The first submissions prepare statements on each connection and fill caches: left out.
    if (i >= WARM) cpuMicros += cpu.user + cpu.system;
    if (i > 0) {
      totaalStatements += statements;
      totaalSchrijf += schrijfacties;
    }
    if (TOON_SQL && i === 1) for (const t of teksten) console.log(`  ${t}`);
  }
  console.log(
    JSON.stringify({
      inzendingen: RUNS - 1,
      statementsPerInzending: totaalStatements / (RUNS - 1),
      socketSchrijfactiesPerInzending: totaalSchrijf / (RUNS - 1),
      // CPU of this process (the service: validation, drizzle, postgres.js, the e-mail) per submission.
      cpuMsPerInzending: Number((cpuMicros / 1000 / Math.max(1, RUNS - WARM)).toFixed(2)),
    }),
  );
  await client.end({ timeout: 5 });
} finally {
  net.Socket.prototype.write = origineel;
  const opruimen = await openDatabase({ url: SERVER });
  await opruimen.query(`drop database if exists "${naam}" with (force)`);
  await opruimen.close();
}
