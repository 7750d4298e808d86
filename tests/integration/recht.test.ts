/**
 * Right in law (issue 12), against a real database: an objection is refused on the ground that
 * fits the register (AVG art. 21 lid 1), a partial refusal of inzage names the date the copy is
 * due (art. 12 lid 3), the inzage answer is complete (art. 15 lid 1 sub g and h, lid 2 and 3) and
 * the client's own request page shows what they filed, in words.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO, seedDemoIfEmpty } from "../../db/demo.server";
import {
  accounts,
  besluiten,
  clienten,
  dossierItems,
  medewerkers,
  organisatie,
  verwerkingen,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { briefRegels } from "~/domain/besluitbrief";
import { requestDeadlines } from "~/domain/deadlines";
import type { Verzoektype } from "~/domain/request-types";
import { stelAfwijzingOp, type BehandelActor } from "~/services/behandeling.server";
import { dienVerzoekIn } from "~/services/intake.server";
import { inzageOverzicht } from "~/services/inzage.server";
import { mijnVerzoek } from "~/services/mijn.server";
import { slaReglementOp } from "~/services/beheer.server";
import { gevraagdeRegels } from "~/domain/gevraagd";
import { BERICHTEN } from "~/i18n/berichten";
import { maakConcept, maakMedewerker, onderteken, type Medewerker } from "../support/besluiten";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const sanne: BehandelActor = { medewerker: { id: "" } };
let opsteller: Medewerker;
let directeur: Medewerker;
let volgnummer = 950_000;

beforeAll(async () => {
  await seedDemoIfEmpty();
  const [b] = await testDb()
    .db.select({ id: medewerkers.id })
    .from(medewerkers)
    .where(eq(medewerkers.email, DEMO.medewerkers.backoffice.email));
  sanne.medewerker.id = b!.id;
  opsteller = await maakMedewerker("Opsteller Fictief", ["backoffice"]);
  directeur = await maakMedewerker("Directeur Fictief", ["directie"]);
});

const op = (dag: string, tijd = "10:00") => ({ nu: new Date(`${dag}T${tijd}:00+01:00`) });

/** A request filed through the portal by a fresh account, as intake stores it. */
async function maakVerzoek(type: Verzoektype, details: Record<string, unknown>, status = "in_behandeling") {
  const email = `recht-${++volgnummer}@test.example`;
  const [account] = await testDb()
    .db.insert(accounts)
    .values({ email, naam: "Testpersoon" })
    .returning({ id: accounts.id });
  const ontvangenOp = "2026-03-02";
  const t = requestDeadlines({ type, receivedOn: ontvangenOp });
  const [rij] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer: `AVG-2026-${String(volgnummer).padStart(6, "0")}`,
      type,
      status,
      ingediendDoorAccountId: account!.id,
      indiener: { naam: "Indiener Test", email, relatie: "zelf" },
      betrokkene: { naam: "Indiener Test", geboortedatum: "1980-01-01", email },
      details,
      taal: "nl",
      ontvangenOp,
      ontvangenTijdstip: new Date(`${ontvangenOp}T09:00:00+01:00`),
      identiteit: "email_bevestigd",
      doelTermijn: t.target,
      wettelijkeTermijn: t.legalLimit,
      uitvoeringTermijn: t.execution,
    })
    .returning({ id: verzoeken.id, nummer: verzoeken.nummer, versie: verzoeken.versie });
  await testDb().db.insert(verzoekGebeurtenissen).values({
    verzoekId: rij!.id,
    soort: "ontvangen",
    zichtbaarVoorClient: true,
    actorSoort: "client",
    actorId: account!.id,
  });
  return { ...rij!, account: { soort: "client" as const, account: { id: account!.id } } };
}

const MOTIVERING = "Wij declareren uw begeleiding bij de gemeente omdat de Wmo dat van ons vraagt.";

