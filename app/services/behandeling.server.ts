/**
 * The backoffice's use cases on one request (docs/architectuur.md "Data flow of one request" steps 5-7): open it (and
 * log that, NEN 7513), claim and assign it, record identity and representation checks, pause the
 * clock with a question and resume it, write notes and messages, draft decisions and extension
 * proposals, register a withdrawal, close without a decision, finish the execution.
 *
 * Every step takes the acting staff member and checks their role and the request's state itself
 * (app/domain/behandeling.ts on top of the state machine in app/domain/request-state.ts), and runs
 * in ONE transaction: the change, its timeline event, the client's e-mail where the client must
 * hear of it, and the audit row (last). Every step is guarded by optimistic locking
 * (docs/decisions/007): it names the `versie` of the request the staff member saw; when the request
 * changed since, `VerzoekIntussenGewijzigd` is thrown and nothing is stored.
 */
import type { AuditActie } from "../domain/audit-acties";
import { and, arrayOverlaps, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import {
  accounts,
  auditLog,
  berichten,
  besluiten,
  clienten,
  identiteitscontroles,
  inzageAchterhoudingen,
  klokpauzes,
  medewerkers,
  verzoekGebeurtenissen,
  verzoeken,
  verwerkingen,
} from "../../db/schema";
import {
  afwijzingSchema,
  afwijzingsgronden,
  BehandelFout,
  beschikbareStappen,
  berichtSchema,
  controleerVerlengingMogelijk,
  hervatSchema,
  intrekkenSchema,
  kennelijkOngegrondSchema,
  kindGeraadpleegdSchema,
  legitimatieSchema,
  notitieSchema,
  parseStapInvoer,
  sluitenSchema,
  toewijzenSchema,
  behandelActor,
  verlengingSchema,
  VerzoekIntussenGewijzigd,
  vertegenwoordigingSchema,
  vraagSchema,
  type BehandelFoutCode,
  type BehandelStap,
} from "../domain/behandeling";
import { isKindUitkomst, toetsKindBijBesluit, type KindUitkomst } from "../domain/kindraadpleging";
import { bewijsPastBij, korteNaam, type IdentiteitBlokkade, type Identiteitsniveau } from "../domain/identiteit";
import { blokkadeTekst, identiteitsStand, werkIdentiteitBij, type IdentiteitsStand } from "./identiteit.server";
import { besluitBijAchterhoudingen, conceptDeelafwijzing } from "../domain/achterhouding";
import { isVerwijderGrond } from "../domain/bewaring";
import { planVoorVerzoek } from "./verwijderplan.server";
import { bezwaarGrondFout } from "../domain/bezwaar";
import { addDays, amsterdamDate, type IsoDate } from "../domain/calendar";
import { extensionAllowed, pausedDaysOf } from "../domain/deadlines";
import {
  isOpen,
  isVerzoekStatus,
  SLUIT_REDEN_TEKST,
  STATUS_LABELS,
  transition,
  type BesluitSoort,
  type SluitReden,
  type VerzoekStatus,
  type WeigeringsgrondCode,
} from "../domain/request-state";
import { isVerzoektype, type Verzoektype } from "../domain/request-types";
import { dossierBlokkade, GEEN_DOSSIER_TEKST } from "../domain/volgende-stap";
import { alias } from "drizzle-orm/pg-core";

/** The directie member who signed a decision (a second join on medewerkers). */
const ondertekenaar = alias(medewerkers, "ondertekenaar");
import { isBijlageVan } from "./bijlagen.server";
import { audit, verifyAuditChain, type AuditVerificatie } from "./audit.server";
import { statusPaginaUrl, stuurBericht } from "./berichten.server";
import { queueMail } from "./mail.server";
import {
  heffTussentijdseAfschermingOp,
  tussentijdseStand,
  type TussentijdseStand,
} from "./tussentijdse-afscherming.server";
import { herberekenTermijnen, voegGebeurtenisToe } from "./verzoeken.server";
import { isUuid } from "../domain/id";
import { BEVOEGDHEDEN, mag } from "../domain/bevoegdheden";
import { vereisBevoegdheid, type MedewerkerActor } from "./bevoegdheid.server";

// ---------------------------------------------------------------------------------------------
// The actor and the request
// ---------------------------------------------------------------------------------------------

/** The signed-in staff member (the session from app/http/sessie.server.ts, or any object with this shape). */
export type BehandelActor = MedewerkerActor;

export type StapOpties = { nu?: Date };

/** The staff member as stored now (roles can change after sign-in): active, allowed to handle requests. */
export type Ik = { id: string; naam: string; rollen: string[]; actor: "backoffice" | "directie" };

function nietGevonden(): BehandelFout {
  return new BehandelFout("niet_gevonden", "Dit verzoek bestaat niet.");
}

/** Every staff action on a request starts here: permission "verzoek.behandelen" (app/domain/bevoegdheden.ts). */
export async function behandelaarVan(conn: DbOrTx, actor: BehandelActor): Promise<Ik> {
  const ik = await vereisBevoegdheid(conn, actor, "verzoek.behandelen");
  return { id: ik.id, naam: ik.naam, rollen: ik.rollen, actor: behandelActor(ik.rollen)! };
}

/** The request a step is about, or BehandelFout "niet_gevonden". */
export async function verzoekVan(tx: DbOrTx, verzoekId: string) {
  if (!isUuid(verzoekId)) throw nietGevonden();
  const [v] = await tx
    .select({
      id: verzoeken.id,
      nummer: verzoeken.nummer,
      type: verzoeken.type,
      status: verzoeken.status,
      versie: verzoeken.versie,
      taal: verzoeken.taal,
      clientId: verzoeken.clientId,
      indiener: verzoeken.indiener,
      betrokkene: verzoeken.betrokkene,
      details: verzoeken.details,
      identiteit: verzoeken.identiteit,
      ontvangenOp: verzoeken.ontvangenOp,
      verlengd: verzoeken.verlengd,
      behandelaarId: verzoeken.behandelaarId,
      besluitOp: verzoeken.besluitOp,
      uitvoeringTermijn: verzoeken.uitvoeringTermijn,
      verwijderSelectie: verzoeken.verwijderSelectie,
      accountEmail: accounts.email,
    })
    .from(verzoeken)
    .leftJoin(accounts, eq(accounts.id, verzoeken.ingediendDoorAccountId))
    .where(eq(verzoeken.id, verzoekId));
  if (!v) throw nietGevonden();
  if (!isVerzoekStatus(v.status)) throw new Error(`Onbekende status in de database: "${v.status}".`);
  if (!isVerzoektype(v.type)) throw new Error(`Onbekend soort verzoek in de database: "${v.type}".`);
  return { ...v, status: v.status as VerzoekStatus, type: v.type as Verzoektype };
}

export type Verzoek = Awaited<ReturnType<typeof verzoekVan>>;
type Context = { tx: Tx; ik: Ik; v: Verzoek; nu: Date; vandaag: IsoDate };

/**
 * The one step helper for every staff action on a request (this module and
 * app/services/uitvoering.server.ts): in one transaction, who acts (from the database, permission
 * "verzoek.behandelen"), the request, and the version check. `werk` does the domain checks, then
 * `werkBij` first (the row lock), then the rest, audit last.
 */
async function stap<T>(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  opties: StapOpties,
  werk: (ctx: Context) => Promise<T>,
): Promise<T> {
  if (!Number.isSafeInteger(verwachteVersie) || verwachteVersie < 1) throw new VerzoekIntussenGewijzigd();
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const ik = await behandelaarVan(tx, actor);
    const v = await verzoekVan(tx, verzoekId);
    // Stale before anything else: another person's change must not be judged on old data.
    if (v.versie !== verwachteVersie) throw new VerzoekIntussenGewijzigd();
    return werk({ tx, ik, v, nu, vandaag: amsterdamDate(nu) });
  });
}

/**
 * The optimistic lock: update only when the row still has the version the staff member saw. On a
 * server a concurrent writer waits for our row lock and then finds the version moved: 0 rows.
 */
