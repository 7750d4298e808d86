import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "../../db/db.server";
import { organisatie } from "../../db/schema";
import { DEFAULT_REGLEMENT, parsePeriod, type Period } from "../domain/deadlines";
import { VERZOEKTYPEN, type Verzoektype } from "../domain/request-types";
import type { Taal } from "../i18n/taal";
import { opslag } from "./opslag.server";

export type Organisatie = typeof organisatie.$inferSelect;

/** The practice running this portal (one row). Throws when the database was never set up. */
export async function getOrganisatie(conn: DbOrTx = db()): Promise<Organisatie> {
  const [row] = await conn.select().from(organisatie).where(eq(organisatie.id, 1));
  if (!row) throw new Error("De organisatie is nog niet ingesteld (lege database).");
  return row;
}

/** Contact details shown on every page, e-mail and letter (AVG art. 12 lid 4, art. 38 lid 4). */
export type OrganisatieContact = Pick<
  Organisatie,
  | "naam"
  | "straat"
  | "postcode"
  | "plaats"
  | "email"
  | "telefoon"
  | "fgNaam"
  | "fgEmail"
  | "fgTelefoon"
  | "klachtenroute"
  | "geschilleninstantie"
  | "klachtenrouteEn"
  | "geschilleninstantieEn"
>;

export function contactVan(org: Organisatie): OrganisatieContact {
  const {
    naam,
    straat,
    postcode,
    plaats,
    email,
    telefoon,
    fgNaam,
    fgEmail,
    fgTelefoon,
    klachtenroute,
    geschilleninstantie,
    klachtenrouteEn,
    geschilleninstantieEn,
  } = org;
  return {
    naam,
    straat,
    postcode,
    plaats,
    email,
    telefoon,
    fgNaam,
    fgEmail,
    fgTelefoon,
    klachtenroute,
    geschilleninstantie,
    klachtenrouteEn,
    geschilleninstantieEn,
  };
}

/**
 * The decision deadline per right as this organisation's reglement sets it (the defaults of the
 * default reglement where it sets none), as the deadline engine reads it (app/domain/deadlines.ts).
 */
export function doelTermijnen(org: Pick<Organisatie, "reglement">): Record<Verzoektype, Period> {
  const uit = {} as Record<Verzoektype, Period>;
  for (const type of VERZOEKTYPEN) {
    try {
      uit[type] = parsePeriod(org.reglement[type]?.target ?? DEFAULT_REGLEMENT[type].target);
    } catch {
      uit[type] = DEFAULT_REGLEMENT[type].target;
    }
  }
  return uit;
}

// ---------------------------------------------------------------- logo (issue 7: every page, e-mail and letter)

/**
 * The version of a stored logo: the random part of its storage key ("logo/<hex>.png"). A new upload
 * gets a new key, so the version doubles as the ETag and as a cache-busting `?v=` in links.
 */
export function logoVersie(sleutel: string | null): string | null {
  const m = sleutel ? /^logo\/([A-Za-z0-9_-]{1,64})\.(png|svg)$/.exec(sleutel) : null;
  return m ? m[1]! : null;
}

export function logoMimeType(sleutel: string): "image/png" | "image/svg+xml" {
  return sleutel.endsWith(".png") ? "image/png" : "image/svg+xml";
}

/** The path of the logo on this site (GET /logo, app/routes/logo.ts), or null without a logo. */
export function logoPad(org: Pick<Organisatie, "logo">): string | null {
  const versie = logoVersie(org.logo);
  return versie ? `/logo?v=${versie}` : null;
}

export type LogoBestand = { sleutel: string; versie: string; mimeType: "image/png" | "image/svg+xml"; bytes: Buffer };

/** The current logo file (for GET /logo and the PDF letter); null when there is none or the file is gone. */
export async function logoBestand(conn: DbOrTx = db()): Promise<LogoBestand | null> {
  const [rij] = await conn.select({ logo: organisatie.logo }).from(organisatie).where(eq(organisatie.id, 1));
  const sleutel = rij?.logo ?? null;
  const versie = logoVersie(sleutel);
  if (!sleutel || !versie || (await opslag().grootte(sleutel)) === null) return null;
  const delen: Buffer[] = [];
  for await (const deel of opslag().getStream(sleutel)) delen.push(deel as Buffer);
  return { sleutel, versie, mimeType: logoMimeType(sleutel), bytes: Buffer.concat(delen) };
}

// ---------------------------------------------------------------- languages offered (organisatie.talen)

/** The languages this organisation offers: always Dutch, plus those the beheerder chose. */
export function aangebodenTalenVan(org: Pick<Organisatie, "talen">): Taal[] {
  return ["nl", ...(org.talen.includes("en") ? (["en"] as const) : [])];
}

/** A language that is not offered falls back to Dutch. */
export function taalAangeboden(taal: Taal, org: Pick<Organisatie, "talen">): Taal {
  return aangebodenTalenVan(org).includes(taal) ? taal : "nl";
}

declare global {
  var __rechtenloketTalen: { talen: Taal[]; tot: number } | undefined;
}

/**
 * The offered languages, cached for a few seconds: asked on requests in English only (the
 * language cookie), so Dutch pages never pay for it. Saving the organisation clears the cache.
 */
export async function aangebodenTalen(): Promise<Taal[]> {
  const cache = globalThis.__rechtenloketTalen;
  if (cache && cache.tot > Date.now()) return cache.talen;
  const [rij] = await db().select({ talen: organisatie.talen }).from(organisatie).where(eq(organisatie.id, 1));
  const talen = rij ? aangebodenTalenVan(rij) : (["nl", "en"] as Taal[]);
  globalThis.__rechtenloketTalen = { talen, tot: Date.now() + 5_000 };
  return talen;
}

export function vergeetAangebodenTalen(): void {
  globalThis.__rechtenloketTalen = undefined;
}

/**
 * A new installation without the demo still needs its organisation row: an empty one that the
 * beheerder fills in. Does nothing when the row exists.
 */
export async function zorgVoorOrganisatie(conn: DbOrTx = db()): Promise<boolean> {
  const rows = await conn
    .insert(organisatie)
    .values({ id: 1, naam: "Nieuwe praktijk (nog in te stellen)" })
    .onConflictDoNothing()
    .returning({ id: organisatie.id });
  return rows.length > 0;
}
