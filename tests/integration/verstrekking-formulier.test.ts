/**
 * The staff form that registers a disclosure of the client a request is linked to (decision 030,
 * docs/decisions/023): through `registreerVerstrekking`, so a disclosure without consent is told
 * to the client at once, bad input changes nothing, and an unlinked request is refused.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { uitgaandeMail, verstrekkingen } from "../../db/schema";
import { registreerVerstrekkingBijVerzoek, type UitvoeringActor } from "~/services/uitvoering.server";
import { useFreshDatabase } from "../support/database";
import { maakClient, maakVerzoekRij, praktijkMetMedewerker } from "../support/praktijk";

const testDb = useFreshDatabase();
const NU = new Date("2026-11-20T10:00:00Z");
const backoffice: UitvoeringActor = { medewerker: { id: "" } };

beforeAll(async () => {
  backoffice.medewerker.id = await praktijkMetMedewerker(testDb().db);
});

async function verzoek(clientId: string | null, nummer: string) {
  return (await maakVerzoekRij(testDb().db, { nummer, type: "inzage", clientId })).id;
}

describe("registering a disclosure from a request (backoffice form)", () => {
  it("without consent: stored for the linked client and the client told at once; bad input and an unlinked request change nothing", async () => {
    const d = testDb().db;
    const clientId = await maakClient(d, {
      clientnummer: "VF-1",
      achternaam: "Verstrekt",
      email: "testa.verstrekt@test.example",
    });
    const v = await verzoek(clientId, "AVG-2026-500001");
    const invoer = {
      ontvanger: "Veilig Thuis Regio Fictief",
      datum: "2026-11-19",
      rechtsgrond: "Meldcode huiselijk geweld (art. 5.2.6 Wmo 2015)",
      categorieen: ["personalia", "zorg"],
      omschrijving: "Melding na zorgen over de veiligheid thuis.",
    };
    await expect(
      registreerVerstrekkingBijVerzoek(backoffice, v, { ...invoer, ontvanger: "  " }, { nu: NU }),
    ).rejects.toMatchObject({ code: "ontvanger_verplicht" });
    await expect(
      registreerVerstrekkingBijVerzoek(backoffice, v, { ...invoer, datum: "19-11-2026" as never }, { nu: NU }),
    ).rejects.toMatchObject({ code: "datum_ongeldig" });
    const los = await verzoek(null, "AVG-2026-500002");
    await expect(registreerVerstrekkingBijVerzoek(backoffice, los, invoer, { nu: NU })).rejects.toMatchObject({
      code: "geen_client",
    });
    expect(await d.select().from(verstrekkingen).where(eq(verstrekkingen.clientId, clientId))).toEqual([]);

    const { client } = await registreerVerstrekkingBijVerzoek(backoffice, v, invoer, { nu: NU });
    expect(client).toBe("gemeld");
    const [rij] = await d.select().from(verstrekkingen).where(eq(verstrekkingen.clientId, clientId));
    expect([rij!.ontvanger, rij!.categorieen, rij!.clientGeinformeerdOp]).toEqual([
      "Veilig Thuis Regio Fictief",
      ["personalia", "zorg"],
      NU,
    ]);
    const [mail] = await d.select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, "testa.verstrekt@test.example"));
    expect(mail!.sjabloon).toBe("verstrekking_client");
    expect(mail!.tekst).toContain("Veilig Thuis Regio Fictief");
  });
});
