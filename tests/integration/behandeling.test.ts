/**
 * The backoffice's steps on one request (app/services/behandeling.server.ts, koppeling.server.ts)
 * against a real database: each step's effect on status, timeline, e-mail and audit; refusals for
 * the wrong role and the wrong state that change nothing; the clock pause of EDPB 01/2022 r.o. 159
 * with real dates (Easter 2026); the extension window of AVG art. 12 lid 3; optimistic locking; and,
 * on PostgreSQL, two staff members acting at the same moment.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  accounts,
  auditLog,
  besluiten,
  berichten,
  clienten,
  identiteitscontroles,
  klokpauzes,
  medewerkers,
  uitgaandeMail,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { DEMO, seedDemoIfEmpty } from "../../db/demo.server";
import {
  BehandelFout,
  INTUSSEN_GEWIJZIGD_TEKST,
  VERLENGING_TE_LAAT_TEKST,
  VerzoekIntussenGewijzigd,
} from "~/domain/behandeling";
import { requestDeadlines } from "~/domain/deadlines";
import { SLUIT_REDEN_TEKST, STATUS_LABELS, type VerzoekStatus } from "~/domain/request-state";
import type { Verzoektype } from "~/domain/request-types";
import {
  auditVanVerzoek,
  bekijkVerzoek,
  besluitToewijzen,
  controleerVertegenwoordiging,
  hervat,
  legitimeer,
  markeerKennelijkOngegrond,
  pakOp,
  registreerIntrekking,
  registreerKindGeraadpleegd,
  rondUitvoeringAf,
  schrijfNotitie,
  sluitZonderBesluit,
  stelAfwijzingOp,
  stelVerlengingVoor,
  stelVraag,
  stuurBerichtAanClient,
  wijsToeAanCollega,
  type BehandelActor,
} from "~/services/behandeling.server";
import { berichtenVan } from "~/services/berichten.server";
import { kandidaten, koppel, ontkoppel } from "~/services/koppeling.server";
import { antwoordVanClient, mijnVerzoek, type ClientActor } from "~/services/mijn.server";
import { useFreshDatabase } from "../support/database";
import { GeenBevoegdheid } from "~/domain/bevoegdheden";
import type { DomainError } from "~/domain/errors";

const testDb = useFreshDatabase();

const staf: Record<"sanne" | "mehmet" | "anouk" | "pieter", BehandelActor> = {
  sanne: { medewerker: { id: "" } },
  mehmet: { medewerker: { id: "" } },
  anouk: { medewerker: { id: "" } },
  pieter: { medewerker: { id: "" } },
};

let volgnummer = 900_000;

async function maakAccount(email: string): Promise<ClientActor & { email: string }> {
  const [rij] = await testDb()
    .db.insert(accounts)
    .values({ email, naam: "Testpersoon" })
    .returning({ id: accounts.id });
  return { soort: "client", account: { id: rij!.id }, email };
}

type VerzoekOpties = {
  type?: Verzoektype;
  status?: VerzoekStatus;
  ontvangenOp?: string;
  relatie?: string;
  betrokkene?: { naam: string; geboortedatum: string; email: string; clientnummer?: string };
  identiteit?: string;
  details?: Record<string, unknown>;
  taal?: "nl" | "en";
  /** Linked to this client's dossier (a grant needs one). */
  clientId?: string;
};

/** A request filed through the portal by a fresh account, as intake stores it. */
async function maakVerzoek(opties: VerzoekOpties = {}) {
  const account = await maakAccount(`client-${++volgnummer}@test.example`);
  const type = opties.type ?? "inzage";
  const ontvangenOp = opties.ontvangenOp ?? "2026-03-02";
  const termijnen = requestDeadlines({ type, receivedOn: ontvangenOp });
  const nummer = `AVG-2026-${String(volgnummer).padStart(6, "0")}`;
  const [rij] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer,
      type,
      status: opties.status ?? "ontvangen",
      ingediendDoorAccountId: account.account.id,
      indiener: { naam: "Indiener Test", email: account.email, relatie: opties.relatie ?? "zelf" },
      betrokkene: opties.betrokkene ?? { naam: "Indiener Test", geboortedatum: "1980-01-01", email: account.email },
      details: opties.details ?? {},
      taal: opties.taal ?? "nl",
      ontvangenOp,
      ontvangenTijdstip: new Date(`${ontvangenOp}T09:00:00+01:00`),
      identiteit: opties.identiteit ?? "eigen_adres",
      clientId: opties.clientId ?? null,
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
      actorId: account.account.id,
      op: new Date(`${ontvangenOp}T09:00:00+01:00`),
    });
  return { ...rij!, account };
}

/** The demo adult client's dossier id (to link a request to). */
async function lauraId(): Promise<string> {
  const [c] = await testDb()
    .db.select({ id: clienten.id })
    .from(clienten)
    .where(eq(clienten.clientnummer, DEMO.clienten.volwassene.clientnummer));
  return c!.id;
}

async function clientId(clientnummer: string): Promise<string> {
  const [c] = await testDb()
    .db.select({ id: clienten.id })
    .from(clienten)
    .where(eq(clienten.clientnummer, clientnummer));
  return c!.id;
}

async function rij(verzoekId: string) {
  const [v] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
  return v!;
}

async function gebeurtenissen(verzoekId: string) {
  return testDb()
    .db.select()
    .from(verzoekGebeurtenissen)
    .where(eq(verzoekGebeurtenissen.verzoekId, verzoekId))
    .orderBy(asc(verzoekGebeurtenissen.id));
}

async function mails(verzoekId: string) {
  return testDb()
    .db.select()
    .from(uitgaandeMail)
    .where(eq(uitgaandeMail.verzoekId, verzoekId))
    .orderBy(asc(uitgaandeMail.aangemaaktOp));
}

async function auditRijen(verzoekId: string) {
  return testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, verzoekId)).orderBy(asc(auditLog.id));
}

/** Everything a step could have touched, to prove a refused step changed nothing. */
async function momentopname(verzoekId: string) {
  const conn = testDb().db;
  return {
    verzoek: await rij(verzoekId),
    gebeurtenissen: (await gebeurtenissen(verzoekId)).length,
    mails: (await mails(verzoekId)).length,
    audit: (await auditRijen(verzoekId)).length,
    berichten: (await conn.select().from(berichten).where(eq(berichten.verzoekId, verzoekId))).length,
    pauzes: (await conn.select().from(klokpauzes).where(eq(klokpauzes.verzoekId, verzoekId))).length,
    besluiten: (await conn.select().from(besluiten).where(eq(besluiten.verzoekId, verzoekId))).length,
    controles: (await conn.select().from(identiteitscontroles).where(eq(identiteitscontroles.verzoekId, verzoekId)))
      .length,
  };
}

