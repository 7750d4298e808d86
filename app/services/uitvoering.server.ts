/**
 * Carrying out a granted request (fulfilment part B, AVG art. 16-19, 21 and 7 lid 3):
 * correction field by field, erasure within the retention rules (app/domain/bewaring.ts),
 * restriction (afscherming) and its lifting by the directie, an upheld objection, and the
 * withdrawal of a consent, plus the disclosure log write path that enforces the last three.
 *
 * Every use case runs in ONE transaction: the change, the timeline event, the recipients' letters
 * (app/services/ontvanger-meldingen.server.ts), the client's e-mail and the audit rows (last).
 * Request steps need status in_uitvoering, a matched client and the `versie` the staff member saw
 * (optimistic locking, docs/decisions/007); then the request goes to "afgerond".
 */
import type { AuditActie } from "../domain/audit-acties";
import { blokkadeTekst, identiteitsStand } from "./identiteit.server";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import {
  clienten,
  dossierItems,
  toestemmingen,
  verstrekkingen,
  verwerkingen,
  verwerkingStops,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { BehandelFout, VerzoekIntussenGewijzigd } from "../domain/behandeling";
import { isVerwijderGrond, type BewaarUitkomst, type Uitzondering, type VerwijderGrond } from "../domain/bewaring";
import { amsterdamDate, compare, daysBetween, isIsoDate, type IsoDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import { korteNaam } from "../domain/identiteit";
import { intrekkingIngang } from "../domain/toestemming";
import { transition, type Reason, type Tekst } from "../domain/request-state";
import { audit } from "./audit.server";
import { statusPaginaUrl } from "./berichten.server";
import { queueMail } from "./mail.server";
import { meldingenVanVerzoek, meldOntvangers, type OntvangerMeldingSoort } from "./ontvanger-meldingen.server";
import {
  verwijderBestanden,
  vernietigDossierItems,
  vernietigPakketSleutels,
  wisClientGerelateerd,
} from "./vernietigen.server";
import {
  deelafwijzingOntbreekt,
  omvangVan,
  planVoorVerzoek,
  uitzonderingenVan,
  vatSamen,
  type CategorieUitkomst,
} from "./verwijderplan.server";
import { vertelClientOverOpheffing, type OpheffingMelding } from "./afscherming-melding.server";
import {
  heffTussentijdseAfschermingOp,
  tussentijdseStand,
  type TussentijdseStand,
} from "./tussentijdse-afscherming.server";
import {
  uitgesteldeVerstrekkingen,
  vertelClientOverVerstrekking,
  type ClientMelding,
  type UitgesteldeVerstrekking,
} from "./verstrekking-melding.server";
import { clientMoetWordenGemeld, toetsUitstel } from "../domain/verstrekking";
import { voegGebeurtenisToe } from "./verzoeken.server";
import { behandelaarVan, behandelStap, verzoekVan, type BehandelActor, type Verzoek } from "./behandeling.server";
import { vereisBevoegdheid } from "./bevoegdheid.server";
import { isUuid } from "../domain/id";

// ---------------------------------------------------------------------------------------------
// Errors, actor, request
// ---------------------------------------------------------------------------------------------

export const UITVOERING_FOUT_CODES = [
  "geen_toegang",
  "niet_gevonden",
  "stap_niet_mogelijk",
  "geen_client",
  "verkeerd_type",
  "geen_wijzigingen",
  "item_onbekend",
  "item_afgeschermd",
  "veld_ongeldig",
  "waarde_te_lang",
  "dubbele_wijziging",
  "geen_items",
  "reden_verplicht",
  "reden_te_lang",
  "verwerking_onbekend",
  "bezwaar_niet_mogelijk",
  "toestemming_onbekend",
  "datum_ongeldig",
  "datum_voor_toestemming",
  "ontvanger_verplicht",
  "rechtsgrond_verplicht",
  "toestemming_verplicht",
  "verstrekking_geweigerd",
  "identiteit_onbevestigd",
  "vertegenwoordiging_onbevestigd",
  "verwijder_selectie_ontbreekt",
  "deelafwijzing_vereist",
  "verwijdergrond_ontbreekt",
] as const;
export type UitvoeringFoutCode = (typeof UITVOERING_FOUT_CODES)[number];

/** A refused execution step: BehandelFout's family (app/domain/behandeling.ts) with the execution's codes. */
export class UitvoeringFout extends BehandelFout<UitvoeringFoutCode> {}

/** The signed-in staff member (the session from app/http/sessie.server.ts, or any object with this shape). */
export type UitvoeringActor = BehandelActor;
export type UitvoeringOpties = { nu?: Date };

type Ik = { id: string; rol: "backoffice" | "directie" };

/** A staff member who handles requests (permission "verzoek.behandelen"). */
async function medewerkerVan(conn: DbOrTx, actor: UitvoeringActor): Promise<Ik> {
  const ik = await behandelaarVan(conn, actor);
  return { id: ik.id, rol: ik.actor };
}

/** Restricted data and lifting the restriction: permission "afscherming.opheffen" (the directie). */
async function vereisDirectie(conn: DbOrTx, actor: UitvoeringActor): Promise<Ik> {
  const ik = await vereisBevoegdheid(conn, actor, "afscherming.opheffen");
  return { id: ik.id, rol: "directie" };
}

type Ctx = { tx: Tx; ik: Ik; v: Verzoek & { clientId: string }; nu: Date; vandaag: IsoDate };

/** The request types each use case carries out. */
const TYPEN = {
  correctie: ["correctie"],
  verwijdering: ["verwijdering"],
  afscherming: ["afscherming", "verwijdering"],
  bezwaar: ["bezwaar"],
  intrekking: ["intrekking_toestemming"],
} as const;

/**
 * An execution step: behandeling's one step helper (who acts, the request, the version check, one
 * transaction), then what every execution needs: status in_uitvoering, the right request type, a
 * matched client and the identity gate again.
 */
async function stap<T>(
  actor: UitvoeringActor,
  verzoekId: string,
  verwachteVersie: number,
  typen: readonly string[],
  opties: UitvoeringOpties,
  werk: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  return behandelStap(actor, verzoekId, verwachteVersie, opties, async ({ tx, ik, v, nu, vandaag }) => {
    if (v.status !== "in_uitvoering") {
      throw new UitvoeringFout(
        "stap_niet_mogelijk",
        "Dit verzoek is niet (meer) in uitvoering. Er is niets uit te voeren.",
      );
    }
    if (!typen.includes(v.type)) {
      throw new UitvoeringFout("verkeerd_type", "Deze stap hoort niet bij dit soort verzoek.");
    }
    if (!v.clientId) {
      throw new UitvoeringFout(
        "geen_client",
        "Koppel het verzoek eerst aan een cliënt. Pas dan kan het worden uitgevoerd.",
      );
    }
    // AVG art. 12 lid 6, docs/decisions/018: the grant's identity gate again, derived now (defense in depth).
    const identiteit = (await identiteitsStand(tx, v.id, nu))!;
    if (identiteit.blokkade) throw new UitvoeringFout(identiteit.blokkade, blokkadeTekst(identiteit));
    return werk({ tx, ik: { id: ik.id, rol: ik.actor }, v: { ...v, clientId: v.clientId }, nu, vandaag });
  });
}

/** Close the request (state machine: uitvoering_afronden) under the optimistic lock. */
async function rondAf(ctx: Ctx): Promise<number> {
  const naar = transition("in_uitvoering", "uitvoering_afronden", ctx.ik.rol);
  // Carried out: a temporary restriction while it was decided ends now, the filer told first (AVG art. 18 lid 3).
  await heffTussentijdseAfschermingOp(
    ctx.tx,
    ctx.v.id,
    "uitgevoerd",
    { soort: "medewerker", id: ctx.ik.id, rol: ctx.ik.rol },
    ctx.nu,
  );
  const rijen = await ctx.tx
    .update(verzoeken)
    .set({ status: naar, afgerondOp: ctx.nu, versie: sql`${verzoeken.versie} + 1`, bijgewerktOp: ctx.nu })
    .where(and(eq(verzoeken.id, ctx.v.id), eq(verzoeken.versie, ctx.v.versie)))
    .returning({ versie: verzoeken.versie });
  if (rijen.length === 0) throw new VerzoekIntussenGewijzigd();
  return rijen[0]!.versie;
}

/** Timeline "uitgevoerd" (visible to the client) and the client's e-mail. */
async function meldUitgevoerd(
  ctx: Ctx,
  samenvatting: Tekst,
  ontvangersGemeld: number,
  gegevens: Record<string, unknown> = {},
): Promise<void> {
  await voegGebeurtenisToe(ctx.tx, {
    verzoekId: ctx.v.id,
    soort: "uitgevoerd",
    gegevens: { samenvatting, ontvangersGemeld, ...gegevens },
    zichtbaarVoorClient: true,
    actor: { soort: "medewerker", id: ctx.ik.id },
    op: ctx.nu,
  });
  const aan = ctx.v.accountEmail ?? ctx.v.indiener.email;
  if (!aan) return; // registered without e-mail: staff send the letter by post
  await queueMail(ctx.tx, {
    aan,
    sjabloon: "uitvoering_klaar",
    data: {
      nummer: ctx.v.nummer,
      samenvatting: samenvatting[ctx.v.taal],
      ontvangersGemeld,
      url: statusPaginaUrl(ctx.v.nummer),
      // docs/decisions/018: a representative's mail names the person concerned, short.
      ...(ctx.v.indiener.relatie !== "zelf" ? { voor: korteNaam(ctx.v.betrokkene.naam) } : {}),
    },
    taal: ctx.v.taal,
    verzoekId: ctx.v.id,
    dedupSleutel: `uitgevoerd:${ctx.v.id}`,
  });
}

async function auditStap(
  ctx: Ctx,
  actie: AuditActie,
  onderdeel: string,
  details: Record<string, unknown>,
): Promise<void> {
  await audit(ctx.tx, {
    actorSoort: "medewerker",
    actorId: ctx.ik.id,
    rol: ctx.ik.rol,
    actie,
    clientId: ctx.v.clientId,
    verzoekId: ctx.v.id,
    onderdeel,
    details: { nummer: ctx.v.nummer, ...details },
  });
}

function aantal(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

export type StapResultaat = { versie: number };

// ---------------------------------------------------------------------------------------------
// Correctie / aanvulling (AVG art. 16)
// ---------------------------------------------------------------------------------------------

export type Wijziging = { dossierItemId: string; veld: string; nieuweWaarde: string };
const VELD = /^[\p{L}\p{N}_ -]{1,60}$/u;
const MAX_WAARDE = 10_000;

/**
 * Apply the requested changes field by field (a new field is an aanvulling); one audit row per
 * field with before and after; every earlier recipient is told once (art. 19).
 */
export async function voerCorrectieUit(
  actor: UitvoeringActor,
  verzoekId: string,
  versie: number,
  wijzigingen: Wijziging[],
  opties: UitvoeringOpties = {},
): Promise<StapResultaat> {
  return stap(actor, verzoekId, versie, TYPEN.correctie, opties, async (ctx) => {
    if (!Array.isArray(wijzigingen) || wijzigingen.length === 0) {
      throw new UitvoeringFout("geen_wijzigingen", "Geef ten minste één wijziging op.", "wijzigingen");
    }
    const gezien = new Set<string>();
    for (const w of wijzigingen) {
      if (typeof w?.dossierItemId !== "string" || !isUuid(w.dossierItemId)) {
        throw new UitvoeringFout(
          "item_onbekend",
          "Dit dossieronderdeel bestaat niet bij deze cliënt.",
          "dossierItemId",
        );
      }
      if (typeof w.veld !== "string" || !VELD.test(w.veld.trim())) {
        throw new UitvoeringFout(
          "veld_ongeldig",
          "Geef een geldige veldnaam op (letters, cijfers, spaties; hoogstens 60 tekens).",
          "veld",
        );
      }
      if (typeof w.nieuweWaarde !== "string" || w.nieuweWaarde.length > MAX_WAARDE) {
        throw new UitvoeringFout(
          "waarde_te_lang",
          `De nieuwe waarde mag hoogstens ${MAX_WAARDE} tekens hebben.`,
          "nieuweWaarde",
        );
      }
      const sleutel = `${w.dossierItemId}:${w.veld.trim()}`;
      if (gezien.has(sleutel))
        throw new UitvoeringFout("dubbele_wijziging", "Hetzelfde veld staat twee keer in de wijzigingen.", "veld");
      gezien.add(sleutel);
    }
    const ids = [...new Set(wijzigingen.map((w) => w.dossierItemId))];
    const items = await ctx.tx
      .select({
        id: dossierItems.id,
        categorie: dossierItems.categorie,
        inhoud: dossierItems.inhoud,
        afgeschermd: dossierItems.afgeschermd,
        afgeschermdVoorVerzoek: dossierItems.afgeschermdVoorVerzoek,
      })
      .from(dossierItems)
      .where(and(eq(dossierItems.clientId, ctx.v.clientId), inArray(dossierItems.id, ids)));
    const perId = new Map(items.map((i) => [i.id, i]));
    for (const id of ids) {
      const item = perId.get(id);
      if (!item)
        throw new UitvoeringFout(
          "item_onbekend",
          "Dit dossieronderdeel bestaat niet bij deze cliënt.",
          "dossierItemId",
        );
      // Restricted only while this very request is decided (art. 18 lid 1 sub a): the correction itself may change it.
      if (item.afgeschermd && item.afgeschermdVoorVerzoek !== ctx.v.id) {
        throw new UitvoeringFout(
          "item_afgeschermd",
          "Dit onderdeel is afgeschermd. Alleen de directie kan de afscherming opheffen.",
          "dossierItemId",
        );
      }
    }
    const regels: Array<{ dossierItemId: string; categorie: string; veld: string; voor: string | null; na: string }> =
      [];
    for (const id of ids) {
      const item = perId.get(id)!;
      const inhoud = { ...item.inhoud };
      for (const w of wijzigingen.filter((x) => x.dossierItemId === id)) {
        const veld = w.veld.trim();
        regels.push({
          dossierItemId: id,
          categorie: item.categorie,
          veld,
          voor: inhoud[veld] ?? null,
          na: w.nieuweWaarde,
        });
        inhoud[veld] = w.nieuweWaarde;
      }
      await ctx.tx.update(dossierItems).set({ inhoud, gewijzigdOp: ctx.nu }).where(eq(dossierItems.id, id));
    }
    const categorieen = [...new Set(regels.map((r) => r.categorie))];
    const gemeld = await meldOntvangers(ctx.tx, {
      verzoekId: ctx.v.id,
      clientId: ctx.v.clientId,
      soort: "correctie",
      categorieen,
      nu: ctx.nu,
    });
    const n = regels.length;
    await meldUitgevoerd(
      ctx,
      {
        nl: `${aantal(n, "gegeven", "gegevens")} in uw dossier ${n === 1 ? "is" : "zijn"} gecorrigeerd of aangevuld.`,
        en: `${n} ${n === 1 ? "item" : "items"} in your records ${n === 1 ? "was" : "were"} corrected or completed.`,
      },
      gemeld.filter((g) => g.nieuw).length,
    );
    const nieuweVersie = await rondAf(ctx);
    for (const r of regels) {
      await auditStap(ctx, "dossier.gecorrigeerd", `dossier_items.inhoud.${r.veld}`, {
        dossierItemId: r.dossierItemId,
        categorie: r.categorie,
        veld: r.veld,
        voor: r.voor,
        na: r.na,
      });
    }
    await auditStap(ctx, "verzoek.uitgevoerd", "verzoek", {
      type: ctx.v.type,
      velden: n,
      ontvangersGemeld: gemeld.length,
    });
    return { versie: nieuweVersie };
  });
}

// ---------------------------------------------------------------------------------------------
// Verwijdering: destruction at the client's request (AVG art. 17; WGBO art. 7:455 BW; decision 022)
// ---------------------------------------------------------------------------------------------

export type { CategorieUitkomst };
export type Verwijderplan = {
  uitgevoerd: boolean;
  /** As the client asked: everything, or the part staff matched (selectieOntbreekt until chosen). */
  omvang: "alles" | "deel";
  selectieOntbreekt: boolean;
  categorieen: CategorieUitkomst[];
  /** The grounds the plan keeps data on: each needs the signed partial refusal first. */
  gronden: VerwijderGrond[];
  uitzonderingen: Uitzondering[];
  /** Plain summary for letters and the timeline. */
  samenvatting: Tekst;
};

const DATUM_NL = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The reason stored with a kept item: why, and until when (art. 18: kept and restricted until its ground ends). */
function afschermTekst(uitkomst: BewaarUitkomst & { magWeg: false }): string {
  const tot = uitkomst.bewarenTot
    ? ` (bewaren tot ${DATUM_NL.format(new Date(`${uitkomst.bewarenTot}T00:00:00Z`))})`
    : "";
  return `${uitkomst.reden.nl}${tot}`;
}

function planFout(code: "deelafwijzing_vereist" | "verwijdergrond_ontbreekt"): UitvoeringFout {
  return code === "deelafwijzing_vereist"
    ? new UitvoeringFout(
        code,
        "Het verwijderplan bewaart een deel van de gegevens. Dat kan alleen na een gedeeltelijke afwijzing die de directie heeft ondertekend (artikel 7:455 lid 2 BW, artikel 12 lid 4 AVG).",
      )
    : new UitvoeringFout(
        code,
        "Het verwijderplan bewaart gegevens op een grond die de ondertekende gedeeltelijke afwijzing niet noemt. Er is een nieuw besluit nodig.",
      );
}

/**
 * The erasure plan per category, with grounds and reasons in NL and EN, for the staff page and the
 * decision letter. After execution it returns what was done (kept on the timeline event).
 */
export async function verwijderplan(
  actor: UitvoeringActor,
  verzoekId: string,
  opties: UitvoeringOpties = {},
): Promise<Verwijderplan> {
  const conn = db();
  await medewerkerVan(conn, actor);
  const v = await verzoekVan(conn, verzoekId);
  if (v.type !== "verwijdering") throw new UitvoeringFout("verkeerd_type", "Dit is geen verzoek om verwijdering.");
  if (!v.clientId) throw new UitvoeringFout("geen_client", "Koppel het verzoek eerst aan een cliënt.");
  const [gedaan] = await conn
    .select({ gegevens: verzoekGebeurtenissen.gegevens })
    .from(verzoekGebeurtenissen)
    .where(and(eq(verzoekGebeurtenissen.verzoekId, v.id), eq(verzoekGebeurtenissen.soort, "uitgevoerd")))
    .orderBy(desc(verzoekGebeurtenissen.id))
    .limit(1);
  const uitzonderingen = await uitzonderingenVan(conn, v.id);
  if (gedaan?.gegevens.plan) {
    const categorieen = gedaan.gegevens.plan as CategorieUitkomst[];
    const gronden = [...new Set(categorieen.flatMap((c) => c.redenen.map((r) => r.grond)))].filter(isVerwijderGrond);
    return {
      uitgevoerd: true,
      omvang: omvangVan(v.details),
      selectieOntbreekt: false,
      categorieen,
      gronden,
      uitzonderingen,
      samenvatting: vatSamen(categorieen),
    };
  }
  const p = await planVoorVerzoek(conn, v.id, amsterdamDate(opties.nu ?? new Date()));
  return {
    uitgevoerd: false,
    omvang: p.omvang,
    selectieOntbreekt: p.selectieOntbreekt,
    categorieen: p.categorieen,
    gronden: p.gronden,
    uitzonderingen: p.uitzonderingen,
    samenvatting: vatSamen(p.categorieen),
  };
}

/**
 * Carry out an erasure (WGBO art. 7:455 lid 1: destroy within three months): what no exception
 * covers is destroyed (dossier rows, their original files, the keys of this client's packages);
 * what an exception keeps is afgeschermd with its reason and date, and only after the directie
 * signed the partial refusal that cites every ground used. A full erasure that keeps nothing
 * also destroys the client's relations, consents and disclosure log (after telling the
 * recipients, art. 19) and reduces the client row to its clientnummer (docs/decisions/022).
 */
export async function voerVerwijderingUit(
  actor: UitvoeringActor,
  verzoekId: string,
  versie: number,
  opties: UitvoeringOpties = {},
): Promise<StapResultaat & { plan: Verwijderplan }> {
  const { resultaat, bestanden } = await stap(actor, verzoekId, versie, TYPEN.verwijdering, opties, async (ctx) => {
    const p = await planVoorVerzoek(ctx.tx, ctx.v.id, ctx.vandaag);
    if (p.selectieOntbreekt) {
      throw new UitvoeringFout(
        "verwijder_selectie_ontbreekt",
        "De cliënt vraagt om verwijdering van een deel. Er is niet vastgelegd welke onderdelen dat zijn.",
      );
    }
    const ontbreekt = await deelafwijzingOntbreekt(ctx.tx, ctx.v.id, p);
    if (ontbreekt) throw planFout(ontbreekt);
    const weg = p.regels.filter((r) => r.uitkomst.magWeg).map((r) => r.item);
    const blijft = p.regels.filter((r) => !r.uitkomst.magWeg);
    const wie = { clientId: ctx.v.clientId, verzoekId: ctx.v.id, nu: ctx.nu };
    // The one destruction path (vernietigen.server.ts): rows, tombstones, the files after the commit.
    const vernietigd = await vernietigDossierItems(ctx.tx, wie, weg);
    let grafstenen = vernietigd.grafstenen;
    for (const { item, uitkomst } of blijft) {
      if (uitkomst.magWeg) continue;
      await ctx.tx
        .update(dossierItems)
        .set({ afgeschermd: true, afschermReden: afschermTekst(uitkomst) })
        .where(eq(dossierItems.id, item.id));
    }
    // Export packages of this client: destroy the key, so the encrypted file is unreadable.
    const pakketBestanden = await vernietigPakketSleutels(ctx.tx, { clientId: ctx.v.clientId }, ctx.nu);
    const categorieen = p.categorieen;
    // Art. 19 AVG: recipients are told before their entries in the disclosure log may go.
    const gemeld = await meldOntvangers(ctx.tx, {
      verzoekId: ctx.v.id,
      clientId: ctx.v.clientId,
      soort: "verwijdering",
      categorieen: [...new Set(weg.map((i) => i.categorie))],
      nu: ctx.nu,
    });
    // Art. 19 AVG also covers the restriction: what is kept is afgeschermd, and each earlier
    // recipient of a kept category is told that (only the categories it received; decision 030).
    const bewaard = [...new Set(blijft.filter((r) => !r.uitkomst.magWeg).map((r) => r.item.categorie))];
    const gemeldAfgeschermd =
      bewaard.length > 0
        ? await meldOntvangers(ctx.tx, {
            verzoekId: ctx.v.id,
            clientId: ctx.v.clientId,
            soort: "afscherming",
            categorieen: bewaard,
            nu: ctx.nu,
          })
        : [];
    // A full erasure that keeps nothing: the rest of what we hold about the client goes too.
    const volledig = p.omvang === "alles" && blijft.length === 0;
    const gerelateerd = volledig ? await wisClientGerelateerd(ctx.tx, wie) : null;
    if (gerelateerd) grafstenen += gerelateerd.grafstenen;
    const samenvatting = vatSamen(categorieen);
    const nieuwGemeld = new Set(
      [...gemeld, ...gemeldAfgeschermd].filter((g) => g.nieuw).map((g) => g.ontvanger.toLowerCase()),
    );
    await meldUitgevoerd(ctx, samenvatting, nieuwGemeld.size, { plan: categorieen });
    const nieuweVersie = await rondAf(ctx);
    await auditStap(ctx, "dossier.verwijderd", "dossier_items", {
      omvang: p.omvang,
      verwijderd: weg.map((i) => ({ id: i.id, categorie: i.categorie, document: i.documentSleutel !== null })),
      afgeschermd: blijft.map((r) => ({
        id: r.item.id,
        categorie: r.item.categorie,
        grond: r.uitkomst.magWeg ? null : r.uitkomst.grond,
      })),
      pakkettenSleutelVernietigd: pakketBestanden.length,
      gewisteExterneIds: grafstenen,
      ontvangersGemeld: gemeld.length,
      ontvangersGemeldAfgeschermd: gemeldAfgeschermd.map((g) => ({
        ontvanger: g.ontvanger,
        categorieen: g.categorieen,
      })),
      // What stays of the client and why (docs/decisions/022): the row as a pseudonymous reference, or all of it to link what is kept.
      client: gerelateerd
        ? { gepseudonimiseerd: true, ...gerelateerd.aantallen }
        : {
            gepseudonimiseerd: false,
            reden: blijft.length > 0 ? "nodig_voor_bewaard_dossier" : "gedeeltelijke_verwijdering",
          },
    });
    const plan: Verwijderplan = {
      uitgevoerd: true,
      omvang: p.omvang,
      selectieOntbreekt: false,
      categorieen,
      gronden: p.gronden,
      uitzonderingen: p.uitzonderingen,
      samenvatting,
    };
    return { resultaat: { versie: nieuweVersie, plan }, bestanden: [...vernietigd.bestanden, ...pakketBestanden] };
  });
  // The original files of destroyed documents and the client's package files, once the transaction
  // has committed (the row, and with it every way to find the file, is gone already). A failure
  // leaves an orphan file that no row points to; it is reported, never silently kept.
  await verwijderBestanden(bestanden, "verwijdering");
  return resultaat;
}

// ---------------------------------------------------------------------------------------------
// Afscherming (AVG art. 18)
// ---------------------------------------------------------------------------------------------

function vereisReden(reden: unknown): string {
  const tekst = typeof reden === "string" ? reden.trim() : "";
  if (!tekst) throw new UitvoeringFout("reden_verplicht", "Schrijf op waarom de gegevens worden afgeschermd.", "reden");
  if (tekst.length > 500)
    throw new UitvoeringFout("reden_te_lang", "De reden mag hoogstens 500 tekens hebben.", "reden");
  return tekst;
}

/** Restrict the chosen items: hidden from staff views, exports and disclosures until the directie lifts it. */
export async function schermAf(
  actor: UitvoeringActor,
  verzoekId: string,
  versie: number,
  itemIds: string[],
  reden: string,
  opties: UitvoeringOpties = {},
): Promise<StapResultaat> {
  return stap(actor, verzoekId, versie, TYPEN.afscherming, opties, async (ctx) => {
    const ids = [...new Set(Array.isArray(itemIds) ? itemIds.filter((i) => typeof i === "string" && isUuid(i)) : [])];
    if (ids.length === 0 || ids.length !== new Set(itemIds).size) {
      throw new UitvoeringFout("geen_items", "Kies ten minste één dossieronderdeel om af te schermen.", "itemIds");
    }
    const tekst = vereisReden(reden);
    const items = await ctx.tx
      .update(dossierItems)
      .set({ afgeschermd: true, afschermReden: tekst })
      .where(
        and(
          eq(dossierItems.clientId, ctx.v.clientId),
          inArray(dossierItems.id, ids),
          eq(dossierItems.afgeschermd, false),
        ),
      )
      .returning({ id: dossierItems.id, categorie: dossierItems.categorie });
    if (items.length !== ids.length) {
      throw new UitvoeringFout(
        "item_onbekend",
        "Een gekozen onderdeel bestaat niet bij deze cliënt of is al afgeschermd.",
        "itemIds",
      );
    }
    const gemeld = await meldOntvangers(ctx.tx, {
      verzoekId: ctx.v.id,
      clientId: ctx.v.clientId,
      soort: "afscherming",
      categorieen: [...new Set(items.map((i) => i.categorie))],
      nu: ctx.nu,
    });
    const n = items.length;
    await meldUitgevoerd(
      ctx,
      {
        nl: `${aantal(n, "gegeven", "gegevens")} in uw dossier ${n === 1 ? "is" : "zijn"} afgeschermd. Medewerkers kunnen ${n === 1 ? "het" : "ze"} niet meer inzien of gebruiken.`,
        en: `${n} ${n === 1 ? "item" : "items"} in your records ${n === 1 ? "was" : "were"} restricted. Staff can no longer see or use ${n === 1 ? "it" : "them"}.`,
      },
      gemeld.filter((g) => g.nieuw).length,
    );
    const nieuweVersie = await rondAf(ctx);
    await auditStap(ctx, "dossier.afgeschermd", "dossier_items", {
      items: items.map((i) => ({ id: i.id, categorie: i.categorie })),
      reden: tekst,
      ontvangersGemeld: gemeld.length,
    });
    return { versie: nieuweVersie };
  });
}

export type AfgeschermdItem = {
  id: string;
  clientId: string;
  clientnummer: string;
  categorie: string;
  titel: string;
  afschermReden: string | null;
  gewijzigdOp: Date;
};

/** Directie only: the list of restricted items with their reasons (no content; opening one is audited). */
export async function afgeschermdeItems(actor: UitvoeringActor): Promise<AfgeschermdItem[]> {
  await vereisDirectie(db(), actor);
  return db()
    .select({
      id: dossierItems.id,
      clientId: dossierItems.clientId,
      clientnummer: clienten.clientnummer,
      categorie: dossierItems.categorie,
      titel: dossierItems.titel,
      afschermReden: dossierItems.afschermReden,
      gewijzigdOp: dossierItems.gewijzigdOp,
    })
    .from(dossierItems)
    .innerJoin(clienten, eq(clienten.id, dossierItems.clientId))
    .where(eq(dossierItems.afgeschermd, true))
    .orderBy(asc(clienten.clientnummer), asc(dossierItems.categorie));
}

/** Directie only: open one restricted item (logged, NEN 7513). */
export async function bekijkAfgeschermdItem(
  actor: UitvoeringActor,
  itemId: string,
): Promise<AfgeschermdItem & { inhoud: Record<string, string> }> {
  return db().transaction(async (tx) => {
    const ik = await vereisDirectie(tx, actor);
    const item = await afgeschermdItemVan(tx, itemId);
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: "directie",
      actie: "dossier.afgeschermd_bekeken",
      clientId: item.clientId,
      onderdeel: `dossier_items.${item.categorie}`,
      details: { dossierItemId: item.id },
    });
    return item;
  });
}

async function afgeschermdItemVan(tx: Tx, itemId: string) {
  const fout = new UitvoeringFout("item_onbekend", "Dit afgeschermde onderdeel bestaat niet (meer).");
  if (!isUuid(itemId)) throw fout;
  const [item] = await tx
    .select({
      id: dossierItems.id,
      clientId: dossierItems.clientId,
      clientnummer: clienten.clientnummer,
      categorie: dossierItems.categorie,
      titel: dossierItems.titel,
      afschermReden: dossierItems.afschermReden,
      gewijzigdOp: dossierItems.gewijzigdOp,
      inhoud: dossierItems.inhoud,
    })
    .from(dossierItems)
    .innerJoin(clienten, eq(clienten.id, dossierItems.clientId))
    .where(and(eq(dossierItems.id, itemId), eq(dossierItems.afgeschermd, true)));
  if (!item) throw fout;
  return item;
}

/**
 * Directie only: lift a restriction, with the reason. The client is told first (AVG art. 18 lid 3):
 * the message with the reason is queued in the same transaction ("per_post" when the record has no
 * e-mail address: staff send a letter). Audited with the reason it had and how the client was told.
 */
export async function heffAfschermingOp(
  actor: UitvoeringActor,
  itemId: string,
  reden: string,
  opties: UitvoeringOpties = {},
): Promise<{ client: OpheffingMelding }> {
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const ik = await vereisDirectie(tx, actor);
    const tekst = typeof reden === "string" ? reden.trim() : "";
    if (!tekst)
      throw new UitvoeringFout("reden_verplicht", "Schrijf op waarom de afscherming wordt opgeheven.", "reden");
    if (tekst.length > 500)
      throw new UitvoeringFout("reden_te_lang", "De reden mag hoogstens 500 tekens hebben.", "reden");
    const item = await afgeschermdItemVan(tx, itemId);
    const client = await vertelClientOverOpheffing(tx, {
      clientId: item.clientId,
      categorieen: [item.categorie],
      reden: tekst,
      dedupSleutel: `afscherming-opgeheven:${item.id}:${nu.toISOString()}`,
    });
    await tx
      .update(dossierItems)
      .set({ afgeschermd: false, afschermReden: null, afgeschermdVoorVerzoek: null })
      .where(eq(dossierItems.id, item.id));
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: "directie",
      actie: "dossier.afscherming_opgeheven",
      clientId: item.clientId,
      onderdeel: `dossier_items.${item.categorie}`,
      details: { dossierItemId: item.id, eerdereReden: item.afschermReden, reden: tekst, clientGemeld: client },
    });
    return { client };
  });
}

