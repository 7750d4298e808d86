import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.server";

describe("parseEnv", () => {
  it("gives the embedded defaults on an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(path.resolve("./data"));
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_URL).toBe("http://localhost:3000");
    expect(env.SEED_DEMO).toBe(true);
    expect(env.NODE_ENV).toBe("development");
  });

  it("follows PORT, DATA_DIR and DATABASE_URL", () => {
    const env = parseEnv({ PORT: "4000", DATA_DIR: "/tmp/x", DATABASE_URL: "postgres://u@h:5432/db", SEED_DEMO: "false" });
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
  ])("refuses %o naming the variable", (source, variable) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`\\b${variable}\\b`));
  });
});