async function werkBij(ctx: Context, wijziging: Partial<typeof verzoeken.$inferInsert>): Promise<number> {
  const rijen = await ctx.tx
    .update(verzoeken)
    .set({ ...wijziging, versie: sql`${verzoeken.versie} + 1`, bijgewerktOp: ctx.nu })
    .where(and(eq(verzoeken.id, ctx.v.id), eq(verzoeken.versie, ctx.v.versie)))
    .returning({ versie: verzoeken.versie });
  if (rijen.length === 0) throw new VerzoekIntussenGewijzigd();
  return rijen[0]!.versie;
}

function stapNietMogelijk(tekst: string): BehandelFout {
  return new BehandelFout("stap_niet_mogelijk", tekst);
}

/** The state machine's verdict for a staff step; its refusals become "stap_niet_mogelijk". */
function overgang(
  ctx: Context,
  actie: Parameters<typeof transition>[1],
  details: Parameters<typeof transition>[3] = {},
): VerzoekStatus {
  try {
    return transition(ctx.v.status, actie, ctx.ik.actor, details);
  } catch (error) {
    if (error instanceof Error && "code" in error) {
      const code = (error as { code: string }).code;
      if (code === "toelichting_verplicht")
        throw new BehandelFout("toelichting_verplicht", error.message, "toelichting");
      if (code === "sluitreden_verplicht") throw new BehandelFout("sluitreden_verplicht", error.message, "sluitReden");
      throw stapNietMogelijk(error.message);
    }
    throw error;
  }
}

function vereisOpen(ctx: Context): void {
  if (!isOpen(ctx.v.status)) {
    throw stapNietMogelijk("Dit verzoek is afgesloten. Deze stap kan niet meer.");
  }
}

const medewerkerActor = (ik: Ik) => ({ soort: "medewerker" as const, id: ik.id });

async function auditStap(
  ctx: Context,
  actie: AuditActie,
  details: Record<string, unknown> = {},
  extra: { onderdeel?: string; clientId?: string | null } = {},
): Promise<void> {
  await audit(ctx.tx, {
    actorSoort: "medewerker",
    actorId: ctx.ik.id,
    rol: ctx.ik.actor,
    actie,
    clientId: extra.clientId === undefined ? ctx.v.clientId : extra.clientId,
    verzoekId: ctx.v.id,
    onderdeel: extra.onderdeel ?? "verzoek",
    details: { nummer: ctx.v.nummer, ...details },
  });
}

/** The client hears of a status change by e-mail (the content stays in the portal). */
async function mailStatus(ctx: Context, status: VerzoekStatus, nieuweVersie: number, toelichting?: string) {
  const aan = ctx.v.accountEmail ?? ctx.v.indiener.email;
  if (!aan) return; // a manual registration without an e-mail address: staff answer by letter
  await queueMail(ctx.tx, {
    aan,
    sjabloon: "status_gewijzigd",
    data: {
      nummer: ctx.v.nummer,
      statusLabel: STATUS_LABELS[status].client[ctx.v.taal],
      url: statusPaginaUrl(ctx.v.nummer),
      ...(toelichting ? { toelichting } : {}),
      // Docs/decisions/018: a representative's e-mail names the person concerned.
      ...(ctx.v.indiener.relatie !== "zelf" ? { voor: korteNaam(ctx.v.betrokkene.naam) } : {}),
    },
    taal: ctx.v.taal,
    verzoekId: ctx.v.id,
    dedupSleutel: `status:${ctx.v.id}:${nieuweVersie}`,
  });
}

async function sluitOpenPauzes(ctx: Context): Promise<number> {
  const rijen = await ctx.tx
    .update(klokpauzes)
    .set({ tot: ctx.vandaag })
    .where(and(eq(klokpauzes.verzoekId, ctx.v.id), isNull(klokpauzes.tot)))
    .returning({ id: klokpauzes.id });
  return rijen.length;
}

/** A staff-only timeline line with the staff member's own words (never shown to the client). */
async function interneToelichting(ctx: Context, bij: string, tekst: string) {
  await voegGebeurtenisToe(ctx.tx, {
    verzoekId: ctx.v.id,
    soort: "toelichting",
    gegevens: { bij, tekst },
    zichtbaarVoorClient: false,
    actor: medewerkerActor(ctx.ik),
    op: ctx.nu,
  });
}

function geschiktheidVan(
  details: Record<string, unknown>,
): { overlegMetKind: boolean; notitie?: string; tekst?: string } | null {
  const g = details.geschiktheid;
  if (!g || typeof g !== "object") return null;
  const r = g as Record<string, unknown>;
  return {
    overlegMetKind: r.overlegMetKind === true,
    ...(typeof r.notitie === "string" ? { notitie: r.notitie } : {}),
    ...(typeof r.tekst === "string" ? { tekst: r.tekst } : {}),
  };
}

export type StapResultaat = { versie: number };

/** For sibling services of the request page (achterhouding.server.ts, uitvoering.server.ts): the same locked step. */
export { stap as behandelStap, werkBij as werkVerzoekBij, auditStap, medewerkerActor };
export type { Context as BehandelContext };

/**
 * Docs/decisions/013: with withholdings on this request the decision must be a partial refusal
 * that cites every ground used (signed by the directie); a grant is refused.
 */
async function controleerAchterhoudingen(
  ctx: Context,
  besluit: { soort: string; gronden: readonly string[] },
): Promise<void> {
  const achterhoudingen = await ctx.tx
    .select({ grond: inzageAchterhoudingen.grond })
    .from(inzageAchterhoudingen)
    .where(eq(inzageAchterhoudingen.verzoekId, ctx.v.id));
  const probleem = besluitBijAchterhoudingen(besluit, achterhoudingen);
  if (probleem === "achterhouding_vraagt_deelafwijzing") {
    throw new BehandelFout(
      probleem,
      "U houdt een deel van de gegevens achter. Stel daarom een gedeeltelijke afwijzing op; de directie ondertekent die. Of maak de achterhouding ongedaan.",
    );
  }
  if (probleem === "achterhoudingsgrond_ontbreekt") {
    throw new BehandelFout(
      probleem,
      "Noem in de gedeeltelijke afwijzing elke grond waarop u gegevens achterhoudt.",
      "gronden",
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Claiming and assigning
// ---------------------------------------------------------------------------------------------

/**
 * Claim (oppakken): the staff member becomes the handler. From "ontvangen" this is the state
 * machine's step to "in_behandeling" (the client sees "Wij zijn met uw verzoek begonnen"); later
 * it only takes the request over from a colleague. Throws "al_behandelaar" when it is already theirs.
 */
export async function pakOp(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  _invoer: Record<string, never> = {},
  opties: StapOpties = {},
): Promise<StapResultaat> {
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    vereisOpen(ctx);
    if (ctx.v.behandelaarId === ctx.ik.id) {
      throw new BehandelFout("al_behandelaar", "U behandelt dit verzoek al.");
    }
    const naar = ctx.v.status === "ontvangen" ? overgang(ctx, "oppakken") : ctx.v.status;
    const versie = await werkBij(ctx, { status: naar, behandelaarId: ctx.ik.id });
    if (naar !== ctx.v.status) {
      await voegGebeurtenisToe(ctx.tx, {
        verzoekId: ctx.v.id,
        soort: "opgepakt",
        zichtbaarVoorClient: true,
        actor: medewerkerActor(ctx.ik),
        op: ctx.nu,
      });
      // The client hears of each status change (received → being handled).
      await mailStatus(ctx, naar, versie);
    }
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "toegewezen",
      gegevens: { aan: ctx.ik.id, naam: ctx.ik.naam },
      zichtbaarVoorClient: false,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(ctx, "verzoek.opgepakt", {
      van: ctx.v.status,
      naar,
      vorigeBehandelaar: ctx.v.behandelaarId,
    });
    return { versie };
  });
}

/** Assign the request to a colleague (an active backoffice or directie member). Status unchanged. */
export async function wijsToeAanCollega(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { medewerkerId } = parseStapInvoer(toewijzenSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    vereisOpen(ctx);
    const [collega] = await ctx.tx
      .select({ id: medewerkers.id, naam: medewerkers.naam, rollen: medewerkers.rollen, actief: medewerkers.actief })
      .from(medewerkers)
      .where(eq(medewerkers.id, medewerkerId));
    if (!collega?.actief || !mag(collega.rollen, "verzoek.behandelen")) {
      throw new BehandelFout(
        "collega_ongeldig",
        "Kies een collega uit de lijst: alleen actieve medewerkers van de backoffice of de directie.",
        "medewerkerId",
      );
    }
    if (ctx.v.behandelaarId === collega.id) {
      throw new BehandelFout("al_behandelaar", `${collega.naam} behandelt dit verzoek al.`, "medewerkerId");
    }
    const versie = await werkBij(ctx, { behandelaarId: collega.id });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "toegewezen",
      gegevens: { aan: collega.id, naam: collega.naam },
      zichtbaarVoorClient: false,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(ctx, "verzoek.toegewezen", { aan: collega.id, vorigeBehandelaar: ctx.v.behandelaarId });
    return { versie };
  });
}

