import type { AuditActie } from "../../app/domain/audit-acties";
import { describe, expect, it } from "vitest";
import { audit, canonicalJson, verifyAuditChain } from "~/services/audit.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

async function appendRows(n: number, prefix = "test") {
  for (let i = 0; i < n; i++) {
    await testDb().db.transaction((tx) =>
      audit(tx, {
        actorSoort: "medewerker",
        actorId: "medewerker-1",
        rol: "backoffice",
        actie: `${prefix}.${i}` as AuditActie,
        onderdeel: "zorg",
        details: { volgnummer: i, nested: { b: 2, a: [1, "x"] } },
      }),
    );
  }
}

/** Bypass the append-only triggers as a superuser would (the attack audit:verify must catch). */
async function asSuperuserWithoutTriggers(statement: string) {
  await testDb().db.transaction(async (tx) => {
    await tx.execute("set local session_replication_role = replica" as never);
    await tx.execute(statement as never);
  });
}

describe("audit log", () => {
  it("chains every row to the one before it and verifies", async () => {
    await appendRows(5);
    const rows = await testDb().query<{ id: number; vorige_hash: string; hash: string }>(
      "select id::int as id, vorige_hash, hash from audit_log order by id",
    );
    expect(rows).toHaveLength(5);
    expect(rows[0]!.vorige_hash).toBe("0".repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.vorige_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(5);
    await expect(verifyAuditChain(testDb().db)).resolves.toEqual({ ok: true, rijen: 5 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(testDb().query("update audit_log set actie = 'x'")).rejects.toThrow(/alleen-toevoegen/);
    await expect(testDb().query("delete from audit_log")).rejects.toThrow(/alleen-toevoegen/);
    await expect(testDb().query("truncate audit_log")).rejects.toThrow(/alleen-toevoegen/);
    const [{ n }] = (await testDb().query<{ n: number }>("select count(*)::int as n from audit_log")) as [
      { n: number },
    ];
    expect(n).toBe(5);
  });

  it("finds an edited row, naming the first broken row", async () => {
    const [third] = await testDb().query<{ id: number }>(
      "select id::int as id from audit_log order by id offset 2 limit 1",
    );
    await asSuperuserWithoutTriggers(`update audit_log set onderdeel = 'financieel' where id = ${third!.id}`);
    const result = await verifyAuditChain(testDb().db);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.eersteFouteRij).toBe(third!.id);
      expect(result.reden).toMatch(/gewijzigd/);
    }
    // Repair for the next test: put the original value back.
    await asSuperuserWithoutTriggers(`update audit_log set onderdeel = 'zorg' where id = ${third!.id}`);
    expect((await verifyAuditChain(testDb().db)).ok).toBe(true);
  });

  it("finds a deleted row", async () => {
    const [second] = await testDb().query<{ id: number }>(
      "select id::int as id from audit_log order by id offset 1 limit 1",
    );
    await asSuperuserWithoutTriggers(`delete from audit_log where id = ${second!.id}`);
    const result = await verifyAuditChain(testDb().db);
    expect(result).toMatchObject({ ok: false, eersteFouteRij: second!.id + 1 });
    if (!result.ok) expect(result.reden).toMatch(/verwijderd/);
  });

  it("canonical JSON sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe("audit log under concurrency (PostgreSQL server)", () => {
  it("keeps one valid chain when many transactions append at once", async () => {
    // Start from a clean chain in a new schema-less way: verify only the rows we add after a marker.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        testDb().db.transaction((tx) => audit(tx, { actorSoort: "systeem", actie: `parallel.${i}` as AuditActie })),
      ),
    );
    const rows = await testDb().query<{ id: number; vorige_hash: string; hash: string }>(
      "select id::int as id, vorige_hash, hash from audit_log where actie like 'parallel.%' order by id",
    );
    expect(rows).toHaveLength(40);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.vorige_hash).toBe(rows[i - 1]!.hash);
  });
});
