/**
 * Erasure at the client's request (WGBO art. 7:455 BW, AVG art. 17; docs/decisions/022): the plan
 * for one request from the database (what goes, what is kept and on which ground), and whether the
 * signed partial refusal for what is kept exists. Read only; staff's choices that shape the plan
 * are in verwijdering.server.ts. The rules themselves are pure: app/domain/bewaring.ts.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/db.server";
import { besluiten, bewaarUitzonderingen, clienten, dossierItems, organisatie, verzoeken } from "../../db/schema";
import { BehandelFout } from "../domain/behandeling";
import {
  BEWAAR_CATEGORIEEN,
  grondenVanPlan,
  isVerwijderGrond,
  verwijderplan,
  type BewaarCategorie,
  type BewaarUitkomst,
  type PlanRegel,
  type Uitzondering,
  type VerwijderGrond,
} from "../domain/bewaring";
import { amsterdamDate, compare, type IsoDate } from "../domain/calendar";
import type { Reason, Tekst } from "../domain/request-state";

const ONDERTEKEND = ["ondertekend", "verzonden"];

export type PlanItem = {
  id: string;
  categorie: BewaarCategorie;
  titel: string;
  aangemaaktOp: IsoDate;
  gewijzigdOp: IsoDate;
  financieel: boolean;
  documentSleutel: string | null;
  externId: string | null;
};

export type CategorieUitkomst = {
  categorie: BewaarCategorie;
  verwijderd: number;
  afgeschermd: number;
  /** Why items stay (afgeschermd), each with its ground and the date they may go where known. */
  redenen: Array<Reason & { grond: VerwijderGrond; bewarenTot?: IsoDate; motivering?: string }>;
};

export type PlanVoorVerzoek = {
  omvang: "alles" | "deel";
  /** A partial erasure whose items staff have not matched yet: nothing can be decided or carried out. */
  selectieOntbreekt: boolean;
  regels: PlanRegel<PlanItem>[];
  categorieen: CategorieUitkomst[];
  /** The grounds the plan uses; each must be cited in the signed partial refusal. */
  gronden: VerwijderGrond[];
  uitzonderingen: Uitzondering[];
};

