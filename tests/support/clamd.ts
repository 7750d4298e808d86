/**
 * A real clamd for the tests (docs/architectuur.md "Tests", decision 028). There is no internet for
 * freshclam, so the signature database is made here: one body signature (.ndb:
 * name:target:offset:hex) for the EICAR test string, anywhere in any file (so also behind a PDF or
 * PNG header, where the real signature set would not look for it). clamd runs in the foreground with its own config in a temp folder and
 * listens on a unix socket there. Without clamd: in CI (CI=true) the test FAILS with what to
 * install; elsewhere too, with the same message (never a silent skip).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** The EICAR anti-virus test file (68 bytes), put together here so no scanner flags this source. */
export const EICAR = Buffer.from(
  ["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"].join(""),
  "latin1",
);

const KANDIDATEN = [process.env.CLAMD_PATH, "/usr/sbin/clamd", "/usr/bin/clamd", "/usr/local/sbin/clamd"].filter(
  (p): p is string => Boolean(p),
);

export function vindClamd(): string {
  const gevonden = KANDIDATEN.find((p) => existsSync(p));
  if (!gevonden) {
    throw new Error(
      "clamd niet gevonden (de tests voor bestanden hebben een echte virusscanner nodig). " +
        "Installeer hem: sudo apt-get install clamav-daemon (.ci/run doet dat zelf), of zet CLAMD_PATH.",
    );
  }
  return gevonden;
}

export type TestClamd = { socket: string; stop: () => Promise<void> };

function ping(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect(socket);
    let antwoord = "";
    c.on("connect", () => c.write("zPING\0"));
    c.on("data", (d) => (antwoord += d.toString()));
    c.on("end", () => resolve(antwoord.startsWith("PONG")));
    c.on("error", () => resolve(false));
    c.setTimeout(2000, () => {
      c.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts clamd with the EICAR signature only; resolves when it answers PING. `map`: a folder of
 * your own (the browser tests give the server its socket path before clamd starts).
 */
export async function startClamd(opties: { map?: string } = {}): Promise<TestClamd> {
  const binair = vindClamd();
  const map = opties.map ?? (await mkdtemp(path.join(tmpdir(), "rl-clamd-")));
  if (opties.map) await mkdir(map, { recursive: true });
  const socket = path.join(map, "clamd.sock");
  await writeFile(path.join(map, "eicar.ndb"), `Eicar-Test-Signature:0:*:${EICAR.toString("hex")}\n`);
  const config = [
    "Foreground yes",
    `LocalSocket ${socket}`,
    `DatabaseDirectory ${map}`,
    `TemporaryDirectory ${map}`,
    `LogFile ${process.env.CLAMD_LOG ?? "/dev/null"}`,
    // A 100 MB upload must fit (clamd's default is 25 MB).
    "StreamMaxLength 120M",
    "MaxThreads 2",
  ];
  // As root clamd would switch to the clamav user: stay the same user so it can read the folder.
  if (typeof process.getuid === "function" && process.getuid() === 0) config.push("User root");
  await writeFile(path.join(map, "clamd.conf"), config.join("\n") + "\n");
  const proces: ChildProcess = spawn(binair, [`--config-file=${path.join(map, "clamd.conf")}`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let fout = "";
  proces.stderr?.on("data", (d) => (fout += d.toString()));
  let gestopt = false;
  proces.on("exit", () => (gestopt = true));
  const tot = Date.now() + 30_000;
  while (!(await ping(socket))) {
    if (gestopt) throw new Error(`clamd stopte meteen: ${fout.slice(0, 500)}`);
    if (Date.now() > tot) {
      proces.kill("SIGKILL");
      throw new Error(`clamd antwoordde niet binnen 30 s: ${fout.slice(0, 500)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    socket,
    async stop() {
      if (!gestopt) {
        const klaar = new Promise((r) => proces.once("exit", r));
        proces.kill("SIGTERM");
        await Promise.race([klaar, new Promise((r) => setTimeout(r, 5000))]);
      }
      await rm(map, { recursive: true, force: true });
    },
  };
}
