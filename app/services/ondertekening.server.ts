/**
 * The directie signs refusals, partial refusals, "kennelijk ongegrond" and extensions with a
 * passkey (docs/recht.md "Ondertekening"; AVG art. 12 lid 3, 4 and 5; docs/decisions/008-ondertekening.md).
 *
 * - Inbox (/directie): drafts awaiting signature, ordered by the legal limit, each with the exact
 *   letter the client will receive; a draft whose letter no longer fits the request is flagged and
 *   can only be sent back (docs/decisions/035).
 * - Four eyes: only an active member of the directie signs, never the drafter (`mayDirectorSign`).
 * - Signing is a WebAuthn assertion with user verification over a challenge derived from the
 *   decision document: challenge = SHA-256(SHA-256(canonical document) || server nonce). The
 *   challenge row (webauthn_uitdagingen, doel "ondertekenen") is bound to the director, the
 *   decision, its document hash and the versions of decision and request; it is single use.
 * - Finishing stores the document, its hash and the assertion, moves the request on
 *   (`signingActionFor`), recomputes the deadlines (an extension: three months), adds the timeline
 *   event and the client's e-mail "besluit_klaar", and the audit row: one transaction.
 * - The client reads the signed letter in /mijn and downloads it as PDF (audited).
 */
import type { AuditActie } from "../domain/audit-acties";
import { heffTussentijdseAfschermingOp } from "./tussentijdse-afscherming.server";
import { randomBytes } from "node:crypto";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { and, asc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import {
  accounts,
  besluiten,
  klokpauzes,
  medewerkers,
  passkeys,
  verzoeken,
  webauthnUitdagingen,
} from "../../db/schema";
import {
  controleerTerugstuurOpmerking,
  isBesluitDocument,
  isTeOndertekenenSoort,
  maakBesluitDocument,
  verificatiecode,
  type BesluitDocument,
  type BewaardInBrief,
  type TeOndertekenenSoort,
} from "../domain/besluitbrief";
import { behandelActor } from "../domain/behandeling";
import { amsterdamDate, isIsoDate, type IsoDate } from "../domain/calendar";
import { extensionAllowed, requestDeadlines } from "../domain/deadlines";
import { DomainError } from "../domain/errors";
import { namensVan } from "../domain/toegangslog";
import { korteNaam } from "../domain/identiteit";
import {
  isVerzoekStatus,
  mayDirectorSign,
  signingActionFor,
  transition,
  type MedewerkerRol,
  type VerzoekStatus,
} from "../domain/request-state";
import { parseVerzoektype, type Verzoektype } from "../domain/request-types";
import { env } from "../env.server";
import { audit } from "./audit.server";
import { achterhoudingenVoorBrief } from "./achterhouding.server";
import { planVoorVerzoek } from "./verwijderplan.server";
import { documentHash, ondertekenUitdaging, type OpgeslagenHandtekening } from "./besluit-verificatie.server";
import { besluitPdf } from "./brief-pdf.server";
import { queueMail } from "./mail.server";
import type { ClientActor } from "./mijn.server";
import { getOrganisatie, logoBestand, type Organisatie } from "./organisatie.server";
import { relyingParty, UITDAGING_GELDIG_MINUTEN } from "./passkeys.server";
import { herberekenTermijnen, reglementVan, voegGebeurtenisToe } from "./verzoeken.server";
import { vereisBevoegdheid } from "./bevoegdheid.server";
import { isUuid } from "../domain/id";
import { foutVoorLog, log } from "../server/log.server";

// ---------------------------------------------------------------------------------------------
// Errors and actors
// ---------------------------------------------------------------------------------------------

export const ONDERTEKEN_FOUT_CODES = [
  "niet_gevonden",
  "geen_directie",
  "opsteller_mag_niet_ondertekenen",
  "niet_ter_ondertekening",
  "intussen_gewijzigd",
  "verlenging_te_laat",
  "al_verlengd",
  "geen_passkey",
  "opmerking_verplicht",
  "opmerking_te_lang",
  "bsn_niet_toegestaan",
  // Finishing a signature:
  "ongeldig_antwoord",
  "uitdaging_onbekend",
  "passkey_onbekend",
  "niet_geverifieerd",
  "document_gewijzigd",
  // The letter cannot be made from the request as it is now (e.g. the erasure plan changed):
  "brief_verouderd",
] as const;
export type OndertekenFoutCode = (typeof ONDERTEKEN_FOUT_CODES)[number];

export function isOndertekenFoutCode(value: unknown): value is OndertekenFoutCode {
  return typeof value === "string" && (ONDERTEKEN_FOUT_CODES as readonly string[]).includes(value);
}

/** A refused step of signing or sending back; `code` is shown in the interface's language. */
export class OndertekenFout extends DomainError {
  constructor(
    override readonly code: OndertekenFoutCode,
    message: string,
  ) {
    super(code, message);
  }
}

const TEKST: Record<OndertekenFoutCode, string> = {
  niet_gevonden: "Dit concept bestaat niet.",
  geen_directie: "Alleen de directie mag besluiten ondertekenen of terugsturen.",
  opsteller_mag_niet_ondertekenen:
    "U heeft dit concept zelf geschreven. Een andere directeur moet het ondertekenen (vier ogen).",
  niet_ter_ondertekening: "Dit concept wacht niet (meer) op ondertekening.",
  intussen_gewijzigd: "Dit concept of verzoek is intussen gewijzigd. Laad de pagina opnieuw.",
  verlenging_te_laat:
    "De termijn voor verlenging is verstreken: een verlenging moet binnen de eerste maand worden gemeld (artikel 12 lid 3 AVG).",
  al_verlengd: "De termijn van dit verzoek is al verlengd. Een tweede verlenging kan niet.",
  geen_passkey: "U heeft nog geen passkey. Zonder passkey kunt u niet ondertekenen.",
  opmerking_verplicht: "Schrijf waarom u het concept terugstuurt.",
  opmerking_te_lang: "De opmerking is te lang.",
  bsn_niet_toegestaan: "Zet geen burgerservicenummer (BSN) in de opmerking.",
  ongeldig_antwoord: "Het antwoord van de passkey is onleesbaar.",
  uitdaging_onbekend: "Deze ondertekening is verlopen of al gebruikt. Probeer het opnieuw.",
  passkey_onbekend: "Deze passkey hoort niet bij u. Onderteken met uw eigen passkey.",
  niet_geverifieerd: "De handtekening kon niet worden gecontroleerd. Er is niets ondertekend.",
  document_gewijzigd: "Het concept is veranderd sinds u begon met ondertekenen. Bekijk de brief opnieuw.",
  brief_verouderd:
    "De brief past niet meer bij het dossier: het is veranderd nadat het concept is geschreven. Stuur het concept terug.",
};

function fout(code: OndertekenFoutCode): OndertekenFout {
  return new OndertekenFout(code, TEKST[code]);
}

/** Staff e-mails are in Dutch (as in herinneringen.server.ts): staff have no language setting. */
const STAF_TAAL = "nl" as const;

/** The signed-in staff member (the session from app/http/sessie.server.ts, or any object with this shape). */
export type DirectieActor = { medewerker: { id: string } };

type Directeur = { id: string; naam: string; rollen: MedewerkerRol[] };

/** The actor as stored now (roles can change after sign-in): permission "besluit.ondertekenen". */
async function directeurVan(conn: DbOrTx, actor: DirectieActor): Promise<Directeur> {
  const ik = await vereisBevoegdheid(conn, actor, "besluit.ondertekenen");
  return { id: ik.id, naam: ik.naam, rollen: ik.rollen };
}

// ---------------------------------------------------------------------------------------------
// Reading a draft and building its letter
// ---------------------------------------------------------------------------------------------

const opsteller = alias(medewerkers, "opsteller");

const conceptVelden = {
  besluit: besluiten,
  verzoek: {
    id: verzoeken.id,
    nummer: verzoeken.nummer,
    type: verzoeken.type,
    status: verzoeken.status,
    versie: verzoeken.versie,
    taal: verzoeken.taal,
    clientId: verzoeken.clientId,
    indiener: verzoeken.indiener,
    betrokkene: verzoeken.betrokkene,
    ontvangenOp: verzoeken.ontvangenOp,
    doelTermijn: verzoeken.doelTermijn,
    wettelijkeTermijn: verzoeken.wettelijkeTermijn,
    verlengd: verzoeken.verlengd,
    accountId: verzoeken.ingediendDoorAccountId,
  },
  opstellerNaam: opsteller.naam,
};

type ConceptRij = {
  besluit: typeof besluiten.$inferSelect;
  verzoek: {
    id: string;
    nummer: string;
    type: string;
    status: string;
    versie: number;
    taal: "nl" | "en";
    clientId: string | null;
    indiener: { naam: string; email: string; relatie: string };
    betrokkene: { naam: string };
    ontvangenOp: string;
    doelTermijn: string;
    wettelijkeTermijn: string;
    verlengd: boolean;
    accountId: string | null;
  };
  opstellerNaam: string | null;
};

async function leesConcept(
  conn: DbOrTx,
  besluitId: string,
  opties: { vergrendel?: boolean } = {},
): Promise<ConceptRij | null> {
  if (!isUuid(besluitId)) return null;
  const query = conn
    .select(conceptVelden)
    .from(besluiten)
    .innerJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
    .leftJoin(opsteller, eq(opsteller.id, besluiten.opstellerId))
    .where(eq(besluiten.id, besluitId));
  // Signing locks both rows: the optimistic checks below then cannot race a concurrent change.
  const [rij] = opties.vergrendel ? await query.for("update", { of: [besluiten, verzoeken] }) : await query;
  return (rij as ConceptRij | undefined) ?? null;
}

type BriefDatums = {
  wettelijkeTermijn: IsoDate;
  nieuweWettelijkeTermijn: IsoDate | null;
  uitvoering: IsoDate | null;
  /** Day of receipt plus paused days: the first month runs from here (extension check). */
  start: IsoDate;
};

/**
 * The dates a letter states, computed by the one deadline engine with the same inputs as
 * `herberekenTermijnen`: the current legal limit, the extended one (three months from receipt
 * plus paused days), and the execution date of a partial refusal decided on `datum`.
 */
async function briefDatums(
  conn: DbOrTx,
  org: Organisatie,
  v: ConceptRij["verzoek"],
  soort: TeOndertekenenSoort,
  datum: IsoDate,
): Promise<BriefDatums> {
  const type: Verzoektype = parseVerzoektype(v.type);
  const pauzes = await conn
    .select({ van: klokpauzes.van, tot: klokpauzes.tot })
    .from(klokpauzes)
    .where(eq(klokpauzes.verzoekId, v.id))
    .orderBy(asc(klokpauzes.van));
  const basis = {
    type,
    receivedOn: v.ontvangenOp,
    pauses: pauzes.map((p) => ({ from: p.van, until: p.tot })),
    reglement: reglementVan(org.reglement ?? {}),
    extraClosingDays: org.extraSluitingsdagen ?? [],
    today: datum,
  };
  const nu = requestDeadlines({ ...basis, extended: v.verlengd });
  return {
    wettelijkeTermijn: v.wettelijkeTermijn,
    // AVG art. 12 lid 3: two further months, so three months from receipt (plus paused days).
    nieuweWettelijkeTermijn: soort === "verlenging" ? requestDeadlines({ ...basis, extended: true }).legalLimit : null,
    uitvoering:
      soort === "gedeeltelijke_afwijzing"
        ? requestDeadlines({ ...basis, extended: v.verlengd, decidedOn: datum }).execution
        : null,
    start: nu.start,
  };
}

function soortVan(soort: string): TeOndertekenenSoort {
  if (!isTeOndertekenenSoort(soort)) throw fout("niet_ter_ondertekening");
  return soort;
}

/** The letter of `rij` as the client receives it when `ondertekenaar` signs it on `datum`. */
async function bouwBrief(
  conn: DbOrTx,
  org: Organisatie,
  rij: ConceptRij,
  ondertekenaar: { id: string; naam: string },
  datum: IsoDate,
): Promise<{ document: BesluitDocument; hash: string; datums: BriefDatums }> {
  const soort = soortVan(rij.besluit.soort);
  const datums = await briefDatums(conn, org, rij.verzoek, soort, datum);
  try {
    const document = await maakBrief(conn, org, rij, soort, ondertekenaar, datum, datums);
    return { document, hash: documentHash(document), datums };
  } catch (error) {
    // The draft no longer fits the request, e.g. an erasure plan that changed after drafting
    // (docs/decisions/035): refused as "brief_verouderd"; the log gets the kind, never the message.
    if (!(error instanceof DomainError) || error instanceof OndertekenFout) throw error;
    log().warn(
      { besluitId: rij.besluit.id, soort, err: foutVoorLog(error) },
      "Besluitbrief kan niet worden opgesteld: concept past niet meer bij het verzoek",
    );
    throw fout("brief_verouderd");
  }
}

async function maakBrief(
  conn: DbOrTx,
  org: Organisatie,
  rij: ConceptRij,
  soort: TeOndertekenenSoort,
  ondertekenaar: { id: string; naam: string },
  datum: IsoDate,
  datums: BriefDatums,
): Promise<BesluitDocument> {
  return maakBesluitDocument({
    taal: rij.verzoek.taal,
    besluit: { id: rij.besluit.id, soort, gronden: rij.besluit.gronden, motivering: rij.besluit.motivering },
    verzoek: {
      nummer: rij.verzoek.nummer,
      type: rij.verzoek.type,
      ontvangenOp: rij.verzoek.ontvangenOp,
      indiener: rij.verzoek.indiener,
      betrokkene: rij.verzoek.betrokkene,
    },
    organisatie: org,
    ondertekenaar,
    datums: {
      besluit: datum,
      wettelijkeTermijn: datums.wettelijkeTermijn,
      nieuweWettelijkeTermijn: datums.nieuweWettelijkeTermijn,
      uitvoering: datums.uitvoering,
    },
    // Docs/decisions/013: a partial refusal lists the withheld parts (kind and ground, not content).
    ...(soort === "gedeeltelijke_afwijzing"
      ? { achtergehouden: await achterhoudingenVoorBrief(conn, rij.verzoek.id) }
      : {}),
    // Docs/decisions/022: a partial refusal of an erasure says what is kept, on which ground, until when.
    ...(soort === "gedeeltelijke_afwijzing" && rij.verzoek.type === "verwijdering"
      ? { bewaard: await bewaardVoorBrief(conn, rij.verzoek.id, datum) }
      : {}),
  });
}

/** The kept parts of an erasure plan on the day of signing, one line per category and reason. */
async function bewaardVoorBrief(conn: DbOrTx, verzoekId: string, datum: IsoDate): Promise<BewaardInBrief[]> {
  const [v] = await conn.select({ clientId: verzoeken.clientId }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v?.clientId) return []; // no plan without a client: the letter is then refused as incomplete
  const plan = await planVoorVerzoek(conn, verzoekId, datum);
  return plan.categorieen.flatMap((c) =>
    c.redenen.map((r) => ({
      categorie: c.categorie,
      aantal: plan.regels.filter(
        (x) => x.item.categorie === c.categorie && !x.uitkomst.magWeg && x.uitkomst.reden.code === r.code,
      ).length,
      grond: r.grond,
      reden: { nl: r.nl, en: r.en },
      bewarenTot: r.bewarenTot ?? null,
      ...(r.motivering ? { motivering: r.motivering } : {}),
    })),
  );
}

/** Why this director cannot sign this draft today, or null when they can. */
function waaromNietOndertekenen(
  rij: ConceptRij,
  ik: Directeur,
  datums: BriefDatums,
  vandaag: IsoDate,
  heeftPasskey: boolean,
): OndertekenFoutCode | null {
  if (rij.besluit.status !== "ter_ondertekening" || rij.verzoek.status !== "wacht_op_directie") {
    return "niet_ter_ondertekening";
  }
  const vierOgen = mayDirectorSign({ signerId: ik.id, drafterId: rij.besluit.opstellerId, signerRoles: ik.rollen });
  if (!vierOgen.ok)
    return vierOgen.reason.code === "geen_directie" ? "geen_directie" : "opsteller_mag_niet_ondertekenen";
  if (rij.besluit.soort === "verlenging") {
    if (rij.verzoek.verlengd) return "al_verlengd";
    // AVG art. 12 lid 3: an extension must be announced within the first month.
    if (!extensionAllowed(datums.start, vandaag)) return "verlenging_te_laat";
  }
  if (!heeftPasskey) return "geen_passkey";
  return null;
}

async function passkeysVan(conn: DbOrTx, medewerkerId: string) {
  return conn
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(and(eq(passkeys.medewerkerId, medewerkerId), isNull(passkeys.ingetrokkenOp)))
    .orderBy(asc(passkeys.aangemaaktOp));
}

// ---------------------------------------------------------------------------------------------
// The inbox and one draft
// ---------------------------------------------------------------------------------------------

export type ConceptVoorDirectie = {
  besluitId: string;
  besluitVersie: number;
  verzoekId: string;
  verzoekVersie: number;
  nummer: string;
  type: Verzoektype;
  soort: TeOndertekenenSoort;
  opsteller: string;
  ikBenOpsteller: boolean;
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  /** ISO timestamp: when the draft was offered for signature. */
  aangeboden: string;
  /**
   * The letter exactly as the client receives it when this director signs it today; null when it
   * cannot be made from the request as it is now (then `nietOndertekenen` is "brief_verouderd" and
   * the only way on is sending it back).
   */
  document: BesluitDocument | null;
  verificatiecode: string | null;
  /** Why this director cannot sign it now; null when they can. */
  nietOndertekenen: OndertekenFoutCode | null;
};

async function conceptVoorDirectieVan(
  tx: Tx,
  org: Organisatie,
  rij: ConceptRij,
  ik: Directeur,
  vandaag: IsoDate,
  heeftPasskey: boolean,
): Promise<ConceptVoorDirectie> {
  let brief: Awaited<ReturnType<typeof bouwBrief>> | null = null;
  try {
    brief = await bouwBrief(tx, org, rij, ik, vandaag);
  } catch (error) {
    // One draft that no longer fits its request never hides the others (docs/decisions/035).
    if (!(error instanceof OndertekenFout && error.code === "brief_verouderd")) throw error;
  }
  return {
    besluitId: rij.besluit.id,
    besluitVersie: rij.besluit.versie,
    verzoekId: rij.verzoek.id,
    verzoekVersie: rij.verzoek.versie,
    nummer: rij.verzoek.nummer,
    type: parseVerzoektype(rij.verzoek.type),
    soort: soortVan(rij.besluit.soort),
    opsteller: rij.opstellerNaam ?? "",
    ikBenOpsteller: rij.besluit.opstellerId === ik.id,
    ontvangenOp: rij.verzoek.ontvangenOp,
    doelTermijn: rij.verzoek.doelTermijn,
    wettelijkeTermijn: rij.verzoek.wettelijkeTermijn,
    aangeboden: rij.besluit.bijgewerktOp.toISOString(),
    document: brief?.document ?? null,
    verificatiecode: brief ? verificatiecode(brief.hash) : null,
    nietOndertekenen: brief ? waaromNietOndertekenen(rij, ik, brief.datums, vandaag, heeftPasskey) : "brief_verouderd",
  };
}

/** NEN 7513: a director read a draft letter about this client. */
async function auditBekeken(tx: Tx, ik: Directeur, rij: ConceptRij, actie: AuditActie): Promise<void> {
  await audit(tx, {
    actorSoort: "medewerker",
    actorId: ik.id,
    rol: "directie",
    actie,
    clientId: rij.verzoek.clientId,
    verzoekId: rij.verzoek.id,
    onderdeel: "besluiten",
    details: { besluitId: rij.besluit.id, nummer: rij.verzoek.nummer },
  });
}

/**
 * The directie inbox: every draft awaiting signature, the earliest legal limit first (a draft that
 * waits counts against the request's deadline), each with the exact letter. A draft whose letter
 * cannot be made any more (the request changed after drafting) is listed without a letter, with
 * "brief_verouderd": it can only be sent back (docs/decisions/035). Opening it is logged per draft
 * (NEN 7513). Throws GeenBevoegdheid ("geen_toegang") for anyone but the directie.
 */
export async function directieInbox(actor: DirectieActor, opties: { nu?: Date } = {}): Promise<ConceptVoorDirectie[]> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  return db().transaction(async (tx) => {
    const ik = await directeurVan(tx, actor);
    const org = await getOrganisatie(tx);
    const heeftPasskey = (await passkeysVan(tx, ik.id)).length > 0;
    const rijen = (await tx
      .select(conceptVelden)
      .from(besluiten)
      .innerJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
      .leftJoin(opsteller, eq(opsteller.id, besluiten.opstellerId))
      .where(and(eq(besluiten.status, "ter_ondertekening"), eq(verzoeken.status, "wacht_op_directie")))
      .orderBy(
        asc(verzoeken.wettelijkeTermijn),
        asc(verzoeken.doelTermijn),
        asc(besluiten.bijgewerktOp),
        asc(besluiten.id),
      )) as ConceptRij[];
    const inbox: ConceptVoorDirectie[] = [];
    for (const rij of rijen) inbox.push(await conceptVoorDirectieVan(tx, org, rij, ik, vandaag, heeftPasskey));
    for (const rij of rijen) await auditBekeken(tx, ik, rij, "besluit.concept_bekeken");
    return inbox;
  });
}

