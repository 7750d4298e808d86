/**
 * Files a client or representative sends through their request page (docs/decisions/032): attached
 * to a message (a photo of a letter for a correction, a report), or the proof of authority the
 * practice asked a representative for (docs/decisions/018: a machtiging, an extract from the
 * gezagsregister, a court decision). Every file went through app/services/bestandscontrole.server.ts
 * (kind by content, allowed list, size, virus scan) and is stored encrypted with its own key; a
 * refused file is never kept. Staff open them from the request page; every upload, refusal and
 * download is in the access log the client sees (NEN 7513). Once the request is linked to a client
 * the files are part of that client's dossier for inzage (AVG art. 15; app/services/inzage.server.ts).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Readable } from "node:stream";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import { bijlagen, verzoeken } from "../../db/schema";
import type { BestandWeigering } from "../domain/bestanden";
import { behandelActor } from "../domain/behandeling";
import { DomainError } from "../domain/errors";
import { isUuid } from "../domain/id";
import { isVertegenwoordiger } from "../domain/identiteit";
import { isOpen, isVerzoekStatus } from "../domain/request-state";
import { namensVan } from "../domain/toegangslog";
import { audit } from "./audit.server";
import { vereisBevoegdheid, type MedewerkerActor } from "./bevoegdheid.server";
import { controleerEnBewaar, type GecontroleerdBestand } from "./bestandscontrole.server";
import type { Download } from "./opslag.server";
import { opslag } from "./opslag.server";
import { ontsleutel } from "./pakket-zip.server";

export type BijlageDoel = "bericht" | "vertegenwoordiging";

/** At most this many files with one message (the size limits per file and per form hold as well). */
export const MAX_BIJLAGEN_PER_BERICHT = 5;

export type ClientActor = { soort: "client"; account: { id: string } };

const NUMMER = /^AVG-\d{4}-\d{6,}$/;

function nietGevonden(): DomainError {
  return new DomainError("niet_gevonden", "Dit verzoek bestaat niet, of u kunt het niet bekijken.");
}

function accountVan(actor: ClientActor): string {
  if (actor?.soort !== "client" || typeof actor.account?.id !== "string") throw nietGevonden();
  return actor.account.id;
}

/** Attachments are opened by those who handle requests (app/domain/bevoegdheden.ts); their role as it is now. */
async function magBijlagenOpenen(conn: DbOrTx, actor: MedewerkerActor): Promise<string> {
  const ik = await vereisBevoegdheid(conn, actor, "verzoek.behandelen");
  return behandelActor(ik.rollen)!;
}

/** The request of this account with this number (only the filer's own; another number is "not found"). */
async function eigenVerzoek(conn: DbOrTx, accountId: string, nummer: string) {
  if (typeof nummer !== "string" || !NUMMER.test(nummer)) throw nietGevonden();
  const [v] = await conn
    .select({ id: verzoeken.id, status: verzoeken.status, clientId: verzoeken.clientId, indiener: verzoeken.indiener })
    .from(verzoeken)
    .where(and(eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, accountId)));
  if (!v) throw nietGevonden();
  return v;
}

function rolVan(relatie: string): string {
  return relatie === "zelf" ? "client" : relatie;
}

// ---------------------------------------------------------------- receiving the files of a form

/** What became of the files of one form: all checked and stored, or none kept and why. */
export type OntvangenBijlagen =
  { ok: true; bestanden: GecontroleerdBestand[] } | { ok: false; weigering: BestandWeigering | "te_veel" };

/** Removes stored files that end up in no row (a refused form, a failed transaction). */
export async function ruimBestandenOp(bestanden: readonly GecontroleerdBestand[]): Promise<void> {
  for (const b of bestanden) await opslag().delete(b.opslagSleutel);
}

/**
 * Takes the files of one form one by one while its body streams in (the edge reads the body:
 * app/http/bijlagen.server.ts `ontvangFormulierMetBijlagen`): up to `max` files, every file checked
 * and stored (app/services/bestandscontrole.server.ts), the limit per request counting over all of
 * them. When one file is refused, every file of the form is removed again at `klaar` and the answer
 * says why: the person sends the form again without that file. An empty file (nothing chosen) is
 * no file.
 */
