/**
 * Documents staff add to a client's dossier (category documenten), usually for a request: the client
 * system's PDF export for an inzage, a scanned report, a letter from the GP (docs/decisions/028).
 * The file has passed app/services/bestandscontrole.server.ts (kind, size, virus scan) and is stored
 * encrypted with its own key; the dossier row holds that key, so deleting the row destroys the key
 * (AVG art. 17) and the file is removed from storage as well. Every upload, download and deletion is
 * in the access log (NEN 7513) that the client sees.
 */
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import { clienten, dossierItems, verzoeken } from "../../db/schema";
import { DOCUMENT_HERKOMST_MAX, DOCUMENT_TITEL_MAX } from "~/domain/bestanden";
import { DomainError } from "~/domain/errors";
import { behandelActor } from "~/domain/behandeling";
import { isUuid } from "~/domain/id";
import { vereisBevoegdheid, type MedewerkerActor } from "./bevoegdheid.server";
import { audit } from "./audit.server";
import type { GecontroleerdBestand } from "./bestandscontrole.server";
import type { Download } from "./opslag.server";
import { opslag } from "./opslag.server";
import { ontsleutel } from "./pakket-zip.server";

/** The signed-in staff member; their roles and name are read from the database (app/services/bevoegdheid.server.ts). */
export type DocumentActor = MedewerkerActor;

export type NieuwDocument = {
  titel: string;
  /** The document's own date (YYYY-MM-DD), e.g. the date of the letter. */
  datum: string;
  /** Where it came from (AVG art. 15 lid 1 sub g): "zorgverlener", "client" or a named third party. */
  herkomst: string;
  /** Data about someone else: never in a portability package, considered for withholding in an inzage. */
  betreftDerde: boolean;
};

export type DocumentFoutCode = "niet_gevonden" | "geen_client" | "ongeldig";

function fout(code: DocumentFoutCode, bericht: string): DomainError {
  return new DomainError(code, bericht);
}

/** The staff member as stored now, with the role the audit row names (GeenBevoegdheid otherwise). */
async function magDocumenten(conn: DbOrTx, actor: DocumentActor): Promise<{ id: string; naam: string; rol: string }> {
  const ik = await vereisBevoegdheid(conn, actor, "verzoek.behandelen");
  return { id: ik.id, naam: ik.naam, rol: behandelActor(ik.rollen)! };
}

/** Checks the fields of a new document; null when they are fine, else what is wrong. */
export function controleerDocumentVelden(d: NieuwDocument): "titel" | "datum" | "herkomst" | null {
  if (d.titel.trim().length === 0 || d.titel.length > DOCUMENT_TITEL_MAX) return "titel";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.datum) || Number.isNaN(Date.parse(`${d.datum}T00:00:00Z`))) return "datum";
  if (d.herkomst.trim().length === 0 || d.herkomst.length > DOCUMENT_HERKOMST_MAX) return "herkomst";
  return null;
}

/**
 * Adds a checked, stored file to the dossier of the client of request `verzoekId`. When the row
 * cannot be written the stored file is removed again (nothing unreferenced stays behind).
 */
export async function voegDocumentToeAanVerzoek(
  actor: DocumentActor,
  verzoekId: string,
  velden: NieuwDocument,
  bestand: GecontroleerdBestand,
): Promise<{ id: string }> {
  return voegToe(actor, { verzoekId }, velden, bestand);
}

/**
 * Adds a checked, stored file to a client's dossier without a request (a report, a letter that came
 * in; docs/decisions/032). Same checks, key and log as for a request.
 */
export async function voegDocumentToeAanDossier(
  actor: DocumentActor,
  clientId: string,
  velden: NieuwDocument,
  bestand: GecontroleerdBestand,
): Promise<{ id: string }> {
  return voegToe(actor, { clientId }, velden, bestand);
}

