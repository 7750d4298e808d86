/**
 * Erasure at the client's request (docs/recht.md "Verwijdering en bewaring", docs/decisions/022):
 * for one dossier item, is it destroyed, or does an exception of the law keep it? Pure: no
 * database, no clock.
 *
 * The rule (WGBO art. 7:455 BW; Jeugdwet art. 7.3.9; AVG art. 17):
 * - care records (zorg, and documents not marked financial) are DESTROYED on request, within three
 *   months (art. 7:455 lid 1). The 20-year term of art. 7:454 lid 3 is a duty towards the client
 *   and does not block the client's own request;
 * - destruction is refused only for the part an exception covers (art. 7:455 lid 2; AVG art. 17
 *   lid 3 sub b and e):
 *   - `lopende_klacht_of_calamiteit`: an open complaint or calamity holds everything in scope
 *     (legal claims, AVG art. 17 lid 3 sub e);
 *   - `wettelijke_bewaarplicht`: another statute requires keeping it; built in: financial records
 *     (and documents marked financial) 7 years from the day each was made (art. 52 lid 4 AWR);
 *   - a ground staff choose per category with a motivation (`Uitzondering`): substantial interest
 *     of someone other than the client (art. 7:455 lid 2), another statute, or a legal claim;
 * - personalia and contact stay only to link what is kept, and only while their own term runs;
 * - an item whose own retention term (the saved policy of its own category) has ended is destroyed
 *   anyway (AVG art. 5 lid 1 sub e), unless a complaint or calamity holds it.
 * What is kept is a partial refusal the directie signs, and it is afgeschermd until its ground ends.
 */
import { addCalendarMonths, compare, isIsoDate, type IsoDate } from "./calendar";
import { DomainError } from "./errors";
import { bewaarbeleidMetStandaard, type Bewaarbeleid as VolledigBeleid } from "./bewaartermijnen";
import type { Reason } from "./request-state";

export const BEWAAR_CATEGORIEEN = ["personalia", "contact", "zorg", "financieel", "documenten"] as const;
export type BewaarCategorie = (typeof BEWAAR_CATEGORIEEN)[number];

export type BewaarVanaf = "aanmaak" | "laatste_wijziging" | "einde_zorg";
export type BewaarRegel = { jaren: number; vanaf: BewaarVanaf };
/** organisatie.bewaarbeleid: per category a number of years and the moment it counts from. */
export type Bewaarbeleid = Partial<Record<string, BewaarRegel>>;

/** The statutory fiscal duty: 7 years from the day each record was made (art. 52 lid 4 AWR; decision 021). */
export const FISCALE_BEWAARPLICHT: Readonly<BewaarRegel> = Object.freeze({ jaren: 7, vanaf: "aanmaak" });

/** The grounds that keep part of a dossier against an erasure request (a subset of the refusal grounds). */
export const VERWIJDER_GRONDEN = [
  "lopende_klacht_of_calamiteit",
  "wettelijke_bewaarplicht",
  "aanmerkelijk_belang_ander",
] as const;
export type VerwijderGrond = (typeof VERWIJDER_GRONDEN)[number];

export function isVerwijderGrond(x: unknown): x is VerwijderGrond {
  return typeof x === "string" && (VERWIJDER_GRONDEN as readonly string[]).includes(x);
}

export type BewaarItem = {
  categorie: BewaarCategorie;
  aangemaaktOp: IsoDate;
  gewijzigdOp: IsoDate;
  /** A document that is a financial record (invoice, declaration): under the fiscal duty. */
  financieel?: boolean;
};

export type BewaarClient = { lopendeKlachtOfCalamiteit: boolean; uitZorgOp: IsoDate | null };

/** Staff's exception for one category: a ground of the law and their motivation (docs/decisions/022). */
export type Uitzondering = { categorie: BewaarCategorie; grond: VerwijderGrond; motivering: string };

export type BewaarUitkomst =
  { magWeg: true } | { magWeg: false; grond: VerwijderGrond; reden: Reason; bewarenTot?: IsoDate; motivering?: string };

export const KLACHT_REDEN: Reason = {
  code: "lopende_klacht_of_calamiteit",
  nl: "er loopt een klacht of een onderzoek naar een calamiteit; wij bewaren het tot dat is afgerond",
  en: "a complaint or an investigation into a serious incident is ongoing; we keep it until that is finished",
};

