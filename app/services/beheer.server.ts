/**
 * Beheer (/beheer): a practice configures the portal itself — organisation, reglement deadlines
 * (validated against AVG art. 12 lid 3), staff, retention policy, register of processing. Every
 * function takes the acting beheerder's id and checks, inside its own transaction, that this is an
 * active beheerder; every change writes one audit row "beheer.*" with before/after in `details`.
 */
import type { AuditActie } from "../domain/audit-acties";
import { and, asc, desc, eq, isNull, like, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Tx } from "../../db/db.server";
import {
  auditLog,
  MEDEWERKER_ROLLEN,
  medewerkers,
  organisatie,
  passkeys,
  verwerkingen,
  type MedewerkerRol,
  type ReglementInstelling,
} from "../../db/schema";
import { parseIsoDate } from "../domain/calendar";
import { parsePeriod } from "../domain/deadlines";
import { DomainError } from "../domain/errors";
import { controleerReglement, type ReglementFouten, type ReglementInvoer } from "../domain/reglement";
import { bewaarbeleidMetStandaard, valideerBewaarbeleid, type Bewaarbeleid } from "../domain/bewaartermijnen";
import { controleerPortaalbewaring, portaalbewaringMetStandaard, type Portaalbewaring } from "../domain/vernietiging";
import { audit } from "./audit.server";
import { getOrganisatie, vergeetAangebodenTalen, type Organisatie } from "./organisatie.server";
import { passkeysVan, type PasskeyOverzicht } from "./passkeys.server";
import { stopAlleSessies } from "./sessies.server";
import { actiefMetBevoegdheid, vereisBevoegdheid } from "./bevoegdheid.server";
import { mag, type Bevoegdheid } from "../domain/bevoegdheden";
import { opslag } from "./opslag.server";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";

/** The acting beheerder, checked inside the transaction (roles can change after sign-in). */
function vereisBeheerder(tx: Tx, door: string, bevoegdheid: Bevoegdheid = "beheer.instellingen") {
  return vereisBevoegdheid(tx, door, bevoegdheid);
}

function auditBeheer(tx: Tx, door: string, actie: AuditActie, details: Record<string, unknown>, onderdeel?: string) {
  return audit(tx, {
    actorSoort: "medewerker",
    actorId: door,
    rol: "beheerder",
    actie,
    onderdeel: onderdeel ?? null,
    details,
  });
}

// ---------------------------------------------------------------- 1. organisation

const tekst = (max: number) => z.string().trim().max(max);

export const OrganisatieSchema = z.object({
  naam: z.string().trim().min(2).max(120),
  straat: tekst(120),
  postcode: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/),
  ]),
  plaats: tekst(80),
  kvk: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .regex(/^[0-9]{8}$/),
  ]),
  email: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email())]),
  telefoon: tekst(30),
  website: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .regex(/^https:\/\/[^\s]+$/)
      .max(200),
  ]),
  fgNaam: tekst(120),
  fgEmail: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email())]),
  fgTelefoon: tekst(30),
  klachtenroute: tekst(1000),
  geschilleninstantie: tekst(1000),
  // In English, for letters to a client who chose English (docs/decisions/030); empty: the letter quotes the Dutch.
  klachtenrouteEn: tekst(1000).optional().default(""),
  geschilleninstantieEn: tekst(1000).optional().default(""),
  talen: z
    .array(z.enum(["nl", "en"]))
    .min(1)
    .refine((t) => t.includes("nl"), "nl"),
});
export type OrganisatieInvoer = z.input<typeof OrganisatieSchema>;

const ORGANISATIE_VELDEN = Object.keys(OrganisatieSchema.shape) as Array<keyof z.output<typeof OrganisatieSchema>>;

