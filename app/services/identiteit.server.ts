/**
 * The identity level of a request, derived from what the portal itself established
 * (docs/decisions/018-identiteitsniveaus.md; AVG art. 12 lid 6, art. 32). The rule is pure
 * (app/domain/identiteit.ts); this module gathers its facts:
 * - the filer's address proved by a one-time code: the address of the account that filed
 *   (or that a registered request joined, docs/decisions/014);
 * - the addresses known in the linked client record: the client's own when the client files,
 *   a recorded representative's (`relaties`, valid today) when a representative files;
 * - a passkey of that account registered after a visit at "bekend_adres" for this client;
 * - a legitimation check and the authority checks recorded on the request.
 * `verzoeken.identiteit` keeps the last derived level for lists; every gate derives it again.
 */
import { and, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/db.server";
import { accounts, clienten, identiteitscontroles, passkeys, relaties, verzoeken } from "../../db/schema";
import { amsterdamDate, type IsoDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import {
  identiteitBlokkade,
  identiteitsniveau,
  identiteitTekort,
  identiteitTekortTekst,
  minstens,
  NIVEAU_VOOR_ONTSLUITING,
  ontsluitingBlokkade,
  VEREIST_NIVEAU,
  VERTEGENWOORDIGING_TEKORT_TEKST,
  type IdentiteitBlokkade,
  type Identiteitsniveau,
} from "../domain/identiteit";
import { isVerzoektype, type Verzoektype } from "../domain/request-types";

/** Relations that a record can hold with authority over the care dossier (not a bewindvoerder). */
const VERTEGENWOORDIGENDE_RELATIES = ["ouder_met_gezag", "voogd", "mentor", "curator", "gemachtigde"] as const;

export type IdentiteitsStand = {
  type: Verzoektype;
  relatie: string;
  niveau: Identiteitsniveau;
  /** The level this type needs before a grant. */
  vereist: Identiteitsniveau;
  /** The level missing, or null. */
  tekort: Identiteitsniveau | null;
  /** Kinds of proof of the recorded authority checks. */
  vertegenwoordigingsBewijzen: (string | null)[];
  blokkade: IdentiteitBlokkade | null;
};

/** Addresses of the client record that count for this filer (empty when not linked). */
async function bekendeAdressen(
  conn: DbOrTx,
  clientId: string | null,
  relatie: string,
  vandaag: IsoDate,
): Promise<string[]> {
  if (!clientId) return [];
  if (relatie === "zelf") {
    const [c] = await conn.select({ email: clienten.email }).from(clienten).where(eq(clienten.id, clientId));
    return c?.email ? [c.email] : [];
  }
  const rijen = await conn
    .select({ email: relaties.email })
    .from(relaties)
    .where(
      and(
        eq(relaties.clientId, clientId),
        inArray(relaties.soort, [...VERTEGENWOORDIGENDE_RELATIES]),
        or(isNull(relaties.geldigVanaf), lte(relaties.geldigVanaf, vandaag)),
        or(isNull(relaties.geldigTot), gte(relaties.geldigTot, vandaag)),
      ),
    );
  return rijen.flatMap((r) => (r.email ? [r.email] : []));
}

/** The facts of one request and the level and gate they give. Null when the request does not exist. */
export async function identiteitsStand(
  conn: DbOrTx,
  verzoekId: string,
  nu: Date = new Date(),
): Promise<IdentiteitsStand | null> {
  const vandaag = amsterdamDate(nu);
  const [v] = await conn
    .select({
      type: verzoeken.type,
      clientId: verzoeken.clientId,
      indiener: verzoeken.indiener,
      accountId: verzoeken.ingediendDoorAccountId,
      accountEmail: accounts.email,
    })
    .from(verzoeken)
    .leftJoin(accounts, eq(accounts.id, verzoeken.ingediendDoorAccountId))
    .where(eq(verzoeken.id, verzoekId));
  if (!v) return null;
  if (!isVerzoektype(v.type)) throw new Error(`Onbekend soort verzoek in de database: "${v.type}".`);
  const relatie = v.indiener.relatie;
  const controles = await conn
    .select({ soort: identiteitscontroles.soort, bewijsSoort: identiteitscontroles.bewijsSoort })
    .from(identiteitscontroles)
    .where(eq(identiteitscontroles.verzoekId, verzoekId));
  let passkeyNaBekendBezoek = false;
  if (v.accountId && v.clientId) {
    const [p] = await conn
      .select({ id: passkeys.id })
      .from(passkeys)
      .where(and(eq(passkeys.accountId, v.accountId), sql`${v.clientId}::uuid = any(${passkeys.bekendBijClienten})`))
      .limit(1);
    passkeyNaBekendBezoek = Boolean(p);
  }
  const niveau = identiteitsniveau({
    bevestigdAdres: v.accountEmail ?? null,
    bekendeAdressen: await bekendeAdressen(conn, v.clientId, relatie, vandaag),
    passkeyNaBekendBezoek,
    legitimatieGecontroleerd: controles.some((c) => c.soort === "legitimatie"),
  });
  const vertegenwoordigingsBewijzen = controles
    .filter((c) => c.soort === "vertegenwoordiging")
    .map((c) => c.bewijsSoort);
  return {
    type: v.type,
    relatie,
    niveau,
    vereist: VEREIST_NIVEAU[v.type],
    tekort: identiteitTekort(v.type, niveau),
    vertegenwoordigingsBewijzen,
    blokkade: identiteitBlokkade({ type: v.type, niveau, relatie, vertegenwoordigingsBewijzen }),
  };
}

/** Store the derived level on the request (for lists); the row's `versie` is left alone. */
export async function werkIdentiteitBij(
  conn: DbOrTx,
  verzoekId: string,
  nu: Date = new Date(),
): Promise<Identiteitsniveau | null> {
  const stand = await identiteitsStand(conn, verzoekId, nu);
  if (!stand) return null;
  await conn
    .update(verzoeken)
    .set({ identiteit: stand.niveau })
    .where(and(eq(verzoeken.id, verzoekId), sql`${verzoeken.identiteit} is distinct from ${stand.niveau}`));
  return stand.niveau;
}

/** The Dutch message of a gate (the page shows its own text from app/i18n/berichten.ts). */
export function blokkadeTekst(stand: IdentiteitsStand): string {
  if (stand.blokkade === "vertegenwoordiging_onbevestigd") return VERTEGENWOORDIGING_TEKORT_TEKST;
  return identiteitTekortTekst(stand.type, stand.niveau);
}

/**
 * Defense in depth at every point where data leaves the portal or a dossier changes (package
 * build and download, the receiving provider's download, execution of a correction, erasure or
 * restriction): the same gate as at the grant, with at least "bekend_adres" whatever the type.
 * Throws DomainError "identiteit_onbevestigd" or "vertegenwoordiging_onbevestigd".
 */
export async function vereisIdentiteit(
  conn: DbOrTx,
  verzoekId: string,
  nu: Date = new Date(),
): Promise<IdentiteitsStand> {
  const stand = await identiteitsStand(conn, verzoekId, nu);
  if (!stand) throw new DomainError("niet_gevonden", "Dit verzoek bestaat niet.");
  const blokkade = ontsluitingBlokkade({ ...stand });
  if (blokkade === "identiteit_onbevestigd") {
    const vereist = minstens(stand.vereist, NIVEAU_VOOR_ONTSLUITING) ? stand.vereist : NIVEAU_VOOR_ONTSLUITING;
    throw new DomainError(blokkade, identiteitTekortTekst(stand.type, stand.niveau, vereist));
  }
  if (blokkade) throw new DomainError(blokkade, VERTEGENWOORDIGING_TEKORT_TEKST);
  return stand;
}

/**
 * The clients for whose record this account's requests reach at least "bekend_adres" now: a passkey
 * registered at this moment counts for them (and only them) later (docs/decisions/018).
 */
export async function clientenMetBevestigdBezoek(
  conn: DbOrTx,
  accountId: string,
  nu: Date = new Date(),
): Promise<string[]> {
  const rijen = await conn
    .select({ id: verzoeken.id, clientId: verzoeken.clientId })
    .from(verzoeken)
    .where(and(eq(verzoeken.ingediendDoorAccountId, accountId), isNotNull(verzoeken.clientId)));
  const clienten = new Set<string>();
  for (const r of rijen) {
    if (clienten.has(r.clientId!)) continue;
    const stand = await identiteitsStand(conn, r.id, nu);
    if (stand && minstens(stand.niveau, "bekend_adres")) clienten.add(r.clientId!);
  }
  return [...clienten];
}

/** Refresh the stored level of every request of an account (after a passkey was added). */
export async function werkIdentiteitBijVoorAccount(
  conn: DbOrTx,
  accountId: string,
  nu: Date = new Date(),
): Promise<void> {
  const rijen = await conn
    .select({ id: verzoeken.id })
    .from(verzoeken)
    .where(eq(verzoeken.ingediendDoorAccountId, accountId));
  for (const r of rijen) await werkIdentiteitBij(conn, r.id, nu);
}
