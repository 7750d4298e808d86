import type { LoaderFunctionArgs } from "@remix-run/node";
import { documentVoorMedewerker } from "~/services/documenten.server";
import { downloadResponse } from "~/http/downloads.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";

/**
 * GET /backoffice/verzoeken/:id/documenten/:documentId: a document of the request's client, as an
 * attachment with nosniff and a sandboxing CSP (docs/decisions/028). Backoffice or directie; every
 * download is in the access log ("document.gedownload"). 404 for anything else.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const d = await documentVoorMedewerker(sessie, { verzoekId: params.id ?? "" }, params.documentId ?? "");
  if (!d) return nietGevonden(request);
  return downloadResponse(d);
}