/**
 * One draft for the directie: the letter as the client will receive it when this director signs
 * today, and whether they may. Null when it does not exist or does not await signature.
 */
export async function conceptVoorDirectie(
  actor: DirectieActor,
  besluitId: string,
  opties: { nu?: Date } = {},
): Promise<ConceptVoorDirectie | null> {
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const ik = await directeurVan(tx, actor);
    const rij = await leesConcept(tx, besluitId);
    if (!rij || rij.besluit.status !== "ter_ondertekening" || rij.verzoek.status !== "wacht_op_directie") return null;
    const org = await getOrganisatie(tx);
    const heeftPasskey = (await passkeysVan(tx, ik.id)).length > 0;
    const concept = await conceptVoorDirectieVan(tx, org, rij, ik, amsterdamDate(nu), heeftPasskey);
    await auditBekeken(tx, ik, rij, "besluit.concept_bekeken");
    return concept;
  });
}

// ---------------------------------------------------------------------------------------------
// Sending back
// ---------------------------------------------------------------------------------------------

/**
 * The director sends a draft back with a comment (state machine step "terugsturen"): the draft
 * becomes "teruggestuurd" with the comment, the request goes back to "in_behandeling" for the
 * drafter, a staff-only timeline line, an e-mail to the drafter ("concept_teruggestuurd", with a
 * link to the request in the backoffice) and the audit row; one transaction. `versies` are the
 * versions of draft and request the director saw. Throws OndertekenFout.
 */
