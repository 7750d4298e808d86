/**
 * The client's own requests (/mijn): the list, one request's status page, answering a question,
 * withdrawing. A signed-in account sees only the requests it filed itself, for itself or as a
 * representative (docs/architectuur.md "Security model"); any other number is "not found", never
 * "forbidden", so numbers cannot be probed.
 */
import {
  heffTussentijdseAfschermingOp,
  tussentijdseStand,
  type TussentijdseStand,
} from "./tussentijdse-afscherming.server";
import { namensVan } from "../domain/toegangslog";
import { bewijsPastBij, isVertegenwoordiger, korteNaam, type Vertegenwoordiger } from "../domain/identiteit";
import { identiteitsStand } from "./identiteit.server";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { accounts, klokpauzes, verzoekGebeurtenissen, verzoeken } from "../../db/schema";
import { controleerBerichttekst, controleerIntrekreden } from "../domain/bericht";
import { amsterdamDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import { gevraagdeRegels, leesGevraagd, type Gevraagd } from "../domain/gevraagd";
import { BERICHTEN } from "../i18n/berichten";
import { formatDatum, type Taal } from "../i18n/taal";
import { tijdlijnRegels, type TijdlijnItem } from "../domain/tijdlijn";
import { isOpen, isVerzoekStatus, STATUS_LABELS, transition, type VerzoekStatus } from "../domain/request-state";
import { isVerzoektype, type Verzoektype } from "../domain/request-types";
import { audit } from "./audit.server";
import type { GecontroleerdBestand } from "./bestandscontrole.server";
import { legBijlagenVast, ruimBestandenOp } from "./bijlagen.server";
import { berichtenVan, statusPaginaUrl, stuurBericht, type BerichtRegel } from "./berichten.server";
import { queueMail } from "./mail.server";
import { herberekenTermijnen, voegGebeurtenisToe } from "./verzoeken.server";

/** The signed-in client or representative (the session from app/http/sessie.server.ts `vereisClient`). */
export type ClientActor = { soort: "client"; account: { id: string } };

/** Request numbers look like "AVG-2026-000042"; anything else is not found without a query. */
const NUMMER = /^AVG-\d{4}-\d{6,}$/;

export const INTUSSEN_GEWIJZIGD = "Dit verzoek is intussen gewijzigd. Laad de pagina opnieuw.";

function nietGevonden(): DomainError {
  return new DomainError("niet_gevonden", "Dit verzoek bestaat niet, of u kunt het niet bekijken.");
}

function accountVan(actor: ClientActor): string {
  // Services check the actor themselves: a staff session never passes for a client.
  if (actor?.soort !== "client" || typeof actor.account?.id !== "string") throw nietGevonden();
  return actor.account.id;
}

function statusVan(status: string): VerzoekStatus {
  if (!isVerzoekStatus(status)) throw new Error(`Onbekende status in de database: "${status}".`);
  return status;
}

function typeVan(type: string): Verzoektype {
  if (!isVerzoektype(type)) throw new Error(`Onbekend soort verzoek in de database: "${type}".`);
  return type;
}

/** Filed for someone else: the name of the person concerned, as the filer gave it; null for oneself. */
function voorWie(indiener: { relatie: string }, betrokkene: { naam: string }): string | null {
  return indiener.relatie === "zelf" ? null : betrokkene.naam;
}

export type MijnVerzoekRegel = {
  nummer: string;
  type: Verzoektype;
  status: VerzoekStatus;
  /** The name of the person concerned when filed as representative; null when filed for oneself. */
  voor: string | null;
  ontvangenOp: string;
  /** The date by which the client hears from us (the reglement's target). */
  doelTermijn: string;
  wettelijkeTermijn: string;
  uitvoeringTermijn: string | null;
};

/** The requests this account filed, newest first. */
export async function mijnVerzoeken(actor: ClientActor): Promise<MijnVerzoekRegel[]> {
  const accountId = accountVan(actor);
  const rijen = await db()
    .select({
      nummer: verzoeken.nummer,
      type: verzoeken.type,
      status: verzoeken.status,
      indiener: verzoeken.indiener,
      betrokkene: verzoeken.betrokkene,
      ontvangenOp: verzoeken.ontvangenOp,
      doelTermijn: verzoeken.doelTermijn,
      wettelijkeTermijn: verzoeken.wettelijkeTermijn,
      uitvoeringTermijn: verzoeken.uitvoeringTermijn,
    })
    .from(verzoeken)
    .where(eq(verzoeken.ingediendDoorAccountId, accountId))
    .orderBy(desc(verzoeken.ontvangenTijdstip), desc(verzoeken.nummer));
  return rijen.map((r) => ({
    nummer: r.nummer,
    type: typeVan(r.type),
    status: statusVan(r.status),
    voor: voorWie(r.indiener, r.betrokkene),
    ontvangenOp: r.ontvangenOp,
    doelTermijn: r.doelTermijn,
    wettelijkeTermijn: r.wettelijkeTermijn,
    uitvoeringTermijn: r.uitvoeringTermijn,
  }));
}

export type MijnVerzoek = {
  nummer: string;
  type: Verzoektype;
  status: VerzoekStatus;
  voor: string | null;
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  uitvoeringTermijn: string | null;
  gepauzeerdeDagen: number;
  verlengd: boolean;
  verlengingReden: string | null;
  /** For the withdrawal form: a decision taken meanwhile refuses the stale withdrawal. */
  versie: number;
  /** The clock stands still since `van` (EDPB 01/2022 r.o. 159), with the reason we gave. */
  openPauze: { van: string; reden: string } | null;
  /** Events the client may see, oldest first. */
  tijdlijn: TijdlijnItem[];
  /** The thread without internal notes, oldest first. */
  berichten: BerichtRegel[];
  kanIntrekken: boolean;
  kanBerichtSturen: boolean;
  /** What the client filed, as they wrote it (app/domain/gevraagd.ts); null when only the right itself. */
  gevraagd: Gevraagd | null;
  /**
   * Docs/decisions/018, while the request is open: our check of who the filer is still has to
   * happen (the level is below what this right needs), and, for a representative, the proof of
   * authority still has to be seen. Says nothing about whether or to whom the request was matched.
   */
  identiteitNogControleren: boolean;
  bewijsNogNodig: Vertegenwoordiger | null;
  /** AVG art. 18 lid 1 sub a/d: asked not to use the data meanwhile, restricted now, or lifted (decision 030). */
  tussentijds: TussentijdseStand;
};

/** One request of this account for its status page; null when it does not exist or is not theirs. */
export async function mijnVerzoek(actor: ClientActor, nummer: string): Promise<MijnVerzoek | null> {
  const accountId = accountVan(actor);
  if (typeof nummer !== "string" || !NUMMER.test(nummer)) return null;
  const conn = db();
  const [v] = await conn
    .select()
    .from(verzoeken)
    .where(and(eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, accountId)));
  if (!v) return null;

  const [pauze] = await conn
    .select({ van: klokpauzes.van, reden: klokpauzes.reden })
    .from(klokpauzes)
    .where(and(eq(klokpauzes.verzoekId, v.id), isNull(klokpauzes.tot)))
    .orderBy(desc(klokpauzes.van))
    .limit(1);
  const gebeurtenissen = await conn
    .select({
      id: verzoekGebeurtenissen.id,
      soort: verzoekGebeurtenissen.soort,
      gegevens: verzoekGebeurtenissen.gegevens,
      op: verzoekGebeurtenissen.op,
    })
    .from(verzoekGebeurtenissen)
    .where(and(eq(verzoekGebeurtenissen.verzoekId, v.id), eq(verzoekGebeurtenissen.zichtbaarVoorClient, true)))
    .orderBy(asc(verzoekGebeurtenissen.op), asc(verzoekGebeurtenissen.id));
  const thread = await berichtenVan(conn, v.id, { metIntern: false });

  const status = statusVan(v.status);
  const stand = isOpen(status) ? await identiteitsStand(conn, v.id) : null;
  const relatie = v.indiener.relatie;
  return {
    nummer: v.nummer,
    type: typeVan(v.type),
    status,
    voor: voorWie(v.indiener, v.betrokkene),
    identiteitNogControleren: stand?.tekort != null,
    bewijsNogNodig:
      stand && isVertegenwoordiger(relatie) && !stand.vertegenwoordigingsBewijzen.some((b) => bewijsPastBij(relatie, b))
        ? relatie
        : null,
    ontvangenOp: v.ontvangenOp,
    doelTermijn: v.doelTermijn,
    wettelijkeTermijn: v.wettelijkeTermijn,
    uitvoeringTermijn: v.uitvoeringTermijn,
    gepauzeerdeDagen: v.gepauzeerdeDagen,
    verlengd: v.verlengd,
    verlengingReden: v.verlengingReden,
    versie: v.versie,
    openPauze: status === "wacht_op_client" && pauze ? pauze : null,
    tijdlijn: gebeurtenissen.map((g) => ({ ...g, op: g.op.toISOString() })),
    berichten: thread,
    kanIntrekken: isOpen(status),
    kanBerichtSturen: isOpen(status),
    gevraagd: leesGevraagd(typeVan(v.type), v.details),
    tussentijds: await tussentijdseStand(conn, v),
  };
}