/** What changed between two objects, field by field: { veld: { voor, na } }. */
function verschil(
  voor: Record<string, unknown>,
  na: Record<string, unknown>,
): Record<string, { voor: unknown; na: unknown }> {
  const uit: Record<string, { voor: unknown; na: unknown }> = {};
  for (const [k, v] of Object.entries(na)) {
    if (JSON.stringify(voor[k]) !== JSON.stringify(v)) uit[k] = { voor: voor[k] ?? null, na: v };
  }
  return uit;
}

/**
 * Save the organisation's details (shown on every page, e-mail and letter). Throws DomainError
 * "ongeldige_invoer" (with the zod issues in `cause`-free message) when a field is wrong: nothing changes then.
 */
export async function slaOrganisatieOp(door: string, invoer: OrganisatieInvoer): Promise<Organisatie> {
  const parsed = OrganisatieSchema.safeParse(invoer);
  if (!parsed.success) {
    const velden = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    throw new DomainError("ongeldige_invoer", `Deze velden kloppen niet: ${velden.join(", ")}.`, velden[0], {
      velden: velden.join(","),
    });
  }
  const opgeslagen = await db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const oud = await getOrganisatie(tx);
    const voor = Object.fromEntries(ORGANISATIE_VELDEN.map((k) => [k, oud[k]]));
    const wijzigingen = verschil(voor, parsed.data);
    const [nieuw] = await tx
      .update(organisatie)
      .set({ ...parsed.data, bijgewerktOp: new Date() })
      .where(eq(organisatie.id, 1))
      .returning();
    await auditBeheer(tx, door, "beheer.organisatie.gewijzigd", { wijzigingen }, "organisatie");
    return nieuw!;
  });
  // The offered languages (organisatie.talen) are cached for the language switch: forget them now.
  vergeetAangebodenTalen();
  return opgeslagen;
}

// ---------------------------------------------------------------- 1b. logo

export const LOGO_MAX_BYTES = 100 * 1024;

/** PNG (by its signature) or a plain SVG without scripts, event handlers or external references; otherwise null. */
export function logoSoort(bytes: Uint8Array): "image/png" | "image/svg+xml" | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > 8 && png.every((b, i) => bytes[i] === b)) return "image/png";
  let tekst: string;
  try {
    tekst = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(tekst)) return null;
  // Defence in depth: the logo is shown through <img>, where scripts never run anyway.
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY|href\s*=\s*["']?(https?:|\/\/)/i.test(tekst))
    return null;
  return "image/svg+xml";
}

/**
 * Store a new logo (PNG or SVG, at most 100 KB) through the storage module and point the
 * organisation at it; the previous file is removed after the change has committed.
 */
export async function slaLogoOp(door: string, bytes: Uint8Array): Promise<{ sleutel: string; mimeType: string }> {
  if (bytes.length === 0) throw new DomainError("logo_leeg", "Kies een bestand.");
  if (bytes.length > LOGO_MAX_BYTES) throw new DomainError("logo_te_groot", "Het logo is groter dan 100 KB.");
  const mimeType = logoSoort(bytes);
  if (!mimeType)
    throw new DomainError("logo_ongeldig", "Het logo moet een PNG- of SVG-bestand zijn (SVG zonder scripts).");
  const sleutel = `logo/${randomBytes(12).toString("hex")}.${mimeType === "image/png" ? "png" : "svg"}`;
  await opslag().put(sleutel, Readable.from([Buffer.from(bytes)]));
  let oud: string | null = null;
  try {
    await db().transaction(async (tx) => {
      await vereisBeheerder(tx, door);
      oud = (await getOrganisatie(tx)).logo;
      await tx.update(organisatie).set({ logo: sleutel, bijgewerktOp: new Date() }).where(eq(organisatie.id, 1));
      await auditBeheer(
        tx,
        door,
        "beheer.logo.gewijzigd",
        { voor: oud, na: sleutel, mimeType, grootte: bytes.length },
        "organisatie",
      );
    });
  } catch (e) {
    await opslag().delete(sleutel);
    throw e;
  }
  if (oud && oud !== sleutel) await opslag().delete(oud);
  return { sleutel, mimeType };
}

