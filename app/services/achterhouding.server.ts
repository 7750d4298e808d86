/**
 * Withholding parts of an inzage or portability answer (issue 6 item 1; docs/decisions/013).
 * The backoffice adds or removes a withholding while the request is in behandeling, under the
 * request's optimistic lock (docs/decisions/007, the same step as app/services/behandeling.server.ts):
 * the row, a staff-only timeline line and the audit row (last) commit together. Not after a
 * package was made or a decision was signed. The rules are in app/domain/achterhouding.ts.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { db, type DbOrTx } from "../../db/db.server";
import { besluiten, dossierItems, inzageAchterhoudingen, medewerkers, pakketten, verzoeken } from "../../db/schema";
import {
  AchterhoudingFout,
  achterhoudingsgrondenVoor,
  conceptDeelafwijzing,
  pakketNaAchterhouding,
  valideerAchterhouding,
  type AchterhoudingsGrond,
} from "../domain/achterhouding";
import { BehandelFout } from "../domain/behandeling";
import { mag } from "../domain/bevoegdheden";
import type { AchtergehoudenInBrief } from "../domain/besluitbrief";
import { amsterdamDate } from "../domain/calendar";
import { hoortInPakket, isPakketSoort } from "../domain/pakket";
import { audit } from "./audit.server";
import {
  auditStap,
  behandelaarVan,
  behandelStap,
  medewerkerActor,
  werkVerzoekBij,
  type BehandelActor,
  type BehandelContext,
  type StapOpties,
  type StapResultaat,
} from "./behandeling.server";
import { voegGebeurtenisToe } from "./verzoeken.server";
import { isUuid } from "../domain/id";

const ONDERTEKEND = ["ondertekend", "verzonden"];

/** The withholdings of a request, oldest first. */
export async function achterhoudingenVan(conn: DbOrTx, verzoekId: string) {
  return conn
    .select({
      id: inzageAchterhoudingen.id,
      dossierItemId: inzageAchterhoudingen.dossierItemId,
      veld: inzageAchterhoudingen.veld,
      grond: inzageAchterhoudingen.grond,
      toelichting: inzageAchterhoudingen.toelichting,
      aangemaaktOp: inzageAchterhoudingen.aangemaaktOp,
      door: medewerkers.naam,
      categorie: dossierItems.categorie,
      titel: dossierItems.titel,
      itemAangemaaktOp: dossierItems.aangemaaktOp,
    })
    .from(inzageAchterhoudingen)
    .innerJoin(dossierItems, eq(dossierItems.id, inzageAchterhoudingen.dossierItemId))
    .leftJoin(medewerkers, eq(medewerkers.id, inzageAchterhoudingen.medewerkerId))
    .where(eq(inzageAchterhoudingen.verzoekId, verzoekId))
    .orderBy(asc(inzageAchterhoudingen.aangemaaktOp), asc(inzageAchterhoudingen.id));
}

/** What the decision letter lists (app/domain/besluitbrief.ts): kind and ground, never the content. */
export async function achterhoudingenVoorBrief(conn: DbOrTx, verzoekId: string): Promise<AchtergehoudenInBrief[]> {
  const rijen = await achterhoudingenVan(conn, verzoekId);
  return rijen.map((r) => ({
    categorie: r.categorie,
    titel: r.titel,
    veld: r.veld,
    datum: amsterdamDate(r.itemAangemaaktOp),
    grond: r.grond,
  }));
}

/** Why withholdings cannot be changed now, or null (the rules of docs/decisions/013). */
async function waaromNietWijzigbaar(
  conn: DbOrTx,
  v: { id: string; type: string; status: string; clientId: string | null },
): Promise<null | "verkeerd_type" | "niet_gekoppeld" | "niet_meer_te_wijzigen"> {
  if (achterhoudingsgrondenVoor(v.type).length === 0) return "verkeerd_type";
  if (!v.clientId) return "niet_gekoppeld";
  if (v.status !== "in_behandeling") return "niet_meer_te_wijzigen";
  const [pakket] = await conn
    .select({ id: pakketten.id })
    .from(pakketten)
    .where(eq(pakketten.verzoekId, v.id))
    .limit(1);
  if (pakket) return "niet_meer_te_wijzigen";
  const [getekend] = await conn
    .select({ id: besluiten.id })
    .from(besluiten)
    .where(
      and(
        eq(besluiten.verzoekId, v.id),
        inArray(besluiten.status, ONDERTEKEND),
        inArray(besluiten.soort, ["gedeeltelijke_afwijzing", "afwijzing", "kennelijk_ongegrond"]),
      ),
    )
    .limit(1);
  return getekend ? "niet_meer_te_wijzigen" : null;
}

