/**
 * Reminders and escalation (issue "Backoffice works the queue", part 6), run by the jobs in
 * app/jobs/herinneringen.server.ts. The rules (which request, which day) are in
 * app/domain/herinneringen.ts; this module reads the database, queues the e-mails and records them.
 *
 * Both functions are idempotent and safe when two worker processes run them at the same time:
 * - every e-mail has a dedupSleutel (unique in the outbox), so the same mail is never queued twice;
 * - each run takes a transaction-level advisory lock per digest day or per escalation, so a second
 *   run waits for the first to commit and then finds the work done (no second timeline event or
 *   audit row).
 * The acting party is the system (a scheduled job), so there is no person whose permission to check.
 */
import { and, asc, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { auditLog, besluiten, medewerkers, verzoekGebeurtenissen, verzoeken } from "../../db/schema";
import { amsterdamDate, daysBetween, type IsoDate } from "../domain/calendar";
import {
  dagoverzichtGrens,
  dagoverzichtRegels,
  dagoverzichtSleutel,
  escalatieFase,
  escalatieHorizon,
  escalatieSleutel,
  handtekeningVoor,
  isDagoverzichtDag,
  werkdagenTot,
  type EscalatieFase,
} from "../domain/herinneringen";
import { isOpen, isVerzoekStatus, type OpenVerzoekStatus } from "../domain/request-state";
import { parseVerzoektype } from "../domain/request-types";
import { env } from "../env.server";
import type { DagoverzichtRegel } from "../../emails/dagoverzicht";
import { audit } from "./audit.server";
import { actiefMetBevoegdheid } from "./bevoegdheid.server";
import { queueMail } from "./mail.server";
import { getOrganisatie } from "./organisatie.server";
import { voegGebeurtenisToe } from "./verzoeken.server";
import { log } from "../server/log.server";

/** Namespace of this module's advisory locks (two-key form: never collides with one-key locks). */
const SLOT_NAAMRUIMTE = 8206;

async function neemSlot(tx: Tx, sleutel: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SLOT_NAAMRUIMTE}::int, hashtext(${sleutel}))`);
}

/** Staff e-mail goes out in Dutch: staff have no language setting (the portal's working language). */
const STAF_TAAL = "nl" as const;

// Same predicate as the partial queue indexes (db/schema.ts verzoeken_wachtrij_idx).
const OPEN = sql`${verzoeken.status} not in ('afgerond', 'ingetrokken')`;

function verzoekUrl(id: string): string {
  return `${env().PUBLIC_URL}/backoffice/verzoeken/${id}`;
}

function openStatus(status: string): OpenVerzoekStatus {
  if (!isVerzoekStatus(status) || !isOpen(status))
    throw new Error(`Onverwachte status van een open verzoek: "${status}".`);
  return status;
}

/** Who receives it: the active staff holding the permission in the one table (app/domain/bevoegdheden.ts). */
async function ontvangersMet(tx: Tx, bevoegdheid: "dagoverzicht.ontvangen" | "escalatie.ontvangen") {
  return tx
    .select({ id: medewerkers.id, email: medewerkers.email })
    .from(medewerkers)
    .where(actiefMetBevoegdheid(bevoegdheid))
    .orderBy(asc(medewerkers.id));
}

/** Drafts waiting for a director's signature, per request. */
async function conceptenPerVerzoek(tx: Tx, verzoekIds: string[]): Promise<Map<string, { opstellerId: string }[]>> {
  const perVerzoek = new Map<string, { opstellerId: string }[]>();
  if (verzoekIds.length === 0) return perVerzoek;
  const rijen = await tx
    .select({ verzoekId: besluiten.verzoekId, opstellerId: besluiten.opstellerId })
    .from(besluiten)
    .where(and(eq(besluiten.status, "ter_ondertekening"), inArray(besluiten.verzoekId, verzoekIds)));
  for (const rij of rijen) {
    const lijst = perVerzoek.get(rij.verzoekId) ?? [];
    lijst.push({ opstellerId: rij.opstellerId });
    perVerzoek.set(rij.verzoekId, lijst);
  }
  return perVerzoek;
}

// ---------------------------------------------------------------------------
// Daily digest
// ---------------------------------------------------------------------------

export type DagoverzichtResultaat = {
  /** The Europe/Amsterdam date of the run. */
  datum: IsoDate;
  /** False on Saturdays, Sundays, public holidays and the practice's closing days: nothing is sent. */
  werkdag: boolean;
  /** Requests in the digest. */
  verzoeken: number;
  /** Active backoffice staff it is addressed to (0 when nothing is due). */
  ontvangers: number;
  /** E-mails this run queued: 0 when the digest of this day was already sent. */
  nieuw: number;
};

/**
 * The daily digest: on a working day, one e-mail to each active staff member holding
 * "dagoverzicht.ontvangen" (the backoffice, app/domain/bevoegdheden.ts) listing the open
 * requests whose target or legal limit is within 7 calendar days or has passed (overdue first).
 * Nothing is sent when nothing is due. Running it again the same day sends nothing more
 * (dedupSleutel `dagoverzicht:<medewerkerId>:<datum>`).
 */
export async function stuurDagoverzicht(opties: { nu?: Date } = {}): Promise<DagoverzichtResultaat> {
  const nu = opties.nu ?? new Date();
  const datum = amsterdamDate(nu);
  return db().transaction(async (tx) => {
    await neemSlot(tx, `dagoverzicht:${datum}`);
    const org = await getOrganisatie(tx);
    const leeg = { datum, verzoeken: 0, ontvangers: 0, nieuw: 0 };
    if (!isDagoverzichtDag(datum, org.extraSluitingsdagen)) return { ...leeg, werkdag: false };

    const grens = dagoverzichtGrens(datum);
    const rijen = await tx
      .select({
        id: verzoeken.id,
        nummer: verzoeken.nummer,
        type: verzoeken.type,
        status: verzoeken.status,
        doelTermijn: verzoeken.doelTermijn,
        wettelijkeTermijn: verzoeken.wettelijkeTermijn,
        behandelaarId: verzoeken.behandelaarId,
        behandelaarNaam: medewerkers.naam,
      })
      .from(verzoeken)
      .leftJoin(medewerkers, eq(medewerkers.id, verzoeken.behandelaarId))
      .where(and(OPEN, or(lte(verzoeken.doelTermijn, grens), lte(verzoeken.wettelijkeTermijn, grens))));
    const regels = dagoverzichtRegels(rijen, datum);
    if (regels.length === 0) return { ...leeg, werkdag: true };

    const concepten = await conceptenPerVerzoek(
      tx,
      regels.map((r) => r.id),
    );
    const ontvangers = await ontvangersMet(tx, "dagoverzicht.ontvangen");
    // The chain head, copied into a mailbox outside the system (docs/decisions/019).
    const [auditKop] = await tx
      .select({ laatsteId: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const verstuurdAan: string[] = [];
    for (const ontvanger of ontvangers) {
      // Data minimisation (AVG art. 5 lid 1 sub c): the e-mail leaves the system, so it carries the
      // request number, right, dates, status and a link, and never a client's name.
      const mailRegels: DagoverzichtRegel[] = regels.map((r) => ({
        nummer: r.nummer,
        type: parseVerzoektype(r.type),
        status: openStatus(r.status),
        doelTermijn: r.doelTermijn,
        wettelijkeTermijn: r.wettelijkeTermijn,
        dagenTotDoel: r.dagenTotDoel,
        dagenTotWettelijk: r.dagenTotWettelijk,
        teLaat: r.teLaat,
        wachtOpHandtekening: (concepten.get(r.id)?.length ?? 0) > 0,
        behandelaar:
          r.behandelaarId === null
            ? { soort: "niemand" }
            : r.behandelaarId === ontvanger.id
              ? { soort: "u" }
              : { soort: "collega", naam: r.behandelaarNaam ?? "" },
        url: verzoekUrl(r.id),
      }));
      const mail = await queueMail(tx, {
        aan: ontvanger.email,
        sjabloon: "dagoverzicht",
        data: { datum, regels: mailRegels, wachtrijUrl: `${env().PUBLIC_URL}/backoffice`, auditKop },
        taal: STAF_TAAL,
        dedupSleutel: dagoverzichtSleutel(ontvanger.id, datum),
      });
      if (mail) verstuurdAan.push(ontvanger.id);
    }

    if (verstuurdAan.length > 0) {
      await audit(tx, {
        actorSoort: "systeem",
        actie: "dagoverzicht.verstuurd",
        onderdeel: "verzoek",
        details: { datum, ontvangers: verstuurdAan, verzoeken: regels.map((r) => r.nummer) },
      });
    }
    return {
      datum,
      werkdag: true,
      verzoeken: regels.length,
      ontvangers: ontvangers.length,
      nieuw: verstuurdAan.length,
    };
  });
}

// ---------------------------------------------------------------------------
// Escalation to the directie
// ---------------------------------------------------------------------------

export type Escalatie = {
  verzoekId: string;
  nummer: string;
  fase: EscalatieFase;
  wettelijkeTermijn: IsoDate;
  /** A draft decision waits for a director's signature. */
  wachtOpHandtekening: boolean;
  /** Directors e-mailed. */
  ontvangers: number;
};

export type EscalatieResultaat = {
  datum: IsoDate;
  /** Escalations this run recorded and e-mailed (none again on a second run). */
  escalaties: Escalatie[];
  /** Paused requests (wacht_op_client) within reach of the legal limit that were skipped. */
  gepauzeerd: number;
  /** No active director: nothing was escalated; the next run tries again. */
  zonderDirectie: boolean;
};

/**
 * Escalate to every active staff member holding "escalatie.ontvangen" (the directie,
 * app/domain/bevoegdheden.ts): once when the legal limit (AVG art. 12 lid 3) is 2 working
 * days away ("twee_werkdagen"), and once more when it has passed ("verlopen"). Requests whose draft
 * decision waits for a signature are included and flagged. Paused requests are skipped
 * (app/domain/herinneringen.ts `escalatieFase`). Each escalation writes a staff-only timeline event
 * and an audit row (actor: systeem), in one transaction with its e-mails.
 */
export async function escaleer(opties: { nu?: Date } = {}): Promise<EscalatieResultaat> {
  const nu = opties.nu ?? new Date();
  const datum = amsterdamDate(nu);
  const org = await getOrganisatie(db());
  const extra = org.extraSluitingsdagen;
  const horizon = escalatieHorizon(datum, extra);

  const kandidaten = await db()
    .select({ id: verzoeken.id, status: verzoeken.status, wettelijkeTermijn: verzoeken.wettelijkeTermijn })
    .from(verzoeken)
    .where(and(OPEN, lte(verzoeken.wettelijkeTermijn, horizon)))
    .orderBy(asc(verzoeken.wettelijkeTermijn), asc(verzoeken.id));
  const gepauzeerd = kandidaten.filter((k) => k.status === "wacht_op_client").length;
  const teEscaleren = kandidaten.filter((k) => escalatieFase(k, datum, extra) !== null);

  const resultaat: EscalatieResultaat = { datum, escalaties: [], gepauzeerd, zonderDirectie: false };
  if (teEscaleren.length === 0) return resultaat;

  for (const kandidaat of teEscaleren) {
    const escalatie = await db().transaction(async (tx) => escaleerEen(tx, kandidaat.id, datum, nu, extra));
    if (escalatie === "geen_directie") {
      // Counts only: no personal data in logs.
      log().warn({ aantal: teEscaleren.length }, "Escalatie: er is geen actieve directie; verzoeken niet geëscaleerd");
      return { ...resultaat, zonderDirectie: true };
    }
    if (escalatie) resultaat.escalaties.push(escalatie);
  }
  return resultaat;
}

async function escaleerEen(
  tx: Tx,
  verzoekId: string,
  datum: IsoDate,
  nu: Date,
  extra: readonly string[],
): Promise<Escalatie | "geen_directie" | null> {
  // Read again under the lock: the request may have changed since the selection, and another
  // worker may have escalated it meanwhile.
  const [verzoek] = await tx
    .select({
      id: verzoeken.id,
      nummer: verzoeken.nummer,
      type: verzoeken.type,
      status: verzoeken.status,
      clientId: verzoeken.clientId,
      doelTermijn: verzoeken.doelTermijn,
      wettelijkeTermijn: verzoeken.wettelijkeTermijn,
      verlengd: verzoeken.verlengd,
    })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  if (!verzoek) return null;
  const fase = escalatieFase(verzoek, datum, extra);
  if (!fase) return null;
  const sleutel = escalatieSleutel(verzoek.id, fase, verzoek.wettelijkeTermijn);
  await neemSlot(tx, sleutel);

  const [al] = await tx
    .select({ id: verzoekGebeurtenissen.id })
    .from(verzoekGebeurtenissen)
    .where(
      and(
        eq(verzoekGebeurtenissen.verzoekId, verzoek.id),
        eq(verzoekGebeurtenissen.soort, "escalatie"),
        sql`${verzoekGebeurtenissen.gegevens} ->> 'sleutel' = ${sleutel}`,
      ),
    )
    .limit(1);
  if (al) return null;

  const directie = await ontvangersMet(tx, "escalatie.ontvangen");
  if (directie.length === 0) return "geen_directie";

  const concepten = (await conceptenPerVerzoek(tx, [verzoek.id])).get(verzoek.id) ?? [];
  const type = parseVerzoektype(verzoek.type);
  const status = openStatus(verzoek.status);
  const ontvangers: string[] = [];
  for (const directeur of directie) {
    // Data minimisation: number, right, dates, status and a link; never the client's name.
    await queueMail(tx, {
      aan: directeur.email,
      sjabloon: "escalatie",
      data: {
        nummer: verzoek.nummer,
        type,
        status,
        fase,
        doelTermijn: verzoek.doelTermijn,
        wettelijkeTermijn: verzoek.wettelijkeTermijn,
        werkdagenOver: werkdagenTot(datum, verzoek.wettelijkeTermijn, extra),
        dagenTeLaat: Math.max(0, daysBetween(verzoek.wettelijkeTermijn, datum)),
        verlengd: verzoek.verlengd,
        handtekening: handtekeningVoor(directeur.id, concepten),
        url: verzoekUrl(verzoek.id),
      },
      taal: STAF_TAAL,
      verzoekId: verzoek.id,
      // One key per director: the outbox key is unique over all mail.
      dedupSleutel: `${sleutel}:${directeur.id}`,
    });
    ontvangers.push(directeur.id);
  }

  const wachtOpHandtekening = concepten.length > 0;
  await voegGebeurtenisToe(tx, {
    verzoekId: verzoek.id,
    soort: "escalatie",
    gegevens: {
      sleutel,
      fase,
      wettelijkeTermijn: verzoek.wettelijkeTermijn,
      wachtOpHandtekening,
      ontvangers: ontvangers.length,
    },
    zichtbaarVoorClient: false,
    actor: { soort: "systeem" },
    op: nu,
  });
  await audit(tx, {
    actorSoort: "systeem",
    actie: "verzoek.geescaleerd",
    verzoekId: verzoek.id,
    clientId: verzoek.clientId,
    onderdeel: "verzoek",
    details: { fase, wettelijkeTermijn: verzoek.wettelijkeTermijn, wachtOpHandtekening, ontvangers },
  });
  return {
    verzoekId: verzoek.id,
    nummer: verzoek.nummer,
    fase,
    wettelijkeTermijn: verzoek.wettelijkeTermijn,
    wachtOpHandtekening,
    ontvangers: ontvangers.length,
  };
}