/**
 * The dossier as staff may see it: never afgeschermd items (AVG art. 18). Every staff dossier
 * view and export must read through this (or filter on afgeschermd = false itself).
 */
export async function zichtbaarDossier(conn: DbOrTx, clientId: string) {
  return conn
    .select({
      id: dossierItems.id,
      categorie: dossierItems.categorie,
      titel: dossierItems.titel,
      inhoud: dossierItems.inhoud,
      gewijzigdOp: dossierItems.gewijzigdOp,
    })
    .from(dossierItems)
    .where(and(eq(dossierItems.clientId, clientId), eq(dossierItems.afgeschermd, false)))
    .orderBy(asc(dossierItems.categorie), asc(dossierItems.aangemaaktOp));
}

// ---------------------------------------------------------------------------------------------
// Bezwaar (AVG art. 21)
// ---------------------------------------------------------------------------------------------

/** Has this processing stopped for this client on this date (an upheld objection)? */
export async function isVerwerkingGestopt(
  conn: DbOrTx,
  clientId: string,
  sleutel: string,
  datum: IsoDate,
): Promise<boolean> {
  const [rij] = await conn
    .select({ id: verwerkingStops.id })
    .from(verwerkingStops)
    .where(
      and(
        eq(verwerkingStops.clientId, clientId),
        eq(verwerkingStops.verwerkingSleutel, sleutel),
        lte(verwerkingStops.vanaf, datum),
      ),
    )
    .limit(1);
  return rij !== undefined;
}

