/**
 * Staff accounts against a real database: invitations (hash only, 72 hours, a new one voids the
 * old), who may invite, using an invitation to register a passkey with user verification, staff
 * passkey sign-in (clients' passkeys and deactivated staff refused), sign-out, the demo start and
 * the `staff:invite` command line.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { SMTPServer } from "smtp-server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../../db/demo.server";
import {
  accounts,
  auditLog,
  medewerkerUitnodigingen,
  medewerkers,
  organisatie,
  passkeys,
  sessies,
  uitgaandeMail,
  type MedewerkerRol,
} from "../../db/schema";
import { DomainError } from "~/domain/errors";
import { env } from "~/env.server";
import { verifyAuditChain } from "~/services/audit.server";
import {
  accepteerUitnodiging,
  bekijkUitnodiging,
  demoUitnodigingen,
  logInAlsMedewerker,
  logUitAlsMedewerker,
  nodigMedewerkerUit,
  startMedewerkerInloggen,
  startUitnodigingPasskey,
} from "~/services/medewerkers.server";
import { startPasskeyRegistratie, voltooiPasskeyRegistratie } from "~/services/passkeys.server";
import { getSessie, startSessie } from "~/services/sessies.server";
import { useFreshDatabase } from "../support/database";
import { SoftwareAuthenticator } from "../support/software-authenticator";

const testDb = useFreshDatabase();
const db = () => testDb().db;

const UUR = 3600_000;

beforeAll(async () => {
  // queueMail renders the organisation into every e-mail.
  await db().insert(organisatie).values({ naam: "Testpraktijk Het Anker", email: "info@anker.example" });
});

/** The token at the end of an invitation URL. */
function tokenUit(url: string): string {
  const token = /\/backoffice\/uitnodiging\/([A-Za-z0-9_-]{43})$/.exec(url)?.[1];
  if (!token) throw new Error(`geen uitnodigingslink: ${url}`);
  return token;
}

function metCookie(setCookie: string): Request {
  return new Request("http://localhost/backoffice", { headers: { Cookie: setCookie.split(";")[0]! } });
}

async function medewerkerMet(email: string) {
  return db()
    .select()
    .from(medewerkers)
    .where(sql`lower(${medewerkers.email}) = ${email.toLowerCase()}`);
}

async function uitnodigingenVan(medewerkerId: string) {
  return db().select().from(medewerkerUitnodigingen).where(eq(medewerkerUitnodigingen.medewerkerId, medewerkerId));
}

async function mailsAan(email: string) {
  return db()
    .select()
    .from(uitgaandeMail)
    .where(and(eq(uitgaandeMail.aan, email), eq(uitgaandeMail.sjabloon, "medewerker_uitnodiging")));
}

async function auditRijen(actie: string) {
  return db().select().from(auditLog).where(eq(auditLog.actie, actie));
}

async function nieuweMedewerker(email: string, rollen: MedewerkerRol[], actief = true) {
  const [rij] = await db()
    .insert(medewerkers)
    .values({ email, naam: `Test ${email}`, rollen, actief })
    .returning();
  return rij!;
}

/** Invite, then use the invitation with a software authenticator (user verified): signed in. */
async function medewerkerMetPasskey(email: string, rol: MedewerkerRol = "backoffice") {
  const { url, medewerkerId } = await nodigMedewerkerUit({ email, naam: `Test ${rol}`, rol });
  const token = tokenUit(url);
  const authenticator = new SoftwareAuthenticator();
  const opties = await startUitnodigingPasskey(token);
  const resultaat = await accepteerUitnodiging({ token, antwoord: authenticator.registreer(opties!) });
  if (!resultaat.ok) throw new Error(`uitnodiging niet gebruikt: ${resultaat.reden}`);
  return { medewerkerId, authenticator, cookie: resultaat.cookie, token };
}

