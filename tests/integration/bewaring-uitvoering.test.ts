/**
 * Erasure at the client's request against a real database (WGBO art. 7:455 BW; AVG art. 17;
 * docs/decisions/022): care records are destroyed, not restricted; what an exception keeps needs a
 * signed partial refusal first and is afgeschermd with its ground and date; a partial erasure
 * erases only what was chosen; a full erasure that keeps nothing also destroys the relations,
 * consents, disclosure log and document files and reduces the client row to its number.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  besluiten,
  clienten,
  dossierItems,
  ontvangerMeldingen,
  pakketten,
  relaties,
  toestemmingen,
  uitgaandeMail,
  verstrekkingen,
  verzoeken,
} from "../../db/schema";
import { verwijderplan, voerVerwijderingUit, type UitvoeringActor } from "~/services/uitvoering.server";
import { besluitToewijzen, legitimeer, stelAfwijzingOp } from "~/services/behandeling.server";
import { kiesVerwijderSelectie, zetBewaarUitzondering } from "~/services/verwijdering.server";
import { gebruikOpslag, lokaleOpslag, type Opslag } from "~/services/opslag.server";
import { useFreshDatabase } from "../support/database";
import { praktijkMetMedewerker } from "../support/praktijk";

const testDb = useFreshDatabase();
const NU = new Date("2026-11-20T10:00:00Z"); // Friday 20 November 2026
const backoffice: UitvoeringActor = { medewerker: { id: "" } };
let teller = 0;
let map = "";
let opslag: Opslag;

beforeAll(async () => {
  backoffice.medewerker.id = await praktijkMetMedewerker(testDb().db);
  map = await mkdtemp(path.join(tmpdir(), "wis-"));
  opslag = lokaleOpslag(map);
  gebruikOpslag(opslag);
});

afterAll(async () => {
  gebruikOpslag(undefined);
  await rm(map, { recursive: true, force: true });
});

async function maakClient(opties: { klacht?: boolean } = {}) {
  teller += 1;
  const [c] = await testDb()
    .db.insert(clienten)
    .values({
      clientnummer: `E-${teller}`,
      voornamen: "Testa",
      achternaam: `Wisser${teller}`,
      geboortedatum: "1979-02-03",
      email: `testa${teller}@test.example`,
      telefoon: "0612345678",
      straat: "Lindelaan 1",
      postcode: "1234 AB",
      plaats: "Teststad",
      status: "voormalig",
      uitZorgOp: "2026-01-31",
      lopendeKlachtOfCalamiteit: opties.klacht ?? false,
    })
    .returning({ id: clienten.id });
  return c!.id;
}

async function maakVerzoek(clientId: string, opties: { status?: string; details?: Record<string, unknown> } = {}) {
  teller += 1;
  const [v] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer: `AVG-2026-${String(700_000 + teller)}`,
      type: "verwijdering",
      status: opties.status ?? "in_uitvoering",
      details: opties.details ?? { omvang: "alles" },
      indiener: { naam: "Testa", email: `wis${teller}@test.example`, relatie: "zelf" },
      betrokkene: { naam: "Testa", geboortedatum: "1979-02-03", email: `wis${teller}@test.example` },
      clientId,
      ontvangenOp: "2026-10-20",
      doelTermijn: "2026-11-17",
      wettelijkeTermijn: "2026-11-20",
      besluitOp: "2026-11-13",
      uitvoeringTermijn: "2027-01-20",
    })
    .returning({ id: verzoeken.id, versie: verzoeken.versie });
  // Docs/decisions/018: a change to the dossier needs the identity level, reached through the service.
  const { versie } = await legitimeer(
    backoffice,
    v!.id,
    v!.versie,
    { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "UV01" },
    { nu: NU },
  );
  return { id: v!.id, versie };
}

async function item(
  clientId: string,
  categorie: "personalia" | "contact" | "zorg" | "financieel" | "documenten",
  datum: string,
  extra: Partial<typeof dossierItems.$inferInsert> = {},
) {
  const op = new Date(`${datum}T10:00:00Z`);
  const [i] = await testDb()
    .db.insert(dossierItems)
    .values({
      clientId,
      categorie,
      titel: `${categorie} ${datum}`,
      inhoud: { tekst: "x" },
      aangemaaktOp: op,
      gewijzigdOp: op,
      ...extra,
    })
    .returning({ id: dossierItems.id });
  return i!.id;
}

/** A partial refusal the directie signed (the signing itself is tested in ondertekening.test.ts). */
async function getekendeDeelafwijzing(verzoekId: string, gronden: string[]) {
  await testDb().db.insert(besluiten).values({
    verzoekId,
    soort: "gedeeltelijke_afwijzing",
    gronden,
    motivering: "Een deel blijft bewaard.",
    status: "verzonden",
    opstellerId: backoffice.medewerker.id,
  });
}