export function bijlagenOntvangst({ max = MAX_BIJLAGEN_PER_BERICHT }: { max?: number } = {}) {
  const opgeslagen: GecontroleerdBestand[] = [];
  let weigering: BestandWeigering | "te_veel" | null = null;
  let samen = 0;
  return {
    /** One file as it comes in: its id once stored, "" for no file or a refused one. */
    async bestand(naam: string, stroom: Readable): Promise<string> {
      // A browser sends an empty part with no name for a file field left empty.
      if (naam === "" || weigering || opgeslagen.length >= max) {
        let n = 0;
        for await (const stuk of stroom) n += (stuk as Uint8Array).byteLength;
        if (n > 0 && !weigering) weigering = "te_veel";
        return "";
      }
      const r = await controleerEnBewaar(stroom, naam, { alInAanvraag: samen });
      if (!r.ok) {
        weigering = r.weigering;
        return "";
      }
      opgeslagen.push(r.bestand);
      samen += r.bestand.grootte;
      return r.bestand.id;
    },
    /** The body could not be read to the end: nothing of it is kept. */
    async afbreken(): Promise<void> {
      await ruimBestandenOp(opgeslagen.splice(0));
    },
    /** The body is read: the stored files, or (every file removed again) why not. */
    async klaar(): Promise<OntvangenBijlagen> {
      if (weigering) {
        await ruimBestandenOp(opgeslagen.splice(0));
        return { ok: false, weigering };
      }
      return { ok: true, bestanden: [...opgeslagen] };
    },
  };
}

/**
 * Before a byte of a client's form is stored: only the filer's own request (another number throws
 * "niet_gevonden"). The edge reads the form after this (app/http/bijlagen.server.ts `formulierVanClient`).
 */
export async function vereisEigenVerzoekVoorBijlagen(actor: ClientActor, nummer: string): Promise<void> {
  await eigenVerzoek(db(), accountVan(actor), nummer);
}

// ---------------------------------------------------------------- storing (in the caller's transaction)

/**
 * The rows of checked files sent by the filer of request `verzoekId`, with one audit row each
 * ("bijlage.toegevoegd": kind, size, SHA-256; never the name or the content). In the caller's
 * transaction: the message and its files commit together or not at all.
 */
export async function legBijlagenVast(
  tx: Tx,
  opties: {
    verzoek: { id: string; clientId: string | null; indiener: { relatie: string } };
    accountId: string;
    doel: BijlageDoel;
    berichtId: string | null;
    bestanden: readonly GecontroleerdBestand[];
    nu?: Date;
  },
): Promise<string[]> {
  const ids: string[] = [];
  for (const b of opties.bestanden) {
    await tx.insert(bijlagen).values({
      id: b.id,
      verzoekId: opties.verzoek.id,
      berichtId: opties.berichtId,
      doel: opties.doel,
      accountId: opties.accountId,
      opslagSleutel: b.opslagSleutel,
      bestandSleutel: b.sleutel,
      bestandsnaam: b.bestandsnaam,
      mimeType: b.mimeType,
      grootte: b.grootte,
      sha256: b.sha256,
      ...(opties.nu ? { aangemaaktOp: opties.nu } : {}),
    });
    await audit(tx, {
      actorSoort: "client",
      actorId: opties.accountId,
      rol: rolVan(opties.verzoek.indiener.relatie),
      namens: namensVan(opties.verzoek.indiener.relatie, opties.verzoek.clientId),
      actie: "bijlage.toegevoegd",
      clientId: opties.verzoek.clientId,
      verzoekId: opties.verzoek.id,
      onderdeel: "bijlagen",
      details: {
        bijlageId: b.id,
        doel: opties.doel,
        soort: b.soort,
        grootte: b.grootte,
        sha256: b.sha256,
        ...(opties.berichtId ? { berichtId: opties.berichtId } : {}),
      },
    });
    ids.push(b.id);
  }
  return ids;
}

/**
 * A representative sends the proof of authority the practice asked for (docs/decisions/018). Only
 * for a request filed as a representative, while it is open. Throws DomainError "niet_gevonden",
 * "geen_vertegenwoordiger" or "afgesloten"; the files are removed again on any error.
 */
