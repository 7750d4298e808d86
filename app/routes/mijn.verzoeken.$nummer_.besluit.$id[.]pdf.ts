import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfAntwoord } from "~/http/downloads.server";
import { nietGevonden } from "~/http/fouten.server";
import { besluitPdfVoorClient } from "~/services/ondertekening.server";
import { vereisClient } from "~/http/sessie.server";

/**
 * GET /mijn/verzoeken/:nummer/besluit/:id.pdf: the signed letter as PDF, only for the account
 * that filed the request; every download is audited ("besluit.pdf_gedownload"). A GET that only
 * reads and logs, like opening a page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const bestand = await besluitPdfVoorClient(sessie, params.nummer ?? "", params.id ?? "");
  if (!bestand) return nietGevonden(request);
  return pdfAntwoord(bestand);
}