export async function stuurConceptTerug(
  actor: DirectieActor,
  besluitId: string,
  invoer: { opmerking: unknown; besluitVersie: number; verzoekVersie: number },
  opties: { nu?: Date } = {},
): Promise<{ nummer: string; verzoekId: string }> {
  let opmerking: string;
  try {
    opmerking = controleerTerugstuurOpmerking(invoer.opmerking);
  } catch (error) {
    if (error instanceof DomainError && isOndertekenFoutCode(error.code)) throw fout(error.code);
    throw error;
  }
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const ik = await directeurVan(tx, actor);
    const rij = await leesConcept(tx, besluitId, { vergrendel: true });
    if (!rij) throw fout("niet_gevonden");
    if (rij.besluit.status !== "ter_ondertekening" || rij.verzoek.status !== "wacht_op_directie") {
      throw fout("niet_ter_ondertekening");
    }
    if (rij.besluit.versie !== invoer.besluitVersie || rij.verzoek.versie !== invoer.verzoekVersie) {
      throw fout("intussen_gewijzigd");
    }
    const status = statusVan(rij.verzoek.status);
    const naar = transition(status, "terugsturen", "directie", { toelichting: opmerking });
    await werkBesluitBij(tx, rij, { status: "teruggestuurd", terugstuurOpmerking: opmerking }, nu);
    await werkVerzoekBij(tx, rij, { status: naar }, nu);
    await voegGebeurtenisToe(tx, {
      verzoekId: rij.verzoek.id,
      soort: "besluit_teruggestuurd",
      gegevens: { besluitId: rij.besluit.id, soort: rij.besluit.soort, opmerking },
      zichtbaarVoorClient: false,
      actor: { soort: "medewerker", id: ik.id },
      op: nu,
    });
    // The drafter hears it by e-mail (staff mail: no client name, and not the comment itself).
    const [schrijver] = rij.besluit.opstellerId
      ? await tx
          .select({ id: medewerkers.id, email: medewerkers.email })
          .from(medewerkers)
          .where(and(eq(medewerkers.id, rij.besluit.opstellerId), eq(medewerkers.actief, true)))
      : [];
    const soort = rij.besluit.soort;
    if (schrijver && schrijver.id !== ik.id && isTeOndertekenenSoort(soort)) {
      await queueMail(tx, {
        aan: schrijver.email,
        sjabloon: "concept_teruggestuurd",
        data: {
          nummer: rij.verzoek.nummer,
          type: parseVerzoektype(rij.verzoek.type),
          soort,
          directeur: ik.naam,
          url: `${env().PUBLIC_URL}/backoffice/verzoeken/${rij.verzoek.id}`,
        },
        taal: STAF_TAAL,
        verzoekId: rij.verzoek.id,
        dedupSleutel: `concept_teruggestuurd:${rij.besluit.id}:${rij.besluit.versie}`,
      });
    }
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: "directie",
      actie: "besluit.teruggestuurd",
      clientId: rij.verzoek.clientId,
      verzoekId: rij.verzoek.id,
      onderdeel: "besluiten",
      details: { besluitId: rij.besluit.id, nummer: rij.verzoek.nummer, soort: rij.besluit.soort, van: status, naar },
    });
    return { nummer: rij.verzoek.nummer, verzoekId: rij.verzoek.id };
  });
}