/** Uphold an objection: the processing stops for this client from today. (A rejection is a refusal the directie signs.) */
export async function honoreerBezwaar(
  actor: UitvoeringActor,
  verzoekId: string,
  versie: number,
  verwerkingSleutel: string,
  opties: UitvoeringOpties = {},
): Promise<StapResultaat> {
  return stap(actor, verzoekId, versie, TYPEN.bezwaar, opties, async (ctx) => {
    const sleutel = typeof verwerkingSleutel === "string" ? verwerkingSleutel.trim() : "";
    const [verwerking] = sleutel
      ? await ctx.tx
          .select({ naam: verwerkingen.naam, bezwaarMogelijk: verwerkingen.bezwaarMogelijk })
          .from(verwerkingen)
          .where(eq(verwerkingen.sleutel, sleutel))
          .orderBy(desc(verwerkingen.versie))
          .limit(1)
      : [];
    if (!verwerking)
      throw new UitvoeringFout(
        "verwerking_onbekend",
        "Kies een verwerking uit het verwerkingsregister.",
        "verwerkingSleutel",
      );
    if (!verwerking.bezwaarMogelijk) {
      throw new UitvoeringFout(
        "bezwaar_niet_mogelijk",
        "Tegen deze verwerking is geen bezwaar mogelijk: die berust niet op artikel 6 lid 1 onder e of f AVG.",
        "verwerkingSleutel",
      );
    }
    await ctx.tx
      .insert(verwerkingStops)
      .values({ clientId: ctx.v.clientId, verwerkingSleutel: sleutel, vanaf: ctx.vandaag, verzoekId: ctx.v.id })
      .onConflictDoNothing();
    await meldUitgevoerd(
      ctx,
      {
        nl: `Wij hebben uw bezwaar ingewilligd. Wij stoppen met "${verwerking.naam}" voor u.`,
        en: `We have upheld your objection. We have stopped "${verwerking.naam}" for you.`,
      },
      0,
    );
    const nieuweVersie = await rondAf(ctx);
    await auditStap(ctx, "verwerking.gestopt", `verwerkingen.${sleutel}`, {
      verwerkingSleutel: sleutel,
      vanaf: ctx.vandaag,
    });
    return { versie: nieuweVersie };
  });
}

