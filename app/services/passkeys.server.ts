/**
 * Passkeys (WebAuthn) for clients (`accounts`) and staff (`medewerkers`) alike (docs/decisions/005).
 *
 * - Challenges live in `webauthn_uitdagingen`: created here, single use, 5 minutes, never trusted
 *   from the browser. The challenge the browser signed is only used to look the row up; the row is
 *   burned (gebruiktOp) before the signature is checked, so a replay finds nothing.
 * - Sign-in uses discoverable credentials (no allowCredentials): the passkey tells us who it is.
 * - Staff call the same functions with `userVerification: "required"`; clients with "preferred".
 * - Deleting a passkey filters on its owner (docs/architectuur.md "Security model").
 */
import { clientenMetBevestigdBezoek, werkIdentiteitBijVoorAccount } from "./identiteit.server";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "../../db/db.server";
import { passkeys, webauthnUitdagingen } from "../../db/schema";
import { env } from "../env.server";
import { audit } from "./audit.server";
import { getOrganisatie } from "./organisatie.server";

/** Who a passkey belongs to: a portal account (client or representative) or a staff member. */
export type PasskeyEigenaar = { accountId: string } | { medewerkerId: string };
export type EigenaarSoort = "account" | "medewerker";

export type Gebruikersverificatie = "required" | "preferred";

export const UITDAGING_GELDIG_MINUTEN = 5;
export const PASSKEY_NAAM_MAX = 60;

export type PasskeyRij = typeof passkeys.$inferSelect;
/** What a passkey list shows (never the public key). */
export type PasskeyOverzicht = Pick<
  PasskeyRij,
  "id" | "naam" | "aangemaaktOp" | "laatstGebruiktOp" | "backedUp" | "deviceType"
>;

/** The relying party: RP ID = host name of PUBLIC_URL, origin = its origin. */
export function relyingParty(): { rpID: string; origin: string } {
  const url = new URL(env().PUBLIC_URL);
  return { rpID: url.hostname, origin: url.origin };
}

function eigenaarId(eigenaar: PasskeyEigenaar): string {
  return "accountId" in eigenaar ? eigenaar.accountId : eigenaar.medewerkerId;
}

function ownerFilter(eigenaar: PasskeyEigenaar) {
  return "accountId" in eigenaar
    ? eq(passkeys.accountId, eigenaar.accountId)
    : eq(passkeys.medewerkerId, eigenaar.medewerkerId);
}

function uitdagingOwnerFilter(eigenaar: PasskeyEigenaar | null) {
  if (!eigenaar) return and(isNull(webauthnUitdagingen.accountId), isNull(webauthnUitdagingen.medewerkerId));
  return "accountId" in eigenaar
    ? eq(webauthnUitdagingen.accountId, eigenaar.accountId)
    : eq(webauthnUitdagingen.medewerkerId, eigenaar.medewerkerId);
}

function auditActor(eigenaar: PasskeyEigenaar) {
  return "accountId" in eigenaar
    ? ({ actorSoort: "client", actorId: eigenaar.accountId } as const)
    : ({ actorSoort: "medewerker", actorId: eigenaar.medewerkerId } as const);
}

/** The WebAuthn user handle: the owner's id as UTF-8 (ids are UUIDs, unique across both tables). */
function userHandle(eigenaar: PasskeyEigenaar): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(eigenaarId(eigenaar));
}

/** The challenge the browser signed, read from clientDataJSON (only to find our own row). */
function ondertekendeUitdaging(clientDataJSON: unknown): string | null {
  if (typeof clientDataJSON !== "string" || clientDataJSON.length > 8192) return null;
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" && data.challenge.length > 0 ? data.challenge : null;
  } catch {
    return null;
  }
}

async function bewaarUitdaging(
  conn: DbOrTx,
  rij: {
    uitdaging: string;
    doel: "registratie" | "inloggen";
    eigenaar: PasskeyEigenaar | null;
    context: Record<string, unknown>;
    nu: Date;
  },
): Promise<void> {
  // Housekeeping: challenges older than a day are of no use to anyone.
  await conn
    .delete(webauthnUitdagingen)
    .where(lt(webauthnUitdagingen.verlooptOp, new Date(rij.nu.getTime() - 86_400_000)));
  await conn.insert(webauthnUitdagingen).values({
    uitdaging: rij.uitdaging,
    doel: rij.doel,
    accountId: rij.eigenaar && "accountId" in rij.eigenaar ? rij.eigenaar.accountId : null,
    medewerkerId: rij.eigenaar && "medewerkerId" in rij.eigenaar ? rij.eigenaar.medewerkerId : null,
    context: rij.context,
    verlooptOp: new Date(rij.nu.getTime() + UITDAGING_GELDIG_MINUTEN * 60_000),
    aangemaaktOp: rij.nu,
  });
}