function statusVan(status: string): VerzoekStatus {
  if (!isVerzoekStatus(status)) throw new Error(`Onbekende status in de database: "${status}".`);
  return status;
}

/** Optimistic lock on besluiten.versie. */
async function werkBesluitBij(tx: Tx, rij: ConceptRij, wijziging: Partial<typeof besluiten.$inferInsert>, nu: Date) {
  const rijen = await tx
    .update(besluiten)
    .set({ ...wijziging, versie: sql`${besluiten.versie} + 1`, bijgewerktOp: nu })
    .where(and(eq(besluiten.id, rij.besluit.id), eq(besluiten.versie, rij.besluit.versie)))
    .returning({ versie: besluiten.versie });
  if (rijen.length === 0) throw fout("intussen_gewijzigd");
}

/** Optimistic lock on verzoeken.versie. */
async function werkVerzoekBij(tx: Tx, rij: ConceptRij, wijziging: Partial<typeof verzoeken.$inferInsert>, nu: Date) {
  const rijen = await tx
    .update(verzoeken)
    .set({ ...wijziging, versie: sql`${verzoeken.versie} + 1`, bijgewerktOp: nu })
    .where(and(eq(verzoeken.id, rij.verzoek.id), eq(verzoeken.versie, rij.verzoek.versie)))
    .returning({ versie: verzoeken.versie });
  if (rijen.length === 0) throw fout("intussen_gewijzigd");
  return rijen[0]!.versie;
}

