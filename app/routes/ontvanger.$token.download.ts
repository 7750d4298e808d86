import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { downloadVoorOntvanger, ontvangerPagina } from "~/services/ontvanger.server";
import { pakketResponse } from "~/http/downloads.server";
import { leesFormulier } from "~/server/invoer.server";

/**
 * POST /ontvanger/:token/download (field `code`): check the one-time code and stream the package.
 * A wrong, used or expired code: back to the link page with the reason (nothing is sent).
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const terug = `/ontvanger/${encodeURIComponent(token)}`;
  const form = await leesFormulier(request);
  const code = String(form.get("code") ?? "").replace(/[\s-]/g, "");
  if (!/^\d{6}$/.test(code)) throw redirect(`${terug}?fout=${code ? "onjuist" : "code_verplicht"}#ontvanger-fouten`);
  const r = await downloadVoorOntvanger(token, code);
  if (r.ok) return pakketResponse(r.stroom, r.bestandsnaam, r.grootte);
  // The package itself expired or reached its limit: the page says so, no code error on top.
  const pagina = await ontvangerPagina(token);
  if (!pagina?.beschikbaar) throw redirect(terug);
  const reden = r.reden === "verlopen" ? "verlopen_code" : r.reden;
  throw redirect(`${terug}?fout=${reden}#ontvanger-fouten`);
}

/** GET has nothing to give: the link page is one level up. */
export async function loader({ params }: ActionFunctionArgs) {
  throw redirect(`/ontvanger/${encodeURIComponent(params.token ?? "")}`);
}