/** Burn the challenge (single use) and return it; null when unknown, used, expired or not this owner's. */
async function verbruikUitdaging(
  tx: Tx,
  input: { uitdaging: string; doel: "registratie" | "inloggen"; eigenaar: PasskeyEigenaar | null; nu: Date },
) {
  const [rij] = await tx
    .update(webauthnUitdagingen)
    .set({ gebruiktOp: input.nu })
    .where(
      and(
        eq(webauthnUitdagingen.uitdaging, input.uitdaging),
        eq(webauthnUitdagingen.doel, input.doel),
        uitdagingOwnerFilter(input.eigenaar),
        isNull(webauthnUitdagingen.gebruiktOp),
        gt(webauthnUitdagingen.verlooptOp, input.nu),
      ),
    )
    .returning();
  return rij ?? null;
}

// ---------------------------------------------------------------- registration

export type RegistratieOpties = {
  userVerification: Gebruikersverificatie;
  /** Shown by the authenticator: the e-mail address of the account or staff member. */
  gebruikersnaam: string;
  weergavenaam?: string;
  nu?: Date;
};

/**
 * Options for navigator.credentials.create(): a resident (discoverable) key, excluding the owner's
 * existing passkeys. The challenge is stored for this owner only.
 */
export async function startPasskeyRegistratie(
  eigenaar: PasskeyEigenaar,
  opts: RegistratieOpties,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const nu = opts.nu ?? new Date();
  const { rpID } = relyingParty();
  return db().transaction(async (tx) => {
    const org = await getOrganisatie(tx);
    const bestaande = await tx
      .select({ id: passkeys.id, transports: passkeys.transports })
      .from(passkeys)
      .where(ownerFilter(eigenaar));
    const options = await generateRegistrationOptions({
      rpName: org.naam,
      rpID,
      userName: opts.gebruikersnaam,
      userDisplayName: opts.weergavenaam || opts.gebruikersnaam,
      userID: userHandle(eigenaar),
      timeout: UITDAGING_GELDIG_MINUTEN * 60_000,
      attestationType: "none",
      excludeCredentials: bestaande.map((p) => ({ id: p.id, transports: p.transports })),
      authenticatorSelection: { residentKey: "required", userVerification: opts.userVerification },
    });
    await bewaarUitdaging(tx, {
      uitdaging: options.challenge,
      doel: "registratie",
      eigenaar,
      context: { userVerification: opts.userVerification },
      nu,
    });
    return options;
  });
}

export type PasskeyRegistratieResultaat =
  | { ok: true; passkey: PasskeyOverzicht }
  | { ok: false; reden: "ongeldig_antwoord" | "uitdaging_onbekend" | "niet_geverifieerd" | "al_geregistreerd" };

/**
 * Verify the browser's registration response against our stored challenge and store the passkey,
 * with its audit row, in one transaction. A failed attempt still burns the challenge.
 */
