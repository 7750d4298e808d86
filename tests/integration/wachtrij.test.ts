import { randomUUID } from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { accounts, clienten, medewerkers, verzoeken, type MedewerkerRol } from "../../db/schema";
import { DomainError } from "~/domain/errors";
import type { VerzoekStatus } from "~/domain/request-state";
import type { Verzoektype } from "~/domain/request-types";
import { urgentieTekst } from "~/domain/wachtrij";
import { dashboard } from "~/services/dashboard.server";
import { startSessie } from "~/services/sessies.server";
import { wachtrij, type MedewerkerActor, type Wachtrij } from "~/services/wachtrij.server";
import { loader as backofficeLoader } from "~/routes/backoffice";
import { loader as wachtrijLoader } from "~/routes/backoffice._index";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();

/** "Today" in these tests: Tuesday 10 March 2026, 10:00 in Amsterdam. */
const NU = new Date("2026-03-10T10:00:00+01:00");

type Staf = { id: string; actor: MedewerkerActor };
let sanne: Staf; // backoffice (fictional staff)
let joris: Staf; // backoffice
let directeur: Staf; // directie
let beheerder: Staf; // beheerder only
let clientId = "";

async function maakMedewerker(naam: string, rollen: MedewerkerRol[]): Promise<Staf> {
  const [rij] = await testDb()
    .db.insert(medewerkers)
    .values({ naam, email: `${naam.toLowerCase().replace(/\W+/g, ".")}@praktijk.example`, rollen })
    .returning({ id: medewerkers.id });
  return { id: rij!.id, actor: { soort: "medewerker", medewerker: { id: rij!.id, rollen } } };
}

let volgnummer = 0;

type NieuwVerzoek = {
  nummer?: string;
  type?: Verzoektype;
  status?: VerzoekStatus;
  naam?: string;
  doel: string;
  wettelijk?: string;
  ontvangenOp?: string;
  behandelaarId?: string | null;
  clientId?: string | null;
  identiteit?: string;
  gepauzeerdeDagen?: number;
  verlengd?: boolean;
  afgerondOp?: Date | null;
  id?: string;
};

async function maakVerzoeken(lijst: NieuwVerzoek[]): Promise<{ id: string; nummer: string }[]> {
  if (lijst.length === 0) return [];
  return testDb()
    .db.insert(verzoeken)
    .values(
      lijst.map((v) => {
        const nummer = v.nummer ?? `AVG-2026-${String(++volgnummer).padStart(6, "0")}`;
        const naam = v.naam ?? "Testpersoon Een";
        return {
          ...(v.id ? { id: v.id } : {}),
          nummer,
          type: v.type ?? "inzage",
          status: v.status ?? "ontvangen",
          indiener: { naam, email: "indiener@voorbeeld.example", relatie: "zelf" },
          betrokkene: { naam, geboortedatum: "1980-01-01", email: "indiener@voorbeeld.example" },
          ontvangenOp: v.ontvangenOp ?? "2026-02-20",
          doelTermijn: v.doel,
          wettelijkeTermijn: v.wettelijk ?? v.doel,
          behandelaarId: v.behandelaarId ?? null,
          clientId: v.clientId ?? null,
          identiteit: v.identiteit ?? "bekend_adres",
          gepauzeerdeDagen: v.gepauzeerdeDagen ?? 0,
          verlengd: v.verlengd ?? false,
          afgerondOp: v.afgerondOp ?? null,
        };
      }),
    )
    .returning({ id: verzoeken.id, nummer: verzoeken.nummer });
}

async function leegVerzoeken() {
  await testDb().db.delete(verzoeken);
}

function nummers(w: Wachtrij): string[] {
  return w.rijen.map((r) => r.nummer);
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
  sanne = await maakMedewerker("Sanne Testbehandelaar", ["backoffice"]);
  joris = await maakMedewerker("Joris Testbehandelaar", ["backoffice"]);
  directeur = await maakMedewerker("Dirk Testdirecteur", ["directie"]);
  beheerder = await maakMedewerker("Bea Testbeheerder", ["beheerder"]);
  const [c] = await testDb()
    .db.insert(clienten)
    .values({ clientnummer: "C-TEST-1", voornamen: "Test", achternaam: "Cliënt", geboortedatum: "1980-01-01" })
    .returning({ id: clienten.id });
  clientId = c!.id;
});

