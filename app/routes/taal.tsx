import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isTaal } from "~/i18n/taal";
import { taalCookie } from "~/i18n/taal.server";

/** The language switch: a plain form POST, so it works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const taal = form.get("taal");
  const terug = String(form.get("terug") ?? "/");
  // Only a path on this site: never an open redirect.
  const doel = terug.startsWith("/") && !terug.startsWith("//") ? terug : "/";
  if (!isTaal(taal)) return redirect(doel);
  return redirect(doel, { headers: { "Set-Cookie": await taalCookie.serialize(taal) } });
}

export function loader() {
  return redirect("/");
}
