import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, isLoopbackHost, mailMelding, ontwikkelMailboxAan, parseEnv } from "./env.server";

const PRODUCTIE = {
  NODE_ENV: "production",
  PUBLIC_URL: "https://rechten.praktijk.example",
  SMTP_URL: "smtp://mail.praktijk.example:587",
  AUDIT_SLEUTEL: "dGVzdHNsZXV0ZWwtYWxsZWVuLXZvb3Itdml0ZXN0LTMyYg==",
};

describe("parseEnv", () => {
  it("gives the embedded defaults on an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DATA_DIR).toBe(path.resolve("./data"));
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_URL).toBe("http://localhost:3000");
    expect(env.SEED_DEMO).toBe(true);
    expect(env.NODE_ENV).toBe("development");
    expect(env.TRUST_PROXY).toBe(false);
  });

  it("follows PORT, DATA_DIR and DATABASE_URL", () => {
    const env = parseEnv({
      PORT: "4000",
      DATA_DIR: "/tmp/x",
      DATABASE_URL: "postgres://u@h:5432/db",
      SEED_DEMO: "false",
    });
    expect(env.PORT).toBe(4000);
    expect(env.DATA_DIR).toBe("/tmp/x");
    expect(env.DATABASE_URL).toBe("postgres://u@h:5432/db");
    expect(env.PUBLIC_URL).toBe("http://localhost:4000");
    expect(env.SEED_DEMO).toBe(false);
  });

  it.each([
    [{ PORT: "drieduizend" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
    [{ PUBLIC_URL: "ftp://x" }, "PUBLIC_URL"],
    [{ NODE_ENV: "prod" }, "NODE_ENV"],
    [{ SEED_DEMO: "misschien" }, "SEED_DEMO"],
    [{ ALLOW_NO_SMTP: "graag" }, "ALLOW_NO_SMTP"],
  ])("refuses %o naming the variable", (source, variable) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`\\b${variable}\\b`));
  });
});