describe("volgorde", () => {
  it("toont de vroegste doeltermijn eerst, dan de wettelijke termijn, dan het id", async () => {
    await leegVerzoeken();
    const ids = [randomUUID(), randomUUID(), randomUUID()].sort();
    await maakVerzoeken([
      { nummer: "AVG-2026-000901", doel: "2026-03-20", wettelijk: "2026-04-10" },
      { nummer: "AVG-2026-000902", doel: "2026-03-20", wettelijk: "2026-03-25" },
      { nummer: "AVG-2026-000903", doel: "2026-03-12", wettelijk: "2026-04-30" },
      // Three with the very same deadlines: the id decides, so the order is stable.
      { nummer: "AVG-2026-000904", doel: "2026-03-15", wettelijk: "2026-03-31", id: ids[2] },
      { nummer: "AVG-2026-000905", doel: "2026-03-15", wettelijk: "2026-03-31", id: ids[0] },
      { nummer: "AVG-2026-000906", doel: "2026-03-15", wettelijk: "2026-03-31", id: ids[1] },
      { nummer: "AVG-2026-000907", doel: "2026-03-01", wettelijk: "2026-03-05" },
    ]);
    const w = await wachtrij(sanne.actor, {}, { nu: NU });
    expect(nummers(w)).toEqual([
      "AVG-2026-000907",
      "AVG-2026-000903",
      "AVG-2026-000905",
      "AVG-2026-000906",
      "AVG-2026-000904",
      "AVG-2026-000902",
      "AVG-2026-000901",
    ]);
    expect(w.vorige).toBeNull();
    expect(w.volgende).toBeNull();
  });

  it("laat een afgerond of ingetrokken verzoek nooit zien, ook niet in de tellingen", async () => {
    await leegVerzoeken();
    await maakVerzoeken([
      {
        nummer: "AVG-2026-000911",
        doel: "2026-01-05",
        status: "afgerond",
        afgerondOp: new Date("2026-01-04T12:00:00Z"),
      },
      { nummer: "AVG-2026-000912", doel: "2026-01-06", status: "ingetrokken" },
      { nummer: "AVG-2026-000913", doel: "2026-03-30", status: "in_uitvoering" },
    ]);
    const w = await wachtrij(sanne.actor, { zoek: "AVG-2026-00091" }, { nu: NU });
    expect(nummers(w)).toEqual(["AVG-2026-000913"]);
    expect(w.totaal).toBe(1);
    expect(w.perStatus).toEqual({
      ontvangen: 0,
      in_behandeling: 0,
      wacht_op_client: 0,
      wacht_op_directie: 0,
      in_uitvoering: 1,
    });
  });
});