/** A refused step: a step's own refusal (BehandelFout) or the permission check (GeenBevoegdheid, code "geen_toegang"). */
async function fout(promise: Promise<unknown>): Promise<BehandelFout> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if ((error as DomainError | null)?.code === "geen_toegang") expect(error).toBeInstanceOf(GeenBevoegdheid);
  else expect(error).toBeInstanceOf(BehandelFout);
  return error as BehandelFout;
}

/** A refused step: the expected code, and nothing changed. */
async function geweigerd(verzoekId: string, code: string, stap: () => Promise<unknown>): Promise<BehandelFout> {
  const voor = await momentopname(verzoekId);
  const error = await fout(stap());
  expect(error.code).toBe(code);
  expect(await momentopname(verzoekId)).toEqual(voor);
  return error;
}

const op = (dag: string, tijd = "10:00") => ({ nu: new Date(`${dag}T${tijd}:00+01:00`) });
const opZomer = (dag: string, tijd = "10:00") => ({ nu: new Date(`${dag}T${tijd}:00+02:00`) });

beforeAll(async () => {
  await seedDemoIfEmpty();
  const rijen = await testDb().db.select({ id: medewerkers.id, email: medewerkers.email }).from(medewerkers);
  const id = (email: string) => rijen.find((r) => r.email === email)!.id;
  staf.sanne.medewerker.id = id(DEMO.medewerkers.backoffice.email);
  staf.mehmet.medewerker.id = id(DEMO.medewerkers.backoffice2.email);
  staf.anouk.medewerker.id = id(DEMO.medewerkers.directie.email);
  staf.pieter.medewerker.id = id(DEMO.medewerkers.beheerder.email);
});

describe("opening a request (NEN 7513)", () => {
  it("shows everything staff need and logs who opened which request", async () => {
    const v = await maakVerzoek();
    const detail = await bekijkVerzoek(staf.sanne, v.id, op("2026-03-03"));
    expect(detail).toMatchObject({
      nummer: v.nummer,
      type: "inzage",
      status: "ontvangen",
      versie: 1,
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
      // Docs/decisions/018: a code to the filer's own address, not linked: own address only; a grant needs more.
      identiteit: "eigen_adres",
      identiteitsStand: {
        vereist: "bekend_adres",
        tekort: "bekend_adres",
        blokkade: "identiteit_onbevestigd",
        vertegenwoordigingNodig: false,
      },
      toewijzingGeblokkeerd: "identiteit_onbevestigd",
      behandelaar: null,
      client: null,
      verlengingMogelijk: true,
    });
    expect(detail.stappen).toContain("oppakken");
    expect(detail.stappen).toContain("vraag_stellen");
    expect(detail.stappen).not.toContain("toewijzing"); // only from "in_behandeling"
    expect(detail.tijdlijn.map((g) => g.soort)).toEqual(["ontvangen"]);
    const [rij] = (await auditRijen(v.id)).filter((r) => r.actie === "verzoek.bekeken");
    expect(rij).toMatchObject({
      actorSoort: "medewerker",
      actorId: staf.sanne.medewerker.id,
      rol: "backoffice",
      onderdeel: "verzoek",
    });
  });

  it("refuses a beheerder and an unknown request", async () => {
    const v = await maakVerzoek();
    expect((await fout(bekijkVerzoek(staf.pieter, v.id))).code).toBe("geen_toegang");
    expect((await fout(bekijkVerzoek(staf.sanne, "00000000-0000-4000-8000-000000000000"))).code).toBe("niet_gevonden");
    expect((await fout(bekijkVerzoek(staf.sanne, "niet-een-id"))).code).toBe("niet_gevonden");
    expect(await auditRijen(v.id)).toEqual([]);
  });
});

describe("claiming and assigning", () => {
  it("claims a new request: in behandeling, assigned to me, the client sees it was picked up", async () => {
    const v = await maakVerzoek();
    const { versie } = await pakOp(staf.sanne, v.id, 1, {}, op("2026-03-03"));
    expect(versie).toBe(2);
    const na = await rij(v.id);
    expect(na).toMatchObject({ status: "in_behandeling", behandelaarId: staf.sanne.medewerker.id, versie: 2 });
    const g = await gebeurtenissen(v.id);
    expect(g.map((e) => [e.soort, e.zichtbaarVoorClient])).toEqual([
      ["ontvangen", true],
      ["opgepakt", true],
      ["toegewezen", false],
    ]);
    expect((await auditRijen(v.id)).map((r) => r.actie)).toEqual(["verzoek.opgepakt"]);
    // The client hears of the status change by e-mail (the content stays in the portal).
    const [statusMail, ...rest] = await mails(v.id);
    expect(rest).toEqual([]);
    expect(statusMail).toMatchObject({ sjabloon: "status_gewijzigd", aan: v.account.email });
    expect(statusMail!.tekst).toContain(v.nummer);

    await geweigerd(v.id, "al_behandelaar", () => pakOp(staf.sanne, v.id, 2));
    // A colleague takes it over: the status stays, the assignee changes, no new e-mail.
    await pakOp(staf.mehmet, v.id, 2);
    expect(await rij(v.id)).toMatchObject({
      status: "in_behandeling",
      behandelaarId: staf.mehmet.medewerker.id,
      versie: 3,
    });
    expect(await mails(v.id)).toHaveLength(1);
  });

  it("assigns to a colleague, but never to a beheerder, and a beheerder cannot claim", async () => {
    const v = await maakVerzoek();
    await wijsToeAanCollega(staf.sanne, v.id, 1, { medewerkerId: staf.anouk.medewerker.id });
    expect(await rij(v.id)).toMatchObject({ status: "ontvangen", behandelaarId: staf.anouk.medewerker.id, versie: 2 });
    const toegewezen = (await gebeurtenissen(v.id)).find((g) => g.soort === "toegewezen");
    expect(toegewezen).toMatchObject({
      zichtbaarVoorClient: false,
      gegevens: { naam: DEMO.medewerkers.directie.naam },
    });

    const e = await geweigerd(v.id, "collega_ongeldig", () =>
      wijsToeAanCollega(staf.sanne, v.id, 2, { medewerkerId: staf.pieter.medewerker.id }),
    );
    expect(e.veld).toBe("medewerkerId");
    await geweigerd(v.id, "collega_verplicht", () => wijsToeAanCollega(staf.sanne, v.id, 2, {}));
    await geweigerd(v.id, "geen_toegang", () => pakOp(staf.pieter, v.id, 2));
  });
});

