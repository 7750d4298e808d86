/**
 * The backoffice dashboard: open requests by right and by time to the target, and the on-time rate
 * of the last 12 months. Read-only; same roles as the queue (backoffice, directie).
 */
import { and, gte, isNotNull, lt, sql } from "drizzle-orm";
import { db } from "../../db/db.server";
import { verzoeken } from "../../db/schema";
import { amsterdamDate, type IsoDate } from "../domain/calendar";
import { isVerzoektype, VERZOEKTYPEN, type Verzoektype } from "../domain/request-types";
import { TERMIJN_GROEPEN, termijnGroep, type TermijnGroep, type WachtrijFilters } from "../domain/wachtrij";
import { vereisWachtrijRol, wachtrij, type MedewerkerActor, type Wachtrij } from "./wachtrij.server";

export type OpTijdMaand = {
  /** Calendar month in Europe/Amsterdam, "YYYY-MM". */
  maand: string;
  /** Requests closed (status afgerond) in this month. */
  afgerond: number;
  /** Of those, closed on or before their legal limit. */
  opTijd: number;
  /** opTijd / afgerond as a whole percentage; null when nothing was closed that month. */
  percentage: number | null;
};

export type Dashboard = {
  vandaag: IsoDate;
  open: {
    totaal: number;
    perRecht: Record<Verzoektype, number>;
    perTermijn: Record<TermijnGroep, number>;
  };
  /** The 12 months up to and including the current one, oldest first. */
  opTijd: OpTijdMaand[];
  /** All 12 months together. */
  opTijdTotaal: { afgerond: number; opTijd: number; percentage: number | null };
};

// Same predicate as the partial queue indexes (db/schema.ts).
const OPEN = sql`${verzoeken.status} not in ('afgerond', 'ingetrokken')`;

function percentage(deel: number, geheel: number): number | null {
  return geheel === 0 ? null : Math.round((deel / geheel) * 100);
}

/** "YYYY-MM" of the month `terug` months before the month of `vandaag`. */
function maandTerug(vandaag: IsoDate, terug: number): string {
  const jaar = Number(vandaag.slice(0, 4));
  const maand = Number(vandaag.slice(5, 7));
  const index = jaar * 12 + (maand - 1) - terug;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export async function dashboard(actor: MedewerkerActor, opties: { nu?: Date } = {}): Promise<Dashboard> {
  vereisWachtrijRol(actor);
  const vandaag = amsterdamDate(opties.nu ?? new Date());

  // Open requests by type and by whole days to the target; the grouping rule is termijnGroep.
  const open = await db()
    .select({
      type: verzoeken.type,
      dagen: sql<number>`(${verzoeken.doelTermijn} - ${vandaag}::date)::int`,
      aantal: sql<number>`count(*)::int`,
    })
    .from(verzoeken)
    .where(OPEN)
    .groupBy(verzoeken.type, sql`2`);
  const perRecht = Object.fromEntries(VERZOEKTYPEN.map((t) => [t, 0])) as Record<Verzoektype, number>;
  const perTermijn = Object.fromEntries(TERMIJN_GROEPEN.map((g) => [g, 0])) as Record<TermijnGroep, number>;
  let totaal = 0;
  for (const rij of open) {
    const aantal = Number(rij.aantal);
    totaal += aantal;
    if (isVerzoektype(rij.type)) perRecht[rij.type] += aantal;
    perTermijn[termijnGroep(Number(rij.dagen))] += aantal;
  }

  // On time (AVG art. 12 lid 3): a request counts as closed on time when the Europe/Amsterdam
  // calendar date of afgerondOp is on or before its wettelijkeTermijn (the legal limit, which already
  // includes paused days and a signed extension). Only status "afgerond" counts: withdrawn requests
  // were never decided, and requests without afgerondOp are left out. The month is afgerondOp's
  // month in Europe/Amsterdam.
  const eersteMaand = maandTerug(vandaag, 11);
  const volgendeMaand = maandTerug(vandaag, -1);
  const afgerondAmsterdam = sql`(${verzoeken.afgerondOp} at time zone 'Europe/Amsterdam')`;
  // Group on the month itself and format only the 12 groups (to_char per row is slow).
  const maandVan = sql`date_trunc('month', ${afgerondAmsterdam})`;
  const perMaand = await db()
    .select({
      maand: sql<string>`to_char(${maandVan}, 'YYYY-MM')`,
      afgerond: sql<number>`count(*)::int`,
      opTijd: sql<number>`(count(*) filter (where ${afgerondAmsterdam}::date <= ${verzoeken.wettelijkeTermijn}))::int`,
    })
    .from(verzoeken)
    .where(
      and(
        // Same predicate as the partial index verzoeken_afgerond_idx (db/schema.ts).
        sql`${verzoeken.status} = 'afgerond'`,
        isNotNull(verzoeken.afgerondOp),
        gte(verzoeken.afgerondOp, sql`(${`${eersteMaand}-01`}::timestamp at time zone 'Europe/Amsterdam')`),
        lt(verzoeken.afgerondOp, sql`(${`${volgendeMaand}-01`}::timestamp at time zone 'Europe/Amsterdam')`),
      ),
    )
    .groupBy(maandVan);
  const gevonden = new Map(perMaand.map((r) => [r.maand, { afgerond: Number(r.afgerond), opTijd: Number(r.opTijd) }]));
  const opTijd: OpTijdMaand[] = [];
  for (let terug = 11; terug >= 0; terug -= 1) {
    const maand = maandTerug(vandaag, terug);
    const { afgerond, opTijd: op } = gevonden.get(maand) ?? { afgerond: 0, opTijd: 0 };
    opTijd.push({ maand, afgerond, opTijd: op, percentage: percentage(op, afgerond) });
  }
  const som = opTijd.reduce((s, m) => ({ afgerond: s.afgerond + m.afgerond, opTijd: s.opTijd + m.opTijd }), {
    afgerond: 0,
    opTijd: 0,
  });

  return {
    vandaag,
    open: { totaal, perRecht, perTermijn },
    opTijd,
    opTijdTotaal: { ...som, percentage: percentage(som.opTijd, som.afgerond) },
  };
}

/** The /backoffice start page in one call: the queue page (null when the filter form had errors) and the dashboard. */
export async function backofficeStart(
  actor: MedewerkerActor,
  filters: WachtrijFilters | null,
  opties: { nu?: Date } = {},
): Promise<{ wachtrij: Wachtrij | null; dashboard: Dashboard }> {
  vereisWachtrijRol(actor);
  const nu = opties.nu ?? new Date();
  const [lijst, overzicht] = await Promise.all([
    filters ? wachtrij(actor, filters, { nu }) : null,
    dashboard(actor, { nu }),
  ]);
  return { wachtrij: lijst, dashboard: overzicht };
}