/**
 * Remove the logo: the organisation shows its name only again. The file is removed after the
 * change has committed. Returns false when there was no logo (nothing changes, nothing is audited).
 */
export async function verwijderLogo(door: string): Promise<boolean> {
  const oud = await db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const sleutel = (await getOrganisatie(tx)).logo;
    if (!sleutel) return null;
    await tx.update(organisatie).set({ logo: null, bijgewerktOp: new Date() }).where(eq(organisatie.id, 1));
    await auditBeheer(tx, door, "beheer.logo.verwijderd", { voor: sleutel, na: null }, "organisatie");
    return sleutel;
  });
  if (oud) await opslag().delete(oud);
  return oud !== null;
}

/** The organisation's logo as a data: URL (for <img> in pages, e-mails and letters), or null. */
export async function logoAlsDataUrl(sleutel: string | null): Promise<string | null> {
  if (!sleutel || (await opslag().grootte(sleutel)) === null) return null;
  const delen: Buffer[] = [];
  for await (const deel of opslag().getStream(sleutel)) delen.push(deel as Buffer);
  const mime = sleutel.endsWith(".png") ? "image/png" : "image/svg+xml";
  return `data:${mime};base64,${Buffer.concat(delen).toString("base64")}`;
}

// ---------------------------------------------------------------- 2. reglement

export { controleerReglement, type ReglementFouten, type ReglementInvoer } from "../domain/reglement";

/** A refused reglement: one reason per field, in Dutch and English (nothing was saved). */
export class ReglementGeweigerd extends DomainError {
  constructor(readonly fouten: ReglementFouten) {
    super(
      "termijn_boven_wettelijke_grens",
      Object.values(fouten)
        .map((r) => r.nl)
        .join(" "),
    );
  }
}

/**
 * Save the reglement. A setting above the legal limit (e.g. six weeks for inzage) is refused with
 * the reason (ReglementGeweigerd, one reason per field) and nothing changes. Extra closing days only
 * move the organisation's own targets, never a legal limit (app/domain/deadlines.ts).
 */
export async function slaReglementOp(door: string, invoer: ReglementInvoer): Promise<Organisatie> {
  const fouten = controleerReglement(invoer);
  if (Object.keys(fouten).length > 0) throw new ReglementGeweigerd(fouten);
  const reglement: ReglementInstelling = {};
  for (const [type, termijn] of Object.entries(invoer.termijnen)) {
    if (!termijn) continue;
    reglement[type] = {
      target: parsePeriod(termijn.target),
      ...(termijn.execution !== undefined ? { execution: parsePeriod(termijn.execution) } : {}),
    };
  }
  const dagen = [...new Set(invoer.extraSluitingsdagen)].sort();
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const oud = await getOrganisatie(tx);
    const na = {
      reglement,
      extraSluitingsdagen: dagen,
      downloadGeldigDagen: invoer.downloadGeldigDagen,
      maxDownloads: invoer.maxDownloads,
      kostenExtraKopieCent: invoer.kostenExtraKopieCent ?? oud.kostenExtraKopieCent,
    };
    const voor = {
      reglement: oud.reglement,
      extraSluitingsdagen: oud.extraSluitingsdagen,
      downloadGeldigDagen: oud.downloadGeldigDagen,
      maxDownloads: oud.maxDownloads,
      kostenExtraKopieCent: oud.kostenExtraKopieCent,
    };
    const [nieuw] = await tx
      .update(organisatie)
      .set({ ...na, bijgewerktOp: new Date() })
      .where(eq(organisatie.id, 1))
      .returning();
    await auditBeheer(tx, door, "beheer.reglement.gewijzigd", { wijzigingen: verschil(voor, na) }, "reglement");
    return nieuw!;
  });
}

// ---------------------------------------------------------------- 5. staff