/** The request row, locked to nobody: optimistic locking guards the change (docs/decisions/007-optimistische-vergrendeling.md). */
async function eigenVerzoek(tx: Tx, accountId: string, nummer: string) {
  if (typeof nummer !== "string" || !NUMMER.test(nummer)) throw nietGevonden();
  const [v] = await tx
    .select({
      id: verzoeken.id,
      nummer: verzoeken.nummer,
      status: verzoeken.status,
      versie: verzoeken.versie,
      taal: verzoeken.taal,
      clientId: verzoeken.clientId,
      indiener: verzoeken.indiener,
      betrokkene: verzoeken.betrokkene,
      gepauzeerdeDagen: verzoeken.gepauzeerdeDagen,
    })
    .from(verzoeken)
    .where(and(eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, accountId)));
  if (!v) throw nietGevonden();
  return { ...v, status: statusVan(v.status) };
}

/**
 * Move the request from `versie` to the next version with `wijziging`; when someone else changed it
 * after we read it, nothing is written and the client is asked to reload.
 */
async function werkBijMetVersie(
  tx: Tx,
  verzoek: { id: string; versie: number },
  wijziging: Partial<typeof verzoeken.$inferInsert>,
  nu: Date,
): Promise<void> {
  const rijen = await tx
    .update(verzoeken)
    .set({ ...wijziging, versie: sql`${verzoeken.versie} + 1`, bijgewerktOp: nu })
    .where(and(eq(verzoeken.id, verzoek.id), eq(verzoeken.versie, verzoek.versie)))
    .returning({ id: verzoeken.id });
  if (rijen.length === 0) throw new DomainError("intussen_gewijzigd", INTUSSEN_GEWIJZIGD);
}

