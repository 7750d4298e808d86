/**
 * Retention rules (bewaartermijnen, docs/recht.md "Verwijdering en bewaring"): for one dossier item, may it
 * be erased today, or does a retention duty or a hold block it? Pure: no database, no clock.
 *
 * Defaults (one source: app/domain/bewaartermijnen.ts), overridable per category by organisatie.bewaarbeleid:
 * - zorg: 20 years from the day each record was made (WGBO art. 7:454 lid 3 BW);
 * - financieel: 7 years from the day each record was made (fiscale bewaarplicht, art. 52 AWR);
 * - documenten follow zorg, unless marked financial;
 * - personalia and contact: may go, unless another item is kept (then they are needed to assign it);
 * - an open complaint or calamity holds everything (AVG art. 17 lid 3 sub e).
 * Where erasure is blocked, the item is afgeschermd instead (docs/recht.md "Verwijdering en bewaring": open point under WGBO art. 7:455).
 */
import { addCalendarMonths, compare, isIsoDate, type IsoDate } from "./calendar";
import { DomainError } from "./errors";
import { STANDAARD_BEWAARBELEID as STANDAARD } from "./bewaartermijnen";
import type { Reason } from "./request-state";

export const BEWAAR_CATEGORIEEN = ["personalia", "contact", "zorg", "financieel", "documenten"] as const;
export type BewaarCategorie = (typeof BEWAAR_CATEGORIEEN)[number];

export type BewaarVanaf = "aanmaak" | "laatste_wijziging" | "einde_zorg";
export type BewaarRegel = { jaren: number; vanaf: BewaarVanaf };
/** organisatie.bewaarbeleid: per category a number of years and the moment it counts from. */
export type Bewaarbeleid = Partial<Record<string, BewaarRegel>>;

export const STANDAARD_BEWAARBELEID: Readonly<Record<"zorg" | "financieel", BewaarRegel>> = {
  zorg: STANDAARD.zorg,
  financieel: STANDAARD.financieel,
};

export type BewaarItem = {
  categorie: BewaarCategorie;
  aangemaaktOp: IsoDate;
  gewijzigdOp: IsoDate;
  /** A document that is a financial record (invoice, declaration): follows the financial rule. */
  financieel?: boolean;
};

export type BewaarClient = { lopendeKlachtOfCalamiteit: boolean; uitZorgOp: IsoDate | null };

export type BewaarUitkomst = { magWeg: true } | { magWeg: false; reden: Reason; bewarenTot?: IsoDate };

export const KLACHT_REDEN: Reason = {
  code: "lopende_klacht_of_calamiteit",
  nl: "er loopt een klacht of een onderzoek naar een calamiteit; alles blijft bewaard tot dat is afgerond",
  en: "a complaint or an investigation into a serious incident is ongoing; everything is kept until it is finished",
};

export const TOEWIJZING_REDEN: Reason = {
  code: "nodig_voor_bewaard_dossier",
  nl: "nodig om het bewaarde dossier aan de juiste persoon te kunnen koppelen",
  en: "needed to link the kept records to the right person",
};

function jarenTekst(jaren: number): { nl: string; en: string } {
  return { nl: `${jaren} jaar`, en: jaren === 1 ? "1 year" : `${jaren} years` };
}

function bewaarReden(soort: "zorg" | "financieel", jaren: number): Reason {
  const j = jarenTekst(jaren);
  return soort === "zorg"
    ? { code: "bewaarplicht_wgbo", nl: `wettelijke bewaarplicht (WGBO): ${j.nl}`, en: `statutory retention duty (WGBO): ${j.en}` }
    : {
        code: "bewaarplicht_fiscaal",
        nl: `fiscale bewaarplicht (artikel 52 AWR): ${j.nl}`,
        en: `tax retention duty (article 52 AWR): ${j.en}`,
      };
}