async function voegToe(
  actor: DocumentActor,
  waar: { verzoekId: string } | { clientId: string },
  velden: NieuwDocument,
  bestand: GecontroleerdBestand,
): Promise<{ id: string }> {
  try {
    if (controleerDocumentVelden(velden)) throw fout("ongeldig", "Vul een titel, een datum en de herkomst in.");
    return await db().transaction(async (tx) => {
      const { naam, rol } = await magDocumenten(tx, actor);
      let clientId: string;
      let verzoekId: string | null = null;
      if ("verzoekId" in waar) {
        if (!isUuid(waar.verzoekId)) throw fout("niet_gevonden", "Dit verzoek bestaat niet.");
        const [v] = await tx
          .select({ id: verzoeken.id, clientId: verzoeken.clientId })
          .from(verzoeken)
          .where(eq(verzoeken.id, waar.verzoekId));
        if (!v) throw fout("niet_gevonden", "Dit verzoek bestaat niet.");
        if (!v.clientId)
          throw fout("geen_client", "Koppel het verzoek eerst aan een cliënt; dan komt het document in diens dossier.");
        clientId = v.clientId;
        verzoekId = v.id;
      } else {
        if (!isUuid(waar.clientId)) throw fout("niet_gevonden", "Deze cliënt bestaat niet.");
        const [c] = await tx.select({ id: clienten.id }).from(clienten).where(eq(clienten.id, waar.clientId));
        if (!c) throw fout("niet_gevonden", "Deze cliënt bestaat niet.");
        clientId = c.id;
      }
      const [rij] = await tx
        .insert(dossierItems)
        .values({
          id: bestand.id,
          clientId,
          verzoekId,
          categorie: "documenten",
          titel: velden.titel.trim(),
          inhoud: { datum: velden.datum, omschrijving: velden.titel.trim() },
          herkomst: velden.herkomst.trim(),
          betreftDerde: velden.betreftDerde,
          auteur: naam,
          documentSleutel: bestand.opslagSleutel,
          bestandsnaam: bestand.bestandsnaam,
          mimeType: bestand.mimeType,
          grootte: bestand.grootte,
          bestandSleutel: bestand.sleutel,
          sha256: bestand.sha256,
        })
        .returning({ id: dossierItems.id });
      await audit(tx, {
        actorSoort: "medewerker",
        actorId: actor.medewerker.id,
        rol,
        actie: "document.toegevoegd",
        clientId,
        verzoekId,
        onderdeel: "documenten",
        details: {
          documentId: rij!.id,
          soort: bestand.soort,
          grootte: bestand.grootte,
          sha256: bestand.sha256,
          betreftDerde: velden.betreftDerde,
        },
      });
      return { id: rij!.id };
    });
  } catch (e) {
    await opslag().delete(bestand.opslagSleutel);
    throw e;
  }
}

/** The client whose dossier documents page this is; null when there is none. */
export async function clientVoorDocumenten(actor: DocumentActor, clientId: string) {
  await magDocumenten(db(), actor);
  if (!isUuid(clientId)) return null;
  const [c] = await db()
    .select({
      id: clienten.id,
      clientnummer: clienten.clientnummer,
      voornamen: clienten.voornamen,
      tussenvoegsel: clienten.tussenvoegsel,
      achternaam: clienten.achternaam,
    })
    .from(clienten)
    .where(eq(clienten.id, clientId));
  if (!c) return null;
  return {
    id: c.id,
    clientnummer: c.clientnummer,
    naam: [c.voornamen, c.tussenvoegsel, c.achternaam].filter(Boolean).join(" "),
  };
}

/** All documents of a client's dossier (newest first), with or without a request. */
export async function documentenVanClient(actor: DocumentActor, clientId: string) {
  await magDocumenten(db(), actor);
  if (!isUuid(clientId)) return [];
  return db()
    .select({
      id: dossierItems.id,
      titel: dossierItems.titel,
      inhoud: dossierItems.inhoud,
      herkomst: dossierItems.herkomst,
      betreftDerde: dossierItems.betreftDerde,
      bestandsnaam: dossierItems.bestandsnaam,
      grootte: dossierItems.grootte,
      sha256: dossierItems.sha256,
      verzoekNummer: verzoeken.nummer,
      aangemaaktOp: dossierItems.aangemaaktOp,
    })
    .from(dossierItems)
    .leftJoin(verzoeken, eq(verzoeken.id, dossierItems.verzoekId))
    .where(
      and(
        eq(dossierItems.clientId, clientId),
        eq(dossierItems.categorie, "documenten"),
        eq(dossierItems.afgeschermd, false),
        isNotNull(dossierItems.documentSleutel),
      ),
    )
    .orderBy(desc(dossierItems.aangemaaktOp));
}

/** The request the documents page is about; null when there is none. */
export async function verzoekVoorDocumenten(actor: DocumentActor, verzoekId: string) {
  await magDocumenten(db(), actor);
  if (!isUuid(verzoekId)) return null;
  const [v] = await db()
    .select({ id: verzoeken.id, nummer: verzoeken.nummer, clientId: verzoeken.clientId })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  return v ?? null;
}

/** The documents added for this request (newest first), for the backoffice page. */
export async function documentenVanVerzoek(actor: DocumentActor, verzoekId: string) {
  await magDocumenten(db(), actor);
  if (!isUuid(verzoekId)) return [];
  return db()
    .select({
      id: dossierItems.id,
      titel: dossierItems.titel,
      inhoud: dossierItems.inhoud,
      herkomst: dossierItems.herkomst,
      betreftDerde: dossierItems.betreftDerde,
      bestandsnaam: dossierItems.bestandsnaam,
      grootte: dossierItems.grootte,
      sha256: dossierItems.sha256,
      aangemaaktOp: dossierItems.aangemaaktOp,
    })
    .from(dossierItems)
    .where(
      and(
        eq(dossierItems.verzoekId, verzoekId),
        eq(dossierItems.categorie, "documenten"),
        eq(dossierItems.afgeschermd, false),
      ),
    )
    .orderBy(desc(dossierItems.aangemaaktOp));
}

