/**
 * What a new user finds after `npm start` (db/demo-verzoeken.server.ts): the demo practice with six
 * requests made through the services, at realistic states, dated relative to today.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { DEMO } from "../../db/demo.server";
import { DEMO_VERZOEKEN, seedDemo, seedDemoVerzoeken } from "../../db/demo-verzoeken.server";
import { accounts, auditLog, besluiten, medewerkers, uitgaandeMail, verzoeken } from "../../db/schema";
import { amsterdamDate, compare } from "~/domain/calendar";
import { verifyAuditChain } from "~/services/audit.server";
import { vraagCodeAan } from "~/services/email-codes.server";
import { logInMetCode } from "~/services/inloggen.server";
import { mijnVerzoek, mijnVerzoeken, type ClientActor } from "~/services/mijn.server";
import { gebruikOpslag, lokaleOpslag } from "~/services/opslag.server";
import { directieInbox } from "~/services/ondertekening.server";
import { wachtrij } from "~/services/wachtrij.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

// The demo's original documents go to a temporary storage for this file.
const opslagMap = mkdtempSync(path.join(tmpdir(), "rl-demo-verzoeken-opslag-"));
beforeAll(() => gebruikOpslag(lokaleOpslag(opslagMap)));
afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(opslagMap, { recursive: true, force: true });
});

let nummers: Record<keyof typeof DEMO_VERZOEKEN, string>;

async function staf(email: string) {
  const [m] = await db().select().from(medewerkers).where(eq(medewerkers.email, email));
  if (!m) throw new Error(`medewerker ${email} ontbreekt`);
  return m;
}

/** Sign in as the README says: ask a code, read it from the outbox (/dev/mail), enter it. */
async function logInAls(email: string): Promise<ClientActor> {
  expect((await vraagCodeAan({ email, doel: "inloggen", taal: "nl" })).ok).toBe(true);
  const [mail] = await db()
    .select({ onderwerp: uitgaandeMail.onderwerp })
    .from(uitgaandeMail)
    .where(and(eq(uitgaandeMail.aan, email), eq(uitgaandeMail.sjabloon, "code")))
    .orderBy(desc(uitgaandeMail.aangemaaktOp))
    .limit(1);
  const code = /(\d{6})/.exec(mail?.onderwerp ?? "")?.[1];
  if (!code) throw new Error(`geen code-mail aan ${email}`);
  const r = await logInMetCode({ email, code, taal: "nl" });
  if (!r.ok) throw new Error(`inloggen mislukt: ${r.reden}`);
  return { soort: "client", account: { id: r.account.id } };
}

async function aantallen(): Promise<Record<string, number>> {
  const tabellen = await testDb().query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
  );
  const result: Record<string, number> = {};
  for (const { table_name } of tabellen) {
    const [row] = await testDb().query<{ n: number | string }>(`select count(*)::int as n from "${table_name}"`);
    result[table_name] = Number(row?.n);
  }
  return result;
}

beforeAll(async () => {
  const uitkomst = await seedDemo();
  if (!uitkomst) throw new Error("de demo werd niet aangemaakt");
  // All six (the first test checks the keys).
  nummers = uitkomst.verzoeken as typeof nummers;
});

