/**
 * Telling the client about a disclosure made without their consent (docs/recht.md "Ontvangers
 * (art. 19)", app/domain/verstrekking.ts): in the transaction that records the disclosure, a
 * message to the client's address in the record goes to the outbox, and the disclosure row notes
 * when (`client_geinformeerd_op`). Postponed only with a recorded reason (`client_melding_uitgesteld`);
 * `meldUitgesteldeVerstrekking` sends it once the danger is over. Everything audited.
 */
import { vereisBevoegdheid } from "./bevoegdheid.server";
import { behandelActor } from "../domain/behandeling";
import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import { accounts, clienten, verstrekkingen, verzoeken } from "../../db/schema";
import { amsterdamDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import { isUuid } from "../domain/id";
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

/** A disclosure whose message to the client waits, as the execution page lists it. */
export type UitgesteldeVerstrekking = {
  id: string;
  ontvanger: string;
  datum: string;
  rechtsgrond: string;
  categorieen: string[];
  /** The reason recorded for waiting (docs/decisions/023). */
  reden: string;
  geregistreerdOp: Date;
  /** No e-mail address in the record: sending now means staff send a letter. */
  perPost: boolean;
};

/** The disclosures of this client whose message waits, oldest first (inside the caller's transaction). */
export async function uitgesteldeVerstrekkingen(conn: DbOrTx, clientId: string): Promise<UitgesteldeVerstrekking[]> {
  const rijen = await conn
    .select({
      id: verstrekkingen.id,
      ontvanger: verstrekkingen.ontvanger,
      datum: verstrekkingen.datum,
      rechtsgrond: verstrekkingen.rechtsgrond,
      categorieen: verstrekkingen.categorieen,
      reden: verstrekkingen.clientMeldingUitgesteld,
      geregistreerdOp: verstrekkingen.aangemaaktOp,
      email: clienten.email,
    })
    .from(verstrekkingen)
    .innerJoin(clienten, eq(clienten.id, verstrekkingen.clientId))
    .where(
      and(
        eq(verstrekkingen.clientId, clientId),
        isNotNull(verstrekkingen.clientMeldingUitgesteld),
        isNull(verstrekkingen.clientGeinformeerdOp),
      ),
    )
    .orderBy(asc(verstrekkingen.aangemaaktOp));
  return rijen.map(({ email, reden, ...r }) => ({ ...r, reden: reden ?? "", perPost: !email?.trim() }));
}

/**
 * The danger is over: tell the client now about a disclosure whose message was postponed. Only the
 * backoffice or the directie. Refused when there is nothing postponed, or (with `verzoekId`, from
 * a request's page) when the disclosure is not of that request's client. Without an e-mail address
 * the postponement ends too and staff send a letter ("per_post"), so it is not offered twice.
 */
export async function meldUitgesteldeVerstrekking(
  actor: { medewerker: { id: string } },
  verstrekkingId: string,
  opties: { nu?: Date; verzoekId?: string } = {},
): Promise<"gemeld" | "per_post"> {
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const m = await vereisBevoegdheid(tx, actor, "verzoek.behandelen");
    if (!isUuid(verstrekkingId)) throw new DomainError("niet_uitgesteld", "Deze verstrekking bestaat niet.");
    let vanClient: string | null = null;
    if (opties.verzoekId !== undefined) {
      const [vz] = isUuid(opties.verzoekId)
        ? await tx.select({ clientId: verzoeken.clientId }).from(verzoeken).where(eq(verzoeken.id, opties.verzoekId))
        : [];
      if (!vz) throw new DomainError("niet_gevonden", "Dit verzoek bestaat niet.");
      if (!vz.clientId) throw new DomainError("niet_uitgesteld", "Dit verzoek is niet aan een cliënt gekoppeld.");
      vanClient = vz.clientId;
    }
    const [v] = await tx
      .select({ id: verstrekkingen.id, clientId: verstrekkingen.clientId })
      .from(verstrekkingen)
      .where(
        and(
          eq(verstrekkingen.id, verstrekkingId),
          isNotNull(verstrekkingen.clientMeldingUitgesteld),
          isNull(verstrekkingen.clientGeinformeerdOp),
          vanClient ? eq(verstrekkingen.clientId, vanClient) : undefined,
        ),
      )
      .for("update");
    if (!v)
      throw new DomainError(
        "niet_uitgesteld",
        "Voor deze verstrekking staat geen uitgestelde melding aan de cliënt open.",
      );
    const uitkomst = await vertelClientOverVerstrekking(tx, v.id, nu);
    if (uitkomst === "per_post") {
      await tx.update(verstrekkingen).set({ clientMeldingUitgesteld: null }).where(eq(verstrekkingen.id, v.id));
    }
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: m.id,
      rol: behandelActor(m.rollen)!,
      actie: "verstrekking.client_gemeld",
      clientId: v.clientId,
      verzoekId: opties.verzoekId ?? null,
      onderdeel: "verstrekkingen",
      details: { verstrekkingId: v.id, uitkomst, datum: amsterdamDate(nu) },
    });
    return uitkomst;
  });
}