export const FISCAAL_REDEN: Reason = {
  code: "bewaarplicht_fiscaal",
  nl: "de belastingwet verplicht ons financiële gegevens 7 jaar te bewaren (artikel 52 AWR)",
  en: "tax law requires us to keep financial records for 7 years (article 52 AWR)",
};

export const TOEWIJZING_REDEN: Reason = {
  code: "nodig_voor_bewaard_dossier",
  nl: "nodig om de gegevens die wij moeten bewaren aan de juiste persoon te koppelen",
  en: "needed to link the records we must keep to the right person",
};

const UITZONDERING_REDEN: Record<VerwijderGrond, Reason> = {
  lopende_klacht_of_calamiteit: KLACHT_REDEN,
  wettelijke_bewaarplicht: {
    code: "ander_wettelijk_voorschrift",
    nl: "een wet verplicht ons deze gegevens te bewaren",
    en: "a law requires us to keep this information",
  },
  aanmerkelijk_belang_ander: {
    code: "aanmerkelijk_belang_ander",
    nl: "bewaren is van aanmerkelijk belang voor iemand anders dan u (artikel 7:455 lid 2 BW)",
    en: "keeping it is of substantial importance to someone other than you (article 7:455(2) Dutch Civil Code)",
  },
};

/**
 * Every reason an erasure stores with what it kept (`afschermReden` starts with one of these):
 * destruction after the retention term (app/domain/vernietiging.ts) tells that restriction apart
 * from one the client asked for (docs/decisions/031).
 */
export const VERWIJDER_AFSCHERM_REDENEN: readonly string[] = Object.freeze([
  KLACHT_REDEN.nl,
  FISCAAL_REDEN.nl,
  TOEWIJZING_REDEN.nl,
  ...Object.values(UITZONDERING_REDEN).map((r) => r.nl),
]);

function vereisDatum(value: unknown, wat: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new DomainError("ongeldige_datum", `Ongeldige datum voor ${wat}: "${String(value)}".`);
}

/** The category whose retention rule applies: a document marked financial follows `financieel`. */
export function regelCategorie(item: Pick<BewaarItem, "categorie" | "financieel">): BewaarCategorie {
  return item.categorie === "documenten" && item.financieel ? "financieel" : item.categorie;
}

/** Under the fiscal duty of art. 52 AWR? */
export function isFinancieel(item: Pick<BewaarItem, "categorie" | "financieel">): boolean {
  return regelCategorie(item) === "financieel";
}

/** The last day of a term for this item, or null when it counts from an end of care not yet reached. */
function eindeTermijn(regel: BewaarRegel, item: BewaarItem, client: BewaarClient): IsoDate | null {
  let begin: IsoDate;
  if (regel.vanaf === "aanmaak") begin = item.aangemaaktOp;
  else if (regel.vanaf === "laatste_wijziging") begin = item.gewijzigdOp;
  else {
    if (client.uitZorgOp === null) return null;
    vereisDatum(client.uitZorgOp, "uit zorg op");
    begin = client.uitZorgOp;
  }
  return addCalendarMonths(begin, regel.jaren * 12);
}

function vroegste(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return compare(a, b) <= 0 ? a : b;
}

/**
 * The item's own retention term under the saved policy of its own category (documenten uses the
 * documenten setting, financial documents the financieel one): the day it may go, or null.
 */
export function eigenTermijnEinde(item: BewaarItem, client: BewaarClient, beleid: Bewaarbeleid = {}): IsoDate | null {
  const volledig: VolledigBeleid = bewaarbeleidMetStandaard(
    beleid as Partial<Record<string, VolledigBeleid[BewaarCategorie]>>,
  );
  return eindeTermijn(volledig[regelCategorie(item)], item, client);
}

/**
 * What happens to one item in scope of an erasure request (not personalia/contact linking: see
 * `verwijderplan`). `uitzondering` is staff's exception for the item's category, if any.
 */
