/**
 * Destruction after the retention term (AVG art. 5 lid 1 sub e; docs/decisions/031). The daily job
 * `bewaring.vernietigen` (app/jobs/vernietigen.server.ts) calls `vernietigNaBewaartermijn`:
 * 1. dossier items whose term ended and that nothing holds (app/domain/vernietiging.ts
 *    `vernietigPlan`), through the erasure's own destruction path (vernietigen.server.ts): rows,
 *    tombstones, document files; a former client of whom nothing is left is reduced to the clientnummer;
 * 2. closed requests past their term: messages, letters, packages, identity checks, timeline and
 *    e-mails go; the request row keeps only what accountability needs (AVG art. 5 lid 2);
 * 3. access-log rows past their term (at least five years, NEN 7513), from the start of the chain,
 *    with the cut recorded as an audit row so the rest still verifies (audit.server.ts).
 * Counts go to the audit log, never content. Idempotent: every step reads the state again inside
 * its transaction, under a lock per client, and a second run finds nothing to do.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, lt, ne, notInArray, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import {
  auditLog,
  berichten,
  besluiten,
  bewaarUitzonderingen,
  clienten,
  dossierItems,
  identiteitscontroles,
  inzageAchterhoudingen,
  klokpauzes,
  ontvangerMeldingen,
  organisatie,
  pakketten,
  uitgaandeMail,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { BEWAAR_CATEGORIEEN, type BewaarCategorie } from "../domain/bewaring";
import { addCalendarMonths, amsterdamDate, compare, type IsoDate } from "../domain/calendar";
import {
  portaalbewaringMetStandaard,
  toegangslogGrens,
  verzoekTermijnEinde,
  vernietigPlan,
  type Portaalbewaring,
  type VasthoudCode,
  type VernietigClient,
  type VernietigItem,
  type VernietigUitkomst,
} from "../domain/vernietiging";
import { ACTIE_TOEGANGSLOG, audit, vorigeInkorting } from "./audit.server";
import {
  vernietigDossierItems,
  vernietigPakketSleutels,
  verwijderBestanden,
  wisClientGerelateerd,
} from "./vernietigen.server";

/** Namespace of this module's advisory locks (two-key form). */
const SLOT_NAAMRUIMTE = 5301;
const GESLOTEN = ["afgerond", "ingetrokken"];

export const ACTIE_DOSSIER = "bewaring.vernietigd";
export const ACTIE_VERZOEK = "bewaring.verzoek_opgeschoond";
export const ACTIE_RONDE = "bewaring.ronde";

type Item = VernietigItem & { id: string; clientId: string; externId: string | null; documentSleutel: string | null };

export type Instellingen = {
  beleid: Record<string, { jaren: number; vanaf: "aanmaak" | "laatste_wijziging" | "einde_zorg" }>;
  portaal: Portaalbewaring;
};

export async function bewaarInstellingen(conn: DbOrTx): Promise<Instellingen> {
  const [org] = await conn
    .select({ beleid: organisatie.bewaarbeleid, portaal: organisatie.portaalbewaring })
    .from(organisatie)
    .where(eq(organisatie.id, 1));
  return { beleid: org?.beleid ?? {}, portaal: portaalbewaringMetStandaard(org?.portaal) };
}

const itemKolommen = {
  id: dossierItems.id,
  clientId: dossierItems.clientId,
  categorie: dossierItems.categorie,
  // Only whether a document is marked financial, never the content.
  soort: sql<string | null>`${dossierItems.inhoud} ->> 'soort'`,
  // The Europe/Amsterdam calendar day, computed by the database (as amsterdamDate does, but per
  // row in JS that costs about 20 µs, a second for the 40 000 dates of a large practice).
  aangemaaktOp: sql<string>`to_char(${dossierItems.aangemaaktOp} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`,
  gewijzigdOp: sql<string>`to_char(${dossierItems.gewijzigdOp} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`,
  afgeschermd: dossierItems.afgeschermd,
  afschermReden: dossierItems.afschermReden,
  externId: dossierItems.externId,
  documentSleutel: dossierItems.documentSleutel,
};

type ItemRij = {
  id: string;
  clientId: string;
  categorie: string;
  soort: string | null;
  aangemaaktOp: string;
  gewijzigdOp: string;
  afgeschermd: boolean;
  afschermReden: string | null;
  externId: string | null;
  documentSleutel: string | null;
};

