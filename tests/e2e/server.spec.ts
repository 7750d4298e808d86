/**
 * The server as a new user meets it: starts on an empty folder with demo data, restarts on the same
 * data, stops quickly on SIGTERM, and refuses bad configuration or a broken database with a message.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

type Run = { code: number | null; output: string; ms: number };

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, SEED_DEMO: "true", LOG_REQUESTS: "false", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const started = Date.now();
  const exited = new Promise<Run>((resolve) =>
    child.on("exit", (code) => resolve({ code, output, ms: Date.now() - started })),
  );
  return {
    child,
    exited,
    output: () => output,
    async waitFor(text: string, timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`"${text}" niet gezien:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** Run an npm command-line tool (app/cli) on `dataDir`, as a practice would beside the portal. */
function opdracht(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { env: { ...process.env, DATABASE_URL: "", ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : 99) : 0,
          output: stdout + stderr,
          ms: Date.now() - started,
        }),
    );
  });
}

test.describe("server start and stop", () => {
  test.describe.configure({ timeout: 180_000 });

  test("first start seeds the demo practice, second start reuses the data, SIGTERM stops within seconds", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "rl-server-"));
    const first = startServer({ DATA_DIR: dataDir, PORT: "3191" });
    await first.waitFor("Rechtenloket draait op http://localhost:3191");
    expect(first.output()).toContain("Demopraktijk Zorgpraktijk De Linde aangemaakt");
    const home = await fetch("http://localhost:3191/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Zorgpraktijk De Linde");
    const stopAsked = Date.now();
    first.child.kill("SIGTERM");
    const firstRun = await first.exited;
    expect(firstRun.code).toBe(0);
    expect(Date.now() - stopAsked).toBeLessThan(5_000);

    // Development: the audit key was made once in DATA_DIR (0600); shutdown anchored the chain head
    // (docs/decisions/019).
    expect(statSync(path.join(dataDir, "audit-sleutel")).mode & 0o777).toBe(0o600);
    const anker = JSON.parse(readFileSync(path.join(dataDir, "audit-anker.json"), "utf8")) as { rijen: number };
    expect(anker.rijen).toBeGreaterThan(0);
    expect(firstRun.output).not.toContain(readFileSync(path.join(dataDir, "audit-sleutel"), "utf8").trim());

    const second = startServer({ DATA_DIR: dataDir, PORT: "3191" });
    await second.waitFor("Rechtenloket draait op");
    expect(second.output()).not.toContain("aangemaakt");
    expect((await fetch("http://localhost:3191/")).status).toBe(200);
    second.child.kill("SIGINT");
    expect((await second.exited).code).toBe(0);
  });

  test("one data folder, several processes: an invitation made while the portal runs is there after a restart; a second portal is refused", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "rl-samen-"));
    const env = { DATA_DIR: dataDir, PUBLIC_URL: "http://localhost:3196" };
    const portaal = startServer({ ...env, PORT: "3196" });
    await portaal.waitFor("Rechtenloket draait op");

    const tweede = await startServer({ ...env, PORT: "3197" }).exited;
    expect(tweede.code).not.toBe(0);
    expect(tweede.output).toContain(`Er draait al een portaal op ${dataDir}`);

    const uitnodiging = await opdracht(
      "app/cli/staff-invite.ts",
      ["--email", "samen@praktijk.example", "--role", "backoffice"],
      env,
    );
    expect(uitnodiging.output).toContain("Uitnodiging aangemaakt voor samen@praktijk.example");
    expect(uitnodiging.code).toBe(0);
    const link = /http:\/\/localhost:3196\/backoffice\/uitnodiging\/[A-Za-z0-9_-]{43}/.exec(uitnodiging.output)![0];
    // The portal sees it at once: one server, not a copy.
    expect((await fetch(link)).status).toBe(200);
    const audit = await opdracht("app/cli/audit-verify.ts", [], env);
    expect(audit.output).toContain("Auditlog intact");

    portaal.child.kill("SIGTERM");
    expect((await portaal.exited).code).toBe(0);
    // The last process out stopped the database server.
    expect(existsSync(path.join(dataDir, "pgdata", "postmaster.pid"))).toBe(false);

    const opnieuw = startServer({ ...env, PORT: "3196" });
    await opnieuw.waitFor("Rechtenloket draait op");
    const pagina = await fetch(link);
    expect(pagina.status).toBe(200);
    expect(await pagina.text()).toContain("samen@praktijk.example");
    opnieuw.child.kill("SIGTERM");
    expect((await opnieuw.exited).code).toBe(0);
  });

  test("a bad environment variable stops the start, naming the variable", async () => {
    const run = await startServer({ PORT: "drieduizend" }).exited;
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("PORT");
    expect(run.output).toContain("Ongeldige configuratie");
  });

  test("production without AUDIT_SLEUTEL does not start, naming the variable", async () => {
    const run = await startServer({
      NODE_ENV: "production",
      AUDIT_SLEUTEL: "",
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "rl-server-")),
    }).exited;
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("AUDIT_SLEUTEL: ontbreekt");
  });

  test("an unreachable PostgreSQL server is reported and the start fails", async () => {
    const run = await startServer({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/nergens" }).exited;
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/PostgreSQL-server is niet bereikbaar/);
  });

  test("a corrupt embedded database is reported and the start fails", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "rl-corrupt-"));
    mkdirSync(path.join(dataDir, "pgdata"), { recursive: true });
    writeFileSync(path.join(dataDir, "pgdata", "PG_VERSION"), "dit is geen database\n");
    writeFileSync(path.join(dataDir, "pgdata", "postgresql.conf"), "\u0000\u0001kapot");
    const run = await startServer({ DATA_DIR: dataDir, PORT: "3192" }).exited;
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/kan niet worden geopend|kon niet worden bijgewerkt/);
  });
});