describe("optimistic locking", () => {
  it("refuses a step on a stale version with the reload message, and changes nothing", async () => {
    const v = await maakVerzoek();
    await pakOp(staf.sanne, v.id, 1);
    const e = await geweigerd(v.id, "intussen_gewijzigd", () =>
      stelVraag(staf.mehmet, v.id, 1, { tekst: "Over welke periode gaat uw verzoek?" }),
    );
    expect(e).toBeInstanceOf(VerzoekIntussenGewijzigd);
    expect(e.message).toBe("Dit verzoek is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    expect(INTUSSEN_GEWIJZIGD_TEKST).toBe(e.message);
    // Every kind of step is guarded, also the ones that only add a note or a check.
    await geweigerd(v.id, "intussen_gewijzigd", () => schrijfNotitie(staf.mehmet, v.id, 1, { tekst: "Notitie" }));
    await geweigerd(v.id, "intussen_gewijzigd", () =>
      legitimeer(staf.mehmet, v.id, 1, { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "AB12" }),
    );
    await geweigerd(v.id, "intussen_gewijzigd", () =>
      koppel(staf.mehmet, v.id, 1, { clientId: "00000000-0000-4000-8000-000000000000" }),
    );
    await geweigerd(v.id, "intussen_gewijzigd", () => besluitToewijzen(staf.mehmet, v.id, 3));
  });
});

describe("matching a request to a client record", () => {
  it("ranks candidates case-insensitively by name, date of birth and e-mail, audits each one shown, links and unlinks", async () => {
    const laura = DEMO.clienten.volwassene;
    const v = await maakVerzoek({
      betrokkene: { naam: "LAURA de wit", geboortedatum: laura.geboortedatum, email: laura.email.toUpperCase() },
    });
    const lijst = await kandidaten(staf.sanne, v.id);
    expect(lijst[0]).toMatchObject({
      clientnummer: laura.clientnummer,
      naam: laura.naam,
      geboortedatum: laura.geboortedatum,
      status: "actief",
    });
    expect(lijst[0]!.overeenkomsten).toEqual(expect.arrayContaining(["naam", "geboortedatum", "email"]));
    for (const [i, k] of lijst.entries()) if (i > 0) expect(k.score).toBeLessThanOrEqual(lijst[i - 1]!.score);
    const getoond = (await auditRijen(v.id)).filter((r) => r.actie === "client.kandidaat_getoond");
    expect(getoond.map((r) => r.clientId).sort()).toEqual(lijst.map((k) => k.id).sort());

    await koppel(staf.sanne, v.id, 1, { clientId: lijst[0]!.id });
    expect((await rij(v.id)).clientId).toBe(lijst[0]!.id);
    const gekoppeld = (await auditRijen(v.id)).find((r) => r.actie === "verzoek.gekoppeld");
    expect(gekoppeld).toMatchObject({ clientId: lijst[0]!.id, details: { clientnummer: laura.clientnummer } });
    await geweigerd(v.id, "al_gekoppeld", () => koppel(staf.sanne, v.id, 2, { clientId: lijst[0]!.id }));

    // The requester is never told: no e-mail, nothing on their timeline.
    expect(await mails(v.id)).toEqual([]);
    const eigen = await mijnVerzoek(v.account, v.nummer);
    expect(eigen!.tijdlijn.map((g) => g.soort)).toEqual(["ontvangen"]);

    await ontkoppel(staf.sanne, v.id, 2);
    expect((await rij(v.id)).clientId).toBeNull();
    expect((await auditRijen(v.id)).find((r) => r.actie === "verzoek.ontkoppeld")).toMatchObject({
      clientId: lijst[0]!.id,
    });
    await geweigerd(v.id, "niet_gekoppeld", () => ontkoppel(staf.sanne, v.id, 3));
  });

  it("finds nobody for a stranger (and logs the search), and refuses an unknown client id", async () => {
    const v = await maakVerzoek({ betrokkene: { naam: "Xander Onbekend", geboortedatum: "1901-01-01", email: "" } });
    expect(await kandidaten(staf.sanne, v.id)).toEqual([]);
    expect((await auditRijen(v.id)).map((r) => r.actie)).toEqual(["koppeling.gezocht"]);
    await geweigerd(v.id, "client_onbekend", () =>
      koppel(staf.sanne, v.id, 1, { clientId: "00000000-0000-4000-8000-000000000000" }),
    );
    await geweigerd(v.id, "client_verplicht", () => koppel(staf.sanne, v.id, 1, { clientId: "DL-1001" }));
    expect((await fout(kandidaten(staf.pieter, v.id))).code).toBe("geen_toegang");
  });
});

describe("identity and representation", () => {
  it("a legitimation check stores only the document type and the last four characters", async () => {
    const v = await maakVerzoek({ identiteit: "geen" });
    await legitimeer(
      staf.sanne,
      v.id,
      1,
      { wijze: "video", documentType: "rijbewijs", laatsteVier: " x4 b2 " },
      op("2026-03-04"),
    );
    const [controle] = await testDb()
      .db.select()
      .from(identiteitscontroles)
      .where(eq(identiteitscontroles.verzoekId, v.id));
    const { id: _id, op: _op, ...inhoud } = controle!;
    expect(inhoud).toEqual({
      verzoekId: v.id,
      soort: "legitimatie",
      betreft: "indiener",
      wijze: "video",
      documentType: "rijbewijs",
      laatsteVier: "X4B2",
      bewijsSoort: null,
      // No file: a legitimation is seen, never sent (docs/decisions/032).
      bijlageId: null,
      toelichting: "",
      gecontroleerdDoor: staf.sanne.medewerker.id,
    });
    expect(await rij(v.id)).toMatchObject({ identiteit: "gelegitimeerd", versie: 2 });
    const bevestigd = (await gebeurtenissen(v.id)).find((g) => g.soort === "identiteit_bevestigd");
    expect(bevestigd).toMatchObject({ zichtbaarVoorClient: true, gegevens: {} });
    const [a] = (await auditRijen(v.id)).filter((r) => r.actie === "identiteit.gelegitimeerd");
    expect(JSON.stringify(a!.details)).not.toContain("X4B2");
  });

  it("rejects '12345', 'ab' and other malformed input with a specific message, storing nothing", async () => {
    const v = await maakVerzoek({ identiteit: "geen" });
    const basis = { wijze: "persoonlijk", documentType: "paspoort" };
    const teLang = await geweigerd(v.id, "laatste_vier_te_lang", () =>
      legitimeer(staf.sanne, v.id, 1, { ...basis, laatsteVier: "12345" }),
    );
    expect(teLang.veld).toBe("laatsteVier");
    await geweigerd(v.id, "laatste_vier_te_kort", () =>
      legitimeer(staf.sanne, v.id, 1, { ...basis, laatsteVier: "ab" }),
    );
    await geweigerd(v.id, "laatste_vier_tekens", () =>
      legitimeer(staf.sanne, v.id, 1, { ...basis, laatsteVier: "A-12" }),
    );
    await geweigerd(v.id, "laatste_vier_verplicht", () =>
      legitimeer(staf.sanne, v.id, 1, { ...basis, laatsteVier: "  " }),
    );
    await geweigerd(v.id, "documenttype_verplicht", () =>
      legitimeer(staf.sanne, v.id, 1, { wijze: "persoonlijk", documentType: "bsn-pas", laatsteVier: "AB12" }),
    );
    await geweigerd(v.id, "wijze_verplicht", () =>
      legitimeer(staf.sanne, v.id, 1, { wijze: "per_post", documentType: "paspoort", laatsteVier: "AB12" }),
    );
    expect((await rij(v.id)).identiteit).toBe("geen");
  });

  it("records what proved a representative's authority; not for a request filed by the client", async () => {
    const zelf = await maakVerzoek();
    await geweigerd(zelf.id, "geen_vertegenwoordiger", () =>
      controleerVertegenwoordiging(staf.sanne, zelf.id, 1, {
        bewijsSoort: "gezagsregister",
        bewijs: "Uittreksel gezagsregister gezien",
      }),
    );
    const ouder = await maakVerzoek({
      relatie: "ouder_met_gezag",
      betrokkene: { naam: "Lina Bos", geboortedatum: "2017-03-02", email: "" },
    });
    await geweigerd(ouder.id, "bewijs_te_kort", () =>
      controleerVertegenwoordiging(staf.sanne, ouder.id, 1, { bewijsSoort: "gezagsregister", bewijs: "ok" }),
    );
    await geweigerd(ouder.id, "bsn_niet_toegestaan", () =>
      controleerVertegenwoordiging(staf.sanne, ouder.id, 1, {
        bewijsSoort: "gezagsregister",
        bewijs: "Gezagsregister, kind BSN 111222333",
      }),
    );
    // Docs/decisions/018: the kind of proof is required and must fit the relation (a parent shows authority, not a machtiging).
    await geweigerd(ouder.id, "bewijssoort_verplicht", () =>
      controleerVertegenwoordiging(staf.sanne, ouder.id, 1, {
        bewijs: "Uittreksel gezagsregister d.d. 3 maart 2026 gezien",
      }),
    );
    const past = await geweigerd(ouder.id, "bewijssoort_past_niet", () =>
      controleerVertegenwoordiging(staf.sanne, ouder.id, 1, {
        bewijsSoort: "machtiging",
        bewijs: "Machtiging getekend door het kind",
      }),
    );
    expect(past.veld).toBe("bewijsSoort");
    await controleerVertegenwoordiging(staf.sanne, ouder.id, 1, {
      bewijsSoort: "gezagsregister",
      bewijs: "Uittreksel gezagsregister d.d. 3 maart 2026 gezien",
    });
    const [c] = await testDb()
      .db.select()
      .from(identiteitscontroles)
      .where(eq(identiteitscontroles.verzoekId, ouder.id));
    expect(c).toMatchObject({
      soort: "vertegenwoordiging",
      bewijsSoort: "gezagsregister",
      toelichting: "Uittreksel gezagsregister d.d. 3 maart 2026 gezien",
      laatsteVier: null,
      gecontroleerdDoor: staf.sanne.medewerker.id,
    });
    expect((await gebeurtenissen(ouder.id)).at(-1)).toMatchObject({
      soort: "vertegenwoordiging_gecontroleerd",
      zichtbaarVoorClient: false,
    });
  });

  it("a parent's request about a child of 12-15: staff record that the child was consulted, once", async () => {
    const v = await maakVerzoek({
      relatie: "ouder_met_gezag",
      betrokkene: { naam: "Noah Hendriks", geboortedatum: "2012-06-15", email: "" },
      details: { afschrift: true, geschiktheid: { overlegMetKind: true, notitie: "ouder_inzage_kind_12_15" } },
    });
    const voor = await bekijkVerzoek(staf.sanne, v.id);
    expect(voor.geschiktheid).toMatchObject({ overlegMetKind: true });
    expect(voor.details).toEqual({ afschrift: true });
    expect(voor.stappen).toContain("kind_geraadpleegd");
    await geweigerd(v.id, "kind_uitkomst_verplicht", () => registreerKindGeraadpleegd(staf.sanne, v.id, 1, {}));
    // An objection needs a note: what the child said.
    await geweigerd(v.id, "kind_toelichting_verplicht", () =>
      registreerKindGeraadpleegd(staf.sanne, v.id, 1, { uitkomst: "kind_maakt_bezwaar" }),
    );
    await registreerKindGeraadpleegd(staf.sanne, v.id, 1, {
      uitkomst: "kind_stemt_in",
      toelichting: "Noah stemt in met inzage.",
    });
    expect((await gebeurtenissen(v.id)).at(-1)).toMatchObject({
      soort: "kind_geraadpleegd",
      zichtbaarVoorClient: false,
      gegevens: { uitkomst: "kind_stemt_in", toelichting: "Noah stemt in met inzage." },
    });
    await geweigerd(v.id, "al_geraadpleegd", () =>
      registreerKindGeraadpleegd(staf.sanne, v.id, 2, { uitkomst: "kind_stemt_in" }),
    );
    const na = await bekijkVerzoek(staf.sanne, v.id);
    expect(na.stappen).not.toContain("kind_geraadpleegd");
    expect(na.kindUitkomst).toBe("kind_stemt_in");
    const gewoon = await maakVerzoek();
    await geweigerd(gewoon.id, "geen_overleg_nodig", () =>
      registreerKindGeraadpleegd(staf.sanne, gewoon.id, 1, { uitkomst: "kind_stemt_in" }),
    );
  });

  it("a parent's grant about a child of 12-15 waits for the recorded consultation; on the decision day a child of 16 is no longer represented (WGBO art. 7:465)", async () => {
    const [kind] = await testDb()
      .db.insert(clienten)
      .values({ clientnummer: "K-7465", voornamen: "Sem", achternaam: "Proefkind", geboortedatum: "2010-03-15" })
      .returning({ id: clienten.id });
    const v = await maakVerzoek({
      relatie: "ouder_met_gezag",
      status: "in_behandeling",
      betrokkene: { naam: "Sem Proefkind", geboortedatum: "2010-03-15", email: "" },
      details: { afschrift: true, geschiktheid: { overlegMetKind: true, notitie: "ouder_inzage_kind_12_15" } },
    });
    await legitimeer(
      staf.sanne,
      v.id,
      1,
      { wijze: "persoonlijk", documentType: "identiteitskaart", laatsteVier: "7Q2Z" },
      op("2026-03-04"),
    );
    await controleerVertegenwoordiging(
      staf.sanne,
      v.id,
      2,
      { bewijsSoort: "gezagsregister", bewijs: "Uittreksel gezagsregister gezien aan de balie" },
      op("2026-03-04"),
    );
    await koppel(staf.sanne, v.id, 3, { clientId: kind!.id }, op("2026-03-04"));
    // Sem is 15: no grant without the consultation, and the page says why.
    const zonder = await geweigerd(v.id, "kind_niet_geraadpleegd", () =>
      besluitToewijzen(staf.sanne, v.id, 4, {}, op("2026-03-09")),
    );
    expect(zonder.message).toContain("Leg eerst vast");
    expect((await bekijkVerzoek(staf.sanne, v.id, op("2026-03-09"))).toewijzingGeblokkeerd).toBe(
      "kind_niet_geraadpleegd",
    );
    // A partial refusal grants the rest: the same gate.
    await geweigerd(v.id, "kind_niet_geraadpleegd", () =>
      stelAfwijzingOp(
        staf.sanne,
        v.id,
        4,
        {
          soort: "gedeeltelijke_afwijzing",
          gronden: ["belang_minderjarige"],
          motivering: "Een deel blijft achter in het belang van het kind.",
        },
        op("2026-03-09"),
      ),
    );
    await registreerKindGeraadpleegd(
      staf.sanne,
      v.id,
      4,
      { uitkomst: "kind_maakt_bezwaar", toelichting: "Sem wil niet dat zijn ouder de gespreksverslagen leest." },
      op("2026-03-10"),
    );
    // Sem turned 16 on 15 March: the parent no longer represents him for this.
    const zestien = await geweigerd(v.id, "kind_inmiddels_16", () =>
      besluitToewijzen(staf.sanne, v.id, 5, {}, op("2026-03-16")),
    );
    expect(zestien.message).toContain("16 jaar of ouder");
    // The day before his birthday the grant was possible.
    await besluitToewijzen(staf.sanne, v.id, 5, {}, op("2026-03-14"));
    expect((await rij(v.id)).status).toBe("in_uitvoering");
  });
});

describe("the clock (EDPB 01/2022 r.o. 159)", () => {
  it("received 2 March, question 10 March, answer 17 March: 7 paused days, target Tue 7 April (after Easter Monday), limit Thu 9 April", async () => {
    const v = await maakVerzoek({ ontvangenOp: "2026-03-02" });
    expect(await rij(v.id)).toMatchObject({ doelTermijn: "2026-03-30", wettelijkeTermijn: "2026-04-02" });
    await pakOp(staf.sanne, v.id, 1, {}, op("2026-03-03"));
    const vraag = "Over welke periode wilt u uw gegevens zien? Noem de jaren.";
    await stelVraag(staf.sanne, v.id, 2, { tekst: vraag }, op("2026-03-10"));

    expect(await rij(v.id)).toMatchObject({
      status: "wacht_op_client",
      versie: 3,
      doelTermijn: "2026-03-30",
      gepauzeerdeDagen: 0,
    });
    const pauzes = await testDb().db.select().from(klokpauzes).where(eq(klokpauzes.verzoekId, v.id));
    expect(pauzes).toMatchObject([
      { van: "2026-03-10", tot: null, reden: vraag, aangemaaktDoor: staf.sanne.medewerker.id },
    ]);
    const draad = await berichtenVan(testDb().db, v.id, { metIntern: false });
    expect(draad).toMatchObject([{ van: "organisatie", tekst: vraag, pauzeertKlok: true, intern: false }]);
    // After the status e-mail of the claim: the question is announced, its content stays in the portal.
    const [, mail, ...meer] = await mails(v.id);
    expect(meer).toEqual([]);
    expect(mail).toMatchObject({ sjabloon: "nieuw_bericht", aan: v.account.email });
    expect(mail!.tekst).not.toContain("periode");
    expect((await gebeurtenissen(v.id)).at(-1)).toMatchObject({
      soort: "vraag_gesteld",
      zichtbaarVoorClient: true,
      gegevens: { reden: vraag },
    });
    expect((await auditRijen(v.id)).at(-1)).toMatchObject({
      actie: "verzoek.vraag_gesteld",
      details: { van: "in_behandeling", naar: "wacht_op_client" },
    });
    const detail = await bekijkVerzoek(staf.sanne, v.id, op("2026-03-12"));
    expect(detail.openPauze).toEqual({ van: "2026-03-10", reden: vraag });
    expect(detail.stappen).toContain("hervatten");

    const antwoord = await antwoordVanClient(v.account, v.nummer, "De jaren 2024 en 2025.", op("2026-03-17"));
    expect(antwoord).toEqual({ klokHervat: true, doelTermijn: "2026-04-07" });
    expect(await rij(v.id)).toMatchObject({
      status: "in_behandeling",
      gepauzeerdeDagen: 7,
      doelTermijn: "2026-04-07", // 30 March + 7 = Mon 6 April, Easter Monday: the next working day
      wettelijkeTermijn: "2026-04-09",
    });
  });

  it("staff resume without an answer, with a reason the client does not see", async () => {
    const v = await maakVerzoek({ ontvangenOp: "2026-03-02" });
    await pakOp(staf.sanne, v.id, 1, {}, op("2026-03-03"));
    await stelVraag(staf.sanne, v.id, 2, { tekst: "Welke periode bedoelt u?" }, op("2026-03-10"));
    await geweigerd(v.id, "toelichting_verplicht", () => hervat(staf.sanne, v.id, 3, { toelichting: "   " }));
    const resultaat = await hervat(
      staf.sanne,
      v.id,
      3,
      { toelichting: "Periode gevonden in de intake-notities." },
      op("2026-03-12"),
    );
    expect(resultaat).toMatchObject({ versie: 4, gepauzeerdeDagen: 2, doelTermijn: "2026-04-01" });
    expect(await rij(v.id)).toMatchObject({
      status: "in_behandeling",
      gepauzeerdeDagen: 2,
      wettelijkeTermijn: "2026-04-07",
    });
    const pauzes = await testDb().db.select().from(klokpauzes).where(eq(klokpauzes.verzoekId, v.id));
    expect(pauzes).toMatchObject([{ van: "2026-03-10", tot: "2026-03-12" }]);

    const eigen = await mijnVerzoek(v.account, v.nummer);
    expect(eigen!.tijdlijn.map((g) => g.soort)).toEqual(["ontvangen", "opgepakt", "vraag_gesteld", "hervat"]);
    expect(JSON.stringify(eigen)).not.toContain("intake-notities");
    const intern = (await gebeurtenissen(v.id)).find((g) => g.soort === "toelichting");
    expect(intern).toMatchObject({
      zichtbaarVoorClient: false,
      gegevens: { bij: "hervat", tekst: "Periode gevonden in de intake-notities." },
    });
    const statusMail = (await mails(v.id)).find((m) => m.sjabloon === "status_gewijzigd");
    expect(statusMail!.tekst).toContain(STATUS_LABELS.in_behandeling.client.nl);
    await geweigerd(v.id, "stap_niet_mogelijk", () => hervat(staf.sanne, v.id, 4, { toelichting: "Nog eens" }));
  });
});

describe("extension (AVG art. 12 lid 3)", () => {
  it("is refused after the first month with the reason, and allowed on its last day", async () => {
    const laat = await maakVerzoek({ ontvangenOp: "2026-03-02", status: "in_behandeling" });
    const e = await geweigerd(laat.id, "verlenging_te_laat", () =>
      stelVerlengingVoor(
        staf.sanne,
        laat.id,
        1,
        { reden: "Het dossier is groot: 12 jaar zorg." },
        opZomer("2026-04-03"),
      ),
    );
    expect(e.message).toBe(VERLENGING_TE_LAAT_TEKST);
    expect(e.message).toBe(
      "De termijn voor verlenging is verstreken: een verlenging moet binnen de eerste maand worden gemeld (artikel 12 lid 3 AVG)",
    );

    const opTijd = await maakVerzoek({ ontvangenOp: "2026-03-02", status: "in_behandeling" });
    await geweigerd(opTijd.id, "reden_verplicht", () =>
      stelVerlengingVoor(staf.sanne, opTijd.id, 1, { reden: "" }, opZomer("2026-04-02")),
    );
    const { besluitId } = await stelVerlengingVoor(
      staf.sanne,
      opTijd.id,
      1,
      { reden: "Het dossier is groot: 12 jaar zorg." },
      opZomer("2026-04-02"),
    );
    const [besluit] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, besluitId));
    expect(besluit).toMatchObject({
      soort: "verlenging",
      status: "ter_ondertekening",
      motivering: "Het dossier is groot: 12 jaar zorg.",
      opstellerId: staf.sanne.medewerker.id,
    });
    // Not extended until the directie signs it.
    expect(await rij(opTijd.id)).toMatchObject({ status: "wacht_op_directie", verlengd: false });
  });

  it("counts the paused days: the month runs from receipt plus the pause", async () => {
    const v = await maakVerzoek({ ontvangenOp: "2026-03-02", status: "in_behandeling" });
    await testDb()
      .db.insert(klokpauzes)
      .values({ verzoekId: v.id, van: "2026-03-10", tot: "2026-03-17", reden: "Vraag" });
    // Start 9 March: the month ends Thu 9 April.
    await stelVerlengingVoor(
      staf.sanne,
      v.id,
      1,
      { reden: "Veel gegevens bij drie zorgverleners." },
      opZomer("2026-04-09"),
    );
    expect((await rij(v.id)).status).toBe("wacht_op_directie");
  });
});

