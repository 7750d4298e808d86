/**
 * Intake (docs/architectuur.md "Data flow of one request", step 3): a signed-in account files a rights request. The
 * request, its deadlines, its first timeline event, the confirmation e-mail and the audit row are
 * stored in ONE transaction, so nothing is confirmed that was not stored, and a rejected
 * submission stores nothing at all.
 *
 * The service never looks up or reveals client records: matching the person concerned to a
 * client is staff work.
 */
import { isVertegenwoordiger, korteNaam, type Vertegenwoordiger } from "../domain/identiteit";
import { randomBytes } from "node:crypto";
import { and, desc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, type DbOrTx } from "../../db/db.server";
import { accounts, organisatie, verwerkingen, verzoeken } from "../../db/schema";
import { amsterdamDate } from "../domain/calendar";
import { namensVan } from "../domain/toegangslog";
import { requestDeadlines } from "../domain/deadlines";
import {
  beoordeelIndiening,
  valideerIntake,
  type IntakeContext,
  type IntakeFouten,
  type VerzoekDetails,
  type VerzoekInvoer,
} from "../domain/intake";
import type { Reason } from "../domain/request-state";
import type { Verzoektype } from "../domain/request-types";
import { env } from "../env.server";
import type { MailOrganisatie } from "../../emails";
import type { Taal } from "../i18n/taal";
import { audit } from "./audit.server";
import { logInMetCodeInTransactie, type CodeInlogResultaat } from "./inloggen.server";
import { renderVoorUitgaandeMail } from "./mail.server";
import { voerUitVoorbereid } from "./voorbereid.server";
import { reglementVan, verzoeknummerSql, voegGebeurtenisToe } from "./verzoeken.server";

/** Submissions per account (that is: per verified e-mail address) per hour. */
export const MAX_VERZOEKEN_PER_UUR = 10;

/** The idempotency key the form carries: random, URL-safe, 16 to 100 characters. */
const SLEUTEL = /^[A-Za-z0-9_-]{16,100}$/;

export type IntakeFoutSoort =
  "ongeldig" | "niet_toegestaan" | "honeypot" | "te_vaak" | "sleutel_ongeldig" | "geen_account";

/**
 * What the confirmation e-mail shows of the organisation, read with the account (no query of its
 * own). Every field of MailOrganisatie, also the optional ones: a field added there must be added here.
 */
const MAIL_ORGANISATIE = {
  naam: organisatie.naam,
  straat: organisatie.straat,
  postcode: organisatie.postcode,
  plaats: organisatie.plaats,
  email: organisatie.email,
  telefoon: organisatie.telefoon,
  fgNaam: organisatie.fgNaam,
  fgEmail: organisatie.fgEmail,
  klachtenroute: organisatie.klachtenroute,
  logo: organisatie.logo,
} satisfies { [K in keyof Required<MailOrganisatie>]: AnyPgColumn };

/** A new idempotency key for the check page of the wizard (128 bits, URL-safe). */
export function nieuweIdempotentieSleutel(): string {
  return randomBytes(16).toString("base64url");
}

/** A submission that was refused; nothing of it was stored. */
export class IntakeFout extends Error {
  override readonly name = "IntakeFout";
  constructor(
    readonly code: IntakeFoutSoort,
    readonly extra: {
      /** Per field name (e.g. "betrokkene.geboortedatum"), the message codes (app/domain/intake.ts). */
      fouten?: IntakeFouten;
      /** Why this filer may not file for this person (app/domain/eligibility.ts), in NL and EN. */
      weigering?: Reason;
      /** When another submission is possible again (rate limit). */
      wachtMinuten?: number;
    } = {},
  ) {
    super(`Verzoek niet ingediend: ${code}`);
  }
}

export type IntakeInput = {
  /** The wizard's data as the form sent it: indiener.*, betrokkene.*, type, and the right's own group. */
  gegevens: unknown;
  /** Generated when the check page was shown; the same key never makes a second request. */
  idempotentieSleutel: string;
  /** The honeypot field ("website"): people leave it empty, simple bots fill it in. */
  website?: string | null;
  /** The language of the request: its e-mails and letters. */
  taal: Taal;
};

export type IntakeResultaat = {
  verzoekId: string;
  nummer: string;
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  /** True when this key was submitted before: the existing request, no second e-mail. */
  bestaand: boolean;
};

