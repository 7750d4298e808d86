/**
 * E-mail delivery against a real SMTP server in this process (smtp-server, from the nodemailer
 * project) and a real database: what the recipient gets, exactly once, and what happens while the
 * server refuses.
 */
import { createServer, type AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { kickMailDelivery, runningJobs, startJobs } from "~/jobs/boss.server";
import { parseEnv, type Env } from "~/env.server";
import {
  bezorgWachtendeMail,
  foutZonderPersoonsgegevens,
  mailboxMail,
  mailboxOverzicht,
  mailboxVoorAdres,
  MAX_POGINGEN,
  wachttijdNaPoging,
  type MailTransport,
} from "~/services/mail-bezorging.server";
import { queueMail } from "~/services/mail.server";
import { organisatie, uitgaandeMail } from "../../db/schema";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

const MAIL_FROM = "Praktijk Testlaan <noreply@testlaan.example>";

// ------------------------------------------------------------------ a real SMTP server

type Ontvangen = { van: string; aan: string[]; raw: string };

type TestSmtp = {
  port: number;
  ontvangen: Ontvangen[];
  /** Refuse the next messages after DATA with this reply, or accept them (null). */
  weigerMet: { code: number; tekst: string } | null;
  /** Refuse recipients with a 550 that quotes the address. */
  weigerOntvanger: boolean;
  /** Milliseconds the server takes to accept a message (to make two workers overlap). */
  vertraging: number;
  close(): Promise<void>;
};

async function startSmtp(): Promise<TestSmtp> {
  const state: Omit<TestSmtp, "port" | "close"> = {
    ontvangen: [],
    weigerMet: null,
    weigerOntvanger: false,
    vertraging: 0,
  };
  const options: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.weigerOntvanger) {
        const fout = new Error(`<${address.address}>: Recipient address rejected: User unknown`) as Error & {
          responseCode: number;
        };
        fout.responseCode = 550;
        return callback(fout);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        setTimeout(() => {
          if (state.weigerMet) {
            const fout = new Error(state.weigerMet.tekst) as Error & { responseCode: number };
            fout.responseCode = state.weigerMet.code;
            return callback(fout);
          }
          state.ontvangen.push({
            van: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            aan: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          callback(null, "Message queued");
        }, state.vertraging);
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(state, {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** A port on which nothing listens (the SMTP server is down). */
async function geslotenPoort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function transportNaar(port: number): MailTransport & { close(): void } {
  return nodemailer.createTransport({
    url: `smtp://127.0.0.1:${port}`,
    connectionTimeout: 3000,
    greetingTimeout: 3000,
  });
}

// ------------------------------------------------------------------ reading a received message

type Deel = { headers: Record<string, string>; body: string };

function splitHeaders(raw: string): Deel {
  const scheiding = raw.indexOf("\r\n\r\n");
  const kop = raw.slice(0, scheiding).replace(/\r\n[ \t]+/g, " ");
  const headers: Record<string, string> = {};
  for (const regel of kop.split("\r\n")) {
    const dubbelepunt = regel.indexOf(":");
    headers[regel.slice(0, dubbelepunt).toLowerCase()] = regel.slice(dubbelepunt + 1).trim();
  }
  return { headers, body: raw.slice(scheiding + 4) };
}

function decodeer(deel: Deel): string {
  const encoding = (deel.headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  if (encoding === "quoted-printable") {
    const bytes = deel.body
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  if (encoding === "base64") return Buffer.from(deel.body.replace(/\s+/g, ""), "base64").toString("utf8");
  return deel.body;
}

/** The headers, the text part and the HTML part of a multipart/alternative message. */
function leesBericht(raw: string) {
  const geheel = splitHeaders(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(geheel.headers["content-type"] ?? "")?.[1];
  if (!boundary) throw new Error("geen multipart-bericht");
  const delen = geheel.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((d) => splitHeaders(d.replace(/^\r\n/, "")));
  const deel = (type: string) => delen.find((d) => (d.headers["content-type"] ?? "").startsWith(type));
  const tekst = deel("text/plain");
  const html = deel("text/html");
  return {
    headers: geheel.headers,
    tekst: tekst ? decodeer(tekst) : null,
    html: html ? decodeer(html) : null,
  };
}

// ------------------------------------------------------------------ helpers

async function queueCode(aan: string, code: string, options: { dedupSleutel?: string } = {}) {
  const rij = await testDb().db.transaction((tx) =>
    queueMail(tx, { aan, sjabloon: "code", data: { code, minuten: 10 }, taal: "nl", ...options }),
  );
  if (!rij) throw new Error("niet in de wachtrij");
  return rij.id;
}

async function rij(id: string) {
  const [r] = await testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.id, id));
  return r!;
}

/** No earlier test's mail may be left due. */
async function leegWachtrij() {
  await testDb().db.update(uitgaandeMail).set({ status: "verzonden" }).where(eq(uitgaandeMail.status, "wachtend"));
}

let vorigeEnv: Env | undefined;
function zetEnv(extra: Record<string, string | undefined>) {
  globalThis.__rechtenloketEnv = parseEnv({
    ...process.env,
    MAIL_FROM,
    NODE_ENV: "test",
    SMTP_URL: undefined,
    ...extra,
  });
}

let smtp: TestSmtp;

beforeAll(async () => {
  vorigeEnv = globalThis.__rechtenloketEnv;
  zetEnv({ SMTP_URL: undefined });
  await testDb().db.insert(organisatie).values({
    id: 1,
    naam: "Praktijk Testlaan",
    straat: "Testlaan 1",
    postcode: "1234 AB",
    plaats: "Teststad",
    email: "info@testlaan.example",
    fgNaam: "FG Testlaan",
    fgEmail: "fg@testlaan.example",
    klachtenroute: "Klachtenregeling Testlaan",
  });
  smtp = await startSmtp();
});

afterAll(async () => {
  await smtp?.close();
  globalThis.__rechtenloketSmtp?.transport.close();
  globalThis.__rechtenloketSmtp = undefined;
  globalThis.__rechtenloketEnv = vorigeEnv;
});

afterEach(() => {
  smtp.weigerMet = null;
  smtp.weigerOntvanger = false;
  smtp.vertraging = 0;
});

// ------------------------------------------------------------------ tests

describe("mail delivery over SMTP", () => {
  it("delivers a queued code mail exactly once, with subject, text and HTML", async () => {
    await leegWachtrij();
    smtp.ontvangen.length = 0;
    const id = await queueCode("Cliënt.Een@Example.test", "482913");
    const transport = transportNaar(smtp.port);
    try {
      expect(await bezorgWachtendeMail({ transport })).toEqual({ verzonden: 1, mislukt: 0, uitgesteld: 0 });
      // A second run finds nothing due and sends nothing.
      expect(await bezorgWachtendeMail({ transport })).toEqual({ verzonden: 0, mislukt: 0, uitgesteld: 0 });
    } finally {
      transport.close();
    }

    expect(smtp.ontvangen).toHaveLength(1);
    const ontvangen = smtp.ontvangen[0]!;
    // nodemailer writes the domain in lower case; the local part is kept as queued.
    expect(ontvangen.aan).toEqual(["Cliënt.Een@example.test"]);
    expect(ontvangen.van).toBe("noreply@testlaan.example");
    const bericht = leesBericht(ontvangen.raw);
    expect(bericht.headers.subject).toBe("Uw code: 482913");
    expect(bericht.headers["message-id"]).toBe(`<${id}@rechtenloket>`);
    expect(bericht.tekst).toContain("482913");
    expect(bericht.tekst).toContain("10 minuten geldig");
    expect(bericht.tekst).not.toMatch(/<[a-z]+[ >]/i);
    expect(bericht.html).toMatch(/^<!DOCTYPE html/i);
    expect(bericht.html).toMatch(/<html[^>]* lang="nl"/);
    expect(bericht.html).toContain("482913");

    const na = await rij(id);
    expect(na.status).toBe("verzonden");
    expect(na.pogingen).toBe(1);
    expect(na.verzondenOp).toBeInstanceOf(Date);
    expect(na.laatsteFout).toBeNull();
  });

  it("keeps the mail waiting while the server refuses, and delivers it once when it is back", async () => {
    await leegWachtrij();
    smtp.ontvangen.length = 0;
    const id = await queueCode("wachter@example.test", "551177");
    const transport = transportNaar(smtp.port);
    try {
      smtp.weigerMet = { code: 451, tekst: "Local error in processing, try again later" };
      const nu = new Date();
      expect(await bezorgWachtendeMail({ transport, nu })).toEqual({ verzonden: 0, mislukt: 0, uitgesteld: 1 });
      const na1 = await rij(id);
      expect(na1.status).toBe("wachtend");
      expect(na1.pogingen).toBe(1);
      expect(na1.volgendePoging.getTime()).toBe(nu.getTime() + 60_000);
      expect(na1.laatsteFout).toMatch(/451/);
      expect(smtp.ontvangen).toHaveLength(0);

      // Not due yet: nothing is tried before the next attempt.
      smtp.weigerMet = null;
      const nuPlus30 = new Date(nu.getTime() + 30_000);
      expect(await bezorgWachtendeMail({ transport, nu: nuPlus30 })).toEqual({
        verzonden: 0,
        mislukt: 0,
        uitgesteld: 0,
      });
      expect(smtp.ontvangen).toHaveLength(0);

      // The server is back and the minute has passed: delivered, once.
      const nuPlus61 = new Date(nu.getTime() + 61_000);
      expect(await bezorgWachtendeMail({ transport, nu: nuPlus61 })).toEqual({
        verzonden: 1,
        mislukt: 0,
        uitgesteld: 0,
      });
      expect(await bezorgWachtendeMail({ transport, nu: new Date(nu.getTime() + 3600_000) })).toEqual({
        verzonden: 0,
        mislukt: 0,
        uitgesteld: 0,
      });
    } finally {
      transport.close();
    }
    expect(smtp.ontvangen).toHaveLength(1);
    expect(leesBericht(smtp.ontvangen[0]!.raw).headers.subject).toBe("Uw code: 551177");
    const na2 = await rij(id);
    expect(na2.status).toBe("verzonden");
    expect(na2.pogingen).toBe(2);
  });

  it("stops the run when the server cannot be reached and tries each mail again later", async () => {
    await leegWachtrij();
    const eerste = await queueCode("onbereikbaar1@example.test", "100001");
    const tweede = await queueCode("onbereikbaar2@example.test", "100002");
    const transport = transportNaar(await geslotenPoort());
    const nu = new Date();
    try {
      // Only one mail is tried: the others would wait for the same dead server.
      expect(await bezorgWachtendeMail({ transport, nu })).toEqual({ verzonden: 0, mislukt: 0, uitgesteld: 1 });
    } finally {
      transport.close();
    }
    const rijen = [await rij(eerste), await rij(tweede)];
    expect(rijen.map((r) => r.status)).toEqual(["wachtend", "wachtend"]);
    expect(rijen.map((r) => r.pogingen).sort()).toEqual([0, 1]);
    const geprobeerd = rijen.find((r) => r.pogingen === 1)!;
    expect(geprobeerd.laatsteFout).toMatch(/^(ECONNECTION|ESOCKET)\b.*ECONNREFUSED/);
    expect(geprobeerd.volgendePoging.getTime()).toBe(nu.getTime() + 60_000);

    // When it is back, both are delivered.
    smtp.ontvangen.length = 0;
    const terug = transportNaar(smtp.port);
    try {
      expect(await bezorgWachtendeMail({ transport: terug, nu: new Date(nu.getTime() + 61_000) })).toEqual({
        verzonden: 2,
        mislukt: 0,
        uitgesteld: 0,
      });
    } finally {
      terug.close();
    }
    expect(smtp.ontvangen.map((m) => m.aan[0]).sort()).toEqual([
      "onbereikbaar1@example.test",
      "onbereikbaar2@example.test",
    ]);
  });

  it("stores the SMTP error without the recipient's address", async () => {
    await leegWachtrij();
    const id = await queueCode("geheim.adres@example.test", "300003");
    smtp.weigerOntvanger = true;
    const transport = transportNaar(smtp.port);
    try {
      expect(await bezorgWachtendeMail({ transport })).toEqual({ verzonden: 0, mislukt: 0, uitgesteld: 1 });
    } finally {
      transport.close();
    }
    const na = await rij(id);
    expect(na.laatsteFout).toMatch(/550/);
    expect(na.laatsteFout).toContain("[adres]");
    expect(na.laatsteFout).not.toContain("geheim");
    expect(na.laatsteFout).not.toContain("@");
    await leegWachtrij();
  });

  it("gives up after 20 attempts: status mislukt, and the mail stays visible", async () => {
    await leegWachtrij();
    const id = await queueCode("opgegeven@example.test", "400004");
    await testDb()
      .db.update(uitgaandeMail)
      .set({ pogingen: MAX_POGINGEN - 1 })
      .where(eq(uitgaandeMail.id, id));
    smtp.weigerMet = { code: 554, tekst: "Transaction failed" };
    const transport = transportNaar(smtp.port);
    try {
      expect(await bezorgWachtendeMail({ transport })).toEqual({ verzonden: 0, mislukt: 1, uitgesteld: 0 });
      smtp.weigerMet = null;
      // A mislukt mail is never tried again.
      expect(await bezorgWachtendeMail({ transport, nu: new Date(Date.now() + 7 * 86400_000) })).toEqual({
        verzonden: 0,
        mislukt: 0,
        uitgesteld: 0,
      });
    } finally {
      transport.close();
    }
    const na = await rij(id);
    expect(na.status).toBe("mislukt");
    expect(na.pogingen).toBe(20);
    expect(na.laatsteFout).toMatch(/554/);
    const lijst = await mailboxOverzicht({ aan: "OPGEGEVEN@example.test" });
    expect(lijst.map((m) => [m.id, m.status])).toEqual([[id, "mislukt"]]);
  });

  it("waits 1, 5, 15, 60 and 180 minutes, then every 6 hours", () => {
    const minuten = Array.from({ length: 8 }, (_, i) => wachttijdNaPoging(i + 1) / 60_000);
    expect(minuten).toEqual([1, 5, 15, 60, 180, 360, 360, 360]);
  });

  it("does nothing without a transport (no SMTP_URL): the mail stays in the outbox", async () => {
    await leegWachtrij();
    const id = await queueCode("blijft@example.test", "500005");
    expect(await bezorgWachtendeMail({ transport: null })).toEqual({ verzonden: 0, mislukt: 0, uitgesteld: 0 });
    const na = await rij(id);
    expect(na.status).toBe("wachtend");
    expect(na.pogingen).toBe(0);
    const [mail] = await mailboxVoorAdres("Blijft@Example.test");
    expect(mail?.id).toBe(id);
    expect(mail?.tekst).toContain("500005");
    expect((await mailboxMail(id))?.html).toContain("500005");
    expect(await mailboxMail("geen-uuid")).toBeNull();
    await leegWachtrij();
  });

  it("leaves no outbox row when the transaction that queued the mail rolls back", async () => {
    await expect(
      testDb().db.transaction(async (tx) => {
        await queueMail(tx, {
          aan: "teruggedraaid@example.test",
          sjabloon: "code",
          data: { code: "600006", minuten: 10 },
          taal: "nl",
        });
        throw new Error("de wijziging mislukt");
      }),
    ).rejects.toThrow("de wijziging mislukt");
    expect(await mailboxVoorAdres("teruggedraaid@example.test")).toEqual([]);
  });

  it("masks every address in an error text", () => {
    expect(
      foutZonderPersoonsgegevens(
        Object.assign(new Error("x"), {
          code: "EENVELOPE",
          responseCode: 550,
          response: "550 5.1.1 <a.b@c.example>: unknown, also d@e.example",
        }),
      ),
    ).toBe("EENVELOPE 550 550 5.1.1 <[adres]>: unknown, also [adres]");
    expect(foutZonderPersoonsgegevens(undefined)).toBe("onbekende fout");
  });
});

describe("the development mailbox", () => {
  const args = (url: string, params: Record<string, string> = {}) =>
    ({ request: new Request(url), params, context: {} }) as never;

  it("shows a queued mail outside production and answers 404 in production", async () => {
    const { loader: jsonLoader } = await import("~/routes/dev.mail[.]json");
    const { loader: htmlLoader, MAIL_HTML_CSP } = await import("~/routes/dev.mail.$id_.html");
    const { loader: lijstLoader } = await import("~/routes/dev.mail._index");
    const { loader: mailLoader } = await import("~/routes/dev.mail.$id");
    const id = await queueCode("mailbox@example.test", "900009");
    const jsonUrl = "http://localhost/dev/mail.json?aan=mailbox@example.test";

    const json = (await jsonLoader(args(jsonUrl))) as Response;
    expect(json.status).toBe(200);
    const body = (await json.json()) as { mails: Array<{ id: string; onderwerp: string; tekst: string }> };
    expect(body.mails.map((m) => [m.id, m.onderwerp])).toEqual([[id, "Uw code: 900009"]]);
    expect(body.mails[0]!.tekst).toContain("900009");
    const html = (await htmlLoader(args(`http://localhost/dev/mail/${id}/html`, { id }))) as Response;
    expect(html.status).toBe(200);
    expect(html.headers.get("Content-Security-Policy")).toBe(MAIL_HTML_CSP);
    expect(await html.text()).toContain("900009");
    const lijst = await lijstLoader(args("http://localhost/dev/mail"));
    expect(lijst.mails.map((m) => m.id)).toContain(id);

    // Off in production, with an SMTP server, and when the server listens beyond this computer
    // (docs/decisions/017): every view of it is 404.
    for (const uit of [
      { NODE_ENV: "production", PUBLIC_URL: "https://rechten.testlaan.example", ALLOW_NO_SMTP: "true" },
      { SMTP_URL: "smtp://127.0.0.1:1" },
      { HOST: "0.0.0.0" },
    ]) {
      zetEnv(uit);
      try {
        expect(((await jsonLoader(args(jsonUrl))) as Response).status).toBe(404);
        expect(((await htmlLoader(args(`http://localhost/dev/mail/${id}/html`, { id }))) as Response).status).toBe(404);
        await expect(lijstLoader(args("http://localhost/dev/mail"))).rejects.toMatchObject({ status: 404 });
        await expect(mailLoader(args(`http://localhost/dev/mail/${id}`, { id }))).rejects.toMatchObject({
          status: 404,
        });
      } finally {
        zetEnv({});
      }
    }
    await leegWachtrij();
  });
});

describe("two workers at once (PostgreSQL)", () => {
  it("sends each mail once when two deliveries run concurrently", async () => {
    await leegWachtrij();
    smtp.ontvangen.length = 0;
    smtp.vertraging = 30;
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await queueCode(`samen${i}@example.test`, String(700000 + i)));
    const a = transportNaar(smtp.port);
    const b = transportNaar(smtp.port);
    try {
      const [ra, rb] = await Promise.all([
        bezorgWachtendeMail({ transport: a }),
        bezorgWachtendeMail({ transport: b }),
      ]);
      expect(ra.verzonden + rb.verzonden).toBe(12);
      // Both really worked: the rows were shared, not all taken by one.
      expect(ra.verzonden).toBeGreaterThan(0);
      expect(rb.verzonden).toBeGreaterThan(0);
    } finally {
      a.close();
      b.close();
    }
    const messageIds = smtp.ontvangen.map((m) => leesBericht(m.raw).headers["message-id"]);
    expect(messageIds).toHaveLength(12);
    expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<${id}@rechtenloket>`)));
  });
});

describe("the job runner (pg-boss)", () => {
  it("delivers the outbox when the job is sent, and stops within 5 seconds", async () => {
    await leegWachtrij();
    smtp.ontvangen.length = 0;
    zetEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    kickMailDelivery(); // no runner yet: does nothing, throws nothing
    const jobs = await startJobs(testDb());
    try {
      expect(runningJobs()).toBe(jobs);
      const id = await queueCode("taak@example.test", "800008");
      kickMailDelivery();
      const start = Date.now();
      while ((await rij(id)).status !== "verzonden" && Date.now() - start < 20_000) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect((await rij(id)).status).toBe("verzonden");
      expect(smtp.ontvangen).toHaveLength(1);
      expect(leesBericht(smtp.ontvangen[0]!.raw).headers.subject).toBe("Uw code: 800008");
      // The schedule is there: every minute.
      const schedules = await jobs.boss.getSchedules("mail.bezorgen");
      expect(schedules.map((s) => s.cron)).toEqual(["* * * * *"]);
    } finally {
      const stopStart = Date.now();
      await jobs.stop();
      expect(Date.now() - stopStart).toBeLessThan(5000);
      zetEnv({ SMTP_URL: undefined });
    }
    expect(runningJobs()).toBeUndefined();
    kickMailDelivery(); // stopped: a no-op again
  }, 60_000);
});
