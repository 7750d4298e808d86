/**
 * The guards of the routes (docs/decisions/027), in the way of the Epic Stack's `requireUserId` /
 * `requireUserWithPermission`: who is signed in, and may they open this page at all. The permission
 * comes from the one table (app/domain/bevoegdheden.ts); the service checks it again inside its
 * transaction against the roles as stored then (app/services/bevoegdheid.server.ts).
 */
import { redirect } from "@remix-run/node";
import { mag, type Bevoegdheid } from "../domain/bevoegdheden";
import { taalVanRequest } from "../i18n/taal.server";
import { mijnVerzoek, type MijnVerzoek } from "../services/mijn.server";
import { getSessie, type Sessie } from "../services/sessies.server";
import { paginaFout } from "./fouten.server";

export type ClientSessie = Extract<Sessie, { soort: "client" }>;
export type MedewerkerSessie = Extract<Sessie, { soort: "medewerker" }>;

function terugNaar(request: Request, inloggen: string): string {
  const url = new URL(request.url);
  return `${inloggen}?terug=${encodeURIComponent(url.pathname + url.search)}`;
}

/** A signed-in client (or representative); otherwise to /inloggen and back here afterwards. */
export async function vereisClient(request: Request): Promise<ClientSessie> {
  const sessie = await getSessie(request);
  if (sessie?.soort === "client") return sessie;
  throw redirect(terugNaar(request, "/inloggen"));
}

/**
 * A signed-in, active staff member who holds `bevoegdheid` (any staff member when omitted). A client
 * session never reaches staff pages (to the staff sign-in); a staff member without it gets 403.
 */
export async function vereisMedewerker(request: Request, bevoegdheid?: Bevoegdheid): Promise<MedewerkerSessie> {
  const sessie = await getSessie(request);
  if (sessie?.soort !== "medewerker") throw redirect(terugNaar(request, "/backoffice/inloggen"));
  if (bevoegdheid && !mag(sessie.medewerker.rollen, bevoegdheid)) throw paginaFout(403, await taalVanRequest(request));
  return sessie;
}

/**
 * The loaders of /mijn/verzoeken/:nummer and its sub-pages: the signed-in client (else to /inloggen
 * and back here) and their request; another number is 404, never 403 (it looks like one that does
 * not exist).
 */
export async function vereisEigenVerzoek(
  request: Request,
  nummer: string | undefined,
): Promise<{ sessie: ClientSessie; verzoek: MijnVerzoek }> {
  const sessie = await vereisClient(request);
  const verzoek = await mijnVerzoek(sessie, nummer ?? "");
  if (!verzoek) throw paginaFout(404, await taalVanRequest(request));
  return { sessie, verzoek };
}