// ---------------------------------------------------------------------------------------------
// Intrekking toestemming (AVG art. 7 lid 3) and the disclosure log
// ---------------------------------------------------------------------------------------------

/**
 * Withdraw a consent (AVG art. 7 lid 3). It takes effect on the day the client withdrew it: the
 * day the request was received (`intrekkingIngang`), never a later date chosen by staff;
 * disclosures relying on it are refused from that day on.
 */
export async function trekToestemmingIn(
  actor: UitvoeringActor,
  verzoekId: string,
  versie: number,
  toestemmingId: string,
  opties: UitvoeringOpties = {},
): Promise<StapResultaat> {
  return stap(actor, verzoekId, versie, TYPEN.intrekking, opties, async (ctx) => {
    const [t] =
      typeof toestemmingId === "string" && isUuid(toestemmingId)
        ? await ctx.tx
            .select({
              id: toestemmingen.id,
              omschrijving: toestemmingen.omschrijving,
              gegevenOp: toestemmingen.gegevenOp,
              ingetrokkenOp: toestemmingen.ingetrokkenOp,
            })
            .from(toestemmingen)
            .where(and(eq(toestemmingen.id, toestemmingId), eq(toestemmingen.clientId, ctx.v.clientId)))
        : [];
    if (!t) throw new UitvoeringFout("toestemming_onbekend", "Kies een toestemming van deze cliënt.", "toestemmingId");
    let ingetrokkenOp: IsoDate;
    try {
      ingetrokkenOp = intrekkingIngang(t, ctx.v.ontvangenOp);
    } catch (e) {
      if (e instanceof DomainError)
        throw new UitvoeringFout(
          e.code === "datum_voor_toestemming" ? "datum_voor_toestemming" : "datum_ongeldig",
          e.message,
          "toestemmingId",
        );
      throw e;
    }
    await ctx.tx.update(toestemmingen).set({ ingetrokkenOp }).where(eq(toestemmingen.id, t.id));
    const datumNl = new Intl.DateTimeFormat("nl-NL", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${ingetrokkenOp}T00:00:00Z`));
    const datumEn = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${ingetrokkenOp}T00:00:00Z`));
    await meldUitgevoerd(
      ctx,
      {
        nl: `Uw toestemming "${t.omschrijving}" is ingetrokken vanaf ${datumNl}. Vanaf die datum delen wij op grond van deze toestemming geen gegevens meer.`,
        en: `Your consent "${t.omschrijving}" has been withdrawn from ${datumEn}. From that date we no longer share data based on this consent.`,
      },
      0,
    );
    const nieuweVersie = await rondAf(ctx);
    await auditStap(ctx, "toestemming.ingetrokken", "toestemmingen", { toestemmingId: t.id, per: ingetrokkenOp });
    return { versie: nieuweVersie };
  });
}

