/**
 * Staff accounts (docs/architectuur.md "Security model"): invitations, passkey registration through an
 * invitation, passkey sign-in and sign-out. Staff sign in ONLY with a passkey with user
 * verification (fingerprint, face or device PIN); there is no password and no e-mail code.
 *
 * - An invitation is a one-time link: 32 random bytes (base64url) whose SHA-256 alone is stored,
 *   valid 72 hours; a new invitation voids the person's earlier open ones.
 * - Using it registers a discoverable passkey (user verification required), marks it used, starts a
 *   staff session and writes the audit row.
 * - Only passkeys of active staff sign in; a client's passkey never does.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Tx } from "../../db/db.server";
import { DEMO } from "../../db/demo.server";
import {
  MEDEWERKER_ROLLEN,
  medewerkerUitnodigingen,
  medewerkers,
  passkeys,
  sessies,
  type MedewerkerRol,
} from "../../db/schema";
import { DomainError } from "../domain/errors";
import { env } from "../env.server";
import { audit } from "./audit.server";
import { queueMail } from "./mail.server";
import {
  startPasskeyInloggen,
  startPasskeyRegistratie,
  verwijderPasskey,
  voltooiPasskeyInloggen,
  voltooiPasskeyRegistratie,
} from "./passkeys.server";
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { getSessie, startSessie, stopSessie, type Medewerker } from "./sessies.server";
import { vereisBevoegdheid } from "./bevoegdheid.server";

export const UITNODIGING_GELDIG_UREN = 72;

/** Staff: user verification is always required (docs/architectuur.md "Security model"). */
const STAFF_VERIFICATIE = "required" as const;

const EmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Hex SHA-256 of an invitation token: the only form in which a token is stored. */
export function hashUitnodigingToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The address of the invitation page for a token. */
export function uitnodigingUrl(token: string): string {
  return `${env().PUBLIC_URL}/backoffice/uitnodiging/${token}`;
}