// ---------------------------------------------------------------------------------------------
// Signing
// ---------------------------------------------------------------------------------------------

const DOEL = "ondertekenen";

/** What a signing challenge is bound to (webauthn_uitdagingen.context). */
type OndertekenContext = {
  besluitId: string;
  documentHash: string;
  nonce: string;
  datum: IsoDate;
  besluitVersie: number;
  verzoekVersie: number;
};

function isOndertekenContext(value: unknown): value is OndertekenContext {
  const c = value as Partial<OndertekenContext> | null;
  return (
    typeof c?.besluitId === "string" &&
    typeof c.documentHash === "string" &&
    typeof c.nonce === "string" &&
    isIsoDate(c.datum) &&
    Number.isInteger(c.besluitVersie) &&
    Number.isInteger(c.verzoekVersie)
  );
}

/**
 * Start signing: checks four eyes, the draft's status and (for an extension) the first month,
 * builds the letter with this director as signer and today's date, and returns WebAuthn options
 * for the director's own passkeys (user verification required) whose challenge is
 * SHA-256(documentHash || nonce). The challenge is stored for this director, 5 minutes, single use.
 * `versies`: the draft and request versions the director saw (optimistic locking).
 * Throws OndertekenFout.
 */
export async function startOndertekening(
  actor: DirectieActor,
  besluitId: string,
  versies: { besluitVersie: number; verzoekVersie: number },
  opties: { nu?: Date } = {},
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  return db().transaction(async (tx) => {
    const ik = await directeurVan(tx, actor);
    const rij = await leesConcept(tx, besluitId);
    if (!rij) throw fout("niet_gevonden");
    if (rij.besluit.versie !== versies.besluitVersie || rij.verzoek.versie !== versies.verzoekVersie) {
      throw fout("intussen_gewijzigd");
    }
    const org = await getOrganisatie(tx);
    const eigen = await passkeysVan(tx, ik.id);
    const { hash, datums } = await bouwBrief(tx, org, rij, ik, vandaag);
    const reden = waaromNietOndertekenen(rij, ik, datums, vandaag, eigen.length > 0);
    if (reden) throw fout(reden);

    const nonce = randomBytes(32).toString("base64url");
    const uitdaging = ondertekenUitdaging(hash, nonce);
    const options = await generateAuthenticationOptions({
      rpID: relyingParty().rpID,
      challenge: new Uint8Array(Buffer.from(uitdaging, "base64url")),
      allowCredentials: eigen.map((p) => ({ id: p.id, transports: p.transports })),
      userVerification: "required",
      timeout: UITDAGING_GELDIG_MINUTEN * 60_000,
    });
    // Housekeeping: challenges older than a day are of no use to anyone.
    await tx.delete(webauthnUitdagingen).where(lt(webauthnUitdagingen.verlooptOp, new Date(nu.getTime() - 86_400_000)));
    const context: OndertekenContext = {
      besluitId: rij.besluit.id,
      documentHash: hash,
      nonce,
      datum: vandaag,
      besluitVersie: rij.besluit.versie,
      verzoekVersie: rij.verzoek.versie,
    };
    await tx.insert(webauthnUitdagingen).values({
      uitdaging: options.challenge,
      doel: DOEL,
      medewerkerId: ik.id,
      context,
      verlooptOp: new Date(nu.getTime() + UITDAGING_GELDIG_MINUTEN * 60_000),
      aangemaaktOp: nu,
    });
    return options;
  });
}