export type VerstrekkingToets = { ok: true } | { ok: false; reden: Reason };

/**
 * May a disclosure take place on `datum`? Refused when it relies on a consent not (yet, or no
 * longer) in force, includes an afgeschermd item, or uses a processing the client objected to.
 */
export async function magVerstrekken(
  conn: DbOrTx,
  vraag: {
    clientId: string;
    toestemmingId?: string | null;
    datum: IsoDate;
    itemIds?: string[];
    verwerkingSleutel?: string | null;
  },
): Promise<VerstrekkingToets> {
  if (vraag.toestemmingId) {
    const [t] = isUuid(vraag.toestemmingId)
      ? await conn
          .select({ gegevenOp: toestemmingen.gegevenOp, ingetrokkenOp: toestemmingen.ingetrokkenOp })
          .from(toestemmingen)
          .where(and(eq(toestemmingen.id, vraag.toestemmingId), eq(toestemmingen.clientId, vraag.clientId)))
      : [];
    if (!t) {
      return {
        ok: false,
        reden: {
          code: "toestemming_onbekend",
          nl: "Deze toestemming bestaat niet bij deze cliënt.",
          en: "This consent does not exist for this client.",
        },
      };
    }
    if (compare(vraag.datum, t.gegevenOp) < 0) {
      return {
        ok: false,
        reden: {
          code: "toestemming_nog_niet_gegeven",
          nl: "Op die datum was de toestemming nog niet gegeven.",
          en: "The consent had not yet been given on that date.",
        },
      };
    }
    // AVG art. 7 lid 3: from the date of withdrawal, nothing may be disclosed on this consent.
    if (t.ingetrokkenOp && compare(vraag.datum, t.ingetrokkenOp) >= 0) {
      return {
        ok: false,
        reden: {
          code: "toestemming_ingetrokken",
          nl: "De toestemming is op die datum ingetrokken.",
          en: "The consent had been withdrawn by that date.",
        },
      };
    }
  }
  if (vraag.itemIds && vraag.itemIds.length > 0) {
    const ids = vraag.itemIds.filter((i) => isUuid(i));
    const [afgeschermd] = ids.length
      ? await conn
          .select({ id: dossierItems.id })
          .from(dossierItems)
          .where(
            and(
              eq(dossierItems.clientId, vraag.clientId),
              inArray(dossierItems.id, ids),
              eq(dossierItems.afgeschermd, true),
            ),
          )
          .limit(1)
      : [];
    if (afgeschermd) {
      return {
        ok: false,
        reden: {
          code: "afgeschermd",
          nl: "Een van de gegevens is afgeschermd en mag niet worden verstrekt.",
          en: "Some of the data is restricted and may not be disclosed.",
        },
      };
    }
  }
  if (
    vraag.verwerkingSleutel &&
    (await isVerwerkingGestopt(conn, vraag.clientId, vraag.verwerkingSleutel, vraag.datum))
  ) {
    return {
      ok: false,
      reden: {
        code: "verwerking_gestopt",
        nl: "De cliënt heeft bezwaar gemaakt tegen deze verwerking; die is gestopt.",
        en: "The client objected to this processing; it has stopped.",
      },
    };
  }
  return { ok: true };
}

