/**
 * Holding a client's data from destruction (AVG art. 17 lid 3 sub e; docs/decisions/031 and 036)
 * against a real database: only the directie records and lifts an open complaint/calamity or a
 * legal claim, each step with a reason, audited; bad input and a stale page change nothing; while
 * held the nightly destruction keeps the client's data past its term, once lifted it goes; and
 * /beheer/bewaring's data show who is held and why.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { auditLog, clienten, dossierItems, medewerkers, organisatie } from "../../db/schema";
import { addCalendarMonths, amsterdamDate } from "~/domain/calendar";
import { VASTHOUD_LIMIET } from "~/domain/vasthouden";
import { taalCookie } from "~/i18n/taal.server";
import { action as dossierActie } from "~/routes/backoffice.clienten.$clientId.documenten";
import { startSessie } from "~/services/sessies.server";
import { vasthoudOverzicht, vasthoudStand, wijzigVasthouden } from "~/services/vasthouden.server";
import { bewaarOverzicht, vernietigNaBewaartermijn } from "~/services/vernietiging.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const vandaag = amsterdamDate(new Date());
const geleden = (jaren: number) => new Date(`${addCalendarMonths(vandaag, -12 * jaren)}T10:00:00Z`);
const directie = { medewerker: { id: "" } };
const backoffice = { medewerker: { id: "" } };
let teller = 0;

beforeAll(async () => {
  const d = testDb().db;
  await d.insert(organisatie).values({ id: 1, naam: "Testpraktijk" }).onConflictDoNothing();
  const [m, b] = await d
    .insert(medewerkers)
    .values([
      { email: "dir.vh@test.example", naam: "Directie Test", rollen: ["directie"] },
      { email: "bo.vh@test.example", naam: "Backoffice Test", rollen: ["backoffice"] },
    ])
    .returning();
  directie.medewerker.id = m!.id;
  backoffice.medewerker.id = b!.id;
});

/** A former client (out of care 22 years ago) with a care report of 21 years ago: past its 20-year term. */
async function maakClient() {
  teller += 1;
  const [c] = await testDb()
    .db.insert(clienten)
    .values({
      clientnummer: `VH-${teller}`,
      voornamen: "Testa",
      achternaam: `Vast${teller}`,
      geboortedatum: "1960-02-03",
      status: "voormalig",
      uitZorgOp: amsterdamDate(geleden(22)),
    })
    .returning({ id: clienten.id });
  const [i] = await testDb()
    .db.insert(dossierItems)
    .values({
      clientId: c!.id,
      categorie: "zorg",
      titel: "Verslag",
      inhoud: { verslag: "Fictief" },
      aangemaaktOp: geleden(21),
      gewijzigdOp: geleden(21),
    })
    .returning({ id: dossierItems.id });
  return { clientId: c!.id, itemId: i!.id };
}

const rij = async (clientId: string) =>
  (await testDb().db.select().from(clienten).where(eq(clienten.id, clientId)))[0]!;
const bestaat = async (itemId: string) =>
  (await testDb().db.select().from(dossierItems).where(eq(dossierItems.id, itemId))).length === 1;
const auditVan = (clientId: string) =>
  testDb()
    .db.select()
    .from(auditLog)
    .where(and(eq(auditLog.clientId, clientId)))
    .orderBy(auditLog.id);
const token = async (clientId: string) => (await vasthoudStand(directie, clientId))!.token;