describe("een regel van de wachtrij", () => {
  it("geeft nummer, recht, naam, koppeling, termijnen, dagen, status, behandelaar en kenmerken", async () => {
    await leegVerzoeken();
    await maakVerzoeken([
      {
        nummer: "AVG-2026-000921",
        type: "correctie",
        status: "wacht_op_client",
        naam: "Mila de Testcliënt",
        ontvangenOp: "2026-02-10",
        doel: "2026-03-16",
        wettelijk: "2026-03-19",
        behandelaarId: sanne.id,
        clientId,
        identiteit: "geen",
        gepauzeerdeDagen: 6,
        verlengd: true,
      },
      { nummer: "AVG-2026-000922", doel: "2026-04-20", identiteit: "passkey" },
    ]);
    const w = await wachtrij(sanne.actor, {}, { nu: NU });
    expect(w.vandaag).toBe("2026-03-10");
    expect(w.rijen[0]).toEqual({
      id: expect.any(String),
      nummer: "AVG-2026-000921",
      type: "correctie",
      naam: "Mila de Testcliënt",
      gekoppeld: true,
      ontvangenOp: "2026-02-10",
      doelTermijn: "2026-03-16",
      wettelijkeTermijn: "2026-03-19",
      dagenOver: 6,
      urgentie: "binnenkort",
      status: "wacht_op_client",
      behandelaar: { id: sanne.id, naam: "Sanne Testbehandelaar" },
      gepauzeerd: true,
      gepauzeerdeDagen: 6,
      verlengd: true,
      identiteitOnbevestigd: true,
    });
    expect(w.rijen[1]).toMatchObject({
      nummer: "AVG-2026-000922",
      gekoppeld: false,
      behandelaar: null,
      gepauzeerd: false,
      verlengd: false,
      identiteitOnbevestigd: false,
    });
    expect(w.behandelaars).toEqual([
      { id: directeur.id, naam: "Dirk Testdirecteur" },
      { id: joris.id, naam: "Joris Testbehandelaar" },
      { id: sanne.id, naam: "Sanne Testbehandelaar" },
    ]);
  });

  it("rekent de dagen tot de doeltermijn op de kalender van Amsterdam: te laat, 7 en 8 dagen", async () => {
    await leegVerzoeken();
    await maakVerzoeken([
      { nummer: "AVG-2026-000931", doel: "2026-03-07" }, // zaterdag 7 maart: 3 dagen geleden
      { nummer: "AVG-2026-000932", doel: "2026-03-17" }, // dinsdag 17 maart: over 7 dagen
      { nummer: "AVG-2026-000933", doel: "2026-03-18" }, // woensdag 18 maart: over 8 dagen
    ]);
    const w = await wachtrij(sanne.actor, {}, { nu: NU });
    const zicht = w.rijen.map((r) => [r.nummer, r.dagenOver, r.urgentie, urgentieTekst(r.dagenOver).nl]);
    expect(zicht).toEqual([
      ["AVG-2026-000931", -3, "te_laat", "Te laat: 3 dagen"],
      ["AVG-2026-000932", 7, "binnenkort", "Nog 7 dagen"],
      ["AVG-2026-000933", 8, "op_schema", "Nog 8 dagen"],
    ]);
    // 23:30 UTC on 10 March is already 11 March in Amsterdam: one day less for each.
    const laat = await wachtrij(sanne.actor, {}, { nu: new Date("2026-03-10T23:30:00Z") });
    expect(laat.vandaag).toBe("2026-03-11");
    expect(laat.rijen.map((r) => r.dagenOver)).toEqual([-4, 6, 7]);
  });
});