describe("decisions", () => {
  it("a grant needs a confirmed identity; then in uitvoering, decision sent today, execution deadline, client e-mailed", async () => {
    const v = await maakVerzoek({
      type: "correctie",
      ontvangenOp: "2026-03-02",
      status: "in_behandeling",
      identiteit: "geen",
    });
    await geweigerd(v.id, "identiteit_onbevestigd", () => besluitToewijzen(staf.sanne, v.id, 1, {}, op("2026-03-09")));
    await legitimeer(staf.sanne, v.id, 1, {
      wijze: "persoonlijk",
      documentType: "identiteitskaart",
      laatsteVier: "7Q2Z",
    });
    // Without a linked dossier there is nothing to carry out: refused with the reason, nothing changed.
    const zonderDossier = await geweigerd(v.id, "geen_dossier", () =>
      besluitToewijzen(staf.sanne, v.id, 2, {}, op("2026-03-09")),
    );
    expect(zonderDossier.message).toContain("nog niet gekoppeld aan een cliëntdossier");
    expect(await rij(v.id)).toMatchObject({ status: "in_behandeling", versie: 2, besluitOp: null });
    await koppel(staf.sanne, v.id, 2, { clientId: await lauraId() });
    const { besluitId } = await besluitToewijzen(staf.sanne, v.id, 3, {}, op("2026-03-09"));
    // 14 working days after Mon 9 March (the day of the decision does not count): Fri 27 March.
    expect(await rij(v.id)).toMatchObject({
      status: "in_uitvoering",
      besluitOp: "2026-03-09",
      uitvoeringTermijn: "2026-03-27",
    });
    const [besluit] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, besluitId));
    expect(besluit).toMatchObject({ soort: "toewijzing", status: "verzonden", opstellerId: staf.sanne.medewerker.id });
    expect((await gebeurtenissen(v.id)).at(-1)).toMatchObject({
      soort: "besluit",
      zichtbaarVoorClient: true,
      gegevens: { soort: "toewijzing" },
    });
    const mail = (await mails(v.id)).find((m) => m.sjabloon === "status_gewijzigd");
    expect(mail).toMatchObject({ aan: v.account.email, onderwerp: `Uw verzoek ${v.nummer} is gewijzigd` });
    expect(mail!.tekst).toContain("Wij hebben een besluit genomen. Wij voeren het nu uit.");
    expect((await auditRijen(v.id)).at(-1)).toMatchObject({
      actie: "besluit.toewijzing",
      onderdeel: "besluiten",
      rol: "backoffice",
    });

    await rondUitvoeringAf(staf.mehmet, v.id, 4, {}, op("2026-03-20"));
    const klaar = await rij(v.id);
    expect(klaar).toMatchObject({ status: "afgerond", versie: 5 });
    expect(klaar.afgerondOp).toEqual(new Date("2026-03-20T10:00:00+01:00"));
    expect((await gebeurtenissen(v.id)).at(-1)).toMatchObject({ soort: "uitgevoerd", zichtbaarVoorClient: true });
    expect((await mails(v.id)).filter((m) => m.sjabloon === "status_gewijzigd")).toHaveLength(2);
  });

  it("a representative's request is granted only after their own identity and their authority were checked", async () => {
    const v = await maakVerzoek({
      status: "in_behandeling",
      relatie: "ouder_met_gezag",
      betrokkene: { naam: "Lina Bos", geboortedatum: "2017-03-02", email: "" },
      clientId: await clientId(DEMO.clienten.kind9.clientnummer),
    });
    await geweigerd(v.id, "identiteit_onbevestigd", () => besluitToewijzen(staf.sanne, v.id, 1));
    await legitimeer(staf.sanne, v.id, 1, { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "PQ42" });
    const zonderGezag = await geweigerd(v.id, "vertegenwoordiging_onbevestigd", () =>
      besluitToewijzen(staf.sanne, v.id, 2),
    );
    expect(zonderGezag.message).toContain("gezagsregister");
    await controleerVertegenwoordiging(staf.sanne, v.id, 2, {
      bewijsSoort: "gezagsregister",
      bewijs: "Uittreksel gezagsregister gezien op 4 maart.",
    });
    await besluitToewijzen(staf.sanne, v.id, 3);
    expect((await rij(v.id)).status).toBe("in_uitvoering");
  });

  it("a refusal is drafted with grounds that fit the right and a motivation of 20 characters or more, for the directie to sign", async () => {
    const v = await maakVerzoek({ status: "in_behandeling" });
    const motivering = "Het dossier bevat gegevens over uw ex-partner; die delen wij niet.";
    await geweigerd(v.id, "grond_verplicht", () =>
      stelAfwijzingOp(staf.sanne, v.id, 1, { soort: "afwijzing", motivering }),
    );
    await geweigerd(v.id, "grond_ongeldig", () =>
      stelAfwijzingOp(staf.sanne, v.id, 1, { soort: "afwijzing", gronden: ["gegevens_juist"], motivering }),
    );
    const kort = await geweigerd(v.id, "motivering_te_kort", () =>
      stelAfwijzingOp(staf.sanne, v.id, 1, {
        soort: "afwijzing",
        gronden: ["rechten_en_vrijheden_anderen"],
        motivering: "Nee.",
      }),
    );
    expect(kort.veld).toBe("motivering");
    await geweigerd(v.id, "soort_verplicht", () =>
      stelAfwijzingOp(staf.sanne, v.id, 1, {
        soort: "toewijzing",
        gronden: ["rechten_en_vrijheden_anderen"],
        motivering,
      }),
    );

    const { besluitId } = await stelAfwijzingOp(staf.sanne, v.id, 1, {
      soort: "gedeeltelijke_afwijzing",
      gronden: ["rechten_en_vrijheden_anderen"],
      motivering,
    });
    const [besluit] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, besluitId));
    expect(besluit).toMatchObject({
      soort: "gedeeltelijke_afwijzing",
      gronden: ["rechten_en_vrijheden_anderen"],
      motivering,
      status: "ter_ondertekening",
      opstellerId: staf.sanne.medewerker.id,
      ondertekendDoor: null,
    });
    expect(await rij(v.id)).toMatchObject({ status: "wacht_op_directie", versie: 2 });
    // Nothing for the client yet: no e-mail, no event on their timeline.
    expect(await mails(v.id)).toEqual([]);
    expect((await mijnVerzoek(v.account, v.nummer))!.tijdlijn.map((g) => g.soort)).toEqual(["ontvangen"]);
    expect((await gebeurtenissen(v.id)).at(-1)).toMatchObject({
      soort: "concept_ter_ondertekening",
      zichtbaarVoorClient: false,
    });
    // A second decision on the same request is not possible while the draft waits.
    await geweigerd(v.id, "stap_niet_mogelijk", () => besluitToewijzen(staf.sanne, v.id, 2));
    await geweigerd(v.id, "stap_niet_mogelijk", () =>
      sluitZonderBesluit(staf.sanne, v.id, 2, { sluitReden: "dubbel_verzoek", toelichting: "Dubbel" }),
    );
  });

  it("'kennelijk ongegrond of buitensporig' is a motivated draft with its own ground", async () => {
    const v = await maakVerzoek({ status: "in_behandeling" });
    await geweigerd(v.id, "motivering_verplicht", () => markeerKennelijkOngegrond(staf.anouk, v.id, 1, {}));
    const { besluitId } = await markeerKennelijkOngegrond(staf.anouk, v.id, 1, {
      motivering: "Dit is het zesde gelijke verzoek in twee maanden.",
    });
    const [besluit] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, besluitId));
    expect(besluit).toMatchObject({
      soort: "kennelijk_ongegrond",
      gronden: ["kennelijk_ongegrond_of_buitensporig"],
      status: "ter_ondertekening",
    });
    expect((await auditRijen(v.id)).at(-1)).toMatchObject({
      actie: "besluit.concept_ter_ondertekening",
      rol: "directie",
    });
  });

  it("refuses a decision in the wrong state and by the wrong role", async () => {
    const nieuw = await maakVerzoek();
    await geweigerd(nieuw.id, "stap_niet_mogelijk", () => besluitToewijzen(staf.sanne, nieuw.id, 1));
    await geweigerd(nieuw.id, "stap_niet_mogelijk", () => rondUitvoeringAf(staf.sanne, nieuw.id, 1));
    const bezig = await maakVerzoek({ status: "in_behandeling" });
    await geweigerd(bezig.id, "geen_toegang", () => besluitToewijzen(staf.pieter, bezig.id, 1));
    await geweigerd(bezig.id, "geen_toegang", () =>
      stelAfwijzingOp(staf.pieter, bezig.id, 1, {
        soort: "afwijzing",
        gronden: ["rechten_en_vrijheden_anderen"],
        motivering: "x".repeat(30),
      }),
    );
  });
});