export type NieuweVerstrekking = {
  clientId: string;
  ontvanger: string;
  ontvangerEmail?: string | null;
  datum: IsoDate;
  rechtsgrond: string;
  toestemmingId?: string | null;
  categorieen: string[];
  omschrijving?: string;
  itemIds?: string[];
  verwerkingSleutel?: string | null;
  /**
   * Without consent only: why telling the client now would endanger people or property; empty =
   * the client is told at once (app/domain/verstrekking.ts, docs/decisions/023).
   */
  uitstelReden?: string | null;
};

/**
 * Record a disclosure in the log (AVG art. 19 / docs/recht.md "Ontvangers (art. 19)") after
 * `magVerstrekken` allows it, with audit. A disclosure without consent is told to the client in
 * the same transaction, unless staff record why that must wait (app/services/verstrekking-melding.server.ts).
 */
/**
 * The staff form on the execution page (decision 030): register a disclosure of the client this
 * request is linked to, through `registreerVerstrekking` (so every check and the message to the
 * client apply).
 */
export async function registreerVerstrekkingBijVerzoek(
  actor: UitvoeringActor,
  verzoekId: string,
  invoer: Omit<NieuweVerstrekking, "clientId">,
  opties: UitvoeringOpties = {},
): Promise<{ id: string; client: ClientMelding }> {
  if (!isUuid(verzoekId)) throw new UitvoeringFout("niet_gevonden", "Dit verzoek bestaat niet.");
  const [v] = await db().select({ clientId: verzoeken.clientId }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) throw new UitvoeringFout("niet_gevonden", "Dit verzoek bestaat niet.");
  if (!v.clientId) throw new UitvoeringFout("geen_client", "Koppel het verzoek eerst aan een cliënt.");
  return registreerVerstrekking(actor, { ...invoer, clientId: v.clientId }, opties);
}