export async function stuurBewijsVanVertegenwoordiging(
  actor: ClientActor,
  nummer: string,
  bestanden: readonly GecontroleerdBestand[],
): Promise<void> {
  try {
    const accountId = accountVan(actor);
    if (bestanden.length === 0) throw new DomainError("geen_bestand", "Kies een bestand.");
    await db().transaction(async (tx) => {
      const v = await eigenVerzoek(tx, accountId, nummer);
      if (!isVertegenwoordiger(v.indiener.relatie)) {
        throw new DomainError(
          "geen_vertegenwoordiger",
          "U heeft dit verzoek voor uzelf ingediend: er is geen bewijs van vertegenwoordiging nodig.",
        );
      }
      if (!isVerzoekStatus(v.status) || !isOpen(v.status))
        throw new DomainError("afgesloten", "Dit verzoek is afgesloten.");
      await legBijlagenVast(tx, { verzoek: v, accountId, doel: "vertegenwoordiging", berichtId: null, bestanden });
    });
  } catch (e) {
    await ruimBestandenOp(bestanden);
    throw e;
  }
}

/** A refused file in the access log of the request (the reason only, never the file or its name). */
export async function legWeigeringVastVoorClient(actor: ClientActor, nummer: string, reden: string): Promise<void> {
  const accountId = accountVan(actor);
  await db().transaction(async (tx) => {
    const v = await eigenVerzoek(tx, accountId, nummer);
    await audit(tx, {
      actorSoort: "client",
      actorId: accountId,
      rol: rolVan(v.indiener.relatie),
      namens: namensVan(v.indiener.relatie, v.clientId),
      actie: "bijlage.geweigerd",
      clientId: v.clientId,
      verzoekId: v.id,
      onderdeel: "bijlagen",
      details: { reden },
    });
  });
}

// ---------------------------------------------------------------- reading

export type BijlageRegel = {
  id: string;
  berichtId: string | null;
  doel: BijlageDoel;
  bestandsnaam: string;
  mimeType: string;
  grootte: number;
  sha256: string;
  /** ISO timestamp. */
  op: string;
};

async function bijlagenVan(conn: DbOrTx, verzoekId: string): Promise<BijlageRegel[]> {
  const rijen = await conn
    .select({
      id: bijlagen.id,
      berichtId: bijlagen.berichtId,
      doel: bijlagen.doel,
      bestandsnaam: bijlagen.bestandsnaam,
      mimeType: bijlagen.mimeType,
      grootte: bijlagen.grootte,
      sha256: bijlagen.sha256,
      op: bijlagen.aangemaaktOp,
    })
    .from(bijlagen)
    .where(eq(bijlagen.verzoekId, verzoekId))
    .orderBy(asc(bijlagen.aangemaaktOp), asc(bijlagen.id));
  return rijen.map((r) => ({
    ...r,
    doel: r.doel === "vertegenwoordiging" ? "vertegenwoordiging" : "bericht",
    op: r.op.toISOString(),
  }));
}

/** What the filer sent with this request, for their own status page (names and sizes; the files stay with the practice). */
export async function bijlagenVanMijnVerzoek(actor: ClientActor, nummer: string): Promise<BijlageRegel[]> {
  const v = await eigenVerzoek(db(), accountVan(actor), nummer);
  return bijlagenVan(db(), v.id);
}

/** The files the filer sent with this request, for the backoffice request page. */
export async function bijlagenVoorMedewerker(actor: MedewerkerActor, verzoekId: string): Promise<BijlageRegel[]> {
  await magBijlagenOpenen(db(), actor);
  if (!isUuid(verzoekId)) return [];
  return bijlagenVan(db(), verzoekId);
}

/**
 * One attachment for a staff member to open: decrypted while streaming, audited
 * ("bijlage.gedownload"). Null when it is not an attachment of this request.
 */
