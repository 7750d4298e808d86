/**
 * The message thread of a request, shared by the client's status page (/mijn) and the backoffice.
 * Messages live in the portal. An e-mail only says that there is a new message and links to the
 * request: the content (often health data) never leaves the portal by e-mail.
 *
 * `stuurBericht` takes the caller's transaction and checks only the shape of the message; the
 * calling service checks that the author may write about this request, changes the request's
 * state where needed (a question that pauses the clock, an answer that restarts it), and writes
 * the audit row last.
 */
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/db.server";
import { accounts, berichten, verzoeken } from "../../db/schema";
import { controleerBerichttekst } from "../domain/bericht";
import { DomainError } from "../domain/errors";
import { korteNaam } from "../domain/identiteit";
import { env } from "../env.server";
import { queueMail } from "./mail.server";

export type BerichtAfzender = "client" | "organisatie";

/** Who wrote it: the client's (or representative's) portal account, or a staff member. */
export type BerichtAuteur = { accountId: string } | { medewerkerId: string };

export type NieuwBericht = {
  verzoekId: string;
  van: BerichtAfzender;
  auteur: BerichtAuteur;
  /** 1 to 5000 characters after trimming (app/domain/bericht.ts). */
  tekst: string;
  /** A staff-only note: never shown to the client, never mailed. Only from the organisation. */
  intern?: boolean;
  /**
   * This message asks the client for information and pauses the clock. Only marks the message:
   * the calling service opens the klokpauze and makes the "vraag_stellen" transition.
   */
  pauzeertKlok?: boolean;
  /** The moment it was written (default: now). */
  nu?: Date;
};

export type VerstuurdBericht = { id: string; mailId: string | null };

/** The status page of a request, the link in every e-mail about it. */
export function statusPaginaUrl(nummer: string): string {
  return `${env().PUBLIC_URL}/mijn/verzoeken/${encodeURIComponent(nummer)}`;
}

/**
 * Store one message. From the organisation (not internal) it queues the e-mail "nieuw_bericht" to
 * the person who filed the request, in the same transaction; a client's message e-mails nobody
 * (the backoffice sees it in its queue). Throws DomainError: "bericht_leeg", "bericht_te_lang",
 * "ongeldig_bericht" (author does not fit the sender, or a client's note marked internal),
 * "niet_gevonden" (no such request).
 */
export async function stuurBericht(tx: Tx, bericht: NieuwBericht): Promise<VerstuurdBericht> {
  const tekst = controleerBerichttekst(bericht.tekst);
  const intern = bericht.intern === true;
  const pauzeertKlok = bericht.pauzeertKlok === true;
  if (bericht.van === "client") {
    if (!("accountId" in bericht.auteur)) {
      throw new DomainError("ongeldig_bericht", "Een bericht van de cliënt moet van een account komen.");
    }
    if (intern || pauzeertKlok) {
      throw new DomainError(
        "ongeldig_bericht",
        "Een bericht van de cliënt kan geen interne notitie zijn en zet de termijn niet stil.",
      );
    }
  } else if (bericht.van === "organisatie") {
    if (!("medewerkerId" in bericht.auteur)) {
      throw new DomainError("ongeldig_bericht", "Een bericht van de organisatie moet van een medewerker komen.");
    }
    if (intern && pauzeertKlok) {
      throw new DomainError(
        "ongeldig_bericht",
        "Een interne notitie kan de termijn niet stilzetten: de cliënt ziet de vraag dan niet.",
      );
    }
  } else {
    throw new DomainError("ongeldig_bericht", `Onbekende afzender: "${String(bericht.van)}".`);
  }

  const [verzoek] = await tx
    .select({
      nummer: verzoeken.nummer,
      taal: verzoeken.taal,
      indiener: verzoeken.indiener,
      betrokkene: verzoeken.betrokkene,
      accountEmail: accounts.email,
    })
    .from(verzoeken)
    .leftJoin(accounts, eq(accounts.id, verzoeken.ingediendDoorAccountId))
    .where(eq(verzoeken.id, bericht.verzoekId));
  if (!verzoek) throw new DomainError("niet_gevonden", "Dit verzoek bestaat niet.");

  const nu = bericht.nu ?? new Date();
  const [rij] = await tx
    .insert(berichten)
    .values({
      verzoekId: bericht.verzoekId,
      van: bericht.van,
      auteurAccountId: "accountId" in bericht.auteur ? bericht.auteur.accountId : null,
      auteurMedewerkerId: "medewerkerId" in bericht.auteur ? bericht.auteur.medewerkerId : null,
      tekst,
      intern,
      pauzeertKlok,
      aangemaaktOp: nu,
    })
    .returning({ id: berichten.id });
  const id = rij!.id;

  let mailId: string | null = null;
  if (bericht.van === "organisatie" && !intern) {
    // The address the filer signs in with; the address typed at intake when there is no account.
    const aan = verzoek.accountEmail ?? verzoek.indiener.email;
    if (aan) {
      const mail = await queueMail(tx, {
        aan,
        sjabloon: "nieuw_bericht",
        data: {
          nummer: verzoek.nummer,
          url: statusPaginaUrl(verzoek.nummer),
          // docs/decisions/018: a representative's mail names the person concerned, short.
          ...(verzoek.indiener.relatie !== "zelf" ? { voor: korteNaam(verzoek.betrokkene.naam) } : {}),
        },
        taal: verzoek.taal,
        verzoekId: bericht.verzoekId,
        dedupSleutel: `bericht:${id}`,
      });
      mailId = mail?.id ?? null;
    }
  }
  return { id, mailId };
}

export type BerichtRegel = {
  id: string;
  van: BerichtAfzender;
  tekst: string;
  intern: boolean;
  pauzeertKlok: boolean;
  /** ISO timestamp. */
  op: string;
};

/**
 * The thread of one request, oldest first. Without `metIntern` (the client's view) internal notes
 * are left out by the query itself, not by the page.
 */
export async function berichtenVan(
  conn: DbOrTx,
  verzoekId: string,
  opties: { metIntern: boolean },
): Promise<BerichtRegel[]> {
  const rijen = await conn
    .select({
      id: berichten.id,
      van: berichten.van,
      tekst: berichten.tekst,
      intern: berichten.intern,
      pauzeertKlok: berichten.pauzeertKlok,
      op: berichten.aangemaaktOp,
    })
    .from(berichten)
    .where(
      opties.metIntern
        ? eq(berichten.verzoekId, verzoekId)
        : and(eq(berichten.verzoekId, verzoekId), eq(berichten.intern, false)),
    )
    .orderBy(asc(berichten.aangemaaktOp), asc(berichten.id));
  return rijen.map((r) => ({
    ...r,
    van: r.van === "client" ? "client" : "organisatie",
    op: r.op.toISOString(),
  }));
}
