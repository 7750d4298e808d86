import type { LoaderFunctionArgs } from "@remix-run/node";
import { bijlageVoorMedewerker } from "~/services/bijlagen.server";
import { downloadResponse } from "~/services/download-http.server";
import { requireMedewerker } from "~/services/sessies.server";

/**
 * GET /backoffice/verzoeken/:id/bijlagen/:bijlageId: a file the requester sent (docs/decisions/032),
 * decrypted while streaming, as an attachment with nosniff and a sandboxing CSP. Backoffice or
 * directie; every download is in the client's access log ("bijlage.gedownload"). 404 otherwise.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  const b = await bijlageVoorMedewerker(sessie, params.id ?? "", params.bijlageId ?? "");
  if (!b) return new Response("Niet gevonden", { status: 404 });
  return downloadResponse(b);
}
