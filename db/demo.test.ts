import { useFreshDatabase } from "../tests/support/database";
const testDb = useFreshDatabase();

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gebruikOpslag, lokaleOpslag, opslag } from "../app/services/opslag.server";
import { ageOn } from "../app/domain/eligibility";
import { getOrganisatie } from "../app/services/organisatie.server";
import { verifyAuditChain } from "../app/services/audit.server";
import { db } from "./db.server";
import { DEMO, seedDemoIfEmpty } from "./demo.server";
import {
  auditLog,
  clienten,
  DOSSIER_CATEGORIEEN,
  dossierItems,
  medewerkers,
  MEDEWERKER_ROLLEN,
  relaties,
  toestemmingen,
  verstrekkingen,
  verwerkingen,
} from "./schema";

// The demo's original documents go to a temporary storage for this file.
const opslagMap = mkdtempSync(path.join(tmpdir(), "rl-demo-opslag-"));
beforeAll(() => gebruikOpslag(lokaleOpslag(opslagMap)));
afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(opslagMap, { recursive: true, force: true });
});

async function leesBestand(sleutel: string): Promise<Buffer> {
  const delen: Buffer[] = [];
  for await (const c of opslag().getStream(sleutel)) delen.push(c as Buffer);
  return Buffer.concat(delen);
}

/** The day the ages below are checked on (the minors' ages are chosen around it). */
const PEILDATUM = "2026-11-22";

async function tabellen(): Promise<string[]> {
  const rows = await testDb().query<{ table_name: string }>(
    "select table_name from information_schema.tables " +
      "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  return rows.map((r) => r.table_name);
}

async function aantallen(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const tabel of await tabellen()) {
    const [row] = await testDb().query<{ n: number | string }>(`select count(*)::int as n from "${tabel}"`);
    result[tabel] = Number(row?.n);
  }
  return result;
}

/** Every row of every table, as the JSON the database itself produces. */
async function alleRijen(): Promise<Record<string, Record<string, unknown>[]>> {
  const result: Record<string, Record<string, unknown>[]> = {};
  for (const tabel of await tabellen()) {
    const [row] = await testDb().query<{ rijen: string }>(
      `select coalesce(json_agg(t), '[]'::json)::text as rijen from "${tabel}" t`,
    );
    result[tabel] = JSON.parse(row?.rijen ?? "[]") as Record<string, unknown>[];
  }
  return result;
}

function sleutels(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => sleutels(v, into));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      sleutels(v, into);
    }
  }
  return into;
}

async function clientMet(clientnummer: string) {
  const [client] = await db().select().from(clienten).where(eq(clienten.clientnummer, clientnummer));
  if (!client) throw new Error(`cliënt ${clientnummer} ontbreekt`);
  return client;
}

async function relatiesVan(clientnummer: string, soort: string) {
  const client = await clientMet(clientnummer);
  return db()
    .select()
    .from(relaties)
    .where(and(eq(relaties.clientId, client.id), eq(relaties.soort, soort as never)));
}

