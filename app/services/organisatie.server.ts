import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "../../db/db.server";
import { organisatie } from "../../db/schema";

export type Organisatie = typeof organisatie.$inferSelect;

/** The practice running this portal (one row). Throws when the database was never set up. */
export async function getOrganisatie(conn: DbOrTx = db()): Promise<Organisatie> {
  const [row] = await conn.select().from(organisatie).where(eq(organisatie.id, 1));
  if (!row) throw new Error("De organisatie is nog niet ingesteld (lege database).");
  return row;
}

/** Contact details shown on every page, e-mail and letter (seed 000 art 14, art 17). */
export type OrganisatieContact = Pick<
  Organisatie,
  | "naam"
  | "straat"
  | "postcode"
  | "plaats"
  | "email"
  | "telefoon"
  | "fgNaam"
  | "fgEmail"
  | "fgTelefoon"
  | "klachtenroute"
  | "geschilleninstantie"
>;

export function contactVan(org: Organisatie): OrganisatieContact {
  const { naam, straat, postcode, plaats, email, telefoon, fgNaam, fgEmail, fgTelefoon, klachtenroute, geschilleninstantie } = org;
  return { naam, straat, postcode, plaats, email, telefoon, fgNaam, fgEmail, fgTelefoon, klachtenroute, geschilleninstantie };
}

/**
 * A new installation without the demo still needs its organisation row: an empty one that the
 * beheerder fills in. Does nothing when the row exists.
 */
export async function zorgVoorOrganisatie(conn: DbOrTx = db()): Promise<boolean> {
  const rows = await conn
    .insert(organisatie)
    .values({ id: 1, naam: "Nieuwe praktijk (nog in te stellen)" })
    .onConflictDoNothing()
    .returning({ id: organisatie.id });
  return rows.length > 0;
}
