/**
 * The temporary restriction while a correction or an objection is decided (AVG art. 18 lid 1 sub a
 * and d, lid 3; docs/decisions/030) against a real database: only when the client asked for it,
 * the items staff link are hidden from staff and refused for disclosure, earlier recipients are
 * told (art. 19), and when the request ends the restriction is lifted in the same transaction and
 * the filer is told first, with the reason.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, dossierItems, ontvangerMeldingen, uitgaandeMail, verstrekkingen, verzoeken } from "../../db/schema";
import { legitimeer, registreerIntrekking } from "~/services/behandeling.server";
import { schermTussentijdsAf, tussentijdseStand } from "~/services/tussentijdse-afscherming.server";
import { magVerstrekken, voerCorrectieUit, zichtbaarDossier, type UitvoeringActor } from "~/services/uitvoering.server";
import { useFreshDatabase } from "../support/database";
import { maakClient, maakVerzoekRij, praktijkMetMedewerker } from "../support/praktijk";

const testDb = useFreshDatabase();
const NU = new Date("2026-11-20T10:00:00Z");
const backoffice: UitvoeringActor = { medewerker: { id: "" } };
let teller = 0;

beforeAll(async () => {
  backoffice.medewerker.id = await praktijkMetMedewerker(testDb().db);
});

async function opzet(type: "correctie" | "bezwaar", details: Record<string, unknown>) {
  teller += 1;
  const d = testDb().db;
  const clientId = await maakClient(d, {
    clientnummer: `TA-${teller}`,
    achternaam: `Tijdelijk${teller}`,
    email: `dossier${teller}@test.example`,
  });
  const [zorg] = await d
    .insert(dossierItems)
    .values({ clientId, categorie: "zorg", titel: "Verslag", inhoud: { verslag: "Cliënt rookt." } })
    .returning({ id: dossierItems.id });
  const [contact] = await d
    .insert(dossierItems)
    .values({ clientId, categorie: "contact", titel: "Contact", inhoud: { telefoon: "06-12345678" } })
    .returning({ id: dossierItems.id });
  await d.insert(verstrekkingen).values({
    clientId,
    ontvanger: "Huisartsenpraktijk Fictief",
    ontvangerEmail: "ha@fictief.example",
    datum: "2025-05-05",
    rechtsgrond: "toestemming",
    categorieen: ["zorg"],
  });
  const v = await maakVerzoekRij(d, {
    nummer: `AVG-2026-${String(600_000 + teller)}`,
    type,
    clientId,
    details,
    taal: "en",
    email: `indiener${teller}@test.example`,
  });
  const { versie } = await legitimeer(
    backoffice,
    v.id,
    v.versie,
    { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "UV01" },
    { nu: NU },
  );
  return {
    clientId,
    zorg: zorg!.id,
    contact: contact!.id,
    v: { ...v, versie },
    email: `indiener${teller}@test.example`,
  };
}

const opheffingsmails = (aan: string) =>
  testDb()
    .db.select()
    .from(uitgaandeMail)
    .where(and(eq(uitgaandeMail.aan, aan), eq(uitgaandeMail.sjabloon, "afscherming_opgeheven")));

describe("tussentijdse afscherming (AVG art. 18 lid 1 sub a and d)", () => {
  it("a correction: the linked item is restricted until the correction is carried out; then lifted and the filer told first", async () => {
    const { clientId, zorg, contact, v, email } = await opzet("correctie", {
      rijen: [{ welk: "Verslag", moetZijn: "Cliënt rookt niet." }],
      tussentijdseAfscherming: true,
    });
    const { versie } = await schermTussentijdsAf(backoffice, v.id, v.versie, [zorg], { nu: NU });
    expect((await zichtbaarDossier(testDb().db, clientId)).map((i) => i.id)).toEqual([contact]);
    expect(await magVerstrekken(testDb().db, { clientId, datum: "2026-11-21", itemIds: [zorg] })).toMatchObject({
      ok: false,
      reden: { code: "afgeschermd" },
    });
    const [melding] = await testDb().db.select().from(ontvangerMeldingen).where(eq(ontvangerMeldingen.verzoekId, v.id));
    expect([melding!.ontvanger, melding!.soort, melding!.categorieen]).toEqual([
      "Huisartsenpraktijk Fictief",
      "afscherming",
      ["zorg"],
    ]);
    expect(
      await tussentijdseStand(testDb().db, { id: v.id, type: "correctie", details: { tussentijdseAfscherming: true } }),
    ).toMatchObject({
      gevraagd: true,
      nu: { aantal: 1, categorieen: ["zorg"] },
      opgeheven: null,
    });
    expect(await opheffingsmails(email)).toEqual([]);

    // Granted; the correction itself may change the item restricted for it.
    await testDb()
      .db.update(verzoeken)
      .set({ status: "in_uitvoering", besluitOp: "2026-11-20", uitvoeringTermijn: "2026-12-10" })
      .where(eq(verzoeken.id, v.id));
    await voerCorrectieUit(
      backoffice,
      v.id,
      versie,
      [{ dossierItemId: zorg, veld: "verslag", nieuweWaarde: "Cliënt rookt niet." }],
      { nu: NU },
    );
    const [item] = await testDb().db.select().from(dossierItems).where(eq(dossierItems.id, zorg));
    expect([item!.afgeschermd, item!.afgeschermdVoorVerzoek, item!.inhoud.verslag]).toEqual([
      false,
      null,
      "Cliënt rookt niet.",
    ]);
    const mails = await opheffingsmails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.taal).toBe("en");
    expect(mails[0]!.tekst).toContain(v.nummer);
    expect(mails[0]!.tekst).toContain("We have carried out your request.");
    expect(mails[0]!.tekst).toContain("Article 18(3) GDPR");
    const [rij] = await testDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.verzoekId, v.id), eq(auditLog.actie, "dossier.tussentijdse_afscherming_opgeheven")));
    expect(rij!.details).toMatchObject({ einde: "uitgevoerd", clientGemeld: "gemeld" });
    expect(
      await tussentijdseStand(testDb().db, { id: v.id, type: "correctie", details: { tussentijdseAfscherming: true } }),
    ).toMatchObject({ nu: null, opgeheven: { einde: "uitgevoerd" } });
  });

  it("an objection withdrawn: the restriction ends with it, and the filer is told", async () => {
    const { clientId, zorg, v, email } = await opzet("bezwaar", {
      verwerking: { sleutel: "nieuwsbrief" },
      situatie: "Ik wil dit niet.",
      tussentijdseAfscherming: true,
    });
    const { versie } = await schermTussentijdsAf(backoffice, v.id, v.versie, [zorg], { nu: NU });
    await registreerIntrekking(
      backoffice,
      v.id,
      versie,
      { toelichting: "De cliënt belde: trekt het bezwaar in." },
      { nu: NU },
    );
    expect((await zichtbaarDossier(testDb().db, clientId)).map((i) => i.id)).toContain(zorg);
    const mails = await opheffingsmails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.tekst).toContain("Your request has been withdrawn.");
  });

  it("refused when the client did not ask for it, after the decision, or for an item of another client; nothing changes", async () => {
    const zonder = await opzet("correctie", { rijen: [{ welk: "Verslag", moetZijn: "x" }] });
    await expect(
      schermTussentijdsAf(backoffice, zonder.v.id, zonder.v.versie, [zonder.zorg], { nu: NU }),
    ).rejects.toMatchObject({ code: "stap_niet_mogelijk" });
    const met = await opzet("correctie", {
      rijen: [{ welk: "Verslag", moetZijn: "x" }],
      tussentijdseAfscherming: true,
    });
    await expect(
      schermTussentijdsAf(backoffice, met.v.id, met.v.versie, [zonder.zorg], { nu: NU }),
    ).rejects.toMatchObject({ code: "ongeldig" });
    await expect(schermTussentijdsAf(backoffice, met.v.id, met.v.versie, "x", { nu: NU })).rejects.toMatchObject({
      code: "ongeldig",
    });
    await testDb().db.update(verzoeken).set({ status: "in_uitvoering" }).where(eq(verzoeken.id, met.v.id));
    await expect(schermTussentijdsAf(backoffice, met.v.id, met.v.versie, [met.zorg], { nu: NU })).rejects.toMatchObject(
      { code: "stap_niet_mogelijk" },
    );
    const items = await testDb().db.select().from(dossierItems).where(eq(dossierItems.afgeschermd, true));
    expect(items.filter((i) => [zonder.zorg, met.zorg].includes(i.id))).toEqual([]);
  });
});