describe("filters en zoeken", () => {
  beforeAll(async () => {
    await leegVerzoeken();
    await maakVerzoeken([
      { nummer: "AVG-2026-000101", type: "inzage", status: "ontvangen", doel: "2026-03-02", naam: "Anna Jansen" },
      {
        nummer: "AVG-2026-000102",
        type: "inzage",
        status: "in_behandeling",
        doel: "2026-03-20",
        behandelaarId: sanne.id,
        naam: "Bram Pietersen",
      },
      {
        nummer: "AVG-2026-000103",
        type: "bezwaar",
        status: "wacht_op_client",
        doel: "2026-03-09",
        behandelaarId: sanne.id,
        naam: "Cor de Vries",
      },
      {
        nummer: "AVG-2026-000104",
        type: "verwijdering",
        status: "in_behandeling",
        doel: "2026-03-10",
        behandelaarId: joris.id,
        naam: "Dina JANSEN-Smit",
      },
      {
        nummer: "AVG-2026-000105",
        type: "inzage",
        status: "wacht_op_directie",
        doel: "2026-04-01",
        behandelaarId: joris.id,
        naam: "Eva 50% Korting",
      },
      {
        nummer: "AVG-2026-001106",
        type: "dataportabiliteit",
        status: "in_uitvoering",
        doel: "2026-03-25",
        naam: "Fer Bakker",
      },
    ]);
  });

  const met = (filters: Parameters<typeof wachtrij>[1], actor = sanne.actor) => wachtrij(actor, filters, { nu: NU });

  it("filtert op recht", async () => {
    expect(nummers(await met({ type: "inzage" }))).toEqual(["AVG-2026-000101", "AVG-2026-000102", "AVG-2026-000105"]);
  });

  it("filtert op status", async () => {
    expect(nummers(await met({ status: "in_behandeling" }))).toEqual(["AVG-2026-000104", "AVG-2026-000102"]);
  });

  it("'mijn werk' toont alleen wat aan mij is toegewezen; 'niemand' wat nog niet is toegewezen", async () => {
    expect(nummers(await met({ behandelaar: "ik" }))).toEqual(["AVG-2026-000103", "AVG-2026-000102"]);
    expect(nummers(await met({ behandelaar: "ik" }, joris.actor))).toEqual(["AVG-2026-000104", "AVG-2026-000105"]);
    expect(nummers(await met({ behandelaar: "niemand" }))).toEqual(["AVG-2026-000101", "AVG-2026-001106"]);
    expect(nummers(await met({ behandelaar: joris.id }))).toEqual(["AVG-2026-000104", "AVG-2026-000105"]);
  });

  it("'te laat' toont alleen verzoeken waarvan de doeltermijn voorbij is (vandaag telt niet als te laat)", async () => {
    expect(nummers(await met({ teLaat: true }))).toEqual(["AVG-2026-000101", "AVG-2026-000103"]);
    expect(nummers(await met({ type: "inzage", teLaat: true }))).toEqual(["AVG-2026-000101"]);
  });

  it("'wacht op cliënt' toont alleen verzoeken waarvoor de klok stilstaat", async () => {
    expect(nummers(await met({ wachtOpClient: true }))).toEqual(["AVG-2026-000103"]);
  });

  it("zoekt op (het begin van) een verzoeknummer, zonder op hoofdletters te letten", async () => {
    expect(nummers(await met({ zoek: "AVG-2026-000104" }))).toEqual(["AVG-2026-000104"]);
    expect(nummers(await met({ zoek: "avg-2026-0001" }))).toEqual([
      "AVG-2026-000101",
      "AVG-2026-000103",
      "AVG-2026-000104",
      "AVG-2026-000102",
      "AVG-2026-000105",
    ]);
    // Only the beginning: "000104" is in the middle of the number.
    expect(nummers(await met({ zoek: "000104" }))).toEqual([]);
  });

  it("zoekt op een deel van de naam, zonder op hoofdletters te letten", async () => {
    expect(nummers(await met({ zoek: "jansen" }))).toEqual(["AVG-2026-000101", "AVG-2026-000104"]);
    expect(nummers(await met({ zoek: "DE VRIES" }))).toEqual(["AVG-2026-000103"]);
  });

  it("neemt % en _ in de zoektekst letterlijk", async () => {
    expect(nummers(await met({ zoek: "50%" }))).toEqual(["AVG-2026-000105"]);
    expect(nummers(await met({ zoek: "%" }))).toEqual(["AVG-2026-000105"]);
    expect(nummers(await met({ zoek: "_" }))).toEqual([]);
  });

  it("telt per open status binnen de filters, maar zonder het statusfilter", async () => {
    const alles = await met({});
    expect(alles.perStatus).toEqual({
      ontvangen: 1,
      in_behandeling: 2,
      wacht_op_client: 1,
      wacht_op_directie: 1,
      in_uitvoering: 1,
    });
    expect(alles.totaal).toBe(6);
    const inzageInBehandeling = await met({ type: "inzage", status: "in_behandeling" });
    expect(nummers(inzageInBehandeling)).toEqual(["AVG-2026-000102"]);
    expect(inzageInBehandeling.perStatus).toEqual({
      ontvangen: 1,
      in_behandeling: 1,
      wacht_op_client: 0,
      wacht_op_directie: 1,
      in_uitvoering: 0,
    });
    expect((await met({ behandelaar: "ik" })).perStatus).toEqual({
      ontvangen: 0,
      in_behandeling: 1,
      wacht_op_client: 1,
      wacht_op_directie: 0,
      in_uitvoering: 0,
    });
  });

  it("weigert een ongeldig filter of een aangepaste cursor en verandert niets", async () => {
    expect((await fout(met({ type: "klacht" as Verzoektype }))).code).toBe("ongeldig_filter");
    expect((await fout(met({ na: "bestaat-niet" }))).code).toBe("ongeldig_filter");
    expect((await fout(met({ behandelaar: "'; drop table verzoeken; --" }))).code).toBe("ongeldig_filter");
    const [{ n }] = (await testDb().query<{ n: number }>("select count(*)::int as n from verzoeken")) as [
      { n: number },
    ];
    expect(Number(n)).toBe(6);
  });
});