function aantal(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

/** The erasure's scope as the client asked: "deel" only when they said so. */
export function omvangVan(details: Record<string, unknown>): "alles" | "deel" {
  return details.omvang === "deel" ? "deel" : "alles";
}

export async function uitzonderingenVan(conn: DbOrTx, verzoekId: string): Promise<Uitzondering[]> {
  const rijen = await conn
    .select({
      categorie: bewaarUitzonderingen.categorie,
      grond: bewaarUitzonderingen.grond,
      motivering: bewaarUitzonderingen.motivering,
    })
    .from(bewaarUitzonderingen)
    .where(eq(bewaarUitzonderingen.verzoekId, verzoekId))
    .orderBy(asc(bewaarUitzonderingen.categorie));
  return rijen.flatMap((r) =>
    isVerwijderGrond(r.grond) && (BEWAAR_CATEGORIEEN as readonly string[]).includes(r.categorie)
      ? [{ categorie: r.categorie as BewaarCategorie, grond: r.grond, motivering: r.motivering }]
      : [],
  );
}

/**
 * The plan of one erasure request on `vandaag`: the client's items in scope (all for a full
 * erasure, the chosen ones for a partial one), the saved retention policy, the client's hold and
 * staff's exceptions.
 */
export async function planVoorVerzoek(conn: DbOrTx, verzoekId: string, vandaag: IsoDate): Promise<PlanVoorVerzoek> {
  const [v] = await conn
    .select({
      id: verzoeken.id,
      clientId: verzoeken.clientId,
      details: verzoeken.details,
      selectie: verzoeken.verwijderSelectie,
    })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  if (!v?.clientId) throw new BehandelFout("client_verplicht", "Koppel het verzoek eerst aan een cliënt.");
  const [client] = await conn
    .select({ lopendeKlachtOfCalamiteit: clienten.lopendeKlachtOfCalamiteit, uitZorgOp: clienten.uitZorgOp })
    .from(clienten)
    .where(eq(clienten.id, v.clientId));
  if (!client) throw new BehandelFout("client_onbekend", "De gekoppelde cliënt bestaat niet meer.");
  const [org] = await conn
    .select({ bewaarbeleid: organisatie.bewaarbeleid })
    .from(organisatie)
    .where(eq(organisatie.id, 1));
  const omvang = omvangVan(v.details);
  const selectie = v.selectie ?? null;
  const rijen = await conn
    .select({
      id: dossierItems.id,
      categorie: dossierItems.categorie,
      titel: dossierItems.titel,
      inhoud: dossierItems.inhoud,
      aangemaaktOp: dossierItems.aangemaaktOp,
      gewijzigdOp: dossierItems.gewijzigdOp,
      documentSleutel: dossierItems.documentSleutel,
      externId: dossierItems.externId,
    })
    .from(dossierItems)
    .where(eq(dossierItems.clientId, v.clientId))
    .orderBy(asc(dossierItems.categorie), asc(dossierItems.aangemaaktOp));
  // A partial erasure erases only what the client asked for (AVG art. 17 lid 1: "op verzoek").
  const inScope = omvang === "alles" ? rijen : rijen.filter((r) => selectie?.includes(r.id));
  const items: PlanItem[] = inScope.map((i) => ({
    id: i.id,
    categorie: i.categorie as BewaarCategorie,
    titel: i.titel,
    aangemaaktOp: amsterdamDate(i.aangemaaktOp),
    gewijzigdOp: amsterdamDate(i.gewijzigdOp),
    // A document is a financial record when the practice marked it so on import (inhoud.soort).
    financieel: i.categorie === "documenten" && i.inhoud.soort === "financieel",
    documentSleutel: i.documentSleutel,
    externId: i.externId,
  }));
  const uitzonderingen = await uitzonderingenVan(conn, v.id);
  const regels = verwijderplan(items, client, vandaag, org?.bewaarbeleid ?? {}, uitzonderingen);
  return {
    omvang,
    selectieOntbreekt: omvang === "deel" && (selectie === null || selectie.length === 0),
    regels,
    categorieen: perCategorie(regels),
    gronden: grondenVanPlan(regels),
    uitzonderingen,
  };
}

export function perCategorie(regels: readonly PlanRegel<PlanItem>[]): CategorieUitkomst[] {
  const map = new Map<BewaarCategorie, CategorieUitkomst>();
  for (const { item, uitkomst } of regels) {
    const c = map.get(item.categorie) ?? { categorie: item.categorie, verwijderd: 0, afgeschermd: 0, redenen: [] };
    if (uitkomst.magWeg) c.verwijderd += 1;
    else {
      c.afgeschermd += 1;
      const u = uitkomst as BewaarUitkomst & { magWeg: false };
      const bestaand = c.redenen.find((r) => r.code === u.reden.code);
      if (!bestaand) {
        c.redenen.push({
          ...u.reden,
          grond: u.grond,
          ...(u.bewarenTot ? { bewarenTot: u.bewarenTot } : {}),
          ...(u.motivering ? { motivering: u.motivering } : {}),
        });
      } else if (u.bewarenTot && bestaand.bewarenTot && compare(u.bewarenTot, bestaand.bewarenTot) > 0) {
        // The category can go when its last item may go; no date (a hold) wins over any date.
        bestaand.bewarenTot = u.bewarenTot;
      } else if (!u.bewarenTot) {
        delete bestaand.bewarenTot;
      }
    }
    map.set(item.categorie, c);
  }
  return [...map.values()];
}

/** Plain summary for the timeline and the client's e-mail: what was destroyed, what is kept and why. */
export function vatSamen(categorieen: readonly CategorieUitkomst[]): Tekst {
  const weg = categorieen.reduce((s, c) => s + c.verwijderd, 0);
  const blijft = categorieen.reduce((s, c) => s + c.afgeschermd, 0);
  const redenen = new Map<string, Reason>();
  for (const c of categorieen) for (const r of c.redenen) redenen.set(r.code, r);
  const nl = [`${aantal(weg, "gegeven", "gegevens")} vernietigd.`];
  const en = [`${weg} ${weg === 1 ? "item" : "items"} destroyed.`];
  if (blijft > 0) {
    // The reason that decides first (a hold), then the others, the consequence (linking) last.
    const volgorde = (r: Reason) =>
      r.code === "lopende_klacht_of_calamiteit" ? 0 : r.code === "nodig_voor_bewaard_dossier" ? 2 : 1;
    const lijst = [...redenen.values()].sort((a, b) => volgorde(a) - volgorde(b));
    nl.push(
      `${aantal(blijft, "gegeven", "gegevens")} bewaard en afgeschermd omdat: ${lijst.map((r) => r.nl).join("; ")}.`,
    );
    en.push(
      `${blijft} ${blijft === 1 ? "item" : "items"} kept and restricted because: ${lijst.map((r) => r.en).join("; ")}.`,
    );
  }
  return { nl: nl.join(" "), en: en.join(" ") };
}

/**
 * Docs/decisions/022: whatever the plan keeps needs a partial refusal signed by the directie that
 * cites every ground used. Returns null when the plan may be carried out, else the reason.
 */
export async function deelafwijzingOntbreekt(
  conn: DbOrTx,
  verzoekId: string,
  plan: Pick<PlanVoorVerzoek, "gronden">,
): Promise<null | "deelafwijzing_vereist" | "verwijdergrond_ontbreekt"> {
  if (plan.gronden.length === 0) return null;
  const getekend = await conn
    .select({ gronden: besluiten.gronden })
    .from(besluiten)
    .where(
      and(
        eq(besluiten.verzoekId, verzoekId),
        eq(besluiten.soort, "gedeeltelijke_afwijzing"),
        inArray(besluiten.status, ONDERTEKEND),
      ),
    );
  if (getekend.length === 0) return "deelafwijzing_vereist";
  const genoemd = new Set(getekend.flatMap((b) => b.gronden));
  return plan.gronden.every((g) => genoemd.has(g)) ? null : "verwijdergrond_ontbreekt";
}
