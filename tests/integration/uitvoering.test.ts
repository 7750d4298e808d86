/**
 * Carrying out correction, restriction, objection and consent withdrawal
 * (app/services/uitvoering.server.ts, ontvanger-meldingen.server.ts) against a real database:
 * before/after per field in the audit, each earlier recipient told exactly once (AVG art. 19),
 * restricted items gone from the staff view and only lifted by the directie, an upheld objection
 * stopping the processing, a withdrawn consent refusing later disclosures, and optimistic locking.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  clienten,
  dossierItems,
  ontvangerMeldingen,
  toestemmingen,
  uitgaandeMail,
  verstrekkingen,
  verwerkingen,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { VerzoekIntussenGewijzigd } from "~/domain/behandeling";
import { meldOntvangers } from "~/services/ontvanger-meldingen.server";
import {
  heffAfschermingOp,
  honoreerBezwaar,
  isVerwerkingGestopt,
  magVerstrekken,
  registreerVerstrekking,
  schermAf,
  trekToestemmingIn,
  uitvoeringOverzicht,
  UitvoeringFout,
  voerCorrectieUit,
  zichtbaarDossier,
  type UitvoeringActor,
} from "~/services/uitvoering.server";
import { legitimeer } from "~/services/behandeling.server";
import { useFreshDatabase } from "../support/database";
import { maakMedewerker, praktijkMetMedewerker } from "../support/praktijk";

const testDb = useFreshDatabase();
const NU = new Date("2026-11-20T10:00:00Z"); // Friday 20 November 2026, Amsterdam
const backoffice: UitvoeringActor = { medewerker: { id: "" } };
const directie: UitvoeringActor = { medewerker: { id: "" } };
let teller = 0;

beforeAll(async () => {
  const d = testDb().db;
  backoffice.medewerker.id = await praktijkMetMedewerker(d);
  directie.medewerker.id = await maakMedewerker(d, {
    email: "dir@test.example",
    naam: "Directie Test",
    rollen: ["directie"],
  });
});

async function maakClient() {
  teller += 1;
  const [c] = await testDb()
    .db.insert(clienten)
    .values({
      clientnummer: `T-${teller}`,
      voornamen: "Testa",
      achternaam: `Persoon${teller}`,
      geboortedatum: "1985-04-12",
    })
    .returning({ id: clienten.id });
  return c!.id;
}

async function maakVerzoek(clientId: string, type: string, details: Record<string, unknown> = {}) {
  teller += 1;
  const [v] = await testDb()
    .db.insert(verzoeken)
    .values({
      nummer: `AVG-2026-${String(800_000 + teller)}`,
      type,
      status: "in_uitvoering",
      indiener: { naam: "Testa", email: `client${teller}@test.example`, relatie: "zelf" },
      betrokkene: { naam: "Testa", geboortedatum: "1985-04-12", email: `client${teller}@test.example` },
      clientId,
      details,
      ontvangenOp: "2026-10-26",
      doelTermijn: "2026-11-23",
      wettelijkeTermijn: "2026-11-26",
      besluitOp: "2026-11-16",
      uitvoeringTermijn: "2026-12-04",
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

async function maakItem(
  clientId: string,
  categorie: "personalia" | "contact" | "zorg" | "financieel" | "documenten",
  inhoud: Record<string, string>,
) {
  const [i] = await testDb()
    .db.insert(dossierItems)
    .values({
      clientId,
      categorie,
      titel: `${categorie} item`,
      inhoud,
      aangemaaktOp: new Date("2024-01-10T10:00:00Z"),
      gewijzigdOp: new Date("2024-01-10T10:00:00Z"),
    })
    .returning({ id: dossierItems.id });
  return i!.id;
}

async function verstrek(
  clientId: string,
  ontvanger: string,
  ontvangerEmail: string | null,
  datum: string,
  categorieen: string[] = ["contact"],
) {
  await testDb()
    .db.insert(verstrekkingen)
    .values({ clientId, ontvanger, ontvangerEmail, datum, rechtsgrond: "wettelijke plicht", categorieen });
}

async function auditVan(verzoekId: string, actie: string) {
  return testDb()
    .db.select()
    .from(auditLog)
    .where(and(eq(auditLog.verzoekId, verzoekId), eq(auditLog.actie, actie)))
    .orderBy(asc(auditLog.id));
}

describe("correctie", () => {
  it("changes two fields, keeps before/after per field in the audit and tells each of 3 recipients once", async () => {
    const clientId = await maakClient();
    const contact = await maakItem(clientId, "contact", { adres: "Lindelaan 1, Utrecht", telefoon: "030-1234567" });
    const zorg = await maakItem(clientId, "zorg", { verslag: "Intake gedaan." });
    await verstrek(clientId, "Huisartsenpraktijk Oost", "post@huisarts-oost.example", "2025-02-01");
    await verstrek(clientId, "huisartsenpraktijk  oost", "post@huisarts-oost.example", "2025-06-01"); // the same recipient twice
    await verstrek(clientId, "Gemeente Utrecht (Wmo-loket)", "wmo@gemeente.example", "2025-03-15");
    await verstrek(clientId, "Zorgverzekeraar Test", null, "2025-04-20");
    const v = await maakVerzoek(clientId, "correctie", { rijen: [{ veld: "adres", nieuw: "Lindelaan 3, Utrecht" }] });

    const { versie } = await voerCorrectieUit(
      backoffice,
      v.id,
      v.versie,
      [
        { dossierItemId: contact, veld: "adres", nieuweWaarde: "Lindelaan 3, Utrecht" },
        { dossierItemId: zorg, veld: "aanvulling", nieuweWaarde: "Cliënt vraagt om vermelding van de mantelzorger." },
      ],
      { nu: NU },
    );
    expect(versie).toBe(v.versie + 1);

    const d = testDb().db;
    const [c] = await d.select().from(dossierItems).where(eq(dossierItems.id, contact));
    expect(c!.inhoud).toEqual({ adres: "Lindelaan 3, Utrecht", telefoon: "030-1234567" });
    expect(c!.gewijzigdOp.toISOString()).toBe(NU.toISOString());
    const [z] = await d.select().from(dossierItems).where(eq(dossierItems.id, zorg));
    expect(z!.inhoud.aanvulling).toBe("Cliënt vraagt om vermelding van de mantelzorger.");

    const rijen = await auditVan(v.id, "dossier.gecorrigeerd");
    expect(rijen.map((r) => [r.details.veld, r.details.voor, r.details.na])).toEqual([
      ["adres", "Lindelaan 1, Utrecht", "Lindelaan 3, Utrecht"],
      ["aanvulling", null, "Cliënt vraagt om vermelding van de mantelzorger."],
    ]);
    expect(rijen[0]!.clientId).toBe(clientId);

    const meldingen = await d
      .select()
      .from(ontvangerMeldingen)
      .where(eq(ontvangerMeldingen.verzoekId, v.id))
      .orderBy(asc(ontvangerMeldingen.ontvanger));
    expect(meldingen.map((m) => [m.ontvanger, m.soort, m.mailId === null])).toEqual([
      ["Gemeente Utrecht (Wmo-loket)", "correctie", false],
      ["Huisartsenpraktijk Oost", "correctie", false],
      ["Zorgverzekeraar Test", "correctie", true], // no e-mail: per post
    ]);
    const brieven = await d
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "ontvanger_melding")));
    expect(brieven.map((b) => b.aan).sort()).toEqual(["post@huisarts-oost.example", "wmo@gemeente.example"]);
    expect(brieven[0]!.tekst).toContain("artikel 19");

    // Running the notification again adds nothing.
    await d.transaction(async (tx) => {
      const opnieuw = await meldOntvangers(tx, {
        verzoekId: v.id,
        clientId,
        soort: "correctie",
        categorieen: ["contact"],
        nu: NU,
      });
      expect(opnieuw.every((o) => !o.nieuw)).toBe(true);
    });
    expect(await d.select().from(ontvangerMeldingen).where(eq(ontvangerMeldingen.verzoekId, v.id))).toHaveLength(3);
    expect(
      await d
        .select()
        .from(uitgaandeMail)
        .where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "ontvanger_melding"))),
    ).toHaveLength(2);

    const [na] = await d.select().from(verzoeken).where(eq(verzoeken.id, v.id));
    expect(na!.status).toBe("afgerond");
    const [klaar] = await d
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "uitvoering_klaar")));
    expect(klaar!.tekst).toContain("2 gegevens in uw dossier zijn gecorrigeerd of aangevuld");
    expect(klaar!.tekst).toContain("3 organisaties");
    const [tijdlijn] = await d
      .select()
      .from(verzoekGebeurtenissen)
      .where(and(eq(verzoekGebeurtenissen.verzoekId, v.id), eq(verzoekGebeurtenissen.soort, "uitgevoerd")));
    expect(tijdlijn!.zichtbaarVoorClient).toBe(true);
  });

  it("refuses a stale version and an unknown item, and changes nothing", async () => {
    const clientId = await maakClient();
    const item = await maakItem(clientId, "contact", { adres: "Oud 1" });
    const v = await maakVerzoek(clientId, "correctie");
    await expect(
      voerCorrectieUit(
        backoffice,
        v.id,
        v.versie + 1,
        [{ dossierItemId: item, veld: "adres", nieuweWaarde: "Nieuw 2" }],
        { nu: NU },
      ),
    ).rejects.toBeInstanceOf(VerzoekIntussenGewijzigd);
    const anderClient = await maakClient();
    const vreemd = await maakItem(anderClient, "contact", { adres: "Elders 5" });
    await expect(
      voerCorrectieUit(
        backoffice,
        v.id,
        v.versie,
        [{ dossierItemId: vreemd, veld: "adres", nieuweWaarde: "Nieuw 2" }],
        { nu: NU },
      ),
    ).rejects.toMatchObject({ code: "item_onbekend" });
    await expect(voerCorrectieUit(backoffice, v.id, v.versie, [], { nu: NU })).rejects.toMatchObject({
      code: "geen_wijzigingen",
    });
    const [i] = await testDb().db.select().from(dossierItems).where(eq(dossierItems.id, item));
    expect(i!.inhoud).toEqual({ adres: "Oud 1" });
    const [na] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, v.id));
    expect([na!.status, na!.versie]).toEqual(["in_uitvoering", v.versie]);
  });

  it("shows the execution deadline with days left on the staff overview", async () => {
    const clientId = await maakClient();
    await maakItem(clientId, "contact", { adres: "Straat 1" });
    const v = await maakVerzoek(clientId, "correctie");
    const o = await uitvoeringOverzicht(backoffice, v.id, { nu: NU });
    expect(o.uitvoeringTermijn).toBe("2026-12-04");
    expect(o.dagenOver).toBe(14);
    expect(o.dossier).toHaveLength(1);
  });
});

describe("afscherming", () => {
  it("hides restricted items from the staff dossier and refuses disclosing them; only the directie lifts it", async () => {
    const clientId = await maakClient();
    const zorg = await maakItem(clientId, "zorg", { verslag: "Gesprek over thuissituatie." });
    const contact = await maakItem(clientId, "contact", { telefoon: "06-12345678" });
    // The wijkteam received care data (art. 19: only a recipient of what changed is told; decision 023).
    await verstrek(clientId, "Wijkteam Noord", "wijkteam@test.example", "2025-05-05", ["contact", "zorg"]);
    const v = await maakVerzoek(clientId, "afscherming");

    await expect(schermAf(backoffice, v.id, v.versie, [zorg], "  ", { nu: NU })).rejects.toMatchObject({
      code: "reden_verplicht",
    });
    await schermAf(backoffice, v.id, v.versie, [zorg], "Cliënt betwist de juistheid (AVG art. 18 lid 1 sub a)", {
      nu: NU,
    });

    const zichtbaar = await zichtbaarDossier(testDb().db, clientId);
    expect(zichtbaar.map((i) => i.id)).toEqual([contact]);
    const toets = await magVerstrekken(testDb().db, { clientId, datum: "2026-11-21", itemIds: [zorg] });
    expect(toets).toMatchObject({ ok: false, reden: { code: "afgeschermd" } });
    const [melding] = await testDb().db.select().from(ontvangerMeldingen).where(eq(ontvangerMeldingen.verzoekId, v.id));
    expect([melding!.ontvanger, melding!.soort]).toEqual(["Wijkteam Noord", "afscherming"]);

    await expect(heffAfschermingOp(backoffice, zorg, "Juistheid vastgesteld")).rejects.toMatchObject({
      code: "geen_toegang",
    });
    expect((await zichtbaarDossier(testDb().db, clientId)).map((i) => i.id)).toEqual([contact]);
    await heffAfschermingOp(directie, zorg, "Juistheid vastgesteld met cliënt");
    expect((await zichtbaarDossier(testDb().db, clientId)).map((i) => i.id).sort()).toEqual([contact, zorg].sort());
    const [opgeheven] = await testDb()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.actie, "dossier.afscherming_opgeheven"));
    expect(opgeheven!.details).toMatchObject({
      dossierItemId: zorg,
      eerdereReden: "Cliënt betwist de juistheid (AVG art. 18 lid 1 sub a)",
      reden: "Juistheid vastgesteld met cliënt",
    });
    expect(opgeheven!.rol).toBe("directie");
  });
});

describe("afscherming opheffen (AVG art. 18 lid 3)", () => {
  it("tells the client, with the reason, in the transaction that lifts it; without a reason nothing changes and nothing is sent", async () => {
    const clientId = await maakClient();
    await testDb().db.update(clienten).set({ email: "testa.lift@test.example" }).where(eq(clienten.id, clientId));
    const zorg = await maakItem(clientId, "zorg", { verslag: "Gesprek." });
    const v = await maakVerzoek(clientId, "afscherming");
    await schermAf(backoffice, v.id, v.versie, [zorg], "Cliënt betwist de juistheid (AVG art. 18 lid 1 sub a)", {
      nu: NU,
    });
    const mails = () =>
      testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.sjabloon, "afscherming_opgeheven"));
    const voor = (await mails()).length;

    await expect(heffAfschermingOp(directie, zorg, "   ")).rejects.toMatchObject({ code: "reden_verplicht" });
    expect((await mails()).length).toBe(voor);
    expect(await zichtbaarDossier(testDb().db, clientId)).toEqual([]);

    const uitkomst = await heffAfschermingOp(directie, zorg, "Wij hebben het verslag met u nagelopen en het klopt.");
    expect(uitkomst.client).toBe("gemeld");
    const nieuw = (await mails()).filter((m) => m.aan === "testa.lift@test.example");
    expect(nieuw).toHaveLength(1);
    expect(nieuw[0]!.tekst).toContain("Wij hebben het verslag met u nagelopen en het klopt.");
    expect(nieuw[0]!.tekst).toContain("zorgdossier");
    expect(nieuw[0]!.tekst).toContain("artikel 18 lid 3 AVG");
    const [opgeheven] = await testDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "dossier.afscherming_opgeheven"), eq(auditLog.clientId, clientId)));
    expect(opgeheven!.details).toMatchObject({ clientGemeld: "gemeld" });
  });

  it("without an e-mail address in the record: lifted, and staff are told to send a letter", async () => {
    const clientId = await maakClient();
    const zorg = await maakItem(clientId, "zorg", { verslag: "Gesprek." });
    const v = await maakVerzoek(clientId, "afscherming");
    await schermAf(backoffice, v.id, v.versie, [zorg], "Cliënt betwist de juistheid", { nu: NU });
    expect(await heffAfschermingOp(directie, zorg, "Juistheid vastgesteld met cliënt")).toEqual({ client: "per_post" });
    expect((await zichtbaarDossier(testDb().db, clientId)).map((i) => i.id)).toEqual([zorg]);
  });
});

describe("bezwaar", () => {
  it("an upheld objection stops the processing from today, and refuses disclosures under it", async () => {
    const clientId = await maakClient();
    await testDb()
      .db.insert(verwerkingen)
      .values([
        {
          sleutel: "nieuwsbrief",
          naam: "Nieuwsbrief",
          doel: "informeren",
          rechtsgrond: "art. 6 lid 1 sub f",
          categorieen: ["contact"],
          bewaartermijn: "tot afmelding",
          bron: "client",
          bezwaarMogelijk: true,
          geldigVanaf: "2020-01-01",
        },
        {
          sleutel: "zorgverlening",
          naam: "Zorgverlening",
          doel: "zorg",
          rechtsgrond: "art. 6 lid 1 sub c",
          categorieen: ["zorg"],
          bewaartermijn: "20 jaar",
          bron: "zorgverlener",
          bezwaarMogelijk: false,
          geldigVanaf: "2020-01-01",
        },
      ]);
    const v = await maakVerzoek(clientId, "bezwaar", { verwerking: "nieuwsbrief" });
    await expect(honoreerBezwaar(backoffice, v.id, v.versie, "zorgverlening", { nu: NU })).rejects.toMatchObject({
      code: "bezwaar_niet_mogelijk",
    });
    expect(await isVerwerkingGestopt(testDb().db, clientId, "nieuwsbrief", "2026-11-20")).toBe(false);

    await honoreerBezwaar(backoffice, v.id, v.versie, "nieuwsbrief", { nu: NU });
    expect(await isVerwerkingGestopt(testDb().db, clientId, "nieuwsbrief", "2026-11-20")).toBe(true);
    expect(await isVerwerkingGestopt(testDb().db, clientId, "nieuwsbrief", "2026-11-19")).toBe(false);
    expect(await isVerwerkingGestopt(testDb().db, clientId, "zorgverlening", "2026-11-20")).toBe(false);
    await expect(
      registreerVerstrekking(backoffice, {
        clientId,
        ontvanger: "Drukkerij Test",
        datum: "2026-11-25",
        rechtsgrond: "gerechtvaardigd belang",
        categorieen: ["contact"],
        verwerkingSleutel: "nieuwsbrief",
      }),
    ).rejects.toMatchObject({ code: "verstrekking_geweigerd" });
    expect(
      await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.ontvanger, "Drukkerij Test")),
    ).toHaveLength(0);
  });
});

describe("intrekking toestemming", () => {
  it("takes effect on the day the request came in (art. 7 lid 3), not on a later date; refuses disclosures from then", async () => {
    const clientId = await maakClient();
    const [t] = await testDb()
      .db.insert(toestemmingen)
      .values({
        clientId,
        omschrijving: "Gegevens delen met de school",
        ontvanger: "Basisschool Test",
        gegevenOp: "2024-09-01",
      })
      .returning({ id: toestemmingen.id });
    const v = await maakVerzoek(clientId, "intrekking_toestemming"); // received 2026-10-26, carried out 2026-11-20
    await trekToestemmingIn(backoffice, v.id, v.versie, t!.id, { nu: NU });
    const [na] = await testDb().db.select().from(toestemmingen).where(eq(toestemmingen.id, t!.id));
    expect(na!.ingetrokkenOp).toBe("2026-10-26");

    const basis = {
      clientId,
      ontvanger: "Basisschool Test",
      rechtsgrond: "toestemming",
      toestemmingId: t!.id,
      categorieen: ["contact"],
    };
    // Between the withdrawal and its execution nothing may be shared on it any more.
    await expect(registreerVerstrekking(backoffice, { ...basis, datum: "2026-11-18" })).rejects.toThrow(/ingetrokken/);
    await expect(registreerVerstrekking(backoffice, { ...basis, datum: "2026-10-26" })).rejects.toMatchObject({
      code: "verstrekking_geweigerd",
    });
    const eerder = await registreerVerstrekking(backoffice, { ...basis, datum: "2026-10-25" });
    const log = await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.clientId, clientId));
    expect(log.map((r) => [r.id, r.datum])).toEqual([[eerder.id, "2026-10-25"]]);
    const [a] = await testDb().db.select().from(auditLog).where(eq(auditLog.actie, "verstrekking.geregistreerd"));
    expect(a!.details).toMatchObject({ verstrekkingId: eerder.id, datum: "2026-10-25" });
    const [stap] = await auditVan(v.id, "toestemming.ingetrokken");
    expect(stap!.details).toMatchObject({ per: "2026-10-26" });
    // The client's message names the day of receipt, in words.
    const mails = await testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, v.id));
    expect(mails.map((m) => m.tekst).join("\n")).toContain("26 oktober 2026");
  });

  it("refuses a consent given only after the request came in, and changes nothing", async () => {
    const clientId = await maakClient();
    const [t] = await testDb()
      .db.insert(toestemmingen)
      .values({ clientId, omschrijving: "Gegevens delen met de sportclub", gegevenOp: "2026-11-01" })
      .returning({ id: toestemmingen.id });
    const v = await maakVerzoek(clientId, "intrekking_toestemming");
    await expect(trekToestemmingIn(backoffice, v.id, v.versie, t!.id, { nu: NU })).rejects.toMatchObject({
      code: "datum_voor_toestemming",
    });
    const [na] = await testDb().db.select().from(toestemmingen).where(eq(toestemmingen.id, t!.id));
    expect(na!.ingetrokkenOp).toBeNull();
  });

  it("refuses a step on a request that is not in execution", async () => {
    const clientId = await maakClient();
    const v = await maakVerzoek(clientId, "intrekking_toestemming");
    await testDb().db.update(verzoeken).set({ status: "in_behandeling" }).where(eq(verzoeken.id, v.id));
    const fout = await trekToestemmingIn(backoffice, v.id, v.versie, "00000000-0000-4000-8000-000000000000", {
      nu: NU,
    }).catch((e) => e);
    expect(fout).toBeInstanceOf(UitvoeringFout);
    expect(fout.code).toBe("stap_niet_mogelijk");
  });
});