describe("withdrawal, closing, notes and messages", () => {
  it("registers a withdrawal made by phone: ingetrokken, pause closed, draft lapsed, client e-mailed", async () => {
    const v = await maakVerzoek({ status: "in_behandeling" });
    await stelAfwijzingOp(staf.sanne, v.id, 1, {
      soort: "afwijzing",
      gronden: ["rechten_en_vrijheden_anderen"],
      motivering: "Gegevens van derden staan in het hele dossier.",
    });
    await geweigerd(v.id, "toelichting_verplicht", () => registreerIntrekking(staf.sanne, v.id, 2, {}));
    await registreerIntrekking(
      staf.sanne,
      v.id,
      2,
      { toelichting: "Cliënt belde op 5 maart en trok het verzoek in." },
      op("2026-03-05"),
    );
    const na = await rij(v.id);
    expect(na).toMatchObject({ status: "ingetrokken", versie: 3 });
    expect(na.afgerondOp).toEqual(new Date("2026-03-05T10:00:00+01:00"));
    const [besluit] = await testDb().db.select().from(besluiten).where(eq(besluiten.verzoekId, v.id));
    expect(besluit!.status).toBe("vervallen");
    const eigen = await mijnVerzoek(v.account, v.nummer);
    expect(eigen!.tijdlijn.at(-1)).toMatchObject({ soort: "ingetrokken" });
    expect(JSON.stringify(eigen)).not.toContain("belde");
    expect((await mails(v.id)).map((m) => m.sjabloon)).toEqual(["status_gewijzigd"]);
    expect((await auditRijen(v.id)).at(-1)).toMatchObject({ actie: "verzoek.ingetrokken", actorSoort: "medewerker" });
    await geweigerd(v.id, "stap_niet_mogelijk", () =>
      registreerIntrekking(staf.sanne, v.id, 3, { toelichting: "Nog eens" }),
    );
  });

  it("closes a duplicate without a decision; the client reads why", async () => {
    const v = await maakVerzoek({ taal: "en" });
    await geweigerd(v.id, "sluitreden_verplicht", () =>
      sluitZonderBesluit(staf.sanne, v.id, 1, { sluitReden: "zomaar", toelichting: "x" }),
    );
    await sluitZonderBesluit(staf.sanne, v.id, 1, {
      sluitReden: "dubbel_verzoek",
      toelichting: "Zelfde als AVG-2026-000001.",
    });
    expect((await rij(v.id)).status).toBe("afgerond");
    expect((await gebeurtenissen(v.id)).find((g) => g.soort === "gesloten")).toMatchObject({
      zichtbaarVoorClient: true,
      gegevens: { sluitReden: "dubbel_verzoek" },
    });
    const [mail] = await mails(v.id);
    expect(mail!.taal).toBe("en");
    expect(mail!.tekst).toContain(SLUIT_REDEN_TEKST.dubbel_verzoek.en);
    expect(mail!.tekst).not.toContain("AVG-2026-000001");
  });

  it("an internal note never reaches the client; a message does, by a notice e-mail without its content", async () => {
    const v = await maakVerzoek();
    await schrijfNotitie(staf.sanne, v.id, 1, { tekst: "Let op: moeder belde ook al." });
    await stuurBerichtAanClient(staf.sanne, v.id, 2, { tekst: "Wij hebben uw verzoek in behandeling genomen." });
    await geweigerd(v.id, "bericht_leeg", () => stuurBerichtAanClient(staf.sanne, v.id, 3, { tekst: " \r\n " }));
    await geweigerd(v.id, "bericht_te_lang", () => schrijfNotitie(staf.sanne, v.id, 3, { tekst: "x".repeat(5001) }));
    await geweigerd(v.id, "bsn_niet_toegestaan", () => schrijfNotitie(staf.sanne, v.id, 3, { tekst: "BSN 111222333" }));
    const client = await berichtenVan(testDb().db, v.id, { metIntern: false });
    expect(client.map((b) => b.tekst)).toEqual(["Wij hebben uw verzoek in behandeling genomen."]);
    const staff = (await bekijkVerzoek(staf.sanne, v.id)).berichten;
    expect(staff.map((b) => [b.intern, b.auteur])).toEqual([
      [true, DEMO.medewerkers.backoffice.naam],
      [false, DEMO.medewerkers.backoffice.naam],
    ]);
    const alle = await mails(v.id);
    expect(alle.map((m) => m.sjabloon)).toEqual(["nieuw_bericht"]);
    expect(alle[0]!.tekst).not.toContain("behandeling genomen");
    expect((await auditRijen(v.id)).map((r) => r.actie)).toEqual([
      "notitie.toegevoegd",
      "bericht.verstuurd",
      "verzoek.bekeken",
    ]);
  });
});

