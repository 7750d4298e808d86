import type { LoaderFunctionArgs } from "@remix-run/node";
import { bijlageVoorMedewerker } from "~/services/bijlagen.server";
import { downloadResponse } from "~/http/downloads.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";

/**
 * GET /backoffice/verzoeken/:id/bijlagen/:bijlageId: a file the requester sent (docs/decisions/032),
 * decrypted while streaming, as an attachment with nosniff and a sandboxing CSP. Backoffice or
 * directie; every download is in the client's access log ("bijlage.gedownload"). 404 otherwise.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const b = await bijlageVoorMedewerker(sessie, params.id ?? "", params.bijlageId ?? "");
  if (!b) return nietGevonden(request);
  return downloadResponse(b);
}
