import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../db/demo.server";
import {
  accounts,
  auditLog,
  klokpauzes,
  sessies,
  uitgaandeMail,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { vraagCodeAan } from "~/services/email-codes.server";
import {
  bevestigEmailVoorVerzoek,
  dienVerzoekIn,
  IntakeFout,
  MAX_VERZOEKEN_PER_UUR,
  ontvangstbevestiging,
} from "~/services/intake.server";
import { formatVerzoeknummer, herberekenTermijnen, volgendVerzoeknummer } from "~/services/verzoeken.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

beforeAll(async () => {
  await seedDemoIfEmpty();
});

let teller = 0;
async function nieuwAccount(): Promise<string> {
  teller++;
  const [rij] = await testDb()
    .db.insert(accounts)
    .values({ email: `indiener${teller}-${randomBytes(3).toString("hex")}@voorbeeld.example` })
    .returning({ id: accounts.id });
  return rij!.id;
}

const sleutel = () => randomBytes(16).toString("base64url");

/** Form data as the wizard posts it: filing for oneself. */
function zelf(extra: Record<string, unknown>) {
  return {
    indiener: { voorWie: "zelf" },
    betrokkene: { naam: "Jorien Testpersoon", geboortedatum: "21-04-1988" },
    ...extra,
  };
}
const INZAGE = { type: "inzage", inzage: { afschrift: "ja", periode: "" } };
const BEZWAAR = {
  type: "bezwaar",
  bezwaar: { verwerking: "kwaliteitsonderzoek", situatie: "Ik wil niet meer benaderd worden na een nare ervaring." },
};

async function tel(): Promise<{ verzoeken: number; mail: number; audit: number; gebeurtenissen: number }> {
  const [rij] = await testDb().query<{ verzoeken: number; mail: number; audit: number; gebeurtenissen: number }>(
    `select (select count(*)::int from verzoeken) as verzoeken,
            (select count(*)::int from uitgaande_mail) as mail,
            (select count(*)::int from audit_log) as audit,
            (select count(*)::int from verzoek_gebeurtenissen) as gebeurtenissen`,
  );
  return rij!;
}

async function verwachtFout(belofte: Promise<unknown>): Promise<IntakeFout> {
  const fout = await belofte.then(
    () => null,
    (e: unknown) => e,
  );
  expect(fout).toBeInstanceOf(IntakeFout);
  return fout as IntakeFout;
}

describe("receipt date and deadlines (Europe/Amsterdam)", () => {
  it("23:30 on a Monday in winter time counts as that Monday; inzage 4 weeks, legal limit 1 month", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-02T22:30:00Z") },
    );
    expect(r).toMatchObject({
      ontvangenOp: "2026-03-02",
      doelTermijn: "2026-03-30", // Monday + 4 weeks = Monday 30 March
      wettelijkeTermijn: "2026-04-02", // 2 March + 1 month = Thursday 2 April
      bestaand: false,
    });
    expect(r.nummer).toMatch(/^AVG-2026-\d{6}$/);
    const [rij] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, r.verzoekId));
    expect(rij).toMatchObject({
      status: "ontvangen",
      kanaal: "portaal",
      identiteit: "eigen_adres",
      ontvangenOp: "2026-03-02",
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
      type: "inzage",
      taal: "nl",
      ingediendDoorAccountId: accountId,
    });
    expect(rij!.details).toEqual({ afschrift: true });
    expect(rij!.indiener.relatie).toBe("zelf");
    expect(rij!.betrokkene).toMatchObject({ naam: "Jorien Testpersoon", geboortedatum: "1988-04-21" });
  });

  it("00:30 the next night counts as Tuesday, and a legal limit on Good Friday moves past Easter Monday", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-02T23:30:00Z") },
    );
    expect(r.ontvangenOp).toBe("2026-03-03");
    expect(r.doelTermijn).toBe("2026-03-31");
    // 3 April 2026 is Goede Vrijdag, 4-5 April the weekend, 6 April Tweede Paasdag: Tuesday 7 April.
    expect(r.wettelijkeTermijn).toBe("2026-04-07");
  });

  it("across the change to summer time (29 March 2026): 00:30 CET and 00:30 CEST are the new day", async () => {
    const accountId = await nieuwAccount();
    const voor = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(BEZWAAR), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-28T22:59:00Z") }, // 23:59 CET on Saturday
    );
    expect(voor.ontvangenOp).toBe("2026-03-28");
    // Bezwaar: 1 month → Tuesday 28 April (Koningsdag is Monday 27 April).
    expect(voor).toMatchObject({ doelTermijn: "2026-04-28", wettelijkeTermijn: "2026-04-28" });

    const nacht = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(BEZWAAR), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-28T23:30:00Z") }, // 00:30 CET on Sunday 29 March (switch at 01:00 UTC)
    );
    expect(nacht).toMatchObject({
      ontvangenOp: "2026-03-29",
      doelTermijn: "2026-04-29",
      wettelijkeTermijn: "2026-04-29",
    });

    const zomer = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-29T22:30:00Z") }, // 00:30 CEST on Monday 30 March
    );
    // Monday 30 March + 4 weeks = Monday 27 April, Koningsdag: Tuesday 28 April. 1 month: Thursday 30 April.
    expect(zomer).toMatchObject({
      ontvangenOp: "2026-03-30",
      doelTermijn: "2026-04-28",
      wettelijkeTermijn: "2026-04-30",
    });
  });

  it("in October, on both sides of the change to winter time (25 October 2026)", async () => {
    const accountId = await nieuwAccount();
    const zomer = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-10-24T22:30:00Z") }, // 00:30 CEST on Sunday 25 October
    );
    // Sunday + 4 weeks = Sunday 22 November → Monday 23 November; 1 month = Wednesday 25 November.
    expect(zomer).toMatchObject({
      ontvangenOp: "2026-10-25",
      doelTermijn: "2026-11-23",
      wettelijkeTermijn: "2026-11-25",
    });

    const winter = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-10-25T22:30:00Z") }, // 23:30 CET, still Sunday 25 October
    );
    expect(winter.ontvangenOp).toBe("2026-10-25");

    const bezwaar = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(BEZWAAR), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-10-25T23:30:00Z") }, // 00:30 CET on Monday 26 October
    );
    // 26 October + 1 month = Thursday 26 November.
    expect(bezwaar).toMatchObject({
      ontvangenOp: "2026-10-26",
      doelTermijn: "2026-11-26",
      wettelijkeTermijn: "2026-11-26",
    });
  });

  it("takes the number's year from the Amsterdam receipt date (New Year's night)", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-12-31T23:30:00Z") }, // 00:30 on 1 January 2027
    );
    expect(r.ontvangenOp).toBe("2027-01-01");
    expect(r.nummer).toMatch(/^AVG-2027-\d{6}$/);
    // 1 January + 4 weeks = Friday 29 January; + 1 month = Monday 1 February.
    expect(r).toMatchObject({ doelTermijn: "2027-01-29", wettelijkeTermijn: "2027-02-01" });
  });
});