// ---------------------------------------------------------------------------------------------
// Identity and representation
// ---------------------------------------------------------------------------------------------

/**
 * A legitimation check in person or by video (docs/recht.md "Identiteit"): stores ONLY how, the
 * document type, its last four characters and who checked; never a copy, never a BSN. The
 * request's identity becomes "gelegitimeerd"; the client sees "Uw identiteit is bevestigd".
 */
export async function legitimeer(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const controle = parseStapInvoer(legitimatieSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    vereisOpen(ctx);
    const versie = await werkBij(ctx, {});
    await ctx.tx.insert(identiteitscontroles).values({
      verzoekId: ctx.v.id,
      soort: "legitimatie",
      betreft: "indiener",
      wijze: controle.wijze,
      documentType: controle.documentType,
      laatsteVier: controle.laatsteVier,
      gecontroleerdDoor: ctx.ik.id,
      op: ctx.nu,
    });
    // Docs/decisions/018: the level is derived from the recorded check, never set by hand.
    await werkIdentiteitBij(ctx.tx, ctx.v.id, ctx.nu);
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "identiteit_bevestigd",
      gegevens: {},
      zichtbaarVoorClient: true,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(
      ctx,
      "identiteit.gelegitimeerd",
      { wijze: controle.wijze, documentType: controle.documentType, vorige: ctx.v.identiteit },
      { onderdeel: "identiteit" },
    );
    return { versie };
  });
}

/**
 * The representative's authority was checked (e.g. an extract of the custody register, a court
 * decision, a written authorisation): what was seen, in words; never a copy.
 */
export async function controleerVertegenwoordiging(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { bewijs, bewijsSoort, bijlageId } = parseStapInvoer(vertegenwoordigingSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    vereisOpen(ctx);
    if (ctx.v.indiener.relatie === "zelf") {
      throw new BehandelFout(
        "geen_vertegenwoordiger",
        "De betrokkene heeft dit verzoek zelf ingediend. Er is geen vertegenwoordiging te controleren.",
      );
    }
    // Docs/decisions/018: a gemachtigde shows a machtiging, a parent or guardian the authority, a mentor or curator the court decision.
    if (!bewijsPastBij(ctx.v.indiener.relatie, bewijsSoort)) {
      throw new BehandelFout(
        "bewijssoort_past_niet",
        "Dit bewijs past niet bij de vertegenwoordiging. Een gemachtigde laat een machtiging zien die de cliënt heeft ondertekend; een ouder met gezag of voogd het gezag (gezagsregister of uitspraak van de rechter); een mentor of curator de uitspraak van de rechter.",
        "bewijsSoort",
      );
    }
    // The file the representative sent (docs/decisions/032): only one of this request counts.
    if (bijlageId && !(await isBijlageVan(ctx.tx, ctx.v.id, bijlageId))) {
      throw new BehandelFout("bijlage_onbekend", "Dit bestand hoort niet bij dit verzoek.", "bijlageId");
    }
    const versie = await werkBij(ctx, {});
    await ctx.tx.insert(identiteitscontroles).values({
      verzoekId: ctx.v.id,
      soort: "vertegenwoordiging",
      betreft: "indiener",
      bewijsSoort,
      bijlageId: bijlageId ?? null,
      toelichting: bewijs,
      gecontroleerdDoor: ctx.ik.id,
      op: ctx.nu,
    });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "vertegenwoordiging_gecontroleerd",
      gegevens: { relatie: ctx.v.indiener.relatie },
      zichtbaarVoorClient: false,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(
      ctx,
      "identiteit.vertegenwoordiging_gecontroleerd",
      { relatie: ctx.v.indiener.relatie, bewijsSoort, ...(bijlageId ? { bijlageId } : {}) },
      { onderdeel: "identiteit" },
    );
    return { versie };
  });
}

/**
 * WGBO art. 7:465 BW (docs/recht.md "Vertegenwoordigers en minderjarigen"): a parent's request about
 * a child of 12-15; staff consult the child and record the outcome (child agrees, objects, or could
 * not be consulted, with a note for the last two; staff-only timeline event). Nothing is granted
 * before that (`controleerKind`, decision 030). Also possible when the child turned 12 after filing.
 */
export async function registreerKindGeraadpleegd(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { uitkomst, toelichting } = parseStapInvoer(kindGeraadpleegdSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    vereisOpen(ctx);
    const toets = await kindToets(ctx, "kind_stemt_in");
    const nodig = geschiktheidVan(ctx.v.details)?.overlegMetKind || (toets.ok && toets.raadplegingNodig);
    if (!nodig) {
      throw new BehandelFout(
        "geen_overleg_nodig",
        "Bij dit verzoek hoeft u niet met een kind van 12 tot 16 jaar te overleggen.",
      );
    }
    if ((await kindUitkomst(ctx)) !== null) {
      throw new BehandelFout("al_geraadpleegd", "U heeft al vastgelegd dat het kind is geraadpleegd.");
    }
    const versie = await werkBij(ctx, {});
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "kind_geraadpleegd",
      gegevens: toelichting ? { uitkomst, toelichting } : { uitkomst },
      zichtbaarVoorClient: false,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(ctx, "verzoek.kind_geraadpleegd", { uitkomst, toelichtingGegeven: Boolean(toelichting) });
    return { versie };
  });
}

/** The recorded outcome of consulting the child (the latest), or null. A record from before decision 030 has none. */
async function kindUitkomst(ctx: Context): Promise<KindUitkomst | null> {
  const rijen = await ctx.tx
    .select({ gegevens: verzoekGebeurtenissen.gegevens })
    .from(verzoekGebeurtenissen)
    .where(and(eq(verzoekGebeurtenissen.verzoekId, ctx.v.id), eq(verzoekGebeurtenissen.soort, "kind_geraadpleegd")))
    .orderBy(desc(verzoekGebeurtenissen.op));
  for (const r of rijen) {
    const u = (r.gegevens as Record<string, unknown> | null)?.uitkomst;
    if (isKindUitkomst(u)) return u;
  }
  return null;
}

/** The child's date of birth: the linked client record's, else as filed. */
async function geboortedatumVan(ctx: Context): Promise<string> {
  if (ctx.v.clientId) {
    const [c] = await ctx.tx
      .select({ geboortedatum: clienten.geboortedatum })
      .from(clienten)
      .where(eq(clienten.id, ctx.v.clientId));
    if (c) return c.geboortedatum;
  }
  return ctx.v.betrokkene.geboortedatum;
}

async function kindToets(ctx: Context, uitkomst?: KindUitkomst | null) {
  return toetsKindBijBesluit({
    relatie: ctx.v.indiener.relatie,
    geboortedatum: await geboortedatumVan(ctx),
    besluitdag: ctx.vandaag,
    type: ctx.v.type,
    uitkomst: uitkomst === undefined ? await kindUitkomst(ctx) : uitkomst,
  });
}

