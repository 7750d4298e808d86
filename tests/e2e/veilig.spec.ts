/**
 * Safe to put online (docs/decisions/017), against real started servers: the server listens on this
 * computer only unless HOST says otherwise; the development mailbox (every sign-in code and link)
 * exists only outside production, without SMTP and on loopback; production refuses to start without
 * PUBLIC_URL and SMTP_URL and prints no links; the per-IP limit holds behind a proxy when the client
 * rotates X-Forwarded-For, and across two server processes on one PostgreSQL database.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { tijdelijkeServer } from "../../db/ingebouwde-postgres.server";
import { startServer } from "./support/server-proces";

const ONBEKEND = "00000000-0000-4000-8000-000000000000";
const MAILBOX_PADEN = [
  "/dev/mail",
  "/dev/mail/",
  `/dev/mail/${ONBEKEND}`,
  `/dev/mail/${ONBEKEND}/html`,
  "/dev/mail.json?aan=iemand%40example.test",
  "/DEV/MAIL.JSON?aan=iemand%40example.test",
];

/** An address of this machine on a network (not loopback), if it has one. */
function netwerkAdres(): string | undefined {
  for (const adressen of Object.values(networkInterfaces())) {
    for (const a of adressen ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return undefined;
}

async function vrijePoort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function nieuweDataMap(): string {
  return mkdtempSync(path.join(tmpdir(), "rl-veilig-"));
}

async function bereikbaar(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

async function mailboxStatussen(basis: string): Promise<number[]> {
  return Promise.all(MAILBOX_PADEN.map(async (pad) => (await fetch(`${basis}${pad}`)).status));
}

test.describe.configure({ timeout: 300_000 });

test("the default start listens on this computer only, where the mailbox works", async ({ request }) => {
  // The Playwright server is started with the default HOST (playwright.config.ts).
  const port = Number(process.env.E2E_PORT);
  expect((await request.get("/dev/mail.json?aan=iemand%40example.test")).status()).toBe(200);
  expect(await bereikbaar(`http://127.0.0.1:${port}/gezond`)).toBe(true);
  const adres = netwerkAdres();
  test.skip(!adres, "deze machine heeft geen netwerkadres naast loopback");
  expect(await bereikbaar(`http://${adres}:${port}/gezond`)).toBe(false);
});

/** Start a server, run `check` on it, and stop it: it must stop cleanly. */
async function metServer(env: Record<string, string>, check: (basis: string, log: () => string) => Promise<void>) {
  const poort = await vrijePoort();
  const server = startServer({ PORT: String(poort), DATA_DIR: nieuweDataMap(), SEED_DEMO: "false", ...env });
  try {
    await server.waitFor("Rechtenloket draait op", 240_000);
    await check(`http://localhost:${poort}`, server.output);
  } finally {
    const afloop = await server.stop();
    expect(afloop.code, `${afloop.signal ?? ""}\n${afloop.output}`).toBe(0);
  }
}

test.describe("the development mailbox is 404 on every path", () => {
  test("with HOST=0.0.0.0 (reachable from the network); the log says mail is not sent", async () => {
    await metServer({ HOST: "0.0.0.0" }, async (basis, log) => {
      const poort = new URL(basis).port;
      expect(log()).toContain(`(luistert op 0.0.0.0:${poort})`);
      expect(log()).toContain(
        "E-mail: SMTP_URL is niet ingesteld. E-mail blijft in de uitgaande post en wordt NIET verstuurd",
      );
      expect(log()).toContain(
        "De ontwikkel-mailbox (/dev/mail) staat uit: de server luistert niet alleen op deze computer (HOST=0.0.0.0).",
      );
      expect(await mailboxStatussen(basis)).toEqual(MAILBOX_PADEN.map(() => 404));
      const adres = netwerkAdres();
      if (adres) {
        expect((await fetch(`http://${adres}:${poort}/gezond`)).status).toBe(200);
        expect(await mailboxStatussen(`http://${adres}:${poort}`)).toEqual(MAILBOX_PADEN.map(() => 404));
      }
    });
  });

  test("with SMTP_URL (mail leaves the building); the log names the server, not its password", async () => {
    await metServer({ SMTP_URL: "smtp://gebruiker:geheim@127.0.0.1:9" }, async (basis, log) => {
      expect(log()).toContain(`(luistert op 127.0.0.1:${new URL(basis).port})`);
      expect(log()).toContain("E-mail: wordt verstuurd via smtp://127.0.0.1:9.");
      expect(log()).not.toContain("geheim");
      expect(await mailboxStatussen(basis)).toEqual(MAILBOX_PADEN.map(() => 404));
    });
  });

  test("in production, even on loopback without SMTP; the demo (only when asked) prints no invitation link", async () => {
    const poort = await vrijePoort();
    const server = startServer({
      PORT: String(poort),
      DATA_DIR: nieuweDataMap(),
      NODE_ENV: "production",
      PUBLIC_URL: `http://localhost:${poort}`,
      ALLOW_NO_SMTP: "true",
      SEED_DEMO: "true",
      // Production needs the audit log's key (docs/decisions/019); a test key, never a real one.
      AUDIT_SLEUTEL: Buffer.alloc(32, 5).toString("base64"),
    });
    try {
      await server.waitFor("Rechtenloket draait op", 240_000);
      const log = server.output();
      expect(log).toContain("Demopraktijk Zorgpraktijk De Linde aangemaakt");
      expect(log).toContain(
        "In productie krijgen de demomedewerkers geen uitnodiging. Nodig uzelf uit met npm run staff:invite.",
      );
      expect(log).not.toMatch(/uitnodiging\/|Uitnodiging .*\(/);
      expect(log).toContain("De ontwikkel-mailbox (/dev/mail) staat uit: in productie bestaat die niet.");
      expect(await mailboxStatussen(`http://localhost:${poort}`)).toEqual(MAILBOX_PADEN.map(() => 404));
      // The site itself works.
      expect((await fetch(`http://localhost:${poort}/`)).status).toBe(200);
    } finally {
      const afloop = await server.stop();
      expect(afloop.code, `${afloop.signal ?? ""}\n${afloop.output}`).toBe(0);
    }
  });
});

test("production refuses to start without PUBLIC_URL and SMTP_URL, and refuses TRUST_PROXY=true, naming the variable", async () => {
  const [zonder, http, vertrouwAlles] = await Promise.all([
    startServer({ NODE_ENV: "production", PUBLIC_URL: "", SMTP_URL: "", DATA_DIR: nieuweDataMap() }).exited,
    startServer({
      NODE_ENV: "production",
      PUBLIC_URL: "http://rechten.praktijk.example",
      SMTP_URL: "smtp://127.0.0.1:9",
      DATA_DIR: nieuweDataMap(),
    }).exited,
    startServer({ TRUST_PROXY: "true", DATA_DIR: nieuweDataMap() }).exited,
  ]);
  expect(zonder.code).not.toBe(0);
  expect(zonder.output).toContain("PUBLIC_URL: verplicht in productie");
  expect(zonder.output).toContain("SMTP_URL: verplicht in productie");
  expect(http.code).not.toBe(0);
  expect(http.output).toContain("PUBLIC_URL: moet in productie met https:// beginnen");
  expect(vertrouwAlles.code).not.toBe(0);
  expect(vertrouwAlles.output).toContain('TRUST_PROXY: "true" wordt niet meer aanvaard');
  for (const run of [zonder, http, vertrouwAlles]) expect(run.output).not.toContain("Rechtenloket draait op");
});

/**
 * A reverse proxy like nginx with `X-Forwarded-For $proxy_add_x_forwarded_for`: it passes on what
 * the client sent and appends the address it sees.
 */
async function startProxy(doelPoort: number) {
  const server = http.createServer((req, res) => {
    const gezien = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
    const xff = [req.headers["x-forwarded-for"], gezien].filter(Boolean).join(", ");
    const verder = http.request(
      {
        host: "127.0.0.1",
        port: doelPoort,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-for": xff },
      },
      (antwoord) => {
        res.writeHead(antwoord.statusCode ?? 502, antwoord.headers);
        antwoord.pipe(res);
      },
    );
    verder.on("error", () => res.writeHead(502).end());
    req.pipe(verder);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { poort: (server.address() as AddressInfo).port, sluit: () => new Promise((r) => server.close(r)) };
}

/** POST sign-in attempts, each with a new made-up X-Forwarded-For; how many were not refused with 429? */
async function roteer(basis: string, origin: string, pogingen: number): Promise<number> {
  let doorgelaten = 0;
  for (let i = 0; i < pogingen; i++) {
    const response = await fetch(`${basis}/inloggen`, {
      method: "POST",
      headers: {
        Origin: origin,
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Forwarded-For": `198.51.100.${i + 1}`,
      },
      body: "email=niet-geldig",
      redirect: "manual",
    });
    if (response.status === 429) expect(await response.text()).toContain("Wacht een minuut");
    else doorgelaten++;
  }
  return doorgelaten;
}

test("behind one proxy (TRUST_PROXY=1) a client rotating X-Forwarded-For gets no more than the limit through", async () => {
  const poort = await vrijePoort();
  const server = startServer({
    PORT: String(poort),
    DATA_DIR: nieuweDataMap(),
    SEED_DEMO: "false",
    TRUST_PROXY: "1",
    RATE_LIMIT_PER_MINUTE: "3",
  });
  const proxy = await startProxy(poort);
  try {
    await server.waitFor("Rechtenloket draait op");
    const doorgelaten = await roteer(`http://127.0.0.1:${proxy.poort}`, `http://localhost:${poort}`, 12);
    test.info().annotations.push({
      type: "meting",
      description: `X-Forwarded-For geroteerd via proxy: ${doorgelaten} van 12 doorgelaten (limiet 3)`,
    });
    expect(doorgelaten).toBe(3);
  } finally {
    await proxy.sluit();
    expect((await server.stop()).code).toBe(0);
  }
});

test("two server processes on one PostgreSQL database share the per-IP count", async () => {
  test.setTimeout(180_000);
  // DATABASE_URL's server, or a throw-away embedded server both portals connect to.
  const tijdelijk = process.env.DATABASE_URL ? null : await tijdelijkeServer("rl-e2e-limiet-");
  const url = process.env.DATABASE_URL ?? tijdelijk!.serverUrl;
  const naam = `rl_e2e_limiet_${Date.now().toString(36)}`;
  const admin = postgres(url!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${naam}"`);
  const dbUrl = new URL(url!);
  dbUrl.pathname = `/${naam}`;
  const [a, b] = await Promise.all([vrijePoort(), vrijePoort()]);
  const gemeen = {
    DATABASE_URL: dbUrl.toString(),
    SEED_DEMO: "false",
    RATE_LIMIT_PER_MINUTE: "3",
    DATA_DIR: nieuweDataMap(),
  };
  // One after the other: the first applies the migrations.
  const eerste = startServer({ ...gemeen, PORT: String(a), PUBLIC_URL: `http://localhost:${a}` });
  await eerste.waitFor("Rechtenloket draait op");
  const tweede = startServer({ ...gemeen, PORT: String(b), PUBLIC_URL: `http://localhost:${a}` });
  try {
    await tweede.waitFor("Rechtenloket draait op");
    let doorgelaten = 0;
    for (let i = 0; i < 10; i++) {
      const poort = i % 2 === 0 ? a : b;
      const response = await fetch(`http://localhost:${poort}/inloggen`, {
        method: "POST",
        headers: { Origin: `http://localhost:${a}`, "Content-Type": "application/x-www-form-urlencoded" },
        body: "email=niet-geldig",
        redirect: "manual",
      });
      if (response.status !== 429) doorgelaten++;
    }
    test.info().annotations.push({
      type: "meting",
      description: `twee processen, één database: ${doorgelaten} van 10 doorgelaten (limiet 3)`,
    });
    expect(doorgelaten).toBe(3);
  } finally {
    expect((await tweede.stop()).code).toBe(0);
    expect((await eerste.stop()).code).toBe(0);
    await admin.unsafe(`drop database if exists "${naam}" with (force)`);
    await admin.end();
    await tijdelijk?.sluit();
  }
});