describe("bezwaar: 'art. 21 does not apply' (AVG art. 21 lid 1; art. 6 lid 1 sub b, c)", () => {
  it("an objection to the Wmo declaration is refused on that ground, not on a weighing, as the register says", async () => {
    const v = await maakVerzoek("bezwaar", {
      verwerking: { sleutel: "declaratie", versie: 1, naam: "Declaratie en financiële administratie" },
      situatie: "Ik wil dit niet.",
    });
    await expect(
      stelAfwijzingOp(
        sanne,
        v.id,
        v.versie,
        { soort: "afwijzing", gronden: ["dwingende_gerechtvaardigde_gronden"], motivering: MOTIVERING },
        op("2026-03-10"),
      ),
    ).rejects.toMatchObject({ code: "bezwaar_niet_mogelijk", veld: "gronden" });
    expect(await testDb().db.select().from(besluiten).where(eq(besluiten.verzoekId, v.id))).toHaveLength(0);
    const { besluitId } = await stelAfwijzingOp(
      sanne,
      v.id,
      v.versie,
      { soort: "afwijzing", gronden: ["bezwaar_niet_van_toepassing"], motivering: MOTIVERING },
      op("2026-03-10"),
    );
    const [b] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, besluitId));
    expect(b).toMatchObject({
      soort: "afwijzing",
      gronden: ["bezwaar_niet_van_toepassing"],
      status: "ter_ondertekening",
    });
  });

  it("where the register says objection is possible, 'does not apply' is refused", async () => {
    const v = await maakVerzoek("bezwaar", {
      verwerking: { sleutel: "kwaliteitsonderzoek", versie: 1, naam: "Kwaliteitsonderzoek" },
      situatie: "Ik wil niet meer benaderd worden.",
    });
    await expect(
      stelAfwijzingOp(
        sanne,
        v.id,
        v.versie,
        { soort: "afwijzing", gronden: ["bezwaar_niet_van_toepassing"], motivering: MOTIVERING },
        op("2026-03-10"),
      ),
    ).rejects.toMatchObject({ code: "bezwaar_wel_mogelijk" });
  });

  it("the signed letter tells the client in plain words why they cannot object, and cites art. 21 and art. 6", async () => {
    const c = await maakConcept({
      opsteller,
      type: "bezwaar",
      gronden: ["bezwaar_niet_van_toepassing"],
      motivering: MOTIVERING,
    });
    const { resultaat } = await onderteken(directeur, c.besluitId, op("2026-03-20"));
    expect(resultaat.ok).toBe(true);
    const [b] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, c.besluitId));
    const tekst = briefRegels(b!.document as never).join("\n");
    expect(tekst).toContain("Tegen dit gebruik van uw gegevens kunt u geen bezwaar maken.");
    expect(tekst).toContain("art. 21 lid 1 AVG (alleen bij art. 6 lid 1 sub e of f); art. 6 lid 1 sub b en c AVG");
  });
});

describe("partial refusal of inzage: the copy's date (AVG art. 12 lid 3)", () => {
  it("the signed letter says by which day the copy comes: the legal limit, not 'zo snel mogelijk'", async () => {
    const c = await maakConcept({
      opsteller,
      soort: "gedeeltelijke_afwijzing",
      type: "inzage",
      ontvangenOp: "2026-03-02",
    });
    const { resultaat } = await onderteken(directeur, c.besluitId, op("2026-03-20"));
    expect(resultaat).toMatchObject({ ok: true, status: "in_uitvoering" });
    const [b] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, c.besluitId));
    const tekst = briefRegels(b!.document as never).join("\n");
    expect(tekst).toContain("Die kopie krijgt u uiterlijk op 2 april 2026");
    expect(tekst).not.toContain("zo snel mogelijk");
  });

  it("and in English", async () => {
    const c = await maakConcept({
      opsteller,
      soort: "gedeeltelijke_afwijzing",
      type: "inzage",
      ontvangenOp: "2026-03-02",
      taal: "en",
    });
    const { resultaat } = await onderteken(directeur, c.besluitId, op("2026-03-20"));
    expect(resultaat.ok).toBe(true);
    const [b] = await testDb().db.select().from(besluiten).where(eq(besluiten.id, c.besluitId));
    const tekst = briefRegels(b!.document as never).join("\n");
    expect(tekst).toContain("by 2 April 2026 at the latest");
    expect(tekst).not.toContain("as soon as possible");
  });
});