describe("the audit view of one request", () => {
  it("lists who did what to this request and its client, newest first, and verifies the chain on request", async () => {
    const laura = DEMO.clienten.volwassene;
    const [client] = await testDb().db.select().from(clienten).where(eq(clienten.clientnummer, laura.clientnummer));
    const v = await maakVerzoek();
    await pakOp(staf.sanne, v.id, 1);
    await koppel(staf.mehmet, v.id, 2, { clientId: client!.id });
    const zonder = await auditVanVerzoek(staf.anouk, v.id);
    expect(zonder.keten).toBeNull();
    expect(zonder.verzoek).toEqual({ id: v.id, nummer: v.nummer, clientnummer: laura.clientnummer });
    const vanDitVerzoek = zonder.regels.filter((r) => r.ditVerzoek);
    expect(vanDitVerzoek.map((r) => [r.actie, r.wie, r.rol])).toEqual([
      ["verzoek.gekoppeld", DEMO.medewerkers.backoffice2.naam, "backoffice"],
      ["verzoek.opgepakt", DEMO.medewerkers.backoffice.naam, "backoffice"],
    ]);
    // The client's other audit rows (e.g. the demo seed) are included, marked as not this request.
    expect(zonder.regels.some((r) => !r.ditVerzoek)).toBe(true);

    // The whole-chain check reads the whole log: the directie only.
    const backoffice = await auditVanVerzoek(staf.sanne, v.id, { ketenControleren: true });
    expect(backoffice).toMatchObject({ keten: null, ketenControleerbaar: false });
    expect(backoffice.regels[0]).toMatchObject({
      actie: "audit.bekeken",
      wie: DEMO.medewerkers.directie.naam,
      rol: "directie",
    });
    const directie = await auditVanVerzoek(staf.anouk, v.id, { ketenControleren: true });
    expect(directie).toMatchObject({ keten: { ok: true }, ketenControleerbaar: true });
    expect(directie.keten!.ok && directie.keten!.rijen).toBeGreaterThan(directie.regels.length);
    const [laatste] = await testDb()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.verzoekId, v.id))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(laatste).toMatchObject({ actie: "audit.bekeken", details: { ketenGecontroleerd: true } });
    expect((await fout(auditVanVerzoek(staf.pieter, v.id))).code).toBe("geen_toegang");
  });
});

