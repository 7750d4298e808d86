/**
 * The backoffice queue (wachtrij): open requests, the earliest target first, 50 per page with
 * keyset pagination, filters, search, and counts per status. Read-only.
 *
 * Who may see it: backoffice and directie. A beheerder configures the organisation and does not
 * handle requests, so a beheerder-only account is refused (DomainError "geen_toegang"; the route
 * answers 403). The queue shows the name as filed and dates, not dossier contents; opening a request
 * (its own page) is where access to a client's data is logged (NEN 7513).
 *
 * Queries per page: the rows (assignee name joined), the counts per status, and the staff list for
 * the assignee filter, run side by side. Going back to the very first page costs one more. Counts
 * and rows are read outside one snapshot: a request that changes between them can make a count
 * differ by one from the rows, until the next page view.
 */
import { vereisMag } from "../domain/bevoegdheden";
import { isIdentiteitsniveau, minstens } from "../domain/identiteit";
import { and, asc, desc, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { db } from "../../db/db.server";
import { actiefMetBevoegdheid } from "./bevoegdheid.server";
import { medewerkers, verzoeken } from "../../db/schema";
import { amsterdamDate, type IsoDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import { isOpen, isVerzoekStatus, OPEN_STATUSSEN, type OpenVerzoekStatus } from "../domain/request-state";
import { isVerzoektype, type Verzoektype } from "../domain/request-types";
import {
  dagenTot,
  decodeerCursor,
  encodeerCursor,
  escapeLike,
  PAGINA_GROOTTE,
  parseWachtrijFilters,
  urgentieVan,
  type Urgentie,
  type WachtrijFilters,
  type WachtrijPositie,
  type WachtrijSortering,
} from "../domain/wachtrij";

/** The signed-in staff member (the session from app/http/sessie.server.ts; its roles are read per request). */
export type MedewerkerActor = {
  soort: "medewerker";
  medewerker: { id: string; rollen: readonly string[] };
};

/** Throws GeenBevoegdheid ("geen_toegang") unless the actor is staff who handle requests. Returns the staff id. */
export function vereisWachtrijRol(actor: MedewerkerActor): string {
  vereisMag(actor?.soort === "medewerker" ? actor.medewerker?.rollen : undefined, "verzoek.behandelen");
  return actor.medewerker.id;
}

export type WachtrijRegel = {
  id: string;
  nummer: string;
  type: Verzoektype;
  /** The name of the person concerned as the requester filed it. */
  naam: string;
  /** True when staff matched the request to a client record ("gekoppeld aan cliënt"). */
  gekoppeld: boolean;
  ontvangenOp: IsoDate;
  doelTermijn: IsoDate;
  wettelijkeTermijn: IsoDate;
  /** Calendar days until the target (negative = overdue). */
  dagenOver: number;
  urgentie: Urgentie;
  status: OpenVerzoekStatus;
  behandelaar: { id: string; naam: string } | null;
  /** The clock stands still now: waiting for the client's answer. */
  gepauzeerd: boolean;
  /** Days added to the deadlines by earlier pauses. */
  gepauzeerdeDagen: number;
  verlengd: boolean;
  /** Identity not yet confirmed (no e-mail code, passkey or legitimation check yet). */
  identiteitOnbevestigd: boolean;
};

export type Wachtrij = {
  vandaag: IsoDate;
  rijen: WachtrijRegel[];
  /** Cursor for "Volgende" (`?na=`), null on the last page. */
  volgende: string | null;
  /** Cursor for "Vorige" (`?voor=`), null on the first page. */
  vorige: string | null;
  /** Open requests per status for the current filters, the status filter left out. */
  perStatus: Record<OpenVerzoekStatus, number>;
  /** Sum of `perStatus`. */
  totaal: number;
  /** Staff who can be assigned (backoffice, directie; active), for the assignee filter. */
  behandelaars: { id: string; naam: string }[];
};

// Must stay the same predicate as the partial indexes verzoeken_wachtrij_idx and
// verzoeken_wachtrij_behandelaar_idx (db/schema.ts): every status not listed here is open.
const OPEN = sql`${verzoeken.status} not in ('afgerond', 'ingetrokken')`;

/** The conditions of the filters; `metStatus: false` leaves out the status filter (for the counts). */
function voorwaarden(filters: WachtrijFilters, ik: string, vandaag: IsoDate, metStatus: boolean): SQL[] {
  const lijst: SQL[] = [OPEN];
  if (filters.type) lijst.push(eq(verzoeken.type, filters.type));
  if (metStatus && filters.status) lijst.push(eq(verzoeken.status, filters.status));
  if (filters.behandelaar === "ik") lijst.push(eq(verzoeken.behandelaarId, ik));
  else if (filters.behandelaar === "niemand") lijst.push(isNull(verzoeken.behandelaarId));
  else if (filters.behandelaar) lijst.push(eq(verzoeken.behandelaarId, filters.behandelaar));
  if (filters.teLaat) lijst.push(lt(verzoeken.doelTermijn, vandaag));
  if (filters.wachtOpClient) lijst.push(eq(verzoeken.status, "wacht_op_client"));
  if (filters.zoek) {
    const patroon = escapeLike(filters.zoek.trim());
    lijst.push(
      or(
        // Number: exact or its beginning ("AVG-2026-0001" finds AVG-2026-000123).
        sql`lower(${verzoeken.nummer}) like lower(${`${patroon}%`})`,
        // Name as filed: any part of it.
        sql`lower(${verzoeken.betrokkene} ->> 'naam') like lower(${`%${patroon}%`})`,
      )!,
    );
  }
  return lijst;
}

/** The columns of each order (app/domain/wachtrij.ts WACHTRIJ_SORTERINGEN): first date, other date, id. */
function kolommen(sortering: WachtrijSortering) {
  return sortering === "wettelijk"
    ? ([verzoeken.wettelijkeTermijn, verzoeken.doelTermijn, verzoeken.id] as const)
    : ([verzoeken.doelTermijn, verzoeken.wettelijkeTermijn, verzoeken.id] as const);
}

function positieVoorwaarde(positie: WachtrijPositie, richting: "na" | "voor", sortering: WachtrijSortering): SQL {
  const [a, b, c] = kolommen(sortering);
  const [x, y] =
    sortering === "wettelijk"
      ? [positie.wettelijkeTermijn, positie.doelTermijn]
      : [positie.doelTermijn, positie.wettelijkeTermijn];
  const waarde = sql`(${x}::date, ${y}::date, ${positie.id}::uuid)`;
  const rij = sql`(${a}, ${b}, ${c})`;
  return richting === "na" ? sql`${rij} > ${waarde}` : sql`${rij} < ${waarde}`;
}

async function haalRijen(where: SQL[], richting: "na" | "voor", limiet: number, sortering: WachtrijSortering) {
  const orde = kolommen(sortering).map((k) => (richting === "na" ? asc(k) : desc(k)));
  return db()
    .select({
      id: verzoeken.id,
      nummer: verzoeken.nummer,
      type: verzoeken.type,
      status: verzoeken.status,
      naam: sql<string>`${verzoeken.betrokkene} ->> 'naam'`,
      clientId: verzoeken.clientId,
      ontvangenOp: verzoeken.ontvangenOp,
      doelTermijn: verzoeken.doelTermijn,
      wettelijkeTermijn: verzoeken.wettelijkeTermijn,
      gepauzeerdeDagen: verzoeken.gepauzeerdeDagen,
      verlengd: verzoeken.verlengd,
      identiteit: verzoeken.identiteit,
      behandelaarId: verzoeken.behandelaarId,
      behandelaarNaam: medewerkers.naam,
    })
    .from(verzoeken)
    .leftJoin(medewerkers, eq(medewerkers.id, verzoeken.behandelaarId))
    .where(and(...where))
    .orderBy(...orde)
    .limit(limiet);
}

type Rij = Awaited<ReturnType<typeof haalRijen>>[number];

function naarRegel(rij: Rij, vandaag: IsoDate): WachtrijRegel {
  if (!isVerzoektype(rij.type)) throw new Error(`Onbekend soort verzoek in de database: "${rij.type}".`);
  if (!isVerzoekStatus(rij.status) || !isOpen(rij.status)) {
    throw new Error(`Onverwachte status in de wachtrij: "${rij.status}".`);
  }
  const dagenOver = dagenTot(rij.doelTermijn, vandaag);
  return {
    id: rij.id,
    nummer: rij.nummer,
    type: rij.type,
    naam: rij.naam ?? "",
    gekoppeld: rij.clientId !== null,
    ontvangenOp: rij.ontvangenOp,
    doelTermijn: rij.doelTermijn,
    wettelijkeTermijn: rij.wettelijkeTermijn,
    dagenOver,
    urgentie: urgentieVan(dagenOver),
    status: rij.status,
    behandelaar: rij.behandelaarId ? { id: rij.behandelaarId, naam: rij.behandelaarNaam ?? "" } : null,
    gepauzeerd: rij.status === "wacht_op_client",
    gepauzeerdeDagen: rij.gepauzeerdeDagen,
    verlengd: rij.verlengd,
    // Docs/decisions/018: below "bekend_adres" nothing may be disclosed or changed yet.
    identiteitOnbevestigd: !isIdentiteitsniveau(rij.identiteit) || !minstens(rij.identiteit, "bekend_adres"),
  };
}

function positieVan(rij: Rij): string {
  return encodeerCursor({ doelTermijn: rij.doelTermijn, wettelijkeTermijn: rij.wettelijkeTermijn, id: rij.id });
}

/** One page of rows in queue order, with the cursors for the pages before and after it. */
async function pagina(where: SQL[], filters: WachtrijFilters) {
  const sortering = filters.sorteer ?? "doel";
  if (filters.voor) {
    const positie = decodeerCursor(filters.voor)!;
    const terug = await haalRijen(
      [...where, positieVoorwaarde(positie, "voor", sortering)],
      "voor",
      PAGINA_GROOTTE + 1,
      sortering,
    );
    if (terug.length > PAGINA_GROOTTE) {
      const rijen = terug.slice(0, PAGINA_GROOTTE).reverse();
      return { rijen, vorige: positieVan(rijen[0]!), volgende: positieVan(rijen[rijen.length - 1]!) };
    }
    // Back at the start: show a full first page rather than a short one.
  }
  const positie = filters.na ? decodeerCursor(filters.na)! : null;
  const vooruit = await haalRijen(
    positie ? [...where, positieVoorwaarde(positie, "na", sortering)] : where,
    "na",
    PAGINA_GROOTTE + 1,
    sortering,
  );
  const rijen = vooruit.slice(0, PAGINA_GROOTTE);
  const volgende = vooruit.length > PAGINA_GROOTTE ? positieVan(rijen[rijen.length - 1]!) : null;
  // After a "Volgende" there is a page before; when this page came back empty, "Vorige" ends just before the cursor.
  const vorige = positie ? (rijen.length > 0 ? positieVan(rijen[0]!) : filters.na!) : null;
  return { rijen, vorige, volgende };
}

/**
 * The open requests for `actor`, earliest target first (then legal limit, then id), 50 per page;
 * with `filters.sorteer = "wettelijk"` earliest legal limit first (then target, then id).
 * `filters` come from `parseWachtrijFilters`; invalid filters throw DomainError "ongeldig_filter".
 * `nu` sets "today" (Europe/Amsterdam) for days left, urgency and the overdue filter.
 */
export async function wachtrij(
  actor: MedewerkerActor,
  filters: WachtrijFilters,
  opties: { nu?: Date } = {},
): Promise<Wachtrij> {
  const ik = vereisWachtrijRol(actor);
  // Services check their input themselves: the same rules as the form, whoever calls.
  const gecontroleerd = parseWachtrijFilters({
    ...filters,
    teLaat: filters.teLaat ? "ja" : undefined,
    wachtOpClient: filters.wachtOpClient ? "ja" : undefined,
  });
  if (!gecontroleerd.ok) {
    throw new DomainError("ongeldig_filter", `Ongeldig filter: ${Object.keys(gecontroleerd.fouten).join(", ")}.`);
  }
  const schoon = gecontroleerd.filters;
  const vandaag = amsterdamDate(opties.nu ?? new Date());

  // The three queries are independent: on a server they run side by side on the pool (the page
  // takes as long as the slowest, not the sum).
  const [{ rijen, vorige, volgende }, tellingen, behandelaars] = await Promise.all([
    pagina(voorwaarden(schoon, ik, vandaag, true), schoon),
    db()
      .select({ status: verzoeken.status, aantal: sql<number>`count(*)::int` })
      .from(verzoeken)
      .where(and(...voorwaarden(schoon, ik, vandaag, false)))
      .groupBy(verzoeken.status),
    db()
      .select({ id: medewerkers.id, naam: medewerkers.naam })
      .from(medewerkers)
      .where(actiefMetBevoegdheid("verzoek.behandelen"))
      .orderBy(asc(medewerkers.naam), asc(medewerkers.id)),
  ]);
  const perStatus = Object.fromEntries(OPEN_STATUSSEN.map((s) => [s, 0])) as Record<OpenVerzoekStatus, number>;
  for (const { status, aantal } of tellingen) {
    if (isVerzoekStatus(status) && isOpen(status)) perStatus[status] = Number(aantal);
  }

  return {
    vandaag,
    rijen: rijen.map((rij) => naarRegel(rij, vandaag)),
    volgende,
    vorige,
    perStatus,
    totaal: Object.values(perStatus).reduce((som, n) => som + n, 0),
    behandelaars,
  };
}
