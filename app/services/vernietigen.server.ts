/**
 * The one destruction path (docs/decisions/022 and 031): used by an erasure at the client's request
 * (uitvoering.server.ts `voerVerwijderingUit`) and by destruction after the retention term
 * (vernietiging.server.ts). Inside the caller's transaction: the rows go, with a tombstone of the
 * practice system's id so a re-import cannot bring them back (AVG art. 17); package keys are
 * destroyed. After the commit the caller deletes the stored files (`verwijderBestanden`): the row,
 * and with it every way to find the file, is gone already.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Tx } from "../../db/db.server";
import {
  clienten,
  dossierItems,
  gewisteExterneIds,
  pakketten,
  relaties,
  toestemmingen,
  verstrekkingen,
  verwerkingStops,
  verzoeken,
} from "../../db/schema";
import { log } from "../server/log.server";
import { opslag } from "./opslag.server";

type Wie = { clientId: string; verzoekId: string | null; nu: Date };

/** Tombstones for destroyed rows that came from the practice's system: no content, only the id. */
export async function grafstenen(
  tx: Tx,
  wie: Wie,
  tabel: string,
  externeIds: ReadonlyArray<string | null>,
): Promise<number> {
  const ids = externeIds.flatMap((e) => (e ? [e] : []));
  if (ids.length === 0) return 0;
  const rijen = await tx
    .insert(gewisteExterneIds)
    .values(
      ids.map((externId) => ({ clientId: wie.clientId, tabel, externId, verzoekId: wie.verzoekId, gewistOp: wie.nu })),
    )
    .onConflictDoNothing()
    .returning({ id: gewisteExterneIds.id });
  return rijen.length;
}

/**
 * Destroy these dossier items of one client: the rows (the document key `bestand_sleutel` goes with
 * its row) and a tombstone per extern id. Returns the storage keys of their files, to delete after
 * the commit, and the number of tombstones.
 */
export async function vernietigDossierItems(
  tx: Tx,
  wie: Wie,
  items: ReadonlyArray<{ id: string; externId: string | null; documentSleutel: string | null }>,
): Promise<{ bestanden: string[]; grafstenen: number }> {
  if (items.length === 0) return { bestanden: [], grafstenen: 0 };
  const weg = await tx
    .delete(dossierItems)
    .where(
      and(
        eq(dossierItems.clientId, wie.clientId),
        inArray(
          dossierItems.id,
          items.map((i) => i.id),
        ),
      ),
    )
    .returning({ externId: dossierItems.externId, documentSleutel: dossierItems.documentSleutel });
  const n = await grafstenen(
    tx,
    wie,
    "dossier_items",
    weg.map((i) => i.externId),
  );
  return { bestanden: weg.flatMap((i) => (i.documentSleutel ? [i.documentSleutel] : [])), grafstenen: n };
}

/**
 * Destroy the keys of packages (the encrypted file becomes unreadable at once) and return their
 * files, to delete after the commit.
 */
export async function vernietigPakketSleutels(
  tx: Tx,
  van: { clientId: string } | { verzoekId: string },
  nu: Date,
): Promise<string[]> {
  const welke =
    "clientId" in van
      ? inArray(
          pakketten.verzoekId,
          tx.select({ id: verzoeken.id }).from(verzoeken).where(eq(verzoeken.clientId, van.clientId)),
        )
      : eq(pakketten.verzoekId, van.verzoekId);
  const rijen = await tx
    .update(pakketten)
    .set({ sleutel: null, status: "vervallen", sleutelVernietigdOp: nu })
    .where(and(welke, isNotNull(pakketten.sleutel)))
    .returning({ opslagSleutel: pakketten.opslagSleutel });
  return rijen.map((r) => r.opslagSleutel);
}

/**
 * Docs/decisions/022: when nothing of a client's dossier is kept, destroy the client's relations,
 * consents, disclosure log and objection stops, and reduce the client row to its clientnummer (the
 * pseudonymous reference the requests and the append-only audit log point to).
 */
export async function wisClientGerelateerd(
  tx: Tx,
  wie: Wie,
): Promise<{ grafstenen: number; aantallen: Record<string, number> }> {
  const id = wie.clientId;
  const vs = await tx
    .delete(verstrekkingen)
    .where(eq(verstrekkingen.clientId, id))
    .returning({ externId: verstrekkingen.externId });
  const ts = await tx
    .delete(toestemmingen)
    .where(eq(toestemmingen.clientId, id))
    .returning({ externId: toestemmingen.externId });
  const rs = await tx.delete(relaties).where(eq(relaties.clientId, id)).returning({ externId: relaties.externId });
  const st = await tx
    .delete(verwerkingStops)
    .where(eq(verwerkingStops.clientId, id))
    .returning({ id: verwerkingStops.id });
  let n = 0;
  n += await grafstenen(
    tx,
    wie,
    "verstrekkingen",
    vs.map((r) => r.externId),
  );
  n += await grafstenen(
    tx,
    wie,
    "toestemmingen",
    ts.map((r) => r.externId),
  );
  n += await grafstenen(
    tx,
    wie,
    "relaties",
    rs.map((r) => r.externId),
  );
  await tx
    .update(clienten)
    .set({
      voornamen: "",
      tussenvoegsel: "",
      achternaam: "[gewist]",
      geboortedatum: "1900-01-01",
      email: null,
      telefoon: null,
      straat: "",
      postcode: "",
      plaats: "",
      inZorgVanaf: null,
      rechtsvordering: null,
      klachtReden: null,
      rechtsvorderingReden: null,
      gewistOp: wie.nu,
      bijgewerktOp: wie.nu,
    })
    .where(eq(clienten.id, id));
  return {
    grafstenen: n,
    aantallen: { verstrekkingen: vs.length, toestemmingen: ts.length, relaties: rs.length, verwerkingStops: st.length },
  };
}

/**
 * Delete stored files once the transaction that removed their rows has committed. A failure leaves
 * an orphan file no row points to; it is logged (the kind of error, never a name) and counted.
 */
export async function verwijderBestanden(
  sleutels: readonly string[],
  context: string,
): Promise<{ verwijderd: number; mislukt: number }> {
  let verwijderd = 0;
  let mislukt = 0;
  for (const sleutel of sleutels) {
    try {
      await opslag().delete(sleutel);
      verwijderd += 1;
    } catch (e) {
      mislukt += 1;
      log().error(
        { context, err: { type: (e as Error).name, code: (e as Error & { code?: string }).code } },
        "Een bestand kon niet worden verwijderd",
      );
    }
  }
  return { verwijderd, mislukt };
}