describe("bladeren (keyset)", () => {
  const AANTAL = 137;
  let verwacht: string[] = [];

  beforeAll(async () => {
    await leegVerzoeken();
    // Only 4 distinct target dates and 2 legal limits: most rows share their deadlines with many others.
    const lijst: NieuwVerzoek[] = [];
    for (let i = 0; i < AANTAL; i += 1) {
      lijst.push({
        doel: ["2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26"][i % 4]!,
        wettelijk: i % 3 === 0 ? "2026-04-02" : "2026-03-30",
        status: i % 5 === 0 ? "in_behandeling" : "ontvangen",
      });
    }
    // Closed rows with early deadlines must not shift any page.
    lijst.push({ doel: "2026-03-05", status: "afgerond", afgerondOp: new Date("2026-03-04T10:00:00Z") });
    lijst.push({ doel: "2026-03-05", status: "ingetrokken" });
    await maakVerzoeken(lijst);
    const alle = await testDb().query<{ nummer: string }>(
      `select nummer from verzoeken where status not in ('afgerond', 'ingetrokken')
       order by doel_termijn, wettelijke_termijn, id`,
    );
    verwacht = alle.map((r) => r.nummer);
    expect(verwacht).toHaveLength(AANTAL);
  });

  it("geeft elk open verzoek precies één keer, in volgorde, 50 per pagina", async () => {
    const paginas: string[][] = [];
    let w = await wachtrij(sanne.actor, {}, { nu: NU });
    expect(w.vorige).toBeNull();
    paginas.push(nummers(w));
    while (w.volgende) {
      w = await wachtrij(sanne.actor, { na: w.volgende }, { nu: NU });
      paginas.push(nummers(w));
    }
    expect(paginas.map((p) => p.length)).toEqual([50, 50, 37]);
    const gezien = paginas.flat();
    expect(new Set(gezien).size).toBe(gezien.length);
    expect(gezien).toEqual(verwacht);
  });

  it("gaat met 'Vorige' terug naar precies dezelfde pagina's", async () => {
    const een = await wachtrij(sanne.actor, {}, { nu: NU });
    const twee = await wachtrij(sanne.actor, { na: een.volgende! }, { nu: NU });
    const drie = await wachtrij(sanne.actor, { na: twee.volgende! }, { nu: NU });
    expect(drie.volgende).toBeNull();
    const terugTwee = await wachtrij(sanne.actor, { voor: drie.vorige! }, { nu: NU });
    expect(nummers(terugTwee)).toEqual(nummers(twee));
    expect(terugTwee.volgende).toBe(twee.volgende);
    const terugEen = await wachtrij(sanne.actor, { voor: terugTwee.vorige! }, { nu: NU });
    expect(nummers(terugEen)).toEqual(nummers(een));
    expect(terugEen.vorige).toBeNull();
  });

  it("bladert ook met filters, en de tellingen blijven die van het hele filter", async () => {
    const filters = { status: "ontvangen" as const };
    const gezien: string[] = [];
    let w = await wachtrij(sanne.actor, filters, { nu: NU });
    gezien.push(...nummers(w));
    while (w.volgende) {
      w = await wachtrij(sanne.actor, { ...filters, na: w.volgende }, { nu: NU });
      expect(w.perStatus.ontvangen).toBe(109);
      gezien.push(...nummers(w));
    }
    expect(gezien).toHaveLength(109); // 137 minus the 28 in behandeling
    expect(new Set(gezien).size).toBe(109);
  });
});