/** A token as it appears in a URL: base64url of 32 bytes (43 characters). Anything else is unknown. */
function isTokenVorm(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

// ---------------------------------------------------------------- invite

export type UitnodigingInvoer = {
  email: string;
  /** The name shown to the person and to colleagues; for a new staff member the e-mail address when omitted. */
  naam?: string;
  rol: MedewerkerRol;
  /** The inviting staff member (must be an active beheerder), or null for the CLI and the demo start. */
  door?: string | null;
  nu?: Date;
};

export type Uitnodiging = { url: string; verlooptOp: Date; medewerkerId: string };

/**
 * Invite a staff member: create them when the address is new (or reuse the existing person, active
 * or not; the role is added), void their open invitations, store a new one (hash only), queue the
 * e-mail with the link and write the audit row; one transaction. Throws DomainError
 * "geen_toegang" when `door` is not an active beheerder, "ongeldig_email" / "ongeldige_rol" /
 * "ongeldige_naam" for bad input (nothing is changed then).
 */
export async function nodigMedewerkerUit(invoer: UitnodigingInvoer): Promise<Uitnodiging> {
  const nu = invoer.nu ?? new Date();
  const email = EmailSchema.safeParse(invoer.email);
  if (!email.success) {
    throw new DomainError("ongeldig_email", `Dit is geen geldig e-mailadres: "${String(invoer.email).slice(0, 80)}".`);
  }
  if (!(MEDEWERKER_ROLLEN as readonly string[]).includes(invoer.rol)) {
    throw new DomainError(
      "ongeldige_rol",
      `Onbekende rol "${String(invoer.rol)}". Kies uit: ${MEDEWERKER_ROLLEN.join(", ")}.`,
    );
  }
  const naam = invoer.naam?.trim();
  if (invoer.naam !== undefined && (!naam || naam.length > 100)) {
    throw new DomainError("ongeldige_naam", "Een naam heeft 1 tot 100 tekens.");
  }
  const door = invoer.door ?? null;

  const token = randomBytes(32).toString("base64url");
  const verlooptOp = new Date(nu.getTime() + UITNODIGING_GELDIG_UREN * 3600_000);

  return db().transaction(async (tx) => {
    const uitnodiger = door ? await vereisBevoegdheid(tx, door, "beheer.medewerkers") : null;

    const { medewerker, nieuw } = await vindOfMaakMedewerker(tx, { email: email.data, naam, rol: invoer.rol, nu });

    // Earlier open invitations stop working: only the newest link is valid.
    const vervallen = await tx
      .update(medewerkerUitnodigingen)
      .set({ verlooptOp: nu })
      .where(
        and(
          eq(medewerkerUitnodigingen.medewerkerId, medewerker.id),
          isNull(medewerkerUitnodigingen.gebruiktOp),
          gt(medewerkerUitnodigingen.verlooptOp, nu),
        ),
      )
      .returning({ id: medewerkerUitnodigingen.id });

    await tx.insert(medewerkerUitnodigingen).values({
      medewerkerId: medewerker.id,
      tokenHash: hashUitnodigingToken(token),
      verlooptOp,
      aangemaaktDoor: door,
      aangemaaktOp: nu,
    });

    const url = uitnodigingUrl(token);
    await queueMail(tx, {
      aan: medewerker.email,
      sjabloon: "medewerker_uitnodiging",
      data: { naam: medewerker.naam, rol: invoer.rol, url, verlooptOp: verlooptOp.toISOString() },
      taal: "nl",
    });

    await audit(tx, {
      ...(uitnodiger
        ? { actorSoort: "medewerker" as const, actorId: uitnodiger.id, rol: "beheerder" }
        : { actorSoort: "systeem" as const }),
      actie: "medewerker.uitgenodigd",
      onderdeel: "medewerkers",
      details: {
        medewerkerId: medewerker.id,
        rol: invoer.rol,
        nieuweMedewerker: nieuw,
        verlooptOp: verlooptOp.toISOString(),
        vervallenUitnodigingen: vervallen.length,
      },
    });
    return { url, verlooptOp, medewerkerId: medewerker.id };
  });
}

async function vindOfMaakMedewerker(
  tx: Tx,
  input: { email: string; naam: string | undefined; rol: MedewerkerRol; nu: Date },
): Promise<{ medewerker: Medewerker; nieuw: boolean }> {
  const [aangemaakt] = await tx
    .insert(medewerkers)
    .values({ email: input.email, naam: input.naam ?? input.email, rollen: [input.rol], aangemaaktOp: input.nu })
    .onConflictDoNothing()
    .returning();
  if (aangemaakt) return { medewerker: aangemaakt, nieuw: true };

  const [bestaand] = await tx
    .select()
    .from(medewerkers)
    .where(sql`lower(${medewerkers.email}) = ${input.email}`)
    .for("update");
  if (!bestaand) throw new Error("Medewerker niet gevonden na een conflict op het e-mailadres.");
  const rollen = bestaand.rollen.includes(input.rol) ? bestaand.rollen : [...bestaand.rollen, input.rol];
  const [bijgewerkt] = await tx
    .update(medewerkers)
    .set({ rollen, ...(input.naam ? { naam: input.naam } : {}) })
    .where(eq(medewerkers.id, bestaand.id))
    .returning();
  return { medewerker: bijgewerkt!, nieuw: false };
}

/**
 * Demo start: an invitation for every demo staff member who has no passkey yet (the e-mails go to
 * the development mailbox). Returns what the server log prints.
 */
export async function demoUitnodigingen(): Promise<Array<{ naam: string; rol: MedewerkerRol; url: string }>> {
  const adressen = Object.values(DEMO.medewerkers).map((m) => m.email.toLowerCase());
  const zonderPasskey = await db()
    .select()
    .from(medewerkers)
    .where(
      and(
        inArray(sql`lower(${medewerkers.email})`, adressen),
        eq(medewerkers.actief, true),
        sql`not exists (select 1 from ${passkeys} where ${passkeys.medewerkerId} = ${medewerkers.id} and ${passkeys.ingetrokkenOp} is null)`,
      ),
    )
    .orderBy(medewerkers.email);
  const resultaat: Array<{ naam: string; rol: MedewerkerRol; url: string }> = [];
  for (const m of zonderPasskey) {
    const rol = m.rollen[0] ?? "backoffice";
    const { url } = await nodigMedewerkerUit({ email: m.email, rol, door: null });
    resultaat.push({ naam: m.naam, rol, url });
  }
  return resultaat;
}

// ---------------------------------------------------------------- the invitation page

export type UitnodigingStatus =
  | {
      status: "geldig";
      medewerker: Pick<Medewerker, "id" | "naam" | "email" | "rollen">;
      verlooptOp: Date;
    }
  | { status: "onbekend" }
  | { status: "verlopen_of_gebruikt" };

/** What the invitation page shows for a token (read only). */
export async function bekijkUitnodiging(token: unknown, nu = new Date()): Promise<UitnodigingStatus> {
  if (!isTokenVorm(token)) return { status: "onbekend" };
  const [rij] = await db()
    .select({ uitnodiging: medewerkerUitnodigingen, medewerker: medewerkers })
    .from(medewerkerUitnodigingen)
    .innerJoin(medewerkers, eq(medewerkers.id, medewerkerUitnodigingen.medewerkerId))
    .where(eq(medewerkerUitnodigingen.tokenHash, hashUitnodigingToken(token)));
  if (!rij) return { status: "onbekend" };
  if (rij.uitnodiging.gebruiktOp || rij.uitnodiging.verlooptOp.getTime() <= nu.getTime()) {
    return { status: "verlopen_of_gebruikt" };
  }
  const { id, naam, email, rollen } = rij.medewerker;
  return { status: "geldig", medewerker: { id, naam, email, rollen }, verlooptOp: rij.uitnodiging.verlooptOp };
}

/**
 * Options for navigator.credentials.create() for the person of a valid invitation: a discoverable
 * passkey with user verification required. Null when the invitation is unknown, used or expired.
 */
export async function startUitnodigingPasskey(
  token: unknown,
  nu = new Date(),
): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const uitnodiging = await bekijkUitnodiging(token, nu);
  if (uitnodiging.status !== "geldig") return null;
  const { medewerker } = uitnodiging;
  return startPasskeyRegistratie(
    { medewerkerId: medewerker.id },
    { userVerification: STAFF_VERIFICATIE, gebruikersnaam: medewerker.email, weergavenaam: medewerker.naam, nu },
  );
}