export type MedewerkerOverzicht = {
  id: string;
  naam: string;
  email: string;
  rollen: MedewerkerRol[];
  actief: boolean;
  passkeys: PasskeyOverzicht[];
};

/** All staff with their passkeys (beheerder only). */
export async function medewerkersOverzicht(door: string): Promise<MedewerkerOverzicht[]> {
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door, "beheer.medewerkers");
    const rijen = await tx.select().from(medewerkers).orderBy(desc(medewerkers.actief), asc(medewerkers.naam));
    const uit: MedewerkerOverzicht[] = [];
    for (const m of rijen) {
      uit.push({
        id: m.id,
        naam: m.naam,
        email: m.email,
        rollen: m.rollen,
        actief: m.actief,
        passkeys: await passkeysVan({ medewerkerId: m.id }, tx),
      });
    }
    return uit;
  });
}

/**
 * Someone must still be able to manage staff: the other active staff members who hold
 * "beheer.medewerkers" (app/domain/bevoegdheden.ts). Without them nobody could undo the change.
 */
async function andereActieveBeheerders(tx: Tx, id: string): Promise<number> {
  const [rij] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(medewerkers)
    .where(and(actiefMetBevoegdheid("beheer.medewerkers"), ne(medewerkers.id, id)));
  return Number(rij?.n ?? 0);
}

async function vindMedewerker(tx: Tx, id: string) {
  if (!z.uuid().safeParse(id).success) throw new DomainError("niet_gevonden", "Deze medewerker bestaat niet.");
  const [m] = await tx.select().from(medewerkers).where(eq(medewerkers.id, id));
  if (!m) throw new DomainError("niet_gevonden", "Deze medewerker bestaat niet.");
  return m;
}

/**
 * Change a staff member's roles. Refused ("laatste_beheerder") when it would leave no active
 * beheerder, ("ongeldige_rol") for an empty or unknown role list.
 */
export async function wijzigRollen(door: string, medewerkerId: string, rollen: string[]): Promise<void> {
  const uniek = [...new Set(rollen)];
  if (uniek.length === 0 || !uniek.every((r) => (MEDEWERKER_ROLLEN as readonly string[]).includes(r))) {
    throw new DomainError("ongeldige_rol", `Kies ten minste één rol uit: ${MEDEWERKER_ROLLEN.join(", ")}.`);
  }
  await db().transaction(async (tx) => {
    await vereisBeheerder(tx, door, "beheer.medewerkers");
    const m = await vindMedewerker(tx, medewerkerId);
    if (
      m.actief &&
      mag(m.rollen, "beheer.medewerkers") &&
      !mag(uniek, "beheer.medewerkers") &&
      (await andereActieveBeheerders(tx, m.id)) === 0
    ) {
      throw new DomainError(
        "laatste_beheerder",
        "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.",
      );
    }
    await tx
      .update(medewerkers)
      .set({ rollen: uniek as MedewerkerRol[] })
      .where(eq(medewerkers.id, m.id));
    await auditBeheer(
      tx,
      door,
      "beheer.medewerker.rollen",
      { medewerkerId: m.id, voor: m.rollen, na: uniek },
      "medewerkers",
    );
  });
}

/**
 * Deactivate a staff member: actief=false, every session revoked and every passkey revoked
 * (`ingetrokken_op`), at once and in one transaction. A revoked passkey signs in and signs nothing
 * any more, but its public key stays: the letters this person signed before must still verify
 * (`npm run decision:verify`, docs/decisions/023). Refused ("laatste_beheerder") for the last active beheerder.
 */
