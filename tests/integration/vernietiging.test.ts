/**
 * Destruction after the retention term against a real database (AVG art. 5 lid 1 sub e;
 * docs/decisions/031): the daily job destroys what has outlived its term through the erasure's own
 * path (rows, files, tombstones), leaves held items alone, reduces closed requests past their term,
 * cuts the access log's oldest rows without breaking the chain, writes counts (never content) to
 * the audit log, and a second run changes nothing.
 */
import type { AuditActie } from "../../app/domain/audit-acties";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  berichten,
  besluiten,
  clienten,
  dossierItems,
  gewisteExterneIds,
  pakketten,
  relaties,
  uitgaandeMail,
  verzoeken,
} from "../../db/schema";
import { addCalendarMonths, amsterdamDate } from "~/domain/calendar";
import { audit, auditHmac, GENESIS_HASH, HASH_HMAC, verifyAuditChain } from "~/services/audit.server";
import { auditSleutels } from "~/services/audit-sleutel.server";
import { gebruikOpslag, lokaleOpslag, type Opslag } from "~/services/opslag.server";
import { bewaarOverzicht, vernietigNaBewaartermijn } from "~/services/vernietiging.server";
import { useFreshDatabase } from "../support/database";
import { praktijkMetMedewerker } from "../support/praktijk";

const testDb = useFreshDatabase();
const vandaag = amsterdamDate(new Date());
/** A day `jaren` years (and `dagen` days) before today: the test stays true whatever day it runs. */
const geleden = (jaren: number, dagen = 0) => {
  const d = new Date(`${addCalendarMonths(vandaag, -12 * jaren)}T10:00:00Z`);
  d.setUTCDate(d.getUTCDate() - dagen);
  return d;
};
let teller = 0;
let map = "";
let opslag: Opslag;
let medewerkerId = "";
const OUDE_AUDITRIJEN = 4;

beforeAll(async () => {
  const d = testDb().db;
  // Access-log rows from seven years ago, first in the chain (written as audit() writes them).
  let vorige = GENESIS_HASH;
  for (let i = 0; i < OUDE_AUDITRIJEN; i++) {
    const rij = {
      op: geleden(7, 10 - i),
      actorSoort: "medewerker",
      actorId: "oud",
      rol: "backoffice",
      namens: null,
      actie: "dossier.bekeken",
      clientId: null,
      verzoekId: null,
      onderdeel: "zorg",
      details: { i },
    };
    const hash = auditHmac(auditSleutels().rij, vorige, rij);
    await d.insert(auditLog).values({ ...rij, vorigeHash: vorige, hash, hashVersie: HASH_HMAC });
    vorige = hash;
  }
  medewerkerId = await praktijkMetMedewerker(d);
  map = await mkdtemp(path.join(tmpdir(), "bewaring-"));
  opslag = lokaleOpslag(map);
  gebruikOpslag(opslag);
});

afterAll(async () => {
  gebruikOpslag(undefined);
  await rm(map, { recursive: true, force: true });
});

async function maakClient(extra: Partial<typeof clienten.$inferInsert> = {}) {
  teller += 1;
  const [c] = await testDb()
    .db.insert(clienten)
    .values({
      clientnummer: `B-${teller}`,
      voornamen: "Testa",
      achternaam: `Bewaar${teller}`,
      geboortedatum: "1960-02-03",
      email: `bewaar${teller}@test.example`,
      status: "voormalig",
      uitZorgOp: amsterdamDate(geleden(22)),
      ...extra,
    })
    .returning({ id: clienten.id });
  return c!.id;
}

async function item(
  clientId: string,
  categorie: "personalia" | "contact" | "zorg" | "financieel" | "documenten",
  op: Date,
  extra: Partial<typeof dossierItems.$inferInsert> = {},
) {
  const [i] = await testDb()
    .db.insert(dossierItems)
    .values({
      clientId,
      categorie,
      titel: `Geheim verslag ${teller}`,
      inhoud: { verslag: "Vertrouwelijke inhoud" },
      aangemaaktOp: op,
      gewijzigdOp: op,
      ...extra,
    })
    .returning({ id: dossierItems.id });
  return i!.id;
}

