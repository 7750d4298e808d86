import type { LoaderFunctionArgs } from "@remix-run/node";
import { documentVanClientVoorMedewerker } from "~/services/documenten.server";
import { downloadResponse } from "~/services/download-http.server";
import { requireMedewerker } from "~/services/sessies.server";

/**
 * GET /backoffice/clienten/:clientId/documenten/:documentId: a document of the client's dossier, as
 * an attachment with nosniff and a sandboxing CSP (docs/decisions/028, 032). Backoffice or directie;
 * logged ("document.gedownload"). 404 for anything else.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  const d = await documentVanClientVoorMedewerker(sessie, params.clientId ?? "", params.documentId ?? "");
  if (!d) return new Response("Niet gevonden", { status: 404 });
  return downloadResponse(d);
}
