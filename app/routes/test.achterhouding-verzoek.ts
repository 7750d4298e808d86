import type { ActionFunctionArgs } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { db } from "../../db/db.server";
import { clienten, dossierItems, verzoeken } from "../../db/schema";
import { addDays, amsterdamDate } from "~/domain/calendar";
import { env } from "~/env.server";
import { herberekenTermijnen, voegGebeurtenisToe } from "~/services/verzoeken.server";
import { leesFormulier } from "~/server/invoer.server";
import { legitimeerVoorTest } from "~/services/test-legitimatie.server";

/**
 * POST /test/achterhouding-verzoek: e2e fixture for withholding (docs/decisions/012, 013), ONLY when
 * NODE_ENV is "test"; 404 everywhere else. Makes a fictitious client with a care note that is partly
 * about someone else, and an inzage request for that client, matched, identity confirmed and in
 * behandeling: the state in which staff decide what to withhold. Picking up and matching have
 * their own specs.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (env().NODE_ENV !== "test") return new Response("Niet gevonden", { status: 404 });
  await leesFormulier(request);
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  const uniek = randomBytes(4).toString("hex");
  const resultaat = await db().transaction(async (tx) => {
    const [c] = await tx
      .insert(clienten)
      .values({ clientnummer: `E2E-A-${uniek}`, voornamen: "Testa", achternaam: `Fictief-${uniek}`, geboortedatum: "1984-02-02" })
      .returning({ id: clienten.id });
    await tx.insert(dossierItems).values([
      { clientId: c!.id, categorie: "contact", titel: `Adres ${uniek}`, inhoud: { adres: "Teststraat 1, Utrecht" } },
      {
        clientId: c!.id,
        categorie: "zorg",
        titel: `Gespreksverslag ${uniek}`,
        inhoud: { verslag: "Gesprek over de voortgang.", zus: `Zus vertelt over haar eigen schulden ${uniek}.` },
        herkomst: "zorgverlener",
      },
    ]);
    const [v] = await tx
      .insert(verzoeken)
      .values({
        nummer: `AVG-2026-8${String(parseInt(uniek, 16)).padStart(10, "0").slice(-7)}`,
        type: "inzage",
        status: "in_behandeling",
        kanaal: "brief",
        indiener: { naam: "Testa", email: `client-${uniek}@voorbeeld.example`, relatie: "zelf" },
        betrokkene: { naam: "Testa", geboortedatum: "1984-02-02", email: `client-${uniek}@voorbeeld.example` },
        clientId: c!.id,
                ontvangenOp: addDays(vandaag, -3),
        ontvangenTijdstip: nu,
        doelTermijn: vandaag,
        wettelijkeTermijn: vandaag,
      })
      .returning({ id: verzoeken.id, nummer: verzoeken.nummer });
    await voegGebeurtenisToe(tx, { verzoekId: v!.id, soort: "ontvangen", zichtbaarVoorClient: true, actor: { soort: "systeem" }, op: nu });
    await herberekenTermijnen(tx, v!.id, { nu });
    return { ...v!, uniek };
  });
  await legitimeerVoorTest(resultaat.id);
  return Response.json(resultaat);
}

export function loader() {
  return new Response("Niet gevonden", { status: 404 });
}