describe("inviting a staff member", () => {
  it("creates one staff member, one invitation stored as a hash only, one e-mail with the URL, and the audit row", async () => {
    const nu = new Date("2026-03-02T09:15:00Z");
    const { url, verlooptOp, medewerkerId } = await nodigMedewerkerUit({
      email: "  Nieuwe.Collega@Anker.example ",
      naam: "Nieuwe Collega",
      rol: "backoffice",
      door: null,
      nu,
    });
    const token = tokenUit(url);
    expect(url).toBe(`${env().PUBLIC_URL}/backoffice/uitnodiging/${token}`);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(verlooptOp.toISOString()).toBe("2026-03-05T09:15:00.000Z");

    const gevonden = await medewerkerMet("nieuwe.collega@anker.example");
    expect(gevonden).toHaveLength(1);
    expect(gevonden[0]).toMatchObject({
      id: medewerkerId,
      email: "nieuwe.collega@anker.example",
      naam: "Nieuwe Collega",
      rollen: ["backoffice"],
      actief: true,
    });

    const uitnodigingen = await uitnodigingenVan(medewerkerId);
    expect(uitnodigingen).toHaveLength(1);
    expect(uitnodigingen[0]).toMatchObject({
      tokenHash: createHash("sha256").update(token).digest("hex"),
      gebruiktOp: null,
      aangemaaktDoor: null,
    });
    expect(uitnodigingen[0]!.verlooptOp.getTime() - nu.getTime()).toBe(72 * UUR);

    // The token itself is nowhere in the database except in the one e-mail that carries the link.
    const [{ n: elders }] = (await testDb().query<{ n: number }>(
      `select count(*)::int as n from (
         select row_to_json(u)::text as t from medewerker_uitnodigingen u
         union all select row_to_json(m)::text from medewerkers m
         union all select row_to_json(a)::text from audit_log a
         union all select row_to_json(s)::text from sessies s
       ) alles where position($1 in t) > 0`,
      [token],
    )) as [{ n: number }];
    expect(elders).toBe(0);
    const [{ n: inMail }] = (await testDb().query<{ n: number }>(
      "select count(*)::int as n from uitgaande_mail where position($1 in tekst) > 0",
      [token],
    )) as [{ n: number }];
    expect(inMail).toBe(1);

    const mails = await mailsAan("nieuwe.collega@anker.example");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.onderwerp).toBe("Uw uitnodiging voor het Rechtenloket");
    expect(mails[0]!.tekst).toContain("Beste Nieuwe Collega,");
    expect(mails[0]!.tekst).toContain("Uw rol is: backoffice (verzoeken behandelen).");
    expect(mails[0]!.tekst).toContain(url);
    // 09:15 UTC on 5 March is 10:15 in Amsterdam (CET).
    expect(mails[0]!.tekst).toContain("geldig tot donderdag 5 maart 2026 om 10:15");

    const [rij] = await auditRijen("medewerker.uitgenodigd");
    expect(rij).toMatchObject({
      actorSoort: "systeem",
      actorId: null,
      onderdeel: "medewerkers",
      details: { medewerkerId, rol: "backoffice", nieuweMedewerker: true, vervallenUitnodigingen: 0 },
    });
    expect((await verifyAuditChain(db())).ok).toBe(true);

    expect(await bekijkUitnodiging(token, nu)).toMatchObject({
      status: "geldig",
      medewerker: { id: medewerkerId, naam: "Nieuwe Collega", rollen: ["backoffice"] },
    });
  });

  it("a second invitation voids the first link; the same person is reused and gets the new role too", async () => {
    const eerste = await nodigMedewerkerUit({ email: "twee@anker.example", naam: "Twee Keer", rol: "backoffice" });
    const tweede = await nodigMedewerkerUit({ email: "TWEE@anker.example", rol: "directie" });
    expect(tweede.medewerkerId).toBe(eerste.medewerkerId);

    const [medewerker] = await medewerkerMet("twee@anker.example");
    expect(medewerker).toMatchObject({ naam: "Twee Keer", rollen: ["backoffice", "directie"] });
    expect(await medewerkerMet("twee@anker.example")).toHaveLength(1);

    expect(await bekijkUitnodiging(tokenUit(eerste.url))).toEqual({ status: "verlopen_of_gebruikt" });
    expect(await startUitnodigingPasskey(tokenUit(eerste.url))).toBeNull();
    expect(await bekijkUitnodiging(tokenUit(tweede.url))).toMatchObject({ status: "geldig" });
    expect(await mailsAan("twee@anker.example")).toHaveLength(2);
    const rijen = await auditRijen("medewerker.uitgenodigd");
    expect(rijen.at(-1)!.details).toMatchObject({
      nieuweMedewerker: false,
      vervallenUitnodigingen: 1,
      rol: "directie",
    });

    // The voided link cannot be used to make a passkey.
    const authenticator = new SoftwareAuthenticator();
    const opties = await startUitnodigingPasskey(tokenUit(tweede.url));
    expect(
      await accepteerUitnodiging({ token: tokenUit(eerste.url), antwoord: authenticator.registreer(opties!) }),
    ).toEqual({ ok: false, reden: "verlopen_of_gebruikt" });
    expect(await db().select().from(passkeys).where(eq(passkeys.medewerkerId, eerste.medewerkerId))).toHaveLength(0);
  });

  it("an invitation expires after 72 hours", async () => {
    const nu = new Date("2026-06-01T12:00:00Z");
    const { url, medewerkerId } = await nodigMedewerkerUit({ email: "laat@anker.example", rol: "backoffice", nu });
    const token = tokenUit(url);
    expect(await bekijkUitnodiging(token, new Date(nu.getTime() + 72 * UUR - 60_000))).toMatchObject({
      status: "geldig",
    });
    expect(await bekijkUitnodiging(token, new Date(nu.getTime() + 72 * UUR))).toEqual({
      status: "verlopen_of_gebruikt",
    });

    // Using it after expiry: refused, no passkey, no session.
    const later = new Date(nu.getTime() + 73 * UUR);
    expect(await startUitnodigingPasskey(token, later)).toBeNull();
    const opties = await startPasskeyRegistratie(
      { medewerkerId },
      { userVerification: "required", gebruikersnaam: "laat@anker.example" },
    );
    const resultaat = await accepteerUitnodiging({
      token,
      antwoord: new SoftwareAuthenticator().registreer(opties),
      nu: later,
    });
    expect(resultaat).toEqual({ ok: false, reden: "verlopen_of_gebruikt" });
    expect(await db().select().from(passkeys).where(eq(passkeys.medewerkerId, medewerkerId))).toHaveLength(0);
    expect(await db().select().from(sessies).where(eq(sessies.medewerkerId, medewerkerId))).toHaveLength(0);
  });

  it("only an active beheerder may invite; anyone else changes nothing", async () => {
    const backoffice = await nieuweMedewerker("bo@anker.example", ["backoffice"]);
    const directie = await nieuweMedewerker("dir@anker.example", ["directie"]);
    const oudBeheerder = await nieuweMedewerker("oud-beheer@anker.example", ["beheerder"], false);
    const beheerder = await nieuweMedewerker("beheer@anker.example", ["beheerder"]);
    const auditVoor = (await db().select().from(auditLog)).length;

    for (const door of [
      backoffice.id,
      directie.id,
      oudBeheerder.id,
      "geen-uuid",
      "00000000-0000-4000-8000-000000000000",
    ]) {
      const poging = nodigMedewerkerUit({ email: "ongewenst@anker.example", rol: "beheerder", door });
      await expect(poging).rejects.toThrow(DomainError);
      await expect(poging).rejects.toMatchObject({ code: "geen_toegang" });
    }
    expect(await medewerkerMet("ongewenst@anker.example")).toHaveLength(0);
    expect(await mailsAan("ongewenst@anker.example")).toHaveLength(0);
    expect((await db().select().from(auditLog)).length).toBe(auditVoor);

    const { medewerkerId } = await nodigMedewerkerUit({
      email: "welkom@anker.example",
      rol: "directie",
      door: beheerder.id,
    });
    const [uitnodiging] = await uitnodigingenVan(medewerkerId);
    expect(uitnodiging!.aangemaaktDoor).toBe(beheerder.id);
    const rijen = await auditRijen("medewerker.uitgenodigd");
    expect(rijen.at(-1)).toMatchObject({ actorSoort: "medewerker", actorId: beheerder.id, rol: "beheerder" });
  });

  it("refuses a bad e-mail address, role or name with a specific error and changes nothing", async () => {
    const voor = (await db().select().from(medewerkers)).length;
    await expect(nodigMedewerkerUit({ email: "geen-adres", rol: "backoffice" })).rejects.toMatchObject({
      code: "ongeldig_email",
    });
    await expect(
      nodigMedewerkerUit({ email: "rol@anker.example", rol: "baas" as MedewerkerRol }),
    ).rejects.toMatchObject({
      code: "ongeldige_rol",
    });
    await expect(
      nodigMedewerkerUit({ email: "naam@anker.example", naam: "   ", rol: "backoffice" }),
    ).rejects.toMatchObject({
      code: "ongeldige_naam",
    });
    expect((await db().select().from(medewerkers)).length).toBe(voor);
  });
});