async function maakClient(nummer: string) {
  const [c] = await testDb()
    .db.insert(clienten)
    .values({ clientnummer: nummer, voornamen: "Testa", achternaam: `Persoon ${nummer}`, geboortedatum: "1985-04-12" })
    .returning({ id: clienten.id });
  return c!.id;
}

describe("retention in the inzage answer (art. 7:454 lid 3 BW; AVG art. 15 lid 1 sub d)", () => {
  it("states the period from the day each record was made, the rule the portal applies; never 'na de laatste wijziging'", async () => {
    const clientId = await maakClient("R-BEWAAR-1");
    await testDb()
      .db.insert(dossierItems)
      .values({
        clientId,
        categorie: "zorg",
        titel: "Verslag",
        inhoud: { verslag: "Gesprek." },
        aangemaaktOp: new Date("2021-01-10T10:00:00Z"),
        gewijzigdOp: new Date("2025-11-22T10:00:00Z"),
      });
    const nl = await inzageOverzicht(testDb().db, clientId, { soort: "inzage", nu: new Date("2026-03-20T10:00:00Z") });
    const per = (c: string) => nl.categorieen.find((x) => x.categorie === c)!.bewaartermijn;
    expect(per("zorg")).toBe("20 jaar vanaf de dag dat elk gegeven is vastgelegd (WGBO, art. 7:454 lid 3 BW)");
    expect(per("financieel")).toBe(
      "7 jaar vanaf de dag dat elk gegeven is vastgelegd (fiscale bewaarplicht, art. 52 AWR)",
    );
    expect(per("personalia")).toBe("1 jaar na het einde van de zorg");
    expect(
      JSON.stringify(nl.categorieen.map((c) => [c.bewaartermijn, c.verwerkingen.map((v) => v.bewaartermijn)])),
    ).not.toMatch(/laatste wijziging/);
    const en = await inzageOverzicht(testDb().db, clientId, {
      soort: "inzage",
      taal: "en",
      nu: new Date("2026-03-20T10:00:00Z"),
    });
    expect(en.categorieen.find((x) => x.categorie === "zorg")!.bewaartermijn).toBe(
      "20 years from the day each record was made (WGBO, Article 7:454(3) Dutch Civil Code)",
    );
  });
});

describe("the client's own request page shows what they filed (issue 12 item 15)", () => {
  it("a correction filed through the wizard comes back row by row, as written", async () => {
    const [account] = await testDb()
      .db.insert(accounts)
      .values({ email: "gevraagd@test.example" })
      .returning({ id: accounts.id });
    const r = await dienVerzoekIn(
      { accountId: account!.id },
      {
        gegevens: {
          indiener: { voorWie: "zelf" },
          betrokkene: { naam: "Jorien Testpersoon", geboortedatum: "21-04-1988" },
          type: "correctie",
          correctie: {
            rijen: [{ welk: "Adres", nu: "Lindelaan 1", moetZijn: "Lindelaan 3", waarom: "Ik ben verhuisd." }],
          },
        },
        idempotentieSleutel: "recht-gevraagd-1",
        taal: "nl",
      },
      { nu: new Date("2026-03-02T10:00:00Z") },
    );
    const v = await mijnVerzoek({ soort: "client", account: { id: account!.id } }, r.nummer);
    expect(v!.gevraagd).toEqual({
      type: "correctie",
      rijen: [{ welk: "Adres", nu: "Lindelaan 1", moetZijn: "Lindelaan 3", waarom: "Ik ben verhuisd." }],
    });
    expect(gevraagdeRegels(v!.gevraagd!, BERICHTEN.nl.verzoek)[0]!.waarde).toBe(
      "Welk gegeven? Adres\nWat staat er nu? Lindelaan 1\nWat moet er staan? Lindelaan 3\nWaarom? Ik ben verhuisd.",
    );
  });
});