const dossierVan = (clientId: string) =>
  testDb()
    .db.select()
    .from(dossierItems)
    .where(eq(dossierItems.clientId, clientId))
    .orderBy(asc(dossierItems.categorie));

describe("verwijdering", () => {
  it("destroys a 5-year-old care record on request (not restricted), and a full erasure leaves only the client's number", async () => {
    const d = testDb().db;
    const clientId = await maakClient();
    await item(clientId, "personalia", "2017-03-01");
    await item(clientId, "zorg", "2021-11-20"); // 5 years old: the 20 years of art. 7:454 lid 3 do not block the request
    await item(clientId, "financieel", "2018-11-19"); // 8 years old: past the fiscal duty
    await opslag.put("documenten/brief.pdf", Readable.from([Buffer.from("%PDF-1.4 test")]));
    await item(clientId, "documenten", "2022-02-02", {
      documentSleutel: "documenten/brief.pdf",
      bestandsnaam: "brief.pdf",
    });
    await d.insert(relaties).values({ clientId, soort: "gemachtigde", naam: "Gemachtigde Test", externId: "R-1" });
    const [t] = await d
      .insert(toestemmingen)
      .values({ clientId, omschrijving: "Delen met de huisarts", gegevenOp: "2021-01-01" })
      .returning();
    await d.insert(verstrekkingen).values([
      {
        clientId,
        ontvanger: "Huisarts Test",
        ontvangerEmail: "huisarts@test.example",
        datum: "2021-05-01",
        rechtsgrond: "toestemming",
        toestemmingId: t!.id,
        categorieen: ["zorg"],
      },
      {
        clientId,
        ontvanger: "Jeugdarts Test",
        datum: "2021-10-01",
        rechtsgrond: "wettelijke plicht",
        categorieen: ["zorg"],
      },
    ]);
    const v = await maakVerzoek(clientId);
    const [pakket] = await d
      .insert(pakketten)
      .values({
        verzoekId: v.id,
        soort: "inzage",
        opslagSleutel: "pakket/test.zip.enc",
        sleutel: new Uint8Array(32).fill(7),
        verlooptOp: new Date("2026-12-01T00:00:00Z"),
      })
      .returning({ id: pakketten.id });

    const vooraf = await verwijderplan(backoffice, v.id, { nu: NU });
    expect([vooraf.uitgevoerd, vooraf.gronden]).toEqual([false, []]);

    const { plan } = await voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU });
    expect(await dossierVan(clientId)).toEqual([]);
    expect(plan.samenvatting.nl).toBe("4 gegevens vernietigd.");
    expect(await opslag.grootte("documenten/brief.pdf")).toBeNull();

    // Art. 19 first, then the disclosure log, consents and relations go; the row keeps only its number.
    const meldingen = await d
      .select()
      .from(ontvangerMeldingen)
      .where(eq(ontvangerMeldingen.verzoekId, v.id))
      .orderBy(asc(ontvangerMeldingen.ontvanger));
    expect(meldingen.map((m) => [m.ontvanger, m.soort, m.mailId === null])).toEqual([
      ["Huisarts Test", "verwijdering", false],
      ["Jeugdarts Test", "verwijdering", true],
    ]);
    expect(await d.select().from(verstrekkingen).where(eq(verstrekkingen.clientId, clientId))).toEqual([]);
    expect(await d.select().from(toestemmingen).where(eq(toestemmingen.clientId, clientId))).toEqual([]);
    expect(await d.select().from(relaties).where(eq(relaties.clientId, clientId))).toEqual([]);
    const [c] = await d.select().from(clienten).where(eq(clienten.id, clientId));
    expect(c).toMatchObject({
      clientnummer: expect.stringMatching(/^E-/),
      voornamen: "",
      achternaam: "[gewist]",
      email: null,
      telefoon: null,
      straat: "",
      postcode: "",
      plaats: "",
      gewistOp: NU,
    });

    const [p] = await d.select().from(pakketten).where(eq(pakketten.id, pakket!.id));
    expect([p!.sleutel, p!.status]).toEqual([null, "vervallen"]);
    const [klaar] = await d
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "uitvoering_klaar")));
    expect(klaar!.tekst).toContain("4 gegevens vernietigd.");
    expect(klaar!.tekst).not.toContain("afgeschermd");
    const [a] = await d
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.verzoekId, v.id), eq(auditLog.actie, "dossier.verwijderd")));
    expect(a!.details).toMatchObject({
      omvang: "alles",
      pakkettenSleutelVernietigd: 1,
      client: { gepseudonimiseerd: true, relaties: 1, toestemmingen: 1, verstrekkingen: 2 },
    });
    const [na] = await d.select().from(verzoeken).where(eq(verzoeken.id, v.id));
    expect(na!.status).toBe("afgerond");
    await expect(voerVerwijderingUit(backoffice, v.id, na!.versie, { nu: NU })).rejects.toMatchObject({
      code: "stap_niet_mogelijk",
    });
  });

  it("keeps a financial record under the fiscal duty only after a signed partial refusal, restricted with its reason and date", async () => {
    const d = testDb().db;
    const clientId = await maakClient();
    const personalia = await item(clientId, "personalia", "2017-03-01");
    const zorg = await item(clientId, "zorg", "2021-11-20");
    const factuur = await item(clientId, "financieel", "2022-06-01"); // 4 years old: art. 52 AWR keeps it until 2029
    const v = await maakVerzoek(clientId);

    const plan = await verwijderplan(backoffice, v.id, { nu: NU });
    expect(plan.gronden).toEqual(["wettelijke_bewaarplicht"]);
    // A grant that keeps data is impossible: nothing changes until the directie signed the partial refusal.
    await expect(voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU })).rejects.toMatchObject({
      code: "deelafwijzing_vereist",
    });
    expect(await dossierVan(clientId)).toHaveLength(3);

    await getekendeDeelafwijzing(v.id, ["wettelijke_bewaarplicht"]);
    const { plan: gedaan } = await voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU });
    const over = await dossierVan(clientId);
    expect(over.map((i) => i.id).sort()).toEqual([factuur, personalia].sort());
    expect(over.find((i) => i.id === zorg)).toBeUndefined();
    const f = over.find((i) => i.id === factuur)!;
    expect([f.afgeschermd, f.afschermReden]).toEqual([
      true,
      "de belastingwet verplicht ons financiële gegevens 7 jaar te bewaren (artikel 52 AWR) (bewaren tot 1 juni 2029)",
    ]);
    expect(over.find((i) => i.id === personalia)!.afgeschermd).toBe(true);
    expect(gedaan.samenvatting.nl).toBe(
      "1 gegeven vernietigd. 2 gegevens bewaard en afgeschermd omdat: de belastingwet verplicht ons financiële gegevens 7 jaar te bewaren (artikel 52 AWR); nodig om de gegevens die wij moeten bewaren aan de juiste persoon te koppelen.",
    );
    // Something is kept: the client row stays whole, to link it (docs/decisions/022).
    const [c] = await d.select().from(clienten).where(eq(clienten.id, clientId));
    expect([c!.achternaam.startsWith("Wisser"), c!.gewistOp]).toEqual([true, null]);
  });

  it("tells each earlier recipient of a kept category that it is restricted, and only about what it received (AVG art. 19)", async () => {
    const d = testDb().db;
    const clientId = await maakClient();
    await item(clientId, "zorg", "2021-11-20");
    await item(clientId, "financieel", "2022-06-01"); // kept under art. 52 AWR
    await d.insert(verstrekkingen).values([
      {
        clientId,
        ontvanger: "Administratiekantoor Fictief",
        ontvangerEmail: "admin@fictief.example",
        datum: "2025-01-10",
        rechtsgrond: "overeenkomst",
        categorieen: ["financieel"],
      },
      {
        clientId,
        ontvanger: "Lab Fictief",
        ontvangerEmail: "lab@fictief.example",
        datum: "2025-02-10",
        rechtsgrond: "toestemming",
        categorieen: ["zorg"],
      },
    ]);
    const v = await maakVerzoek(clientId, { details: { omvang: "deel", welkDeel: "Alles wat u van mij heeft" } });
    const alle = (await dossierVan(clientId)).map((i) => i.id);
    await d.update(verzoeken).set({ verwijderSelectie: alle }).where(eq(verzoeken.id, v.id));
    await getekendeDeelafwijzing(v.id, ["wettelijke_bewaarplicht"]);
    await voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU });

    const meldingen = await d
      .select()
      .from(ontvangerMeldingen)
      .where(eq(ontvangerMeldingen.verzoekId, v.id))
      .orderBy(asc(ontvangerMeldingen.ontvanger), asc(ontvangerMeldingen.soort));
    expect(meldingen.map((m) => [m.ontvanger, m.soort, m.categorieen])).toEqual([
      ["Administratiekantoor Fictief", "afscherming", ["financieel"]],
      ["Lab Fictief", "verwijdering", ["zorg"]],
    ]);
    const [brief] = await d
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.aan, "admin@fictief.example"), eq(uitgaandeMail.verzoekId, v.id)));
    expect(brief!.tekst).toContain("afgeschermd (beperkt in gebruik)");
    expect(brief!.tekst).toContain("financiële gegevens");
    // The recipients' rows stay: they are needed to tell them when the restriction ends.
    expect(await d.select().from(verstrekkingen).where(eq(verstrekkingen.clientId, clientId))).toHaveLength(2);
  });

  it("a partial erasure destroys only the items staff matched to what the client asked", async () => {
    const clientId = await maakClient();
    const gevraagd = await item(clientId, "zorg", "2023-05-05");
    const ander = await item(clientId, "zorg", "2024-05-05");
    const personalia = await item(clientId, "personalia", "2017-03-01");
    const v = await maakVerzoek(clientId, { details: { omvang: "deel", welkDeel: "Het verslag van mei 2023" } });
    // Nothing chosen yet: nothing is erased (today's code erased the whole dossier).
    await expect(voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU })).rejects.toMatchObject({
      code: "verwijder_selectie_ontbreekt",
    });
    await testDb()
      .db.update(verzoeken)
      .set({ verwijderSelectie: [gevraagd] })
      .where(eq(verzoeken.id, v.id));
    const { plan } = await voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU });
    expect((await dossierVan(clientId)).map((i) => [i.id, i.afgeschermd]).sort()).toEqual(
      [
        [ander, false],
        [personalia, false],
      ].sort(),
    );
    expect(plan.samenvatting.nl).toBe("1 gegeven vernietigd.");
    const [c] = await testDb().db.select().from(clienten).where(eq(clienten.id, clientId));
    expect(c!.gewistOp).toBeNull();
  });

  it("holds everything in scope while a complaint is open, and only after a signed partial refusal citing that ground", async () => {
    const clientId = await maakClient({ klacht: true });
    await item(clientId, "personalia", "2010-01-01");
    await item(clientId, "zorg", "2001-01-01");
    const v = await maakVerzoek(clientId);
    await getekendeDeelafwijzing(v.id, ["wettelijke_bewaarplicht"]);
    await expect(voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU })).rejects.toMatchObject({
      code: "verwijdergrond_ontbreekt",
    });
    await getekendeDeelafwijzing(v.id, ["lopende_klacht_of_calamiteit"]);
    const { plan } = await voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU });
    const over = await dossierVan(clientId);
    expect(over.every((i) => i.afgeschermd && i.afschermReden?.startsWith("er loopt een klacht"))).toBe(true);
    expect(plan.samenvatting.nl).toMatch(
      /^0 gegevens vernietigd\. 2 gegevens bewaard en afgeschermd omdat: er loopt een klacht/,
    );
  });

  it("refuses a stale version", async () => {
    const clientId = await maakClient();
    const fin = await item(clientId, "financieel", "2010-01-01");
    const v = await maakVerzoek(clientId);
    await expect(voerVerwijderingUit(backoffice, v.id, v.versie + 3, { nu: NU })).rejects.toMatchObject({
      code: "intussen_gewijzigd",
    });
    expect(await testDb().db.select().from(dossierItems).where(eq(dossierItems.id, fin))).toHaveLength(1);
  });
});

