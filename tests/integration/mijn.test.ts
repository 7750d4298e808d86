import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  accounts,
  auditLog,
  berichten,
  klokpauzes,
  medewerkers,
  uitgaandeMail,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { DEMO, seedDemoIfEmpty } from "../../db/demo.server";
import { requestDeadlines } from "~/domain/deadlines";
import { DomainError } from "~/domain/errors";
import type { VerzoekStatus } from "~/domain/request-state";
import type { Verzoektype } from "~/domain/request-types";
import { verifyAuditChain } from "~/services/audit.server";
import { berichtenVan, stuurBericht } from "~/services/berichten.server";
import { antwoordVanClient, mijnVerzoek, mijnVerzoeken, trekVerzoekIn, type ClientActor } from "~/services/mijn.server";
import { useFreshDatabase } from "../support/database";
import { TEKSTLIMIET } from "~/domain/tekstlimieten";

const testDb = useFreshDatabase();

let volgnummer = 0;
let medewerkerId = "";

async function maakAccount(email: string, naam = "Testpersoon"): Promise<ClientActor & { email: string }> {
  const [rij] = await testDb().db.insert(accounts).values({ email, naam }).returning({ id: accounts.id });
  return { soort: "client", account: { id: rij!.id }, email };
}

/** A request as intake would store it, with deadlines from the deadline engine. */
async function maakVerzoek(opties: {
  account: ClientActor & { email: string };
  type?: Verzoektype;
  status?: VerzoekStatus;
  ontvangenOp?: string;
  voor?: string;
  taal?: "nl" | "en";
}): Promise<{ id: string; nummer: string }> {
  const type = opties.type ?? "inzage";
  const ontvangenOp = opties.ontvangenOp ?? "2026-03-02";
  const termijnen = requestDeadlines({ type, receivedOn: ontvangenOp });
  const nummer = `AVG-2026-${String(++volgnummer).padStart(6, "0")}`;
  const [rij] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer,
      type,
      status: opties.status ?? "ontvangen",
      ingediendDoorAccountId: opties.account.account.id,
      indiener: {
        naam: "Indiener Test",
        email: opties.account.email,
        relatie: opties.voor ? "ouder_met_gezag" : "zelf",
      },
      betrokkene: {
        naam: opties.voor ?? "Indiener Test",
        geboortedatum: opties.voor ? "2017-03-02" : "1980-01-01",
        email: opties.account.email,
      },
      taal: opties.taal ?? "nl",
      ontvangenOp,
      ontvangenTijdstip: new Date(`${ontvangenOp}T09:00:00+01:00`),
      doelTermijn: termijnen.target,
      wettelijkeTermijn: termijnen.legalLimit,
      uitvoeringTermijn: termijnen.execution,
    })
    .returning({ id: verzoeken.id, nummer: verzoeken.nummer });
  await testDb()
    .db.insert(verzoekGebeurtenissen)
    .values({
      verzoekId: rij!.id,
      soort: "ontvangen",
      zichtbaarVoorClient: true,
      actorSoort: "client",
      actorId: opties.account.account.id,
      op: new Date(`${ontvangenOp}T09:00:00+01:00`),
    });
  return rij!;
}

/** The organisation asked a question on `van`: status wacht_op_client with an open klokpauze. */
async function pauzeer(verzoekId: string, van: string, reden = "Welke periode bedoelt u?") {
  await testDb().db.update(verzoeken).set({ status: "wacht_op_client" }).where(eq(verzoeken.id, verzoekId));
  await testDb().db.insert(klokpauzes).values({ verzoekId, van, reden, aangemaaktDoor: medewerkerId });
}

async function rij(verzoekId: string) {
  const [v] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
  return v!;
}

async function mailsVoor(verzoekId: string) {
  return testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, verzoekId));
}

async function gebeurtenissen(verzoekId: string) {
  return testDb()
    .db.select()
    .from(verzoekGebeurtenissen)
    .where(eq(verzoekGebeurtenissen.verzoekId, verzoekId))
    .orderBy(asc(verzoekGebeurtenissen.id));
}