describe("a complete art. 15 answer (lid 1 sub g and h, lid 2, lid 3)", () => {
  it("names the source where not the client, automated decision-making, transfers outside the EEA and the fee for a further copy", async () => {
    const clientId = await maakClient("R-ART15-1");
    const leeg = await inzageOverzicht(testDb().db, clientId, {
      soort: "inzage",
      nu: new Date("2026-03-20T10:00:00Z"),
    });
    // The demo register: no automated decisions, no transfer, the source of the care record named; the first copy free.
    expect(leeg.aanvullend.geautomatiseerd).toEqual([expect.stringContaining("alleen door een computer")]);
    expect(leeg.aanvullend.doorgifte).toEqual([expect.stringContaining("buiten de Europese Economische Ruimte")]);
    expect(leeg.aanvullend.herkomst).toContain("Zorgverlening en begeleiding: cliënt, verwijzer, zorgverlener");
    expect(leeg.aanvullend.kopie).toMatch(/^De eerste kopie is gratis/);

    await testDb()
      .db.update(verwerkingen)
      .set({
        doorgifteBuitenEer:
          "enquêtedienst in de Verenigde Staten, met de standaardcontractbepalingen van de Europese Commissie.",
      })
      .where(eq(verwerkingen.sleutel, "kwaliteitsonderzoek"));
    await testDb().db.update(organisatie).set({ kostenExtraKopieCent: 750 });
    try {
      const nl = await inzageOverzicht(testDb().db, clientId, {
        soort: "inzage",
        nu: new Date("2026-03-20T10:00:00Z"),
      });
      expect(nl.aanvullend.doorgifte).toEqual([
        "Kwaliteitsonderzoek en cliënttevredenheid: enquêtedienst in de Verenigde Staten, met de standaardcontractbepalingen van de Europese Commissie.",
      ]);
      expect(nl.aanvullend.kopie).toContain("Vraagt u later nog een kopie, dan vragen wij daarvoor € 7,50.");
      const en = await inzageOverzicht(testDb().db, clientId, {
        soort: "inzage",
        taal: "en",
        nu: new Date("2026-03-20T10:00:00Z"),
      });
      expect(en.aanvullend.kopie).toContain(
        "The first copy is free. If you ask for another copy later, we charge €7.50 for it.",
      );
      expect(en.aanvullend.geautomatiseerd[0]).toMatch(/by computer alone/);
    } finally {
      await testDb()
        .db.update(verwerkingen)
        .set({ doorgifteBuitenEer: null })
        .where(eq(verwerkingen.sleutel, "kwaliteitsonderzoek"));
      await testDb().db.update(organisatie).set({ kostenExtraKopieCent: 0 });
    }
  });
});

describe("the beheerder sets the fee for a further copy (art. 15 lid 3)", () => {
  it("stores a reasonable fee, refuses an unreasonable one and changes nothing", async () => {
    const [b] = await testDb()
      .db.select({ id: medewerkers.id })
      .from(medewerkers)
      .where(eq(medewerkers.email, DEMO.medewerkers.beheerder.email));
    const basis = { termijnen: {}, extraSluitingsdagen: [], downloadGeldigDagen: 14, maxDownloads: 5 };
    await expect(slaReglementOp(b!.id, { ...basis, kostenExtraKopieCent: 9900 })).rejects.toMatchObject({
      fouten: { kostenExtraKopie: { code: "ongeldige_kopiekosten" } },
    });
    const [voor] = await testDb().db.select().from(organisatie);
    expect(voor!.kostenExtraKopieCent).toBe(0);
    const na = await slaReglementOp(b!.id, { ...basis, kostenExtraKopieCent: 500 });
    expect(na.kostenExtraKopieCent).toBe(500);
    await slaReglementOp(b!.id, { ...basis, kostenExtraKopieCent: 0 });
  });
});