describe("two staff members at the same moment (PostgreSQL)", () => {
  it("two claims of the same request: exactly one succeeds, the other is told it changed", async () => {
    for (let ronde = 0; ronde < 5; ronde++) {
      const v = await maakVerzoek();
      const uitslagen = await Promise.allSettled([pakOp(staf.sanne, v.id, 1), pakOp(staf.mehmet, v.id, 1)]);
      const gelukt = uitslagen.filter((u) => u.status === "fulfilled");
      const mislukt = uitslagen.filter((u): u is PromiseRejectedResult => u.status === "rejected");
      expect(gelukt).toHaveLength(1);
      expect(mislukt).toHaveLength(1);
      expect(mislukt[0]!.reason).toBeInstanceOf(VerzoekIntussenGewijzigd);
      const na = await rij(v.id);
      expect(na.versie).toBe(2);
      expect([staf.sanne.medewerker.id, staf.mehmet.medewerker.id]).toContain(na.behandelaarId);
      expect((await auditRijen(v.id)).map((r) => r.actie)).toEqual(["verzoek.opgepakt"]);
      expect((await gebeurtenissen(v.id)).filter((g) => g.soort === "opgepakt")).toHaveLength(1);
    }
  });

  it("two decisions on the same version: one wins, and there is one decision", async () => {
    for (let ronde = 0; ronde < 5; ronde++) {
      const v = await maakVerzoek({ status: "in_behandeling", clientId: await lauraId() });
      // Docs/decisions/018: the grant needs the identity level first, reached through the service.
      await legitimeer(staf.sanne, v.id, 1, { wijze: "video", documentType: "paspoort", laatsteVier: "RT55" });
      const uitslagen = await Promise.allSettled([
        besluitToewijzen(staf.sanne, v.id, 2),
        stelAfwijzingOp(staf.mehmet, v.id, 2, {
          soort: "afwijzing",
          gronden: ["rechten_en_vrijheden_anderen"],
          motivering: "Het dossier gaat vooral over een ander gezinslid.",
        }),
      ]);
      expect(uitslagen.filter((u) => u.status === "fulfilled")).toHaveLength(1);
      const mislukt = uitslagen.find((u): u is PromiseRejectedResult => u.status === "rejected")!;
      expect(mislukt.reason).toBeInstanceOf(VerzoekIntussenGewijzigd);
      const alle = await testDb().db.select().from(besluiten).where(eq(besluiten.verzoekId, v.id));
      expect(alle).toHaveLength(1);
      const na = await rij(v.id);
      expect(na.versie).toBe(3);
      expect(na.status).toBe(alle[0]!.soort === "toewijzing" ? "in_uitvoering" : "wacht_op_directie");
      const acties = (await auditRijen(v.id)).map((r) => r.actie).filter((a) => a !== "identiteit.gelegitimeerd");
      expect(acties).toHaveLength(1);
      expect(["besluit.toewijzing", "besluit.concept_ter_ondertekening"]).toContain(acties[0]);
      const statusMails = await testDb()
        .db.select()
        .from(uitgaandeMail)
        .where(and(eq(uitgaandeMail.verzoekId, v.id), inArray(uitgaandeMail.sjabloon, ["status_gewijzigd"])));
      expect(statusMails).toHaveLength(alle[0]!.soort === "toewijzing" ? 1 : 0);
    }
  });
});
