/**
 * The per-IP limit on public POSTs against a real database (docs/decisions/017): counted in
 * `ip_tellers`, so two limiters (as two web processes have) share one count; the client address is
 * the one express derives with a hop count, so rotating X-Forwarded-For gets nothing extra; the
 * 429 is plain text in the chosen language; expired counters are deleted.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ipTellers, organisatie } from "../../db/schema";
import { taalCookie } from "~/i18n/taal.server";
import { ipSleutel, perIpLimiet, ruimVerlopenTellersOp } from "~/server/snelheidslimiet.server";
import { vergeetAangebodenTalen } from "~/services/organisatie.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

const servers: Server[] = [];
const limieten: Array<{ stop(): void }> = [];

/** A small express app with the limit in front of one POST route, like server.ts has it. */
async function startApp(opties: { perMinuut: number; trustProxy?: number | string[] }): Promise<string> {
  const app = express();
  if (opties.trustProxy !== undefined) app.set("trust proxy", opties.trustProxy);
  const limiet = perIpLimiet({ db: testDb().db, perMinuut: opties.perMinuut });
  limieten.push(limiet);
  app.use("/inloggen", limiet.middleware);
  app.all("/inloggen", (_req, res) => void res.status(200).send("ok"));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function post(basis: string, headers: Record<string, string> = {}) {
  return fetch(`${basis}/inloggen`, { method: "POST", headers, body: "email=x" });
}

beforeAll(async () => {
  await testDb()
    .db.insert(organisatie)
    .values({ id: 1, naam: "Praktijk Limiet", talen: ["nl", "en"] });
});

afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((r) => server.close(r));
  for (const limiet of limieten.splice(0)) limiet.stop();
  await testDb().db.delete(ipTellers);
});

afterAll(() => vergeetAangebodenTalen());

describe("the per-IP limit", () => {
  it("lets the limit through, then answers 429 in plain Dutch with the RateLimit headers; GETs do not count", async () => {
    const basis = await startApp({ perMinuut: 3 });
    expect((await fetch(`${basis}/inloggen`)).status).toBe(200);
    const eerste = await post(basis);
    expect(eerste.status).toBe(200);
    expect(eerste.headers.get("ratelimit-policy")).toBe("3;w=60");
    expect(eerste.headers.get("ratelimit")).toMatch(/^limit=3, remaining=2, reset=(60|59)$/);
    expect((await post(basis)).status).toBe(200);
    expect((await post(basis)).status).toBe(200);
    const teVeel = await post(basis);
    expect(teVeel.status).toBe(429);
    expect(teVeel.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(Number(teVeel.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(teVeel.headers.get("ratelimit")).toMatch(/^limit=3, remaining=0, /);
    expect(await teVeel.text()).toBe(
      "U heeft te vaak achter elkaar iets verstuurd. Wacht een minuut en probeer het opnieuw.",
    );
    // The counter is in the database, under a hash: no address in the table.
    const rijen = await testDb().db.select().from(ipTellers);
    expect(rijen).toHaveLength(1);
    expect(rijen[0]!.points).toBeGreaterThanOrEqual(4);
    expect(rijen[0]!.key).toBe(`post:${ipSleutel("127.0.0.1")}`);
    expect(JSON.stringify(rijen)).not.toContain("127.0.0.1");
  });

  it("answers in English to a client who chose English", async () => {
    const basis = await startApp({ perMinuut: 1 });
    const cookie = (await taalCookie.serialize("en")).split(";")[0]!;
    expect((await post(basis, { Cookie: cookie })).status).toBe(200);
    const teVeel = await post(basis, { Cookie: cookie });
    expect(teVeel.status).toBe(429);
    expect(teVeel.headers.get("content-language")).toBe("en");
    expect(await teVeel.text()).toBe("You have sent something too many times in a row. Wait a minute and try again.");
  });

  it("two limiters on one database (two web processes) share the count", async () => {
    const a = await startApp({ perMinuut: 4 });
    const b = await startApp({ perMinuut: 4 });
    const statussen: number[] = [];
    for (let i = 0; i < 10; i++) statussen.push((await post(i % 2 === 0 ? a : b)).status);
    expect(statussen.filter((s) => s === 200)).toHaveLength(4);
    expect(statussen.slice(4).every((s) => s === 429)).toBe(true);
  });

  it("counts a burst of simultaneous posts exactly (one atomic upsert per post)", async () => {
    const a = await startApp({ perMinuut: 5 });
    const b = await startApp({ perMinuut: 5 });
    const statussen = await Promise.all(
      Array.from({ length: 24 }, (_, i) => post(i % 2 === 0 ? a : b).then((r) => r.status)),
    );
    expect(statussen.filter((s) => s === 200)).toHaveLength(5);
    expect(statussen.filter((s) => s === 429)).toHaveLength(19);
  });

  it("behind one proxy (TRUST_PROXY=1) a client rotating X-Forwarded-For gets no more than the limit", async () => {
    const basis = await startApp({ perMinuut: 3, trustProxy: 1 });
    // The proxy appends the address it sees (as nginx's $proxy_add_x_forwarded_for does); what the
    // client wrote before it is the client's own invention.
    const doorgelaten: string[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await post(basis, { "X-Forwarded-For": `198.51.100.${i}, 203.0.113.7` });
      if (response.status !== 429) doorgelaten.push(`198.51.100.${i}`);
    }
    expect(doorgelaten).toHaveLength(3);
    // Another real client behind the same proxy has its own count.
    expect((await post(basis, { "X-Forwarded-For": "203.0.113.8" })).status).toBe(200);
  });

  it("with the proxy's address listed, the first address the proxy did not add counts", async () => {
    const basis = await startApp({ perMinuut: 2, trustProxy: ["127.0.0.1", "10.0.0.0/8"] });
    const statussen: number[] = [];
    for (let i = 0; i < 6; i++) {
      statussen.push((await post(basis, { "X-Forwarded-For": `198.51.100.${i}, 203.0.113.7, 10.1.2.3` })).status);
    }
    expect(statussen.filter((s) => s !== 429)).toHaveLength(2);
  });
});

describe("ipSleutel", () => {
  it("counts an IPv6 customer by its /56 and an IPv4-mapped address as IPv4, and hides the address", () => {
    expect(ipSleutel("2001:db8:1:100::1")).toBe(ipSleutel("2001:db8:1:1ff:ffff::9"));
    expect(ipSleutel("2001:db8:1:100::1")).not.toBe(ipSleutel("2001:db8:1:200::1"));
    expect(ipSleutel("::ffff:192.0.2.4")).toBe(ipSleutel("192.0.2.4"));
    expect(ipSleutel("192.0.2.4")).not.toBe(ipSleutel("192.0.2.5"));
    expect(ipSleutel("192.0.2.4")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ipSleutel(undefined)).toBe(ipSleutel("geen adres"));
  });
});

describe("clean-up", () => {
  it("deletes the counters whose window is over and keeps the running ones", async () => {
    const nu = new Date();
    await testDb()
      .db.insert(ipTellers)
      .values([
        { key: "post:oud", points: 9, expire: new Date(nu.getTime() - 1_000) },
        { key: "post:lopend", points: 2, expire: new Date(nu.getTime() + 30_000) },
      ]);
    expect(await ruimVerlopenTellersOp(testDb().db, nu)).toBe(1);
    expect((await testDb().db.select({ key: ipTellers.key }).from(ipTellers)).map((r) => r.key)).toEqual([
      "post:lopend",
    ]);
  });
});
