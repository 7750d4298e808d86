import type { ActionFunctionArgs } from "@remix-run/node";
import { leesFormulier } from "~/server/invoer.server";
import { startUitnodigingPasskey } from "~/services/medewerkers.server";

/**
 * POST /backoffice/passkey/registratie (form field `token`): WebAuthn options to create the passkey
 * of a valid staff invitation (user verification and a resident key required). 410 when the
 * invitation is unknown, used or expired.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  const formData = await leesFormulier(request);
  const options = await startUitnodigingPasskey(formData.get("token"));
  if (!options) {
    return Response.json({ fout: "uitnodiging_ongeldig" }, { status: 410, headers: { "Cache-Control": "no-store" } });
  }
  return Response.json(options, { headers: { "Cache-Control": "no-store" } });
}

export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