describe("the decision on an erasure (docs/decisions/022)", () => {
  it("refuses a grant while the plan keeps data; the partial refusal must cite every ground; staff exceptions and the partial scope are recorded", async () => {
    const clientId = await maakClient();
    const zorg = await item(clientId, "zorg", "2022-01-01");
    await item(clientId, "financieel", "2024-01-01");
    const v = await maakVerzoek(clientId, { status: "in_behandeling" });
    await expect(besluitToewijzen(backoffice, v.id, v.versie, {}, { nu: NU })).rejects.toMatchObject({
      code: "verwijdering_bewaart_gegevens",
    });
    // A full refusal on an erasure ground would promise a restriction nothing carries out.
    await expect(
      stelAfwijzingOp(
        backoffice,
        v.id,
        v.versie,
        {
          soort: "afwijzing",
          gronden: ["wettelijke_bewaarplicht"],
          motivering: "Wij moeten de facturen zeven jaar bewaren.",
        },
        { nu: NU },
      ),
    ).rejects.toMatchObject({ code: "verwijdering_vraagt_deelafwijzing" });
    // Staff keep the care record for someone else's substantial interest, with a motivation.
    const { versie } = await zetBewaarUitzondering(
      backoffice,
      v.id,
      v.versie,
      {
        categorie: "zorg",
        grond: "aanmerkelijk_belang_ander",
        motivering: "Het verslag is nodig voor de zorg aan de broer van de cliënt.",
      },
      { nu: NU },
    );
    const plan = await verwijderplan(backoffice, v.id, { nu: NU });
    expect(plan.gronden).toEqual(["wettelijke_bewaarplicht", "aanmerkelijk_belang_ander"]);
    expect(plan.categorieen.find((c) => c.categorie === "zorg")!.redenen[0]).toMatchObject({
      grond: "aanmerkelijk_belang_ander",
      bewarenTot: "2042-01-01",
    });
    await expect(
      stelAfwijzingOp(
        backoffice,
        v.id,
        versie,
        {
          soort: "gedeeltelijke_afwijzing",
          gronden: ["wettelijke_bewaarplicht"],
          motivering: "Wij moeten de facturen zeven jaar bewaren.",
        },
        { nu: NU },
      ),
    ).rejects.toMatchObject({ code: "verwijdergrond_ontbreekt" });
    await stelAfwijzingOp(
      backoffice,
      v.id,
      versie,
      {
        soort: "gedeeltelijke_afwijzing",
        gronden: ["wettelijke_bewaarplicht", "aanmerkelijk_belang_ander"],
        motivering: "Wij bewaren de facturen en één verslag.",
      },
      { nu: NU },
    );
    expect(zorg).toBeTruthy();

    // A partial request: the scope is chosen while the request is in behandeling, only from the client's own items.
    const ander = await maakClient();
    const vreemd = await item(ander, "zorg", "2022-01-01");
    const eigen = await item(clientId, "personalia", "2020-01-01");
    const deel = await maakVerzoek(clientId, {
      status: "in_behandeling",
      details: { omvang: "deel", welkDeel: "Mijn adres" },
    });
    await expect(besluitToewijzen(backoffice, deel.id, deel.versie, {}, { nu: NU })).rejects.toMatchObject({
      code: "verwijder_selectie_ontbreekt",
    });
    await expect(kiesVerwijderSelectie(backoffice, deel.id, deel.versie, [vreemd], { nu: NU })).rejects.toMatchObject({
      code: "verwijder_selectie_leeg",
    });
    const { versie: v2 } = await kiesVerwijderSelectie(backoffice, deel.id, deel.versie, [eigen], { nu: NU });
    await besluitToewijzen(backoffice, deel.id, v2, {}, { nu: NU });
    const [na] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, deel.id));
    expect([na!.status, na!.verwijderSelectie]).toEqual(["in_uitvoering", [eigen]]);
  });
});
