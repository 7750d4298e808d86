import type { ActionFunctionArgs } from "@remix-run/node";
import { startMedewerkerInloggen } from "~/services/medewerkers.server";
import { leesFormulier } from "~/server/invoer.server";

/**
 * POST /backoffice/passkey/inloggen: WebAuthn options for a staff passkey sign-in (discoverable,
 * user verification required). The challenge is kept on the server, marked "medewerker".
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  await leesFormulier(request);
  const options = await startMedewerkerInloggen();
  return Response.json(options, { headers: { "Cache-Control": "no-store" } });
}

export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
