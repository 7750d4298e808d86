/**
 * The postponed message about a disclosure, sent later from the request's execution page
 * (docs/decisions/023 and 036), against a real database: the page lists the disclosures of the
 * request's client whose message waits, with the reason and the date; the button sends it (e-mail
 * in the outbox and an audit row, in one transaction); a second click sends nothing; a disclosure
 * of another client is refused; without an e-mail address the postponement ends and staff send a letter.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import {
  auditLog,
  clienten,
  medewerkers,
  organisatie,
  uitgaandeMail,
  verstrekkingen,
  verzoeken,
} from "../../db/schema";
import { action as uitvoeringActie } from "~/routes/backoffice.verzoeken.$id_.uitvoering";
import { startSessie } from "~/services/sessies.server";
import {
  registreerVerstrekkingBijVerzoek,
  uitvoeringOverzicht,
  type UitvoeringActor,
} from "~/services/uitvoering.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const NU = new Date("2026-11-20T10:00:00Z");
const backoffice: UitvoeringActor = { medewerker: { id: "" } };
let teller = 0;

beforeAll(async () => {
  const d = testDb().db;
  await d.insert(organisatie).values({ id: 1, naam: "Testpraktijk" }).onConflictDoNothing();
  const [b] = await d
    .insert(medewerkers)
    .values({ email: "bo.vu@test.example", naam: "Backoffice Test", rollen: ["backoffice"] })
    .returning();
  backoffice.medewerker.id = b!.id;
});

async function clientMetVerzoek(email: string | null) {
  teller += 1;
  const d = testDb().db;
  const [c] = await d
    .insert(clienten)
    .values({
      clientnummer: `VU-${teller}`,
      voornamen: "Testa",
      achternaam: "Later",
      geboortedatum: "1985-04-12",
      email,
    })
    .returning({ id: clienten.id });
  const [v] = await d
    .insert(verzoeken)
    .values({
      nummer: `AVG-2026-60000${teller}`,
      type: "inzage",
      status: "in_behandeling",
      indiener: { naam: "Testa", email: "indiener@test.example", relatie: "zelf" },
      betrokkene: { naam: "Testa", geboortedatum: "1985-04-12", email: "indiener@test.example" },
      clientId: c!.id,
      details: {},
      ontvangenOp: "2026-11-02",
      doelTermijn: "2026-11-30",
      wettelijkeTermijn: "2026-12-02",
    })
    .returning({ id: verzoeken.id });
  return { clientId: c!.id, verzoekId: v!.id };
}

const REDEN = "Het onderzoek van Veilig Thuis loopt nog; vertellen brengt het kind thuis in gevaar.";

async function uitgesteld(verzoekId: string, ontvanger = "Veilig Thuis Regio Fictief") {
  const r = await registreerVerstrekkingBijVerzoek(
    backoffice,
    verzoekId,
    {
      ontvanger,
      ontvangerEmail: null,
      datum: "2026-11-19",
      rechtsgrond: "Meldcode huiselijk geweld en kindermishandeling",
      toestemmingId: null,
      categorieen: ["personalia", "zorg"],
      omschrijving: "",
      uitstelReden: REDEN,
    },
    { nu: NU },
  );
  expect(r.client).toBe("uitgesteld");
  return r.id;
}

async function melden(verzoekId: string, verstrekkingId: string) {
  const cookie = (await startSessie(db(), { medewerkerId: backoffice.medewerker.id })).split(";")[0]!;
  const request = new Request(`http://localhost/backoffice/verzoeken/${verzoekId}/uitvoering`, {
    method: "POST",
    body: new URLSearchParams({ actie: "melden", verstrekkingId }),
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
  });
  return (await uitvoeringActie({ request, params: { id: verzoekId }, context: { cspNonce: "" } })) as
    Response | { data: { fout: { tekst: string } }; init: { status: number } };
}

const mailsAan = (aan: string) => testDb().db.select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, aan));
const meldAudit = (verstrekkingId: string) =>
  testDb()
    .db.select()
    .from(auditLog)
    .where(and(eq(auditLog.actie, "verstrekking.client_gemeld")))
    .then((rijen) => rijen.filter((r) => (r.details as { verstrekkingId: string }).verstrekkingId === verstrekkingId));

describe("a postponed message about a disclosure, sent from the execution page", () => {
  it("is listed with its reason and date; sent once: e-mail in the outbox, audit row; a second click sends nothing", async () => {
    const { clientId, verzoekId } = await clientMetVerzoek("testa.later.vu@client.example");
    const id = await uitgesteld(verzoekId);
    const voor = await uitvoeringOverzicht(backoffice, verzoekId, { nu: NU });
    expect(voor.uitgesteld).toEqual([
      expect.objectContaining({
        id,
        ontvanger: "Veilig Thuis Regio Fictief",
        datum: "2026-11-19",
        reden: REDEN,
        perPost: false,
      }),
    ]);
    expect(await mailsAan("testa.later.vu@client.example")).toHaveLength(0);

    const antwoord = (await melden(verzoekId, id)) as Response;
    expect(antwoord.status).toBe(302);
    expect(antwoord.headers.get("Location")).toContain("uitgesteld=gemeld");
    const mails = await mailsAan("testa.later.vu@client.example");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.sjabloon).toBe("verstrekking_client");
    expect(mails[0]!.tekst).toContain("Veilig Thuis Regio Fictief");
    const log = await meldAudit(id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ clientId, verzoekId, details: expect.objectContaining({ uitkomst: "gemeld" }) });
    expect((await uitvoeringOverzicht(backoffice, verzoekId, { nu: NU })).uitgesteld).toEqual([]);

    const tweede = (await melden(verzoekId, id)) as { data: { fout: { tekst: string } }; init: { status: number } };
    expect(tweede.init.status).toBe(409);
    expect(tweede.data.fout.tekst).toContain("geen uitgesteld bericht meer open");
    expect(await mailsAan("testa.later.vu@client.example")).toHaveLength(1);
    expect(await meldAudit(id)).toHaveLength(1);
  });

  it("a disclosure of another client cannot be sent from this request's page", async () => {
    const eerste = await clientMetVerzoek("testa.een.vu@client.example");
    const ander = await clientMetVerzoek("testa.ander.vu@client.example");
    const id = await uitgesteld(ander.verzoekId);
    const antwoord = (await melden(eerste.verzoekId, id)) as { init: { status: number } };
    expect(antwoord.init.status).toBe(409);
    expect(await mailsAan("testa.ander.vu@client.example")).toHaveLength(0);
    const [rij] = await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.id, id));
    expect(rij).toMatchObject({ clientMeldingUitgesteld: REDEN, clientGeinformeerdOp: null });
  });

  it("without an e-mail address: the postponement ends, staff send a letter, and it is not offered again", async () => {
    const { verzoekId } = await clientMetVerzoek(null);
    const id = await uitgesteld(verzoekId, "Rechtbank Fictief");
    expect((await uitvoeringOverzicht(backoffice, verzoekId, { nu: NU })).uitgesteld).toEqual([
      expect.objectContaining({ id, perPost: true }),
    ]);
    const antwoord = (await melden(verzoekId, id)) as Response;
    expect(antwoord.headers.get("Location")).toContain("uitgesteld=per_post");
    const [rij] = await testDb().db.select().from(verstrekkingen).where(eq(verstrekkingen.id, id));
    expect(rij).toMatchObject({ clientMeldingUitgesteld: null, clientGeinformeerdOp: null });
    expect((await meldAudit(id))[0]!.details).toMatchObject({ uitkomst: "per_post" });
    expect((await uitvoeringOverzicht(backoffice, verzoekId, { nu: NU })).uitgesteld).toEqual([]);
    expect(((await melden(verzoekId, id)) as { init: { status: number } }).init.status).toBe(409);
    expect(await meldAudit(id)).toHaveLength(1);
  });
});