describe("recording and lifting a hold (directie)", () => {
  it("a complaint holds the data through the nightly destruction; lifted, the data go", async () => {
    const { clientId, itemId } = await maakClient();
    const reden = "Klacht van de moeder over de behandeling, ingediend bij de klachtencommissie.";
    expect(
      await wijzigVasthouden(directie, clientId, {
        stap: "klacht_vastleggen",
        reden,
        rechtsvordering: "",
        token: await token(clientId),
      }),
    ).toBe("klacht_vastleggen");
    expect(await rij(clientId)).toMatchObject({ lopendeKlachtOfCalamiteit: true, klachtReden: reden });

    await vernietigNaBewaartermijn();
    expect(await bestaat(itemId)).toBe(true);
    const overzicht = await bewaarOverzicht();
    expect(overzicht.vastgehouden).toContainEqual({
      code: "lopende_klacht_of_calamiteit",
      categorie: "zorg",
      aantal: 1,
    });
    // /beheer/bewaring: this client, what holds it and the reason the directie gave.
    const vh = await vasthoudOverzicht();
    expect(vh.clienten).toContainEqual(
      expect.objectContaining({ clientnummer: `VH-${teller}`, klacht: expect.objectContaining({ reden }) }),
    );

    const opgeheven = "De klachtencommissie heeft uitspraak gedaan; de termijn voor beroep is voorbij.";
    await wijzigVasthouden(directie, clientId, {
      stap: "klacht_opheffen",
      reden: opgeheven,
      rechtsvordering: "",
      token: await token(clientId),
    });
    expect(await rij(clientId)).toMatchObject({
      lopendeKlachtOfCalamiteit: false,
      klachtReden: null,
      klachtSinds: null,
    });
    await vernietigNaBewaartermijn();
    expect(await bestaat(itemId)).toBe(false);

    const log = (await auditVan(clientId)).filter((r) => r.actie.startsWith("bewaring.klacht"));
    expect(log.map((r) => [r.actie, r.rol, (r.details as { reden: string }).reden])).toEqual([
      ["bewaring.klacht_vastgelegd", "directie", reden],
      ["bewaring.klacht_opgeheven", "directie", opgeheven],
    ]);
    expect((await vasthoudOverzicht()).stappen.slice(0, 2).map((s) => [s.actie, s.reden])).toEqual([
      ["bewaring.klacht_opgeheven", opgeheven],
      ["bewaring.klacht_vastgelegd", reden],
    ]);
  });

  it("a legal claim holds the data with its description; replaced, then lifted, the data go", async () => {
    const { clientId, itemId } = await maakClient();
    await wijzigVasthouden(directie, clientId, {
      stap: "rechtsvordering_vastleggen",
      reden: "Brief van de advocaat ontvangen.",
      rechtsvordering: "Schadeclaim van de cliënt over de behandeling in 2004",
      token: await token(clientId),
    });
    await wijzigVasthouden(directie, clientId, {
      stap: "rechtsvordering_vastleggen",
      reden: "Dagvaarding ontvangen.",
      rechtsvordering: "Rechtszaak over de schadeclaim, rechtbank Fictief",
      token: await token(clientId),
    });
    expect(await rij(clientId)).toMatchObject({
      rechtsvordering: "Rechtszaak over de schadeclaim, rechtbank Fictief",
      rechtsvorderingReden: "Dagvaarding ontvangen.",
    });
    await vernietigNaBewaartermijn();
    expect(await bestaat(itemId)).toBe(true);
    expect((await vasthoudOverzicht()).clienten).toContainEqual({
      clientnummer: `VH-${teller}`,
      klacht: null,
      rechtsvordering: expect.objectContaining({
        omschrijving: "Rechtszaak over de schadeclaim, rechtbank Fictief",
        reden: "Dagvaarding ontvangen.",
      }),
    });

    await wijzigVasthouden(directie, clientId, {
      stap: "rechtsvordering_opheffen",
      reden: "Schikking getroffen, zaak ingetrokken.",
      rechtsvordering: "",
      token: await token(clientId),
    });
    expect(await rij(clientId)).toMatchObject({ rechtsvordering: null, rechtsvorderingReden: null });
    await vernietigNaBewaartermijn();
    expect(await bestaat(itemId)).toBe(false);
    const log = (await auditVan(clientId)).filter((r) => r.actie.startsWith("bewaring.rechtsvordering"));
    expect(log.map((r) => r.actie)).toEqual([
      "bewaring.rechtsvordering_vastgelegd",
      "bewaring.rechtsvordering_vastgelegd",
      "bewaring.rechtsvordering_opgeheven",
    ]);
    expect(log[2]!.details).toMatchObject({
      reden: "Schikking getroffen, zaak ingetrokken.",
      rechtsvordering: "Rechtszaak over de schadeclaim, rechtbank Fictief",
    });
  });

  it("refused, with nothing changed: the backoffice, no reason, too long, nothing to lift, a stale page", async () => {
    const { clientId } = await maakClient();
    const t = await token(clientId);
    const stap = (actor: typeof directie, invoer: Partial<Parameters<typeof wijzigVasthouden>[2]>) =>
      wijzigVasthouden(actor, clientId, {
        stap: "klacht_vastleggen",
        reden: "Klacht",
        rechtsvordering: "",
        token: t,
        ...invoer,
      });
    await expect(stap(backoffice, {})).rejects.toMatchObject({ code: "geen_toegang" });
    await expect(stap(directie, { reden: "  \r\n " })).rejects.toMatchObject({ code: "reden_leeg", veld: "reden" });
    await expect(stap(directie, { reden: "x".repeat(VASTHOUD_LIMIET.reden + 1) })).rejects.toMatchObject({
      code: "reden_te_lang",
    });
    await expect(stap(directie, { stap: "rechtsvordering_vastleggen" })).rejects.toMatchObject({
      code: "rechtsvordering_leeg",
      veld: "rechtsvordering",
    });
    await expect(
      stap(directie, {
        stap: "rechtsvordering_vastleggen",
        rechtsvordering: "y".repeat(VASTHOUD_LIMIET.rechtsvordering + 1),
      }),
    ).rejects.toMatchObject({ code: "rechtsvordering_te_lang" });
    await expect(stap(directie, { stap: "alles_wissen" })).rejects.toMatchObject({ code: "stap_onbekend" });
    await expect(stap(directie, { stap: "klacht_opheffen" })).rejects.toMatchObject({ code: "klacht_niet_vastgelegd" });
    await expect(stap(directie, { stap: "rechtsvordering_opheffen" })).rejects.toMatchObject({
      code: "rechtsvordering_niet_vastgelegd",
    });
    expect(await rij(clientId)).toMatchObject({
      lopendeKlachtOfCalamiteit: false,
      klachtReden: null,
      rechtsvordering: null,
    });
    expect((await auditVan(clientId)).filter((r) => r.actie.startsWith("bewaring."))).toEqual([]);

    // Two directie members on the same page: the second step is refused (optimistic locking).
    await stap(directie, {});
    await expect(
      stap(directie, { stap: "rechtsvordering_vastleggen", rechtsvordering: "Claim" }),
    ).rejects.toMatchObject({ code: "intussen_gewijzigd" });
    expect(await rij(clientId)).toMatchObject({ lopendeKlachtOfCalamiteit: true, rechtsvordering: null });
  });
});