describe("dashboard", () => {
  it("telt open verzoeken per recht en per termijngroep, en het percentage op tijd per maand", async () => {
    await leegVerzoeken();
    const afgerond = (afgerondOp: string, wettelijk: string): NieuwVerzoek => ({
      status: "afgerond",
      doel: wettelijk,
      wettelijk,
      afgerondOp: new Date(afgerondOp),
    });
    await maakVerzoeken([
      // Open, "today" is 2026-03-10.
      { type: "inzage", doel: "2026-03-09" }, // te laat
      { type: "inzage", doel: "2026-03-10", status: "wacht_op_client" }, // 0 dagen
      { type: "bezwaar", doel: "2026-03-17" }, // 7 dagen
      { type: "bezwaar", doel: "2026-03-18", status: "in_uitvoering" }, // 8 dagen
      { type: "correctie", doel: "2026-03-24" }, // 14 dagen
      { type: "correctie", doel: "2026-03-25" }, // 15 dagen
      { type: "verwijdering", doel: "2026-04-07" }, // 28 dagen
      { type: "verwijdering", doel: "2026-04-08" }, // 29 dagen
      // Closed in March 2026 (Amsterdam): 2 on time, 1 late.
      afgerond("2026-03-02T09:00:00Z", "2026-03-02"), // same day as the limit: on time
      afgerond("2026-03-05T09:00:00Z", "2026-03-20"),
      // 23:30 UTC on 28 Feb is 00:30 on 1 March in Amsterdam: a March request, one day late.
      afgerond("2026-02-28T23:30:00Z", "2026-02-28"),
      // February 2026: 1 on time.
      afgerond("2026-02-10T12:00:00Z", "2026-02-11"),
      // April 2025 is the oldest month shown: 1 late (closed a day after the limit).
      afgerond("2025-04-01T08:00:00+02:00", "2025-03-31"),
      // March 2025 is outside the 12 months.
      afgerond("2025-03-31T12:00:00+02:00", "2025-04-30"),
      // Not counted: withdrawn, and closed without afgerondOp.
      { status: "ingetrokken", doel: "2026-03-01", afgerondOp: new Date("2026-03-03T10:00:00Z") },
      { status: "afgerond", doel: "2026-03-01", afgerondOp: null },
    ]);
    const d = await dashboard(directeur.actor, { nu: NU });
    expect(d.vandaag).toBe("2026-03-10");
    expect(d.open.totaal).toBe(8);
    expect(d.open.perRecht).toEqual({
      inzage: 2,
      correctie: 2,
      verwijdering: 2,
      afscherming: 0,
      bezwaar: 2,
      dataportabiliteit: 0,
      intrekking_toestemming: 0,
    });
    expect(d.open.perTermijn).toEqual({
      te_laat: 1,
      binnen_7_dagen: 2,
      "1_2_weken": 2,
      "2_4_weken": 2,
      later: 1,
    });
    expect(d.opTijd.map((m) => m.maand)).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(d.opTijd[11]).toEqual({ maand: "2026-03", afgerond: 3, opTijd: 2, percentage: 67 });
    expect(d.opTijd[10]).toEqual({ maand: "2026-02", afgerond: 1, opTijd: 1, percentage: 100 });
    expect(d.opTijd[0]).toEqual({ maand: "2025-04", afgerond: 1, opTijd: 0, percentage: 0 });
    expect(d.opTijd[5]).toEqual({ maand: "2025-09", afgerond: 0, opTijd: 0, percentage: null });
    expect(d.opTijdTotaal).toEqual({ afgerond: 5, opTijd: 3, percentage: 60 });
  });
});