describe("the stored request", () => {
  it("stores a client-visible 'ontvangen' event, an audit row without names, and one confirmation e-mail in Dutch", async () => {
    const accountId = await nieuwAccount();
    const [account] = await testDb().db.select().from(accounts).where(eq(accounts.id, accountId));
    const r = await dienVerzoekIn(
      { accountId },
      {
        gegevens: zelf({
          type: "correctie",
          correctie: {
            rijen: [
              {
                welk: "Telefoonnummer",
                nu: "06 0000 0000",
                moetZijn: "06 1111 2222",
                waarom: "Ik heb een nieuw nummer.",
              },
              { welk: "", nu: "", moetZijn: "", waarom: "" },
            ],
          },
        }),
        idempotentieSleutel: sleutel(),
        taal: "nl",
      },
      { nu: new Date("2026-03-02T22:30:00Z") },
    );

    const gebeurtenissen = await testDb()
      .db.select()
      .from(verzoekGebeurtenissen)
      .where(eq(verzoekGebeurtenissen.verzoekId, r.verzoekId));
    expect(gebeurtenissen).toHaveLength(1);
    expect(gebeurtenissen[0]).toMatchObject({
      soort: "ontvangen",
      zichtbaarVoorClient: true,
      actorSoort: "client",
      actorId: accountId,
    });

    const [rij] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, r.verzoekId));
    expect(rij!.details).toEqual({
      rijen: [
        { welk: "Telefoonnummer", nu: "06 0000 0000", moetZijn: "06 1111 2222", waarom: "Ik heb een nieuw nummer." },
      ],
    });
    // Correction: decided within 4 weeks, executed within 14 working days after the decision (not known yet).
    expect(rij!.uitvoeringTermijn).toBeNull();

    const auditRijen = await testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, r.verzoekId));
    expect(auditRijen).toHaveLength(1);
    expect(auditRijen[0]).toMatchObject({
      actie: "verzoek.ingediend",
      actorSoort: "client",
      actorId: accountId,
      rol: "betrokkene",
    });
    expect(JSON.stringify(auditRijen[0]!.details)).not.toContain("Jorien");

    const mails = await testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, r.verzoekId));
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail).toMatchObject({ aan: account!.email, sjabloon: "verzoek_ontvangen", taal: "nl", status: "wachtend" });
    expect(mail.onderwerp).toBe(`Wij hebben uw verzoek ontvangen (${r.nummer})`);
    expect(mail.tekst).toContain(r.nummer);
    expect(mail.tekst).toContain("correctie of aanvulling van gegevens");
    expect(mail.tekst).toContain("maandag 2 maart 2026");
    // One sentence: our promise is the answer, the law's limit the backstop (issue 16 item 11).
    expect(mail.tekst).toContain(
      "U hoort uiterlijk op maandag 30 maart 2026 van ons, en in elk geval niet later dan donderdag 2 april 2026: de uiterste datum volgens de wet (AVG).",
    );
    expect(mail.tekst).toContain(`Bekijk uw verzoek: http://localhost:3000/mijn/verzoeken/${r.nummer}`);
    // Never the content of the request: an e-mail can be read by others.
    for (const inhoud of ["Jorien", "06 1111 2222", "Telefoonnummer", "1988"]) {
      expect(mail.tekst).not.toContain(inhoud);
      expect(mail.html).not.toContain(inhoud);
    }
  });

  it("writes the confirmation in English when the request is in English", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "en" },
      { nu: new Date("2026-03-02T22:30:00Z") },
    );
    const [mail] = await testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, r.verzoekId));
    expect(mail!.taal).toBe("en");
    expect(mail!.onderwerp).toBe(`We have received your request (${r.nummer})`);
    expect(mail!.tekst).toContain(
      "You will hear from us by Monday, 30 March 2026 at the latest, and in any case no later than Thursday, 2 April 2026: the latest date the law (GDPR) allows.",
    );
  });

  it("a parent of a 14-year-old may file; staff get the note to consult the child", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      {
        gegevens: {
          indiener: { voorWie: "ander", relatie: "ouder_met_gezag", naam: "Ouder Testpersoon" },
          betrokkene: {
            naam: "Kind Testpersoon",
            geboortedatum: "2012-06-15",
            email: "",
            clientnummer: "dl-1003",
            postcode: "3817hl",
          },
          ...INZAGE,
        },
        idempotentieSleutel: sleutel(),
        taal: "nl",
      },
      { nu: new Date("2026-03-02T10:00:00Z") },
    );
    const [rij] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, r.verzoekId));
    expect(rij!.indiener).toMatchObject({ naam: "Ouder Testpersoon", relatie: "ouder_met_gezag" });
    expect(rij!.betrokkene).toEqual({
      naam: "Kind Testpersoon",
      geboortedatum: "2012-06-15",
      email: "",
      clientnummer: "DL-1003",
      postcode: "3817 HL",
    });
    // The service never matches the client itself.
    expect(rij!.clientId).toBeNull();
    expect(rij!.details).toMatchObject({
      afschrift: true,
      geschiktheid: { overlegMetKind: true, notitie: "ouder_inzage_kind_12_15" },
    });
    const [audit] = await testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, r.verzoekId));
    expect(audit!.rol).toBe("vertegenwoordiger");
    // Docs/decisions/018: the confirmation names the child and says which proof of authority to show, without an ID copy.
    const [bevestiging] = await testDb()
      .db.select()
      .from(uitgaandeMail)
      .where(eq(uitgaandeMail.verzoekId, r.verzoekId));
    expect(bevestiging!.onderwerp).toBe(`Wij hebben uw verzoek voor K. Testpersoon ontvangen (${rij!.nummer})`);
    expect(bevestiging!.tekst).toContain("inzage in de gegevens van K. Testpersoon");
    expect(bevestiging!.tekst).toContain("uittreksel uit het gezagsregister");
    expect(bevestiging!.tekst).toContain("stuur nooit een kopie");
    expect(bevestiging!.tekst).not.toContain("inzage in uw gegevens");
    expect(await ontvangstbevestiging({ accountId }, rij!.nummer)).toMatchObject({
      vertegenwoordiging: { relatie: "ouder_met_gezag", betrokkene: "Kind Testpersoon" },
    });
  });

  it("a bezwaar keeps the processing from the register as it stood", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(BEZWAAR), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-02T10:00:00Z") },
    );
    const [rij] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, r.verzoekId));
    expect(rij!.details).toEqual({
      verwerking: {
        sleutel: "kwaliteitsonderzoek",
        versie: 1,
        naam: "Kwaliteitsonderzoek en cliënttevredenheid",
        bezwaarMogelijk: true,
      },
      situatie: BEZWAAR.bezwaar.situatie,
    });
  });

  it("a bezwaar against a processing where art. 21 does not apply is filed, and keeps what the register says (it gets a motivated answer)", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      {
        gegevens: zelf({
          type: "bezwaar",
          bezwaar: { verwerking: "declaratie", situatie: "Ik wil niet dat de gemeente weet dat ik hulp krijg." },
        }),
        idempotentieSleutel: sleutel(),
        taal: "nl",
      },
      { nu: new Date("2026-03-02T10:00:00Z") },
    );
    const [rij] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, r.verzoekId));
    expect(rij!.details).toMatchObject({ verwerking: { sleutel: "declaratie", versie: 1, bezwaarMogelijk: false } });
  });

  it("shows the receipt only to the account that filed it", async () => {
    const eigenaar = await nieuwAccount();
    const ander = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId: eigenaar },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-02T22:30:00Z") },
    );
    await expect(ontvangstbevestiging({ accountId: eigenaar }, r.nummer)).resolves.toMatchObject({
      nummer: r.nummer,
      type: "inzage",
      ontvangenOp: "2026-03-02",
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
    });
    await expect(ontvangstbevestiging({ accountId: ander }, r.nummer)).resolves.toBeNull();
    await expect(ontvangstbevestiging({ accountId: eigenaar }, "AVG-2026-' or 1=1")).resolves.toBeNull();
  });
});

