/**
 * AVG art. 19 (docs/recht.md "Ontvangers (art. 19)"): after a correction, erasure or restriction, every
 * recipient in the client's disclosure log (verstrekkingen) is told, exactly once per request and
 * kind of change. A recipient with an e-mail address gets a letter through the outbox; one without
 * is recorded as "per post te versturen" (mail_id null) and listed for staff.
 *
 * Exactly once: the row in ontvanger_meldingen is inserted first, guarded by the unique index
 * ontvanger_meldingen_uq (verzoek_id, ontvanger, soort); only a new row queues a letter.
 *
 * Per recipient (issue 12 item 12, docs/decisions/023): each is told only about the categories
 * of the change that it actually received (`ontvangenCategorieen`); a recipient that received none
 * of them is not told. A disclosure logged without categories counts as "unknown": that
 * recipient is told about every category of the change. The row keeps what it was told.
 */
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/db.server";
import { clienten, ontvangerMeldingen, verstrekkingen } from "../../db/schema";
import { ontvangenCategorieen } from "../domain/ontvanger-melding";
import { amsterdamDate } from "../domain/calendar";
import { formatDatum } from "../i18n/taal";
import { queueMail } from "./mail.server";

export type OntvangerMeldingSoort = "correctie" | "verwijdering" | "afscherming";

export type OntvangerMelding = {
  ontvanger: string;
  email: string | null;
  /** No e-mail address known: staff send it by post. */
  perPost: boolean;
  /** false when this recipient was already told for this request and kind. */
  nieuw: boolean;
  /** The categories of the change this recipient received: what it is told. */
  categorieen: string[];
};

const CATEGORIE_NAAM: Record<string, string> = {
  personalia: "persoonsgegevens",
  contact: "contactgegevens",
  zorg: "zorgdossier",
  financieel: "financiële gegevens",
  documenten: "documenten",
};

/** One entry per distinct recipient (case and spacing ignored), with the most recent e-mail address. */
async function ontvangersVan(tx: Tx, clientId: string) {
  const rijen = await tx
    .select({
      id: verstrekkingen.id,
      ontvanger: verstrekkingen.ontvanger,
      email: verstrekkingen.ontvangerEmail,
      datum: verstrekkingen.datum,
      categorieen: verstrekkingen.categorieen,
    })
    .from(verstrekkingen)
    .where(eq(verstrekkingen.clientId, clientId))
    .orderBy(asc(verstrekkingen.datum), asc(verstrekkingen.aangemaaktOp));
  const perSleutel = new Map<
    string,
    { verstrekkingId: string; ontvanger: string; email: string | null; ontvangen: string[][] }
  >();
  for (const r of rijen) {
    const naam = r.ontvanger.trim().replace(/\s+/g, " ");
    const sleutel = naam.toLowerCase();
    const eerder = perSleutel.get(sleutel);
    const email = r.email?.trim() || null;
    perSleutel.set(sleutel, {
      verstrekkingId: r.id,
      ontvanger: eerder?.ontvanger ?? naam,
      email: email ?? eerder?.email ?? null,
      ontvangen: [...(eerder?.ontvangen ?? []), r.categorieen],
    });
  }
  return [...perSleutel.values()];
}

/**
 * Tell every earlier recipient of this client's data about a change, inside the caller's
 * transaction. Running it again for the same request and kind adds nothing.
 */
export async function meldOntvangers(
  tx: Tx,
  melding: { verzoekId: string; clientId: string; soort: OntvangerMeldingSoort; categorieen: string[]; nu: Date },
): Promise<OntvangerMelding[]> {
  const ontvangers = await ontvangersVan(tx, melding.clientId);
  if (ontvangers.length === 0) return [];
  const [client] = await tx
    .select({
      voornamen: clienten.voornamen,
      tussenvoegsel: clienten.tussenvoegsel,
      achternaam: clienten.achternaam,
      geboortedatum: clienten.geboortedatum,
    })
    .from(clienten)
    .where(eq(clienten.id, melding.clientId));
  if (!client) throw new Error("Cliënt bestaat niet.");
  const clientNaam = [client.voornamen, client.tussenvoegsel, client.achternaam].filter(Boolean).join(" ");
  const resultaat: OntvangerMelding[] = [];
  for (const o of ontvangers) {
    // What this recipient received of what changed: only that is told (AVG art. 19).
    const betreft = ontvangenCategorieen(o.ontvangen, melding.categorieen);
    if (betreft.length === 0) continue;
    const [nieuw] = await tx
      .insert(ontvangerMeldingen)
      .values({
        verzoekId: melding.verzoekId,
        verstrekkingId: o.verstrekkingId,
        ontvanger: o.ontvanger,
        soort: melding.soort,
        categorieen: betreft,
        op: melding.nu,
      })
      .onConflictDoNothing()
      .returning({ id: ontvangerMeldingen.id });
    if (!nieuw) {
      resultaat.push({ ontvanger: o.ontvanger, email: o.email, perPost: !o.email, nieuw: false, categorieen: betreft });
      continue;
    }
    if (o.email) {
      const mail = await queueMail(tx, {
        aan: o.email,
        sjabloon: "ontvanger_melding",
        data: {
          ontvanger: o.ontvanger,
          soort: melding.soort,
          clientNaam,
          geboortedatum: formatDatum(client.geboortedatum, "nl", { weekday: false }),
          categorieen: betreft.map((c) => CATEGORIE_NAAM[c] ?? c),
          datum: formatDatum(amsterdamDate(melding.nu), "nl", { weekday: false }),
        },
        taal: "nl",
        verzoekId: melding.verzoekId,
        dedupSleutel: `ontvanger:${melding.verzoekId}:${melding.soort}:${o.ontvanger.toLowerCase()}`,
      });
      if (mail) await tx.update(ontvangerMeldingen).set({ mailId: mail.id }).where(eq(ontvangerMeldingen.id, nieuw.id));
    }
    resultaat.push({ ontvanger: o.ontvanger, email: o.email, perPost: !o.email, nieuw: true, categorieen: betreft });
  }
  return resultaat;
}

export type GeregistreerdeMelding = {
  ontvanger: string;
  soort: string;
  /** What this recipient was told: the categories of the change it had received. */
  categorieen: string[];
  op: Date;
  /** true: no e-mail was sent; staff still have to send a letter by post. */
  perPost: boolean;
};

/** The notifications recorded for one request (for the staff page: who still needs a letter by post). */
export async function meldingenVanVerzoek(conn: DbOrTx, verzoekId: string): Promise<GeregistreerdeMelding[]> {
  const rijen = await conn
    .select({
      ontvanger: ontvangerMeldingen.ontvanger,
      soort: ontvangerMeldingen.soort,
      categorieen: ontvangerMeldingen.categorieen,
      op: ontvangerMeldingen.op,
      mailId: ontvangerMeldingen.mailId,
    })
    .from(ontvangerMeldingen)
    .where(and(eq(ontvangerMeldingen.verzoekId, verzoekId)))
    .orderBy(asc(ontvangerMeldingen.ontvanger));
  return rijen.map((r) => ({
    ontvanger: r.ontvanger,
    soort: r.soort,
    categorieen: r.categorieen,
    op: r.op,
    perPost: r.mailId === null,
  }));
}