async function fout(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  await seedDemoIfEmpty();
  const [m] = await testDb()
    .db.select({ id: medewerkers.id })
    .from(medewerkers)
    .where(eq(medewerkers.email, DEMO.medewerkers.backoffice.email));
  medewerkerId = m!.id;
});

describe("/mijn: an account sees only its own requests", () => {
  it("lists the account's requests newest first, with 'voor' for a representative, and none of another account", async () => {
    const anna = await maakAccount("anna@test.example");
    const bram = await maakAccount("bram@test.example");
    const eigen = await maakVerzoek({ account: anna, ontvangenOp: "2026-03-02" });
    const alsOuder = await maakVerzoek({
      account: anna,
      ontvangenOp: "2026-03-05",
      type: "correctie",
      voor: "Kind Testkind",
    });
    const vanBram = await maakVerzoek({ account: bram });

    const lijst = await mijnVerzoeken(anna);
    expect(lijst.map((v) => v.nummer)).toEqual([alsOuder.nummer, eigen.nummer]);
    expect(lijst[0]).toMatchObject({
      type: "correctie",
      voor: "Kind Testkind",
      ontvangenOp: "2026-03-05",
      doelTermijn: "2026-04-02",
    });
    expect(lijst[1]).toMatchObject({
      type: "inzage",
      voor: null,
      status: "ontvangen",
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
    });
    expect((await mijnVerzoeken(bram)).map((v) => v.nummer)).toEqual([vanBram.nummer]);
    expect(await mijnVerzoeken(await maakAccount("nieuw@test.example"))).toEqual([]);
  });

  it("treats another account's number as not found, for reading, answering and withdrawing, and changes nothing", async () => {
    const eigenaar = await maakAccount("eigenaar@test.example");
    const ander = await maakAccount("ander@test.example");
    const verzoek = await maakVerzoek({ account: eigenaar });
    const voor = await rij(verzoek.id);

    expect(await mijnVerzoek(eigenaar, verzoek.nummer)).not.toBeNull();
    expect(await mijnVerzoek(ander, verzoek.nummer)).toBeNull();
    expect(await mijnVerzoek(ander, "AVG-2026-999999")).toBeNull();
    expect(await mijnVerzoek(ander, "'; drop table verzoeken; --")).toBeNull();
    expect((await fout(antwoordVanClient(ander, verzoek.nummer, "Hallo"))).code).toBe("niet_gevonden");
    expect((await fout(trekVerzoekIn(ander, verzoek.nummer))).code).toBe("niet_gevonden");
    // A staff session is not a client.
    expect(
      (await fout(trekVerzoekIn({ soort: "medewerker", account: { id: medewerkerId } } as never, verzoek.nummer))).code,
    ).toBe("niet_gevonden");

    expect(await rij(verzoek.id)).toEqual(voor);
    expect(await berichtenVan(testDb().db, verzoek.id, { metIntern: true })).toEqual([]);
    expect(await mailsVoor(verzoek.id)).toEqual([]);
  });

  it("shows only the timeline events and messages the client may see, oldest first", async () => {
    const client = await maakAccount("tijdlijn@test.example");
    const verzoek = await maakVerzoek({ account: client });
    await testDb()
      .db.insert(verzoekGebeurtenissen)
      .values([
        {
          verzoekId: verzoek.id,
          soort: "opgepakt",
          zichtbaarVoorClient: false,
          actorSoort: "medewerker",
          actorId: medewerkerId,
        },
        { verzoekId: verzoek.id, soort: "identiteit_bevestigd", zichtbaarVoorClient: true, actorSoort: "systeem" },
      ]);
    await testDb().db.transaction(async (tx) => {
      await stuurBericht(tx, {
        verzoekId: verzoek.id,
        van: "organisatie",
        auteur: { medewerkerId },
        tekst: "Interne notitie: bel eerst de behandelaar.",
        intern: true,
        nu: new Date("2026-03-03T10:00:00Z"),
      });
      await stuurBericht(tx, {
        verzoekId: verzoek.id,
        van: "organisatie",
        auteur: { medewerkerId },
        tekst: "Wij zijn begonnen.",
        nu: new Date("2026-03-03T11:00:00Z"),
      });
    });
    await antwoordVanClient(client, verzoek.nummer, "Dank u wel.", { nu: new Date("2026-03-04T08:00:00Z") });

    const pagina = (await mijnVerzoek(client, verzoek.nummer))!;
    expect(pagina.tijdlijn.map((g) => g.soort)).toEqual(["ontvangen", "identiteit_bevestigd"]);
    expect(pagina.berichten.map((b) => [b.van, b.tekst])).toEqual([
      ["organisatie", "Wij zijn begonnen."],
      ["client", "Dank u wel."],
    ]);
    expect(JSON.stringify(pagina)).not.toContain("Interne notitie");
    expect(pagina).toMatchObject({ kanIntrekken: true, kanBerichtSturen: true, openPauze: null });
    // The internal note mailed nobody; the real message mailed the filer once.
    expect((await mailsVoor(verzoek.id)).map((m) => m.sjabloon)).toEqual(["nieuw_bericht"]);
  });
});