describe("idempotency", () => {
  it("the same key twice gives the same request and one confirmation e-mail", async () => {
    const accountId = await nieuwAccount();
    const key = sleutel();
    const input = { gegevens: zelf(INZAGE), idempotentieSleutel: key, taal: "nl" as const };
    const eerste = await dienVerzoekIn({ accountId }, input);
    const voor = await tel();
    const tweede = await dienVerzoekIn({ accountId }, input);
    expect(tweede).toEqual({ ...eerste, bestaand: true });
    expect(await tel()).toEqual(voor);
    const mails = await testDb()
      .db.select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.verzoekId, eerste.verzoekId), eq(uitgaandeMail.sjabloon, "verzoek_ontvangen")));
    expect(mails).toHaveLength(1);
  });

  it("another account cannot use someone's key to see their request", async () => {
    const eigenaar = await nieuwAccount();
    const ander = await nieuwAccount();
    const key = sleutel();
    await dienVerzoekIn({ accountId: eigenaar }, { gegevens: zelf(INZAGE), idempotentieSleutel: key, taal: "nl" });
    const fout = await verwachtFout(
      dienVerzoekIn({ accountId: ander }, { gegevens: zelf(INZAGE), idempotentieSleutel: key, taal: "nl" }),
    );
    expect(fout.code).toBe("sleutel_ongeldig");
  });

  it("concurrent submits with one key make one request and one e-mail (PostgreSQL)", async () => {
    const accountId = await nieuwAccount();
    const key = sleutel();
    const voor = await tel();
    const resultaten = await Promise.all(
      Array.from({ length: 8 }, () =>
        dienVerzoekIn({ accountId }, { gegevens: zelf(INZAGE), idempotentieSleutel: key, taal: "nl" }),
      ),
    );
    expect(new Set(resultaten.map((r) => r.verzoekId)).size).toBe(1);
    expect(resultaten.filter((r) => !r.bestaand)).toHaveLength(1);
    const na = await tel();
    expect(na.verzoeken - voor.verzoeken).toBe(1);
    expect(na.mail - voor.mail).toBe(1);
    expect(na.audit - voor.audit).toBe(1);
  });
});

