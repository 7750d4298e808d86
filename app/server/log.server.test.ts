import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestLogger, foutAfhandeling } from "./http.server";
import { maakLogger } from "./log.server";
import { routeLabel } from "./metrieken.server";

/** The request log as a supplier reads it: JSON lines with level, request id and timing, and no personal data. */
describe("request log (JSON, pino-http)", () => {
  const regels: Array<Record<string, unknown>> = [];
  const logger = maakLogger(
    { write: (regel: string) => void regels.push(JSON.parse(regel) as Record<string, unknown>) },
    "info",
  );
  let server: Server;
  let basis: string;

  beforeAll(async () => {
    const app = express();
    app.use(requestLogger(logger));
    app.get("/ontvanger/:token", (_req, res) => void res.send("ok"));
    app.get("/kapot", () => {
      throw Object.assign(new Error("geheim: jan@example.nl"), { code: "E_TEST" });
    });
    app.use(foutAfhandeling());
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("logs level, request id, masked path, status and time, and nothing personal", async () => {
    regels.length = 0;
    const antwoord = await fetch(`${basis}/ontvanger/Zk3_9dkQm2LpXw8vT4aN7bYc?email=jan@example.nl`, {
      headers: {
        Cookie: "sessie=geheim-sessie-cookie",
        "X-Forwarded-For": "203.0.113.9",
        "User-Agent": "Jan z'n browser",
      },
    });
    expect(antwoord.status).toBe(200);
    const id = antwoord.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(regels).toHaveLength(1);
    const regel = regels[0]!;
    expect(regel).toMatchObject({
      level: "info",
      reqId: id,
      req: { method: "GET", path: "/ontvanger/:token" },
      res: { statusCode: 200 },
    });
    expect(typeof regel.responseTime).toBe("number");
    expect(typeof regel.time).toBe("string");
    const tekst = JSON.stringify(regel);
    for (const geheim of [
      "Zk3_9dkQm2LpXw8vT4aN7bYc",
      "jan@example.nl",
      "geheim-sessie-cookie",
      "203.0.113.9",
      "127.0.0.1",
      "browser",
    ]) {
      expect(tekst).not.toContain(geheim);
    }
  });

  it("keeps a proxy's request id and refuses one that is not an id", async () => {
    regels.length = 0;
    const eigen = await fetch(`${basis}/ontvanger/x`, { headers: { "X-Request-Id": "proxy-1234abcd" } });
    expect(eigen.headers.get("x-request-id")).toBe("proxy-1234abcd");
    const vreemd = await fetch(`${basis}/ontvanger/x`, { headers: { "X-Request-Id": "jan@example.nl" } });
    expect(vreemd.headers.get("x-request-id")).not.toContain("@");
    expect(JSON.stringify(regels)).not.toContain("jan@example.nl");
  });

  it("logs a server error at level error with its kind and request id, not the request", async () => {
    regels.length = 0;
    const antwoord = await fetch(`${basis}/kapot?naam=Jan`);
    expect(antwoord.status).toBe(500);
    const fout = regels.find((r) => r.msg === "Onverwachte fout in de server");
    expect(fout).toMatchObject({
      level: "error",
      reqId: antwoord.headers.get("x-request-id"),
      err: { type: "Error", code: "E_TEST" },
    });
    expect(JSON.stringify(regels)).not.toContain("naam=Jan");
    // The error's message quoted an address: the log keeps where it happened, not what it said.
    expect(JSON.stringify(regels)).not.toContain("jan@example.nl");
    expect((fout!.err as { stack?: string }).stack).toMatch(/^\s+at /);
    expect(
      regels.find((r) => r.msg === "verzoek mislukt" || (r.res as { statusCode?: number })?.statusCode === 500),
    ).toMatchObject({ level: "error" });
  });
});

describe("routeLabel (metrics labels without ids or personal data)", () => {
  it("masks ids, tokens and request numbers, and folds every 404 and static file into one label", () => {
    expect(routeLabel("/backoffice/verzoeken/3f2c1a9e-8b7d-4c6e-9f00-1234567890ab", 200)).toBe(
      "/backoffice/verzoeken/:param",
    );
    expect(routeLabel("/mijn/verzoeken/AVG-2026-000042", 200)).toBe("/mijn/verzoeken/:param");
    expect(routeLabel("/ontvanger/Zk3_9dkQmLpXwvTaNbYcQQQQQQ", 200)).toBe("/ontvanger/:param");
    expect(routeLabel("/wp-admin/setup.php", 404)).toBe("(onbekend)");
    expect(routeLabel("/build/_shared/chunk-ABC.js", 200)).toBe("/build/*");
    expect(routeLabel("/verzoek", 200)).toBe("/verzoek");
  });
});