test("the per-IP limit refuses a burst of sign-in posts with a plain message", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "rl-limit-"));
  const server = startServer({ DATA_DIR: dataDir, PORT: "3193", RATE_LIMIT_PER_MINUTE: "5" });
  await server.waitFor("Rechtenloket draait op");
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const response = await fetch("http://localhost:3193/inloggen", {
      method: "POST",
      headers: { Origin: "http://localhost:3193", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=niet-geldig",
      redirect: "manual",
    });
    statuses.push(response.status);
    if (response.status === 429) expect(await response.text()).toContain("Wacht een minuut");
  }
  expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
  expect(statuses.slice(5)).toEqual([429, 429]);
  server.child.kill("SIGTERM");
  await server.exited;
});

test("without the demo a new installation starts with an empty organisation to fill in", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "rl-leeg-"));
  const server = startServer({ DATA_DIR: dataDir, PORT: "3194", SEED_DEMO: "false" });
  await server.waitFor("Rechtenloket draait op");
  expect(server.output()).toContain("Lege organisatie aangemaakt");
  expect(server.output()).not.toContain("Demopraktijk");
  const home = await fetch("http://localhost:3194/");
  expect(home.status).toBe(200);
  expect(await home.text()).toContain("Nieuwe praktijk (nog in te stellen)");
  server.child.kill("SIGTERM");
  expect((await server.exited).code).toBe(0);
});

test("a form from another site is refused with 403, an oversized body with 413, both with a plain message", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "rl-grens-"));
  const server = startServer({ DATA_DIR: dataDir, PORT: "3195" });
  await server.waitFor("Rechtenloket draait op");
  const vreemd = await fetch("http://localhost:3195/inloggen", {
    method: "POST",
    headers: { Origin: "https://kwaadwillend.example", "Content-Type": "application/x-www-form-urlencoded" },
    body: "email=iemand%40example.org",
    redirect: "manual",
  });
  expect(vreemd.status).toBe(403);
  expect(await vreemd.text()).toContain("Open de pagina opnieuw via deze website");
  const zonderOrigin = await fetch("http://localhost:3195/inloggen", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "email=iemand%40example.org",
    redirect: "manual",
  });
  expect(zonderOrigin.status).toBe(403);
  const groot = await fetch("http://localhost:3195/verzoek", {
    method: "POST",
    headers: { Origin: "http://localhost:3195", "Content-Type": "application/x-www-form-urlencoded" },
    body: `tekst=${"a".repeat(300 * 1024)}`,
    redirect: "manual",
  });
  expect(groot.status).toBe(413);
  expect(await groot.text()).toContain("te groot");
  // Nothing was sent to the address of the refused forms.
  const post = await fetch("http://localhost:3195/dev/mail.json?aan=iemand%40example.org");
  expect(((await post.json()) as { mails: unknown[] }).mails).toEqual([]);
  server.child.kill("SIGTERM");
  expect((await server.exited).code).toBe(0);
});
