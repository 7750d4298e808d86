import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfAntwoord } from "~/services/brief-pdf.server";
import { besluitPdfVoorClient } from "~/services/ondertekening.server";
import { requireClient } from "~/services/sessies.server";

/**
 * GET /mijn/verzoeken/:nummer/besluit/:id.pdf: the signed letter as PDF, only for the account
 * that filed the request; every download is audited ("besluit.pdf_gedownload"). A GET that only
 * reads and logs, like opening a page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await requireClient(request);
  const bestand = await besluitPdfVoorClient(sessie, params.nummer ?? "", params.id ?? "");
  if (!bestand) return new Response("Niet gevonden", { status: 404 });
  return pdfAntwoord(bestand);
}
