import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isTaal } from "~/i18n/taal";
import { taalCookie } from "~/i18n/taal.server";
import { getOrganisatie, taalAangeboden } from "~/services/organisatie.server";
import { leesFormulier } from "~/server/invoer.server";

/**
 * The language switch: a plain form POST, so it works without JavaScript. Only the organisation's
 * languages (organisatie.talen) are offered; asking for another one sets Dutch.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await leesFormulier(request);
  const gevraagd = form.get("taal");
  const terug = String(form.get("terug") ?? "/");
  // Only a path on this site: never an open redirect.
  const doel = terug.startsWith("/") && !terug.startsWith("//") ? terug : "/";
  if (!isTaal(gevraagd)) return redirect(doel);
  const taal = taalAangeboden(gevraagd, await getOrganisatie());
  return redirect(doel, { headers: { "Set-Cookie": await taalCookie.serialize(taal) } });
}

export function loader() {
  return redirect("/");
}
