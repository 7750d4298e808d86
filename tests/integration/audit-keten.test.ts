/**
 * The audit chain with audit() as two pipelined statements (chain lock, then insert that reads the
 * last hash; app/services/audit.server.ts): a writer that waits for the lock must chain to the row
 * committed while it waited, never to the row before it (a statement's snapshot is taken when it
 * starts, so the lock has to be taken by the statement before the insert).
 */
import type { AuditActie } from "../../app/domain/audit-acties";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { audit, verifyAuditChain } from "~/services/audit.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

async function keten(actiePrefix: string) {
  return testDb().query<{ id: number; actie: string; vorige_hash: string; hash: string }>(
    `select id::int as id, actie, vorige_hash, hash from audit_log where actie like '${actiePrefix}%' order by id`,
  );
}

describe("audit chain", () => {
  it("a change that fails after its audit row leaves no audit row", async () => {
    await expect(
      testDb().db.transaction(async (tx) => {
        await audit(tx, { actorSoort: "systeem", actie: "mislukt.1" as AuditActie });
        throw new Error("de wijziging mislukt");
      }),
    ).rejects.toThrow("de wijziging mislukt");
    expect(await keten("mislukt.")).toHaveLength(0);
    await expect(verifyAuditChain(testDb().db)).resolves.toMatchObject({ ok: true });
  });

  it("rows appended one after another chain and verify, details and all", async () => {
    for (let i = 0; i < 3; i++) {
      await testDb().db.transaction((tx) =>
        audit(tx, {
          actorSoort: "client",
          actorId: "account-1",
          rol: "betrokkene",
          actie: `reeks.${i}` as AuditActie,
          verzoekId: "00000000-0000-4000-8000-000000000001",
          onderdeel: "verzoek",
          details: { nummer: "AVG-2026-000001", tekst: "één “twee” \\ drie\n", lijst: [3, { b: 1, a: null }] },
        }),
      );
    }
    const rijen = await keten("reeks.");
    expect(rijen).toHaveLength(3);
    for (let i = 1; i < rijen.length; i++) expect(rijen[i]!.vorige_hash).toBe(rijen[i - 1]!.hash);
    await expect(verifyAuditChain(testDb().db)).resolves.toMatchObject({ ok: true });
  });
});

describe("audit chain under concurrency (PostgreSQL server)", () => {
  it("writers waiting for the chain lock chain to the row committed while they waited", async () => {
    let lockGenomen!: () => void;
    const eersteHeeftSlot = new Promise<void>((resolve) => (lockGenomen = resolve));
    // A holds the chain lock for a while after its audit row, before it commits.
    const a = testDb().db.transaction(async (tx) => {
      await audit(tx, { actorSoort: "systeem", actie: "wacht.a" as AuditActie });
      lockGenomen();
      await tx.execute(sql`select pg_sleep(0.4)`);
    });
    await eersteHeeftSlot;
    // B, C and D start while A holds the lock: their inserts must see A's row once they get the lock.
    const anderen = ["b", "c", "d"].map((x) =>
      testDb().db.transaction((tx) => audit(tx, { actorSoort: "systeem", actie: `wacht.${x}` as AuditActie })),
    );
    await Promise.all([a, ...anderen]);
    const rijen = await keten("wacht.");
    expect(rijen.map((r) => r.actie)[0]).toBe("wacht.a");
    expect(rijen).toHaveLength(4);
    for (let i = 1; i < rijen.length; i++) expect(rijen[i]!.vorige_hash).toBe(rijen[i - 1]!.hash);
    await expect(verifyAuditChain(testDb().db)).resolves.toMatchObject({ ok: true });
  });

  it("many transactions at once, each with other statements before its audit row: one chain", async () => {
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        testDb().db.transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(${(i % 5) / 1000})`);
          await audit(tx, { actorSoort: "systeem", actie: `druk.${i}` as AuditActie, details: { i } });
        }),
      ),
    );
    const rijen = await keten("druk.");
    expect(rijen).toHaveLength(60);
    for (let i = 1; i < rijen.length; i++) expect(rijen[i]!.vorige_hash).toBe(rijen[i - 1]!.hash);
    await expect(verifyAuditChain(testDb().db)).resolves.toMatchObject({ ok: true });
  });
});
