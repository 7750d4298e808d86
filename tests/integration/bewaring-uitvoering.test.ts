/**
 * Erasure within the retention rules (app/services/uitvoering.server.ts voerVerwijderingUit,
 * app/domain/bewaring.ts) against a real database: an 8-year-old financial record goes, a 5-year-old
 * care record is afgeschermd (WGBO 20 years), personalia stay to link the kept record, packages lose
 * their key, recipients are told once, and an open complaint holds everything.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  clienten,
  dossierItems,
  medewerkers,
  ontvangerMeldingen,
  organisatie,
  pakketten,
  uitgaandeMail,
  verstrekkingen,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { verwijderplan, voerVerwijderingUit, zichtbaarDossier, type UitvoeringActor } from "~/services/uitvoering.server";
import { legitimeer } from "~/services/behandeling.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const NU = new Date("2026-11-20T10:00:00Z"); // Friday 20 November 2026
const backoffice: UitvoeringActor = { medewerker: { id: "" } };
let teller = 0;

beforeAll(async () => {
  await testDb().db.insert(organisatie).values({ id: 1, naam: "Testpraktijk" }).onConflictDoNothing();
  const [b] = await testDb().db.insert(medewerkers).values({ email: "bo@test.example", naam: "Backoffice Test", rollen: ["backoffice"] }).returning();
  backoffice.medewerker.id = b!.id;
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
      status: "voormalig",
      uitZorgOp: "2022-01-31",
      lopendeKlachtOfCalamiteit: opties.klacht ?? false,
    })
    .returning({ id: clienten.id });
  return c!.id;
}

async function maakVerzoek(clientId: string) {
  teller += 1;
  const [v] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer: `AVG-2026-${String(700_000 + teller)}`,
      type: "verwijdering",
      status: "in_uitvoering",
      indiener: { naam: "Testa", email: `wis${teller}@test.example`, relatie: "zelf" },
      betrokkene: { naam: "Testa", geboortedatum: "1979-02-03", email: `wis${teller}@test.example` },
      clientId,
      ontvangenOp: "2026-10-20",
      doelTermijn: "2026-11-17",
      wettelijkeTermijn: "2026-11-20",
      besluitOp: "2026-11-13",
      uitvoeringTermijn: "2027-02-13",
    })
    .returning({ id: verzoeken.id, versie: verzoeken.versie });
  // Docs/decisions/018: a change to the dossier needs the identity level, reached through the service.
  const { versie } = await legitimeer(backoffice, v!.id, v!.versie, { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "UV01" }, { nu: NU });
  return { id: v!.id, versie };
}

async function item(clientId: string, categorie: "personalia" | "zorg" | "financieel", datum: string) {
  const op = new Date(`${datum}T10:00:00Z`);
  const [i] = await testDb()
    .db.insert(dossierItems)
    .values({ clientId, categorie, titel: `${categorie} ${datum}`, inhoud: { tekst: "x" }, aangemaaktOp: op, gewijzigdOp: op })
    .returning({ id: dossierItems.id });
  return i!.id;
}

describe("verwijdering", () => {
  it("deletes financial data older than 7 years, blocks the 5-year-old care record and says so", async () => {
    const clientId = await maakClient();
    const personalia = await item(clientId, "personalia", "2017-03-01");
    const zorg = await item(clientId, "zorg", "2021-11-20"); // 5 years old on 2026-11-20
    const financieel = await item(clientId, "financieel", "2018-11-19"); // 8 years old
    await testDb().db.insert(verstrekkingen).values([
      { clientId, ontvanger: "Huisarts Test", ontvangerEmail: "huisarts@test.example", datum: "2021-05-01", rechtsgrond: "toestemming" },
      { clientId, ontvanger: "Huisarts Test", ontvangerEmail: "huisarts@test.example", datum: "2021-09-01", rechtsgrond: "toestemming" },
      { clientId, ontvanger: "Jeugdarts Test", datum: "2021-10-01", rechtsgrond: "wettelijke plicht" },
    ]);
    const v = await maakVerzoek(clientId);
    const [pakket] = await testDb()
      .db.insert(pakketten)
      .values({ verzoekId: v.id, soort: "inzage", opslagSleutel: "pakket/test.zip.enc", sleutel: new Uint8Array(32).fill(7), verlooptOp: new Date("2026-12-01T00:00:00Z") })
      .returning({ id: pakketten.id });

    const vooraf = await verwijderplan(backoffice, v.id, { nu: NU });
    expect(vooraf.uitgevoerd).toBe(false);

    const { plan } = await voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU });
    const d = testDb().db;
    const over = await d.select().from(dossierItems).where(eq(dossierItems.clientId, clientId)).orderBy(asc(dossierItems.categorie));
    expect(over.map((i) => i.id).sort()).toEqual([personalia, zorg].sort());
    expect(over.find((i) => i.id === financieel)).toBeUndefined();
    const zorgRij = over.find((i) => i.id === zorg)!;
    expect([zorgRij.afgeschermd, zorgRij.afschermReden]).toEqual([true, "wettelijke bewaarplicht (WGBO): 20 jaar"]);
    const persRij = over.find((i) => i.id === personalia)!;
    expect([persRij.afgeschermd, persRij.afschermReden]).toEqual([true, "nodig om het bewaarde dossier aan de juiste persoon te kunnen koppelen"]);
    expect(await zichtbaarDossier(d, clientId)).toEqual([]);

    const zorgPlan = plan.categorieen.find((c) => c.categorie === "zorg")!;
    expect(zorgPlan).toMatchObject({ verwijderd: 0, afgeschermd: 1 });
    expect(zorgPlan.redenen[0]).toMatchObject({ nl: "wettelijke bewaarplicht (WGBO): 20 jaar", en: "statutory retention duty (WGBO): 20 years", bewarenTot: "2041-11-20" });
    expect(plan.categorieen.find((c) => c.categorie === "financieel")).toMatchObject({ verwijderd: 1, afgeschermd: 0 });
    expect(plan.samenvatting.nl).toBe(
      "1 gegeven verwijderd. 2 gegevens afgeschermd omdat: wettelijke bewaarplicht (WGBO): 20 jaar; nodig om het bewaarde dossier aan de juiste persoon te kunnen koppelen.",
    );
    // The letter's source after execution: the plan as carried out.
    const achteraf = await verwijderplan(backoffice, v.id, { nu: NU });
    expect(achteraf.uitgevoerd).toBe(true);
    expect(achteraf.categorieen).toEqual(plan.categorieen);

    const [p] = await d.select().from(pakketten).where(eq(pakketten.id, pakket!.id));
    expect([p!.sleutel, p!.status]).toEqual([null, "vervallen"]);

    const meldingen = await d.select().from(ontvangerMeldingen).where(eq(ontvangerMeldingen.verzoekId, v.id)).orderBy(asc(ontvangerMeldingen.ontvanger));
    expect(meldingen.map((m) => [m.ontvanger, m.soort, m.mailId === null])).toEqual([
      ["Huisarts Test", "verwijdering", false],
      ["Jeugdarts Test", "verwijdering", true],
    ]);
    const brieven = await d.select().from(uitgaandeMail).where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "ontvanger_melding")));
    expect(brieven.map((b) => b.aan)).toEqual(["huisarts@test.example"]);
    expect(brieven[0]!.tekst).toContain("verwijderd");

    const [klaar] = await d.select().from(uitgaandeMail).where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "uitvoering_klaar")));
    expect(klaar!.tekst).toContain("afgeschermd omdat: wettelijke bewaarplicht (WGBO): 20 jaar");
    const [event] = await d.select().from(verzoekGebeurtenissen).where(and(eq(verzoekGebeurtenissen.verzoekId, v.id), eq(verzoekGebeurtenissen.soort, "uitgevoerd")));
    expect(event!.zichtbaarVoorClient).toBe(true);
    const [na] = await d.select().from(verzoeken).where(eq(verzoeken.id, v.id));
    expect(na!.status).toBe("afgerond");
    const [a] = await d.select().from(auditLog).where(and(eq(auditLog.verzoekId, v.id), eq(auditLog.actie, "dossier.verwijderd")));
    expect(a!.details).toMatchObject({ verwijderd: [{ id: financieel, categorie: "financieel" }], pakkettenSleutelVernietigd: 1 });

    // A second run is refused: the request is done, nothing is told twice.
    await expect(voerVerwijderingUit(backoffice, v.id, na!.versie, { nu: NU })).rejects.toMatchObject({ code: "stap_niet_mogelijk" });
    expect(await d.select().from(ontvangerMeldingen).where(eq(ontvangerMeldingen.verzoekId, v.id))).toHaveLength(2);
  });

  it("holds everything while a complaint is open", async () => {
    const clientId = await maakClient({ klacht: true });
    await item(clientId, "personalia", "2010-01-01");
    await item(clientId, "financieel", "2010-01-01");
    await item(clientId, "zorg", "2001-01-01");
    const v = await maakVerzoek(clientId);
    const { plan } = await voerVerwijderingUit(backoffice, v.id, v.versie, { nu: NU });
    const over = await testDb().db.select().from(dossierItems).where(eq(dossierItems.clientId, clientId));
    expect(over).toHaveLength(3);
    expect(over.every((i) => i.afgeschermd && i.afschermReden?.startsWith("er loopt een klacht"))).toBe(true);
    expect(plan.samenvatting.nl).toMatch(/^0 gegevens verwijderd\. 3 gegevens afgeschermd omdat: er loopt een klacht/);
  });

  it("refuses a stale version", async () => {
    const clientId = await maakClient();
    const fin = await item(clientId, "financieel", "2010-01-01");
    const v = await maakVerzoek(clientId);
    await expect(voerVerwijderingUit(backoffice, v.id, v.versie + 3, { nu: NU })).rejects.toMatchObject({ code: "intussen_gewijzigd" });
    expect(await testDb().db.select().from(dossierItems).where(eq(dossierItems.id, fin))).toHaveLength(1);
  });
});
