import { eq, sql } from "drizzle-orm";
import { db } from "../../db/db.server";
import { medewerkers, verzoeken } from "../../db/schema";
import { legitimeer } from "./behandeling.server";

/**
 * For the e2e fixtures (test.*.ts routes, NODE_ENV "test" only): the identity level a grant and a
 * package need (docs/decisions/018), reached the honest way: a legitimation check through the service.
 */
export async function legitimeerVoorTest(verzoekId: string): Promise<void> {
  const [staf] = await db()
    .select({ id: medewerkers.id })
    .from(medewerkers)
    .where(sql`${medewerkers.actief} and ${medewerkers.rollen} && array['backoffice','directie']::text[]`)
    .limit(1);
  if (!staf) throw new Response("Geen medewerker van de backoffice of de directie.", { status: 400 });
  const [v] = await db().select({ versie: verzoeken.versie }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  await legitimeer({ medewerker: { id: staf.id } }, verzoekId, v!.versie, { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "E2E1" });
}
