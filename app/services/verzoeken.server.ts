/**
 * Shared helpers for rights requests (verzoeken), used by intake, the client's /mijn pages and the
 * backoffice. Each takes the caller's transaction (`tx`): the change, its timeline event and its
 * audit row commit together. None of them checks permission: the calling service does.
 */
import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/db.server";
import { klokpauzes, organisatie, verzoekGebeurtenissen, verzoeken } from "../../db/schema";
import { amsterdamDate, parseIsoDate } from "../domain/calendar";
import { requestDeadlines, type Reglement, type RequestDeadlines } from "../domain/deadlines";
import { parseVerzoektype } from "../domain/request-types";

/** Who caused a timeline event: the client (account id), a staff member (medewerker id) or the system. */
export type GebeurtenisActor = { soort: "client" | "medewerker" | "systeem"; id?: string };

export type NieuweGebeurtenis = {
  verzoekId: string;
  /** What happened, e.g. "ontvangen", "vraag_gesteld", "besluit". */
  soort: string;
  /** Details for the timeline; never more personal data than the client may see when visible. */
  gegevens?: Record<string, unknown>;
  /** Shown on the client's timeline (/mijn) when true; staff-only otherwise. */
  zichtbaarVoorClient: boolean;
  actor: GebeurtenisActor;
  /** The moment of the event (default: now). */
  op?: Date;
};

/** Append one event to the timeline of a request. */
export async function voegGebeurtenisToe(tx: Tx, gebeurtenis: NieuweGebeurtenis): Promise<{ id: number }> {
  const [rij] = await tx
    .insert(verzoekGebeurtenissen)
    .values({
      verzoekId: gebeurtenis.verzoekId,
      soort: gebeurtenis.soort,
      gegevens: gebeurtenis.gegevens ?? {},
      zichtbaarVoorClient: gebeurtenis.zichtbaarVoorClient,
      actorSoort: gebeurtenis.actor.soort,
      actorId: gebeurtenis.actor.id ?? null,
      ...(gebeurtenis.op ? { op: gebeurtenis.op } : {}),
    })
    .returning({ id: verzoekGebeurtenissen.id })
    // Prepared: one message instead of two round trips (app/services/voorbereid.server.ts).
    .prepare("verzoek_gebeurtenis_toevoegen")
    .execute();
  return { id: rij!.id };
}

/** "AVG-2026-000042": the year of receipt and the next value of `verzoek_nummer_seq` (6 digits or more). */
export function formatVerzoeknummer(jaar: number, volgnummer: number): string {
  return `AVG-${jaar}-${String(volgnummer).padStart(6, "0")}`;
}

/**
 * SQL that takes the next value of `verzoek_nummer_seq` once and formats it like
 * `formatVerzoeknummer`: usable as a column value in an insert (no extra round trip).
 */
export function verzoeknummerSql(ontvangenOp: string): SQL<string> {
  const { year } = parseIsoDate(ontvangenOp);
  return sql<string>`(select ${`AVG-${year}-`} || lpad(n::text, greatest(6, length(n::text)), '0') from nextval('verzoek_nummer_seq') as n)`;
}

/** The next request number for a request received on `ontvangenOp` (YYYY-MM-DD, Amsterdam date). */
export async function volgendVerzoeknummer(tx: DbOrTx, ontvangenOp: string): Promise<string> {
  const [rij] = await tx.select({ nummer: verzoeknummerSql(ontvangenOp) }).from(sql`(select 1) as een`);
  return rij!.nummer;
}

/** The organisation's configured reglement, as the deadline engine reads it (validated there). */
export function reglementVan(instelling: Record<string, unknown>): Partial<Reglement> {
  return instelling as Partial<Reglement>;
}

export type Termijnen = {
  doelTermijn: string;
  wettelijkeTermijn: string;
  uitvoeringTermijn: string | null;
  gepauzeerdeDagen: number;
};

/**
 * Recompute and store the deadlines of one request after a pause, an answer, an extension or a
 * decision: reloads its pauses (klokpauzes), extension, decision date and the organisation's
 * reglement and closing days. An open pause counts up to today (`nu`, Amsterdam date).
 * Does not bump `versie`: the calling service owns the optimistic lock of its own change.
 */
export async function herberekenTermijnen(
  tx: Tx,
  verzoekId: string,
  opties: { nu?: Date } = {},
): Promise<Termijnen & { berekening: RequestDeadlines }> {
  const [verzoek] = await tx
    .select({
      type: verzoeken.type,
      ontvangenOp: verzoeken.ontvangenOp,
      verlengd: verzoeken.verlengd,
      besluitOp: verzoeken.besluitOp,
    })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  if (!verzoek) throw new Error(`Verzoek ${verzoekId} bestaat niet.`);
  const [org] = await tx
    .select({ reglement: organisatie.reglement, extraSluitingsdagen: organisatie.extraSluitingsdagen })
    .from(organisatie)
    .where(eq(organisatie.id, 1));
  const pauzes = await tx
    .select({ van: klokpauzes.van, tot: klokpauzes.tot })
    .from(klokpauzes)
    .where(eq(klokpauzes.verzoekId, verzoekId))
    .orderBy(asc(klokpauzes.van));

  const berekening = requestDeadlines({
    type: parseVerzoektype(verzoek.type),
    receivedOn: verzoek.ontvangenOp,
    pauses: pauzes.map((p) => ({ from: p.van, until: p.tot })),
    extended: verzoek.verlengd,
    decidedOn: verzoek.besluitOp,
    reglement: reglementVan(org?.reglement ?? {}),
    extraClosingDays: org?.extraSluitingsdagen ?? [],
    today: amsterdamDate(opties.nu ?? new Date()),
  });
  const termijnen: Termijnen = {
    doelTermijn: berekening.target,
    wettelijkeTermijn: berekening.legalLimit,
    uitvoeringTermijn: berekening.execution,
    gepauzeerdeDagen: berekening.pausedDays,
  };
  await tx
    .update(verzoeken)
    .set({ ...termijnen, bijgewerktOp: opties.nu ?? new Date() })
    .where(eq(verzoeken.id, verzoekId));
  return { ...termijnen, berekening };
}