function rolVan(indiener: { relatie: string }): "betrokkene" | "vertegenwoordiger" {
  return indiener.relatie === "zelf" ? "betrokkene" : "vertegenwoordiger";
}

/** Close the open pause(s) of a request on `tot` (an Amsterdam date). */
async function sluitOpenPauzes(tx: Tx, verzoekId: string, tot: string): Promise<number> {
  const rijen = await tx
    .update(klokpauzes)
    .set({ tot })
    .where(and(eq(klokpauzes.verzoekId, verzoekId), isNull(klokpauzes.tot)))
    .returning({ id: klokpauzes.id });
  return rijen.length;
}

export type AntwoordResultaat = {
  /** True when this message answered our question: the clock runs again. */
  klokHervat: boolean;
  /** The new target date when the clock was restarted. */
  doelTermijn: string | null;
};

/**
 * A message from the client about their own open request. When we were waiting for their answer
 * (status wacht_op_client, clock paused) this is the answer: the pause ends today, the paused days
 * move the deadlines (EDPB 01/2022 r.o. 159), and the request is back "in behandeling".
 * One transaction; throws DomainError "niet_gevonden", "afgesloten", "bericht_leeg",
 * "bericht_te_lang" or "intussen_gewijzigd".
 */
export async function antwoordVanClient(
  actor: ClientActor,
  nummer: string,
  tekst: string,
  opties: {
    nu?: Date;
    /** Checked, stored files sent with the message (docs/decisions/032). */ bijlagen?: readonly GecontroleerdBestand[];
  } = {},
): Promise<AntwoordResultaat> {
  const bestanden = opties.bijlagen ?? [];
  // The message and its files commit together: on any error the stored files go again.
  return antwoordMetBijlagen(actor, nummer, tekst, opties.nu, bestanden).catch(async (e: unknown) => {
    await ruimBestandenOp(bestanden);
    throw e;
  });
}