export type OndertekenResultaat =
  | {
      ok: true;
      besluitId: string;
      nummer: string;
      documentHash: string;
      verificatiecode: string;
      status: VerzoekStatus;
    }
  | { ok: false; reden: OndertekenFoutCode };

function ondertekendeUitdaging(clientDataJSON: unknown): string | null {
  if (typeof clientDataJSON !== "string" || clientDataJSON.length > 8192) return null;
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" && data.challenge.length > 0 ? data.challenge : null;
  } catch {
    return null;
  }
}

/**
 * Finish signing with the browser's WebAuthn assertion. In one transaction: burn the challenge
 * (single use: a replayed assertion finds nothing), check four eyes, status, versions and the
 * extension rule again, rebuild the letter and compare its hash with the one the challenge was
 * made from, verify the assertion with the director's own passkey (user verification required),
 * then store document, hash and assertion, move the request on, recompute its deadlines, add the
 * timeline event, queue the e-mail "besluit_klaar" and write the audit row.
 * A refused attempt changes nothing but the burned challenge and an audit row
 * "besluit.ondertekening_geweigerd"; it returns `{ ok: false, reden }` and never throws for it.
 */
export async function voltooiOndertekening(
  actor: DirectieActor,
  besluitId: string,
  response: unknown,
  opties: { nu?: Date } = {},
): Promise<OndertekenResultaat> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  const antwoord = response as AuthenticationResponseJSON;
  const uitdaging = ondertekendeUitdaging(antwoord?.response?.clientDataJSON);
  const actorId = actor?.medewerker?.id;
  if (!uitdaging || typeof antwoord?.id !== "string" || !isUuid(actorId)) {
    return { ok: false, reden: "ongeldig_antwoord" };
  }

  return db().transaction(async (tx): Promise<OndertekenResultaat> => {
    const [rij] = await tx
      .update(webauthnUitdagingen)
      .set({ gebruiktOp: nu })
      .where(
        and(
          eq(webauthnUitdagingen.uitdaging, uitdaging),
          eq(webauthnUitdagingen.doel, DOEL),
          eq(webauthnUitdagingen.medewerkerId, actorId),
          isNull(webauthnUitdagingen.gebruiktOp),
          gt(webauthnUitdagingen.verlooptOp, nu),
        ),
      )
      .returning();
    const context = rij?.context;
    if (!rij || !isOndertekenContext(context) || context.besluitId !== besluitId) {
      return { ok: false, reden: "uitdaging_onbekend" };
    }

    const weiger = async (reden: OndertekenFoutCode, concept?: ConceptRij): Promise<OndertekenResultaat> => {
      await audit(tx, {
        actorSoort: "medewerker",
        actorId,
        rol: "directie",
        actie: "besluit.ondertekening_geweigerd",
        clientId: concept?.verzoek.clientId ?? null,
        verzoekId: concept?.verzoek.id ?? null,
        onderdeel: "besluiten",
        details: { besluitId, reden },
      });
      return { ok: false, reden };
    };

    let ik: Directeur;
    try {
      ik = await directeurVan(tx, actor);
    } catch {
      return weiger("geen_directie");
    }
    const concept = await leesConcept(tx, besluitId, { vergrendel: true });
    if (!concept) return weiger("niet_gevonden");
    if (concept.besluit.versie !== context.besluitVersie || concept.verzoek.versie !== context.verzoekVersie) {
      return weiger("intussen_gewijzigd", concept);
    }
    const [passkey] = await tx
      .select()
      .from(passkeys)
      // A revoked passkey (docs/decisions/023) signs nothing new.
      .where(and(eq(passkeys.id, antwoord.id), eq(passkeys.medewerkerId, ik.id), isNull(passkeys.ingetrokkenOp)))
      .for("update");
    const org = await getOrganisatie(tx);
    // The letter is dated the day signing started: the date the director saw.
    let brief: Awaited<ReturnType<typeof bouwBrief>>;
    try {
      brief = await bouwBrief(tx, org, concept, ik, context.datum);
    } catch (error) {
      if (error instanceof OndertekenFout && error.code === "brief_verouderd") return weiger(error.code, concept);
      throw error;
    }
    const { document, hash, datums } = brief;
    const reden = waaromNietOndertekenen(concept, ik, datums, vandaag, true);
    if (reden) return weiger(reden, concept);
    if (!passkey) return weiger("passkey_onbekend", concept);
    if (hash !== context.documentHash) return weiger("document_gewijzigd", concept);
    const verwacht = ondertekenUitdaging(hash, context.nonce);
    if (verwacht !== rij.uitdaging) return weiger("uitdaging_onbekend", concept);

    const { rpID, origin } = relyingParty();
    let verificatie;
    try {
      verificatie = await verifyAuthenticationResponse({
        response: antwoord,
        expectedChallenge: verwacht,
        expectedOrigin: origin,
        expectedRPID: rpID,
        credential: {
          id: passkey.id,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: passkey.counter,
          transports: passkey.transports as never,
        },
        requireUserVerification: true,
      });
    } catch {
      return weiger("niet_geverifieerd", concept);
    }
    if (!verificatie.verified || !verificatie.authenticationInfo.userVerified) {
      return weiger("niet_geverifieerd", concept);
    }

    await tx
      .update(passkeys)
      .set({
        counter: verificatie.authenticationInfo.newCounter,
        backedUp: verificatie.authenticationInfo.credentialBackedUp,
        laatstGebruiktOp: nu,
      })
      .where(eq(passkeys.id, passkey.id));

    const handtekening: OpgeslagenHandtekening = {
      credentialId: passkey.id,
      authenticatorData: antwoord.response.authenticatorData,
      clientDataJSON: antwoord.response.clientDataJSON,
      signature: antwoord.response.signature,
      userHandle: antwoord.response.userHandle ?? null,
      nonce: context.nonce,
      challenge: verwacht,
      rpID,
      origin,
      userVerified: verificatie.authenticationInfo.userVerified,
      counter: verificatie.authenticationInfo.newCounter,
    };
    const soort = soortVan(concept.besluit.soort);
    // Signing and sending are one step: nothing reaches the client unsigned, nothing signed stays unsent.
    await werkBesluitBij(
      tx,
      concept,
      {
        status: "verzonden",
        document: document as unknown as Record<string, unknown>,
        documentHash: hash,
        ondertekendDoor: ik.id,
        ondertekendOp: nu,
        handtekening: handtekening as unknown as Record<string, unknown>,
      },
      nu,
    );

    const van = statusVan(concept.verzoek.status);
    const naar = transition(van, signingActionFor(soort), "directie");
    const wijziging: Partial<typeof verzoeken.$inferInsert> =
      soort === "verlenging"
        ? { status: naar, verlengd: true, verlengingReden: document.besluit.motivering }
        : { status: naar, besluitOp: context.datum, ...(naar === "afgerond" ? { afgerondOp: nu } : {}) };
    await werkVerzoekBij(tx, concept, wijziging, nu);
    // A signed refusal ends the request: a temporary restriction while it was decided ends too,
    // the filer told first (AVG art. 18 lid 3). A partial refusal is lifted when the rest is carried out.
    if (naar === "afgerond") {
      await heffTussentijdseAfschermingOp(
        tx,
        concept.verzoek.id,
        "afgewezen",
        { soort: "medewerker", id: ik.id, rol: "directie" },
        nu,
      );
    }
    const termijnen = await herberekenTermijnen(tx, concept.verzoek.id, { nu });

    await voegGebeurtenisToe(tx, {
      verzoekId: concept.verzoek.id,
      ...(soort === "verlenging"
        ? {
            soort: "verlengd",
            gegevens: { besluitId, reden: document.besluit.motivering, wettelijkeTermijn: termijnen.wettelijkeTermijn },
          }
        : { soort: "besluit", gegevens: { besluitId, soort } }),
      zichtbaarVoorClient: true,
      actor: { soort: "medewerker", id: ik.id },
      op: nu,
    });

    const [account] = concept.verzoek.accountId
      ? await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, concept.verzoek.accountId))
      : [];
    const aan = account?.email ?? concept.verzoek.indiener.email;
    if (aan) {
      await queueMail(tx, {
        aan,
        sjabloon: "besluit_klaar",
        data: {
          nummer: concept.verzoek.nummer,
          verlenging: soort === "verlenging",
          url: briefUrl(concept.verzoek.nummer, besluitId),
          // docs/decisions/018: a representative's mail names the person concerned, short.
          ...(concept.verzoek.indiener.relatie !== "zelf" ? { voor: korteNaam(concept.verzoek.betrokkene.naam) } : {}),
        },
        taal: concept.verzoek.taal,
        verzoekId: concept.verzoek.id,
        dedupSleutel: `besluit_klaar:${besluitId}`,
      });
    }

    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: "directie",
      actie: "besluit.ondertekend",
      clientId: concept.verzoek.clientId,
      verzoekId: concept.verzoek.id,
      onderdeel: "besluiten",
      details: {
        besluitId,
        nummer: concept.verzoek.nummer,
        soort,
        documentHash: hash,
        passkeyId: passkey.id,
        opsteller: concept.besluit.opstellerId,
        van,
        naar,
        wettelijkeTermijn: termijnen.wettelijkeTermijn,
      },
    });
    return {
      ok: true,
      besluitId,
      nummer: concept.verzoek.nummer,
      documentHash: hash,
      verificatiecode: verificatiecode(hash),
      status: naar,
    };
  });
}