export async function voltooiPasskeyRegistratie(
  eigenaar: PasskeyEigenaar,
  response: unknown,
  opts: { userVerification: Gebruikersverificatie; naam: string; nu?: Date },
): Promise<PasskeyRegistratieResultaat> {
  const nu = opts.nu ?? new Date();
  const antwoord = response as RegistrationResponseJSON;
  const uitdaging = ondertekendeUitdaging(antwoord?.response?.clientDataJSON);
  if (!uitdaging || typeof antwoord?.id !== "string") return { ok: false, reden: "ongeldig_antwoord" };
  const { rpID, origin } = relyingParty();
  const naam = opts.naam.trim().slice(0, PASSKEY_NAAM_MAX);

  return db().transaction(async (tx): Promise<PasskeyRegistratieResultaat> => {
    const rij = await verbruikUitdaging(tx, { uitdaging, doel: "registratie", eigenaar, nu });
    if (!rij) return { ok: false, reden: "uitdaging_onbekend" };
    let verificatie;
    try {
      verificatie = await verifyRegistrationResponse({
        response: antwoord,
        expectedChallenge: rij.uitdaging,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: opts.userVerification === "required",
      });
    } catch {
      // The library throws on malformed or mismatching responses; no details (they may be large).
      return { ok: false, reden: "niet_geverifieerd" };
    }
    if (!verificatie.verified) return { ok: false, reden: "niet_geverifieerd" };
    const info = verificatie.registrationInfo;
    const [bestaand] = await tx.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.id, info.credential.id));
    if (bestaand) return { ok: false, reden: "al_geregistreerd" };
    // Docs/decisions/018: a client's passkey counts as an identity level only for the clients whose
    // record knew this account's address (or who were legitimated) at the moment it was registered.
    const bekendBijClienten =
      "accountId" in eigenaar ? await clientenMetBevestigdBezoek(tx, eigenaar.accountId, nu) : [];
    const [opgeslagen] = await tx
      .insert(passkeys)
      .values({
        id: info.credential.id,
        accountId: "accountId" in eigenaar ? eigenaar.accountId : null,
        medewerkerId: "medewerkerId" in eigenaar ? eigenaar.medewerkerId : null,
        publicKey: info.credential.publicKey,
        counter: info.credential.counter,
        transports: info.credential.transports ?? [],
        deviceType: info.credentialDeviceType,
        backedUp: info.credentialBackedUp,
        naam,
        bekendBijClienten,
        aangemaaktOp: nu,
      })
      .returning();
    if (bekendBijClienten.length > 0 && "accountId" in eigenaar)
      await werkIdentiteitBijVoorAccount(tx, eigenaar.accountId, nu);
    await audit(tx, {
      ...auditActor(eigenaar),
      actie: "passkey.toegevoegd",
      onderdeel: "passkeys",
      details: {
        passkeyId: opgeslagen!.id,
        gebruikerGeverifieerd: info.userVerified,
        bekendBijClienten: bekendBijClienten.length,
      },
    });
    return { ok: true, passkey: overzicht(opgeslagen!) };
  });
}

// ---------------------------------------------------------------- sign-in

export type InlogOpties = {
  userVerification: Gebruikersverificatie;
  /** Whose passkeys may sign in with this challenge: clients' or staff's. */
  soort: EigenaarSoort;
  nu?: Date;
};

/** Options for navigator.credentials.get() with discoverable credentials (empty allowCredentials). */
export async function startPasskeyInloggen(opts: InlogOpties): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const nu = opts.nu ?? new Date();
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: [],
    userVerification: opts.userVerification,
    timeout: UITDAGING_GELDIG_MINUTEN * 60_000,
  });
  await bewaarUitdaging(db(), {
    uitdaging: options.challenge,
    doel: "inloggen",
    eigenaar: null,
    context: { soort: opts.soort, userVerification: opts.userVerification },
    nu,
  });
  return options;
}

export type PasskeyInlogResultaat =
  | { ok: true; eigenaar: PasskeyEigenaar; passkeyId: string }
  | { ok: false; reden: "ongeldig_antwoord" | "uitdaging_onbekend" | "onbekende_passkey" | "niet_geverifieerd" };

/**
 * Verify a sign-in assertion inside the caller's transaction `tx` (so the session and its audit row
 * commit with it). Burns the challenge, checks the signature, the counter and the user handle,
 * and updates counter and laatstGebruiktOp. Returns the owner; the caller starts the session.
 * Never throws for a bad response: the caller commits, so a failed attempt still burns the challenge.
 */