async function vereisWijzigbaar(ctx: BehandelContext): Promise<void> {
  // The backoffice drafts (docs/recht.md "Ondertekening"); the directie signs what it drafts.
  if (!mag(ctx.ik.rollen, "achterhouding.voorstellen")) {
    throw new AchterhoudingFout("geen_backoffice", "Alleen de backoffice houdt gegevens achter.");
  }
  const reden = await waaromNietWijzigbaar(ctx.tx, ctx.v);
  if (reden === "verkeerd_type") {
    throw new AchterhoudingFout(
      "verkeerd_type",
      "Achterhouden kan alleen bij een verzoek om inzage of dataportabiliteit.",
    );
  }
  if (reden === "niet_gekoppeld") throw new BehandelFout("niet_gekoppeld", "Koppel het verzoek eerst aan een cliënt.");
  if (reden === "niet_meer_te_wijzigen") {
    throw new AchterhoudingFout(
      "niet_meer_te_wijzigen",
      "Achterhouden kan alleen zolang het verzoek in behandeling is: niet meer als er een pakket is gemaakt of een besluit is ondertekend.",
    );
  }
}

/**
 * Withhold a whole dossier entry or one field of it. The entry must belong to the request's client
 * and be part of this answer (not afgeschermd; for portability only what may go in that package).
 */
export async function voegAchterhoudingToe(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: { dossierItemId?: unknown; veld?: unknown; grond?: unknown; toelichting?: unknown },
  opties: StapOpties = {},
): Promise<StapResultaat & { achterhoudingId: string }> {
  return behandelStap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    await vereisWijzigbaar(ctx);
    const itemId =
      typeof invoer?.dossierItemId === "string" && isUuid(invoer.dossierItemId) ? invoer.dossierItemId : null;
    const [rij] = itemId
      ? await ctx.tx
          .select()
          .from(dossierItems)
          .where(and(eq(dossierItems.id, itemId), eq(dossierItems.clientId, ctx.v.clientId!)))
      : [];
    const soort = ctx.v.type;
    const bestaande = await ctx.tx
      .select({ dossierItemId: inzageAchterhoudingen.dossierItemId, veld: inzageAchterhoudingen.veld })
      .from(inzageAchterhoudingen)
      .where(eq(inzageAchterhoudingen.verzoekId, ctx.v.id));
    const a = valideerAchterhouding(invoer ?? {}, {
      type: soort,
      item: rij
        ? {
            id: rij.id,
            categorie: rij.categorie,
            inhoud: rij.inhoud,
            inAntwoord: isPakketSoort(soort) && hoortInPakket(soort, rij),
          }
        : null,
      bestaande,
    });
    const versie = await werkVerzoekBij(ctx, {});
    const [nieuw] = await ctx.tx
      .insert(inzageAchterhoudingen)
      .values({ verzoekId: ctx.v.id, ...a, medewerkerId: ctx.ik.id, aangemaaktOp: ctx.nu })
      .returning({ id: inzageAchterhoudingen.id });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "achterhouding_toegevoegd",
      gegevens: { achterhoudingId: nieuw!.id, categorie: rij!.categorie, veld: a.veld, grond: a.grond },
      zichtbaarVoorClient: false,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(
      ctx,
      "inzage.achterhouding_toegevoegd",
      {
        achterhoudingId: nieuw!.id,
        dossierItemId: a.dossierItemId,
        veld: a.veld,
        grond: a.grond,
        toelichting: a.toelichting,
      },
      { onderdeel: rij!.categorie },
    );
    return { versie, achterhoudingId: nieuw!.id };
  });
}

/** Undo a withholding ("Ongedaan maken"): the part goes back into the answer. */
export async function maakAchterhoudingOngedaan(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: { achterhoudingId?: unknown },
  opties: StapOpties = {},
): Promise<StapResultaat> {
  return behandelStap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    await vereisWijzigbaar(ctx);
    const id =
      typeof invoer?.achterhoudingId === "string" && isUuid(invoer.achterhoudingId) ? invoer.achterhoudingId : null;
    const [rij] = id
      ? await ctx.tx
          .select()
          .from(inzageAchterhoudingen)
          .where(and(eq(inzageAchterhoudingen.id, id), eq(inzageAchterhoudingen.verzoekId, ctx.v.id)))
      : [];
    if (!rij)
      throw new AchterhoudingFout(
        "achterhouding_onbekend",
        "Deze achterhouding bestaat niet (meer). Laad de pagina opnieuw.",
      );
    const versie = await werkVerzoekBij(ctx, {});
    await ctx.tx.delete(inzageAchterhoudingen).where(eq(inzageAchterhoudingen.id, rij.id));
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "achterhouding_ongedaan",
      gegevens: { achterhoudingId: rij.id, veld: rij.veld, grond: rij.grond },
      zichtbaarVoorClient: false,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    // The audit keeps what the removed row said (the row itself is gone).
    await auditStap(
      ctx,
      "inzage.achterhouding_ongedaan",
      {
        achterhoudingId: rij.id,
        dossierItemId: rij.dossierItemId,
        veld: rij.veld,
        grond: rij.grond,
        toelichting: rij.toelichting,
      },
      { onderdeel: "dossier" },
    );
    return { versie };
  });
}