describe("using an invitation", () => {
  it("registers a passkey with user verification, uses the invitation, starts a staff session and audits it", async () => {
    const { url, medewerkerId } = await nodigMedewerkerUit({
      email: "gebruik@anker.example",
      naam: "Gebruik Test",
      rol: "directie",
    });
    const token = tokenUit(url);
    const opties = await startUitnodigingPasskey(token);
    expect(opties!.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "required" });
    expect(opties!.user).toMatchObject({ name: "gebruik@anker.example", displayName: "Gebruik Test" });

    // Without user verification (no fingerprint, face or PIN): refused, the invitation stays open.
    const zonderUv = new SoftwareAuthenticator();
    expect(await accepteerUitnodiging({ token, antwoord: zonderUv.registreer(opties!, { uv: false }) })).toEqual({
      ok: false,
      reden: "passkey_mislukt",
    });
    expect(await bekijkUitnodiging(token)).toMatchObject({ status: "geldig" });

    const authenticator = new SoftwareAuthenticator();
    const resultaat = await accepteerUitnodiging({
      token,
      antwoord: authenticator.registreer((await startUitnodigingPasskey(token))!),
      passkeyNaam: "Eerste passkey",
    });
    if (!resultaat.ok) throw new Error(resultaat.reden);
    expect(resultaat.medewerkerId).toBe(medewerkerId);
    expect(resultaat.cookie).toMatch(/^rl_sessie=.+HttpOnly/i);

    const [passkey] = await db().select().from(passkeys).where(eq(passkeys.medewerkerId, medewerkerId));
    expect(passkey).toMatchObject({ id: authenticator.id, accountId: null, naam: "Eerste passkey" });
    const [uitnodiging] = await uitnodigingenVan(medewerkerId);
    expect(uitnodiging!.gebruiktOp).not.toBeNull();
    expect(await getSessie(metCookie(resultaat.cookie))).toMatchObject({
      soort: "medewerker",
      medewerker: { id: medewerkerId },
    });

    const [gebruikt] = (await auditRijen("medewerker.uitnodiging_gebruikt")).filter((r) => r.actorId === medewerkerId);
    expect(gebruikt).toMatchObject({
      actorSoort: "medewerker",
      rol: "directie",
      details: { passkeyId: authenticator.id },
    });
    const [toegevoegd] = (await auditRijen("passkey.toegevoegd")).filter((r) => r.actorId === medewerkerId);
    expect(toegevoegd!.details).toMatchObject({ gebruikerGeverifieerd: true });

    // Used once: the link no longer works, and a second device gets no passkey through it.
    expect(await bekijkUitnodiging(token)).toEqual({ status: "verlopen_of_gebruikt" });
    expect(await startUitnodigingPasskey(token)).toBeNull();
    const opnieuw = await startPasskeyRegistratie(
      { medewerkerId },
      { userVerification: "required", gebruikersnaam: "x" },
    );
    expect(await accepteerUitnodiging({ token, antwoord: new SoftwareAuthenticator().registreer(opnieuw) })).toEqual({
      ok: false,
      reden: "verlopen_of_gebruikt",
    });
    expect(await db().select().from(passkeys).where(eq(passkeys.medewerkerId, medewerkerId))).toHaveLength(1);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("an unknown or malformed token shows nothing", async () => {
    expect(await bekijkUitnodiging("a".repeat(43))).toEqual({ status: "onbekend" });
    expect(await bekijkUitnodiging("kort")).toEqual({ status: "onbekend" });
    expect(await bekijkUitnodiging(undefined)).toEqual({ status: "onbekend" });
    expect(await startUitnodigingPasskey("a".repeat(43))).toBeNull();
  });

  it("re-inviting a deactivated staff member makes them active again only once the invitation is used", async () => {
    const { medewerkerId } = await medewerkerMetPasskey("terug@anker.example");
    await db()
      .update(medewerkers)
      .set({ actief: false, gedeactiveerdOp: new Date() })
      .where(eq(medewerkers.id, medewerkerId));
    const { url } = await nodigMedewerkerUit({ email: "terug@anker.example", rol: "backoffice" });
    expect((await medewerkerMet("terug@anker.example"))[0]!.actief).toBe(false);

    const token = tokenUit(url);
    const resultaat = await accepteerUitnodiging({
      token,
      antwoord: new SoftwareAuthenticator().registreer((await startUitnodigingPasskey(token))!),
    });
    expect(resultaat.ok).toBe(true);
    expect((await medewerkerMet("terug@anker.example"))[0]).toMatchObject({ actief: true, gedeactiveerdOp: null });
  });
});

describe("staff sign-in and sign-out", () => {
  it("signs in with a staff passkey (user verification required) and audits it", async () => {
    const { medewerkerId, authenticator } = await medewerkerMetPasskey("inlog@anker.example", "backoffice");
    const opties = await startMedewerkerInloggen();
    expect(opties.userVerification).toBe("required");
    expect(opties.allowCredentials ?? []).toEqual([]);

    const resultaat = await logInAlsMedewerker(authenticator.meldAan(opties));
    if (!resultaat.ok) throw new Error(resultaat.reden);
    expect(resultaat.medewerkerId).toBe(medewerkerId);
    expect(await getSessie(metCookie(resultaat.cookie))).toMatchObject({
      soort: "medewerker",
      medewerker: { id: medewerkerId },
    });
    const rijen = (await auditRijen("medewerker.ingelogd")).filter((r) => r.actorId === medewerkerId);
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({
      actorSoort: "medewerker",
      rol: "backoffice",
      details: { methode: "passkey", passkeyId: authenticator.id },
    });

    // Without user verification: refused.
    const zonderUv = authenticator.meldAan(await startMedewerkerInloggen(), { uv: false });
    expect(await logInAlsMedewerker(zonderUv)).toEqual({ ok: false, reden: "mislukt" });
    // A replayed answer: its challenge is used up.
    expect(await logInAlsMedewerker(authenticator.meldAan(opties))).toEqual({ ok: false, reden: "mislukt" });
  });

  it("refuses a client's passkey with its own reason and starts no session", async () => {
    const [account] = await db().insert(accounts).values({ email: "client@voorbeeld.example" }).returning();
    const clientKey = new SoftwareAuthenticator();
    const opties = await startPasskeyRegistratie(
      { accountId: account!.id },
      { userVerification: "required", gebruikersnaam: account!.email },
    );
    expect(
      await voltooiPasskeyRegistratie({ accountId: account!.id }, clientKey.registreer(opties), {
        userVerification: "required",
        naam: "Telefoon",
      }),
    ).toMatchObject({
      ok: true,
    });
    const sessiesVoor = (await db().select().from(sessies)).length;
    expect(await logInAlsMedewerker(clientKey.meldAan(await startMedewerkerInloggen()))).toEqual({
      ok: false,
      reden: "geen_medewerker",
    });
    expect((await db().select().from(sessies)).length).toBe(sessiesVoor);
  });

  it("a deactivated staff member's sessions are refused by getSessie, and they cannot sign in again", async () => {
    const { medewerkerId, authenticator, cookie } = await medewerkerMetPasskey("weg@anker.example");
    expect(await getSessie(metCookie(cookie))).toMatchObject({ soort: "medewerker" });

    await db()
      .update(medewerkers)
      .set({ actief: false, gedeactiveerdOp: new Date() })
      .where(eq(medewerkers.id, medewerkerId));
    expect(await getSessie(metCookie(cookie))).toBeNull();

    const sessiesVoor = (await db().select().from(sessies).where(eq(sessies.medewerkerId, medewerkerId))).length;
    expect(await logInAlsMedewerker(authenticator.meldAan(await startMedewerkerInloggen()))).toEqual({
      ok: false,
      reden: "gedeactiveerd",
    });
    expect(await db().select().from(sessies).where(eq(sessies.medewerkerId, medewerkerId))).toHaveLength(sessiesVoor);
    const [geweigerd] = (await auditRijen("medewerker.inloggen_geweigerd")).filter((r) => r.actorId === medewerkerId);
    expect(geweigerd!.details).toMatchObject({ reden: "gedeactiveerd" });
  });

  it("signing out revokes this session only, audits it and clears the cookie", async () => {
    const { medewerkerId, authenticator, cookie } = await medewerkerMetPasskey("uit@anker.example");
    const tweede = await logInAlsMedewerker(authenticator.meldAan(await startMedewerkerInloggen()));
    if (!tweede.ok) throw new Error(tweede.reden);

    const wis = await logUitAlsMedewerker(metCookie(cookie));
    expect(wis).toMatch(/^rl_sessie=;/);
    expect(await getSessie(metCookie(cookie))).toBeNull();
    expect(await getSessie(metCookie(tweede.cookie))).toMatchObject({ medewerker: { id: medewerkerId } });
    expect((await auditRijen("medewerker.uitgelogd")).filter((r) => r.actorId === medewerkerId)).toHaveLength(1);

    // The staff sign-out leaves a client's session alone.
    const [account] = await db().insert(accounts).values({ email: "blijft@voorbeeld.example" }).returning();
    const clientCookie = await startSessie(db(), { accountId: account!.id });
    expect(await logUitAlsMedewerker(metCookie(clientCookie))).toBeNull();
    expect(await getSessie(metCookie(clientCookie))).toMatchObject({ soort: "client" });
  });
});

describe("demo start", () => {
  it("invites every demo staff member without a passkey, once per person", async () => {
    await db()
      .insert(medewerkers)
      .values(
        Object.values(DEMO.medewerkers).map((m) => ({
          naam: m.naam,
          email: m.email,
          rollen: [...m.rollen] as MedewerkerRol[],
        })),
      );
    // The beheerder already has a passkey: no invitation for them.
    const [beheerder] = await medewerkerMet(DEMO.medewerkers.beheerder.email);
    const opties = await startPasskeyRegistratie(
      { medewerkerId: beheerder!.id },
      { userVerification: "required", gebruikersnaam: beheerder!.email },
    );
    await voltooiPasskeyRegistratie({ medewerkerId: beheerder!.id }, new SoftwareAuthenticator().registreer(opties), {
      userVerification: "required",
      naam: "Laptop",
    });

    const uitnodigingen = await demoUitnodigingen();
    expect(uitnodigingen.map((u) => u.naam).sort()).toEqual(
      [DEMO.medewerkers.backoffice.naam, DEMO.medewerkers.backoffice2.naam, DEMO.medewerkers.directie.naam].sort(),
    );
    expect(uitnodigingen.find((u) => u.naam === DEMO.medewerkers.directie.naam)?.rol).toBe("directie");
    for (const u of uitnodigingen) expect(await bekijkUitnodiging(tokenUit(u.url))).toMatchObject({ status: "geldig" });

    const [mail] = await mailsAan(DEMO.medewerkers.backoffice.email);
    expect(mail!.tekst).toContain(uitnodigingen.find((u) => u.naam === DEMO.medewerkers.backoffice.naam)!.url);
    expect(await mailsAan(DEMO.medewerkers.beheerder.email)).toHaveLength(0);
  });
});

describe("under concurrency (PostgreSQL server)", () => {
  it("one invitation used from two devices at once gives one session and one passkey", async () => {
    const { url, medewerkerId } = await nodigMedewerkerUit({ email: "tegelijk@anker.example", rol: "backoffice" });
    const token = tokenUit(url);
    const [a, b] = [new SoftwareAuthenticator(), new SoftwareAuthenticator()];
    const [optiesA, optiesB] = [await startUitnodigingPasskey(token), await startUitnodigingPasskey(token)];
    const resultaten = await Promise.all([
      accepteerUitnodiging({ token, antwoord: a.registreer(optiesA!) }),
      accepteerUitnodiging({ token, antwoord: b.registreer(optiesB!) }),
    ]);
    expect(resultaten.filter((r) => r.ok)).toHaveLength(1);
    // One passkey that signs in: when both devices got as far as registering, the loser's is revoked
    // (staff passkeys are revoked, never deleted: decision 023), not left usable.
    expect(
      await db()
        .select()
        .from(passkeys)
        .where(and(eq(passkeys.medewerkerId, medewerkerId), isNull(passkeys.ingetrokkenOp))),
    ).toHaveLength(1);
    expect(await db().select().from(sessies).where(eq(sessies.medewerkerId, medewerkerId))).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- the command line

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

async function cli(args: string[], extraEnv: Record<string, string> = {}) {
  const omgeving = {
    NODE_ENV: "test" as const,
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    AUDIT_SLEUTEL: process.env.AUDIT_SLEUTEL ?? "",
    ...extraEnv,
  };
  try {
    const { stdout, stderr } = await exec("node", ["--import", "tsx", "app/cli/staff-invite.ts", ...args], {
      cwd: ROOT,
      env: omgeving,
      timeout: 150_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("npm run staff:invite", () => {
  it("explains a missing e-mail address or an unknown role in Dutch and exits 1", async () => {
    // Three child processes side by side: each exits before it opens a database.
    const [zonderEmail, verkeerdeRol, onbekend] = await Promise.all([
      cli(["--role", "backoffice"], { DATA_DIR: "/nonexistent-not-opened" }),
      cli(["--email", "a@anker.example", "--role", "baas"], { DATA_DIR: "/nonexistent-not-opened" }),
      cli(["--email", "a@anker.example", "--role", "backoffice", "--wachtwoord", "x"], {
        DATA_DIR: "/nonexistent-not-opened",
      }),
    ]);
    expect(zonderEmail.code).toBe(1);
    expect(zonderEmail.stderr).toContain("Fout: Geef een e-mailadres op met --email.");

    expect(verkeerdeRol.code).toBe(1);
    expect(verkeerdeRol.stderr).toContain("Fout: Kies een rol met --role: backoffice, directie, beheerder.");
    expect(verkeerdeRol.stderr).toContain("gebruikt deze opdracht de database van het portaal");

    expect(onbekend.code).toBe(1);
    expect(onbekend.stderr).toContain("Onbekende of onvolledige optie");
  }, 200_000);

  it("prints the one-time URL under PUBLIC_URL and queues the e-mail", async () => {
    const publicUrl = "https://rechten.anker.example";
    const args = ["--email", "Cli.Beheerder@Anker.example", "--role", "beheerder", "--naam", "Cli Beheerder"];
    const uitvoer = await cli(args, { PUBLIC_URL: publicUrl, DATABASE_URL: testDb().url });
    expect(uitvoer.stderr).not.toMatch(/Fout/);
    expect(uitvoer.code).toBe(0);
    expect(uitvoer.stdout).toContain("Uitnodiging aangemaakt voor cli.beheerder@anker.example (rol: beheerder).");
    const url = /https:\/\/rechten\.anker\.example\/backoffice\/uitnodiging\/[A-Za-z0-9_-]{43}/.exec(
      uitvoer.stdout,
    )?.[0];
    expect(url).toBeDefined();
    expect(uitvoer.stdout).toContain("De uitnodigings-e-mail staat in de uitgaande post");
    {
      expect(await bekijkUitnodiging(tokenUit(url!))).toMatchObject({
        status: "geldig",
        medewerker: { rollen: ["beheerder"] },
      });
      const [mail] = await mailsAan("cli.beheerder@anker.example");
      expect(mail!.tekst).toContain(url!);
      expect(mail!.tekst).toContain("beheerder (organisatie en medewerkers instellen)");
    }
  }, 120_000);

  /** The CLI's database: this test file's, on the run's PostgreSQL server. */
  function cliDatabase(): { env: Record<string, string>; uitnodigingen(): Promise<number>; opruimen(): void } {
    return {
      env: { DATABASE_URL: testDb().url },
      uitnodigingen: async () => (await db().select().from(medewerkerUitnodigingen)).length,
      opruimen: () => {},
    };
  }

  it("in production e-mails the invitation at once and never prints the link (docs/decisions/017)", async () => {
    const ontvangen: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, _session, callback) {
        let data = "";
        stream.on("data", (d: Buffer) => (data += d.toString("utf8")));
        stream.on("end", () => (ontvangen.push(data), callback()));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as { port: number }).port;
    const database = cliDatabase();
    try {
      const productie = {
        NODE_ENV: "production",
        PUBLIC_URL: "https://rechten.anker.example",
        AUDIT_SLEUTEL: process.env.AUDIT_SLEUTEL!,
        ...database.env,
      };
      const uitvoer = await cli(["--email", "Prod.Beheerder@Anker.example", "--role", "beheerder"], {
        ...productie,
        SMTP_URL: `smtp://127.0.0.1:${port}`,
      });
      expect(uitvoer.stderr).toBe("");
      expect(uitvoer.code).toBe(0);
      expect(uitvoer.stdout).toContain("De uitnodiging is per e-mail verstuurd naar prod.beheerder@anker.example.");
      expect(uitvoer.stdout).toContain("De link staat alleen in die e-mail.");
      // No link, no token, in anything the command printed.
      expect(uitvoer.stdout + uitvoer.stderr).not.toMatch(/uitnodiging\/|[A-Za-z0-9_-]{43}/);
      // The e-mail did go out, with the link in it (other mail due in the outbox went along).
      const uitnodiging = ontvangen.filter((m) => /^To: prod\.beheerder@anker\.example/im.test(m));
      expect(uitnodiging).toHaveLength(1);
      expect(uitnodiging[0]!.replace(/=\r\n/g, "")).toContain("https://rechten.anker.example/backoffice/uitnodiging/");

      // Without a mail server production refuses before changing anything: the link could only be printed.
      const voor = await database.uitnodigingen();
      const zonderMail = await cli(["--email", "nog.een@anker.example", "--role", "backoffice"], {
        ...productie,
        ALLOW_NO_SMTP: "true",
      });
      expect(zonderMail.code).toBe(1);
      expect(zonderMail.stderr).toContain("Fout: SMTP_URL is niet ingesteld.");
      expect(zonderMail.stderr).toContain("Er is niets veranderd.");
      expect(zonderMail.stdout).toBe("");
      expect(await database.uitnodigingen()).toBe(voor);
    } finally {
      database.opruimen();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  }, 120_000);
});