async function antwoordMetBijlagen(
  actor: ClientActor,
  nummer: string,
  tekst: string,
  nuOpgegeven: Date | undefined,
  bestanden: readonly GecontroleerdBestand[],
): Promise<AntwoordResultaat> {
  const accountId = accountVan(actor);
  const schoon = controleerBerichttekst(tekst);
  const nu = nuOpgegeven ?? new Date();
  return db().transaction(async (tx) => {
    const verzoek = await eigenVerzoek(tx, accountId, nummer);
    if (!isOpen(verzoek.status)) {
      throw new DomainError(
        "afgesloten",
        "Dit verzoek is afgesloten. U kunt er geen bericht meer over sturen. Heeft u een vraag? Neem contact met ons op.",
      );
    }
    const bericht = await stuurBericht(tx, {
      verzoekId: verzoek.id,
      van: "client",
      auteur: { accountId },
      tekst: schoon,
      nu,
    });
    if (bestanden.length > 0) {
      await legBijlagenVast(tx, { verzoek, accountId, doel: "bericht", berichtId: bericht.id, bestanden, nu });
    }

    let resultaat: AntwoordResultaat = { klokHervat: false, doelTermijn: null };
    if (verzoek.status === "wacht_op_client") {
      const naar = transition(verzoek.status, "antwoord_client", "client");
      await werkBijMetVersie(tx, verzoek, { status: naar }, nu);
      const vandaag = amsterdamDate(nu);
      await sluitOpenPauzes(tx, verzoek.id, vandaag);
      const termijnen = await herberekenTermijnen(tx, verzoek.id, { nu });
      await voegGebeurtenisToe(tx, {
        verzoekId: verzoek.id,
        soort: "antwoord_ontvangen",
        gegevens: {
          hervatOp: vandaag,
          doelTermijn: termijnen.doelTermijn,
          wettelijkeTermijn: termijnen.wettelijkeTermijn,
          gepauzeerdeDagen: termijnen.gepauzeerdeDagen,
        },
        zichtbaarVoorClient: true,
        actor: { soort: "client", id: accountId },
        op: nu,
      });
      resultaat = { klokHervat: true, doelTermijn: termijnen.doelTermijn };
    }

    await audit(tx, {
      actorSoort: "client",
      actorId: accountId,
      rol: rolVan(verzoek.indiener),
      namens: namensVan(verzoek.indiener.relatie, verzoek.clientId),
      actie: resultaat.klokHervat ? "verzoek.antwoord_client" : "bericht.verstuurd",
      clientId: verzoek.clientId,
      verzoekId: verzoek.id,
      onderdeel: "berichten",
      // Never the content of the message: the audit log records that, not what.
      details: resultaat.klokHervat
        ? { berichtId: bericht.id, van: verzoek.status, naar: "in_behandeling", doelTermijn: resultaat.doelTermijn }
        : { berichtId: bericht.id },
    });
    return resultaat;
  });
}

/**
 * The client withdraws their own open request (state machine step "intrekken"): status ingetrokken,
 * a timeline event with the optional reason, an audit row and the e-mail "status_gewijzigd" to the
 * filer, in one transaction. `versie` (from the page the client saw) refuses a withdrawal of a
 * request that changed since. Throws DomainError "niet_gevonden", "al_ingetrokken",
 * "al_afgerond", "reden_te_lang" or "intussen_gewijzigd".
 */