describe("a rejected submission stores nothing", () => {
  async function verwachtNietsOpgeslagen(indienen: () => Promise<unknown>): Promise<IntakeFout> {
    const voor = await tel();
    const fout = await verwachtFout(indienen());
    expect(await tel()).toEqual(voor);
    return fout;
  }

  it("a parent of a 17-year-old is refused with the reason: the child decides now", async () => {
    const accountId = await nieuwAccount();
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        {
          gegevens: {
            indiener: { voorWie: "ander", relatie: "ouder_met_gezag", naam: "Ouder Testpersoon" },
            betrokkene: { naam: "Jongere Testpersoon", geboortedatum: "01-09-2009" },
            ...INZAGE,
          },
          idempotentieSleutel: sleutel(),
          taal: "nl",
        },
        { nu: new Date("2026-03-02T10:00:00Z") },
      ),
    );
    expect(fout.code).toBe("niet_toegestaan");
    expect(fout.extra.weigering?.code).toBe("kind_beslist_zelf");
    expect(fout.extra.weigering?.nl).toContain("16 jaar of ouder");
  });

  it("a bewindvoerder cannot request the care dossier", async () => {
    const accountId = await nieuwAccount();
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        {
          gegevens: {
            indiener: { voorWie: "ander", relatie: "bewindvoerder", naam: "Bewind Test" },
            betrokkene: { naam: "Cliënt Test", geboortedatum: "14-02-1971" },
            ...INZAGE,
          },
          idempotentieSleutel: sleutel(),
          taal: "nl",
        },
      ),
    );
    expect(fout.extra.weigering?.code).toBe("bewindvoerder_geen_zorgdossier");
  });

  it("a filled-in honeypot gives a neutral refusal", async () => {
    const accountId = await nieuwAccount();
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl", website: "http://spam.example" },
      ),
    );
    expect(fout.code).toBe("honeypot");
  });

  it("an impossible date of birth gets a message on that field", async () => {
    const accountId = await nieuwAccount();
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        {
          gegevens: {
            indiener: { voorWie: "zelf" },
            betrokkene: { naam: "Test", geboortedatum: "31-02-2012" },
            ...INZAGE,
          },
          idempotentieSleutel: sleutel(),
          taal: "nl",
        },
      ),
    );
    expect(fout.code).toBe("ongeldig");
    expect(fout.extra.fouten).toEqual({ "betrokkene.geboortedatum": ["geboortedatum_ongeldig"] });
  });

  it("a BSN typed in a free text, or a missing detail, is refused per field", async () => {
    const accountId = await nieuwAccount();
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        {
          gegevens: zelf({
            type: "dataportabiliteit",
            dataportabiliteit: {
              bestemming: "zorgaanbieder",
              aanbiederNaam: "",
              aanbiederEmail: "geen-adres",
              agb: "1234567",
            },
          }),
          idempotentieSleutel: sleutel(),
          taal: "nl",
        },
      ),
    );
    expect(fout.extra.fouten).toEqual({
      "dataportabiliteit.aanbiederEmail": ["email_ongeldig"],
      "dataportabiliteit.aanbiederNaam": ["aanbieder_naam_verplicht"],
      "dataportabiliteit.agb": ["agb_ongeldig"],
    });

    const bsn = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        {
          gegevens: zelf({
            type: "afscherming",
            afscherming: { wat: "Mijn BSN 111 222 333", waarom: "Het klopt niet." },
          }),
          idempotentieSleutel: sleutel(),
          taal: "nl",
        },
      ),
    );
    expect(bsn.extra.fouten).toEqual({ "afscherming.wat": ["bsn_niet_toegestaan"] });
  });

  it("a bezwaar against a processing that is not in the register is refused", async () => {
    const accountId = await nieuwAccount();
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        {
          gegevens: zelf({ type: "bezwaar", bezwaar: { verwerking: "bestaat_niet", situatie: "x" } }),
          idempotentieSleutel: sleutel(),
          taal: "nl",
        },
      ),
    );
    expect(fout.extra.fouten).toEqual({ "bezwaar.verwerking": ["verwerking_verplicht"] });
  });

  it(`more than ${MAX_VERZOEKEN_PER_UUR} submissions an hour from one account are refused`, async () => {
    const accountId = await nieuwAccount();
    const start = new Date("2026-05-04T08:00:00Z");
    for (let i = 0; i < MAX_VERZOEKEN_PER_UUR; i++) {
      await dienVerzoekIn(
        { accountId },
        { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
        { nu: new Date(start.getTime() + i * 60_000) },
      );
    }
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn(
        { accountId },
        { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
        { nu: new Date(start.getTime() + 30 * 60_000) },
      ),
    );
    expect(fout.code).toBe("te_vaak");
    expect(fout.extra.wachtMinuten).toBe(30); // the first one leaves the hour at 09:00
    // An hour after the first, one more is possible again.
    await expect(
      dienVerzoekIn(
        { accountId },
        { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
        { nu: new Date(start.getTime() + 60 * 60_000 + 1000) },
      ),
    ).resolves.toMatchObject({ bestaand: false });
  });

  it("a malformed idempotency key is refused", async () => {
    const accountId = await nieuwAccount();
    const fout = await verwachtNietsOpgeslagen(() =>
      dienVerzoekIn({ accountId }, { gegevens: zelf(INZAGE), idempotentieSleutel: "kort", taal: "nl" }),
    );
    expect(fout.code).toBe("sleutel_ongeldig");
  });
});

