import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResponse } from "~/http/downloads.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisClient } from "~/http/sessie.server";
import { bijlageVoorIndiener } from "~/services/bijlagen.server";

/**
 * GET /mijn/verzoeken/:nummer/bijlagen/:bijlageId: a file the signed-in client (or representative)
 * sent with this request of theirs, to download again (docs/decisions/032): decrypted while
 * streaming, as an attachment with nosniff and a sandboxing CSP; in their access log
 * ("bijlage.gedownload"). Anything else is 404, the same as a file that does not exist.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const b = await bijlageVoorIndiener(sessie, params.nummer ?? "", params.bijlageId ?? "");
  if (!b) return nietGevonden(request);
  return downloadResponse(b);
}
