/**
 * Telling the client about a disclosure made without their consent (docs/recht.md "Ontvangers
 * (art. 19)", app/domain/verstrekking.ts): in the transaction that records the disclosure, a
 * message to the client's address in the record goes to the outbox, and the disclosure row notes
 * when (`client_geinformeerd_op`). Postponed only with a recorded reason (`client_melding_uitgesteld`);
 * `meldUitgesteldeVerstrekking` sends it once the danger is over. Everything audited.
 */
import { vereisBevoegdheid } from "./bevoegdheid.server";
import { behandelActor } from "../domain/behandeling";
import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { accounts, clienten, verstrekkingen } from "../../db/schema";
import { amsterdamDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import { formatDatum } from "../i18n/taal";
import { audit } from "./audit.server";
import { queueMail } from "./mail.server";

export type ClientMelding = "gemeld" | "uitgesteld" | "per_post" | "niet_nodig";

export const CATEGORIE_NAAM = {
  nl: {
    personalia: "persoonsgegevens",
    contact: "contactgegevens",
    zorg: "zorgdossier",
    financieel: "financiële gegevens",
    documenten: "documenten",
  },
  en: {
    personalia: "personal details",
    contact: "contact details",
    zorg: "care file",
    financieel: "financial data",
    documenten: "documents",
  },
} as const;

/**
 * Queue the message about disclosure `verstrekkingId` to its client, inside `tx`. "per_post" when
 * the record has no e-mail address (staff send a letter; the row stays untold). Idempotent: a
 * disclosure already told is not told again.
 */
export async function vertelClientOverVerstrekking(
  tx: Tx,
  verstrekkingId: string,
  nu: Date,
): Promise<"gemeld" | "per_post"> {
  const [v] = await tx.select().from(verstrekkingen).where(eq(verstrekkingen.id, verstrekkingId)).for("update");
  if (!v) throw new DomainError("niet_gevonden", "Deze verstrekking bestaat niet.");
  if (v.clientGeinformeerdOp) return "gemeld";
  const [c] = await tx.select({ email: clienten.email }).from(clienten).where(eq(clienten.id, v.clientId));
  const email = c?.email?.trim();
  if (!email) return "per_post";
  // The language the client chose in the portal, when they have an account; else Dutch.
  const [account] = await tx
    .select({ taal: accounts.taal })
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${email})`)
    .orderBy(desc(accounts.aangemaaktOp))
    .limit(1);
  const taal = account?.taal === "en" ? "en" : "nl";
  const namen = CATEGORIE_NAAM[taal] as Record<string, string>;
  await queueMail(tx, {
    aan: email,
    sjabloon: "verstrekking_client",
    data: {
      ontvanger: v.ontvanger,
      datum: formatDatum(v.datum, taal, { weekday: false }),
      categorieen: v.categorieen.map((k) => namen[k] ?? k),
      rechtsgrond: v.rechtsgrond,
      omschrijving: v.omschrijving,
    },
    taal,
    dedupSleutel: `verstrekking-client:${v.id}`,
  });
  await tx
    .update(verstrekkingen)
    .set({ clientGeinformeerdOp: nu, clientMeldingUitgesteld: null })
    .where(eq(verstrekkingen.id, v.id));
  return "gemeld";
}

/**
 * The danger is over: tell the client now about a disclosure whose message was postponed. Only the
 * backoffice or the directie. Refused when there is nothing postponed.
 */
export async function meldUitgesteldeVerstrekking(
  actor: { medewerker: { id: string } },
  verstrekkingId: string,
  opties: { nu?: Date } = {},
): Promise<"gemeld" | "per_post"> {
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const m = await vereisBevoegdheid(tx, actor, "verzoek.behandelen");
    const [v] = await tx
      .select({ id: verstrekkingen.id, clientId: verstrekkingen.clientId })
      .from(verstrekkingen)
      .where(
        and(
          eq(verstrekkingen.id, verstrekkingId),
          isNotNull(verstrekkingen.clientMeldingUitgesteld),
          isNull(verstrekkingen.clientGeinformeerdOp),
        ),
      );
    if (!v)
      throw new DomainError(
        "niet_uitgesteld",
        "Voor deze verstrekking staat geen uitgestelde melding aan de cliënt open.",
      );
    const uitkomst = await vertelClientOverVerstrekking(tx, v.id, nu);
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: m.id,
      rol: behandelActor(m.rollen)!,
      actie: "verstrekking.client_gemeld",
      clientId: v.clientId,
      onderdeel: "verstrekkingen",
      details: { verstrekkingId: v.id, uitkomst, datum: amsterdamDate(nu) },
    });
    return uitkomst;
  });
}
