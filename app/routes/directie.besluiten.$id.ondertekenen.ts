import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { BERICHTEN } from "~/i18n/berichten";
import { taalVanRequest } from "~/i18n/taal.server";
import { DomainError } from "~/domain/errors";
import { foutTekst } from "~/http/fouten.server";
import { startOndertekening } from "~/services/ondertekening.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { leesFormulier } from "~/server/invoer.server";

const Versies = z.object({
  besluitVersie: z.coerce.number().int().positive(),
  verzoekVersie: z.coerce.number().int().positive(),
});

/** HTTP status per refusal: the role or four eyes is 403, a stale or closed draft 409. */
/** Refusals of signing that are not a conflict with the draft's state (that is 409). */
const STATUS: Partial<Record<string, number>> = {
  geen_toegang: 403,
  opsteller_mag_niet_ondertekenen: 403,
  niet_gevonden: 404,
};

/**
 * POST /directie/besluiten/:id/ondertekenen: WebAuthn options to sign this draft with the
 * director's own passkey (user verification required). The challenge is derived from the letter
 * (SHA-256 of the canonical document and a server nonce) and kept on the server. A refusal comes
 * back as JSON `{ code, fout }` in the chosen language.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  const sessie = await vereisMedewerker(request, "besluit.ondertekenen");
  const taal = await taalVanRequest(request);
  const t = BERICHTEN[taal].ondertekening;
  const versies = Versies.safeParse(Object.fromEntries(await leesFormulier(request)));
  const headers = { "Cache-Control": "no-store" };
  if (!versies.success) {
    return Response.json({ code: "intussen_gewijzigd", fout: t.fouten.intussen_gewijzigd }, { status: 400, headers });
  }
  try {
    const options = await startOndertekening(sessie, params.id ?? "", versies.data);
    return Response.json(options, { headers });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json(
      { code: error.code, fout: foutTekst(error, taal, { ...t.fouten, ongeldig: t.fouten.mislukt }) },
      { status: STATUS[error.code] ?? 409, headers },
    );
  }
}

export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
