import type { LoaderFunctionArgs } from "@remix-run/node";
import { documentResponse, documentVoorMedewerker } from "~/services/documenten.server";
import { requireMedewerker } from "~/services/sessies.server";

/**
 * GET /backoffice/verzoeken/:id/documenten/:documentId: a document of the request's client, as an
 * attachment with nosniff and a sandboxing CSP (docs/decisions/028). Backoffice or directie; every
 * download is in the access log ("document.gedownload"). 404 for anything else.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  const d = await documentVoorMedewerker(sessie, params.id ?? "", params.documentId ?? "");
  if (!d) return new Response("Niet gevonden", { status: 404 });
  return documentResponse(d);
}