describe("messages", () => {
  it("a message from the organisation queues one 'nieuw_bericht' e-mail to the filer, without its content", async () => {
    const client = await maakAccount("Bericht.Ontvanger@test.example");
    const verzoek = await maakVerzoek({ account: client });
    const inhoud = "Uw dossier bevat een verslag van 12 maart over uw behandeling bij de psycholoog.";
    const verstuurd = await testDb().db.transaction((tx) =>
      stuurBericht(tx, { verzoekId: verzoek.id, van: "organisatie", auteur: { medewerkerId }, tekst: inhoud }),
    );

    const mails = await mailsVoor(verzoek.id);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.id).toBe(verstuurd.mailId);
    expect(mail!).toMatchObject({
      sjabloon: "nieuw_bericht",
      aan: "Bericht.Ontvanger@test.example",
      taal: "nl",
      status: "wachtend",
    });
    expect(mail!.onderwerp).toBe(`Nieuw bericht over uw verzoek ${verzoek.nummer}`);
    expect(mail!.tekst).toContain(`/mijn/verzoeken/${verzoek.nummer}`);
    expect(mail!.html).toContain(`/mijn/verzoeken/${verzoek.nummer}`);
    for (const deel of [inhoud, "psycholoog", "verslag van 12 maart"]) {
      expect(mail!.tekst).not.toContain(deel);
      expect(mail!.html).not.toContain(deel);
      expect(mail!.onderwerp).not.toContain(deel);
    }
    expect((await berichtenVan(testDb().db, verzoek.id, { metIntern: false })).map((b) => b.tekst)).toEqual([inhoud]);
  });

  it("mails in English when the request was made in English", async () => {
    const client = await maakAccount("english@test.example");
    const verzoek = await maakVerzoek({ account: client, taal: "en" });
    await testDb().db.transaction((tx) =>
      stuurBericht(tx, { verzoekId: verzoek.id, van: "organisatie", auteur: { medewerkerId }, tekst: "Hello." }),
    );
    const [mail] = await mailsVoor(verzoek.id);
    expect(mail!.onderwerp).toBe(`New message about your request ${verzoek.nummer}`);
    expect(mail!.tekst).not.toContain("Hello.");
  });

  it("a message from the client e-mails nobody and is stored trimmed", async () => {
    const client = await maakAccount("stil@test.example");
    const verzoek = await maakVerzoek({ account: client });
    const resultaat = await antwoordVanClient(client, verzoek.nummer, "  Nog een vraag:\r\nwanneer hoor ik iets?  ");
    expect(resultaat).toEqual({ klokHervat: false, doelTermijn: null });
    expect(await mailsVoor(verzoek.id)).toEqual([]);
    const thread = await berichtenVan(testDb().db, verzoek.id, { metIntern: true });
    expect(thread.map((b) => [b.van, b.tekst])).toEqual([["client", "Nog een vraag:\nwanneer hoor ik iets?"]]);
    // Not paused: a message changes neither status nor version.
    expect(await rij(verzoek.id)).toMatchObject({ status: "ontvangen", versie: 1 });
    const [audit] = await testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, verzoek.id));
    expect(audit).toMatchObject({ actie: "bericht.verstuurd", actorSoort: "client", rol: "betrokkene" });
    expect(JSON.stringify(audit!.details)).not.toContain("wanneer hoor ik");
  });

  it("refuses an empty or too long message with a specific reason and stores nothing", async () => {
    const client = await maakAccount("lengte@test.example");
    const verzoek = await maakVerzoek({ account: client });
    expect((await fout(antwoordVanClient(client, verzoek.nummer, "   \r\n "))).code).toBe("bericht_leeg");
    const teLang = await fout(antwoordVanClient(client, verzoek.nummer, "x".repeat(5001)));
    expect(teLang.code).toBe("bericht_te_lang");
    expect(teLang.message).toMatch(/5001 tekens.*ten hoogste 5000/);
    await antwoordVanClient(client, verzoek.nummer, "x".repeat(5000));
    const staff = await fout(
      testDb().db.transaction((tx) =>
        stuurBericht(tx, { verzoekId: verzoek.id, van: "organisatie", auteur: { medewerkerId }, tekst: "" }),
      ),
    );
    expect(staff.code).toBe("bericht_leeg");
    expect((await berichtenVan(testDb().db, verzoek.id, { metIntern: true })).map((b) => b.tekst.length)).toEqual([
      5000,
    ]);
  });

  it("refuses a client message posing as internal or as staff, and a staff message without a staff author", async () => {
    const client = await maakAccount("vorm@test.example");
    const verzoek = await maakVerzoek({ account: client });
    const pogingen = [
      { van: "client" as const, auteur: { accountId: client.account.id }, intern: true },
      { van: "client" as const, auteur: { medewerkerId } },
      { van: "organisatie" as const, auteur: { accountId: client.account.id } },
      { van: "organisatie" as const, auteur: { medewerkerId }, intern: true, pauzeertKlok: true },
    ];
    for (const poging of pogingen) {
      const error = await fout(
        testDb().db.transaction((tx) => stuurBericht(tx, { verzoekId: verzoek.id, tekst: "Test", ...poging })),
      );
      expect(error.code).toBe("ongeldig_bericht");
    }
    expect(await berichtenVan(testDb().db, verzoek.id, { metIntern: true })).toEqual([]);
  });
});