// ---------------------------------------------------------------- the staff page

export type AchterhoudingRegel = {
  id: string;
  dossierItemId: string;
  categorie: string;
  titel: string;
  veld: string | null;
  grond: string;
  toelichting: string;
  door: string | null;
  op: string;
};

export type AchterhoudingOverzicht = {
  versie: number;
  /** Why nothing can be changed now (null: staff may add and undo). */
  blokkade: null | "verkeerd_type" | "niet_gekoppeld" | "niet_meer_te_wijzigen" | "geen_backoffice";
  gronden: AchterhoudingsGrond[];
  /** The entries in this answer, per category order of the dossier. */
  items: {
    id: string;
    categorie: string;
    titel: string;
    velden: [string, string][];
    bestandsnaam: string | null;
    vastgelegd: string;
  }[];
  achterhoudingen: AchterhoudingRegel[];
  /** The partial refusal a withholding leads to (prefilled draft), while it can still be drafted. */
  concept: ReturnType<typeof conceptDeelafwijzing> | null;
  /** The draft or signed partial refusal, if any. */
  deelafwijzing: { status: string } | null;
  /** Package rule: with withholdings, a signed partial refusal first. */
  pakketBlokkade: null | "deelafwijzing_niet_ondertekend";
};

/**
 * What the staff page shows: the entries of this answer with their fields (staff read the dossier:
 * audited "dossier.bekeken", NEN 7513), the current withholdings, and what may be done now.
 * Null for a request that is not inzage or portability, or not matched to a client.
 */
export async function achterhoudingOverzicht(
  actor: BehandelActor,
  verzoekId: string,
  _opties: { nu?: Date } = {},
): Promise<AchterhoudingOverzicht | null> {
  if (!isUuid(verzoekId)) return null;
  return db().transaction(async (tx) => {
    const ik = await behandelaarVan(tx, actor);
    const rol = ik.actor;
    const [v] = await tx.select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
    if (!v || !isPakketSoort(v.type) || !v.clientId) return null;
    const soort = v.type;
    const items = (
      await tx
        .select()
        .from(dossierItems)
        .where(and(eq(dossierItems.clientId, v.clientId), eq(dossierItems.afgeschermd, false)))
        .orderBy(asc(dossierItems.categorie), asc(dossierItems.aangemaaktOp), asc(dossierItems.id))
    ).filter((i) => hoortInPakket(soort, i));
    const rijen = await achterhoudingenVan(tx, v.id);
    const besluitRijen = await tx
      .select({ soort: besluiten.soort, status: besluiten.status })
      .from(besluiten)
      .where(eq(besluiten.verzoekId, v.id))
      .orderBy(asc(besluiten.aangemaaktOp));
    const reden = await waaromNietWijzigbaar(tx, v);
    const blokkade = reden ?? (mag(ik.rollen, "achterhouding.voorstellen") ? null : "geen_backoffice");
    const deel =
      besluitRijen.filter((b) => b.soort === "gedeeltelijke_afwijzing" && b.status !== "vervallen").at(-1) ?? null;
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol,
      actie: "dossier.bekeken",
      clientId: v.clientId,
      verzoekId: v.id,
      onderdeel: "dossier",
      details: { nummer: v.nummer, doel: "achterhouding", aantalItems: items.length },
    });
    return {
      versie: v.versie,
      blokkade,
      gronden: achterhoudingsgrondenVoor(v.type),
      items: items.map((i) => ({
        id: i.id,
        categorie: i.categorie,
        titel: i.titel,
        velden: Object.entries(i.inhoud),
        bestandsnaam: i.bestandsnaam,
        vastgelegd: amsterdamDate(i.aangemaaktOp),
      })),
      achterhoudingen: rijen.map((r) => ({
        id: r.id,
        dossierItemId: r.dossierItemId,
        categorie: r.categorie,
        titel: r.titel,
        veld: r.veld,
        grond: r.grond,
        toelichting: r.toelichting,
        door: r.door,
        op: r.aangemaaktOp.toISOString(),
      })),
      concept:
        rijen.length > 0 && v.status === "in_behandeling" && blokkade === null
          ? conceptDeelafwijzing(rijen, v.taal)
          : null,
      deelafwijzing: deel ? { status: deel.status } : null,
      pakketBlokkade: pakketNaAchterhouding(rijen.length, besluitRijen),
    };
  });
}