/** The letter's page in the client portal. */
export function briefUrl(nummer: string, besluitId: string): string {
  return `${env().PUBLIC_URL}/mijn/verzoeken/${encodeURIComponent(nummer)}/besluit/${besluitId}`;
}

// ---------------------------------------------------------------------------------------------
// The client's letters
// ---------------------------------------------------------------------------------------------

const NUMMER = /^AVG-\d{4}-\d{6,}$/;

export type ClientBesluitRegel = {
  id: string;
  soort: TeOndertekenenSoort;
  /** The date of the letter. */
  datum: string;
  onderwerp: string;
};

export type ClientBesluitbrief = {
  id: string;
  nummer: string;
  document: BesluitDocument;
  verificatiecode: string;
};

function accountVan(actor: ClientActor): string | null {
  return actor?.soort === "client" && typeof actor.account?.id === "string" ? actor.account.id : null;
}

/** Signed letters of one request of this account (a request that is not theirs has none). */
async function verzondenBrieven(conn: DbOrTx, accountId: string, nummer: string, besluitId?: string) {
  if (typeof nummer !== "string" || !NUMMER.test(nummer)) return [];
  if (besluitId !== undefined && !isUuid(besluitId)) return [];
  const rijen = await conn
    .select({
      id: besluiten.id,
      document: besluiten.document,
      documentHash: besluiten.documentHash,
      ondertekendOp: besluiten.ondertekendOp,
      verzoekId: verzoeken.id,
      clientId: verzoeken.clientId,
      relatie: sql<string>`${verzoeken.indiener}->>'relatie'`,
    })
    .from(besluiten)
    .innerJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
    .where(
      and(
        eq(verzoeken.nummer, nummer),
        eq(verzoeken.ingediendDoorAccountId, accountId),
        eq(besluiten.status, "verzonden"),
        ...(besluitId ? [eq(besluiten.id, besluitId)] : []),
      ),
    )
    .orderBy(asc(besluiten.ondertekendOp), asc(besluiten.id));
  return rijen.filter(
    (r): r is typeof r & { document: BesluitDocument; documentHash: string } =>
      isBesluitDocument(r.document) && typeof r.documentHash === "string",
  );
}

