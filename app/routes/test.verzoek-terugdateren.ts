import type { ActionFunctionArgs } from "@remix-run/node";
import { eq, isNull, and } from "drizzle-orm";
import { z } from "zod";
import { db } from "../../db/db.server";
import { klokpauzes, verzoeken } from "../../db/schema";
import { addDays, amsterdamDate } from "~/domain/calendar";
import { env } from "~/env.server";
import { herberekenTermijnen } from "~/services/verzoeken.server";
import { leesFormulier } from "~/server/invoer.server";

const Invoer = z.object({
  nummer: z.string().regex(/^AVG-\d{4}-\d{6,}$/),
  /** The request was received this many days ago. */
  ontvangenDagenGeleden: z.coerce.number().int().min(0).max(60),
  /** The open clock pause started this many days ago (at most the days since receipt). */
  pauzeDagenGeleden: z.coerce.number().int().min(0).max(60),
});

/**
 * POST /test/verzoek-terugdateren: e2e fixture for the backoffice request page, ONLY when NODE_ENV
 * is "test" (Playwright's server); 404 everywhere else. A browser test runs within one day, so a
 * pause cannot last days: this moves the request's receipt and its open pause back in time, and
 * recomputes the deadlines with the real deadline engine.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (env().NODE_ENV !== "test") return new Response("Niet gevonden", { status: 404 });
  const invoer = Invoer.safeParse(Object.fromEntries(await leesFormulier(request)));
  if (!invoer.success) return new Response(invoer.error.message, { status: 400 });
  const { nummer, ontvangenDagenGeleden, pauzeDagenGeleden } = invoer.data;
  if (pauzeDagenGeleden > ontvangenDagenGeleden) return new Response("Pauze vóór ontvangst", { status: 400 });
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  const resultaat = await db().transaction(async (tx) => {
    const [v] = await tx.select({ id: verzoeken.id }).from(verzoeken).where(eq(verzoeken.nummer, nummer));
    if (!v) return null;
    await tx
      .update(verzoeken)
      .set({ ontvangenOp: addDays(vandaag, -ontvangenDagenGeleden) })
      .where(eq(verzoeken.id, v.id));
    await tx
      .update(klokpauzes)
      .set({ van: addDays(vandaag, -pauzeDagenGeleden) })
      .where(and(eq(klokpauzes.verzoekId, v.id), isNull(klokpauzes.tot)));
    return herberekenTermijnen(tx, v.id, { nu });
  });
  if (!resultaat) return new Response("Niet gevonden", { status: 404 });
  return Response.json({ doelTermijn: resultaat.doelTermijn, wettelijkeTermijn: resultaat.wettelijkeTermijn });
}

export function loader() {
  return new Response("Niet gevonden", { status: 404 });
}