export async function voltooiPasskeyInloggen(
  response: unknown,
  opts: InlogOpties & { tx: Tx },
): Promise<PasskeyInlogResultaat> {
  const { tx } = opts;
  const nu = opts.nu ?? new Date();
  const antwoord = response as AuthenticationResponseJSON;
  const uitdaging = ondertekendeUitdaging(antwoord?.response?.clientDataJSON);
  if (!uitdaging || typeof antwoord?.id !== "string") return { ok: false, reden: "ongeldig_antwoord" };

  const rij = await verbruikUitdaging(tx, { uitdaging, doel: "inloggen", eigenaar: null, nu });
  if (!rij || rij.context.soort !== opts.soort || rij.context.userVerification !== opts.userVerification) {
    return { ok: false, reden: "uitdaging_onbekend" };
  }
  const [passkey] = await tx
    .select()
    .from(passkeys)
    .where(
      and(
        eq(passkeys.id, antwoord.id),
        // A revoked passkey (docs/decisions/023) no longer signs in.
        isNull(passkeys.ingetrokkenOp),
        opts.soort === "account" ? sql`${passkeys.accountId} is not null` : sql`${passkeys.medewerkerId} is not null`,
      ),
    )
    .for("update");
  if (!passkey) return { ok: false, reden: "onbekende_passkey" };
  const eigenaar: PasskeyEigenaar = passkey.accountId
    ? { accountId: passkey.accountId }
    : { medewerkerId: passkey.medewerkerId! };

  // A discoverable credential returns the user handle we gave it at registration.
  const handle = antwoord.response.userHandle;
  if (handle && handle !== Buffer.from(userHandle(eigenaar)).toString("base64url")) {
    return { ok: false, reden: "niet_geverifieerd" };
  }

  const { rpID, origin } = relyingParty();
  let verificatie;
  try {
    verificatie = await verifyAuthenticationResponse({
      response: antwoord,
      expectedChallenge: rij.uitdaging,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports,
      },
      requireUserVerification: opts.userVerification === "required",
    });
  } catch {
    // Includes a counter that went backwards (a cloned authenticator).
    return { ok: false, reden: "niet_geverifieerd" };
  }
  if (!verificatie.verified) return { ok: false, reden: "niet_geverifieerd" };

  await tx
    .update(passkeys)
    .set({
      counter: verificatie.authenticationInfo.newCounter,
      backedUp: verificatie.authenticationInfo.credentialBackedUp,
      laatstGebruiktOp: nu,
    })
    .where(eq(passkeys.id, passkey.id));
  return { ok: true, eigenaar, passkeyId: passkey.id };
}

// ---------------------------------------------------------------- management

function overzicht(p: PasskeyRij): PasskeyOverzicht {
  return {
    id: p.id,
    naam: p.naam,
    aangemaaktOp: p.aangemaaktOp,
    laatstGebruiktOp: p.laatstGebruiktOp,
    backedUp: p.backedUp,
    deviceType: p.deviceType,
  };
}

/** The owner's passkeys that still work (revoked ones are kept only to verify old signatures), newest first. */
export async function passkeysVan(eigenaar: PasskeyEigenaar, conn: DbOrTx = db()): Promise<PasskeyOverzicht[]> {
  const rows = await conn
    .select()
    .from(passkeys)
    .where(and(ownerFilter(eigenaar), isNull(passkeys.ingetrokkenOp)))
    .orderBy(desc(passkeys.aangemaaktOp));
  return rows.map(overzicht);
}

/**
 * Remove one of the owner's passkeys (someone else's id removes nothing); with its audit row. A
 * client's passkey is deleted. A staff passkey is revoked, not deleted: it no longer signs in or
 * signs, but its public key keeps verifying the letters signed with it (docs/decisions/023).
 */
export async function verwijderPasskey(eigenaar: PasskeyEigenaar, passkeyId: string): Promise<boolean> {
  return db().transaction(async (tx) => {
    const waar = and(eq(passkeys.id, passkeyId), ownerFilter(eigenaar), isNull(passkeys.ingetrokkenOp));
    const verwijderd =
      "accountId" in eigenaar
        ? await tx.delete(passkeys).where(waar).returning({ id: passkeys.id })
        : await tx.update(passkeys).set({ ingetrokkenOp: new Date() }).where(waar).returning({ id: passkeys.id });
    if (verwijderd.length === 0) return false;
    await audit(tx, {
      ...auditActor(eigenaar),
      actie: "passkey.verwijderd",
      onderdeel: "passkeys",
      details: { passkeyId },
    });
    return true;
  });
}

/** For tests and housekeeping: open challenges of an owner (or of anonymous sign-in). */
export async function openUitdagingen(eigenaar: PasskeyEigenaar | null, nu = new Date()) {
  return db()
    .select()
    .from(webauthnUitdagingen)
    .where(
      and(
        uitdagingOwnerFilter(eigenaar),
        isNull(webauthnUitdagingen.gebruiktOp),
        gt(webauthnUitdagingen.verlooptOp, nu),
      ),
    );
}