describe("e-mail first: the code signs the visitor in", () => {
  async function codeUitMailbox(email: string): Promise<string> {
    const [mail] = await testDb().query<{ onderwerp: string }>(
      "select onderwerp from uitgaande_mail where aan = $1 and sjabloon = 'code' order by aangemaakt_op desc limit 1",
      [email],
    );
    return /(\d{6})/.exec(mail!.onderwerp)![1]!;
  }

  it("a correct code creates the account (lower case), starts a session and is audited", async () => {
    const email = `Nieuw.${randomBytes(3).toString("hex")}@Voorbeeld.example`;
    const aanvraag = await vraagCodeAan({ email, doel: "verzoek", taal: "nl" });
    expect(aanvraag.ok).toBe(true);
    const code = await codeUitMailbox(email.toLowerCase());
    const r = await bevestigEmailVoorVerzoek({ email, code, taal: "nl" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.account.email).toBe(email.toLowerCase());
    expect(r.cookie).toMatch(/^rl_sessie=/);
    const open = await testDb().db.select().from(sessies).where(eq(sessies.accountId, r.account.id));
    expect(open).toHaveLength(1);
    const [log] = await testDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, r.account.id), eq(auditLog.actie, "client.ingelogd")));
    expect(log!.details).toMatchObject({ methode: "email_code", doel: "verzoek" });
  });

  it("five wrong codes block the code, even for the right code afterwards", async () => {
    const email = `blok.${randomBytes(3).toString("hex")}@voorbeeld.example`;
    await vraagCodeAan({ email, doel: "verzoek", taal: "nl" });
    const juist = await codeUitMailbox(email);
    const fout = juist === "000000" ? "111111" : "000000";
    const uitkomsten = [];
    for (let i = 0; i < 5; i++) uitkomsten.push(await bevestigEmailVoorVerzoek({ email, code: fout, taal: "nl" }));
    expect(uitkomsten.map((u) => (u.ok ? "ok" : u.reden))).toEqual([
      "onjuist",
      "onjuist",
      "onjuist",
      "onjuist",
      "geblokkeerd",
    ]);
    await expect(bevestigEmailVoorVerzoek({ email, code: juist, taal: "nl" })).resolves.toEqual({
      ok: false,
      reden: "geblokkeerd",
    });
    const gemaakt = await testDb().db.select().from(accounts).where(eq(accounts.email, email));
    expect(gemaakt).toHaveLength(0);
  });
});

