/**
 * Issue 11: the server's memory (RSS) around the sparse-index request. Starts the built server as a
 * new user would (embedded database in a fresh folder, default settings), signs a client in with
 * an e-mail code, sends `correctie.rijen[99999999].welk=x` to /verzoek a number of times, and prints
 * the RSS before and after. Loopback only.
 *
 *   npx remix build && node --import tsx bench/invoer/rss.ts [--keer 100]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const keer = Number(process.argv[process.argv.indexOf("--keer") + 1] || 100);
const poort = 3900 + Math.floor(Math.random() * 90);
const basis = `http://localhost:${poort}`;
const data = mkdtempSync(path.join(tmpdir(), "rl-rss-"));

const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
  // Default settings, except the per-IP limit: every request here comes from one address.
  env: {
    ...process.env,
    PORT: String(poort),
    DATA_DIR: data,
    LOG_REQUESTS: "false",
    DATABASE_URL: "",
    NODE_ENV: "development",
    RATE_LIMIT_PER_MINUTE: "100000",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
let uitvoer = "";
server.stdout.on("data", (d) => (uitvoer += d));
server.stderr.on("data", (d) => (uitvoer += d));

function rssMb(): number {
  const regel = readFileSync(`/proc/${server.pid}/status`, "utf8")
    .split("\n")
    .find((r) => r.startsWith("VmRSS:"))!;
  return Math.round(Number(regel.replace(/\D+/g, "")) / 1024);
}

async function post(pad: string, body: string, cookie = "") {
  return fetch(basis + pad, {
    method: "POST",
    headers: {
      Origin: basis,
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body,
    redirect: "manual",
  });
}

try {
  const tot = Date.now() + 120_000;
  while (!uitvoer.includes("draait op")) {
    if (Date.now() > tot || server.exitCode !== null) throw new Error(`De server startte niet:\n${uitvoer}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const email = `rss.${Date.now().toString(36)}@example.test`;
  await post("/inloggen", `email=${encodeURIComponent(email)}`);
  const mails = (await (await fetch(`${basis}/dev/mail.json?aan=${encodeURIComponent(email)}`)).json()) as {
    mails: Array<{ onderwerp: string }>;
  };
  const code = /\d{6}/.exec(mails.mails[0]!.onderwerp)![0];
  const aan = await post("/inloggen/code", `email=${encodeURIComponent(email)}&code=${code}`);
  const cookie = aan.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("rl_sessie="))!;
  // Warm up: one ordinary wizard step, so the routes are loaded before the first measurement.
  await (await post("/verzoek?index", "intent=volgende&stap=wie", cookie)).text();
  await new Promise((r) => setTimeout(r, 2_000));
  const voor = rssMb();
  const statussen = new Map<number, number>();
  const start = performance.now();
  for (let i = 0; i < keer; i++) {
    const r = await post("/verzoek?index", "intent=volgende&stap=wie&correctie.rijen%5B99999999%5D.welk=x", cookie);
    await r.text();
    statussen.set(r.status, (statussen.get(r.status) ?? 0) + 1);
  }
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 2_000));
  console.log(
    `${keer}× het verzoek met index 99999999: statussen ${JSON.stringify(Object.fromEntries(statussen))}, ` +
      `gemiddeld ${(ms / keer).toFixed(1)} ms; RSS voor ${voor} MB, na ${rssMb()} MB`,
  );
} finally {
  server.kill("SIGTERM");
}
