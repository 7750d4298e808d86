import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfAntwoord } from "~/http/downloads.server";
import { alsPaginaFout, nietGevonden } from "~/http/fouten.server";
import { besluitPdfVoorMedewerker } from "~/services/ondertekening.server";
import { vereisMedewerker } from "~/http/sessie.server";

/**
 * GET /backoffice/verzoeken/:id/besluit/:besluitId.pdf: a signed decision letter as PDF, the same
 * file the client downloads in /mijn, to print and post to a client who wrote to us by letter.
 * Backoffice or directie only; every download is audited ("besluit.pdf_gedownload"). 404 for a
 * draft or a decision of another request. A GET that only reads and logs, like opening a page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  let bestand: Awaited<ReturnType<typeof besluitPdfVoorMedewerker>>;
  try {
    bestand = await besluitPdfVoorMedewerker(sessie, params.id ?? "", params.besluitId ?? "");
  } catch (error) {
    return alsPaginaFout(error, request);
  }
  if (!bestand) return nietGevonden(request);
  return pdfAntwoord(bestand);
}
