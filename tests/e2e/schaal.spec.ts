/**
 * Scale-out, proven (docs/hosting.md "Meer dan één machine", docs/decisions/025): two web
 * processes (the real server.ts, NODE_ENV=production, each with its own DATA_DIR as on two
 * machines) and one worker (app/jobs/worker.ts) on one PostgreSQL database and one S3 bucket
 * (s3rver). A small balancer in this test sends each request to the web process the test names, at
 * one public address (PUBLIC_URL), as a load balancer would.
 *
 *  - a request filed through web 1 (browser, e-mail code sent by the worker over SMTP) is in the
 *    backoffice queue served by web 2;
 *  - a package built on another node (this test process, through the real service, into the
 *    bucket) downloads byte for byte from web 1 and from web 2;
 *  - every e-mail in the outbox reaches the SMTP server exactly once (by Message-ID).
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { BERICHTEN } from "../../app/i18n/berichten";
import { parseEnv } from "../../app/env.server";
import { gebruikAuditSleutels, leidSleutelsAf } from "../../app/services/audit-sleutel.server";
import { gebruikOpslag } from "../../app/services/opslag.server";
import { leverPakket } from "../../app/services/pakket.server";
import { startSessie } from "../../app/services/sessies.server";
import { openDatabase, useDatabase, type Database } from "../../db/db.server";
import { tijdelijkeServer } from "../../db/ingebouwde-postgres.server";
import { medewerkers, pakketten, uitgaandeMail } from "../../db/schema";
import { startS3, type TestS3 } from "../support/s3";
import { maakToegewezenVerzoek, unzip } from "../support/pakket";

const AUDIT_SLEUTEL = randomBytes(32).toString("base64");
const V = BERICHTEN.nl.verzoek;

type Proces = ReturnType<typeof start>;
function start(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    async waitFor(text: string, timeoutMs = 240_000) {
      const until = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`"${text}" niet gezien:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

async function vrijePoort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const poort = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return poort;
}

test.describe("schaal: twee webprocessen en een takenverwerker op één database en één bucket", () => {
  test.describe.configure({ timeout: 420_000 });

  let pg: Awaited<ReturnType<typeof tijdelijkeServer>>;
  let s3: TestS3;
  let smtp: SMTPServer;
  let balancer: http.Server;
  let database: Database;
  const ontvangen: Array<{ messageId: string; aan: string; onderwerp: string }> = [];
  const web: Proces[] = [];
  let worker: Proces;
  let doel = 0; // which web process the balancer sends to
  let publiek = "";

  test.beforeAll(async () => {
    test.setTimeout(480_000); // three production starts on a loaded 2-core CI machine
    pg = await tijdelijkeServer("rl-schaal-");
    const admin = await openDatabase({ url: pg.serverUrl });
    await admin.query(`create database rl_schaal`);
    await admin.close();
    const dbUrl = new URL(pg.serverUrl);
    dbUrl.pathname = "/rl_schaal";
    s3 = await startS3("rechtenloket-schaal");

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        const delen: Buffer[] = [];
        stream.on("data", (d: Buffer) => delen.push(d));
        stream.on("end", () => {
          const ruw = Buffer.concat(delen).toString("utf8");
          const kop = ruw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
          ontvangen.push({
            messageId: /^Message-ID:\s*(.+)$/im.exec(kop)?.[1]?.trim() ?? "",
            aan: session.envelope.rcptTo.map((r) => r.address).join(","),
            onderwerp: /^Subject:\s*(.+)$/im.exec(kop)?.[1]?.trim() ?? "",
          });
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
    const smtpPoort = (smtp.server.address() as AddressInfo).port;

    const poorten = [await vrijePoort(), await vrijePoort()];
    balancer = http.createServer((req, res) => {
      const naar = http.request(
        { host: "127.0.0.1", port: poorten[doel], method: req.method, path: req.url, headers: req.headers },
        (antwoord) => {
          res.writeHead(antwoord.statusCode ?? 502, antwoord.headers);
          antwoord.pipe(res);
        },
      );
      naar.on("error", () => res.destroy());
      req.pipe(naar);
    });
    await new Promise<void>((r) => balancer.listen(0, "127.0.0.1", () => r()));
    publiek = `http://localhost:${(balancer.address() as AddressInfo).port}`;

    const gedeeld = {
      NODE_ENV: "production",
      DATABASE_URL: dbUrl.toString(),
      PUBLIC_URL: publiek,
      SMTP_URL: `smtp://127.0.0.1:${smtpPoort}`,
      AUDIT_SLEUTEL,
      JOBS_IN_PROCESS: "false",
      SEED_DEMO: "true",
      LOG_REQUESTS: "false",
      RATE_LIMIT_PER_MINUTE: "100000",
      ...s3.omgeving,
    };
    // Web 1 migrates and seeds; web 2 and the worker join the migrated database.
    web.push(
      start("server.ts", {
        ...gedeeld,
        PORT: String(poorten[0]),
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "rl-web1-")),
      }),
    );
    await web[0]!.waitFor("Rechtenloket draait op");
    web.push(
      start("server.ts", {
        ...gedeeld,
        PORT: String(poorten[1]),
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "rl-web2-")),
      }),
    );
    worker = start("app/jobs/worker.ts", { ...gedeeld, DATA_DIR: mkdtempSync(path.join(tmpdir(), "rl-worker-")) });
    await web[1]!.waitFor("Rechtenloket draait op");
    await worker.waitFor("Takenverwerker draait");
    for (const p of [...web, worker]) expect(p.output()).toContain(`Opslag: S3-bucket ${s3.bucket} op ${s3.endpoint}`);

    // This test process is a third node on the same database and bucket (it builds a package).
    database = await openDatabase({ url: dbUrl.toString() });
    useDatabase(database);
    globalThis.__rechtenloketEnv = parseEnv({ ...gedeeld, DATA_DIR: tmpdir() });
    gebruikAuditSleutels(leidSleutelsAf(Buffer.from(AUDIT_SLEUTEL, "base64")));
    gebruikOpslag(undefined);
  });

  test.afterAll(async () => {
    test.setTimeout(120_000);
    for (const p of [...web, worker]) if (p && p.child.exitCode === null) p.child.kill("SIGTERM");
    for (const p of [...web, worker]) if (p) await p.exited;
    useDatabase(undefined);
    gebruikOpslag(undefined);
    gebruikAuditSleutels(undefined);
    globalThis.__rechtenloketEnv = undefined;
    await database?.close();
    await new Promise((r) => balancer?.close(r));
    await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
    await s3?.stop();
    await pg?.sluit();
  });

  test("een verzoek via web 1 staat in de wachtrij van web 2; een pakket downloadt van beide; elke mail gaat één keer", async ({
    page,
  }) => {
    const email = `schaal.${Date.now().toString(36)}@voorbeeld.example`;
    let nummer = "";

    await test.step("web 1: een cliënt dient een verzoek in (code per e-mail, verstuurd door de takenverwerker)", async () => {
      doel = 0;
      await page.goto(`${publiek}/verzoek`);
      await page.getByLabel(BERICHTEN.nl.aanmelden.emailLabel).fill(email);
      await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeVersturen }).click();
      await expect(page.getByRole("heading", { level: 1, name: BERICHTEN.nl.aanmelden.codeTitel })).toBeVisible();
      await expect.poll(() => ontvangen.some((m) => m.aan === email), { timeout: 60_000 }).toBe(true);
      const code = /\d{6}/.exec(ontvangen.find((m) => m.aan === email)!.onderwerp)![0];
      await page.getByLabel(BERICHTEN.nl.aanmelden.codeLabel).fill(code);
      await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
      await expect(page.getByRole("heading", { level: 1, name: V.stappen.wie })).toBeVisible();
      await page.getByLabel(V.voorMijzelf, { exact: true }).check();
      await page.getByRole("button", { name: V.volgende, exact: true }).click();
      await page.getByLabel(V.naamZelf, { exact: true }).fill("Jorien Testpersoon");
      await page.getByLabel(V.geboortedatumZelf, { exact: true }).fill("21-04-1988");
      await page.getByRole("button", { name: V.volgende, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: V.stappen.recht })).toBeVisible();
      await page.getByLabel(BERICHTEN.nl.rechten.inzage.naam, { exact: true }).check();
      await page.getByRole("button", { name: V.volgende, exact: true }).click();
      await page.getByLabel(V.inzageAfschriftJa).check();
      await page.getByRole("button", { name: V.volgende, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: V.stappen.controle })).toBeVisible();
      await page.getByRole("button", { name: V.versturen }).click();
      await expect(page).toHaveURL(/\/verzoek\/ontvangen\/AVG-\d{4}-\d{6}$/);
      nummer = page.url().split("/").pop()!;
    });

    await test.step("web 2: de backoffice ziet het verzoek in de wachtrij", async () => {
      doel = 1;
      const [mw] = await database.db
        .insert(medewerkers)
        .values({
          naam: "Medewerker Schaal",
          email: `mw.schaal.${Date.now().toString(36)}@voorbeeld.example`,
          rollen: ["backoffice"],
        })
        .returning({ id: medewerkers.id });
      // Staff sign-in with a passkey has its own tests; the session row is made by the real service.
      const cookie = (await startSessie(database.db, { medewerkerId: mw!.id })).split(";")[0]!;
      const wachtrij = await fetch(`${publiek}/backoffice`, { headers: { Cookie: cookie } });
      expect(wachtrij.status).toBe(200);
      expect(await wachtrij.text()).toContain(nummer);
    });

    await test.step("een pakket, gemaakt op een ander knooppunt, downloadt van web 1 en van web 2", async () => {
      const { verzoek, actor } = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
      const { pakket } = await leverPakket({ soort: "systeem" }, verzoek.id);
      const cookie = (await startSessie(database.db, { accountId: actor.account.id })).split(";")[0]!;
      const hashes: string[] = [];
      for (const w of [0, 1]) {
        doel = w;
        const antwoord = await fetch(`${publiek}/mijn/verzoeken/${verzoek.nummer}/pakket/${pakket.id}.zip`, {
          headers: { Cookie: cookie },
        });
        expect(antwoord.status, `web ${w + 1}`).toBe(200);
        const zip = Buffer.from(await antwoord.arrayBuffer());
        hashes.push(createHash("sha256").update(zip).digest("hex"));
        expect((await unzip(zip)).has("manifest.json")).toBe(true);
      }
      const [rij] = await database.db.select().from(pakketten).where(eq(pakketten.id, pakket.id));
      expect(hashes).toEqual([rij!.sha256, rij!.sha256]);
      expect(rij!.opslagSleutel).toMatch(/^pakketten\/.+\.zip\.enc$/);
    });

    await test.step("elke e-mail in de uitgaande post is precies één keer verstuurd", async () => {
      await expect
        .poll(
          async () =>
            (
              await database.db
                .select({ n: sql<number>`count(*)::int` })
                .from(uitgaandeMail)
                .where(sql`${uitgaandeMail.status} <> 'verzonden'`)
            )[0]!.n,
          { timeout: 90_000 },
        )
        .toBe(0);
      await new Promise((r) => setTimeout(r, 2_000)); // a late duplicate would arrive now
      const rijen = await database.db.select({ id: uitgaandeMail.id, aan: uitgaandeMail.aan }).from(uitgaandeMail);
      expect(rijen.length).toBeGreaterThan(2); // code, receipt, package ready, …
      const ids = ontvangen.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(rijen.map((r) => `<${r.id}@rechtenloket>`).sort());
    });

    await test.step("verbindingen: binnen het budget van docs/hosting.md (per proces ten hoogste 10 + 4 + 1)", async () => {
      const rijen = await database.query(
        "select coalesce(application_name, '') as app, count(*)::int as n from pg_stat_activity where datname = current_database() group by 1 order by 1",
      );
      const totaal = (rijen as Array<{ app: string; n: number }>).reduce((n, r) => n + r.n, 0);
      test
        .info()
        .annotations.push({ type: "verbindingen", description: `${totaal} op rl_schaal: ${JSON.stringify(rijen)}` });
      console.log(`Verbindingen op de gedeelde database: ${totaal} ${JSON.stringify(rijen)}`);
      // Three portal processes (≤ 15 each) and this test process (≤ 10 + 4).
      expect(totaal).toBeLessThanOrEqual(3 * 15 + 14);
    });
  });
});
