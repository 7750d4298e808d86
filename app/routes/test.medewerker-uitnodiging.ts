import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { MEDEWERKER_ROLLEN } from "../../db/schema";
import { env } from "~/env.server";
import { nodigMedewerkerUit } from "~/services/medewerkers.server";
import { leesFormulier } from "~/server/invoer.server";

const Invoer = z.object({
  email: z.string().trim().min(3).max(254),
  naam: z.string().trim().min(1).max(100).optional(),
  rol: z.enum(MEDEWERKER_ROLLEN),
});

/**
 * POST /test/medewerker-uitnodiging: e2e fixture, ONLY when NODE_ENV is "test" (Playwright's
 * server); 404 everywhere else. Invites a (fictional) staff member through the real service, as the
 * CLI does (system actor): the invitation e-mail is queued as usual, and the one-time URL is
 * returned so tests/e2e/support/staff.ts can open it without a database connection of its own.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (env().NODE_ENV !== "test") return new Response("Niet gevonden", { status: 404 });
  const invoer = Invoer.safeParse(Object.fromEntries(await leesFormulier(request)));
  if (!invoer.success) return new Response(invoer.error.message, { status: 400 });
  const uitnodiging = await nodigMedewerkerUit({ ...invoer.data, door: null });
  return Response.json({
    url: uitnodiging.url,
    medewerkerId: uitnodiging.medewerkerId,
    verlooptOp: uitnodiging.verlooptOp.toISOString(),
  });
}

export function loader() {
  return new Response("Niet gevonden", { status: 404 });
}
