/**
 * One download of a package, counted and logged in the caller's transaction. Shared by the client's
 * download (pakket.server.ts) and the receiving provider's (ontvanger.server.ts); a module of its
 * own so that neither imports the other.
 */
import type { Readable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/db.server";
import { pakketDownloads, pakketten, verzoeken } from "../../db/schema";
import { downloadWeigering } from "../domain/pakket";
import { audit } from "./audit.server";
import { identiteitsStand } from "./identiteit.server";
import { ontsleutel } from "./pakket-zip.server";

export type DownloadResultaat =
  | { ok: true; stroom: Readable; bestandsnaam: string; grootte: number | null }
  | { ok: false; reden: "niet_gevonden" | "verlopen" | "limiet" | "identiteit" };

/**
 * Count, log and open one download inside `tx` (the caller checked who asks). Returns the decrypt
 * stream; the count and the audit row commit with the caller's transaction.
 */
export async function registreerDownload(
  tx: Tx,
  input: {
    pakketId: string;
    door: "client" | "ontvanger";
    omschrijving: string;
    nu: Date;
    audit: Parameters<typeof audit>[1];
  },
): Promise<DownloadResultaat> {
  const [p] = await tx.select().from(pakketten).where(eq(pakketten.id, input.pakketId)).for("update");
  if (!p) return { ok: false, reden: "niet_gevonden" };
  const weigering = downloadWeigering({ ...p, heeftSleutel: p.sleutel !== null }, input.nu);
  if (weigering) return { ok: false, reden: weigering };
  // Docs/decisions/018: the identity gate at every download (defense in depth; nothing counted or logged).
  if ((await identiteitsStand(tx, p.verzoekId, input.nu))?.blokkade !== null) return { ok: false, reden: "identiteit" };
  await tx
    .update(pakketten)
    .set({ aantalDownloads: sql`${pakketten.aantalDownloads} + 1` })
    .where(eq(pakketten.id, p.id));
  await tx
    .insert(pakketDownloads)
    .values({ pakketId: p.id, door: input.door, omschrijving: input.omschrijving, op: input.nu });
  const stroom = await ontsleutel(p.opslagSleutel, p.sleutel!);
  await audit(tx, input.audit);
  const [v] = await tx.select({ nummer: verzoeken.nummer }).from(verzoeken).where(eq(verzoeken.id, p.verzoekId));
  const plain = p.grootte;
  return { ok: true, stroom, bestandsnaam: `${p.soort}-${v?.nummer ?? p.id}.zip`, grootte: plain };
}
