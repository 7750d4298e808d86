import type { ActionFunctionArgs } from "@remix-run/node";
import { startPasskeyInloggen } from "~/services/passkeys.server";
import { leesFormulier } from "~/server/invoer.server";

/** POST /passkey/inloggen: WebAuthn options for a client's passkey sign-in (challenge kept server-side). */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  // No fields; the body is still checked like every other (docs/decisions/016).
  await leesFormulier(request);
  const options = await startPasskeyInloggen({ soort: "account", userVerification: "preferred" });
  return Response.json(options, { headers: { "Cache-Control": "no-store" } });
}

export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
