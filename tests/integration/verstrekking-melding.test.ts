/**
 * Issue 12 items 10 and 12 against a real database, with the e-mails rendered into the outbox:
 * a disclosure without consent is told to the client at once (to whom, when, which data, on what
 * ground), postponed only with a recorded reason and then sent later; and after a change each
 * earlier recipient is told only about the categories it received (AVG art. 19).
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  dossierItems,
  ontvangerMeldingen,
  toestemmingen,
  uitgaandeMail,
  verstrekkingen,
} from "../../db/schema";
import { legitimeer } from "~/services/behandeling.server";
import { registreerVerstrekking, schermAf, type UitvoeringActor } from "~/services/uitvoering.server";
import { meldUitgesteldeVerstrekking } from "~/services/verstrekking-melding.server";
import { useFreshDatabase } from "../support/database";
import { maakClient as nieuweClient, maakVerzoekRij, praktijkMetMedewerker } from "../support/praktijk";

const testDb = useFreshDatabase();
const NU = new Date("2026-11-20T10:00:00Z");
const backoffice: UitvoeringActor = { medewerker: { id: "" } };
let teller = 0;

beforeAll(async () => {
  backoffice.medewerker.id = await praktijkMetMedewerker(testDb().db, {
    email: "bo.vm@test.example",
    naam: "Backoffice Naam Geheim",
  });
});

async function maakClient(email: string | null = null) {
  teller += 1;
  return nieuweClient(testDb().db, { clientnummer: `VM-${teller}`, achternaam: `Melding${teller}`, email });
}

const mailsAan = (aan: string) => testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, aan));

describe("a disclosure without consent (issue 12 item 10)", () => {
  it("is told to the client at once: to whom, when, which data, on what ground", async () => {
    const clientId = await maakClient("testa.vt@client.example");
    const uit = await registreerVerstrekking(
      backoffice,
      {
        clientId,
        ontvanger: "Veilig Thuis Regio Fictief",
        datum: "2026-11-19",
        rechtsgrond: "Meldcode huiselijk geweld en kindermishandeling",
        categorieen: ["personalia", "zorg"],
        omschrijving: "Melding na zorgen over de veiligheid thuis.",
      },
      { nu: NU },
    );
    expect(uit.client).toBe("gemeld");
    const [mail] = await mailsAan("testa.vt@client.example");
    expect(mail).toBeDefined();
    expect(mail!.sjabloon).toBe("verstrekking_client");
    expect(mail!.tekst).toContain("Veilig Thuis Regio Fictief");
    expect(mail!.tekst).toContain("19 november 2026");
    expect(mail!.tekst).toContain("persoonsgegevens, zorgdossier");
    expect(mail!.tekst).toContain("Meldcode huiselijk geweld en kindermishandeling");
    expect(mail!.tekst).toContain("zonder uw toestemming");
    expect(mail!.tekst).toContain("Autoriteit Persoonsgegevens");
    const [rij] = await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.id, uit.id));
    expect(rij!.clientGeinformeerdOp).toEqual(NU);
    const [a] = await testDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "verstrekking.geregistreerd"), eq(auditLog.clientId, clientId)));
    expect(a!.details).toMatchObject({ client: "gemeld" });
  });

  it("a disclosure on the client's consent is not told again", async () => {
    const clientId = await maakClient("testa.ok@client.example");
    const [t] = await testDb()
      .db.insert(toestemmingen)
      .values({
        clientId,
        omschrijving: "Delen met de huisarts",
        ontvanger: "Huisarts Fictief",
        gegevenOp: "2026-01-01",
      })
      .returning({ id: toestemmingen.id });
    const uit = await registreerVerstrekking(
      backoffice,
      {
        clientId,
        ontvanger: "Huisarts Fictief",
        datum: "2026-11-19",
        rechtsgrond: "toestemming",
        toestemmingId: t!.id,
        categorieen: ["zorg"],
      },
      { nu: NU },
    );
    expect(uit.client).toBe("niet_nodig");
    expect(await mailsAan("testa.ok@client.example")).toHaveLength(0);
  });

  it("may wait only with a recorded reason (danger to people), and is sent once the danger is over", async () => {
    const clientId = await maakClient("testa.later@client.example");
    const basis = {
      clientId,
      ontvanger: "Rechtbank Fictief",
      datum: "2026-11-19",
      rechtsgrond: "Bevel van de rechter",
      categorieen: ["zorg"],
    };
    await expect(
      registreerVerstrekking(backoffice, { ...basis, uitstelReden: "gevaar" }, { nu: NU }),
    ).rejects.toMatchObject({ code: "reden_verplicht" });
    expect(await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.clientId, clientId))).toHaveLength(
      0,
    );

    const reden = "Het onderzoek loopt nog; vertellen brengt het kind thuis in gevaar.";
    const uit = await registreerVerstrekking(backoffice, { ...basis, uitstelReden: reden }, { nu: NU });
    expect(uit.client).toBe("uitgesteld");
    expect(await mailsAan("testa.later@client.example")).toHaveLength(0);
    const [rij] = await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.id, uit.id));
    expect(rij).toMatchObject({ clientMeldingUitgesteld: reden, clientGeinformeerdOp: null });

    expect(await meldUitgesteldeVerstrekking(backoffice, uit.id, { nu: NU })).toBe("gemeld");
    const mails = await mailsAan("testa.later@client.example");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.tekst).toContain("Rechtbank Fictief");
    const [na] = await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.id, uit.id));
    expect(na).toMatchObject({ clientMeldingUitgesteld: null });
    expect(na!.clientGeinformeerdOp).not.toBeNull();
    // Once told, there is nothing postponed any more.
    await expect(meldUitgesteldeVerstrekking(backoffice, uit.id, { nu: NU })).rejects.toMatchObject({
      code: "niet_uitgesteld",
    });
  });

  it("without an e-mail address in the record: staff send a letter; the row stays untold", async () => {
    const clientId = await maakClient(null);
    const uit = await registreerVerstrekking(
      backoffice,
      {
        clientId,
        ontvanger: "Gemeente Fictief",
        datum: "2026-11-19",
        rechtsgrond: "Wettelijke plicht (Wmo 2015)",
        categorieen: ["personalia"],
      },
      { nu: NU },
    );
    expect(uit.client).toBe("per_post");
    const [rij] = await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.id, uit.id));
    expect(rij!.clientGeinformeerdOp).toBeNull();
  });
});

describe("art. 19 per recipient (issue 12 item 12)", () => {
  it("each recipient is told only about the categories it received; one that received none of them is not told", async () => {
    const clientId = await maakClient();
    const d = testDb().db;
    const items = await d
      .insert(dossierItems)
      .values([
        { clientId, categorie: "zorg", titel: "Verslag", inhoud: { verslag: "Gesprek gevoerd." } },
        { clientId, categorie: "financieel", titel: "Factuur", inhoud: { bedrag: "€ 80" } },
      ])
      .returning({ id: dossierItems.id });
    await d.insert(verstrekkingen).values([
      {
        clientId,
        ontvanger: "Huisarts Zorg Fictief",
        ontvangerEmail: "huisarts@zorg.example",
        datum: "2025-01-10",
        rechtsgrond: "toestemming",
        categorieen: ["personalia", "zorg", "documenten"],
      },
      {
        clientId,
        ontvanger: "Zorgverzekeraar Fictief",
        ontvangerEmail: "declaratie@verzekeraar.example",
        datum: "2025-02-10",
        rechtsgrond: "wettelijke plicht",
        categorieen: ["financieel"],
      },
      {
        clientId,
        ontvanger: "School Fictief",
        ontvangerEmail: "zorg@school.example",
        datum: "2025-03-10",
        rechtsgrond: "toestemming",
        categorieen: ["contact"],
      },
    ]);
    teller += 1;
    const v = await maakVerzoekRij(d, {
      nummer: `AVG-2026-${String(850_000 + teller)}`,
      type: "afscherming",
      status: "in_uitvoering",
      email: `vm${teller}@test.example`,
      clientId,
      ontvangenOp: "2026-10-26",
      doelTermijn: "2026-11-23",
      wettelijkeTermijn: "2026-11-26",
      besluitOp: "2026-11-16",
      uitvoeringTermijn: "2026-12-04",
    });
    const { versie } = await legitimeer(
      backoffice,
      v.id,
      v.versie,
      { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "VM01" },
      { nu: NU },
    );
    await schermAf(
      backoffice,
      v.id,
      versie,
      items.map((i) => i.id),
      "Op verzoek van de cliënt.",
      { nu: NU },
    );

    const huisarts = await mailsAan("huisarts@zorg.example");
    expect(huisarts).toHaveLength(1);
    expect(huisarts[0]!.tekst).toContain("zorgdossier");
    expect(huisarts[0]!.tekst).not.toContain("financiële gegevens");
    const verzekeraar = await mailsAan("declaratie@verzekeraar.example");
    expect(verzekeraar).toHaveLength(1);
    expect(verzekeraar[0]!.tekst).toContain("financiële gegevens");
    expect(verzekeraar[0]!.tekst).not.toContain("zorgdossier");
    // The school only ever got contact details: nothing of this concerns it.
    expect(await mailsAan("zorg@school.example")).toHaveLength(0);
    const rijen = await d.select().from(ontvangerMeldingen).where(eq(ontvangerMeldingen.verzoekId, v.id));
    expect(Object.fromEntries(rijen.map((r) => [r.ontvanger, r.categorieen]))).toEqual({
      "Huisarts Zorg Fictief": ["zorg"],
      "Zorgverzekeraar Fictief": ["financieel"],
    });
  });
});