export function bewaarUitkomst(
  item: BewaarItem,
  client: BewaarClient,
  vandaag: IsoDate,
  beleid: Bewaarbeleid = {},
  uitzondering?: Uitzondering,
): BewaarUitkomst {
  vereisDatum(vandaag, "vandaag");
  vereisDatum(item.aangemaaktOp, "aangemaakt op");
  vereisDatum(item.gewijzigdOp, "gewijzigd op");
  // AVG art. 17 lid 3 sub e: an open complaint or calamity holds everything, until it is finished.
  if (client.lopendeKlachtOfCalamiteit)
    return { magWeg: false, grond: "lopende_klacht_of_calamiteit", reden: KLACHT_REDEN };
  const eigenEinde = eigenTermijnEinde(item, client, beleid);
  // AVG art. 5 lid 1 sub e: past its own term nothing justifies keeping it.
  if (eigenEinde !== null && compare(vandaag, eigenEinde) >= 0) return { magWeg: true };
  if (uitzondering) {
    return {
      magWeg: false,
      grond: uitzondering.grond,
      reden: UITZONDERING_REDEN[uitzondering.grond],
      motivering: uitzondering.motivering,
      ...(uitzondering.grond !== "lopende_klacht_of_calamiteit" && eigenEinde ? { bewarenTot: eigenEinde } : {}),
    };
  }
  if (isFinancieel(item)) {
    // Art. 52 lid 4 AWR: kept no longer than the statute asks, nor than the practice's own term.
    const tot = vroegste(eindeTermijn(FISCALE_BEWAARPLICHT, item, client), eigenEinde)!;
    if (compare(vandaag, tot) >= 0) return { magWeg: true };
    return { magWeg: false, grond: "wettelijke_bewaarplicht", reden: FISCAAL_REDEN, bewarenTot: tot };
  }
  // WGBO art. 7:455 lid 1: care records (and everything else without an exception) are destroyed on request.
  return { magWeg: true };
}

export type PlanRegel<T extends BewaarItem> = { item: T; uitkomst: BewaarUitkomst };

/**
 * The erasure plan for the items in scope (all of the client's items for a full erasure, the
 * chosen ones for a partial erasure): first every record, then personalia and contact, which stay
 * only to link what is kept, and never past their own term or past the last kept record.
 */
export function verwijderplan<T extends BewaarItem>(
  items: readonly T[],
  client: BewaarClient,
  vandaag: IsoDate,
  beleid: Bewaarbeleid = {},
  uitzonderingen: readonly Uitzondering[] = [],
): PlanRegel<T>[] {
  const perCategorie = new Map(uitzonderingen.map((u) => [u.categorie, u]));
  const koppel = (i: BewaarItem) => i.categorie === "personalia" || i.categorie === "contact";
  const uitkomsten = new Map<T, BewaarUitkomst>();
  for (const item of items) {
    if (!koppel(item))
      uitkomsten.set(item, bewaarUitkomst(item, client, vandaag, beleid, perCategorie.get(item.categorie)));
  }
  const bewaard = [...uitkomsten.values()].filter((u): u is BewaarUitkomst & { magWeg: false } => !u.magWeg);
  // The latest day a kept record may go; null when one is kept without an end date (a hold).
  let laatste: IsoDate | null = null;
  let zonderEinde = false;
  for (const u of bewaard) {
    if (!u.bewarenTot) zonderEinde = true;
    else if (laatste === null || compare(u.bewarenTot, laatste) > 0) laatste = u.bewarenTot;
  }
  for (const item of items) {
    if (!koppel(item)) continue;
    const eigen = bewaarUitkomst(item, client, vandaag, beleid, perCategorie.get(item.categorie));
    if (!eigen.magWeg) {
      uitkomsten.set(item, eigen);
      continue;
    }
    const eigenEinde = eigenTermijnEinde(item, client, beleid);
    const nogGeldig = eigenEinde === null || compare(vandaag, eigenEinde) < 0;
    if (bewaard.length > 0 && nogGeldig) {
      const tot = vroegste(zonderEinde ? null : laatste, eigenEinde);
      uitkomsten.set(item, {
        magWeg: false,
        grond: bewaard[0]!.grond,
        reden: TOEWIJZING_REDEN,
        ...(tot ? { bewarenTot: tot } : {}),
      });
    } else {
      uitkomsten.set(item, { magWeg: true });
    }
  }
  return items.map((item) => ({ item, uitkomst: uitkomsten.get(item)! }));
}

/** The grounds a plan uses: each must be cited in the signed partial refusal (docs/decisions/022). */
export function grondenVanPlan(plan: readonly PlanRegel<BewaarItem>[]): VerwijderGrond[] {
  const gebruikt = new Set<VerwijderGrond>();
  for (const r of plan) if (!r.uitkomst.magWeg) gebruikt.add(r.uitkomst.grond);
  return VERWIJDER_GRONDEN.filter((g) => gebruikt.has(g));
}