async function verzoek(clientId: string, status: string, afgerondOp: Date | null) {
  teller += 1;
  const [v] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer: `AVG-2019-${String(800_000 + teller)}`,
      type: "inzage",
      status,
      details: { toelichting: "Ik wil mijn dossier zien" },
      indiener: { naam: "Testa Bewaar", email: `indiener${teller}@test.example`, relatie: "zelf" },
      betrokkene: { naam: "Testa Bewaar", geboortedatum: "1960-02-03", email: `indiener${teller}@test.example` },
      clientId,
      ontvangenOp: "2019-01-07",
      doelTermijn: "2019-02-04",
      wettelijkeTermijn: "2019-02-07",
      afgerondOp,
    })
    .returning({ id: verzoeken.id });
  return v!.id;
}

const ids = async (clientId: string) =>
  (
    await testDb()
      .db.select({ id: dossierItems.id })
      .from(dossierItems)
      .where(eq(dossierItems.clientId, clientId))
      .orderBy(asc(dossierItems.id))
  )
    .map((r) => r.id)
    .sort();

describe("bewaring.vernietigen", () => {
  it("destroys what outlived its term, keeps what is held, reduces old requests, cuts the old access log, and a second run is a no-op", async () => {
    const d = testDb().db;
    // A: a former client with records of different ages.
    const a = await maakClient();
    const aZorgOud = await item(a, "zorg", geleden(21)); // 20 years from the day it was made (art. 7:454 lid 3 BW): due
    const aFinancieel = await item(a, "financieel", geleden(8), { externId: "F-8" }); // 7 years (art. 52 AWR): due
    await opslag.put("documenten/oud.pdf", Readable.from([Buffer.from("%PDF-1.4 oud")]));
    const aDocument = await item(a, "documenten", geleden(20, 1), {
      documentSleutel: "documenten/oud.pdf",
      bestandsnaam: "oud.pdf",
    });
    const aZorgJong = await item(a, "zorg", geleden(19, 0)); // one year to go
    const aPersonalia = await item(a, "personalia", geleden(30)); // stays: links the record still kept
    // B: everything past its term: all goes and the client row keeps only its number.
    const b = await maakClient();
    await item(b, "zorg", geleden(25), { externId: "Z-25" });
    await item(b, "personalia", geleden(30), { externId: "P-30" });
    await d.insert(relaties).values({ clientId: b, soort: "gemachtigde", naam: "Gemachtigde Test", externId: "R-1" });
    // Held: an open request, a complaint, a legal claim, a restriction with a ground.
    const c = await maakClient();
    const cZorg = await item(c, "zorg", geleden(25));
    await verzoek(c, "in_behandeling", null);
    const k = await maakClient({ lopendeKlachtOfCalamiteit: true });
    const kZorg = await item(k, "zorg", geleden(25));
    const r = await maakClient({ rechtsvordering: "Aansprakelijkstelling door de cliënt, brief van de advocaat." });
    const rZorg = await item(r, "zorg", geleden(25));
    const f = await maakClient();
    const fZorg = await item(f, "zorg", geleden(25), {
      afgeschermd: true,
      afschermReden: "De cliënt heeft beperking gevraagd zolang het geschil loopt.",
    });

    // A closed request of six years ago, with a message, a signed letter, a package and an e-mail; and a recent one.
    const oud = await verzoek(a, "afgerond", geleden(6));
    await d.insert(berichten).values({ verzoekId: oud, van: "client", tekst: "Mijn vraag over het dossier" });
    await d.insert(besluiten).values({
      verzoekId: oud,
      soort: "toewijzing",
      status: "verzonden",
      opstellerId: medewerkerId,
      document: { tekst: "brief" },
    });
    await opslag.put("pakket/oud.zip.enc", Readable.from([Buffer.from("versleuteld")]));
    await d.insert(pakketten).values({
      verzoekId: oud,
      soort: "inzage",
      opslagSleutel: "pakket/oud.zip.enc",
      sleutel: new Uint8Array(32).fill(3),
      verlooptOp: geleden(6),
    });
    await d.insert(uitgaandeMail).values({
      aan: "indiener@test.example",
      onderwerp: "Uw verzoek",
      html: "<p>x</p>",
      tekst: "x",
      sjabloon: "besluit",
      verzoekId: oud,
      status: "verzonden",
    });
    const recent = await verzoek(a, "afgerond", geleden(1));
    await d.insert(berichten).values({ verzoekId: recent, van: "client", tekst: "Recente vraag" });
    // An access-log row of today (must stay).
    await d.transaction((tx) => audit(tx, { actorSoort: "systeem", actie: "test.vandaag" as AuditActie }));

    // The overview the beheerder sees before the run: counts only.
    const overzicht = await bewaarOverzicht();
    expect(overzicht.nuTeVernietigen).toEqual({ zorg: 2, financieel: 1, documenten: 1, personalia: 1 });
    expect(overzicht.vastgehouden.map((v) => [v.code, v.categorie, v.aantal])).toEqual([
      ["afscherming", "zorg", 1],
      ["lopende_klacht_of_calamiteit", "zorg", 1],
      ["open_verzoek", "zorg", 1],
      ["rechtsvordering", "zorg", 1],
    ]);
    expect(overzicht.verzoekenNu).toBe(1);

    // The head as the anchor kept it before the run (decision 019): it must still verify after the cut.
    const voor = await verifyAuditChain(d);
    const [kop] = await d
      .select({ id: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const anker = { rijen: voor.rijen, laatsteId: kop!.id, hash: kop!.hash };
    const ronde = await vernietigNaBewaartermijn();
    expect(ronde).toMatchObject({
      dossier: {
        clienten: 2,
        perCategorie: { zorg: 2, financieel: 1, documenten: 1, personalia: 1 },
        bestanden: 1,
        gepseudonimiseerd: 1,
      },
      verzoeken: 1,
      toegangslog: OUDE_AUDITRIJEN,
    });

    // A: the due records are gone, with the document's file; the young record and the personalia that link it stay.
    expect(await ids(a)).toEqual([aZorgJong, aPersonalia].sort());
    expect(await opslag.grootte("documenten/oud.pdf")).toBeNull();
    const tombstones = await d
      .select({ externId: gewisteExterneIds.externId, tabel: gewisteExterneIds.tabel })
      .from(gewisteExterneIds)
      .where(inArray(gewisteExterneIds.clientId, [a, b]));
    expect(tombstones.map((t) => `${t.tabel}:${t.externId}`).sort()).toEqual([
      "dossier_items:F-8",
      "dossier_items:P-30",
      "dossier_items:Z-25",
      "relaties:R-1",
    ]);
    // B: nothing left, the row is its number only.
    expect(await ids(b)).toEqual([]);
    const [bRij] = await d.select().from(clienten).where(eq(clienten.id, b));
    expect([bRij!.clientnummer.startsWith("B-"), bRij!.achternaam, bRij!.email, bRij!.gewistOp !== null]).toEqual([
      true,
      "[gewist]",
      null,
      true,
    ]);
    // Held items remain.
    for (const [clientId, id] of [
      [c, cZorg],
      [k, kZorg],
      [r, rZorg],
      [f, fZorg],
    ] as const)
      expect(await ids(clientId)).toEqual([id]);
    void [aZorgOud, aFinancieel, aDocument];

    // The old request keeps what accountability needs; its message, letter, package (and file) and e-mail are gone.
    const [oudRij] = await d.select().from(verzoeken).where(eq(verzoeken.id, oud));
    expect(oudRij).toMatchObject({
      status: "afgerond",
      type: "inzage",
      indiener: { naam: "", email: "" },
      betrokkene: { naam: "" },
      details: { opgeschoond: { besluiten: ["toewijzing"] } },
    });
    expect(oudRij!.opgeschoondOp).not.toBeNull();
    expect(await d.select().from(berichten).where(eq(berichten.verzoekId, oud))).toEqual([]);
    expect(await d.select().from(besluiten).where(eq(besluiten.verzoekId, oud))).toEqual([]);
    expect(await d.select().from(pakketten).where(eq(pakketten.verzoekId, oud))).toEqual([]);
    expect(await d.select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, oud))).toEqual([]);
    expect(await opslag.grootte("pakket/oud.zip.enc")).toBeNull();
    expect(await d.select().from(berichten).where(eq(berichten.verzoekId, recent))).toHaveLength(1);

    // The audit log: the old rows are gone, the cut is recorded, the chain still verifies.
    const rijen = await d.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rijen.some((x) => x.actorId === "oud")).toBe(false);
    const acties = rijen.map((x) => x.actie);
    expect(acties.filter((x) => x === "bewaring.vernietigd")).toHaveLength(2);
    expect(acties).toContain("bewaring.verzoek_opgeschoond");
    expect(acties).toContain("toegangslog.ingekort");
    expect(acties.at(-1)).toBe("bewaring.ronde");
    const perClient = rijen.find((x) => x.actie === "bewaring.vernietigd" && x.clientId === a)!;
    expect(perClient.details).toMatchObject({ perCategorie: { zorg: 1, financieel: 1, documenten: 1 }, bestanden: 1 });
    // Counts and ids, never content.
    const alleDetails = JSON.stringify(rijen.map((x) => x.details));
    expect(alleDetails).not.toMatch(/Geheim verslag|Vertrouwelijke inhoud|Mijn vraag|Testa/);
    const inkorting = rijen.find((x) => x.actie === "toegangslog.ingekort")!;
    expect(inkorting.details).toMatchObject({ verwijderd: OUDE_AUDITRIJEN, rijenTotEnMet: OUDE_AUDITRIJEN });
    expect(await verifyAuditChain(d)).toEqual({ ok: true, rijen: OUDE_AUDITRIJEN + rijen.length });
    expect(await verifyAuditChain(d, { anker })).toEqual({ ok: true, rijen: OUDE_AUDITRIJEN + rijen.length });

    // A second run: nothing to do, nothing written.
    const aantal = rijen.length;
    const tweede = await vernietigNaBewaartermijn();
    expect(tweede).toMatchObject({ dossier: { clienten: 0, perCategorie: {} }, verzoeken: 0, toegangslog: 0 });
    expect((await d.select({ id: auditLog.id }).from(auditLog)).length).toBe(aantal);
    expect(await ids(a)).toEqual([aZorgJong, aPersonalia].sort());
    expect((await bewaarOverzicht()).rondes).toHaveLength(1);
  });

  it("the database refuses deleting access-log rows younger than five years, or without the retention job's setting", async () => {
    const d = testDb().db;
    await d.transaction((tx) => audit(tx, { actorSoort: "systeem", actie: "test.jong" as AuditActie }));
    const weigering = async (p: Promise<unknown>) => {
      const e = (await p.then(
        () => null,
        (x: Error & { cause?: Error }) => x,
      )) as (Error & { cause?: Error }) | null;
      return e?.cause?.message ?? e?.message ?? "niet geweigerd";
    };
    expect(await weigering(d.execute(sql`delete from audit_log where actie = 'test.jong'`))).toMatch(
      /alleen-toevoegen: DELETE/,
    );
    expect(
      await weigering(
        d.transaction(async (tx) => {
          await tx.execute(sql`select set_config('rechtenloket.toegangslog_opschonen', 'aan', true)`);
          await tx.execute(sql`delete from audit_log where actie = 'test.jong'`);
        }),
      ),
    ).toMatch(/alleen-toevoegen: DELETE/);
    expect(await verifyAuditChain(d)).toMatchObject({ ok: true });
  });

  it("after a cut, deleting a row out of band or forging a cut is still found", async () => {
    const d = testDb().db;
    expect(await verifyAuditChain(d)).toMatchObject({ ok: true });
    // Someone with database access removes the oldest remaining row (switching the trigger off).
    await d.execute(sql`alter table audit_log disable trigger user`);
    await d.execute(sql`delete from audit_log where id = (select min(id) from audit_log)`);
    await d.execute(sql`alter table audit_log enable trigger user`);
    expect(await verifyAuditChain(d)).toMatchObject({
      ok: false,
      reden: expect.stringContaining("verwijst niet naar de rij ervoor"),
    });
    // A forged cut that would hide it has no valid keyed hash: the walk stops at that row.
    const [eerste] = await d
      .select({ id: auditLog.id, vorigeHash: auditLog.vorigeHash })
      .from(auditLog)
      .orderBy(asc(auditLog.id))
      .limit(1);
    const [laatste] = await d.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    await d.insert(auditLog).values({
      op: new Date(),
      actorSoort: "systeem",
      actie: "toegangslog.ingekort",
      details: { totEnMetId: eerste!.id - 1, hash: eerste!.vorigeHash, rijenTotEnMet: 100 },
      vorigeHash: laatste!.hash,
      hash: "0".repeat(64),
      hashVersie: HASH_HMAC,
    });
    expect(await verifyAuditChain(d)).toMatchObject({
      ok: false,
      reden: expect.stringContaining("past niet bij de opgeslagen hash"),
    });
  });
});