/**
 * WGBO art. 7:465 BW, on the day of the decision: a parent's request about a child of 12-15 is
 * granted (in full or in part) only after the consultation was recorded; from 16 the parent no
 * longer represents the child (app/domain/kindraadpleging.ts).
 */
async function controleerKind(ctx: Context): Promise<void> {
  const toets = await kindToets(ctx);
  if (!toets.ok) throw new BehandelFout(toets.reden.code as BehandelFoutCode, toets.reden.nl);
}

// ---------------------------------------------------------------------------------------------
// Questions, the clock, notes and messages
// ---------------------------------------------------------------------------------------------

/**
 * Ask the client for information we need (EDPB 01/2022 r.o. 159): the message (e-mailed as "new
 * message", content stays in the portal), a clock pause from today, status "wacht_op_client", the
 * timeline "vraag_gesteld" with the question as the reason. The clock restarts when the client
 * answers (app/services/mijn.server.ts `antwoordVanClient`) or when staff resume it (`hervat`).
 */
export async function stelVraag(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { tekst } = parseStapInvoer(vraagSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    const naar = overgang(ctx, "vraag_stellen", { toelichting: tekst });
    const versie = await werkBij(ctx, { status: naar });
    const bericht = await stuurBericht(ctx.tx, {
      verzoekId: ctx.v.id,
      van: "organisatie",
      auteur: { medewerkerId: ctx.ik.id },
      tekst,
      pauzeertKlok: true,
      nu: ctx.nu,
    });
    await ctx.tx.insert(klokpauzes).values({
      verzoekId: ctx.v.id,
      van: ctx.vandaag,
      reden: tekst,
      aangemaaktDoor: ctx.ik.id,
      aangemaaktOp: ctx.nu,
    });
    await herberekenTermijnen(ctx.tx, ctx.v.id, { nu: ctx.nu });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "vraag_gesteld",
      gegevens: { reden: tekst },
      zichtbaarVoorClient: true,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await auditStap(
      ctx,
      "verzoek.vraag_gesteld",
      { berichtId: bericht.id, van: ctx.v.status, naar, pauzeVan: ctx.vandaag },
      { onderdeel: "berichten" },
    );
    return { versie };
  });
}

/** Restart the clock without an answer (e.g. the information was found elsewhere); staff say why. */
export async function hervat(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat & { doelTermijn: string; gepauzeerdeDagen: number }> {
  const { toelichting } = parseStapInvoer(hervatSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    const naar = overgang(ctx, "hervatten", { toelichting });
    const versie = await werkBij(ctx, { status: naar });
    await sluitOpenPauzes(ctx);
    const termijnen = await herberekenTermijnen(ctx.tx, ctx.v.id, { nu: ctx.nu });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "hervat",
      gegevens: {
        hervatOp: ctx.vandaag,
        doelTermijn: termijnen.doelTermijn,
        wettelijkeTermijn: termijnen.wettelijkeTermijn,
        gepauzeerdeDagen: termijnen.gepauzeerdeDagen,
      },
      zichtbaarVoorClient: true,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await interneToelichting(ctx, "hervat", toelichting);
    await mailStatus(ctx, naar, versie);
    await auditStap(ctx, "verzoek.hervat", {
      van: ctx.v.status,
      naar,
      doelTermijn: termijnen.doelTermijn,
      gepauzeerdeDagen: termijnen.gepauzeerdeDagen,
    });
    return { versie, doelTermijn: termijnen.doelTermijn, gepauzeerdeDagen: termijnen.gepauzeerdeDagen };
  });
}

/** A staff-only note in the thread: never shown to the client, never mailed. */
export async function schrijfNotitie(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { tekst } = parseStapInvoer(notitieSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    vereisOpen(ctx);
    const versie = await werkBij(ctx, {});
    const bericht = await stuurBericht(ctx.tx, {
      verzoekId: ctx.v.id,
      van: "organisatie",
      auteur: { medewerkerId: ctx.ik.id },
      tekst,
      intern: true,
      nu: ctx.nu,
    });
    await auditStap(ctx, "notitie.toegevoegd", { berichtId: bericht.id }, { onderdeel: "berichten" });
    return { versie };
  });
}

/** A message to the client (no question: the clock keeps running). The e-mail says only that there is one. */
export async function stuurBerichtAanClient(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { tekst } = parseStapInvoer(berichtSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    vereisOpen(ctx);
    const versie = await werkBij(ctx, {});
    const bericht = await stuurBericht(ctx.tx, {
      verzoekId: ctx.v.id,
      van: "organisatie",
      auteur: { medewerkerId: ctx.ik.id },
      tekst,
      nu: ctx.nu,
    });
    await auditStap(
      ctx,
      "bericht.verstuurd",
      { berichtId: bericht.id, gemaild: bericht.mailId !== null },
      { onderdeel: "berichten" },
    );
    return { versie };
  });
}

// ---------------------------------------------------------------------------------------------
// Decisions and extension
// ---------------------------------------------------------------------------------------------

/**
 * Grant (besluit_toewijzen): no signature needed (docs/recht.md "Besluiten"). The decision is recorded as
 * sent today, the request goes to "in_uitvoering", execution deadlines are computed from today,
 * and the client is e-mailed. Refused below the identity level the type needs, and for a
 * representative without a recorded authority check that fits the relation (docs/decisions/018).
 */
export async function besluitToewijzen(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  _invoer: unknown = {},
  opties: StapOpties = {},
): Promise<StapResultaat & { besluitId: string }> {
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    const naar = overgang(ctx, "besluit_toewijzen");
    // AVG art. 12 lid 6: the level is derived again from the facts now (docs/decisions/018).
    const stand = (await identiteitsStand(ctx.tx, ctx.v.id, ctx.nu))!;
    if (stand.blokkade) throw new BehandelFout(stand.blokkade, blokkadeTekst(stand));
    // Without a linked dossier there is nothing to carry out or package (app/domain/volgende-stap.ts).
    if (dossierBlokkade(ctx.v.clientId)) throw new BehandelFout("geen_dossier", GEEN_DOSSIER_TEKST);
    await controleerKind(ctx);
    await controleerAchterhoudingen(ctx, { soort: "toewijzing", gronden: [] });
    if (ctx.v.type === "verwijdering") await controleerVerwijderplan(ctx, { soort: "toewijzing", gronden: [] });
    const versie = await werkBij(ctx, { status: naar, besluitOp: ctx.vandaag });
    const [besluit] = await ctx.tx
      .insert(besluiten)
      .values({
        verzoekId: ctx.v.id,
        soort: "toewijzing",
        status: "verzonden",
        opstellerId: ctx.ik.id,
        aangemaaktOp: ctx.nu,
        bijgewerktOp: ctx.nu,
      })
      .returning({ id: besluiten.id });
    const termijnen = await herberekenTermijnen(ctx.tx, ctx.v.id, { nu: ctx.nu });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "besluit",
      gegevens: { soort: "toewijzing", besluitId: besluit!.id },
      zichtbaarVoorClient: true,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await mailStatus(ctx, naar, versie);
    await auditStap(
      ctx,
      "besluit.toewijzing",
      { besluitId: besluit!.id, van: ctx.v.status, naar, uitvoeringTermijn: termijnen.uitvoeringTermijn },
      { onderdeel: "besluiten" },
    );
    return { versie, besluitId: besluit!.id };
  });
}

