import type { ActionFunctionArgs } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "../../db/db.server";
import { accounts, besluiten, clienten, medewerkers, verzoeken } from "../../db/schema";
import { amsterdamDate } from "~/domain/calendar";
import { env } from "~/env.server";
import { herberekenTermijnen, voegGebeurtenisToe, volgendVerzoeknummer } from "~/services/verzoeken.server";
import { leesFormulier } from "~/server/invoer.server";
import { legitimeerVoorTest } from "~/services/test-legitimatie.server";

const Invoer = z.object({
  email: z.string().trim().min(3).max(254),
  /** The receiving provider (portability to another provider). */
  aanbiederNaam: z.string().trim().min(1).max(200),
  aanbiederEmail: z.email(),
  clientnummer: z.string().trim().default("DL-1001"),
});

/**
 * POST /test/pakket-verzoek: e2e fixture for tests/e2e/pakket.spec.ts, ONLY when NODE_ENV is "test"
 * (docs/decisions/012); 404 everywhere else. Stores a portability request to another provider,
 * filed by the signed-in e2e account, already matched to a demo client and granted (in_uitvoering):
 * the state in which staff make the package. Matching and granting have their own UI and tests.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (env().NODE_ENV !== "test") return new Response("Niet gevonden", { status: 404 });
  const invoer = Invoer.safeParse(Object.fromEntries(await leesFormulier(request)));
  if (!invoer.success) return new Response(invoer.error.message, { status: 400 });
  const { email, aanbiederNaam, aanbiederEmail, clientnummer } = invoer.data;
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  const resultaat = await db().transaction(async (tx) => {
    const [account] = await tx.select().from(accounts).where(sql`lower(${accounts.email}) = ${email.toLowerCase()}`);
    if (!account) throw new Response("Log eerst in met dit e-mailadres.", { status: 400 });
    const [client] = await tx.select().from(clienten).where(eq(clienten.clientnummer, clientnummer));
    if (!client) throw new Response("Onbekend cliëntnummer.", { status: 400 });
    const nummer = await volgendVerzoeknummer(tx, vandaag);
    const [verzoek] = await tx
      .insert(verzoeken)
      .values({
        nummer,
        type: "dataportabiliteit",
        status: "in_uitvoering",
        ingediendDoorAccountId: account.id,
        indiener: { naam: "E2e Indiener", email: account.email, relatie: "zelf" },
        betrokkene: { naam: "E2e Indiener", geboortedatum: client.geboortedatum, email: account.email },
        clientId: client.id,
        details: { type: "dataportabiliteit", bestemming: "zorgaanbieder", aanbieder: { naam: aanbiederNaam, email: aanbiederEmail.toLowerCase() } },
        identiteit: "eigen_adres",
        ontvangenOp: vandaag,
        ontvangenTijdstip: nu,
        doelTermijn: vandaag,
        wettelijkeTermijn: vandaag,
        besluitOp: vandaag,
      })
      .returning({ id: verzoeken.id });
    // Granted: the sent toewijzing a package follows (app/domain/pakket.ts heeftToekennendBesluit).
    const [opsteller] = await tx.select({ id: medewerkers.id }).from(medewerkers).where(sql`'backoffice' = any(${medewerkers.rollen})`).limit(1);
    if (!opsteller) throw new Response("Geen medewerker met de rol backoffice.", { status: 400 });
    await tx.insert(besluiten).values({ verzoekId: verzoek!.id, soort: "toewijzing", status: "verzonden", opstellerId: opsteller.id, aangemaaktOp: nu, bijgewerktOp: nu });
    await voegGebeurtenisToe(tx, { verzoekId: verzoek!.id, soort: "ontvangen", zichtbaarVoorClient: true, actor: { soort: "client", id: account.id }, op: nu });
    await herberekenTermijnen(tx, verzoek!.id, { nu });
    return { nummer, id: verzoek!.id };
  });
  await legitimeerVoorTest(resultaat.id);
  return Response.json(resultaat);
}

export function loader() {
  return new Response("Niet gevonden", { status: 404 });
}