export type UitnodigingAccepteren =
  | {
      ok: true;
      medewerkerId: string;
      /** Set-Cookie */ cookie: string;
      /** Their roles: where they land (app/domain/startpagina.ts). */ rollen: string[];
    }
  | { ok: false; reden: "verlopen_of_gebruikt" | "passkey_mislukt" | "al_geregistreerd" };

/**
 * Use an invitation: store the passkey from the browser's answer (user verification required),
 * mark the invitation used, reactivate the person when they had been deactivated, start a staff
 * session and audit "medewerker.uitnodiging_gebruikt".
 *
 * The passkey is stored by passkeys.server.ts in its own transaction; the invitation is then
 * consumed with a conditional update. Should the invitation have been used or voided in between
 * (a second tab), the new passkey is deleted again, so an invitation never yields a passkey
 * without being used.
 */
export async function accepteerUitnodiging(input: {
  token: unknown;
  antwoord: unknown;
  passkeyNaam?: string;
  nu?: Date;
}): Promise<UitnodigingAccepteren> {
  const nu = input.nu ?? new Date();
  const uitnodiging = await bekijkUitnodiging(input.token, nu);
  if (uitnodiging.status !== "geldig") return { ok: false, reden: "verlopen_of_gebruikt" };
  const eigenaar = { medewerkerId: uitnodiging.medewerker.id };

  const registratie = await voltooiPasskeyRegistratie(eigenaar, input.antwoord, {
    userVerification: STAFF_VERIFICATIE,
    naam: input.passkeyNaam?.trim() || "Passkey",
    nu,
  });
  if (!registratie.ok) {
    return { ok: false, reden: registratie.reden === "al_geregistreerd" ? "al_geregistreerd" : "passkey_mislukt" };
  }

  const tokenHash = hashUitnodigingToken(input.token as string);
  const resultaat = await db().transaction(async (tx): Promise<UitnodigingAccepteren> => {
    const [gebruikt] = await tx
      .update(medewerkerUitnodigingen)
      .set({ gebruiktOp: nu })
      .where(
        and(
          eq(medewerkerUitnodigingen.tokenHash, tokenHash),
          isNull(medewerkerUitnodigingen.gebruiktOp),
          gt(medewerkerUitnodigingen.verlooptOp, nu),
        ),
      )
      .returning();
    if (!gebruikt) return { ok: false, reden: "verlopen_of_gebruikt" };

    const [medewerker] = await tx
      .update(medewerkers)
      .set({ actief: true, gedeactiveerdOp: null })
      .where(eq(medewerkers.id, gebruikt.medewerkerId))
      .returning();
    const cookie = await startSessie(tx, { medewerkerId: gebruikt.medewerkerId });
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: gebruikt.medewerkerId,
      rol: medewerker!.rollen.join(","),
      actie: "medewerker.uitnodiging_gebruikt",
      onderdeel: "medewerkers",
      details: { uitnodigingId: gebruikt.id, passkeyId: registratie.passkey.id },
    });
    return { ok: true, medewerkerId: gebruikt.medewerkerId, cookie, rollen: [...medewerker!.rollen] };
  });

  if (!resultaat.ok) await verwijderPasskey(eigenaar, registratie.passkey.id);
  return resultaat;
}