function naarItem(r: ItemRij): Item {
  return {
    id: r.id,
    clientId: r.clientId,
    categorie: r.categorie as BewaarCategorie,
    aangemaaktOp: r.aangemaaktOp,
    gewijzigdOp: r.gewijzigdOp,
    // A document is a financial record when the practice marked it so (as in the erasure plan).
    financieel: r.categorie === "documenten" && r.soort === "financieel",
    afgeschermd: r.afgeschermd,
    afschermReden: r.afschermReden,
    externId: r.externId,
    documentSleutel: r.documentSleutel,
  };
}

const clientKolommen = {
  id: clienten.id,
  lopendeKlachtOfCalamiteit: clienten.lopendeKlachtOfCalamiteit,
  uitZorgOp: clienten.uitZorgOp,
  rechtsvordering: clienten.rechtsvordering,
};

/** Clients with an open request (not afgerond or ingetrokken). */
async function metOpenVerzoek(conn: DbOrTx, clientIds?: string[]): Promise<Set<string>> {
  const rijen = await conn
    .selectDistinct({ id: verzoeken.clientId })
    .from(verzoeken)
    .where(
      and(
        isNotNull(verzoeken.clientId),
        notInArray(verzoeken.status, GESLOTEN),
        clientIds ? inArray(verzoeken.clientId, clientIds) : undefined,
      ),
    );
  return new Set(rijen.flatMap((r) => (r.id ? [r.id] : [])));
}

// ---------------------------------------------------------------------------------------------
// 1. Dossier items
// ---------------------------------------------------------------------------------------------

export type ClientVernietiging = {
  perCategorie: Partial<Record<BewaarCategorie, number>>;
  bestanden: number;
  gepseudonimiseerd: boolean;
};

/**
 * The client's lock: the nightly run plans and destroys under it, and recording a hold
 * (vasthouden.server.ts) takes it too, so a hold is either seen by the run or comes after it.
 */