export type BezwaarVerwerking = {
  sleutel: string;
  versie: number;
  naam: string;
  doel: string;
  bezwaarMogelijk: boolean;
};

/**
 * The processings in the register (AVG art. 30) in the version in force on `vandaag`, that a client
 * can name in an objection. Objection is possible only on processing on art. 6 lid 1 sub e or f
 * (AVG art. 21; `bezwaarMogelijk`); a client may still object to the others and then receives a
 * motivated refusal on the ground "art. 21 does not apply" (AVG art. 12 lid 4).
 */
export async function bezwaarVerwerkingen(conn: DbOrTx, vandaag: string): Promise<BezwaarVerwerking[]> {
  const rows = await conn
    .select({
      sleutel: verwerkingen.sleutel,
      versie: verwerkingen.versie,
      naam: verwerkingen.naam,
      doel: verwerkingen.doel,
      bezwaarMogelijk: verwerkingen.bezwaarMogelijk,
    })
    .from(verwerkingen)
    .where(
      and(
        lte(verwerkingen.geldigVanaf, vandaag),
        or(isNull(verwerkingen.geldigTot), gte(verwerkingen.geldigTot, vandaag)),
      ),
    )
    .orderBy(verwerkingen.naam, desc(verwerkingen.versie))
    // Prepared: one round trip instead of two (app/services/voorbereid.server.ts).
    .prepare("bezwaar_verwerkingen")
    .execute();
  // One version per processing: the newest in force.
  const gezien = new Set<string>();
  const lijst = rows.filter((r) => !gezien.has(r.sleutel) && gezien.add(r.sleutel));
  // Those the client can object to first; the order stays by name within each group.
  return [...lijst.filter((v) => v.bezwaarMogelijk), ...lijst.filter((v) => !v.bezwaarMogelijk)];
}

/** What the wizard needs to show and validate its steps. */
export async function intakeFormulier(opties: { nu?: Date } = {}): Promise<{
  context: IntakeContext;
  verwerkingen: BezwaarVerwerking[];
}> {
  const vandaag = amsterdamDate(opties.nu ?? new Date());
  const lijst = await bezwaarVerwerkingen(db(), vandaag);
  return { context: { vandaag, bezwaarVerwerkingen: lijst.map((v) => v.sleutel) }, verwerkingen: lijst };
}

/**
 * Step 1 of the wizard for a visitor without a session: check the e-mail code, find or create the
 * account and start a session, in one transaction (app/services/inloggen.server.ts, doel "verzoek").
 * A wrong code is committed as a used try; after 5 the code is blocked.
 */
export async function bevestigEmailVoorVerzoek(input: {
  email: string;
  code: string;
  taal: Taal;
  nu?: Date;
}): Promise<CodeInlogResultaat> {
  return db().transaction((tx) => logInMetCodeInTransactie(tx, { ...input, doel: "verzoek" }));
}

/**
 * File a request for the signed-in account `actor`. Validates everything again (the form may have
 * been tampered with), decides whether the filer may file for this person, applies the rate limit,
 * and stores request + deadlines + timeline event + confirmation e-mail + audit row in one
 * transaction. Throws `IntakeFout` for every refusal; then nothing is stored.
 */