describe("seedDemoIfEmpty", () => {
  it("seeds the practice once when two server starts race on an empty database", async () => {
    const uitkomsten = await Promise.all([seedDemoIfEmpty(), seedDemoIfEmpty()]);
    expect(uitkomsten.filter((u) => u !== null)).toEqual([{ naam: "Zorgpraktijk De Linde" }]);
    expect(uitkomsten.filter((u) => u === null)).toHaveLength(1);

    const org = await getOrganisatie();
    expect(org.naam).toBe("Zorgpraktijk De Linde");
    expect(org.email).toBe("info@delinde.example");
    expect(org.fgEmail).toBe("fg@delinde.example");
    expect(org.fgNaam).not.toBe("");
    expect(org.klachtenroute).toMatch(/klachtenfunctionaris/);
    expect(org.klachtenroute).toMatch(/klachten@delinde\.example/);
    expect(org.geschilleninstantie).toMatch(/fictief/);
    expect(org.reglement).toEqual({});
    expect(org.extraSluitingsdagen).toEqual([]);
  });

  it("gives every demo client a dossier with items in all five categories", async () => {
    const nummers = Object.values(DEMO.clienten).map((c) => c.clientnummer);
    expect(nummers).toEqual(["DL-1001", "DL-1002", "DL-1003", "DL-1004", "DL-1005", "DL-1006"]);
    for (const nummer of nummers) {
      const client = await clientMet(nummer);
      const items = await db().select().from(dossierItems).where(eq(dossierItems.clientId, client.id));
      const categorieen = new Set(items.map((i) => i.categorie));
      expect([...categorieen].sort(), nummer).toEqual([...DOSSIER_CATEGORIEEN].sort());
    }
    const volwassene = await clientMet("DL-1001");
    expect(volwassene.status).toBe("actief");
    expect(volwassene.email).toBe(DEMO.clienten.volwassene.email);
  });

  it("has minors of 9, 14 and 17 with the right parents, and an adult with a mentor", async () => {
    expect(ageOn((await clientMet("DL-1003")).geboortedatum, PEILDATUM)).toBe(14);
    expect(ageOn((await clientMet("DL-1004")).geboortedatum, PEILDATUM)).toBe(9);
    expect(ageOn((await clientMet("DL-1006")).geboortedatum, PEILDATUM)).toBe(17);
    // Still 14 half a year later: tests built on "a child of 12-15" keep working for a while.
    expect(ageOn((await clientMet("DL-1003")).geboortedatum, "2027-06-14")).toBe(14);

    const ouders14 = await relatiesVan("DL-1003", "ouder_met_gezag");
    expect(ouders14).toHaveLength(2);
    for (const ouder of ouders14) expect(ouder.bewijs).toMatch(/gezagsregister gezien op \d{4}-\d{2}-\d{2}/);
    expect(ouders14.map((o) => o.email).sort()).toEqual(
      [DEMO.vertegenwoordigers.ouder1Van14.email, DEMO.vertegenwoordigers.ouder2Van14.email].sort(),
    );

    expect(await relatiesVan("DL-1004", "ouder_met_gezag")).toHaveLength(1);
    expect(await relatiesVan("DL-1006", "ouder_met_gezag")).toHaveLength(1);

    const mentor = await relatiesVan("DL-1005", "mentor");
    expect(mentor).toHaveLength(1);
    expect(mentor[0]?.bewijs).toMatch(/beschikking kantonrechter/);
    expect(ageOn((await clientMet("DL-1005")).geboortedatum, PEILDATUM)).toBeGreaterThanOrEqual(18);
  });

  it("keeps a former client's old financial record past its 7-year retention, and care records from 2021", async () => {
    const client = await clientMet("DL-1002");
    expect(client.status).toBe("voormalig");
    expect(client.uitZorgOp?.startsWith("2021-")).toBe(true);
    const items = await db().select().from(dossierItems).where(eq(dossierItems.clientId, client.id));
    const financieel2017 = items.filter(
      (i) => i.categorie === "financieel" && i.aangemaaktOp.getUTCFullYear() === 2017,
    );
    expect(financieel2017.length).toBeGreaterThan(0);
    for (const i of financieel2017) {
      expect(i.aangemaaktOp.toISOString() < "2019-11-22").toBe(true); // older than 7 years on PEILDATUM
      expect(i.gewijzigdOp.getUTCFullYear()).toBe(2017);
    }
    expect(items.some((i) => i.categorie === "zorg" && i.aangemaaktOp.getUTCFullYear() === 2021)).toBe(true);
  });

  it("records where data came from, third-party notes, and documents with a stored original", async () => {
    const items = await db().select().from(dossierItems);
    const herkomsten = new Set(items.map((i) => i.herkomst));
    for (const h of ["client", "zorgverlener", "huisarts (verwijzing)"]) expect(herkomsten.has(h), h).toBe(true);
    expect(items.filter((i) => i.betreftDerde).length).toBeGreaterThan(0);

    const documenten = items.filter((i) => i.categorie === "documenten");
    expect(documenten.length).toBeGreaterThanOrEqual(6);
    for (const d of documenten) {
      expect(d.bestandsnaam).toMatch(/\.(pdf|jpg)$/);
      expect(d.mimeType).toMatch(/^(application\/pdf|image\/jpeg)$/);
      expect(d.grootte).toBeGreaterThan(0);
      // A real original in the storage: its size as recorded, and a real PDF or JPEG.
      expect(d.documentSleutel, d.bestandsnaam!).toMatch(/^documenten\/demo\/[0-9a-f-]{36}\.(pdf|jpg)$/);
      const bestand = await leesBestand(d.documentSleutel!);
      expect(bestand.length).toBe(d.grootte);
      if (d.mimeType === "application/pdf") {
        expect(bestand.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      } else {
        expect([...bestand.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      }
    }
    // Only documents carry file metadata.
    expect(items.filter((i) => i.categorie !== "documenten" && i.bestandsnaam !== null)).toEqual([]);
  });

  it("logs disclosures with consent of the same client, and on a legal duty without consent", async () => {
    const rijen = await db().select().from(verstrekkingen);
    const alleToestemmingen = await db().select().from(toestemmingen);
    const metToestemming = rijen.filter((v) => v.toestemmingId !== null);
    const zonder = rijen.filter((v) => v.toestemmingId === null);
    expect(metToestemming.length).toBeGreaterThan(0);
    expect(zonder.length).toBeGreaterThan(0);
    for (const v of metToestemming) {
      const t = alleToestemmingen.find((t) => t.id === v.toestemmingId);
      if (!t) throw new Error(`verstrekking ${v.id} verwijst naar een onbekende toestemming`);
      expect(t.clientId).toBe(v.clientId);
      expect(t.gegevenOp <= v.datum).toBe(true); // consent came before the disclosure
      expect(v.rechtsgrond).toMatch(/Toestemming/);
    }
    for (const v of zonder) expect(v.rechtsgrond).toMatch(/Wettelijke plicht \(AVG art\. 6 lid 1 sub c\)/);
    expect(alleToestemmingen.some((t) => t.ingetrokkenOp !== null)).toBe(true);
  });

  it("has staff for every role, all at the practice's own domain", async () => {
    const staf = await db().select().from(medewerkers);
    for (const rol of MEDEWERKER_ROLLEN) {
      expect(
        staf.some((m) => m.actief && m.rollen.includes(rol)),
        rol,
      ).toBe(true);
    }
    expect(staf.filter((m) => m.rollen.includes("backoffice"))).toHaveLength(2);
    expect(staf.map((m) => m.email).sort()).toEqual(
      Object.values(DEMO.medewerkers)
        .map((m) => m.email)
        .sort(),
    );
    for (const m of staf) expect(m.email).toMatch(/@delinde\.example$/);
  });

  it("has a register of processing that cites the AVG, with bezwaar only where art. 6 lid 1 sub f applies", async () => {
    const register = await db().select().from(verwerkingen);
    expect(register.length).toBeGreaterThanOrEqual(6);
    for (const v of register) {
      expect(v.rechtsgrond, v.sleutel).toMatch(/AVG/);
      expect(v.versie).toBe(1);
      expect(v.geldigVanaf).toBe("2024-01-01");
      // AVG art. 21: objection applies to processing on art. 6 lid 1 sub e or f.
      expect(v.bezwaarMogelijk, v.sleutel).toBe(/art\. 6 lid 1 sub [ef]\b/.test(v.rechtsgrond));
      for (const c of v.categorieen) expect(DOSSIER_CATEGORIEEN as readonly string[]).toContain(c);
    }
    const zorg = register.find((v) => v.sleutel === "zorgverlening");
    expect(zorg?.rechtsgrond).toMatch(/art\. 9 lid 2 sub h/);
    expect(zorg?.bewaartermijn).toMatch(/20 jaar.*7:454/);
    expect(register.find((v) => v.sleutel === "declaratie")?.bewaartermijn).toMatch(/7 jaar/);
    expect(register.find((v) => v.sleutel === "nieuwsbrief")?.rechtsgrond).toMatch(/sub a/);
    expect(register.some((v) => v.bezwaarMogelijk)).toBe(true);
  });

  it("changes nothing on a second start", async () => {
    const voor = await aantallen();
    expect(voor.organisatie).toBe(1);
    expect(voor.clienten).toBe(6);
    expect(await seedDemoIfEmpty()).toBeNull();
    expect(await aantallen()).toEqual(voor);
  });

  it("writes one audit row, and the audit chain verifies", async () => {
    const rows = await db().select().from(auditLog);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorSoort: "systeem",
      actie: "demo.aangemaakt",
      details: { organisatie: "Zorgpraktijk De Linde" },
    });
    expect(await verifyAuditChain(db())).toEqual({ ok: true, rijen: 1 });
  });

  it("contains no real e-mail addresses, no BSN and no identity-document data", async () => {
    const dump = await alleRijen();
    const tekst = JSON.stringify(dump);
    const adressen = tekst.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
    expect(adressen.length).toBeGreaterThan(10);
    for (const adres of adressen) expect(adres).toMatch(/\.example$/);

    expect(sleutels(dump).filter((k) => /bsn|burgerservice/i.test(k))).toEqual([]);
    expect(tekst).not.toMatch(/\bbsn\b|burgerservicenummer/i);
    // A BSN has nine digits; nothing seeded should look like one.
    expect(tekst.match(/\b\d{9}\b/g) ?? []).toEqual([]);
    expect(tekst).not.toMatch(/paspoort|rijbewijs|identiteitskaart|documentnummer/i);
  });
});