/** A draft that the directie signs (another part of the backoffice): status "ter_ondertekening". */
async function conceptTerOndertekening(
  ctx: Context,
  concept: { soort: BesluitSoort; gronden: WeigeringsgrondCode[]; motivering: string },
): Promise<StapResultaat & { besluitId: string }> {
  const naar = overgang(ctx, "concept_ter_ondertekening");
  const versie = await werkBij(ctx, { status: naar });
  const [besluit] = await ctx.tx
    .insert(besluiten)
    .values({
      verzoekId: ctx.v.id,
      soort: concept.soort,
      gronden: concept.gronden,
      motivering: concept.motivering,
      status: "ter_ondertekening",
      opstellerId: ctx.ik.id,
      aangemaaktOp: ctx.nu,
      bijgewerktOp: ctx.nu,
    })
    .returning({ id: besluiten.id });
  // Staff-only: the client's label says only that the directie reviews a decision.
  await voegGebeurtenisToe(ctx.tx, {
    verzoekId: ctx.v.id,
    soort: "concept_ter_ondertekening",
    gegevens: { soort: concept.soort, besluitId: besluit!.id, gronden: concept.gronden },
    zichtbaarVoorClient: false,
    actor: medewerkerActor(ctx.ik),
    op: ctx.nu,
  });
  await auditStap(
    ctx,
    "besluit.concept_ter_ondertekening",
    { besluitId: besluit!.id, soort: concept.soort, gronden: concept.gronden, van: ctx.v.status, naar },
    { onderdeel: "besluiten" },
  );
  return { versie, besluitId: besluit!.id };
}

/**
 * Draft a refusal or partial refusal (AVG art. 12 lid 4): one or more grounds that fit the
 * request type (`groundsFor`), a written motivation of at least 20 characters. It waits for the
 * directie's signature (four eyes: the drafter never signs).
 */
export async function stelAfwijzingOp(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat & { besluitId: string }> {
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    const { soort, gronden, motivering } = parseStapInvoer(afwijzingSchema(ctx.v.type), invoer);
    // A partial refusal grants the rest: the same gate as a grant (WGBO art. 7:465 BW).
    if (soort === "gedeeltelijke_afwijzing") await controleerKind(ctx);
    await controleerAchterhoudingen(ctx, { soort, gronden });
    if (ctx.v.type === "bezwaar") await controleerBezwaarGronden(ctx, gronden);
    if (ctx.v.type === "verwijdering") await controleerVerwijderplan(ctx, { soort, gronden });
    return conceptTerOndertekening(ctx, { soort, gronden, motivering });
  });
}

/**
 * Docs/decisions/022 (WGBO art. 7:455; AVG art. 12 lid 4): an erasure that keeps anything is a
 * partial refusal signed by the directie that cites every ground the plan keeps data on; a grant
 * keeps nothing. The erasure grounds never make a full refusal (nothing would be restricted).
 */
async function controleerVerwijderplan(
  ctx: Context,
  besluit: { soort: string; gronden: readonly string[] },
): Promise<void> {
  if (besluit.soort === "afwijzing") {
    if (besluit.gronden.some((g) => isVerwijderGrond(g))) {
      throw new BehandelFout(
        "verwijdering_vraagt_deelafwijzing",
        "Bij verwijdering wordt wat niet onder een uitzondering valt vernietigd, en wat bewaard blijft afgeschermd. Kies daarom een gedeeltelijke afwijzing.",
        "soort",
      );
    }
    return;
  }
  const plan = await planVoorVerzoek(ctx.tx, ctx.v.id, ctx.vandaag);
  if (plan.selectieOntbreekt) {
    throw new BehandelFout(
      "verwijder_selectie_ontbreekt",
      "De cliënt vraagt om verwijdering van een deel. Kies eerst welke onderdelen dat zijn.",
    );
  }
  if (besluit.soort === "toewijzing" && plan.gronden.length > 0) {
    throw new BehandelFout(
      "verwijdering_bewaart_gegevens",
      "Het verwijderplan bewaart een deel van de gegevens. Stel daarom een gedeeltelijke afwijzing op met de grond per soort gegevens; de directie ondertekent die.",
    );
  }
  if (besluit.soort === "gedeeltelijke_afwijzing") {
    if (plan.gronden.length === 0) {
      throw new BehandelFout(
        "verwijdering_niets_bewaard",
        "Het verwijderplan bewaart niets: alles wordt vernietigd. Wijs het verzoek toe.",
        "soort",
      );
    }
    const genoemd = new Set(besluit.gronden);
    if (plan.gronden.some((g) => !genoemd.has(g))) {
      throw new BehandelFout(
        "verwijdergrond_ontbreekt",
        "Noem in de gedeeltelijke afwijzing elke grond waarop het verwijderplan gegevens bewaart.",
        "gronden",
      );
    }
  }
}

/**
 * AVG art. 21 lid 1: the ground for refusing an objection must fit what the register says of the
 * processing objected to (the version the request names, else the one in force on receipt).
 */
async function controleerBezwaarGronden(ctx: Context, gronden: readonly string[]): Promise<void> {
  const genoemd = (ctx.v.details as { verwerking?: unknown }).verwerking;
  const sleutel =
    typeof genoemd === "string"
      ? genoemd
      : typeof (genoemd as { sleutel?: unknown })?.sleutel === "string"
        ? (genoemd as { sleutel: string }).sleutel
        : null;
  const versie =
    typeof (genoemd as { versie?: unknown })?.versie === "number" ? (genoemd as { versie: number }).versie : null;
  if (!sleutel) return;
  const [rij] = await ctx.tx
    .select({ bezwaarMogelijk: verwerkingen.bezwaarMogelijk })
    .from(verwerkingen)
    .where(
      versie !== null
        ? and(eq(verwerkingen.sleutel, sleutel), eq(verwerkingen.versie, versie))
        : and(eq(verwerkingen.sleutel, sleutel), sql`${verwerkingen.geldigVanaf} <= ${ctx.v.ontvangenOp}`),
    )
    .orderBy(desc(verwerkingen.versie))
    .limit(1);
  if (!rij) return;
  const fout = bezwaarGrondFout(gronden, rij.bezwaarMogelijk);
  if (fout === "bezwaar_wel_mogelijk") {
    throw new BehandelFout(
      fout,
      "Volgens het register is bezwaar tegen deze verwerking wel mogelijk: weeg het bezwaar af.",
      "gronden",
    );
  }
  if (fout === "bezwaar_niet_mogelijk") {
    throw new BehandelFout(
      fout,
      "Volgens het register is bezwaar tegen deze verwerking niet mogelijk (art. 21 AVG geldt niet).",
      "gronden",
    );
  }
}

/** AVG art. 12 lid 5: the request is manifestly unfounded or excessive; motivated, signed by the directie. */
export async function markeerKennelijkOngegrond(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat & { besluitId: string }> {
  const { motivering } = parseStapInvoer(kennelijkOngegrondSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, (ctx) =>
    conceptTerOndertekening(ctx, {
      soort: "kennelijk_ongegrond",
      gronden: ["kennelijk_ongegrond_of_buitensporig"],
      motivering,
    }),
  );
}

/**
 * Propose an extension by up to two months (AVG art. 12 lid 3) with its reasons, for the directie
 * to sign. Refused once the first month (from receipt plus paused days) has passed: the extension
 * must be announced within it.
 */
export async function stelVerlengingVoor(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat & { besluitId: string }> {
  const { reden } = parseStapInvoer(verlengingSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    if (ctx.v.verlengd) throw new BehandelFout("al_verlengd", "De termijn van dit verzoek is al verlengd.", "reden");
    const pauzes = await ctx.tx
      .select({ van: klokpauzes.van, tot: klokpauzes.tot })
      .from(klokpauzes)
      .where(eq(klokpauzes.verzoekId, ctx.v.id));
    const start = addDays(
      ctx.v.ontvangenOp,
      pausedDaysOf(
        ctx.v.ontvangenOp,
        pauzes.map((p) => ({ from: p.van, until: p.tot })),
        ctx.vandaag,
      ),
    );
    controleerVerlengingMogelijk(start, ctx.vandaag);
    return conceptTerOndertekening(ctx, { soort: "verlenging", gronden: [], motivering: reden });
  });
}

// ---------------------------------------------------------------------------------------------
// Ending a request
// ---------------------------------------------------------------------------------------------

/** Drafts that wait for a signature lapse when the request ends some other way. */
async function laatConceptenVervallen(ctx: Context): Promise<void> {
  await ctx.tx
    .update(besluiten)
    .set({ status: "vervallen", bijgewerktOp: ctx.nu })
    .where(and(eq(besluiten.verzoekId, ctx.v.id), inArray(besluiten.status, ["concept", "ter_ondertekening"])));
}

/**
 * The client withdrew by phone or letter; staff register it and note how and when (staff-only).
 * The client gets the e-mail "status_gewijzigd", as when they withdraw in the portal.
 */
export async function registreerIntrekking(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { toelichting } = parseStapInvoer(intrekkenSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    const naar = overgang(ctx, "intrekken", { toelichting });
    // The request ends: a temporary restriction while it was decided ends too, the filer told first (AVG art. 18 lid 3).
    await heffTussentijdseAfschermingOp(
      ctx.tx,
      ctx.v.id,
      "ingetrokken",
      { soort: "medewerker", id: ctx.ik.id, rol: ctx.ik.actor },
      ctx.nu,
    );
    const versie = await werkBij(ctx, { status: naar, afgerondOp: ctx.nu });
    await sluitOpenPauzes(ctx);
    await laatConceptenVervallen(ctx);
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "ingetrokken",
      gegevens: { geregistreerdDoorMedewerker: true },
      zichtbaarVoorClient: true,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await interneToelichting(ctx, "ingetrokken", toelichting);
    await mailStatus(ctx, naar, versie);
    await auditStap(ctx, "verzoek.ingetrokken", { van: ctx.v.status, naar, geregistreerdDoorMedewerker: true });
    return { versie };
  });
}

