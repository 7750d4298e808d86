import type { LoaderFunctionArgs } from "@remix-run/node";
import { BERICHTEN } from "~/i18n/berichten";
import { taalVanRequest } from "~/i18n/taal.server";
import { downloadVoorClient } from "~/services/pakket.server";
import { vereisClient } from "~/http/sessie.server";
import { pakketResponse, weigeringPagina } from "~/http/downloads.server";
import { nietGevonden } from "~/http/fouten.server";

/**
 * GET /mijn/verzoeken/:nummer/pakket/:id.zip: the package, decrypted while streaming, only for the
 * account that filed the request. Every download is counted, audited and shown to the client
 * (a GET that reads and logs, like opening a page). Expired or over the limit: a plain page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const nummer = params.nummer ?? "";
  const r = await downloadVoorClient(sessie, nummer, params.id ?? "");
  if (!r.ok) {
    if (r.reden === "niet_gevonden") return nietGevonden(request);
    const taal = await taalVanRequest(request);
    const t = BERICHTEN[taal].pakket;
    const d = BERICHTEN[taal].pakketten;
    return weigeringPagina(
      taal,
      t.nietBeschikbaarMetaTitel,
      t.nietBeschikbaarTitel,
      r.reden === "limiet" ? d.redenLimiet : r.reden === "identiteit" ? d.redenIdentiteit : d.redenVerlopen,
      {
        href: `/mijn/verzoeken/${encodeURIComponent(nummer)}`,
        tekst: t.terug(nummer),
      },
    );
  }
  return pakketResponse(r.stroom, r.bestandsnaam, r.grootte);
}