describe("answering a question restarts the clock", () => {
  it("closes the pause, adds the paused days to the deadlines and sets status in_behandeling", async () => {
    const client = await maakAccount("antwoord@test.example");
    // Received Monday 2 March 2026, inzage: 4 weeks → Monday 30 March; GDPR month → Thursday 2 April.
    const verzoek = await maakVerzoek({ account: client, ontvangenOp: "2026-03-02" });
    expect(await rij(verzoek.id)).toMatchObject({ doelTermijn: "2026-03-30", wettelijkeTermijn: "2026-04-02" });
    await pauzeer(verzoek.id, "2026-03-10");

    const wachtend = (await mijnVerzoek(client, verzoek.nummer))!;
    expect(wachtend.openPauze).toEqual({ van: "2026-03-10", reden: "Welke periode bedoelt u?" });

    // Answer on Tuesday 17 March, 10:00 Amsterdam: paused 10 → 17 March = 7 days; start moves to
    // 9 March. 9 March + 4 weeks = Monday 6 April 2026 = Tweede Paasdag → Tuesday 7 April.
    // 9 March + 1 month = Thursday 9 April (a working day).
    const nu = new Date("2026-03-17T09:00:00Z");
    const resultaat = await antwoordVanClient(client, verzoek.nummer, "De periode 2020 tot nu.", { nu });
    expect(resultaat).toEqual({ klokHervat: true, doelTermijn: "2026-04-07" });

    expect(await rij(verzoek.id)).toMatchObject({
      status: "in_behandeling",
      versie: 2,
      gepauzeerdeDagen: 7,
      doelTermijn: "2026-04-07",
      wettelijkeTermijn: "2026-04-09",
    });
    const pauzes = await testDb().db.select().from(klokpauzes).where(eq(klokpauzes.verzoekId, verzoek.id));
    expect(pauzes.map((p) => [p.van, p.tot])).toEqual([["2026-03-10", "2026-03-17"]]);

    const tijdlijn = (await gebeurtenissen(verzoek.id)).filter((g) => g.zichtbaarVoorClient);
    expect(tijdlijn.map((g) => g.soort)).toEqual(["ontvangen", "antwoord_ontvangen"]);
    expect(tijdlijn[1]!.gegevens).toMatchObject({
      hervatOp: "2026-03-17",
      doelTermijn: "2026-04-07",
      gepauzeerdeDagen: 7,
    });

    const pagina = (await mijnVerzoek(client, verzoek.nummer))!;
    expect(pagina).toMatchObject({ status: "in_behandeling", openPauze: null, gepauzeerdeDagen: 7 });
    expect(pagina.berichten.map((b) => b.tekst)).toEqual(["De periode 2020 tot nu."]);

    const audits = await testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, verzoek.id));
    expect(audits.map((a) => a.actie)).toEqual(["verzoek.antwoord_client"]);
    expect(audits[0]!.details).toMatchObject({ van: "wacht_op_client", naar: "in_behandeling" });
    expect((await verifyAuditChain(testDb().db)).ok).toBe(true);
  });

  it("a second message after the answer is just a message: the clock is not restarted twice", async () => {
    const client = await maakAccount("tweemaal@test.example");
    const verzoek = await maakVerzoek({ account: client });
    await pauzeer(verzoek.id, "2026-03-10");
    await antwoordVanClient(client, verzoek.nummer, "Antwoord.", { nu: new Date("2026-03-17T09:00:00Z") });
    const tweede = await antwoordVanClient(client, verzoek.nummer, "Nog iets.", {
      nu: new Date("2026-03-20T09:00:00Z"),
    });
    expect(tweede.klokHervat).toBe(false);
    expect(await rij(verzoek.id)).toMatchObject({ versie: 2, gepauzeerdeDagen: 7, doelTermijn: "2026-04-07" });
  });
});

