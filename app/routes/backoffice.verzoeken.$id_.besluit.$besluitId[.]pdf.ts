import type { LoaderFunctionArgs } from "@remix-run/node";
import { DomainError } from "~/domain/errors";
import { pdfAntwoord } from "~/services/brief-pdf.server";
import { besluitPdfVoorMedewerker } from "~/services/ondertekening.server";
import { requireMedewerker } from "~/services/sessies.server";

/**
 * GET /backoffice/verzoeken/:id/besluit/:besluitId.pdf: a signed decision letter as PDF, the same
 * file the client downloads in /mijn, to print and post to a client who wrote to us by letter.
 * Backoffice or directie only; every download is audited ("besluit.pdf_gedownload"). 404 for a
 * draft or a decision of another request. A GET that only reads and logs, like opening a page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  let bestand: Awaited<ReturnType<typeof besluitPdfVoorMedewerker>>;
  try {
    bestand = await besluitPdfVoorMedewerker(sessie, params.id ?? "", params.besluitId ?? "");
  } catch (error) {
    if (error instanceof DomainError && error.code === "geen_toegang") return new Response(error.message, { status: 403 });
    throw error;
  }
  if (!bestand) return new Response("Niet gevonden", { status: 404 });
  return pdfAntwoord(bestand);
}