describe("the client's dossier page: the form over HTTP, without JavaScript", () => {
  async function post(actor: typeof directie, clientId: string, velden: Record<string, string>, taal = "nl") {
    const cookie = (await startSessie(db(), { medewerkerId: actor.medewerker.id })).split(";")[0]!;
    const taalKoek = (await taalCookie.serialize(taal)).split(";")[0]!;
    const request = new Request(`http://localhost/backoffice/clienten/${clientId}/documenten`, {
      method: "POST",
      body: new URLSearchParams({ intent: "vasthouden", formulier: "vh-klacht", ...velden }),
      headers: { Cookie: `${cookie}; ${taalKoek}`, "Content-Type": "application/x-www-form-urlencoded" },
    });
    try {
      return await dossierActie({ request, params: { clientId }, context: { cspNonce: "" } });
    } catch (e) {
      return e;
    }
  }

  it("an empty reason: 400 with a Dutch or English message for that field; the backoffice gets 403; a good step redirects", async () => {
    const { clientId } = await maakClient();
    const t = await token(clientId);
    const leeg = (await post(directie, clientId, { stap: "klacht_vastleggen", reden: "", token: t })) as {
      data: { vasthoudFout: { formulier: string; veld: string; tekst: string } };
      init: { status: number };
    };
    expect(leeg.init.status).toBe(400);
    expect(leeg.data.vasthoudFout).toMatchObject({
      formulier: "vh-klacht",
      veld: "reden",
      tekst: "Vul de reden in. Zonder reden kunt u dit niet vastleggen of opheffen.",
    });
    const en = (await post(
      directie,
      clientId,
      { stap: "klacht_vastleggen", reden: "", token: t },
      "en",
    )) as typeof leeg;
    expect(en.data.vasthoudFout.tekst).toBe("Fill in the reason. Without a reason you cannot record or lift this.");

    const geweigerd = (await post(backoffice, clientId, {
      stap: "klacht_vastleggen",
      reden: "Klacht",
      token: t,
    })) as Response;
    expect(geweigerd.status).toBe(403);

    const goed = (await post(directie, clientId, {
      stap: "klacht_vastleggen",
      reden: "Calamiteit gemeld bij de IGJ",
      token: t,
    })) as Response;
    expect(goed.status).toBe(302);
    expect(goed.headers.get("Location")).toContain("vastgehouden=klacht_vastleggen");
    expect(await rij(clientId)).toMatchObject({
      lopendeKlachtOfCalamiteit: true,
      klachtReden: "Calamiteit gemeld bij de IGJ",
    });

    // The same form sent again (a second click, an old tab): 409, nothing changed.
    const nogmaals = (await post(directie, clientId, {
      stap: "klacht_vastleggen",
      reden: "Nog eens",
      token: t,
    })) as typeof leeg;
    expect(nogmaals.init.status).toBe(409);
    expect((await rij(clientId)).klachtReden).toBe("Calamiteit gemeld bij de IGJ");
  });
});