export async function bijlageVoorMedewerker(
  actor: MedewerkerActor,
  verzoekId: string,
  bijlageId: string,
): Promise<Download | null> {
  const rol = await magBijlagenOpenen(db(), actor);
  if (!isUuid(verzoekId) || !isUuid(bijlageId)) return null;
  return db().transaction(async (tx) => {
    const [b] = await tx
      .select({ b: bijlagen, clientId: verzoeken.clientId })
      .from(bijlagen)
      .innerJoin(verzoeken, eq(verzoeken.id, bijlagen.verzoekId))
      .where(and(eq(bijlagen.id, bijlageId), eq(bijlagen.verzoekId, verzoekId)));
    if (!b?.b.bestandSleutel) return null;
    const stroom: Readable = await ontsleutel(b.b.opslagSleutel, b.b.bestandSleutel);
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: actor.medewerker.id,
      rol,
      actie: "bijlage.gedownload",
      clientId: b.clientId,
      verzoekId,
      onderdeel: "bijlagen",
      details: { bijlageId },
    });
    return { stroom, bestandsnaam: b.b.bestandsnaam, mimeType: b.b.mimeType, grootte: b.b.grootte };
  });
}

/** Is this an attachment of this request (for the authority check that refers to it)? */
export async function isBijlageVan(conn: DbOrTx, verzoekId: string, bijlageId: string): Promise<boolean> {
  if (!isUuid(bijlageId)) return false;
  const [b] = await conn
    .select({ id: bijlagen.id })
    .from(bijlagen)
    .where(and(eq(bijlagen.id, bijlageId), eq(bijlagen.verzoekId, verzoekId)));
  return Boolean(b);
}

/**
 * The attachments the client (or their representative) sent on the requests linked to this
 * client, as dossier documents for the inzage overview and package (AVG art. 15 lid 3): origin
 * "client", the request they came with.
 */
export async function bijlagenVanClient(conn: DbOrTx, clientId: string) {
  const verzoekIds = (
    await conn.select({ id: verzoeken.id }).from(verzoeken).where(eq(verzoeken.clientId, clientId))
  ).map((r) => r.id);
  if (verzoekIds.length === 0) return [];
  return conn
    .select()
    .from(bijlagen)
    .where(inArray(bijlagen.verzoekId, verzoekIds))
    .orderBy(asc(bijlagen.aangemaaktOp), asc(bijlagen.id));
}

/**
 * One file the filer sent with their own request, for them to download again (docs/decisions/032):
 * decrypted while streaming, and in the access log the client sees like a staff download
 * ("bijlage.gedownload", NEN 7513). Only a file this account sent with this request of theirs; any
 * other (another request's, another account's, a bad id or number, a destroyed file) is null, so the
 * answer is the same 404 whether it exists or not.
 */
export async function bijlageVoorIndiener(
  actor: ClientActor,
  nummer: string,
  bijlageId: string,
): Promise<Download | null> {
  const accountId = actor?.soort === "client" && typeof actor.account?.id === "string" ? actor.account.id : null;
  if (!accountId || typeof nummer !== "string" || !NUMMER.test(nummer) || !isUuid(bijlageId)) return null;
  return db().transaction(async (tx) => {
    const [b] = await tx
      .select({ b: bijlagen, verzoekId: verzoeken.id, clientId: verzoeken.clientId, indiener: verzoeken.indiener })
      .from(bijlagen)
      .innerJoin(verzoeken, eq(verzoeken.id, bijlagen.verzoekId))
      .where(
        and(
          eq(bijlagen.id, bijlageId),
          eq(verzoeken.nummer, nummer),
          eq(verzoeken.ingediendDoorAccountId, accountId),
          eq(bijlagen.accountId, accountId),
        ),
      );
    if (!b?.b.bestandSleutel) return null;
    const stroom: Readable = await ontsleutel(b.b.opslagSleutel, b.b.bestandSleutel);
    await audit(tx, {
      actorSoort: "client",
      actorId: accountId,
      rol: rolVan(b.indiener.relatie),
      namens: namensVan(b.indiener.relatie, b.clientId),
      actie: "bijlage.gedownload",
      clientId: b.clientId,
      verzoekId: b.verzoekId,
      onderdeel: "bijlagen",
      details: { bijlageId },
    });
    return { stroom, bestandsnaam: b.b.bestandsnaam, mimeType: b.b.mimeType, grootte: b.b.grootte };
  });
}
