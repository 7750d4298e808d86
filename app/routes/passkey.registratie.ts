import type { ActionFunctionArgs } from "@remix-run/node";
import { startPasskeyRegistratie } from "~/services/passkeys.server";
import { getSessie } from "~/services/sessies.server";
import { leesFormulier } from "~/server/invoer.server";

/** POST /passkey/registratie: WebAuthn options to add a passkey to the signed-in client's account. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  await leesFormulier(request);
  const sessie = await getSessie(request);
  if (sessie?.soort !== "client") {
    return Response.json({ fout: "niet_ingelogd" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const options = await startPasskeyRegistratie(
    { accountId: sessie.account.id },
    { userVerification: "preferred", gebruikersnaam: sessie.account.email, weergavenaam: sessie.account.naam },
  );
  return Response.json(options, { headers: { "Cache-Control": "no-store" } });
}

export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