describe("production (docs/decisions/017)", () => {
  it("starts with a public https address and a mail server, without the demo by default", () => {
    const env = parseEnv(PRODUCTIE);
    expect(env.PUBLIC_URL).toBe("https://rechten.praktijk.example");
    expect(env.SEED_DEMO).toBe(false);
    expect(parseEnv({ ...PRODUCTIE, SEED_DEMO: "true" }).SEED_DEMO).toBe(true);
    // Outside production the demo stays the default.
    expect(parseEnv({ NODE_ENV: "test" }).SEED_DEMO).toBe(true);
  });

  it("refuses to start without PUBLIC_URL or SMTP_URL, naming each missing variable", () => {
    const fout = () => parseEnv({ NODE_ENV: "production" });
    expect(fout).toThrow(EnvError);
    expect(fout).toThrow(/PUBLIC_URL: verplicht in productie/);
    expect(fout).toThrow(/SMTP_URL: verplicht in productie/);
    expect(() => parseEnv({ ...PRODUCTIE, SMTP_URL: undefined })).toThrow(
      /SMTP_URL: verplicht in productie.*ALLOW_NO_SMTP=true/,
    );
    expect(() => parseEnv({ ...PRODUCTIE, PUBLIC_URL: "" })).toThrow(/^(?![\s\S]*SMTP_URL)[\s\S]*PUBLIC_URL/);
  });

  it("wants https, except for this computer", () => {
    expect(() => parseEnv({ ...PRODUCTIE, PUBLIC_URL: "http://rechten.praktijk.example" })).toThrow(
      /PUBLIC_URL: moet in productie met https:\/\/ beginnen/,
    );
    expect(parseEnv({ ...PRODUCTIE, PUBLIC_URL: "http://localhost:3000" }).PUBLIC_URL).toBe("http://localhost:3000");
    expect(parseEnv({ ...PRODUCTIE, PUBLIC_URL: "http://127.0.0.1:8080/" }).PUBLIC_URL).toBe("http://127.0.0.1:8080");
    // http elsewhere is fine outside production (a test machine on the local network).
    expect(parseEnv({ PUBLIC_URL: "http://testserver.lan:3000" }).PUBLIC_URL).toBe("http://testserver.lan:3000");
  });

  it("starts without mail only when ALLOW_NO_SMTP=true says so", () => {
    const env = parseEnv({ ...PRODUCTIE, SMTP_URL: undefined, ALLOW_NO_SMTP: "true" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.ALLOW_NO_SMTP).toBe(true);
    expect(() => parseEnv({ ...PRODUCTIE, SMTP_URL: undefined, ALLOW_NO_SMTP: "false" })).toThrow(/SMTP_URL/);
  });
});

describe("the development mailbox", () => {
  const basis = { NODE_ENV: "development", SMTP_URL: undefined, HOST: "127.0.0.1" } as const;

  it("is on only outside production, without SMTP and on loopback", () => {
    expect(ontwikkelMailboxAan(basis)).toBe(true);
    expect(ontwikkelMailboxAan({ ...basis, NODE_ENV: "test" })).toBe(true);
    expect(ontwikkelMailboxAan({ ...basis, HOST: "localhost" })).toBe(true);
    expect(ontwikkelMailboxAan({ ...basis, HOST: "::1" })).toBe(true);
    expect(ontwikkelMailboxAan({ ...basis, NODE_ENV: "production" })).toBe(false);
    expect(ontwikkelMailboxAan({ ...basis, SMTP_URL: "smtp://mail.example:25" })).toBe(false);
    expect(ontwikkelMailboxAan({ ...basis, HOST: "0.0.0.0" })).toBe(false);
    expect(ontwikkelMailboxAan({ ...basis, HOST: "::" })).toBe(false);
    expect(ontwikkelMailboxAan({ ...basis, HOST: "192.168.1.20" })).toBe(false);
  });

  it("follows the parsed environment: the default start has it, a container start does not", () => {
    expect(ontwikkelMailboxAan(parseEnv({}))).toBe(true);
    expect(ontwikkelMailboxAan(parseEnv({ HOST: "0.0.0.0" }))).toBe(false);
    expect(ontwikkelMailboxAan(parseEnv({ SMTP_URL: "smtp://mail.example" }))).toBe(false);
  });

  it.each([
    ["127.0.0.1", true],
    ["127.8.0.1", true],
    ["localhost", true],
    ["LOCALHOST", true],
    ["::1", true],
    ["[::1]", true],
    ["::ffff:127.0.0.1", true],
    ["0.0.0.0", false],
    ["::", false],
    ["10.0.0.1", false],
    ["rechten.praktijk.example", false],
    ["localhost.praktijk.example", false],
  ])("%s is loopback: %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe("where the start log says mail goes", () => {
  it("names the SMTP server without its password", () => {
    const env = parseEnv({ SMTP_URL: "smtps://gebruiker:geheim-wachtwoord@mail.praktijk.example:465" });
    const melding = mailMelding(env, true);
    expect(melding).toBe("E-mail: wordt verstuurd via smtps://mail.praktijk.example:465.");
    expect(mailMelding(env, false)).toContain("npm run worker");
    expect(mailMelding(env, false)).not.toMatch(/geheim|gebruiker/);
  });

  it("points to the mailbox when it is on, and says mail is not sent when it is off", () => {
    expect(mailMelding(parseEnv({ PORT: "3005" }), true)).toContain("http://localhost:3005/dev/mail");
    const open = mailMelding(parseEnv({ HOST: "0.0.0.0" }), true);
    expect(open).toContain("wordt NIET verstuurd");
    expect(open).toContain("HOST=0.0.0.0");
    expect(open).not.toContain("localhost");
    const proef = mailMelding(parseEnv({ ...PRODUCTIE, SMTP_URL: undefined, ALLOW_NO_SMTP: "true" }), true);
    expect(proef).toContain("in productie bestaat die niet");
  });
});

describe("TRUST_PROXY", () => {
  it.each([
    [undefined, false],
    ["false", false],
    ["0", false],
    ["1", 1],
    ["2", 2],
    ["10.0.0.5", ["10.0.0.5"]],
    ["10.0.0.0/24, fd00::/8,loopback", ["10.0.0.0/24", "fd00::/8", "loopback"]],
  ])("%s becomes %o", (waarde, verwacht) => {
    expect(parseEnv({ TRUST_PROXY: waarde }).TRUST_PROXY).toEqual(verwacht);
  });

  it("refuses true, which would let every client pick its own address, and says what to set", () => {
    for (const waarde of ["true", "yes", "TRUE"]) {
      expect(() => parseEnv({ TRUST_PROXY: waarde })).toThrow(
        /TRUST_PROXY: "true" wordt niet meer aanvaard.*TRUST_PROXY=1/,
      );
    }
  });

  it.each(["11", "proxy", "10.0.0.0/33", "10.0.0.5/8/1", "300.1.1.1", "10.0.0.5,", "fd00::/129"])(
    "refuses %s",
    (waarde) => {
      expect(() => parseEnv({ TRUST_PROXY: waarde })).toThrow(/TRUST_PROXY/);
    },
  );
});

describe("storage (docs/decisions/025)", () => {
  const S3 = {
    OPSLAG: "s3",
    S3_BUCKET: "rechtenloket-bestanden",
    S3_ENDPOINT: "https://s3.example",
    S3_ACCESS_KEY_ID: "AKIAVOORBEELD",
    S3_SECRET_ACCESS_KEY: "geheim-voorbeeld",
  };

  it("keeps files on the local disk by default", () => {
    expect(parseEnv({}).OPSLAG).toBe("lokaal");
  });

  it("reads the S3 settings, with us-east-1 and virtual-host style as defaults", () => {
    const env = parseEnv({ ...S3, S3_PREFIX: "praktijk/" });
    expect(env).toMatchObject({
      OPSLAG: "s3",
      S3_BUCKET: "rechtenloket-bestanden",
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: false,
      S3_PREFIX: "praktijk/",
    });
    expect(parseEnv({ ...S3, S3_FORCE_PATH_STYLE: "true", S3_REGION: "eu-central-1" })).toMatchObject({
      S3_FORCE_PATH_STYLE: true,
      S3_REGION: "eu-central-1",
    });
    // Without keys: the AWS default chain (instance role, AWS_* variables).
    expect(parseEnv({ OPSLAG: "s3", S3_BUCKET: "b-1x" }).S3_ACCESS_KEY_ID).toBeUndefined();
  });

  it.each([
    [{ OPSLAG: "s3" }, /S3_BUCKET: verplicht bij OPSLAG=s3/],
    [{ OPSLAG: "emmer" }, /OPSLAG: kies lokaal/],
    [{ ...S3, S3_BUCKET: "Hoofdletters_Bucket" }, /S3_BUCKET: moet 3 tot 63 tekens/],
    [{ ...S3, S3_ENDPOINT: "s3.example" }, /S3_ENDPOINT/],
    [
      { ...S3, S3_SECRET_ACCESS_KEY: undefined },
      /S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY horen bij elkaar/,
    ],
    [{ ...S3, S3_PREFIX: "../boven" }, /S3_PREFIX/],
    [{ S3_BUCKET: "rechtenloket-bestanden" }, /OPSLAG: S3_BUCKET is ingesteld, maar OPSLAG niet op s3/],
  ])("refuses %o with a clear message", (source, melding) => {
    expect(() => parseEnv(source)).toThrow(melding);
  });

  it("never repeats the secret key in a message", () => {
    let tekst = "";
    try {
      parseEnv({ S3_SECRET_ACCESS_KEY: "zeer-geheim-123", S3_ACCESS_KEY_ID: "AKIAVOORBEELD" });
    } catch (e) {
      tekst = (e as Error).message;
    }
    expect(tekst).toMatch(/OPSLAG/);
    expect(tekst).not.toContain("zeer-geheim-123");
  });
});
