import { eq } from "drizzle-orm";
import type { ActionFunctionArgs } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "../../db/db.server";
import { clienten, dossierItems, verstrekkingen, verzoeken } from "../../db/schema";
import { addDays, amsterdamDate } from "~/domain/calendar";
import { env } from "~/env.server";
import { leesFormulier } from "~/server/invoer.server";
import { legitimeerVoorTest } from "~/services/test-legitimatie.server";

const Invoer = z.object({
  type: z.enum(["correctie", "verwijdering", "afscherming"]),
  /** "ja": every dossier item is restricted (AVG art. 18), as when a correction meets restricted data. */
  afgeschermd: z.literal("ja").optional(),
});

/**
 * POST /test/uitvoering-verzoek: e2e fixture for the execution pages, ONLY when NODE_ENV is "test"
 * (Playwright's server); 404 everywhere else. Makes a fictitious client with a contact item, a
 * 5-year-old care record, an 8-year-old financial record and one earlier recipient, and a granted
 * request of the given type for that client, in status in_uitvoering.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (env().NODE_ENV !== "test") return new Response("Niet gevonden", { status: 404 });
  const invoer = Invoer.safeParse(Object.fromEntries(await leesFormulier(request)));
  if (!invoer.success) return new Response(invoer.error.message, { status: 400 });
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  const uniek = randomBytes(4).toString("hex");
  const jarenGeleden = (n: number) => new Date(nu.getTime() - n * 365.25 * 24 * 3600 * 1000);
  const resultaat = await db().transaction(async (tx) => {
    const [c] = await tx
      .insert(clienten)
      .values({ clientnummer: `E2E-${uniek}`, voornamen: "Testa", achternaam: `Fictief-${uniek}`, geboortedatum: "1980-05-05", status: "voormalig", uitZorgOp: "2022-01-31" })
      .returning({ id: clienten.id });
    await tx.insert(dossierItems).values([
      { clientId: c!.id, categorie: "contact", titel: `Adres ${uniek}`, inhoud: { adres: "Teststraat 1, Utrecht" } },
      { clientId: c!.id, categorie: "zorg", titel: `Verslag ${uniek}`, inhoud: { verslag: "Intake." }, aangemaaktOp: jarenGeleden(5), gewijzigdOp: jarenGeleden(5) },
      { clientId: c!.id, categorie: "financieel", titel: `Factuur ${uniek}`, inhoud: { bedrag: "80,00" }, aangemaaktOp: jarenGeleden(8), gewijzigdOp: jarenGeleden(8) },
    ]);
    if (invoer.data.afgeschermd === "ja") await tx.update(dossierItems).set({ afgeschermd: true }).where(eq(dossierItems.clientId, c!.id));
    await tx.insert(verstrekkingen).values({ clientId: c!.id, ontvanger: `Huisarts ${uniek}`, ontvangerEmail: `huisarts-${uniek}@voorbeeld.example`, datum: "2024-02-02", rechtsgrond: "toestemming" });
    const [v] = await tx
      .insert(verzoeken)
      .values({
        nummer: `AVG-2026-9${String(parseInt(uniek, 16)).padStart(10, "0").slice(-7)}`,
        type: invoer.data.type,
        status: "in_uitvoering",
        // What the client asks, as the wizard stores it (a correction: rows of field, now, should be).
        details:
          invoer.data.type === "correctie"
            ? { type: "correctie", rijen: [{ welk: "Adres", nu: "Teststraat 1, Utrecht", moetZijn: "Teststraat 3, Utrecht", waarom: "Verhuisd." }] }
            : {},
        indiener: { naam: "Testa", email: `client-${uniek}@voorbeeld.example`, relatie: "zelf" },
        betrokkene: { naam: "Testa", geboortedatum: "1980-05-05", email: `client-${uniek}@voorbeeld.example` },
        clientId: c!.id,
        ontvangenOp: addDays(vandaag, -20),
        doelTermijn: addDays(vandaag, 8),
        wettelijkeTermijn: addDays(vandaag, 10),
        besluitOp: addDays(vandaag, -2),
        uitvoeringTermijn: addDays(vandaag, 12),
      })
      .returning({ id: verzoeken.id, nummer: verzoeken.nummer });
    return { ...v!, uniek };
  });
  await legitimeerVoorTest(resultaat.id);
  return Response.json(resultaat);
}