export async function registreerVerstrekking(
  actor: UitvoeringActor,
  invoer: NieuweVerstrekking,
  opties: UitvoeringOpties = {},
): Promise<{ id: string; client: ClientMelding }> {
  return db().transaction(async (tx) => {
    const ik = await medewerkerVan(tx, actor);
    const ontvanger = typeof invoer.ontvanger === "string" ? invoer.ontvanger.trim() : "";
    if (!ontvanger) throw new UitvoeringFout("ontvanger_verplicht", "Vul de ontvanger in.", "ontvanger");
    const rechtsgrond = typeof invoer.rechtsgrond === "string" ? invoer.rechtsgrond.trim() : "";
    if (!rechtsgrond) throw new UitvoeringFout("rechtsgrond_verplicht", "Vul de rechtsgrond in.", "rechtsgrond");
    if (!isIsoDate(invoer.datum))
      throw new UitvoeringFout("datum_ongeldig", "Vul een geldige datum in, bijvoorbeeld 2026-11-22.", "datum");
    if (rechtsgrond === "toestemming" && !invoer.toestemmingId) {
      throw new UitvoeringFout(
        "toestemming_verplicht",
        "Kies de toestemming waarop deze verstrekking berust.",
        "toestemmingId",
      );
    }
    if (!isUuid(invoer.clientId)) {
      throw new UitvoeringFout("geen_client", "Deze cliënt bestaat niet.", "clientId");
    }
    const toets = await magVerstrekken(tx, invoer);
    if (!toets.ok)
      throw new UitvoeringFout(
        "verstrekking_geweigerd",
        `Deze verstrekking mag niet: ${toets.reden.nl}`,
        "toestemmingId",
      );
    const zonderToestemming = clientMoetWordenGemeld(invoer);
    const uitstel = toetsUitstel(invoer.uitstelReden, zonderToestemming);
    if (!uitstel.ok) throw new UitvoeringFout("reden_verplicht", uitstel.melding.nl, "uitstelReden");
    const [rij] = await tx
      .insert(verstrekkingen)
      .values({
        clientId: invoer.clientId,
        ontvanger,
        ontvangerEmail: invoer.ontvangerEmail?.trim() || null,
        datum: invoer.datum,
        rechtsgrond,
        toestemmingId: invoer.toestemmingId ?? null,
        categorieen: invoer.categorieen ?? [],
        omschrijving: invoer.omschrijving ?? "",
        clientMeldingUitgesteld: uitstel.reden,
      })
      .returning({ id: verstrekkingen.id });
    const client: ClientMelding = !zonderToestemming
      ? "niet_nodig"
      : uitstel.reden
        ? "uitgesteld"
        : await vertelClientOverVerstrekking(tx, rij!.id, opties.nu ?? new Date());
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: ik.rol,
      actie: "verstrekking.geregistreerd",
      clientId: invoer.clientId,
      onderdeel: "verstrekkingen",
      details: {
        verstrekkingId: rij!.id,
        datum: invoer.datum,
        rechtsgrond,
        categorieen: invoer.categorieen ?? [],
        client,
      },
    });
    return { id: rij!.id, client };
  });
}

