import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uitgaandeMail, verzoeken } from "../../db/schema";
import { amsterdamDate } from "~/domain/calendar";
import { gereedheid, metriekenHandler, metrieken } from "~/server/metrieken.server";
import { gebruikOpslag, lokaleOpslag } from "~/services/opslag.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const opslagMap = mkdtempSync(path.join(tmpdir(), "rl-gereed-"));

beforeAll(() => gebruikOpslag(lokaleOpslag(opslagMap)));
afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(opslagMap, { recursive: true, force: true });
});

function dagen(n: number): string {
  return amsterdamDate(new Date(Date.now() + n * 86_400_000));
}

async function verzoek(nummer: string, status: string, wettelijk: string) {
  await testDb()
    .db.insert(verzoeken)
    .values({
      nummer,
      type: "inzage",
      status,
      indiener: { naam: "Testpersoon Een", email: "indiener@voorbeeld.example", relatie: "zelf" },
      betrokkene: { naam: "Testpersoon Een", geboortedatum: "1980-01-01", email: "indiener@voorbeeld.example" },
      ontvangenOp: dagen(-40),
      doelTermijn: wettelijk,
      wettelijkeTermijn: wettelijk,
      identiteit: "bekend_adres",
    });
}

describe("/metrics: what a supplier's monitoring reads", () => {
  it("counts open requests per status, those past their legal limit, and the outbox", async () => {
    await verzoek("AVG-2026-900001", "ontvangen", dagen(-2)); // past the legal limit
    await verzoek("AVG-2026-900002", "in_behandeling", dagen(10));
    await verzoek("AVG-2026-900003", "afgerond", dagen(-5)); // closed: not open, not late
    await testDb()
      .db.insert(uitgaandeMail)
      .values([
        { aan: "a@voorbeeld.example", onderwerp: "x", html: "x", tekst: "x", sjabloon: "test" },
        { aan: "b@voorbeeld.example", onderwerp: "x", html: "x", tekst: "x", sjabloon: "test", status: "mislukt" },
      ]);
    const tekst = await metrieken().register.metrics();
    expect(tekst).toContain('rechtenloket_verzoeken_open{status="ontvangen"} 1');
    expect(tekst).toContain('rechtenloket_verzoeken_open{status="in_behandeling"} 1');
    expect(tekst).not.toContain('rechtenloket_verzoeken_open{status="afgerond"}');
    expect(tekst).toContain("rechtenloket_verzoeken_over_wettelijke_termijn 1");
    expect(tekst).toContain('rechtenloket_uitgaande_mail{status="wachtend"} 1');
    expect(tekst).toContain('rechtenloket_uitgaande_mail{status="mislukt"} 1');
    // No request number, name or address in any metric.
    for (const persoonlijk of ["AVG-2026-9000", "Testpersoon", "voorbeeld.example"])
      expect(tekst).not.toContain(persoonlijk);
  });

  describe("access", () => {
    let server: Server;
    let basis: string;
    beforeAll(async () => {
      const app = express();
      app.get("/met-token", metriekenHandler("een-lang-geheim-token-1234"));
      app.get("/zonder-token", metriekenHandler(undefined));
      server = createServer(app);
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it("with METRICS_TOKEN only the bearer of that token gets them", async () => {
      expect((await fetch(`${basis}/met-token`)).status).toBe(401);
      expect(
        (await fetch(`${basis}/met-token`, { headers: { Authorization: "Bearer fout-token-1234567890" } })).status,
      ).toBe(401);
      const goed = await fetch(`${basis}/met-token`, {
        headers: { Authorization: "Bearer een-lang-geheim-token-1234" },
      });
      expect(goed.status).toBe(200);
      expect(await goed.text()).toContain("rechtenloket_verzoeken_over_wettelijke_termijn");
    });

    it("without a token only this computer, not through a proxy", async () => {
      expect((await fetch(`${basis}/zonder-token`)).status).toBe(200);
      expect((await fetch(`${basis}/zonder-token`, { headers: { "X-Forwarded-For": "203.0.113.9" } })).status).toBe(
        403,
      );
    });
  });
});

describe("/gereed: readiness", () => {
  it("is ready with a database, every migration and writable storage; not when a migration is missing", async () => {
    expect(await gereedheid()).toEqual({ gereed: true, database: "ok", migraties: "ok", opslag: "ok" });
    const [laatste] = await testDb().query<{ id: number }>("select max(id) as id from drizzle.__drizzle_migrations");
    await testDb().query("delete from drizzle.__drizzle_migrations where id = $1", [laatste!.id]);
    const uitkomst = await gereedheid();
    expect(uitkomst.gereed).toBe(false);
    expect(uitkomst.migraties).toMatch(/1 migratie\(s\) nog niet toegepast/);
  });

  it("is not ready when storage cannot take a file", async () => {
    const bestand = path.join(opslagMap, "geen-map");
    rmSync(bestand, { force: true });
    (await import("node:fs")).writeFileSync(bestand, "een bestand, geen map");
    gebruikOpslag(lokaleOpslag(bestand));
    try {
      const uitkomst = await gereedheid();
      expect(uitkomst).toMatchObject({ gereed: false, opslag: "niet beschrijfbaar" });
    } finally {
      gebruikOpslag(lokaleOpslag(opslagMap));
    }
  });
});
