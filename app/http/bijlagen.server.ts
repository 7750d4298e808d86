/**
 * Reading a form with files at the edge (docs/decisions/027, 028 and 032): the body is read here,
 * through app/server/invoer.server.ts (`leesFormulier`, `leesFormulierMetBestanden`: limits, 400,
 * 413, 415), and every file goes as a stream to the service (app/services/bijlagen.server.ts
 * `bijlagenOntvangst`), which checks it, stores it or refuses it. A refused form keeps no file.
 */
import type { BestandWeigering } from "../domain/bestanden";
import { BIJLAGE_VELD, MB } from "../domain/bestanden";
import { env } from "../env.server";
import { leesFormulier, leesFormulierMetBestanden } from "../server/invoer.server";
import type { GecontroleerdBestand } from "../services/bestandscontrole.server";
import {
  bijlagenOntvangst,
  legWeigeringVastVoorClient,
  MAX_BIJLAGEN_PER_BERICHT,
  vereisEigenVerzoekVoorBijlagen,
  type ClientActor,
} from "../services/bijlagen.server";

export type OntvangenFormulier =
  | { ok: true; form: FormData; bestanden: GecontroleerdBestand[] }
  | { ok: false; form: FormData; weigering: BestandWeigering | "te_veel" };

/**
 * Reads a multipart form whose field `veld` (default `bijlage`) carries up to `max` files: every
 * file is checked and stored while the body streams in (never whole in memory). When one file is
 * refused, or the body cannot be read, every file of the form is removed again.
 */
export async function ontvangFormulierMetBijlagen(
  request: Request,
  { max = MAX_BIJLAGEN_PER_BERICHT, veld = BIJLAGE_VELD }: { max?: number; veld?: string } = {},
): Promise<OntvangenFormulier> {
  const ontvangst = bijlagenOntvangst({ max });
  let form: FormData;
  try {
    form = await leesFormulierMetBestanden(
      request,
      { bestandsvelden: [veld], maxBody: env().BESTANDEN_MAX_MB_PER_AANVRAAG * MB + MB },
      (_veld, naam, stroom) => ontvangst.bestand(naam, stroom),
    );
  } catch (e) {
    await ontvangst.afbreken();
    throw e;
  }
  const r = await ontvangst.klaar();
  return r.ok ? { ok: true, form, bestanden: r.bestanden } : { ok: false, form, weigering: r.weigering };
}

/**
 * The form a client sends from their request page, with or without files: only for the filer's own
 * request (another number throws "niet_gevonden" before a byte is stored). A refused file is logged
 * ("bijlage.geweigerd") and nothing of the form is kept.
 */
export async function formulierVanClient(
  request: Request,
  actor: ClientActor,
  nummer: string,
): Promise<{ form: FormData; bestanden: GecontroleerdBestand[]; weigering: BestandWeigering | "te_veel" | null }> {
  await vereisEigenVerzoekVoorBijlagen(actor, nummer);
  const multipart = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  if (!multipart) return { form: await leesFormulier(request), bestanden: [], weigering: null };
  const r = await ontvangFormulierMetBijlagen(request);
  if (r.ok) return { form: r.form, bestanden: r.bestanden, weigering: null };
  await legWeigeringVastVoorClient(actor, nummer, r.weigering);
  return { form: r.form, bestanden: [], weigering: r.weigering };
}
