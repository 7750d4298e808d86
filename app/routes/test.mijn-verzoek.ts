import type { ActionFunctionArgs } from "@remix-run/node";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "../../db/db.server";
import { accounts, klokpauzes, medewerkers, verzoeken } from "../../db/schema";
import { amsterdamDate } from "~/domain/calendar";
import { VERZOEKTYPEN } from "~/domain/request-types";
import { env } from "~/env.server";
import { stuurBericht } from "~/services/berichten.server";
import { herberekenTermijnen, voegGebeurtenisToe, volgendVerzoeknummer } from "~/services/verzoeken.server";
import { leesFormulier } from "~/server/invoer.server";

const Invoer = z.object({
  email: z.string().trim().min(3).max(254),
  type: z.enum(VERZOEKTYPEN).default("inzage"),
  /** Filed as representative for this (fictional) person. */
  voor: z.string().trim().max(100).optional(),
  /** The representative's relation when `voor` is given (default ouder_met_gezag). */
  relatie: z.enum(["ouder_met_gezag", "gemachtigde", "voogd", "mentor", "curator"]).default("ouder_met_gezag"),
  /** The organisation asked this question: clock paused, status wacht_op_client, one message. */
  vraag: z.string().trim().max(500).optional(),
});

/**
 * POST /test/mijn-verzoek: e2e fixture for the /mijn pages, ONLY when NODE_ENV is "test"
 * (Playwright's server); 404 everywhere else. Stores a request filed by the signed-in e2e account,
 * and optionally a question from the organisation that pauses the clock, through the real services.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (env().NODE_ENV !== "test") return new Response("Niet gevonden", { status: 404 });
  const invoer = Invoer.safeParse(Object.fromEntries(await leesFormulier(request)));
  if (!invoer.success) return new Response(invoer.error.message, { status: 400 });
  const { email, type, voor, vraag, relatie } = invoer.data;
  const nu = new Date();
  const vandaag = amsterdamDate(nu);

  const { nummer, id } = await db().transaction(async (tx) => {
    const [account] = await tx.select().from(accounts).where(sql`lower(${accounts.email}) = ${email.toLowerCase()}`);
    if (!account) throw new Response("Log eerst in met dit e-mailadres.", { status: 400 });
    const [medewerker] = await tx.select({ id: medewerkers.id }).from(medewerkers).limit(1);
    const nummer = await volgendVerzoeknummer(tx, vandaag);
    const [verzoek] = await tx
      .insert(verzoeken)
      .values({
        nummer,
        type,
        status: vraag ? "wacht_op_client" : "ontvangen",
        ingediendDoorAccountId: account.id,
        indiener: { naam: "E2e Indiener", email: account.email, relatie: voor ? relatie : "zelf" },
        betrokkene: { naam: voor ?? "E2e Indiener", geboortedatum: voor ? "2017-03-02" : "1980-01-01", email: account.email },
        ontvangenOp: vandaag,
        ontvangenTijdstip: nu,
        doelTermijn: vandaag,
        wettelijkeTermijn: vandaag,
      })
      .returning({ id: verzoeken.id });
    const verzoekId = verzoek!.id;
    await voegGebeurtenisToe(tx, {
      verzoekId,
      soort: "ontvangen",
      zichtbaarVoorClient: true,
      actor: { soort: "client", id: account.id },
      op: nu,
    });
    if (vraag && medewerker) {
      await tx.insert(klokpauzes).values({ verzoekId, van: vandaag, reden: vraag, aangemaaktDoor: medewerker.id });
      await voegGebeurtenisToe(tx, {
        verzoekId,
        soort: "vraag_gesteld",
        gegevens: { reden: vraag },
        zichtbaarVoorClient: true,
        actor: { soort: "medewerker", id: medewerker.id },
        op: nu,
      });
      await stuurBericht(tx, { verzoekId, van: "organisatie", auteur: { medewerkerId: medewerker.id }, tekst: vraag, pauzeertKlok: true, nu });
    }
    await herberekenTermijnen(tx, verzoekId, { nu });
    return { nummer, id: verzoekId };
  });
  return Response.json({ nummer, id });
}

export function loader() {
  return new Response("Niet gevonden", { status: 404 });
}