const NOG_IN_ZORG_REDEN = (jaren: number): Reason => ({
  code: "nog_in_zorg",
  nl: `de bewaartermijn van ${jaren} jaar begint pas als de zorg eindigt`,
  en: `the retention period of ${jaren} years only starts when care ends`,
});

function vereisDatum(value: unknown, wat: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new DomainError("ongeldige_datum", `Ongeldige datum voor ${wat}: "${String(value)}".`);
}

function regelVoor(soort: "zorg" | "financieel", beleid: Bewaarbeleid): BewaarRegel {
  const eigen = beleid[soort];
  if (eigen && Number.isSafeInteger(eigen.jaren) && eigen.jaren >= 0) return eigen;
  return STANDAARD_BEWAARBELEID[soort];
}

/** Which retention rule applies to an item: zorg, financieel, or none (personalia and contact). */
export function bewaarSoort(item: Pick<BewaarItem, "categorie" | "financieel">): "zorg" | "financieel" | null {
  if (item.categorie === "zorg") return "zorg";
  if (item.categorie === "financieel") return "financieel";
  if (item.categorie === "documenten") return item.financieel ? "financieel" : "zorg";
  return null;
}

/**
 * May this item go today? `nodigVoorBewaardDossier` says that other items of the client are kept
 * (then personalia and contact stay, to link those records to the client).
 */
export function bewaarUitkomst(
  item: BewaarItem,
  client: BewaarClient,
  vandaag: IsoDate,
  beleid: Bewaarbeleid = {},
  opties: { nodigVoorBewaardDossier?: boolean } = {},
): BewaarUitkomst {
  vereisDatum(vandaag, "vandaag");
  vereisDatum(item.aangemaaktOp, "aangemaakt op");
  vereisDatum(item.gewijzigdOp, "gewijzigd op");
  // AVG art. 17 lid 3 sub e: an open complaint or calamity holds everything.
  if (client.lopendeKlachtOfCalamiteit) return { magWeg: false, reden: KLACHT_REDEN };
  const soort = bewaarSoort(item);
  if (soort === null) {
    return opties.nodigVoorBewaardDossier ? { magWeg: false, reden: TOEWIJZING_REDEN } : { magWeg: true };
  }
  const regel = regelVoor(soort, beleid);
  let begin: IsoDate;
  if (regel.vanaf === "aanmaak") begin = item.aangemaaktOp;
  else if (regel.vanaf === "laatste_wijziging") begin = item.gewijzigdOp;
  else {
    if (client.uitZorgOp === null) return { magWeg: false, reden: NOG_IN_ZORG_REDEN(regel.jaren) };
    vereisDatum(client.uitZorgOp, "uit zorg op");
    begin = client.uitZorgOp;
  }
  const bewarenTot = addCalendarMonths(begin, regel.jaren * 12);
  if (compare(vandaag, bewarenTot) >= 0) return { magWeg: true };
  return { magWeg: false, reden: bewaarReden(soort, regel.jaren), bewarenTot };
}

export type PlanRegel<T extends BewaarItem> = { item: T; uitkomst: BewaarUitkomst };

/**
 * The erasure plan for all items of one client: first the records with a retention rule, then
 * personalia and contact, which stay when anything else is kept.
 */
export function verwijderplan<T extends BewaarItem>(
  items: readonly T[],
  client: BewaarClient,
  vandaag: IsoDate,
  beleid: Bewaarbeleid = {},
): PlanRegel<T>[] {
  const uitkomsten = new Map<T, BewaarUitkomst>();
  for (const item of items) {
    if (bewaarSoort(item) !== null) uitkomsten.set(item, bewaarUitkomst(item, client, vandaag, beleid));
  }
  const ietsBewaard = [...uitkomsten.values()].some((u) => !u.magWeg);
  for (const item of items) {
    if (bewaarSoort(item) === null) {
      uitkomsten.set(item, bewaarUitkomst(item, client, vandaag, beleid, { nodigVoorBewaardDossier: ietsBewaard }));
    }
  }
  return items.map((item) => ({ item, uitkomst: uitkomsten.get(item)! }));
}