describe("withdrawing", () => {
  it("sets status ingetrokken, writes a timeline event and one e-mail; a second withdrawal is refused", async () => {
    const client = await maakAccount("intrekken@test.example");
    const verzoek = await maakVerzoek({ account: client });
    await trekVerzoekIn(client, verzoek.nummer, "  Ik heb mijn antwoord al gekregen.  ", { versie: 1 });

    const na = await rij(verzoek.id);
    expect(na).toMatchObject({ status: "ingetrokken", versie: 2 });
    expect(na.afgerondOp).toBeInstanceOf(Date);

    const zichtbaar = (await gebeurtenissen(verzoek.id)).filter((g) => g.zichtbaarVoorClient);
    expect(zichtbaar.map((g) => g.soort)).toEqual(["ontvangen", "ingetrokken"]);
    expect(zichtbaar[1]!.gegevens).toEqual({ reden: "Ik heb mijn antwoord al gekregen." });
    expect(zichtbaar[1]!.actorSoort).toBe("client");

    const mails = await mailsVoor(verzoek.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ sjabloon: "status_gewijzigd", aan: "intrekken@test.example" });
    expect(mails[0]!.onderwerp).toBe(`Uw verzoek ${verzoek.nummer} is gewijzigd`);
    expect(mails[0]!.tekst).toContain("U heeft uw verzoek ingetrokken.");
    expect(mails[0]!.tekst).toContain(`/mijn/verzoeken/${verzoek.nummer}`);

    const audits = await testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, verzoek.id));
    expect(audits.map((a) => [a.actie, a.details])).toEqual([
      ["verzoek.ingetrokken", { van: "ontvangen", naar: "ingetrokken", redenGegeven: true }],
    ]);

    const tweede = await fout(trekVerzoekIn(client, verzoek.nummer));
    expect(tweede.code).toBe("al_ingetrokken");
    expect(tweede.message).toBe("U heeft dit verzoek al ingetrokken. U hoeft niets meer te doen.");
    expect(await rij(verzoek.id)).toEqual(na);
    expect(await mailsVoor(verzoek.id)).toHaveLength(1);
    expect(await gebeurtenissen(verzoek.id)).toHaveLength(2);

    const pagina = (await mijnVerzoek(client, verzoek.nummer))!;
    expect(pagina).toMatchObject({ status: "ingetrokken", kanIntrekken: false, kanBerichtSturen: false });
    expect((await fout(antwoordVanClient(client, verzoek.nummer, "Toch nog iets"))).code).toBe("afgesloten");
  });

  it("refuses to withdraw a finished request, and a withdrawal from a page that is out of date", async () => {
    const client = await maakAccount("afgerond@test.example");
    const klaar = await maakVerzoek({ account: client, status: "afgerond" });
    expect((await fout(trekVerzoekIn(client, klaar.nummer))).code).toBe("al_afgerond");

    const open = await maakVerzoek({ account: client, status: "in_behandeling" });
    // Staff decided meanwhile: the version the client saw (1) is no longer current.
    await testDb().db.update(verzoeken).set({ versie: 2 }).where(eq(verzoeken.id, open.id));
    const verouderd = await fout(trekVerzoekIn(client, open.nummer, null, { versie: 1 }));
    expect(verouderd.code).toBe("intussen_gewijzigd");
    expect(verouderd.message).toBe("Dit verzoek is intussen gewijzigd. Laad de pagina opnieuw.");
    expect(await rij(open.id)).toMatchObject({ status: "in_behandeling", versie: 2 });
    expect(await mailsVoor(open.id)).toEqual([]);
  });

  it("withdrawing while we wait for an answer ends the open pause; a too long reason is refused", async () => {
    const client = await maakAccount("pauze-intrekken@test.example");
    const verzoek = await maakVerzoek({ account: client, taal: "en" });
    await pauzeer(verzoek.id, "2026-03-10");
    expect((await fout(trekVerzoekIn(client, verzoek.nummer, "x".repeat(TEKSTLIMIET.lang + 1)))).code).toBe(
      "reden_te_lang",
    );
    await trekVerzoekIn(client, verzoek.nummer, undefined, { nu: new Date("2026-03-12T12:00:00Z") });
    const pauzes = await testDb()
      .db.select()
      .from(klokpauzes)
      .where(and(eq(klokpauzes.verzoekId, verzoek.id)));
    expect(pauzes.map((p) => p.tot)).toEqual(["2026-03-12"]);
    const [mail] = await mailsVoor(verzoek.id);
    expect(mail!.onderwerp).toBe(`Your request ${verzoek.nummer} has changed`);
    expect(mail!.tekst).toContain("You withdrew your request.");
    const [event] = (await gebeurtenissen(verzoek.id)).filter((g) => g.soort === "ingetrokken");
    expect(event!.gegevens).toEqual({});
  });
});