export async function deactiveerMedewerker(
  door: string,
  medewerkerId: string,
): Promise<{ sessies: number; passkeys: number }> {
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door, "beheer.medewerkers");
    const m = await vindMedewerker(tx, medewerkerId);
    if (!m.actief) throw new DomainError("al_gedeactiveerd", "Deze medewerker is al gedeactiveerd.");
    if (mag(m.rollen, "beheer.medewerkers") && (await andereActieveBeheerders(tx, m.id)) === 0) {
      throw new DomainError(
        "laatste_beheerder",
        "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.",
      );
    }
    await tx.update(medewerkers).set({ actief: false, gedeactiveerdOp: new Date() }).where(eq(medewerkers.id, m.id));
    const sessies = await stopAlleSessies(tx, { medewerkerId: m.id });
    const weg = await tx
      .update(passkeys)
      .set({ ingetrokkenOp: new Date() })
      .where(and(eq(passkeys.medewerkerId, m.id), isNull(passkeys.ingetrokkenOp)))
      .returning({ id: passkeys.id });
    await auditBeheer(
      tx,
      door,
      "beheer.medewerker.gedeactiveerd",
      { medewerkerId: m.id, sessiesIngetrokken: sessies, passkeysIngetrokken: weg.length },
      "medewerkers",
    );
    return { sessies, passkeys: weg.length };
  });
}

// ---------------------------------------------------------------- 4. retention policy

/** Save the retention policy per dossier category (defaults: app/domain/bewaartermijnen.ts). */
export async function slaBewaarbeleidOp(door: string, invoer: unknown): Promise<Bewaarbeleid> {
  const beleid = valideerBewaarbeleid(invoer);
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const oud = await getOrganisatie(tx);
    await tx.update(organisatie).set({ bewaarbeleid: beleid, bijgewerktOp: new Date() }).where(eq(organisatie.id, 1));
    await auditBeheer(
      tx,
      door,
      "beheer.bewaarbeleid.gewijzigd",
      { voor: bewaarbeleidMetStandaard(oud.bewaarbeleid), na: beleid },
      "bewaarbeleid",
    );
    return beleid;
  });
}

/**
 * Save how long the portal keeps its own records (closed requests, the access log, the grace period
 * after a term; app/domain/vernietiging.ts, docs/decisions/031). `waarde` is checked by
 * `controleerPortaalbewaring`; checked again here so no caller can store less than the law asks.
 */
export async function slaPortaalbewaringOp(door: string, invoer: Record<string, unknown>): Promise<Portaalbewaring> {
  const check = controleerPortaalbewaring(invoer);
  if (!check.ok)
    throw new DomainError(
      "ongeldige_portaalbewaring",
      `Ongeldige bewaartermijn voor ${check.fout.veld}: van ${check.fout.min} tot ${check.fout.max}.`,
    );
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const oud = await getOrganisatie(tx);
    await tx
      .update(organisatie)
      .set({ portaalbewaring: check.waarde, bijgewerktOp: new Date() })
      .where(eq(organisatie.id, 1));
    await auditBeheer(
      tx,
      door,
      "beheer.portaalbewaring.gewijzigd",
      { voor: portaalbewaringMetStandaard(oud.portaalbewaring), na: check.waarde },
      "portaalbewaring",
    );
    return check.waarde;
  });
}

// ---------------------------------------------------------------- 3. register of processing

export type Verwerking = typeof verwerkingen.$inferSelect;

