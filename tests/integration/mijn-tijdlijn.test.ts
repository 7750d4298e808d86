/**
 * The client's timeline says what was carried out (app/ui/tijdlijn.tsx, data from
 * app/services/mijn.server.ts): after a correction the "uitgevoerd" event on /mijn carries the
 * service's plain-words summary and how many earlier recipients were told (AVG art. 19), in the
 * client's language.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { accounts, clienten, dossierItems, verstrekkingen, verzoeken } from "../../db/schema";
import { BERICHTEN } from "~/i18n/berichten";
import { mijnVerzoek, type ClientActor } from "~/services/mijn.server";
import { voerCorrectieUit, type UitvoeringActor } from "~/services/uitvoering.server";
import { beschrijfGebeurtenis } from "~/domain/tijdlijn";
import { useFreshDatabase } from "../support/database";
import { praktijkMetMedewerker } from "../support/praktijk";

const testDb = useFreshDatabase();
const db = () => testDb().db;
const NU = new Date("2026-11-20T10:00:00Z");
const backoffice: UitvoeringActor = { medewerker: { id: "" } };

beforeAll(async () => {
  backoffice.medewerker.id = await praktijkMetMedewerker(db(), { email: "bo@tijdlijn.example" });
});

describe("the client's timeline after execution", () => {
  it("shows what was corrected and that two earlier recipients were told", async () => {
    const [account] = await db()
      .insert(accounts)
      .values({ email: "testa@tijdlijn.example" })
      .returning({ id: accounts.id });
    const client: ClientActor = { soort: "client", account: { id: account!.id } };
    const [c] = await db()
      .insert(clienten)
      // Docs/decisions/018: the filer's proved address is the one in the record ("bekend_adres").
      .values({
        clientnummer: "T-TL-1",
        voornamen: "Testa",
        achternaam: "Tijdlijn",
        geboortedatum: "1985-04-12",
        email: "Testa@tijdlijn.example",
      })
      .returning({ id: clienten.id });
    const [item] = await db()
      .insert(dossierItems)
      .values({
        clientId: c!.id,
        categorie: "contact",
        titel: "Contactgegevens",
        inhoud: { adres: "Lindelaan 1, Utrecht" },
      })
      .returning({ id: dossierItems.id });
    const eerdereOntvangers: Array<[string, string]> = [
      ["Huisartsenpraktijk Oost", "post@oost.example"],
      ["Gemeente Test", "wmo@gemeente.example"],
    ];
    for (const [ontvanger, email] of eerdereOntvangers) {
      await db()
        .insert(verstrekkingen)
        .values({
          clientId: c!.id,
          ontvanger,
          ontvangerEmail: email,
          datum: "2025-02-01",
          rechtsgrond: "wettelijke plicht",
          categorieen: ["contact"],
        });
    }
    const [v] = await db()
      .insert(verzoeken)
      .values({
        nummer: "AVG-2026-880001",
        type: "correctie",
        status: "in_uitvoering",
        ingediendDoorAccountId: account!.id,
        indiener: { naam: "Testa", email: "testa@tijdlijn.example", relatie: "zelf" },
        betrokkene: { naam: "Testa", geboortedatum: "1985-04-12", email: "testa@tijdlijn.example" },
        clientId: c!.id,
        taal: "en",
        ontvangenOp: "2026-10-26",
        doelTermijn: "2026-11-23",
        wettelijkeTermijn: "2026-11-26",
        besluitOp: "2026-11-16",
        uitvoeringTermijn: "2026-12-04",
      })
      .returning({ id: verzoeken.id, versie: verzoeken.versie });

    await voerCorrectieUit(
      backoffice,
      v!.id,
      v!.versie,
      [{ dossierItemId: item!.id, veld: "adres", nieuweWaarde: "Lindelaan 3, Utrecht" }],
      { nu: NU },
    );

    const pagina = await mijnVerzoek(client, "AVG-2026-880001");
    const uitgevoerd = pagina!.tijdlijn.find((g) => g.soort === "uitgevoerd");
    expect(uitgevoerd).toBeDefined();
    expect(beschrijfGebeurtenis(uitgevoerd!, BERICHTEN.nl.tijdlijn, "nl")).toEqual({
      tekst: "Wij hebben uw verzoek uitgevoerd.",
      details: [
        "Wat wij hebben gedaan: 1 gegeven in uw dossier is gecorrigeerd of aangevuld.",
        "Wij hebben 2 organisaties die eerder gegevens van ons kregen op de hoogte gebracht. U kunt ons vragen welke dat zijn.",
      ],
    });
    expect(beschrijfGebeurtenis(uitgevoerd!, BERICHTEN.en.tijdlijn, "en").details[0]).toBe(
      "What we did: 1 item in your records was corrected or completed.",
    );
  });
});
