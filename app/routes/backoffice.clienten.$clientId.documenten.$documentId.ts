import type { LoaderFunctionArgs } from "@remix-run/node";
import { documentVoorMedewerker } from "~/services/documenten.server";
import { downloadResponse } from "~/http/downloads.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";

/**
 * GET /backoffice/clienten/:clientId/documenten/:documentId: a document of the client's dossier, as
 * an attachment with nosniff and a sandboxing CSP (docs/decisions/028, 032). Backoffice or directie;
 * logged ("document.gedownload"). 404 for anything else.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const d = await documentVoorMedewerker(sessie, { clientId: params.clientId ?? "" }, params.documentId ?? "");
  if (!d) return nietGevonden(request);
  return downloadResponse(d);
}
