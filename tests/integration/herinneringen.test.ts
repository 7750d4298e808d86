/**
 * Reminders and escalation against a real database, with a fake clock (`nu`). Dates hand-checked:
 * in 2026 Easter Sunday is 5 April, so Goede Vrijdag is Friday 3 April and Tweede Paasdag Monday
 * 6 April (Algemene termijnenwet art. 3); 1 April is a Wednesday, 7 April a Tuesday, 9 April a
 * Thursday, 10 April a Friday, 13 April a Monday; 5 June a Friday, 9 June a Tuesday.
 */
import type { AuditActie } from "../../app/domain/audit-acties";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startJobs } from "~/jobs/boss.server";
import { audit, verifyAuditChain } from "~/services/audit.server";
import { escaleer, stuurDagoverzicht } from "~/services/herinneringen.server";
import {
  auditLog,
  besluiten,
  medewerkers,
  organisatie,
  uitgaandeMail,
  verzoekGebeurtenissen,
  verzoeken,
  type MedewerkerRol,
} from "../../db/schema";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

/** The fictional client and representative: their names must never appear in staff e-mail. */
const CLIENTNAAM = "Testpersoon Zilverschoon";
const INDIENERNAAM = "Vertegenwoordiger Kwartelkoning";
const CLIENTMAIL = "zilverschoon@voorbeeld.example";

/** A moment in Amsterdam (summer time from 29 March 2026: UTC+2). */
const om = (datum: string, tijd = "07:00") => new Date(`${datum}T${tijd}:00+02:00`);

type Staf = { id: string; email: string; naam: string };
const staf: Record<string, Staf> = {};

async function maakMedewerker(sleutel: string, naam: string, rollen: MedewerkerRol[], actief = true) {
  const email = `${sleutel}@praktijk.example`;
  const [rij] = await testDb()
    .db.insert(medewerkers)
    .values({ naam, email, rollen, actief })
    .returning({ id: medewerkers.id });
  staf[sleutel] = { id: rij!.id, email, naam };
}

type NieuwVerzoek = {
  nummer: string;
  doel: string;
  wettelijk?: string;
  status?: string;
  type?: string;
  behandelaar?: string;
  verlengd?: boolean;
};

async function maakVerzoek(v: NieuwVerzoek): Promise<string> {
  const [rij] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer: v.nummer,
      type: v.type ?? "inzage",
      status: v.status ?? "in_behandeling",
      indiener: { naam: INDIENERNAAM, email: CLIENTMAIL, relatie: "mentor" },
      betrokkene: { naam: CLIENTNAAM, geboortedatum: "1970-05-05", email: CLIENTMAIL },
      ontvangenOp: "2026-03-06",
      doelTermijn: v.doel,
      wettelijkeTermijn: v.wettelijk ?? v.doel,
      behandelaarId: v.behandelaar ? staf[v.behandelaar]!.id : null,
      verlengd: v.verlengd ?? false,
    })
    .returning({ id: verzoeken.id });
  return rij!.id;
}

async function conceptTerOndertekening(verzoekId: string, opsteller: string) {
  await testDb()
    .db.insert(besluiten)
    .values({
      verzoekId,
      soort: "afwijzing",
      gronden: ["rechten_en_vrijheden_anderen"],
      motivering: "Conceptmotivering.",
      status: "ter_ondertekening",
      opstellerId: staf[opsteller]!.id,
    });
}

async function mails(sjabloon: "dagoverzicht" | "escalatie") {
  return testDb()
    .db.select()
    .from(uitgaandeMail)
    .where(eq(uitgaandeMail.sjabloon, sjabloon))
    .orderBy(asc(uitgaandeMail.aan), asc(uitgaandeMail.aangemaaktOp));
}

async function escalatieGebeurtenissen(verzoekId: string) {
  return testDb()
    .db.select()
    .from(verzoekGebeurtenissen)
    .where(and(eq(verzoekGebeurtenissen.verzoekId, verzoekId), eq(verzoekGebeurtenissen.soort, "escalatie")))
    .orderBy(asc(verzoekGebeurtenissen.id));
}