/** Where a documents page is: a request (its client's dossier) or a client's dossier itself. */
export type DocumentPlek = { verzoekId: string } | { clientId: string };

/** The client (null: a request not linked yet) and the request, if any, of a place; null when it does not exist. */
async function clientVan(
  tx: Tx,
  plek: DocumentPlek,
): Promise<{ clientId: string | null; verzoekId: string | null } | null> {
  if ("verzoekId" in plek) {
    if (!isUuid(plek.verzoekId)) return null;
    const [v] = await tx
      .select({ clientId: verzoeken.clientId })
      .from(verzoeken)
      .where(eq(verzoeken.id, plek.verzoekId));
    return v ? { clientId: v.clientId, verzoekId: plek.verzoekId } : null;
  }
  if (!isUuid(plek.clientId)) return null;
  const [c] = await tx.select({ id: clienten.id }).from(clienten).where(eq(clienten.id, plek.clientId));
  return c ? { clientId: c.id, verzoekId: null } : null;
}

/**
 * A document for a staff member to open: the decrypted stream, audited ("document.gedownload").
 * Only documents of the place's client; a screened (afgeschermd) one is not shown.
 */
export async function documentVoorMedewerker(
  actor: DocumentActor,
  plek: DocumentPlek,
  documentId: string,
): Promise<Download | null> {
  return db().transaction(async (tx) => {
    const { rol } = await magDocumenten(tx, actor);
    const waar = await clientVan(tx, plek);
    if (!waar?.clientId || !isUuid(documentId)) return null;
    const [d] = await tx
      .select()
      .from(dossierItems)
      .where(
        and(
          eq(dossierItems.id, documentId),
          eq(dossierItems.clientId, waar.clientId),
          eq(dossierItems.afgeschermd, false),
        ),
      );
    if (!d?.documentSleutel || !d.bestandsnaam) return null;
    const stroom = d.bestandSleutel
      ? await ontsleutel(d.documentSleutel, d.bestandSleutel)
      : opslag().getStream(d.documentSleutel);
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: actor.medewerker.id,
      rol,
      actie: "document.gedownload",
      clientId: waar.clientId,
      verzoekId: waar.verzoekId ?? d.verzoekId,
      onderdeel: "documenten",
      details: { documentId: d.id },
    });
    return {
      stroom,
      bestandsnaam: d.bestandsnaam,
      mimeType: d.mimeType ?? "application/octet-stream",
      grootte: d.grootte,
    };
  });
}

/**
 * Removes a document added by mistake (wrong client, wrong file): on a request's page one added to
 * that request, on a dossier page any document of that client. The row with its key goes, then the
 * file. Audited ("document.verwijderd") with its SHA-256, never its content.
 */
export async function verwijderDocument(
  actor: DocumentActor,
  plek: DocumentPlek,
  documentId: string,
): Promise<boolean> {
  const weg = await db().transaction(async (tx) => {
    const { rol } = await magDocumenten(tx, actor);
    const waar = await clientVan(tx, plek);
    if (!waar?.clientId || !isUuid(documentId)) return null;
    const [d] = await tx
      .delete(dossierItems)
      .where(
        and(
          eq(dossierItems.id, documentId),
          eq(dossierItems.clientId, waar.clientId),
          waar.verzoekId ? eq(dossierItems.verzoekId, waar.verzoekId) : undefined,
          eq(dossierItems.categorie, "documenten"),
        ),
      )
      .returning({
        id: dossierItems.id,
        verzoekId: dossierItems.verzoekId,
        documentSleutel: dossierItems.documentSleutel,
        sha256: dossierItems.sha256,
      });
    if (!d) return null;
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: actor.medewerker.id,
      rol,
      actie: "document.verwijderd",
      clientId: waar.clientId,
      verzoekId: waar.verzoekId ?? d.verzoekId,
      onderdeel: "documenten",
      details: { documentId: d.id, sha256: d.sha256 },
    });
    return d;
  });
  // After the commit: the key is gone with the row; now the encrypted bytes too.
  if (weg?.documentSleutel) await opslag().delete(weg.documentSleutel);
  return weg !== null;
}

/** A refused upload in the access log: what was refused and why, never the file or its name. */
export async function legWeigeringVast(actor: DocumentActor, plek: DocumentPlek, weigering: string): Promise<void> {
  await db().transaction(async (tx) => {
    const { rol } = await magDocumenten(tx, actor);
    const waar = await clientVan(tx, plek);
    if (!waar) return;
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: actor.medewerker.id,
      rol,
      actie: "document.geweigerd",
      clientId: waar.clientId,
      verzoekId: waar.verzoekId,
      onderdeel: "documenten",
      details: { reden: weigering },
    });
  });
}