/**
 * Close without a decision (a duplicate, no rights request, made by mistake): the client reads
 * the reason (SLUIT_REDEN_TEKST) on the timeline and in the e-mail; staff's own words stay internal.
 */
export async function sluitZonderBesluit(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { sluitReden, toelichting } = parseStapInvoer(sluitenSchema, invoer);
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    const naar = overgang(ctx, "sluiten_zonder_besluit", { sluitReden, toelichting });
    // The request ends: a temporary restriction while it was decided ends too, the filer told first (AVG art. 18 lid 3).
    await heffTussentijdseAfschermingOp(
      ctx.tx,
      ctx.v.id,
      "gesloten",
      { soort: "medewerker", id: ctx.ik.id, rol: ctx.ik.actor },
      ctx.nu,
    );
    const versie = await werkBij(ctx, { status: naar, afgerondOp: ctx.nu });
    await sluitOpenPauzes(ctx);
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "gesloten",
      gegevens: { sluitReden },
      zichtbaarVoorClient: true,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await interneToelichting(ctx, "gesloten", toelichting);
    await mailStatus(ctx, naar, versie, SLUIT_REDEN_TEKST[sluitReden as SluitReden][ctx.v.taal]);
    await auditStap(ctx, "verzoek.gesloten_zonder_besluit", { van: ctx.v.status, naar, sluitReden });
    return { versie };
  });
}

/** The decision has been carried out: the request is done ("afgerond"), and the client is told. */
export async function rondUitvoeringAf(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  _invoer: unknown = {},
  opties: StapOpties = {},
): Promise<StapResultaat> {
  return stap(actor, verzoekId, verwachteVersie, opties, async (ctx) => {
    const naar = overgang(ctx, "uitvoering_afronden");
    // The request ends: a temporary restriction while it was decided ends too, the filer told first (AVG art. 18 lid 3).
    await heffTussentijdseAfschermingOp(
      ctx.tx,
      ctx.v.id,
      "uitgevoerd",
      { soort: "medewerker", id: ctx.ik.id, rol: ctx.ik.actor },
      ctx.nu,
    );
    const versie = await werkBij(ctx, { status: naar, afgerondOp: ctx.nu });
    await voegGebeurtenisToe(ctx.tx, {
      verzoekId: ctx.v.id,
      soort: "uitgevoerd",
      zichtbaarVoorClient: true,
      actor: medewerkerActor(ctx.ik),
      op: ctx.nu,
    });
    await mailStatus(ctx, naar, versie);
    await auditStap(ctx, "verzoek.uitgevoerd", { van: ctx.v.status, naar });
    return { versie };
  });
}

/** Every step of the detail page by its form name (the route calls exactly one). */
export const STAP_FUNCTIES = {
  oppakken: pakOp,
  toewijzen: wijsToeAanCollega,
  legitimatie: legitimeer,
  vertegenwoordiging: controleerVertegenwoordiging,
  kind_geraadpleegd: registreerKindGeraadpleegd,
  vraag_stellen: stelVraag,
  hervatten: hervat,
  notitie: schrijfNotitie,
  bericht: stuurBerichtAanClient,
  toewijzing: besluitToewijzen,
  afwijzing: stelAfwijzingOp,
  kennelijk_ongegrond: markeerKennelijkOngegrond,
  verlenging: stelVerlengingVoor,
  uitvoering_afronden: rondUitvoeringAf,
  intrekken: registreerIntrekking,
  sluiten_zonder_besluit: sluitZonderBesluit,
} satisfies Partial<
  Record<
    BehandelStap,
    (
      actor: BehandelActor,
      verzoekId: string,
      verwachteVersie: number,
      invoer: never,
      opties?: StapOpties,
    ) => Promise<StapResultaat>
  >
>;

// ---------------------------------------------------------------------------------------------
// Reading: the detail page and the audit view
// ---------------------------------------------------------------------------------------------

export type StaffTijdlijnItem = {
  id: number;
  soort: string;
  gegevens: Record<string, unknown>;
  op: string;
  zichtbaarVoorClient: boolean;
  /** client | medewerker | systeem */
  actorSoort: string;
  /** The staff member's name when a staff member did it. */
  door: string | null;
};

export type StaffBericht = {
  id: string;
  van: "client" | "organisatie";
  tekst: string;
  intern: boolean;
  pauzeertKlok: boolean;
  auteur: string | null;
  op: string;
};

export type Identiteitscontrole = {
  id: string;
  soort: string;
  betreft: string;
  wijze: string | null;
  documentType: string | null;
  laatsteVier: string | null;
  /** Representation: machtiging | gezagsregister | rechterlijke_uitspraak (null for a check recorded before decision 018). */
  bewijsSoort: string | null;
  /** The file the representative sent that this check was done with (docs/decisions/032). */
  bijlageId: string | null;
  toelichting: string;
  door: string | null;
  op: string;
};

export type BesluitRegel = {
  id: string;
  soort: string;
  status: string;
  gronden: string[];
  motivering: string;
  opsteller: string;
  op: string;
  /** Who signed it for the directie, and when (null until signed). */
  ondertekenaar: string | null;
  ondertekendOp: string | null;
};

export type VerzoekDetail = {
  id: string;
  nummer: string;
  type: Verzoektype;
  status: VerzoekStatus;
  kanaal: string;
  versie: number;
  taal: "nl" | "en";
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  uitvoeringTermijn: string | null;
  gepauzeerdeDagen: number;
  verlengd: boolean;
  verlengingReden: string | null;
  besluitOp: string | null;
  afgerondOp: string | null;
  /** The identity level derived now from the facts (docs/decisions/018). */
  identiteit: Identiteitsniveau;
  /** What the type needs, what is missing, and whether a representative's authority is still to be checked. */
  identiteitsStand: Pick<IdentiteitsStand, "vereist" | "tekort" | "blokkade"> & { vertegenwoordigingNodig: boolean };
  behandelaar: { id: string; naam: string } | null;
  ikBenBehandelaar: boolean;
  indiener: { naam: string; email: string; relatie: string };
  betrokkene: { naam: string; geboortedatum: string; email: string; clientnummer?: string; postcode?: string };
  /** The right's own details, without the eligibility notes. */
  details: Record<string, unknown>;
  geschiktheid: { overlegMetKind: boolean; notitie?: string; tekst?: string } | null;
  kindGeraadpleegd: boolean;
  /** What came out of consulting the child (WGBO art. 7:465 BW), or null when not recorded. */
  kindUitkomst: KindUitkomst | null;
  /** The consultation panel shows: at filing, or on today's date the child is 12-15 (or turned 16). */
  kindOverlegNodig: boolean;
  /** The client asked not to use the data meanwhile (AVG art. 18 lid 1 sub a/d; decision 030), and where it stands. */
  tussentijds: TussentijdseStand;
  client: { id: string; clientnummer: string; naam: string; geboortedatum: string; status: string } | null;
  openPauze: { van: string; reden: string } | null;
  pauzes: { van: string; tot: string | null; reden: string }[];
  tijdlijn: StaffTijdlijnItem[];
  identiteitscontroles: Identiteitscontrole[];
  berichten: StaffBericht[];
  besluiten: BesluitRegel[];
  /** The forms this staff member may use now. */
  stappen: BehandelStap[];
  collegas: { id: string; naam: string }[];
  afwijzingsgronden: WeigeringsgrondCode[];
  toewijzingGeblokkeerd:
    IdentiteitBlokkade | "geen_dossier" | "kind_niet_geraadpleegd" | "kind_inmiddels_16" | "achterhouding" | null;
  /** Parts of the answer withheld (docs/decisions/013); with any, the refusal form starts as this draft. */
  achterhoudingen: number;
  deelafwijzingConcept: { soort: "gedeeltelijke_afwijzing"; gronden: string[]; motivering: string } | null;
  /** AVG art. 12 lid 3: can an extension still be announced today? */
  verlengingMogelijk: boolean;
  vandaag: string;
};