/** Holds the request's row lock until both racers wait on it, so the race really happens. */
async function race<T>(verzoekId: string, racers: Array<() => Promise<T>>): Promise<PromiseSettledResult<T>[]> {
  let resultaten: Promise<PromiseSettledResult<T>[]> | undefined;
  await testDb().db.transaction(async (tx) => {
    await tx.select({ id: verzoeken.id }).from(verzoeken).where(eq(verzoeken.id, verzoekId)).for("update");
    resultaten = Promise.allSettled(racers.map((r) => r()));
    const tot = Date.now() + 10_000;
    for (;;) {
      const [rijWacht] = await testDb().query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      );
      if (Number(rijWacht?.n) >= racers.length) break;
      if (Date.now() > tot) throw new Error("De racers kwamen niet bij de rijvergrendeling aan.");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  return resultaten!;
}

function uitkomst<T>(resultaten: PromiseSettledResult<T>[]) {
  const gewonnen = resultaten.filter((r) => r.status === "fulfilled");
  const verloren = resultaten.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  return { gewonnen, verloren };
}

describe("two changes at once (PostgreSQL server)", () => {
  it("two answers to the same question: one wins, the other is told the request changed", async () => {
    const client = await maakAccount("race-antwoord@test.example");
    const verzoek = await maakVerzoek({ account: client });
    await pauzeer(verzoek.id, "2026-03-10");
    const nu = new Date("2026-03-17T09:00:00Z");

    const { gewonnen, verloren } = uitkomst(
      await race(verzoek.id, [
        () => antwoordVanClient(client, verzoek.nummer, "Antwoord uit tabblad 1", { nu }),
        () => antwoordVanClient(client, verzoek.nummer, "Antwoord uit tabblad 2", { nu }),
      ]),
    );
    expect(gewonnen).toHaveLength(1);
    expect(verloren).toHaveLength(1);
    expect(verloren[0]!.reason).toBeInstanceOf(DomainError);
    expect((verloren[0]!.reason as DomainError).message).toBe(
      "Dit verzoek is intussen gewijzigd. Laad de pagina opnieuw.",
    );

    expect(await rij(verzoek.id)).toMatchObject({ status: "in_behandeling", versie: 2, gepauzeerdeDagen: 7 });
    // The loser's message was rolled back with the rest of its transaction.
    expect(await testDb().db.select().from(berichten).where(eq(berichten.verzoekId, verzoek.id))).toHaveLength(1);
    expect((await gebeurtenissen(verzoek.id)).filter((g) => g.soort === "antwoord_ontvangen")).toHaveLength(1);
    expect(await testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, verzoek.id))).toHaveLength(1);
  });

  it("two withdrawals at once: one wins with one e-mail, the other is told the request changed", async () => {
    const client = await maakAccount("race-intrekken@test.example");
    const verzoek = await maakVerzoek({ account: client, status: "in_behandeling" });

    const { gewonnen, verloren } = uitkomst(
      await race(verzoek.id, [
        () => trekVerzoekIn(client, verzoek.nummer),
        () => trekVerzoekIn(client, verzoek.nummer),
      ]),
    );
    expect(gewonnen).toHaveLength(1);
    expect((verloren[0]!.reason as DomainError).code).toBe("intussen_gewijzigd");
    expect(await rij(verzoek.id)).toMatchObject({ status: "ingetrokken", versie: 2 });
    expect(await mailsVoor(verzoek.id)).toHaveLength(1);
    expect((await gebeurtenissen(verzoek.id)).filter((g) => g.soort === "ingetrokken")).toHaveLength(1);
  });

  it("an answer and a withdrawal at once: exactly one of them happens", async () => {
    const client = await maakAccount("race-beide@test.example");
    const verzoek = await maakVerzoek({ account: client });
    await pauzeer(verzoek.id, "2026-03-10");

    const resultaten = await race<unknown>(verzoek.id, [
      () => antwoordVanClient(client, verzoek.nummer, "Mijn antwoord"),
      () => trekVerzoekIn(client, verzoek.nummer),
    ]);
    const { gewonnen, verloren } = uitkomst(resultaten);
    expect(gewonnen).toHaveLength(1);
    expect((verloren[0]!.reason as DomainError).code).toBe("intussen_gewijzigd");
    const na = await rij(verzoek.id);
    expect(na.versie).toBe(2);
    expect(na.status).toBe(resultaten[0]!.status === "fulfilled" ? "in_behandeling" : "ingetrokken");
  });
});