export async function dienVerzoekIn(
  actor: { accountId: string },
  input: IntakeInput,
  opties: { nu?: Date } = {},
): Promise<IntakeResultaat> {
  const nu = opties.nu ?? new Date();
  if (typeof input.website === "string" && input.website.trim() !== "") throw new IntakeFout("honeypot");
  if (typeof input.idempotentieSleutel !== "string" || !SLEUTEL.test(input.idempotentieSleutel)) {
    throw new IntakeFout("sleutel_ongeldig");
  }
  const taal: Taal = input.taal === "en" ? "en" : "nl";
  // docs/recht.md "Termijnen": the Amsterdam calendar date, also at 23:30 and across DST.
  const ontvangenOp = amsterdamDate(nu);

  try {
    return await db().transaction(async (tx) => {
      // One submission per account at a time: the rate limit and the idempotency check hold under concurrency.
      const slot = voerUitVoorbereid(
        tx,
        "intake_slot",
        sql`select pg_advisory_xact_lock(hashtext(${`intake:${actor.accountId}`}))`,
      );

      // Sent together with the lock (one round trip), but a statement of its own after it, so its
      // snapshot is taken once the lock is held: an earlier request with this key, the account,
      // the organisation (its reglement, and its details for the e-mail), and the rate limit's count.
      const uurGeleden = new Date(nu.getTime() - 3600_000).toISOString();
      const leesAccount = tx
        .select({
          id: accounts.id,
          email: accounts.email,
          eerderId: sql<
            string | null
          >`(select v.id from ${verzoeken} v where v.idempotentie_sleutel = ${input.idempotentieSleutel})`,
          // The MAX-th most recent submission within the hour: when it exists, the limit is reached.
          grensTijdstip: sql<string | null>`(
            select to_char(v.ontvangen_tijdstip at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
            from ${verzoeken} v
            where v.ingediend_door_account_id = ${accounts.id} and v.ontvangen_tijdstip > ${uurGeleden}::timestamptz
            order by v.ontvangen_tijdstip desc offset ${MAX_VERZOEKEN_PER_UUR - 1} limit 1)`,
          reglement: organisatie.reglement,
          extraSluitingsdagen: organisatie.extraSluitingsdagen,
          mailOrganisatie: MAIL_ORGANISATIE,
        })
        .from(accounts)
        .innerJoin(organisatie, eq(organisatie.id, 1))
        .where(eq(accounts.id, actor.accountId))
        .prepare("intake_account")
        .execute();
      const [, [account]] = await samen([slot, leesAccount]);
      if (!account) throw new IntakeFout("geen_account");
      if (account.eerderId) {
        const eerder = await bestaandVerzoek(tx, input.idempotentieSleutel);
        if (eerder?.accountId !== actor.accountId) throw new IntakeFout("sleutel_ongeldig");
        return eerder.resultaat;
      }

      // The register is only needed to check (and keep) the processing of a bezwaar.
      const isBezwaar = (input.gegevens as { type?: unknown } | null)?.type === "bezwaar";
      const register = isBezwaar ? await bezwaarVerwerkingen(tx, ontvangenOp) : [];
      const context: IntakeContext = { vandaag: ontvangenOp, bezwaarVerwerkingen: register.map((v) => v.sleutel) };
      const validatie = valideerIntake(input.gegevens, context);
      if (!validatie.ok) throw new IntakeFout("ongeldig", { fouten: validatie.fouten });
      const invoer = validatie.invoer;
      const type = invoer.verzoek.type;

      const beslissing = beoordeelIndiening({
        relatie: invoer.indiener.relatie,
        geboortedatum: invoer.betrokkene.geboortedatum,
        type,
        vandaag: ontvangenOp,
      });
      if (!beslissing.allowed) throw new IntakeFout("niet_toegestaan", { weigering: beslissing.reason });

      if (account.grensTijdstip) {
        // Possible again an hour after the oldest of the last MAX submissions.
        const weerMogelijk = new Date(account.grensTijdstip).getTime() + 3600_000;
        throw new IntakeFout("te_vaak", {
          wachtMinuten: Math.max(1, Math.ceil((weerMogelijk - nu.getTime()) / 60_000)),
        });
      }

      const termijnen = requestDeadlines({
        type,
        receivedOn: ontvangenOp,
        reglement: reglementVan(account.reglement),
        extraClosingDays: account.extraSluitingsdagen,
      });
      const relatie = invoer.indiener.relatie;

      const [verzoek] = await tx
        .insert(verzoeken)
        .values({
          nummer: verzoeknummerSql(ontvangenOp),
          type,
          status: "ontvangen",
          kanaal: "portaal",
          ingediendDoorAccountId: account.id,
          indiener: {
            naam: invoer.indiener.naam ?? invoer.betrokkene.naam,
            email: account.email,
            relatie,
          },
          betrokkene: {
            naam: invoer.betrokkene.naam,
            geboortedatum: invoer.betrokkene.geboortedatum,
            // Filing for oneself: the verified address of the account is the client's address.
            email: relatie === "zelf" ? account.email : (invoer.betrokkene.email ?? ""),
            ...(invoer.betrokkene.clientnummer ? { clientnummer: invoer.betrokkene.clientnummer } : {}),
            ...(invoer.betrokkene.postcode ? { postcode: invoer.betrokkene.postcode } : {}),
          },
          details: opTeSlaanDetails(invoer, register, beslissing),
          taal,
          ontvangenOp,
          ontvangenTijdstip: nu,
          // Only the filer's e-mail address is verified; the person concerned and any
          // representation are checked by staff (docs/recht.md "Identiteit").
          // Docs/decisions/018: the code proves only the address the filer typed.
          identiteit: "eigen_adres",
          doelTermijn: termijnen.target,
          wettelijkeTermijn: termijnen.legalLimit,
          uitvoeringTermijn: termijnen.execution,
          gepauzeerdeDagen: 0,
          idempotentieSleutel: input.idempotentieSleutel,
          aangemaaktOp: nu,
          bijgewerktOp: nu,
        })
        .returning({ id: verzoeken.id, nummer: verzoeken.nummer })
        .prepare("intake_verzoek")
        .execute();
      const verzoekId = verzoek!.id;
      const nummer = verzoek!.nummer;

      // The confirmation e-mail is rendered first (no database); then the timeline event, the audit
      // row (chain lock + insert) and the outbox row go to the database together, in one round
      // trip. The audit row is not the last insert here, but its lock is taken in the same batch,
      // just before the commit, which is what "last" is for (audit.server.ts). The outbox row comes
      // last in the batch: postgres.js sends a message of 1 KB or more at once.
      const zetInUitgaandeMail = await renderVoorUitgaandeMail(tx, {
        aan: account.email,
        sjabloon: "verzoek_ontvangen",
        data: {
          nummer,
          type,
          ontvangenOp,
          doelTermijn: termijnen.target,
          wettelijkeTermijn: termijnen.legalLimit,
          // The status page in /mijn: it follows the request after today.
          url: `${env().PUBLIC_URL}/mijn/verzoeken/${nummer}`,
          // Docs/decisions/018: a representative reads whom it is for and which proof we need.
          ...(isVertegenwoordiger(relatie) ? { voor: { naam: korteNaam(invoer.betrokkene.naam), relatie } } : {}),
        },
        taal,
        verzoekId,
        dedupSleutel: `verzoek_ontvangen:${verzoekId}`,
        organisatie: account.mailOrganisatie,
      });
      await samen([
        voegGebeurtenisToe(tx, {
          verzoekId,
          soort: "ontvangen",
          gegevens: {
            nummer,
            kanaal: "portaal",
            doelTermijn: termijnen.target,
            wettelijkeTermijn: termijnen.legalLimit,
          },
          zichtbaarVoorClient: true,
          actor: { soort: "client", id: account.id },
          op: nu,
        }),
        audit(tx, {
          actorSoort: "client",
          actorId: account.id,
          rol: relatie === "zelf" ? "betrokkene" : "vertegenwoordiger",
          namens: namensVan(relatie, null),
          actie: "verzoek.ingediend",
          verzoekId,
          onderdeel: "verzoek",
          details: { nummer, type, relatie, kanaal: "portaal" },
        }),
        zetInUitgaandeMail(),
      ]);

      return {
        verzoekId,
        nummer,
        ontvangenOp,
        doelTermijn: termijnen.target,
        wettelijkeTermijn: termijnen.legalLimit,
        bestaand: false,
      };
    });
  } catch (error) {
    // Safety net: the unique key caught a double submit that the lock did not (another account's key).
    if (isUniekeSchending(error)) {
      const eerder = await bestaandVerzoek(db(), input.idempotentieSleutel);
      if (eerder?.accountId === actor.accountId) return eerder.resultaat;
      throw new IntakeFout("sleutel_ongeldig");
    }
    throw error;
  }
}

