import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { DomainError } from "~/domain/errors";
import { stuurBewijsVanVertegenwoordiging } from "~/services/bijlagen.server";
import { formulierVanClient } from "~/http/bijlagen.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisClient } from "~/http/sessie.server";

/**
 * POST /mijn/verzoeken/:nummer/bewijs (multipart, field `bijlage`): a representative sends the proof
 * of authority the practice asked for (docs/decisions/018 and 032). Every file is checked (kind,
 * size, virus scan) and stored encrypted; a refused one is not kept. Back to the request page with
 * the outcome, so the form works without JavaScript.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisClient(request);
  const nummer = params.nummer ?? "";
  const terug = `/mijn/verzoeken/${encodeURIComponent(nummer)}`;
  try {
    const { bestanden, weigering } = await formulierVanClient(request, sessie, nummer);
    if (weigering) return redirect(`${terug}?bewijsFout=${weigering}#bewijs`);
    await stuurBewijsVanVertegenwoordiging(sessie, nummer, bestanden);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    if (e.code === "niet_gevonden") throw await nietGevonden(request);
    return redirect(`${terug}?bewijsFout=${encodeURIComponent(e.code)}#bewijs`);
  }
  return redirect(`${terug}?bewijs=ontvangen#bewijs`);
}

/** GET has nothing to show: the form is on the request page. */
export async function loader({ params }: LoaderFunctionArgs) {
  throw redirect(`/mijn/verzoeken/${encodeURIComponent(params.nummer ?? "")}#bewijs`);
}
