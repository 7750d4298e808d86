/**
 * Test-only: move a request's receipt and its open clock pause back in time (docs/decisions/026).
 * A browser test runs within one day, so a pause cannot last days; no service may change a
 * receipt date (it fixes the legal deadlines, docs/recht.md "Termijnen"), so this writes the two
 * dates directly and then lets the real deadline engine (herberekenTermijnen) recompute.
 */
import { and, eq, isNull } from "drizzle-orm";
import { addDays, amsterdamDate } from "../../../app/domain/calendar";
import { herberekenTermijnen } from "../../../app/services/verzoeken.server";
import { klokpauzes, verzoeken } from "../../../db/schema";
import { e2eDatabase } from "./database";

export async function dateerVerzoekTerug(opties: {
  nummer: string;
  /** The request was received this many days ago. */
  ontvangenDagenGeleden: number;
  /** The open clock pause started this many days ago (at most the days since receipt). */
  pauzeDagenGeleden: number;
}): Promise<{ doelTermijn: string; wettelijkeTermijn: string }> {
  const { nummer, ontvangenDagenGeleden, pauzeDagenGeleden } = opties;
  if (pauzeDagenGeleden > ontvangenDagenGeleden) throw new Error("De pauze kan niet vóór de ontvangst beginnen.");
  const database = await e2eDatabase();
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  return database.db.transaction(async (tx) => {
    const [v] = await tx.select({ id: verzoeken.id }).from(verzoeken).where(eq(verzoeken.nummer, nummer));
    if (!v) throw new Error(`Verzoek ${nummer} bestaat niet.`);
    await tx
      .update(verzoeken)
      .set({ ontvangenOp: addDays(vandaag, -ontvangenDagenGeleden) })
      .where(eq(verzoeken.id, v.id));
    await tx
      .update(klokpauzes)
      .set({ van: addDays(vandaag, -pauzeDagenGeleden) })
      .where(and(eq(klokpauzes.verzoekId, v.id), isNull(klokpauzes.tot)));
    const termijnen = await herberekenTermijnen(tx, v.id, { nu });
    return { doelTermijn: termijnen.doelTermijn, wettelijkeTermijn: termijnen.wettelijkeTermijn };
  });
}