/**
 * Statements of one transaction sent together (pipelined on its connection, in this order). Like
 * Promise.all, but every one settles before a failure is passed on: none may reach the connection
 * after the rollback that the failure causes.
 */
async function samen<T extends readonly unknown[]>(statements: { [I in keyof T]: PromiseLike<T[I]> }): Promise<T> {
  const uitkomsten = await Promise.allSettled(statements as readonly PromiseLike<unknown>[]);
  for (const uitkomst of uitkomsten) if (uitkomst.status === "rejected") throw uitkomst.reason;
  return uitkomsten.map((u) => (u as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

async function bestaandVerzoek(
  conn: DbOrTx,
  sleutel: string,
): Promise<{ accountId: string | null; resultaat: IntakeResultaat } | null> {
  const [rij] = await conn
    .select({
      id: verzoeken.id,
      nummer: verzoeken.nummer,
      accountId: verzoeken.ingediendDoorAccountId,
      ontvangenOp: verzoeken.ontvangenOp,
      doelTermijn: verzoeken.doelTermijn,
      wettelijkeTermijn: verzoeken.wettelijkeTermijn,
    })
    .from(verzoeken)
    .where(eq(verzoeken.idempotentieSleutel, sleutel));
  if (!rij) return null;
  return {
    accountId: rij.accountId,
    resultaat: {
      verzoekId: rij.id,
      nummer: rij.nummer,
      ontvangenOp: rij.ontvangenOp,
      doelTermijn: rij.doelTermijn,
      wettelijkeTermijn: rij.wettelijkeTermijn,
      bestaand: true,
    },
  };
}

/**
 * `verzoeken.details`: the right's own details for staff, plus the eligibility note (e.g. a parent
 * of a child of 12-15: consult the child first). A bezwaar keeps the processing as it stood then.
 */
export function opTeSlaanDetails(
  invoer: VerzoekInvoer,
  register: BezwaarVerwerking[],
  beslissing: { note?: Reason; consultChild?: boolean },
): Record<string, unknown> {
  const { type: _type, ...eigen } = invoer.verzoek as VerzoekDetails & Record<string, unknown>;
  const details: Record<string, unknown> = { ...eigen };
  if (invoer.verzoek.type === "bezwaar") {
    const sleutel = invoer.verzoek.verwerking;
    const verwerking = register.find((v) => v.sleutel === sleutel);
    details.verwerking = verwerking
      ? {
          sleutel: verwerking.sleutel,
          versie: verwerking.versie,
          naam: verwerking.naam,
          bezwaarMogelijk: verwerking.bezwaarMogelijk,
        }
      : { sleutel };
  }
  if (beslissing.note || beslissing.consultChild) {
    details.geschiktheid = {
      overlegMetKind: beslissing.consultChild === true,
      ...(beslissing.note ? { notitie: beslissing.note.code, tekst: beslissing.note.nl } : {}),
    };
  }
  return details;
}

function isUniekeSchending(error: unknown): boolean {
  for (let e: unknown = error, i = 0; e && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

// ---------------------------------------------------------------- the confirmation page

export type Ontvangstbevestiging = {
  nummer: string;
  type: Verzoektype;
  status: string;
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  voorIemandAnders: boolean;
  /** Docs/decisions/018: a representative sees whom it is for and which proof of authority to show. */
  vertegenwoordiging: { relatie: Vertegenwoordiger; betrokkene: string } | null;
};

/** The receipt of one request, only for the account that filed it; null otherwise (shown as 404). */
export async function ontvangstbevestiging(
  actor: { accountId: string },
  nummer: string,
): Promise<Ontvangstbevestiging | null> {
  if (!/^AVG-\d{4}-\d{6,}$/.test(nummer)) return null;
  const [rij] = await db()
    .select({
      nummer: verzoeken.nummer,
      type: verzoeken.type,
      status: verzoeken.status,
      ontvangenOp: verzoeken.ontvangenOp,
      doelTermijn: verzoeken.doelTermijn,
      wettelijkeTermijn: verzoeken.wettelijkeTermijn,
      indiener: verzoeken.indiener,
      betrokkene: verzoeken.betrokkene,
    })
    .from(verzoeken)
    .where(and(eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, actor.accountId)));
  if (!rij) return null;
  return {
    nummer: rij.nummer,
    type: rij.type as Verzoektype,
    status: rij.status,
    ontvangenOp: rij.ontvangenOp,
    doelTermijn: rij.doelTermijn,
    wettelijkeTermijn: rij.wettelijkeTermijn,
    voorIemandAnders: rij.indiener.relatie !== "zelf",
    vertegenwoordiging: isVertegenwoordiger(rij.indiener.relatie)
      ? { relatie: rij.indiener.relatie, betrokkene: rij.betrokkene.naam }
      : null,
  };
}