describe("toegang", () => {
  it("weigert een beheerder zonder backoffice- of directierol", async () => {
    expect((await fout(wachtrij(beheerder.actor, {}, { nu: NU }))).code).toBe("geen_toegang");
    expect((await fout(dashboard(beheerder.actor, { nu: NU }))).code).toBe("geen_toegang");
    const nep = { soort: "client", account: { id: randomUUID() } } as unknown as MedewerkerActor;
    expect((await fout(wachtrij(nep, {}, { nu: NU }))).code).toBe("geen_toegang");
  });

  it("laat backoffice en directie toe", async () => {
    await expect(wachtrij(sanne.actor, {}, { nu: NU })).resolves.toMatchObject({ vandaag: "2026-03-10" });
    await expect(wachtrij(directeur.actor, {}, { nu: NU })).resolves.toMatchObject({ vandaag: "2026-03-10" });
  });

  describe("via de pagina /backoffice", () => {
    async function cookieVoor(wie: { medewerkerId: string } | { accountId: string }): Promise<string> {
      const setCookie = await startSessie(testDb().db, wie);
      return setCookie.split(";")[0]!;
    }

    async function laad(cookie?: string, zoek = ""): Promise<Response | unknown> {
      const request = new Request(`http://localhost/backoffice${zoek}`, {
        headers: cookie ? { Cookie: cookie } : {},
      });
      const args = { request, params: {}, context: { cspNonce: "" } } as unknown as LoaderFunctionArgs;
      try {
        await backofficeLoader(args);
        return await wachtrijLoader(args);
      } catch (thrown) {
        if (thrown instanceof Response) return thrown;
        throw thrown;
      }
    }

    it("stuurt iemand zonder sessie naar /backoffice/inloggen", async () => {
      const antwoord = (await laad(undefined, "?type=inzage")) as Response;
      expect(antwoord.status).toBe(302);
      expect(antwoord.headers.get("Location")).toBe(
        `/backoffice/inloggen?terug=${encodeURIComponent("/backoffice?type=inzage")}`,
      );
    });

    it("stuurt een cliënt ook naar /backoffice/inloggen: een cliëntsessie komt nooit op een medewerkerspagina", async () => {
      const [account] = await testDb()
        .db.insert(accounts)
        .values({ email: "client@voorbeeld.example" })
        .returning({ id: accounts.id });
      const antwoord = (await laad(await cookieVoor({ accountId: account!.id }))) as Response;
      expect(antwoord.status).toBe(302);
      expect(antwoord.headers.get("Location")).toMatch(/^\/backoffice\/inloggen\?terug=/);
    });

    it("stuurt een beheerder door naar /beheer, waar zijn werk is (geen doodlopende 403)", async () => {
      const antwoord = (await laad(await cookieVoor({ medewerkerId: beheerder.id }))) as Response;
      expect(antwoord).toBeInstanceOf(Response);
      expect(antwoord.status).toBe(302);
      expect(antwoord.headers.get("Location")).toBe("/beheer");
    });

    it("geeft de backoffice de wachtrij en het dashboard", async () => {
      await leegVerzoeken();
      await maakVerzoeken([{ nummer: "AVG-2026-000991", doel: "2026-12-01", behandelaarId: sanne.id }]);
      const data = (await laad(await cookieVoor({ medewerkerId: sanne.id }), "?behandelaar=ik")) as {
        wachtrij: Wachtrij | null;
        fouten: Record<string, string[]>;
      };
      expect(data.fouten).toEqual({});
      expect(data.wachtrij?.rijen.map((r) => r.nummer)).toEqual(["AVG-2026-000991"]);
    });

    it("meldt een ongeldig filter per veld en toont dan geen rijen", async () => {
      const data = (await laad(await cookieVoor({ medewerkerId: sanne.id }), "?type=klacht&status=afgerond")) as {
        wachtrij: Wachtrij | null;
        fouten: Record<string, string[]>;
      };
      expect(data.wachtrij).toBeNull();
      expect(data.fouten).toEqual({
        type: ["Kies een recht uit de lijst."],
        status: ["Kies een status uit de lijst."],
      });
    });
  });
});