// ---------------------------------------------------------------- sign-in and sign-out

/** Options for navigator.credentials.get(): discoverable staff passkeys, user verification required. */
export function startMedewerkerInloggen(nu?: Date): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return startPasskeyInloggen({ soort: "medewerker", userVerification: STAFF_VERIFICATIE, nu });
}

export type MedewerkerInlogResultaat =
  | {
      ok: true;
      medewerkerId: string;
      /** Set-Cookie */ cookie: string;
      /** Their roles: where they land (app/domain/startpagina.ts). */ rollen: string[];
    }
  /** geen_medewerker: a passkey that is not a staff passkey (e.g. a client's); gedeactiveerd: staff no longer active. */
  | { ok: false; reden: "mislukt" | "geen_medewerker" | "gedeactiveerd" };

/**
 * Sign a staff member in with a passkey (discoverable, user verification required): verify the
 * assertion, check that the owner is an active staff member, start a session and audit
 * "medewerker.ingelogd"; one transaction (a failed attempt still burns the challenge).
 */
export async function logInAlsMedewerker(
  antwoord: unknown,
  opts: { nu?: Date } = {},
): Promise<MedewerkerInlogResultaat> {
  return db().transaction(async (tx): Promise<MedewerkerInlogResultaat> => {
    const resultaat = await voltooiPasskeyInloggen(antwoord, {
      tx,
      soort: "medewerker",
      userVerification: STAFF_VERIFICATIE,
      nu: opts.nu,
    });
    if (!resultaat.ok)
      return { ok: false, reden: resultaat.reden === "onbekende_passkey" ? "geen_medewerker" : "mislukt" };
    if (!("medewerkerId" in resultaat.eigenaar)) return { ok: false, reden: "geen_medewerker" };
    const medewerkerId = resultaat.eigenaar.medewerkerId;
    const [medewerker] = await tx.select().from(medewerkers).where(eq(medewerkers.id, medewerkerId));
    if (!medewerker?.actief) {
      await audit(tx, {
        actorSoort: "medewerker",
        actorId: medewerkerId,
        actie: "medewerker.inloggen_geweigerd",
        onderdeel: "sessies",
        details: { reden: "gedeactiveerd", passkeyId: resultaat.passkeyId },
      });
      return { ok: false, reden: "gedeactiveerd" };
    }
    const cookie = await startSessie(tx, { medewerkerId });
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: medewerkerId,
      rol: medewerker.rollen.join(","),
      actie: "medewerker.ingelogd",
      onderdeel: "sessies",
      details: { methode: "passkey", passkeyId: resultaat.passkeyId },
    });
    return { ok: true, medewerkerId, cookie, rollen: [...medewerker.rollen] };
  });
}

/**
 * Sign out this browser's staff session (audited). Returns the Set-Cookie that clears the cookie,
 * or null when the cookie belongs to a client: the staff sign-out never ends a client's session.
 */
export async function logUitAlsMedewerker(request: Request): Promise<string | null> {
  const sessie = await getSessie(request);
  if (sessie?.soort === "client") return null;
  if (sessie?.soort === "medewerker") {
    await db().transaction(async (tx) => {
      await tx
        .update(sessies)
        .set({ ingetrokkenOp: new Date() })
        .where(and(eq(sessies.id, sessie.id), isNull(sessies.ingetrokkenOp)));
      await audit(tx, {
        actorSoort: "medewerker",
        actorId: sessie.medewerker.id,
        rol: sessie.medewerker.rollen.join(","),
        actie: "medewerker.uitgelogd",
        onderdeel: "sessies",
      });
    });
  }
  // Also clears a cookie whose session had expired or was revoked already.
  return stopSessie(request);
}