/**
 * The request as staff see it, with everything the page shows. Opening it is logged (NEN 7513:
 * who, when, which request and client): audit "verzoek.bekeken", in the same transaction.
 */
export async function bekijkVerzoek(
  actor: BehandelActor,
  verzoekId: string,
  opties: StapOpties = {},
): Promise<VerzoekDetail> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  return db().transaction(async (tx) => {
    const ik = await behandelaarVan(tx, actor);
    if (!isUuid(verzoekId)) throw nietGevonden();
    const [v] = await tx
      .select({ verzoek: verzoeken, behandelaarNaam: medewerkers.naam })
      .from(verzoeken)
      .leftJoin(medewerkers, eq(medewerkers.id, verzoeken.behandelaarId))
      .where(eq(verzoeken.id, verzoekId));
    if (!v) throw nietGevonden();
    const r = v.verzoek;
    if (!isVerzoekStatus(r.status) || !isVerzoektype(r.type))
      throw new Error(`Onbekende status of soort in verzoek ${r.id}.`);

    const [client] = r.clientId
      ? await tx
          .select({
            id: clienten.id,
            clientnummer: clienten.clientnummer,
            voornamen: clienten.voornamen,
            tussenvoegsel: clienten.tussenvoegsel,
            achternaam: clienten.achternaam,
            geboortedatum: clienten.geboortedatum,
            status: clienten.status,
          })
          .from(clienten)
          .where(eq(clienten.id, r.clientId))
      : [];
    const pauzes = await tx
      .select({ van: klokpauzes.van, tot: klokpauzes.tot, reden: klokpauzes.reden })
      .from(klokpauzes)
      .where(eq(klokpauzes.verzoekId, r.id))
      .orderBy(asc(klokpauzes.van), asc(klokpauzes.aangemaaktOp));
    const gebeurtenissen = await tx
      .select({
        id: verzoekGebeurtenissen.id,
        soort: verzoekGebeurtenissen.soort,
        gegevens: verzoekGebeurtenissen.gegevens,
        op: verzoekGebeurtenissen.op,
        zichtbaarVoorClient: verzoekGebeurtenissen.zichtbaarVoorClient,
        actorSoort: verzoekGebeurtenissen.actorSoort,
        door: medewerkers.naam,
      })
      .from(verzoekGebeurtenissen)
      .leftJoin(
        medewerkers,
        and(
          eq(verzoekGebeurtenissen.actorSoort, "medewerker"),
          sql`${medewerkers.id}::text = ${verzoekGebeurtenissen.actorId}`,
        ),
      )
      .where(eq(verzoekGebeurtenissen.verzoekId, r.id))
      .orderBy(asc(verzoekGebeurtenissen.op), asc(verzoekGebeurtenissen.id));
    const controles = await tx
      .select({
        id: identiteitscontroles.id,
        soort: identiteitscontroles.soort,
        betreft: identiteitscontroles.betreft,
        wijze: identiteitscontroles.wijze,
        documentType: identiteitscontroles.documentType,
        laatsteVier: identiteitscontroles.laatsteVier,
        bewijsSoort: identiteitscontroles.bewijsSoort,
        bijlageId: identiteitscontroles.bijlageId,
        toelichting: identiteitscontroles.toelichting,
        door: medewerkers.naam,
        op: identiteitscontroles.op,
      })
      .from(identiteitscontroles)
      .leftJoin(medewerkers, eq(medewerkers.id, identiteitscontroles.gecontroleerdDoor))
      .where(eq(identiteitscontroles.verzoekId, r.id))
      .orderBy(asc(identiteitscontroles.op));
    const thread = await tx
      .select({
        id: berichten.id,
        van: berichten.van,
        tekst: berichten.tekst,
        intern: berichten.intern,
        pauzeertKlok: berichten.pauzeertKlok,
        auteur: medewerkers.naam,
        op: berichten.aangemaaktOp,
      })
      .from(berichten)
      .leftJoin(medewerkers, eq(medewerkers.id, berichten.auteurMedewerkerId))
      .where(eq(berichten.verzoekId, r.id))
      .orderBy(asc(berichten.aangemaaktOp), asc(berichten.id));
    const besluitRijen = await tx
      .select({
        id: besluiten.id,
        soort: besluiten.soort,
        status: besluiten.status,
        gronden: besluiten.gronden,
        motivering: besluiten.motivering,
        opsteller: medewerkers.naam,
        op: besluiten.aangemaaktOp,
        ondertekenaar: ondertekenaar.naam,
        ondertekendOp: besluiten.ondertekendOp,
      })
      .from(besluiten)
      .innerJoin(medewerkers, eq(medewerkers.id, besluiten.opstellerId))
      .leftJoin(ondertekenaar, eq(ondertekenaar.id, besluiten.ondertekendDoor))
      .where(eq(besluiten.verzoekId, r.id))
      .orderBy(asc(besluiten.aangemaaktOp));
    const achterhoudingen = await tx
      .select({ grond: inzageAchterhoudingen.grond })
      .from(inzageAchterhoudingen)
      .where(eq(inzageAchterhoudingen.verzoekId, r.id));
    const collegas = await tx
      .select({ id: medewerkers.id, naam: medewerkers.naam })
      .from(medewerkers)
      .where(
        and(eq(medewerkers.actief, true), arrayOverlaps(medewerkers.rollen, [...BEVOEGDHEDEN["verzoek.behandelen"]])),
      )
      .orderBy(asc(medewerkers.naam), asc(medewerkers.id));

    const status = r.status as VerzoekStatus;
    const type = r.type as Verzoektype;
    const stand = (await identiteitsStand(tx, r.id, nu))!;
    const geschiktheid = geschiktheidVan(r.details);
    const { geschiktheid: _g, ...eigenDetails } = r.details;
    // WGBO art. 7:465 BW on today's date: the recorded outcome and whether a grant is possible (decision 030).
    const kindUitkomst =
      gebeurtenissen
        .filter((g) => g.soort === "kind_geraadpleegd")
        .map((g) => (g.gegevens as Record<string, unknown> | null)?.uitkomst)
        .filter(isKindUitkomst)
        .at(-1) ?? null;
    const kindGeraadpleegd = kindUitkomst !== null;
    const kind = toetsKindBijBesluit({
      relatie: r.indiener.relatie,
      geboortedatum: client?.geboortedatum ?? r.betrokkene.geboortedatum,
      besluitdag: vandaag,
      type,
      uitkomst: kindUitkomst,
    });
    const openPauze = pauzes.find((p) => p.tot === null) ?? null;
    const start = addDays(
      r.ontvangenOp,
      pausedDaysOf(
        r.ontvangenOp,
        pauzes.map((p) => ({ from: p.van, until: p.tot })),
        vandaag,
      ),
    );

    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: ik.actor,
      actie: "verzoek.bekeken",
      clientId: r.clientId,
      verzoekId: r.id,
      onderdeel: "verzoek",
      details: { nummer: r.nummer },
    });

    return {
      id: r.id,
      nummer: r.nummer,
      type,
      status,
      kanaal: r.kanaal,
      versie: r.versie,
      taal: r.taal,
      ontvangenOp: r.ontvangenOp,
      doelTermijn: r.doelTermijn,
      wettelijkeTermijn: r.wettelijkeTermijn,
      uitvoeringTermijn: r.uitvoeringTermijn,
      gepauzeerdeDagen: r.gepauzeerdeDagen,
      verlengd: r.verlengd,
      verlengingReden: r.verlengingReden,
      besluitOp: r.besluitOp,
      afgerondOp: r.afgerondOp?.toISOString() ?? null,
      identiteit: stand.niveau,
      identiteitsStand: {
        vereist: stand.vereist,
        tekort: stand.tekort,
        blokkade: stand.blokkade,
        vertegenwoordigingNodig:
          stand.relatie !== "zelf" && stand.vertegenwoordigingsBewijzen.every((b) => !bewijsPastBij(stand.relatie, b)),
      },
      behandelaar: r.behandelaarId ? { id: r.behandelaarId, naam: v.behandelaarNaam ?? "" } : null,
      ikBenBehandelaar: r.behandelaarId === ik.id,
      indiener: r.indiener,
      betrokkene: r.betrokkene,
      details: eigenDetails,
      geschiktheid,
      kindGeraadpleegd,
      kindUitkomst,
      tussentijds: await tussentijdseStand(tx, { id: r.id, type: r.type, details: r.details }),
      kindOverlegNodig: geschiktheid?.overlegMetKind === true || kind.ok === false || kind.raadplegingNodig,
      client: client
        ? {
            id: client.id,
            clientnummer: client.clientnummer,
            naam: [client.voornamen, client.tussenvoegsel, client.achternaam].filter(Boolean).join(" "),
            geboortedatum: client.geboortedatum,
            status: client.status,
          }
        : null,
      openPauze: status === "wacht_op_client" && openPauze ? { van: openPauze.van, reden: openPauze.reden } : null,
      pauzes,
      tijdlijn: gebeurtenissen.map((g) => ({ ...g, op: g.op.toISOString() })),
      identiteitscontroles: controles.map((c) => ({ ...c, op: c.op.toISOString() })),
      berichten: thread.map((b) => ({
        ...b,
        van: b.van === "client" ? "client" : "organisatie",
        op: b.op.toISOString(),
      })),
      besluiten: besluitRijen.map((b) => ({
        ...b,
        op: b.op.toISOString(),
        ondertekendOp: b.ondertekendOp?.toISOString() ?? null,
      })),
      stappen: beschikbareStappen({
        status,
        rollen: ik.rollen,
        ikId: ik.id,
        behandelaarId: r.behandelaarId,
        relatie: r.indiener.relatie,
        overlegMetKind:
          geschiktheid?.overlegMetKind === true ||
          (kind.ok ? kind.raadplegingNodig : kind.reden.code === "kind_niet_geraadpleegd"),
        kindGeraadpleegd,
        verlengd: r.verlengd,
      }),
      collegas,
      afwijzingsgronden: afwijzingsgronden(type),
      toewijzingGeblokkeerd:
        stand.blokkade ??
        dossierBlokkade(r.clientId) ??
        (kind.ok ? null : (kind.reden.code as "kind_niet_geraadpleegd" | "kind_inmiddels_16")) ??
        (achterhoudingen.length > 0 ? "achterhouding" : null),
      achterhoudingen: achterhoudingen.length,
      deelafwijzingConcept: achterhoudingen.length > 0 ? conceptDeelafwijzing(achterhoudingen, r.taal) : null,
      verlengingMogelijk: !r.verlengd && extensionAllowed(start, vandaag),
      vandaag,
    };
  });
}

