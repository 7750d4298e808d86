/**
 * Erasure at the client's request (WGBO art. 7:455 BW, AVG art. 17; docs/decisions/022): staff's two
 * choices while the request is in behandeling: which items a partial erasure covers
 * (`details.omvang = "deel"`), and per category an exception of the law that keeps a part (then the
 * decision is a partial refusal the directie signs). The plan itself: verwijderplan.server.ts.
 */
import { and, eq, inArray } from "drizzle-orm";
import { bewaarUitzonderingen, dossierItems } from "../../db/schema";
import { BehandelFout } from "../domain/behandeling";
import { BEWAAR_CATEGORIEEN, isVerwijderGrond } from "../domain/bewaring";
import { bevatBsn } from "../domain/intake";
import {
  auditStap,
  behandelStap,
  medewerkerActor,
  werkVerzoekBij,
  type BehandelActor,
  type StapOpties,
  type StapResultaat,
} from "./behandeling.server";
import { voegGebeurtenisToe } from "./verzoeken.server";
import { omvangVan } from "./verwijderplan.server";
import { isUuid } from "../domain/id";

// ---------------------------------------------------------------------------------------------
// Staff's choices while the request is in behandeling
// ---------------------------------------------------------------------------------------------

function vereisInBehandeling(status: string, type: string): void {
  if (type !== "verwijdering") throw new BehandelFout("stap_niet_mogelijk", "Dit is geen verzoek om verwijdering.");
  if (status !== "in_behandeling") {
    throw new BehandelFout(
      "stap_niet_mogelijk",
      "Dit kan alleen zolang het verzoek in behandeling is, vóór het besluit.",
    );
  }
}

/**
 * A partial erasure: the items that match what the client asked for (`welkDeel`, in their words).
 * Only those are erased; the rest of the dossier is untouched.
 */
export async function kiesVerwijderSelectie(
  actor: BehandelActor,
  verzoekId: string,
  versie: number,
  itemIds: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  return behandelStap(actor, verzoekId, versie, opties, async (ctx) => {
    vereisInBehandeling(ctx.v.status, ctx.v.type);
    if (!ctx.v.clientId) throw new BehandelFout("client_verplicht", "Koppel het verzoek eerst aan een cliënt.");
    if (omvangVan(ctx.v.details) !== "deel") {
      throw new BehandelFout(
        "stap_niet_mogelijk",
        "De cliënt vraagt om verwijdering van alles; er valt niets te kiezen.",
      );
    }
    const lijst = Array.isArray(itemIds) ? itemIds : [];
    const ids = [...new Set(lijst.filter((i): i is string => typeof i === "string" && isUuid(i)))];
    if (ids.length === 0 || ids.length !== lijst.length) {
      throw new BehandelFout(
        "verwijder_selectie_leeg",
        "Kies ten minste één onderdeel dat de cliënt wil laten verwijderen.",
        "itemIds",
      );
    }
    const bestaand = await ctx.tx
      .select({ id: dossierItems.id, categorie: dossierItems.categorie })
      .from(dossierItems)
      .where(and(eq(dossierItems.clientId, ctx.v.clientId), inArray(dossierItems.id, ids)));
    if (bestaand.length !== ids.length) {
      throw new BehandelFout(
        "verwijder_selectie_leeg",
        "Een gekozen onderdeel bestaat niet bij deze cliënt.",
        "itemIds",
      );
    }
    const nieuweVersie = await werkVerzoekBij(ctx, { verwijderSelectie: ids });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "toelichting",
      gegevens: { bij: "verwijder_selectie", tekst: `${ids.length} onderdelen gekozen voor verwijdering.` },
      zichtbaarVoorClient: false,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(
      ctx,
      "verwijdering.selectie",
      { items: bestaand.map((b) => ({ id: b.id, categorie: b.categorie })) },
      { onderdeel: "dossier_items" },
    );
    return { versie: nieuweVersie };
  });
}

/**
 * Keep one category on a ground of the law, with a motivation of at least 20 characters (or
 * remove that exception with `grond: null`). WGBO art. 7:455 lid 2; AVG art. 17 lid 3 sub b, e.
 */
export async function zetBewaarUitzondering(
  actor: BehandelActor,
  verzoekId: string,
  versie: number,
  invoer: { categorie: unknown; grond: unknown; motivering?: unknown },
  opties: StapOpties = {},
): Promise<StapResultaat> {
  return behandelStap(actor, verzoekId, versie, opties, async (ctx) => {
    vereisInBehandeling(ctx.v.status, ctx.v.type);
    const categorie = invoer.categorie;
    if (typeof categorie !== "string" || !(BEWAAR_CATEGORIEEN as readonly string[]).includes(categorie)) {
      throw new BehandelFout("categorie_ongeldig", "Kies een soort gegevens.", "categorie");
    }
    if (invoer.grond === null || invoer.grond === "") {
      const nieuweVersie = await werkVerzoekBij(ctx, {});
      const weg = await ctx.tx
        .delete(bewaarUitzonderingen)
        .where(and(eq(bewaarUitzonderingen.verzoekId, ctx.v.id), eq(bewaarUitzonderingen.categorie, categorie)))
        .returning({ grond: bewaarUitzonderingen.grond });
      await auditStap(
        ctx,
        "verwijdering.uitzondering_weg",
        { categorie, grond: weg[0]?.grond ?? null },
        { onderdeel: "bewaar_uitzonderingen" },
      );
      return { versie: nieuweVersie };
    }
    if (!isVerwijderGrond(invoer.grond))
      throw new BehandelFout("grond_ongeldig", "Kies een grond uit de wet.", "grond");
    const motivering = typeof invoer.motivering === "string" ? invoer.motivering.trim() : "";
    if (motivering.length < 20) {
      throw new BehandelFout(
        "motivering_te_kort",
        "Schrijf op waarom dit deel bewaard moet blijven (ten minste 20 tekens).",
        "motivering",
      );
    }
    if (motivering.length > 2000)
      throw new BehandelFout("motivering_te_lang", "De motivering mag hoogstens 2000 tekens hebben.", "motivering");
    if (bevatBsn(motivering))
      throw new BehandelFout("bsn_niet_toegestaan", "Schrijf geen burgerservicenummer in de motivering.", "motivering");
    const nieuweVersie = await werkVerzoekBij(ctx, {});
    await ctx.tx
      .insert(bewaarUitzonderingen)
      .values({
        verzoekId: ctx.v.id,
        categorie,
        grond: invoer.grond,
        motivering,
        medewerkerId: ctx.ik.id,
        aangemaaktOp: ctx.nu,
      })
      .onConflictDoUpdate({
        target: [bewaarUitzonderingen.verzoekId, bewaarUitzonderingen.categorie],
        set: { grond: invoer.grond, motivering, medewerkerId: ctx.ik.id, aangemaaktOp: ctx.nu },
      });
    await auditStap(
      ctx,
      "verwijdering.uitzondering",
      { categorie, grond: invoer.grond },
      { onderdeel: "bewaar_uitzonderingen" },
    );
    return { versie: nieuweVersie };
  });
}