describe("the demo practice's requests", () => {
  it("are six, each with its own number, in the states a new user should meet", async () => {
    expect(Object.keys(nummers).sort()).toEqual(Object.keys(DEMO_VERZOEKEN).sort());
    expect(new Set(Object.values(nummers)).size).toBe(6);
    const rijen = await db().select().from(verzoeken);
    const status = Object.fromEntries(rijen.map((r) => [r.nummer, r.status]));
    expect(status).toEqual({
      [nummers.nieuweInzage]: "ontvangen",
      [nummers.correctie]: "in_behandeling",
      [nummers.verwijdering]: "wacht_op_directie",
      [nummers.wachtOpIdentiteit]: "wacht_op_client",
      [nummers.bijnaTeLaat]: "in_behandeling",
      [nummers.afgerond]: "afgerond",
    });
    for (const [sleutel, verwacht] of Object.entries(DEMO_VERZOEKEN)) {
      const rij = rijen.find((r) => r.nummer === nummers[sleutel as keyof typeof DEMO_VERZOEKEN])!;
      expect(rij.type, sleutel).toBe(verwacht.type);
    }
  });

  it("fills the backoffice queue, earliest target first, with the letter near its legal deadline on top", async () => {
    const sanne = await staf(DEMO.medewerkers.backoffice.email);
    const q = await wachtrij({ soort: "medewerker", medewerker: { id: sanne.id, rollen: sanne.rollen } }, {});
    expect(q.totaal).toBe(5);
    expect(q.perStatus).toEqual({
      ontvangen: 1,
      in_behandeling: 2,
      wacht_op_client: 1,
      wacht_op_directie: 1,
      in_uitvoering: 0,
    });
    const doelen = q.rijen.map((r) => r.doelTermijn);
    expect(doelen).toEqual([...doelen].sort(compare));
    expect(q.rijen[0]!.nummer).toBe(nummers.bijnaTeLaat);
    expect(q.rijen.map((r) => r.nummer)).not.toContain(nummers.afgerond);

    // Received by letter 27 days ago: its legal limit (one month, AVG art. 12 lid 3) is days away, not past.
    const vandaag = amsterdamDate(new Date());
    const bijna = q.rijen[0]!;
    expect(compare(bijna.wettelijkeTermijn, vandaag)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(bijna.wettelijkeTermijn) - Date.parse(vandaag)).toBeLessThanOrEqual(8 * 86_400_000);

    const perNummer = Object.fromEntries(q.rijen.map((r) => [r.nummer, r]));
    expect(perNummer[nummers.nieuweInzage]).toMatchObject({ gekoppeld: false, behandelaar: null, gepauzeerd: false });
    expect(perNummer[nummers.wachtOpIdentiteit]).toMatchObject({ gepauzeerd: true });
    expect(perNummer[nummers.correctie]!.behandelaar?.naam).toBe(DEMO.medewerkers.backoffice.naam);
    expect(perNummer[nummers.verwijdering]!.behandelaar?.naam).toBe(DEMO.medewerkers.backoffice2.naam);
  });

  it("puts one draft partial refusal in the directie inbox, by a backoffice colleague", async () => {
    const anouk = await staf(DEMO.medewerkers.directie.email);
    const inbox = await directieInbox({ medewerker: { id: anouk.id } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      nummer: nummers.verwijdering,
      type: "verwijdering",
      soort: "gedeeltelijke_afwijzing",
      opsteller: DEMO.medewerkers.backoffice2.naam,
      ikBenOpsteller: false,
    });
    const [besluit] = await db().select().from(besluiten).where(eq(besluiten.id, inbox[0]!.besluitId));
    expect(besluit!.gronden.length).toBeGreaterThan(0);
  });

  it("shows a demo client her requests on /mijn after signing in with an e-mail code", async () => {
    const laura = await logInAls(DEMO.clienten.volwassene.email);
    const lijst = await mijnVerzoeken(laura);
    expect(lijst.map((r) => [r.nummer, r.status])).toEqual([
      [nummers.nieuweInzage, "ontvangen"],
      [nummers.afgerond, "afgerond"],
    ]);
  });

  it("links the letter to the parent's account at her first sign-in, and shows the mentor the message", async () => {
    const fatima = await logInAls(DEMO.vertegenwoordigers.ouderVan9.email);
    expect((await mijnVerzoeken(fatima)).map((r) => [r.nummer, r.voor])).toEqual([
      [nummers.bijnaTeLaat, DEMO.clienten.kind9.naam],
    ]);

    const wilma = await logInAls(DEMO.vertegenwoordigers.mentor.email);
    const detail = await mijnVerzoek(wilma, nummers.correctie);
    expect(detail?.status).toBe("in_behandeling");
    expect(detail?.voor).toBe(DEMO.clienten.metMentor.naam);
    expect(detail?.berichten.map((b) => b.van)).toEqual(["organisatie"]);
    expect(detail?.bewijsNogNodig).toBeNull();

    const sara = await logInAls(DEMO_VERZOEKEN.wachtOpIdentiteit.indiener);
    expect((await mijnVerzoeken(sara)).map((r) => [r.nummer, r.status])).toEqual([
      [nummers.wachtOpIdentiteit, "wacht_op_client"],
    ]);
    // The clock stands still since staff asked her to show who she is.
    const saraDetail = await mijnVerzoek(sara, nummers.wachtOpIdentiteit);
    expect(saraDetail?.openPauze?.reden).toMatch(/identiteitsbewijs/);
    expect(saraDetail?.identiteitNogControleren).toBe(true);
  });

  it("adds nothing on a second start, and the audit chain verifies", async () => {
    const voor = await aantallen();
    expect(voor.verzoeken).toBe(6);
    expect(await seedDemo()).toBeNull();
    expect(await seedDemoVerzoeken()).toEqual({});
    expect(await aantallen()).toEqual(voor);

    const rijen = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog);
    expect((await verifyAuditChain(db())).ok).toBe(true);
    expect(Number(rijen[0]?.n)).toBeGreaterThan(6);
  });

  it("uses made-up addresses only, and holds no identity-document data", async () => {
    // No legitimation check (it would store a document type and characters): docs/decisions/018.
    const [controles] = await testDb().query<{ n: number | string }>(
      "select count(*)::int as n from identiteitscontroles where soort = 'legitimatie'",
    );
    expect(Number(controles?.n)).toBe(0);
    const adressen = await db().select({ email: accounts.email }).from(accounts);
    for (const { email } of adressen) expect(email).toMatch(/@mail\.example$/);
    const mails = await db().select({ aan: uitgaandeMail.aan }).from(uitgaandeMail);
    for (const { aan } of mails) expect(aan).toMatch(/\.example$/);
  });
});