export type AuditRegel = {
  id: number;
  op: string;
  actorSoort: string;
  /** The person's name: a staff member's name, or the portal account's name or address. */
  wie: string | null;
  rol: string | null;
  namens: string | null;
  actie: string;
  onderdeel: string | null;
  /** True when the row is about this request; false when it is about the matched client only. */
  ditVerzoek: boolean;
};

export type VerzoekAudit = {
  verzoek: { id: string; nummer: string; clientnummer: string | null };
  regels: AuditRegel[];
  /** More rows exist than shown. */
  afgekapt: boolean;
  /** The whole chain, when asked for by the directie (`ketenControleren`); null otherwise. */
  keten: AuditVerificatie | null;
  /** May this staff member run the whole-chain check (directie only: it reads the whole log). */
  ketenControleerbaar: boolean;
};

/** Rows shown on the audit view; older ones are in `npm run audit:verify` and the database. */
export const AUDIT_MAX_REGELS = 500;

/**
 * The audit rows of one request and of its matched client (NEN 7513: who, when, in which role,
 * what, which part), newest first. Reading them is itself logged ("audit.bekeken"). With
 * `ketenControleren`, for the directie only, the whole hash chain is verified (docs/decisions/007:
 * on demand and not for every role, because it reads the whole log: about 5-7 s per 100,000 rows).
 */
export async function auditVanVerzoek(
  actor: BehandelActor,
  verzoekId: string,
  opties: { ketenControleren?: boolean } = {},
): Promise<VerzoekAudit> {
  return db().transaction(async (tx) => {
    const ik = await behandelaarVan(tx, actor);
    if (!isUuid(verzoekId)) throw nietGevonden();
    const [v] = await tx
      .select({
        id: verzoeken.id,
        nummer: verzoeken.nummer,
        clientId: verzoeken.clientId,
        clientnummer: clienten.clientnummer,
      })
      .from(verzoeken)
      .leftJoin(clienten, eq(clienten.id, verzoeken.clientId))
      .where(eq(verzoeken.id, verzoekId));
    if (!v) throw nietGevonden();
    const rijen = await tx
      .select({
        id: auditLog.id,
        op: auditLog.op,
        actorSoort: auditLog.actorSoort,
        rol: auditLog.rol,
        namens: auditLog.namens,
        actie: auditLog.actie,
        onderdeel: auditLog.onderdeel,
        verzoekId: auditLog.verzoekId,
        medewerker: medewerkers.naam,
        account: sql<string | null>`coalesce(nullif(${accounts.naam}, ''), ${accounts.email})`,
      })
      .from(auditLog)
      .leftJoin(
        medewerkers,
        and(eq(auditLog.actorSoort, "medewerker"), sql`${medewerkers.id}::text = ${auditLog.actorId}`),
      )
      .leftJoin(accounts, and(eq(auditLog.actorSoort, "client"), sql`${accounts.id}::text = ${auditLog.actorId}`))
      .where(
        v.clientId ? or(eq(auditLog.verzoekId, v.id), eq(auditLog.clientId, v.clientId)) : eq(auditLog.verzoekId, v.id),
      )
      .orderBy(desc(auditLog.id))
      .limit(AUDIT_MAX_REGELS + 1);
    const ketenControleerbaar = mag(ik.rollen, "audit.controleren");
    const keten = opties.ketenControleren && ketenControleerbaar ? await verifyAuditChain(tx) : null;
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: ik.actor,
      actie: "audit.bekeken",
      clientId: v.clientId,
      verzoekId: v.id,
      onderdeel: "audit_log",
      details: { nummer: v.nummer, ketenGecontroleerd: keten !== null },
    });
    return {
      verzoek: { id: v.id, nummer: v.nummer, clientnummer: v.clientnummer },
      regels: rijen.slice(0, AUDIT_MAX_REGELS).map((r) => ({
        id: r.id,
        op: r.op.toISOString(),
        actorSoort: r.actorSoort,
        wie: r.medewerker ?? r.account ?? null,
        rol: r.rol,
        namens: r.namens,
        actie: r.actie,
        onderdeel: r.onderdeel,
        ditVerzoek: r.verzoekId === v.id,
      })),
      afgekapt: rijen.length > AUDIT_MAX_REGELS,
      keten,
      ketenControleerbaar,
    };
  });
}
