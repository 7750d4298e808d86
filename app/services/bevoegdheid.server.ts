/**
 * The one check a staff use case starts with (docs/decisions/027): load the staff member as stored
 * NOW (roles change, people leave after they signed in) inside the use case's transaction, and
 * check the permission against the one table (app/domain/bevoegdheden.ts). Anything else (no id,
 * not a uuid, unknown, inactive, without the role) is the same refusal: GeenBevoegdheid,
 * code "geen_toegang".
 */
import { and, arrayOverlaps, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/db.server";
import { medewerkers, type MedewerkerRol } from "../../db/schema";
import { GeenBevoegdheid, mag, rollenMet, type Bevoegdheid } from "../domain/bevoegdheden";
import { isUuid } from "../domain/id";

/** The signed-in staff member: the session from app/http/sessie.server.ts, or its id. */
export type MedewerkerActor = { medewerker: { id: string } };

/** The staff member as stored now, active and holding the permission. */
export type BevoegdeMedewerker = { id: string; naam: string; email: string; rollen: MedewerkerRol[] };

export function medewerkerIdVan(actor: MedewerkerActor | string | null | undefined): string | null {
  const id = typeof actor === "string" ? actor : actor?.medewerker?.id;
  return isUuid(id) ? id : null;
}

export async function vereisBevoegdheid(
  conn: DbOrTx,
  actor: MedewerkerActor | string | null | undefined,
  bevoegdheid: Bevoegdheid,
): Promise<BevoegdeMedewerker> {
  const id = medewerkerIdVan(actor);
  if (!id) throw new GeenBevoegdheid(bevoegdheid);
  const [rij] = await conn
    .select({
      id: medewerkers.id,
      naam: medewerkers.naam,
      email: medewerkers.email,
      rollen: medewerkers.rollen,
      actief: medewerkers.actief,
    })
    .from(medewerkers)
    .where(eq(medewerkers.id, id));
  if (!rij?.actief || !mag(rij.rollen, bevoegdheid)) throw new GeenBevoegdheid(bevoegdheid);
  return { id: rij.id, naam: rij.naam, email: rij.email, rollen: rij.rollen };
}

/**
 * The query form of the same table: active staff who hold this permission now (for "who receives
 * this" and "who else can still do this"). Use it in a where clause on `medewerkers`.
 */
export function actiefMetBevoegdheid(bevoegdheid: Bevoegdheid): SQL {
  return and(eq(medewerkers.actief, true), arrayOverlaps(medewerkers.rollen, rollenMet(bevoegdheid)))!;
}