/** The signed decision letters of a request this account filed, oldest first. */
export async function besluitenVoorClient(actor: ClientActor, nummer: string): Promise<ClientBesluitRegel[]> {
  const accountId = accountVan(actor);
  if (!accountId) return [];
  const rijen = await verzondenBrieven(db(), accountId, nummer);
  return rijen.map((r) => ({
    id: r.id,
    soort: r.document.besluit.soort,
    datum: r.document.datums.besluit,
    onderwerp: r.document.brief.onderwerp,
  }));
}

/** One signed letter of a request this account filed; null when it does not exist or is not theirs. */
export async function besluitbriefVoorClient(
  actor: ClientActor,
  nummer: string,
  besluitId: string,
): Promise<ClientBesluitbrief | null> {
  const accountId = accountVan(actor);
  if (!accountId) return null;
  const [r] = await verzondenBrieven(db(), accountId, nummer, besluitId);
  return r ? { id: r.id, nummer, document: r.document, verificatiecode: verificatiecode(r.documentHash) } : null;
}

/**
 * The PDF of one signed letter, only for the account that filed the request; the download is
 * logged (audit "besluit.pdf_gedownload"). Null when it does not exist or is not theirs.
 */
export async function besluitPdfVoorClient(
  actor: ClientActor,
  nummer: string,
  besluitId: string,
): Promise<{ bestandsnaam: string; pdf: Uint8Array<ArrayBuffer> } | null> {
  const accountId = accountVan(actor);
  if (!accountId) return null;
  return db().transaction(async (tx) => {
    const [r] = await verzondenBrieven(tx, accountId, nummer, besluitId);
    if (!r) return null;
    const pdf = await besluitPdf(r.document, verificatiecode(r.documentHash), { logo: await logoBestand(tx) });
    await audit(tx, {
      actorSoort: "client",
      actorId: accountId,
      rol: r.relatie === "zelf" ? "betrokkene" : "vertegenwoordiger",
      namens: namensVan(r.relatie, r.clientId),
      actie: "besluit.pdf_gedownload",
      clientId: r.clientId,
      verzoekId: r.verzoekId,
      onderdeel: "besluiten",
      details: { besluitId: r.id, nummer },
    });
    return { bestandsnaam: `besluit-${nummer}-${r.document.datums.besluit}.pdf`, pdf };
  });
}

// ---------------------------------------------------------------------------------------------
// The letter as PDF for staff: to print and post to a client who wrote to us by letter
// ---------------------------------------------------------------------------------------------

/** A signed letter has left the draft stages: only these have a PDF (docs/decisions/008). */
export const GETEKENDE_STATUSSEN = ["ondertekend", "verzonden"] as const;

/**
 * The PDF of one signed decision of request `verzoekId`, byte for byte the one the client
 * downloads in /mijn, for an active staff member with the role backoffice or directie (docs/architectuur.md "Security model":
 * the backoffice handles requests, the directie decides). Every download is logged like the
 * client's ("besluit.pdf_gedownload", NEN 7513), in one transaction with the reading.
 * Null for a draft, a decision of another request or one that does not exist.
 */
export async function besluitPdfVoorMedewerker(
  actor: { medewerker: { id: string } },
  verzoekId: string,
  besluitId: string,
): Promise<{ bestandsnaam: string; pdf: Uint8Array<ArrayBuffer> } | null> {
  return db().transaction(async (tx) => {
    const ik = await vereisBevoegdheid(tx, actor, "verzoek.behandelen");
    const medewerkerId = ik.id;
    const rol = behandelActor(ik.rollen)!;
    if (!isUuid(verzoekId) || !isUuid(besluitId)) return null;
    const [r] = await tx
      .select({
        id: besluiten.id,
        document: besluiten.document,
        documentHash: besluiten.documentHash,
        verzoekId: verzoeken.id,
        nummer: verzoeken.nummer,
        clientId: verzoeken.clientId,
      })
      .from(besluiten)
      .innerJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
      .where(
        and(
          eq(besluiten.id, besluitId),
          eq(verzoeken.id, verzoekId),
          inArray(besluiten.status, [...GETEKENDE_STATUSSEN]),
        ),
      );
    if (!r || !isBesluitDocument(r.document) || typeof r.documentHash !== "string") return null;
    const pdf = await besluitPdf(r.document, verificatiecode(r.documentHash), { logo: await logoBestand(tx) });
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: medewerkerId,
      rol,
      actie: "besluit.pdf_gedownload",
      clientId: r.clientId,
      verzoekId: r.verzoekId,
      onderdeel: "besluiten",
      details: { besluitId: r.id, nummer: r.nummer },
    });
    return { bestandsnaam: `besluit-${r.nummer}-${r.document.datums.besluit}.pdf`, pdf };
  });
}