describe("shared request helpers (verzoeken.server.ts)", () => {
  it("formats numbers with six digits and takes them from the sequence", async () => {
    expect(formatVerzoeknummer(2026, 42)).toBe("AVG-2026-000042");
    expect(formatVerzoeknummer(2026, 1234567)).toBe("AVG-2026-1234567");
    const a = await volgendVerzoeknummer(testDb().db, "2026-06-01");
    const b = await volgendVerzoeknummer(testDb().db, "2027-01-01");
    expect(a).toMatch(/^AVG-2026-\d{6}$/);
    expect(b).toMatch(/^AVG-2027-\d{6}$/);
    expect(Number(b.slice(-6))).toBe(Number(a.slice(-6)) + 1);
  });

  it("recomputes deadlines after a pause of the clock", async () => {
    const accountId = await nieuwAccount();
    const r = await dienVerzoekIn(
      { accountId },
      { gegevens: zelf(INZAGE), idempotentieSleutel: sleutel(), taal: "nl" },
      { nu: new Date("2026-03-02T10:00:00Z") },
    );
    await testDb().db.transaction(async (tx) => {
      await tx
        .insert(klokpauzes)
        .values({ verzoekId: r.verzoekId, van: "2026-03-05", tot: "2026-03-10", reden: "Vraag over de periode" });
      const t = await herberekenTermijnen(tx, r.verzoekId, { nu: new Date("2026-03-10T10:00:00Z") });
      // Start 2 March + 5 paused days = 7 March; + 4 weeks = Saturday 4 April → past Easter → Tuesday 7 April.
      expect(t).toMatchObject({
        doelTermijn: "2026-04-07",
        wettelijkeTermijn: "2026-04-07",
        gepauzeerdeDagen: 5,
        uitvoeringTermijn: null,
      });
    });
    const [rij] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, r.verzoekId));
    expect(rij).toMatchObject({ doelTermijn: "2026-04-07", wettelijkeTermijn: "2026-04-07", gepauzeerdeDagen: 5 });
  });
});