export async function vergrendelClient(tx: Tx, clientId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SLOT_NAAMRUIMTE}::int, hashtext(${clientId}))`);
}

/** Destroy what is due of one client, in one transaction under the client's lock. */
async function vernietigVanClient(clientId: string, inst: Instellingen, nu: Date): Promise<ClientVernietiging | null> {
  const vandaag = amsterdamDate(nu);
  const uitkomst = await db().transaction(async (tx) => {
    await vergrendelClient(tx, clientId);
    const [c] = await tx
      .select({ ...clientKolommen, gewistOp: clienten.gewistOp })
      .from(clienten)
      .where(eq(clienten.id, clientId));
    if (!c || c.gewistOp) return null;
    const items = (await tx.select(itemKolommen).from(dossierItems).where(eq(dossierItems.clientId, clientId))).map(
      naarItem,
    );
    const client: VernietigClient = { ...c, openVerzoek: (await metOpenVerzoek(tx, [clientId])).size > 0 };
    const plan = vernietigPlan(items, client, vandaag, inst.beleid, inst.portaal.vernietigingstermijnMaanden);
    const weg = plan.filter((r) => r.uitkomst.soort === "vernietigen").map((r) => r.item);
    if (weg.length === 0) return null;
    const wie = { clientId, verzoekId: null, nu };
    const vernietigd = await vernietigDossierItems(tx, wie, weg);
    const perCategorie: Partial<Record<BewaarCategorie, number>> = {};
    for (const i of weg) perCategorie[i.categorie] = (perCategorie[i.categorie] ?? 0) + 1;
    // Nothing left of a former client: the same end as a full erasure (docs/decisions/022).
    const gepseudonimiseerd = weg.length === items.length && c.uitZorgOp !== null;
    let gerelateerd: Awaited<ReturnType<typeof wisClientGerelateerd>> | null = null;
    let pakketBestanden: string[] = [];
    if (gepseudonimiseerd) {
      pakketBestanden = await vernietigPakketSleutels(tx, { clientId }, nu);
      gerelateerd = await wisClientGerelateerd(tx, wie);
    }
    await audit(tx, {
      actorSoort: "systeem",
      actie: ACTIE_DOSSIER,
      clientId,
      onderdeel: "dossier_items",
      // Counts and ids only, never content (AVG art. 5 lid 1 sub c).
      details: {
        grond: "bewaartermijn_verstreken",
        perCategorie,
        items: weg.map((i) => i.id),
        bestanden: vernietigd.bestanden.length,
        gewisteExterneIds: vernietigd.grafstenen + (gerelateerd?.grafstenen ?? 0),
        client: gerelateerd
          ? { gepseudonimiseerd: true, ...gerelateerd.aantallen, pakkettenSleutelVernietigd: pakketBestanden.length }
          : { gepseudonimiseerd: false },
      },
    });
    return {
      resultaat: { perCategorie, bestanden: vernietigd.bestanden.length, gepseudonimiseerd },
      bestanden: [...vernietigd.bestanden, ...pakketBestanden],
    };
  });
  if (!uitkomst) return null;
  await verwijderBestanden(uitkomst.bestanden, "bewaring");
  return uitkomst.resultaat;
}

/**
 * The plan of every client that is not erased, from three bulk reads (no lock): for the overview,
 * and to find the clients that have something due, so the nightly run opens a transaction only for those.
 */
async function allePlannen(
  conn: DbOrTx,
  vandaag: IsoDate,
  inst: Instellingen,
): Promise<Array<{ clientId: string; plan: Array<{ item: Item; uitkomst: VernietigUitkomst }> }>> {
  const cs = await conn.select(clientKolommen).from(clienten).where(isNull(clienten.gewistOp));
  const open = await metOpenVerzoek(conn);
  const perClient = new Map<string, Item[]>();
  for (const r of await conn.select(itemKolommen).from(dossierItems)) {
    const i = naarItem(r);
    const lijst = perClient.get(i.clientId);
    if (lijst) lijst.push(i);
    else perClient.set(i.clientId, [i]);
  }
  const uit: Array<{ clientId: string; plan: Array<{ item: Item; uitkomst: VernietigUitkomst }> }> = [];
  for (const c of cs) {
    const eigen = perClient.get(c.id);
    if (!eigen) continue;
    uit.push({
      clientId: c.id,
      plan: vernietigPlan(
        eigen,
        { ...c, openVerzoek: open.has(c.id) },
        vandaag,
        inst.beleid,
        inst.portaal.vernietigingstermijnMaanden,
      ),
    });
  }
  return uit;
}

/** Clients with at least one item due today (each is planned again under its lock before anything goes). */
async function kandidaten(vandaag: IsoDate, inst: Instellingen): Promise<string[]> {
  return (await allePlannen(db(), vandaag, inst))
    .filter((p) => p.plan.some((r) => r.uitkomst.soort === "vernietigen"))
    .map((p) => p.clientId);
}

// ---------------------------------------------------------------------------------------------
// 2. Closed requests
// ---------------------------------------------------------------------------------------------

export type VerzoekOpschoning = Record<string, number>;

/** Reduce one closed request past its term to what accountability needs. */
async function schoonVerzoekOp(verzoekId: string, inst: Instellingen, nu: Date): Promise<VerzoekOpschoning | null> {
  const uitkomst = await db().transaction(async (tx) => {
    const [v] = await tx
      .select({
        id: verzoeken.id,
        nummer: verzoeken.nummer,
        status: verzoeken.status,
        clientId: verzoeken.clientId,
        afgerondOp: verzoeken.afgerondOp,
        bijgewerktOp: verzoeken.bijgewerktOp,
        opgeschoondOp: verzoeken.opgeschoondOp,
        indiener: verzoeken.indiener,
      })
      .from(verzoeken)
      .where(eq(verzoeken.id, verzoekId))
      .for("update");
    if (!v || v.opgeschoondOp || !GESLOTEN.includes(v.status)) return null;
    const gesloten = amsterdamDate(v.afgerondOp ?? v.bijgewerktOp);
    if (compare(amsterdamDate(nu), verzoekTermijnEinde(gesloten, inst.portaal)) < 0) return null;
    const pakketBestanden = await vernietigPakketSleutels(tx, { verzoekId }, nu);
    const tel = async (q: Promise<unknown[]>) => (await q).length;
    const besluitSoorten = (
      await tx
        .select({ soort: besluiten.soort, status: besluiten.status })
        .from(besluiten)
        .where(eq(besluiten.verzoekId, verzoekId))
    )
      .filter((b) => b.status === "verzonden" || b.status === "ondertekend")
      .map((b) => b.soort);
    const aantallen: VerzoekOpschoning = {
      berichten: await tel(
        tx.delete(berichten).where(eq(berichten.verzoekId, verzoekId)).returning({ id: berichten.id }),
      ),
      besluiten: await tel(
        tx.delete(besluiten).where(eq(besluiten.verzoekId, verzoekId)).returning({ id: besluiten.id }),
      ),
      pakketten: await tel(
        tx.delete(pakketten).where(eq(pakketten.verzoekId, verzoekId)).returning({ id: pakketten.id }),
      ),
      identiteitscontroles: await tel(
        tx
          .delete(identiteitscontroles)
          .where(eq(identiteitscontroles.verzoekId, verzoekId))
          .returning({ id: identiteitscontroles.id }),
      ),
      gebeurtenissen: await tel(
        tx
          .delete(verzoekGebeurtenissen)
          .where(eq(verzoekGebeurtenissen.verzoekId, verzoekId))
          .returning({ id: verzoekGebeurtenissen.id }),
      ),
      klokpauzes: await tel(
        tx.delete(klokpauzes).where(eq(klokpauzes.verzoekId, verzoekId)).returning({ id: klokpauzes.id }),
      ),
      achterhoudingen: await tel(
        tx
          .delete(inzageAchterhoudingen)
          .where(eq(inzageAchterhoudingen.verzoekId, verzoekId))
          .returning({ id: inzageAchterhoudingen.id }),
      ),
      bewaarUitzonderingen: await tel(
        tx
          .delete(bewaarUitzonderingen)
          .where(eq(bewaarUitzonderingen.verzoekId, verzoekId))
          .returning({ id: bewaarUitzonderingen.id }),
      ),
      ontvangerMeldingen: await tel(
        tx
          .delete(ontvangerMeldingen)
          .where(eq(ontvangerMeldingen.verzoekId, verzoekId))
          .returning({ id: ontvangerMeldingen.id }),
      ),
      // The outbox keeps each e-mail's full text; one still waiting is left to be delivered.
      mails: await tel(
        tx
          .delete(uitgaandeMail)
          .where(and(eq(uitgaandeMail.verzoekId, verzoekId), ne(uitgaandeMail.status, "wachtend")))
          .returning({ id: uitgaandeMail.id }),
      ),
    };
    // What accountability needs (AVG art. 5 lid 2): number, type, channel, dates, deadlines, status
    // and which decisions were sent; no name, address, e-mail, free text or details.
    await tx
      .update(verzoeken)
      .set({
        indiener: { naam: "", email: "", relatie: v.indiener.relatie },
        betrokkene: { naam: "", geboortedatum: "", email: "" },
        details: { opgeschoond: { besluiten: besluitSoorten } },
        ingediendDoorAccountId: null,
        verwijderSelectie: null,
        verlengingReden: null,
        idempotentieSleutel: null,
        opgeschoondOp: nu,
        bijgewerktOp: nu,
      })
      .where(eq(verzoeken.id, verzoekId));
    await audit(tx, {
      actorSoort: "systeem",
      actie: ACTIE_VERZOEK,
      clientId: v.clientId,
      verzoekId,
      onderdeel: "verzoek",
      details: { nummer: v.nummer, grond: "bewaartermijn_verstreken", ...aantallen },
    });
    return { aantallen, bestanden: pakketBestanden };
  });
  if (!uitkomst) return null;
  await verwijderBestanden(uitkomst.bestanden, "bewaring");
  return uitkomst.aantallen;
}

async function verzoekenVoorbijTermijn(inst: Instellingen, nu: Date): Promise<string[]> {
  // Closed on or before this day: past the term today (whole years, so a day earlier is safe as a filter).
  const grens = addCalendarMonths(amsterdamDate(nu), -12 * inst.portaal.verzoekJaren);
  const rijen = await db()
    .select({ id: verzoeken.id })
    .from(verzoeken)
    .where(
      and(
        inArray(verzoeken.status, GESLOTEN),
        isNull(verzoeken.opgeschoondOp),
        lte(
          sql`coalesce(${verzoeken.afgerondOp}, ${verzoeken.bijgewerktOp})`,
          sql`(${`${grens}T23:59:59`}::timestamp at time zone 'Europe/Amsterdam')`,
        ),
      ),
    );
  return rijen.map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// 3. The access log
// ---------------------------------------------------------------------------------------------

export type Inkorting = { verwijderd: number; totEnMetId: number } | null;

/**
 * Delete the access-log rows before the boundary, from the start of the chain only (a row is kept
 * when any older-id row is younger than the boundary). The cut is recorded first as an audit row
 * that carries the last deleted row's id, hash and position in the chain, so `verifyAuditChain`
 * starts from it and the anchor's counts stay right (docs/decisions/031). The database refuses
 * deleting rows younger than five years whatever the setting (migration 0016).
 */
async function kortToegangslogIn(inst: Instellingen, nu: Date): Promise<Inkorting> {
  const grens = toegangslogGrens(amsterdamDate(nu), inst.portaal);
  return db().transaction(async (tx) => {
    // The chain lock of audit(): no row is appended while the start moves.
    await tx.execute(sql`select pg_advisory_xact_lock(7513)`);
    const grensMoment = sql`(${`${grens}T00:00:00`}::timestamp at time zone 'Europe/Amsterdam')`;
    const [eerstJong] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(gte(auditLog.op, grensMoment))
      .orderBy(asc(auditLog.id))
      .limit(1);
    const [laatsteOud] = await tx
      .select({ id: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .where(and(lt(auditLog.op, grensMoment), eerstJong ? lt(auditLog.id, eerstJong.id) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(1);
    if (!laatsteOud) return null;
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(lte(auditLog.id, laatsteOud.id))) as [{ n: number }];
    const vorige = await vorigeInkorting(tx);
    const positie = (vorige?.rijenTotEnMet ?? 0) + n;
    await audit(tx, {
      actorSoort: "systeem",
      actie: ACTIE_TOEGANGSLOG,
      onderdeel: "audit_log",
      details: {
        totEnMetId: laatsteOud.id,
        hash: laatsteOud.hash,
        rijenTotEnMet: positie,
        verwijderd: n,
        ouderDan: grens,
      },
    });
    await tx.execute(sql`select set_config('rechtenloket.toegangslog_opschonen', 'aan', true)`);
    await tx.delete(auditLog).where(lte(auditLog.id, laatsteOud.id));
    await tx.execute(sql`select set_config('rechtenloket.toegangslog_opschonen', '', true)`);
    return { verwijderd: n, totEnMetId: laatsteOud.id };
  });
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

export type VernietigRonde = {
  datum: IsoDate;
  dossier: {
    clienten: number;
    perCategorie: Partial<Record<BewaarCategorie, number>>;
    bestanden: number;
    gepseudonimiseerd: number;
  };
  verzoeken: number;
  toegangslog: number;
};

/** One run of the daily job. Writes one summary audit row when it destroyed anything. */
export async function vernietigNaBewaartermijn(opties: { nu?: Date } = {}): Promise<VernietigRonde> {
  const nu = opties.nu ?? new Date();
  const inst = await bewaarInstellingen(db());
  const ronde: VernietigRonde = {
    datum: amsterdamDate(nu),
    dossier: { clienten: 0, perCategorie: {}, bestanden: 0, gepseudonimiseerd: 0 },
    verzoeken: 0,
    toegangslog: 0,
  };
  for (const clientId of await kandidaten(amsterdamDate(nu), inst)) {
    const r = await vernietigVanClient(clientId, inst, nu);
    if (!r) continue;
    ronde.dossier.clienten += 1;
    ronde.dossier.bestanden += r.bestanden;
    if (r.gepseudonimiseerd) ronde.dossier.gepseudonimiseerd += 1;
    for (const [c, n] of Object.entries(r.perCategorie)) {
      ronde.dossier.perCategorie[c as BewaarCategorie] = (ronde.dossier.perCategorie[c as BewaarCategorie] ?? 0) + n;
    }
  }
  for (const verzoekId of await verzoekenVoorbijTermijn(inst, nu)) {
    if (await schoonVerzoekOp(verzoekId, inst, nu)) ronde.verzoeken += 1;
  }
  const inkorting = await kortToegangslogIn(inst, nu);
  ronde.toegangslog = inkorting?.verwijderd ?? 0;
  if (ronde.dossier.clienten > 0 || ronde.verzoeken > 0 || ronde.toegangslog > 0) {
    await db().transaction(async (tx) => {
      await audit(tx, { actorSoort: "systeem", actie: ACTIE_RONDE, onderdeel: "bewaring", details: { ...ronde } });
    });
  }
  return ronde;
}

// ---------------------------------------------------------------------------------------------
// The beheer page: what is due, what was destroyed
// ---------------------------------------------------------------------------------------------

export type VerwachtRegel = { maand: string; categorie: BewaarCategorie; aantal: number };
export type VastRegel = { code: VasthoudCode; categorie: BewaarCategorie; aantal: number };

export type BewaarOverzicht = {
  vandaag: IsoDate;
  instellingen: Instellingen;
  /** Items past their term and not held: the next run destroys them. */
  nuTeVernietigen: Partial<Record<BewaarCategorie, number>>;
  /** Of those, past the reglement's latest day. */
  teLaat: number;
  /** Items whose term ends in the coming months, per month (YYYY-MM) and category. */
  verwacht: VerwachtRegel[];
  /** Items past their term that something holds, per reason and category. */
  vastgehouden: VastRegel[];
  /** Closed requests due for reduction now and in the coming months. */
  verzoekenNu: number;
  verzoekenVerwacht: number;
  /** Past runs that destroyed anything (from the audit log): date and counts. */
  rondes: VernietigRonde[];
};

/** The overview for `/beheer/bewaring` (counts only, never a name or content). */
export async function bewaarOverzicht(opties: { nu?: Date; maanden?: number } = {}): Promise<BewaarOverzicht> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  const tot = addCalendarMonths(vandaag, opties.maanden ?? 6);
  const conn = db();
  const inst = await bewaarInstellingen(conn);
  const nuTeVernietigen: Partial<Record<BewaarCategorie, number>> = {};
  const verwacht = new Map<string, VerwachtRegel>();
  const vast = new Map<string, VastRegel>();
  let teLaat = 0;
  for (const { plan } of await allePlannen(conn, vandaag, inst)) {
    for (const { item, uitkomst } of plan) {
      if (uitkomst.soort === "vernietigen") {
        nuTeVernietigen[item.categorie] = (nuTeVernietigen[item.categorie] ?? 0) + 1;
        if (uitkomst.telaat) teLaat += 1;
      } else if (uitkomst.soort === "vastgehouden") {
        const k = `${uitkomst.code}|${item.categorie}`;
        const r = vast.get(k) ?? { code: uitkomst.code, categorie: item.categorie, aantal: 0 };
        r.aantal += 1;
        vast.set(k, r);
      } else if (uitkomst.einde && compare(uitkomst.einde, tot) <= 0) {
        const maand = uitkomst.einde.slice(0, 7);
        const k = `${maand}|${item.categorie}`;
        const r = verwacht.get(k) ?? { maand, categorie: item.categorie, aantal: 0 };
        r.aantal += 1;
        verwacht.set(k, r);
      }
    }
  }
  const gesloten = await conn
    .select({ op: sql<Date>`coalesce(${verzoeken.afgerondOp}, ${verzoeken.bijgewerktOp})` })
    .from(verzoeken)
    .where(and(inArray(verzoeken.status, GESLOTEN), isNull(verzoeken.opgeschoondOp)));
  let verzoekenNu = 0;
  let verzoekenVerwacht = 0;
  for (const g of gesloten) {
    const einde = verzoekTermijnEinde(amsterdamDate(new Date(g.op)), inst.portaal);
    if (compare(einde, vandaag) <= 0) verzoekenNu += 1;
    else if (compare(einde, tot) <= 0) verzoekenVerwacht += 1;
  }
  const rondes = (
    await conn
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.actie, ACTIE_RONDE))
      .orderBy(desc(auditLog.id))
      .limit(24)
  ).map((r) => r.details as unknown as VernietigRonde);
  const volgorde = (c: BewaarCategorie) => BEWAAR_CATEGORIEEN.indexOf(c);
  return {
    vandaag,
    instellingen: inst,
    nuTeVernietigen,
    teLaat,
    verwacht: [...verwacht.values()].sort(
      (a, b) => a.maand.localeCompare(b.maand) || volgorde(a.categorie) - volgorde(b.categorie),
    ),
    vastgehouden: [...vast.values()].sort(
      (a, b) => a.code.localeCompare(b.code) || volgorde(a.categorie) - volgorde(b.categorie),
    ),
    verzoekenNu,
    verzoekenVerwacht,
    rondes,
  };
}