// ---------------------------------------------------------------------------------------------
// The staff page's data
// ---------------------------------------------------------------------------------------------

export type UitvoeringOverzicht = {
  verzoek: {
    id: string;
    nummer: string;
    type: string;
    status: string;
    versie: number;
    details: Record<string, unknown>;
    ontvangenOp: string;
  };
  uitvoeringTermijn: IsoDate | null;
  /** Calendar days until the execution deadline (negative: overdue). */
  dagenOver: number | null;
  dossier: Awaited<ReturnType<typeof zichtbaarDossier>>;
  plan: Verwijderplan | null;
  /** Partial erasure: the items chosen so far (docs/decisions/022). */
  selectie: string[];
  toestemmingen: Array<{ id: string; omschrijving: string; gegevenOp: string; ingetrokkenOp: string | null }>;
  verwerkingen: Array<{ sleutel: string; naam: string }>;
  meldingen: Awaited<ReturnType<typeof meldingenVanVerzoek>>;
  /** The temporary restriction the client asked for during a correction or objection (decision 030). */
  tussentijds: TussentijdseStand & { kanNu: boolean; itemIds: string[] };
  /** Linked to a client: a disclosure of that client can be registered here. */
  gekoppeld: boolean;
  /** That client's disclosures whose message waits (docs/decisions/023), to send once the danger is over. */
  uitgesteld: UitgesteldeVerstrekking[];
};

/** What the execution page shows for one request (opening the dossier is logged, NEN 7513). */
export async function uitvoeringOverzicht(
  actor: UitvoeringActor,
  verzoekId: string,
  opties: UitvoeringOpties = {},
): Promise<UitvoeringOverzicht> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  const basis = await db().transaction(async (tx) => {
    const ik = await medewerkerVan(tx, actor);
    const v = await verzoekVan(tx, verzoekId);
    // Items restricted only while this request is decided stay in view here: the correction may change them (decision 030).
    const dossier = v.clientId
      ? [
          ...(await zichtbaarDossier(tx, v.clientId)),
          ...(await tx
            .select({
              id: dossierItems.id,
              categorie: dossierItems.categorie,
              titel: dossierItems.titel,
              inhoud: dossierItems.inhoud,
              gewijzigdOp: dossierItems.gewijzigdOp,
            })
            .from(dossierItems)
            .where(and(eq(dossierItems.clientId, v.clientId), eq(dossierItems.afgeschermdVoorVerzoek, v.id)))),
        ]
      : [];
    const tussentijds = await tussentijdseStand(tx, v);
    const tijdelijk = v.clientId
      ? await tx.select({ id: dossierItems.id }).from(dossierItems).where(eq(dossierItems.afgeschermdVoorVerzoek, v.id))
      : [];
    const ts = v.clientId
      ? await tx
          .select({
            id: toestemmingen.id,
            omschrijving: toestemmingen.omschrijving,
            gegevenOp: toestemmingen.gegevenOp,
            ingetrokkenOp: toestemmingen.ingetrokkenOp,
          })
          .from(toestemmingen)
          .where(eq(toestemmingen.clientId, v.clientId))
          .orderBy(asc(toestemmingen.gegevenOp))
      : [];
    const vw = await tx
      .selectDistinctOn([verwerkingen.sleutel], { sleutel: verwerkingen.sleutel, naam: verwerkingen.naam })
      .from(verwerkingen)
      .where(eq(verwerkingen.bezwaarMogelijk, true))
      .orderBy(asc(verwerkingen.sleutel), desc(verwerkingen.versie));
    const meldingen = await meldingenVanVerzoek(tx, v.id);
    const uitgesteld = v.clientId ? await uitgesteldeVerstrekkingen(tx, v.clientId) : [];
    if (
      v.clientId &&
      (v.type === "correctie" || v.type === "afscherming" || v.type === "verwijdering" || tussentijds.gevraagd)
    ) {
      await audit(tx, {
        actorSoort: "medewerker",
        actorId: ik.id,
        rol: ik.rol,
        actie: "dossier.bekeken",
        clientId: v.clientId,
        verzoekId: v.id,
        onderdeel: "dossier_items",
        details: { nummer: v.nummer, doel: "uitvoering" },
      });
    }
    return { v, dossier, ts, vw, meldingen, tussentijds, tijdelijk, uitgesteld };
  });
  const { v } = basis;
  const plan = v.type === "verwijdering" && v.clientId ? await verwijderplan(actor, v.id, { nu }) : null;
  return {
    verzoek: {
      id: v.id,
      nummer: v.nummer,
      type: v.type,
      status: v.status,
      versie: v.versie,
      details: v.details,
      ontvangenOp: v.ontvangenOp,
    },
    uitvoeringTermijn: v.uitvoeringTermijn,
    dagenOver: v.uitvoeringTermijn ? daysBetween(vandaag, v.uitvoeringTermijn) : null,
    dossier: basis.dossier,
    plan,
    selectie: v.verwijderSelectie ?? [],
    toestemmingen: basis.ts,
    verwerkingen: basis.vw,
    meldingen: basis.meldingen,
    tussentijds: {
      ...basis.tussentijds,
      kanNu:
        basis.tussentijds.gevraagd &&
        v.clientId !== null &&
        ["ontvangen", "in_behandeling", "wacht_op_client", "wacht_op_directie"].includes(v.status),
      itemIds: basis.tijdelijk.map((i) => i.id),
    },
    gekoppeld: v.clientId !== null,
    uitgesteld: basis.uitgesteld,
  };
}

export type { OntvangerMeldingSoort };