async function auditRijen(actie: string, verzoekId?: string) {
  return testDb()
    .db.select()
    .from(auditLog)
    .where(verzoekId ? and(eq(auditLog.actie, actie), eq(auditLog.verzoekId, verzoekId)) : eq(auditLog.actie, actie))
    .orderBy(asc(auditLog.id));
}

async function leeg() {
  await testDb().db.delete(uitgaandeMail);
  await testDb().db.delete(verzoeken);
}

/** No client data in what leaves the system. */
function zonderClientgegevens(mail: { onderwerp: string; html: string; tekst: string }) {
  // The audit log's check value is a hash: it may hold any digits, such as a year of birth.
  for (const deel of [mail.onderwerp, mail.html, mail.tekst].map((d) => d.replace(/\d+:[0-9a-f]{64}/g, ""))) {
    expect(deel).not.toContain("Zilverschoon");
    expect(deel).not.toContain("Kwartelkoning");
    expect(deel).not.toContain(CLIENTMAIL);
    expect(deel).not.toContain("1970");
  }
}

/** The request numbers in a text, in the order they appear. */
function nummersIn(tekst: string): string[] {
  return [...tekst.matchAll(/AVG-2026-\d{6}/g)].map((m) => m[0]);
}

beforeAll(async () => {
  await testDb().db.insert(organisatie).values({ naam: "Testpraktijk De Wilg", email: "info@dewilg.example" });
  await maakMedewerker("bente", "Bente Testbackoffice", ["backoffice"]);
  await maakMedewerker("karel", "Karel Testbackoffice", ["backoffice"]);
  await maakMedewerker("mila", "Mila Testbeide", ["backoffice", "directie"]);
  await maakMedewerker("oud", "Oud Testbackoffice", ["backoffice"], false);
  await maakMedewerker("dirk", "Dirk Testdirecteur", ["directie"]);
  await maakMedewerker("vroeger", "Vroeger Testdirecteur", ["directie"], false);
  await maakMedewerker("bea", "Bea Testbeheerder", ["beheerder"]);
});