export const VerwerkingSchema = z.object({
  sleutel: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/),
  naam: z.string().trim().min(2).max(120),
  doel: z.string().trim().min(2).max(1000),
  rechtsgrond: z.string().trim().min(2).max(300),
  categorieen: z.array(z.string().trim().min(1).max(80)).min(1),
  ontvangers: z.array(z.string().trim().min(1).max(120)),
  bewaartermijn: z.string().trim().min(2).max(300),
  bron: z.string().trim().min(2).max(300),
  bezwaarMogelijk: z.boolean(),
  /** AVG art. 15 lid 1 sub h: empty = no automated decision-making (stored as null). */
  geautomatiseerdeBesluitvorming: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((s) => (s ? s : null)),
  /** AVG art. 15 lid 2: empty = no transfer outside the EEA (stored as null). */
  doorgifteBuitenEer: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((s) => (s ? s : null)),
  geldigVanaf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type VerwerkingInvoer = z.input<typeof VerwerkingSchema>;

/** The register as it is now: the open version of every processing. */
export async function huidigRegister(conn: Tx | ReturnType<typeof db> = db()): Promise<Verwerking[]> {
  return conn.select().from(verwerkingen).where(isNull(verwerkingen.geldigTot)).orderBy(asc(verwerkingen.naam));
}

/** The version of each processing in force on `datum` (the inzage overview cites it). */
export async function registerOp(datum: string, conn: Tx | ReturnType<typeof db> = db()): Promise<Verwerking[]> {
  parseIsoDate(datum);
  return conn
    .select()
    .from(verwerkingen)
    .where(
      and(
        sql`${verwerkingen.geldigVanaf} <= ${datum}`,
        sql`(${verwerkingen.geldigTot} is null or ${verwerkingen.geldigTot} > ${datum})`,
      ),
    )
    .orderBy(asc(verwerkingen.naam));
}

/**
 * Record a processing: a new key starts at version 1; an existing key gets a new version that
 * starts on `geldigVanaf` and closes the previous one (geldigTot = that day). History is never edited.
 */
export async function legVerwerkingVast(door: string, invoer: VerwerkingInvoer): Promise<Verwerking> {
  const parsed = VerwerkingSchema.safeParse(invoer);
  if (!parsed.success) {
    const velden = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    throw new DomainError("ongeldige_invoer", `Deze velden kloppen niet: ${velden.join(", ")}.`, velden[0], {
      velden: velden.join(","),
    });
  }
  const v = parsed.data;
  parseIsoDate(v.geldigVanaf);
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const [vorige] = await tx
      .select()
      .from(verwerkingen)
      .where(eq(verwerkingen.sleutel, v.sleutel))
      .orderBy(desc(verwerkingen.versie))
      .limit(1);
    if (vorige && vorige.geldigVanaf >= v.geldigVanaf) {
      throw new DomainError(
        "datum_te_vroeg",
        `Een nieuwe versie moet ingaan na ${vorige.geldigVanaf}, de ingangsdatum van versie ${vorige.versie}.`,
        "geldigVanaf",
        { datum: vorige.geldigVanaf, versie: vorige.versie },
      );
    }
    if (vorige && !vorige.geldigTot) {
      await tx.update(verwerkingen).set({ geldigTot: v.geldigVanaf }).where(eq(verwerkingen.id, vorige.id));
    }
    const [nieuw] = await tx
      .insert(verwerkingen)
      .values({ ...v, versie: (vorige?.versie ?? 0) + 1, geldigTot: null })
      .returning();
    await auditBeheer(
      tx,
      door,
      "beheer.register.versie",
      { sleutel: v.sleutel, versie: nieuw!.versie, voor: vorige ? { ...vorige, id: undefined } : null, na: { ...v } },
      "register",
    );
    return nieuw!;
  });
}

// ---------------------------------------------------------------- 7. change history

export type HistorieRij = {
  id: number;
  op: Date;
  actorId: string | null;
  actorNaam: string | null;
  actie: string;
  details: Record<string, unknown>;
};

/** The audit rows of beheer changes ("beheer.*"), newest first. */
export async function beheerHistorie(door: string, limiet = 200): Promise<HistorieRij[]> {
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const rijen = await tx
      .select({
        id: auditLog.id,
        op: auditLog.op,
        actorId: auditLog.actorId,
        actie: auditLog.actie,
        details: auditLog.details,
        actorNaam: medewerkers.naam,
      })
      .from(auditLog)
      .leftJoin(medewerkers, sql`${medewerkers.id}::text = ${auditLog.actorId}`)
      .where(like(auditLog.actie, "beheer.%"))
      .orderBy(desc(auditLog.id))
      .limit(limiet);
    return rijen.map((r) => ({ ...r, actorNaam: r.actorNaam ?? null }));
  });
}