export async function trekVerzoekIn(
  actor: ClientActor,
  nummer: string,
  reden?: string | null,
  opties: { nu?: Date; versie?: number } = {},
): Promise<{ status: "ingetrokken" }> {
  const accountId = accountVan(actor);
  const schoneReden = controleerIntrekreden(reden);
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const verzoek = await eigenVerzoek(tx, accountId, nummer);
    if (verzoek.status === "ingetrokken") {
      throw new DomainError("al_ingetrokken", "U heeft dit verzoek al ingetrokken. U hoeft niets meer te doen.");
    }
    if (!isOpen(verzoek.status)) {
      throw new DomainError("al_afgerond", "Dit verzoek is al afgerond. Intrekken kan daarom niet meer.");
    }
    if (opties.versie !== undefined && opties.versie !== verzoek.versie) {
      throw new DomainError("intussen_gewijzigd", INTUSSEN_GEWIJZIGD);
    }
    const naar = transition(verzoek.status, "intrekken", "client");
    await werkBijMetVersie(tx, verzoek, { status: naar, afgerondOp: nu }, nu);
    // A temporary restriction while it was decided ends with the request; the filer is told (AVG art. 18 lid 3).
    await heffTussentijdseAfschermingOp(
      tx,
      verzoek.id,
      "ingetrokken",
      { soort: "client", id: accountId, rol: rolVan(verzoek.indiener) },
      nu,
    );
    // A withdrawn request waits for nobody: an open pause ends today.
    await sluitOpenPauzes(tx, verzoek.id, amsterdamDate(nu));
    await voegGebeurtenisToe(tx, {
      verzoekId: verzoek.id,
      soort: "ingetrokken",
      gegevens: schoneReden ? { reden: schoneReden } : {},
      zichtbaarVoorClient: true,
      actor: { soort: "client", id: accountId },
      op: nu,
    });

    const [account] = await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, accountId));
    const aan = account?.email ?? verzoek.indiener.email;
    await queueMail(tx, {
      aan,
      sjabloon: "status_gewijzigd",
      data: {
        nummer: verzoek.nummer,
        statusLabel: STATUS_LABELS.ingetrokken.client[verzoek.taal],
        url: statusPaginaUrl(verzoek.nummer),
        // Docs/decisions/018: a representative's e-mail names the person concerned.
        ...(verzoek.indiener.relatie !== "zelf" ? { voor: korteNaam(verzoek.betrokkene.naam) } : {}),
      },
      taal: verzoek.taal,
      verzoekId: verzoek.id,
      dedupSleutel: `status:${verzoek.id}:${verzoek.versie + 1}`,
    });

    await audit(tx, {
      actorSoort: "client",
      actorId: accountId,
      rol: rolVan(verzoek.indiener),
      namens: namensVan(verzoek.indiener.relatie, verzoek.clientId),
      actie: "verzoek.ingetrokken",
      clientId: verzoek.clientId,
      verzoekId: verzoek.id,
      onderdeel: "verzoek",
      details: { van: verzoek.status, naar, redenGegeven: schoneReden !== null },
    });
    return { status: "ingetrokken" as const };
  });
}

/**
 * What the client's request page says in words that depend on the request: the status, the term
 * sentence, the proof still needed, what the client asked and the timeline, in the page's language.
 * Made on the server (the loader), so the texts of every status, event and form question do not
 * travel to the browser (docs/decisions/029, 033).
 */
export function mijnVerzoekInWoorden(verzoek: MijnVerzoek, taal: Taal) {
  const alles = BERICHTEN[taal];
  const bewijs = verzoek.bewijsNogNodig ? alles.ontvangst.bewijs[verzoek.bewijsNogNodig] : undefined;
  return {
    status: STATUS_LABELS[verzoek.status].client[taal],
    /** Shown while the decision is being carried out and no execution date is known. */
    inUitvoering: STATUS_LABELS.in_uitvoering.client[taal],
    termijn: alles.ontvangst.termijnZin(
      formatDatum(verzoek.doelTermijn, taal),
      formatDatum(verzoek.wettelijkeTermijn, taal),
    ),
    bewijs: bewijs ? { wat: bewijs, hoe: alles.ontvangst.bewijsAanleveren } : null,
    gevraagd: verzoek.gevraagd ? gevraagdeRegels(verzoek.gevraagd, alles.verzoek) : [],
    tijdlijn: tijdlijnRegels(verzoek.tijdlijn, alles.tijdlijn, taal),
  };
}

/** The client's own list (/mijn): each request's status in the page's language. */
export function statusInWoorden(status: VerzoekStatus, taal: Taal): string {
  return STATUS_LABELS[status].client[taal];
}