// ---------------------------------------------------------------------------------------------
describe("dagoverzicht voor de backoffice", () => {
  const id: Record<string, string> = {};

  beforeAll(async () => {
    await leeg();
    id.teLaat = await maakVerzoek({
      nummer: "AVG-2026-000103",
      status: "ontvangen",
      doel: "2026-04-03",
      wettelijk: "2026-04-10",
    });
    id.vandaag = await maakVerzoek({
      nummer: "AVG-2026-000101",
      status: "in_uitvoering",
      doel: "2026-04-07",
      wettelijk: "2026-04-09",
      behandelaar: "bente",
    });
    id.handtekening = await maakVerzoek({
      nummer: "AVG-2026-000102",
      status: "wacht_op_directie",
      type: "verwijdering",
      doel: "2026-04-09",
      behandelaar: "karel",
    });
    await conceptTerOndertekening(id.handtekening, "karel");
    id.gepauzeerd = await maakVerzoek({
      nummer: "AVG-2026-000104",
      status: "wacht_op_client",
      doel: "2026-04-10",
      wettelijk: "2026-04-13",
    });
    id.zevenDagen = await maakVerzoek({
      nummer: "AVG-2026-000105",
      doel: "2026-04-14",
      wettelijk: "2026-04-20",
      behandelaar: "karel",
    });
    id.achtDagen = await maakVerzoek({ nummer: "AVG-2026-000106", doel: "2026-04-15", wettelijk: "2026-04-22" });
    id.afgerond = await maakVerzoek({ nummer: "AVG-2026-000107", status: "afgerond", doel: "2026-04-08" });
    id.ingetrokken = await maakVerzoek({ nummer: "AVG-2026-000108", status: "ingetrokken", doel: "2026-04-07" });
  });

  it("stuurt niets op Tweede Paasdag (maandag 6 april 2026)", async () => {
    const resultaat = await stuurDagoverzicht({ nu: om("2026-04-06") });
    expect(resultaat).toMatchObject({ datum: "2026-04-06", werkdag: false, nieuw: 0 });
    expect(await mails("dagoverzicht")).toHaveLength(0);
    // Goede Vrijdag and a Saturday neither.
    expect((await stuurDagoverzicht({ nu: om("2026-04-03") })).werkdag).toBe(false);
    expect((await stuurDagoverzicht({ nu: om("2026-04-04") })).werkdag).toBe(false);
    expect(await mails("dagoverzicht")).toHaveLength(0);
  });

  it("stuurt op dinsdag 7 april één e-mail per actieve backoffice-medewerker met precies de verzoeken binnen 7 dagen", async () => {
    // Earlier work left a row in the audit log: its head goes into the digest as a check value.
    await testDb().db.transaction((tx) => audit(tx, { actorSoort: "systeem", actie: "test.eerder" as AuditActie }));
    const resultaat = await stuurDagoverzicht({ nu: om("2026-04-07") });
    expect(resultaat).toEqual({ datum: "2026-04-07", werkdag: true, verzoeken: 5, ontvangers: 3, nieuw: 3 });

    const lijst = await mails("dagoverzicht");
    // Active backoffice only: not the inactive one, not the director-only, not the beheerder.
    expect(lijst.map((m) => m.aan)).toEqual([staf.bente!.email, staf.karel!.email, staf.mila!.email]);
    for (const mail of lijst) {
      expect(mail.onderwerp).toBe("Dagoverzicht 7 april 2026: 5 verzoeken met een termijn binnen 7 dagen");
      expect(mail.dedupSleutel).toMatch(/^dagoverzicht:[0-9a-f-]{36}:2026-04-07$/);
      // Overdue first, then by date; not the one due in 8 days, not the closed or withdrawn ones.
      expect([...new Set(nummersIn(mail.tekst))]).toEqual([
        "AVG-2026-000103",
        "AVG-2026-000101",
        "AVG-2026-000102",
        "AVG-2026-000104",
        "AVG-2026-000105",
      ]);
      expect(mail.tekst).toContain("Te laat (1)");
      expect(mail.tekst).toContain("Binnen 7 dagen (4)");
      expect(mail.tekst).toContain("Doeltermijn: vrijdag 3 april 2026 (Te laat: 4 dagen)");
      expect(mail.tekst).toContain("Wettelijke termijn: vrijdag 10 april 2026 (Nog 3 dagen)");
      expect(mail.tekst).toContain("Doeltermijn: dinsdag 14 april 2026 (Nog 7 dagen)");
      expect(mail.tekst).toContain("Recht: Verwijdering (art. 17 AVG)");
      expect(mail.tekst).toContain("Status: Wacht op cliënt (termijn staat stil)");
      expect(mail.tekst).toContain("wacht op de handtekening van de directie");
      expect(mail.tekst).toContain(`http://localhost:3000/backoffice/verzoeken/${id.handtekening}`);
      zonderClientgegevens(mail);
      // The audit chain head, outside the system (docs/decisions/019); audit:verify -- --kop checks it.
      const kop = /Controlegetal\s+van\s+het\s+logboek,\s+voor\s+de\s+beheerder[^:]*:\s+(\d+):([0-9a-f]{64})/.exec(
        mail.tekst,
      );
      expect(kop).not.toBeNull();
      await expect(
        verifyAuditChain(testDb().db, { koppen: [{ laatsteId: Number(kop![1]), hash: kop![2]! }] }),
      ).resolves.toMatchObject({ ok: true });
      const ander = `${kop![2]!.slice(0, 63)}${kop![2]!.endsWith("0") ? "1" : "0"}`;
      await expect(
        verifyAuditChain(testDb().db, { koppen: [{ laatsteId: Number(kop![1]), hash: ander }] }),
      ).resolves.toMatchObject({ ok: false, reden: expect.stringMatching(/andere hash dan het controlegetal/) });
    }
    // The assignee: "u" for oneself, the colleague's name for the others.
    const [bente, karel] = lijst;
    expect(bente!.tekst).toMatch(/AVG-2026-000101[\s\S]*?Behandelaar: u\b/);
    expect(karel!.tekst).toMatch(/AVG-2026-000101[\s\S]*?Behandelaar: Bente Testbackoffice/);
    expect(bente!.tekst).toMatch(/AVG-2026-000103[\s\S]*?Behandelaar: nog niemand/);

    const audits = await auditRijen("dagoverzicht.verstuurd");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorSoort: "systeem" });
    expect(audits[0]!.details).toMatchObject({
      datum: "2026-04-07",
      ontvangers: expect.arrayContaining([staf.bente!.id, staf.karel!.id, staf.mila!.id]),
    });
  });

  it("stuurt niets meer als het dagoverzicht die dag nog eens draait, ook net na middernacht in Amsterdam", async () => {
    expect((await stuurDagoverzicht({ nu: om("2026-04-07", "13:00") })).nieuw).toBe(0);
    // 22:30 UTC on 6 April is 00:30 on Tuesday 7 April in Amsterdam: the same day, nothing new.
    expect(await stuurDagoverzicht({ nu: new Date("2026-04-06T22:30:00Z") })).toMatchObject({
      datum: "2026-04-07",
      nieuw: 0,
    });
    expect(await mails("dagoverzicht")).toHaveLength(3);
    expect(await auditRijen("dagoverzicht.verstuurd")).toHaveLength(1);
  });

  it("stuurt de volgende werkdag een nieuw overzicht", async () => {
    const resultaat = await stuurDagoverzicht({ nu: om("2026-04-08") });
    expect(resultaat).toMatchObject({ datum: "2026-04-08", nieuw: 3 });
    const nieuw = (await mails("dagoverzicht")).filter((m) => m.dedupSleutel?.endsWith(":2026-04-08"));
    expect(nieuw).toHaveLength(3);
    // On 8 April the one due on 15 April is 7 days away and joins; the one due yesterday is overdue.
    expect(nieuw[0]!.tekst).toContain("AVG-2026-000106");
    expect(nieuw[0]!.tekst).toContain("Te laat (2)");
  });

  it("stuurt geen e-mail als er niets binnen 7 dagen moet", async () => {
    // Monday 2 March 2026, a working day: the earliest date is 3 April.
    const resultaat = await stuurDagoverzicht({ nu: om("2026-03-02", "08:00") });
    expect(resultaat).toEqual({ datum: "2026-03-02", werkdag: true, verzoeken: 0, ontvangers: 0, nieuw: 0 });
    expect((await mails("dagoverzicht")).filter((m) => m.dedupSleutel?.endsWith(":2026-03-02"))).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------
describe("escalatie naar de directie", () => {
  beforeEach(leeg);

  it("escaleert één keer op 2 werkdagen vóór de wettelijke termijn en nog één keer als die voorbij is", async () => {
    // Legal limit Thursday 9 April: 2 working days before is Tuesday 7 April.
    const verzoekId = await maakVerzoek({ nummer: "AVG-2026-000201", doel: "2026-04-02", wettelijk: "2026-04-09" });

    // The day before (Monday 6 April, Tweede Paasdag) and earlier: nothing.
    expect((await escaleer({ nu: om("2026-04-03", "12:00") })).escalaties).toEqual([]);
    expect((await escaleer({ nu: om("2026-04-06", "23:00") })).escalaties).toEqual([]);
    expect(await mails("escalatie")).toHaveLength(0);

    const eerste = await escaleer({ nu: om("2026-04-07", "00:00") });
    expect(eerste.escalaties).toEqual([
      {
        verzoekId,
        nummer: "AVG-2026-000201",
        fase: "twee_werkdagen",
        wettelijkeTermijn: "2026-04-09",
        wachtOpHandtekening: false,
        ontvangers: 2,
      },
    ]);
    let lijst = await mails("escalatie");
    // Every active director (also the one with backoffice and directie), not the inactive one.
    expect(lijst.map((m) => m.aan)).toEqual([staf.dirk!.email, staf.mila!.email]);
    for (const mail of lijst) {
      expect(mail.onderwerp).toBe("Let op: verzoek AVG-2026-000201 moet binnen 2 werkdagen af");
      expect(mail.tekst).toContain("eindigt over 2 werkdagen: op donderdag 9 april 2026");
      expect(mail.tekst).toContain("Recht: Inzage (art. 15 AVG)");
      expect(mail.tekst).toContain("Status: In behandeling");
      expect(mail.tekst).toContain("kan de termijn met 2 maanden worden verlengd");
      expect(mail.tekst).not.toContain("handtekening");
      expect(mail.verzoekId).toBe(verzoekId);
      zonderClientgegevens(mail);
    }

    // Every hour after that, the same stage: nothing new, up to and including the last day.
    for (const nu of [
      om("2026-04-07", "01:00"),
      om("2026-04-07", "15:00"),
      om("2026-04-08"),
      om("2026-04-09", "23:00"),
    ]) {
      expect((await escaleer({ nu })).escalaties).toEqual([]);
    }
    expect(await mails("escalatie")).toHaveLength(2);

    // Friday 10 April: overdue, once.
    const tweede = await escaleer({ nu: om("2026-04-10", "00:00") });
    expect(tweede.escalaties.map((e) => e.fase)).toEqual(["verlopen"]);
    expect((await escaleer({ nu: om("2026-04-10", "01:00") })).escalaties).toEqual([]);
    expect((await escaleer({ nu: om("2026-04-13") })).escalaties).toEqual([]);
    lijst = await mails("escalatie");
    expect(lijst).toHaveLength(4);
    const teLaat = lijst.filter((m) => m.onderwerp.startsWith("Te laat"));
    expect(teLaat).toHaveLength(2);
    expect(teLaat[0]!.onderwerp).toBe("Te laat: de wettelijke termijn van verzoek AVG-2026-000201 is voorbij");
    expect(teLaat[0]!.tekst).toContain("was donderdag 9 april 2026. Het verzoek is nu 1 dag te laat.");

    // A staff-only timeline event and an audit row per escalation, by the system.
    const gebeurtenissen = await escalatieGebeurtenissen(verzoekId);
    expect(gebeurtenissen.map((g) => [g.gegevens.fase, g.zichtbaarVoorClient, g.actorSoort])).toEqual([
      ["twee_werkdagen", false, "systeem"],
      ["verlopen", false, "systeem"],
    ]);
    expect(gebeurtenissen[0]!.op.toISOString()).toBe(om("2026-04-07", "00:00").toISOString());
    const audits = await auditRijen("verzoek.geescaleerd", verzoekId);
    expect(audits.map((a) => [a.actorSoort, a.details.fase])).toEqual([
      ["systeem", "twee_werkdagen"],
      ["systeem", "verlopen"],
    ]);
    expect((await verifyAuditChain(testDb().db)).ok).toBe(true);
  });

  it("telt over Pasen: wettelijke termijn dinsdag 7 april, escalatie vanaf woensdag 1 april", async () => {
    // Back from Tuesday 7 April: Monday 6 (Tweede Paasdag), the weekend and Friday 3 (Goede Vrijdag)
    // are no working days; Thursday 2 April is 1 working day before, Wednesday 1 April 2.
    await maakVerzoek({ nummer: "AVG-2026-000202", doel: "2026-04-02", wettelijk: "2026-04-07" });
    expect((await escaleer({ nu: om("2026-03-31", "23:00") })).escalaties).toEqual([]);
    const eerste = await escaleer({ nu: om("2026-04-01", "08:00") });
    expect(eerste.escalaties.map((e) => e.fase)).toEqual(["twee_werkdagen"]);
    const [mail] = await mails("escalatie");
    expect(mail!.onderwerp).toBe("Let op: verzoek AVG-2026-000202 moet binnen 2 werkdagen af");
    expect(mail!.tekst).toContain("op dinsdag 7 april 2026");
    expect((await escaleer({ nu: om("2026-04-02") })).escalaties).toEqual([]);
    expect((await escaleer({ nu: om("2026-04-07", "18:00") })).escalaties).toEqual([]);
    expect((await escaleer({ nu: om("2026-04-08") })).escalaties.map((e) => e.fase)).toEqual(["verlopen"]);
    expect(await mails("escalatie")).toHaveLength(4);
  });

  it("slaat een gepauzeerd verzoek over, en escaleert het na het antwoord op de nieuwe termijn", async () => {
    const verzoekId = await maakVerzoek({
      nummer: "AVG-2026-000203",
      status: "wacht_op_client",
      doel: "2026-04-02",
      wettelijk: "2026-04-09",
    });
    const resultaat = await escaleer({ nu: om("2026-04-07") });
    expect(resultaat.escalaties).toEqual([]);
    expect(resultaat.gepauzeerd).toBe(1);
    expect((await escaleer({ nu: om("2026-04-10") })).escalaties).toEqual([]);
    expect(await mails("escalatie")).toHaveLength(0);
    expect(await escalatieGebeurtenissen(verzoekId)).toHaveLength(0);

    // The client answered on 10 April; the clock stood still 7 days: legal limit Thursday 16 April.
    await testDb()
      .db.update(verzoeken)
      .set({ status: "in_behandeling", wettelijkeTermijn: "2026-04-16", gepauzeerdeDagen: 7 })
      .where(eq(verzoeken.id, verzoekId));
    expect((await escaleer({ nu: om("2026-04-13") })).escalaties).toEqual([]);
    const na = await escaleer({ nu: om("2026-04-14") });
    expect(na.escalaties).toMatchObject([{ fase: "twee_werkdagen", wettelijkeTermijn: "2026-04-16" }]);
  });

  it("escaleert opnieuw als de wettelijke termijn verandert (verlenging), maar nooit twee keer voor dezelfde termijn", async () => {
    const verzoekId = await maakVerzoek({ nummer: "AVG-2026-000204", doel: "2026-04-02", wettelijk: "2026-04-09" });
    expect((await escaleer({ nu: om("2026-04-07") })).escalaties).toHaveLength(1);
    // Extended by two months (AVG art. 12 lid 3): legal limit Tuesday 9 June 2026.
    await testDb()
      .db.update(verzoeken)
      .set({ verlengd: true, wettelijkeTermijn: "2026-06-09" })
      .where(eq(verzoeken.id, verzoekId));
    expect((await escaleer({ nu: om("2026-04-10") })).escalaties).toEqual([]);
    expect((await escaleer({ nu: om("2026-06-04") })).escalaties).toEqual([]);
    // 2 working days before Tuesday 9 June: Monday 8 June is 1, Friday 5 June is 2.
    const na = await escaleer({ nu: om("2026-06-05") });
    expect(na.escalaties).toMatchObject([{ fase: "twee_werkdagen", wettelijkeTermijn: "2026-06-09" }]);
    expect((await escaleer({ nu: om("2026-06-05", "18:00") })).escalaties).toEqual([]);
    const lijst = await mails("escalatie");
    expect(lijst).toHaveLength(4);
    const laatste = lijst.filter((m) => m.tekst.includes("9 juni 2026"));
    expect(laatste).toHaveLength(2);
    expect(laatste[0]!.tekst).toContain("De termijn is al verlengd. Verder verlengen kan niet.");
    expect(laatste[0]!.tekst).toContain("Deze termijn is verlengd met 2 maanden.");
    expect(await escalatieGebeurtenissen(verzoekId)).toHaveLength(2);
  });

  it("neemt een concept dat op de handtekening van de directie wacht mee, met de vlag 'wacht op uw handtekening'", async () => {
    const doorBackoffice = await maakVerzoek({
      nummer: "AVG-2026-000205",
      status: "wacht_op_directie",
      doel: "2026-04-02",
      wettelijk: "2026-04-09",
    });
    await conceptTerOndertekening(doorBackoffice, "karel");
    // Drafted by a director who also works in the backoffice: she may not sign it herself.
    const doorDirecteur = await maakVerzoek({
      nummer: "AVG-2026-000206",
      status: "wacht_op_directie",
      doel: "2026-04-02",
      wettelijk: "2026-04-09",
    });
    await conceptTerOndertekening(doorDirecteur, "mila");

    const resultaat = await escaleer({ nu: om("2026-04-07") });
    expect(resultaat.escalaties.map((e) => [e.nummer, e.wachtOpHandtekening]).sort()).toEqual([
      ["AVG-2026-000205", true],
      ["AVG-2026-000206", true],
    ]);
    const lijst = await mails("escalatie");
    const van = (nummer: string, wie: string) =>
      lijst.find((m) => m.onderwerp.includes(nummer) && m.aan === staf[wie]!.email)!;
    for (const mail of lijst) expect(mail.tekst).toContain("Status: Wacht op ondertekening door de directie");
    expect(van("AVG-2026-000205", "dirk").tekst).toContain(
      "Er ligt een conceptbesluit klaar dat wacht op uw handtekening.",
    );
    expect(van("AVG-2026-000205", "mila").tekst).toContain(
      "Er ligt een conceptbesluit klaar dat wacht op uw handtekening.",
    );
    expect(van("AVG-2026-000206", "dirk").tekst).toContain(
      "Er ligt een conceptbesluit klaar dat wacht op uw handtekening.",
    );
    expect(van("AVG-2026-000206", "mila").tekst).toContain("wacht op de handtekening van een andere directeur");
    expect(van("AVG-2026-000206", "mila").tekst).not.toContain("wacht op uw handtekening");
    const [gebeurtenis] = await escalatieGebeurtenissen(doorBackoffice);
    expect(gebeurtenis!.gegevens).toMatchObject({ wachtOpHandtekening: true, fase: "twee_werkdagen" });
  });

  it("escaleert geen afgeronde of ingetrokken verzoeken", async () => {
    await maakVerzoek({ nummer: "AVG-2026-000207", status: "afgerond", doel: "2026-04-02", wettelijk: "2026-04-09" });
    await maakVerzoek({
      nummer: "AVG-2026-000208",
      status: "ingetrokken",
      doel: "2026-04-02",
      wettelijk: "2026-04-09",
    });
    expect((await escaleer({ nu: om("2026-04-07") })).escalaties).toEqual([]);
    expect((await escaleer({ nu: om("2026-04-20") })).escalaties).toEqual([]);
    expect(await mails("escalatie")).toHaveLength(0);
  });

  it("legt niets vast zonder actieve directie, en escaleert zodra er weer een directeur is", async () => {
    const verzoekId = await maakVerzoek({ nummer: "AVG-2026-000209", doel: "2026-04-02", wettelijk: "2026-04-09" });
    const directeuren = [staf.dirk!.id, staf.mila!.id];
    const waarschuwing = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await testDb().db.update(medewerkers).set({ actief: false }).where(inArray(medewerkers.id, directeuren));
      const resultaat = await escaleer({ nu: om("2026-04-07") });
      expect(resultaat).toMatchObject({ escalaties: [], zonderDirectie: true });
      expect(waarschuwing).toHaveBeenCalledTimes(1);
      // Counts only in the log: no number, no name.
      expect(String(waarschuwing.mock.calls[0]![0])).not.toMatch(/AVG-|Zilverschoon/);
      expect(await escalatieGebeurtenissen(verzoekId)).toHaveLength(0);
    } finally {
      await testDb().db.update(medewerkers).set({ actief: true }).where(inArray(medewerkers.id, directeuren));
      waarschuwing.mockRestore();
    }
    expect((await escaleer({ nu: om("2026-04-07", "09:00") })).escalaties).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
describe("twee werkers tegelijk (PostgreSQL)", () => {
  beforeEach(leeg);

  it("stuurt elke escalatie-e-mail één keer als drie runs tegelijk lopen", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(
        await maakVerzoek({
          nummer: `AVG-2026-00030${i}`,
          doel: "2026-04-02",
          wettelijk: i % 2 ? "2026-04-09" : "2026-04-01",
        }),
      );
    }
    const nu = om("2026-04-07", "10:00");
    const resultaten = await Promise.all([escaleer({ nu }), escaleer({ nu }), escaleer({ nu })]);
    // Six escalations in all (three "nog 2 werkdagen", three overdue), each recorded by one run.
    const alle = resultaten.flatMap((r) => r.escalaties);
    expect(alle).toHaveLength(6);
    expect(new Set(alle.map((e) => e.verzoekId))).toEqual(new Set(ids));
    const lijst = await mails("escalatie");
    expect(lijst).toHaveLength(12);
    expect(new Set(lijst.map((m) => m.dedupSleutel)).size).toBe(12);
    for (const verzoekId of ids) {
      expect(await escalatieGebeurtenissen(verzoekId)).toHaveLength(1);
      expect(await auditRijen("verzoek.geescaleerd", verzoekId)).toHaveLength(1);
    }
    expect((await verifyAuditChain(testDb().db)).ok).toBe(true);
  });

  it("stuurt één dagoverzicht per medewerker als drie runs tegelijk lopen", async () => {
    await maakVerzoek({ nummer: "AVG-2026-000310", doel: "2026-04-16", wettelijk: "2026-04-20" });
    const auditVoor = (await auditRijen("dagoverzicht.verstuurd")).length;
    const nu = om("2026-04-14");
    const resultaten = await Promise.all([
      stuurDagoverzicht({ nu }),
      stuurDagoverzicht({ nu }),
      stuurDagoverzicht({ nu }),
    ]);
    expect(resultaten.map((r) => r.nieuw).sort()).toEqual([0, 0, 3]);
    expect(await mails("dagoverzicht")).toHaveLength(3);
    expect(await auditRijen("dagoverzicht.verstuurd")).toHaveLength(auditVoor + 1);
  });
});

// ---------------------------------------------------------------------------------------------
describe("de taken (pg-boss)", () => {
  let jobs: Awaited<ReturnType<typeof startJobs>> | undefined;
  afterAll(async () => {
    await jobs?.stop();
  });

  it("plant het dagoverzicht om 07:00 op werkdagen en de escalatie elk uur, en de taak escaleert echt", async () => {
    await leeg();
    // Long overdue on any real date the test runs on.
    const verzoekId = await maakVerzoek({ nummer: "AVG-2026-000401", doel: "2026-01-05", wettelijk: "2026-01-05" });
    jobs = await startJobs(testDb());
    const dagoverzicht = await jobs.boss.getSchedules("herinneringen.dagoverzicht");
    expect(dagoverzicht.map((s) => [s.cron, s.timezone])).toEqual([["0 7 * * 1-5", "Europe/Amsterdam"]]);
    const escalatie = await jobs.boss.getSchedules("herinneringen.escalatie");
    expect(escalatie.map((s) => [s.cron, s.timezone])).toEqual([["0 * * * *", "Europe/Amsterdam"]]);

    await jobs.send("herinneringen.escalatie");
    const start = Date.now();
    while ((await escalatieGebeurtenissen(verzoekId)).length === 0 && Date.now() - start < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const gebeurtenissen = await escalatieGebeurtenissen(verzoekId);
    expect(gebeurtenissen.map((g) => g.gegevens.fase)).toEqual(["verlopen"]);
    expect(await mails("escalatie")).toHaveLength(2);
  }, 60_000);
});
