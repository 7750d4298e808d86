/**
 * Client sign-in (e-mail code, passkey), sign-out and sign-out everywhere, against a real database.
 * Passkeys are exercised with a small software authenticator (ES256, attestation "none") so the
 * real @simplewebauthn/server verification runs; the browser side is covered in tests/e2e/inloggen.spec.ts.
 */
import { randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  accounts,
  auditLog,
  emailCodes,
  medewerkers,
  organisatie,
  passkeys,
  sessies,
  uitgaandeMail,
  webauthnUitdagingen,
} from "../../db/schema";
import { verifyAuditChain } from "~/services/audit.server";
import { vraagCodeAan } from "~/services/email-codes.server";
import { logInMetCode, logInMetPasskey, logOveralUit, logUit, vindOfMaakAccount } from "~/services/inloggen.server";
import {
  passkeysVan,
  relyingParty,
  startPasskeyInloggen,
  startPasskeyRegistratie,
  verwijderPasskey,
  voltooiPasskeyInloggen,
  voltooiPasskeyRegistratie,
} from "~/services/passkeys.server";
import { getSessie, stopAlleSessies } from "~/services/sessies.server";
import { useFreshDatabase } from "../support/database";
import { SoftwareAuthenticator } from "../support/software-authenticator";

const testDb = useFreshDatabase();
const db = () => testDb().db;

beforeAll(async () => {
  // queueMail renders the organisation into every e-mail.
  await db().insert(organisatie).values({ naam: "Testpraktijk Het Anker", email: "info@anker.example" });
});

/** A request from a browser that carries the session cookie from a Set-Cookie header. */
function metCookie(setCookie: string): Request {
  const paar = setCookie.split(";")[0]!;
  return new Request("http://localhost/mijn", { headers: { Cookie: paar } });
}

/** The code in the newest code e-mail to `email`, read from the outbox (as a person reads it). */
async function codeUitMail(email: string): Promise<string> {
  const [mail] = await db()
    .select()
    .from(uitgaandeMail)
    .where(and(eq(uitgaandeMail.aan, email.trim().toLowerCase()), eq(uitgaandeMail.sjabloon, "code")))
    .orderBy(desc(uitgaandeMail.aangemaaktOp))
    .limit(1);
  const code = /(\d{6})/.exec(mail?.onderwerp ?? "")?.[1];
  if (!code) throw new Error(`geen code-mail aan ${email}`);
  return code;
}

function andereCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, "0");
}

async function aantal(tabel: typeof accounts | typeof sessies, where?: ReturnType<typeof sql>) {
  const rows = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(tabel)
    .where(where);
  return rows[0]!.n;
}

async function auditRijen(actie: string, actorId: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actie, actie), eq(auditLog.actorId, actorId)));
}

/** Ask a code (at `nu`) and sign in with it. */
async function logInMetNieuweCode(email: string, nu = new Date()) {
  const aanvraag = await vraagCodeAan({ email, doel: "inloggen", taal: "nl", nu });
  expect(aanvraag.ok).toBe(true);
  const resultaat = await logInMetCode({ email, code: await codeUitMail(email), taal: "nl", nu });
  if (!resultaat.ok) throw new Error(`inloggen mislukt: ${resultaat.reden}`);
  return resultaat;
}

describe("sign-in with an e-mail code", () => {
  it("creates one account and one session; a second sign-in reuses the account", async () => {
    const eerste = await logInMetNieuweCode("Iemand@Voorbeeld.example");
    expect(eerste.nieuwAccount).toBe(true);
    expect(eerste.account.email).toBe("iemand@voorbeeld.example");
    expect(eerste.cookie).toMatch(/^rl_sessie=/);
    expect(eerste.cookie).toMatch(/HttpOnly/i);
    expect(eerste.cookie).toMatch(/SameSite=Lax/i);

    expect(await aantal(accounts, sql`lower(email) = 'iemand@voorbeeld.example'`)).toBe(1);
    expect(await aantal(sessies, sql`account_id = ${eerste.account.id}`)).toBe(1);
    const sessie = await getSessie(metCookie(eerste.cookie));
    expect(sessie).toMatchObject({ soort: "client", account: { id: eerste.account.id } });

    const [ingelogd] = await auditRijen("client.ingelogd", eerste.account.id);
    expect(ingelogd).toMatchObject({ actorSoort: "client", details: { methode: "email_code", nieuwAccount: true } });

    // A new code may be asked a minute later; another spelling of the same address.
    const tweede = await logInMetNieuweCode("  IEMAND@voorbeeld.EXAMPLE ", new Date(Date.now() + 2 * 60_000));
    expect(tweede.nieuwAccount).toBe(false);
    expect(tweede.account.id).toBe(eerste.account.id);
    expect(await aantal(accounts, sql`lower(email) = 'iemand@voorbeeld.example'`)).toBe(1);
    expect(await aantal(sessies, sql`account_id = ${eerste.account.id}`)).toBe(2);
    expect(await getSessie(metCookie(tweede.cookie))).toMatchObject({ account: { id: eerste.account.id } });
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("counts a wrong code down, blocks after 5, and then refuses the right code too", async () => {
    const email = "telfout@voorbeeld.example";
    await vraagCodeAan({ email, doel: "inloggen", taal: "nl" });
    const code = await codeUitMail(email);
    const fout = andereCode(code);

    const resterend = [];
    for (let i = 0; i < 4; i++) {
      const r = await logInMetCode({ email, code: fout, taal: "nl" });
      resterend.push(r.ok ? "ok" : r.reden === "onjuist" ? r.resterend : r.reden);
    }
    expect(resterend).toEqual([4, 3, 2, 1]);
    expect(await logInMetCode({ email, code: fout, taal: "nl" })).toEqual({ ok: false, reden: "geblokkeerd" });
    expect(await logInMetCode({ email, code, taal: "nl" })).toEqual({ ok: false, reden: "geblokkeerd" });

    expect(await aantal(accounts, sql`lower(email) = ${email}`)).toBe(0);
    const [rij] = await db().select().from(emailCodes).where(eq(emailCodes.email, email));
    expect(rij!.pogingen).toBe(5);
  });

  it("refuses an expired code and creates nothing", async () => {
    const email = "laat@voorbeeld.example";
    const gevraagd = new Date(Date.now() - 20 * 60_000);
    await vraagCodeAan({ email, doel: "inloggen", taal: "en", nu: gevraagd });
    const code = await codeUitMail(email);
    const elfMinutenLater = new Date(gevraagd.getTime() + 11 * 60_000);
    expect(await logInMetCode({ email, code, taal: "en", nu: elfMinutenLater })).toEqual({
      ok: false,
      reden: "verlopen",
    });
    expect(await aantal(accounts, sql`lower(email) = ${email}`)).toBe(0);
  });

  it("does not accept a code sent to another address", async () => {
    await vraagCodeAan({ email: "eigen@voorbeeld.example", doel: "inloggen", taal: "nl" });
    const code = await codeUitMail("eigen@voorbeeld.example");
    expect(await logInMetCode({ email: "ander@voorbeeld.example", code, taal: "nl" })).toEqual({
      ok: false,
      reden: "geen_code",
    });
    expect(await aantal(accounts, sql`lower(email) = 'ander@voorbeeld.example'`)).toBe(0);
  });

  it("a code works once", async () => {
    const email = "eenmalig@voorbeeld.example";
    await vraagCodeAan({ email, doel: "inloggen", taal: "nl" });
    const code = await codeUitMail(email);
    expect((await logInMetCode({ email, code, taal: "nl" })).ok).toBe(true);
    expect(await logInMetCode({ email, code, taal: "nl" })).toEqual({ ok: false, reden: "geen_code" });
  });
});

describe("signing out", () => {
  it("stopAlleSessies revokes every session: the old cookies no longer sign anyone in", async () => {
    const email = "overal@voorbeeld.example";
    const laptop = await logInMetNieuweCode(email);
    const telefoon = await logInMetNieuweCode(email, new Date(Date.now() + 2 * 60_000));
    const ander = await logInMetNieuweCode("buurman@voorbeeld.example");
    expect(await getSessie(metCookie(laptop.cookie))).not.toBeNull();

    const ingetrokken = await db().transaction((tx) => stopAlleSessies(tx, { accountId: laptop.account.id }));
    expect(ingetrokken).toBe(2);
    expect(await getSessie(metCookie(laptop.cookie))).toBeNull();
    expect(await getSessie(metCookie(telefoon.cookie))).toBeNull();
    // Someone else's session is untouched.
    expect(await getSessie(metCookie(ander.cookie))).toMatchObject({ account: { id: ander.account.id } });
  });

  it("'overal uitloggen' revokes all of this client's sessions, audits it and clears the cookie", async () => {
    const email = "overal2@voorbeeld.example";
    const a = await logInMetNieuweCode(email);
    const b = await logInMetNieuweCode(email, new Date(Date.now() + 2 * 60_000));
    const uit = await logOveralUit(metCookie(a.cookie));
    expect(uit?.ingetrokken).toBe(2);
    expect(uit?.cookie).toMatch(/^rl_sessie=;/);
    expect(await getSessie(metCookie(a.cookie))).toBeNull();
    expect(await getSessie(metCookie(b.cookie))).toBeNull();
    const [rij] = await auditRijen("client.overal_uitgelogd", a.account.id);
    expect(rij?.details).toEqual({ sessies: 2 });
    expect(await logOveralUit(metCookie(a.cookie))).toBeNull();
  });

  it("signing out ends only this browser's session", async () => {
    const email = "eenapparaat@voorbeeld.example";
    const a = await logInMetNieuweCode(email);
    const b = await logInMetNieuweCode(email, new Date(Date.now() + 2 * 60_000));
    const cookie = await logUit(metCookie(a.cookie));
    expect(cookie).toMatch(/^rl_sessie=;/);
    expect(await getSessie(metCookie(a.cookie))).toBeNull();
    expect(await getSessie(metCookie(b.cookie))).not.toBeNull();
    expect(await auditRijen("client.uitgelogd", a.account.id)).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- passkeys

async function nieuwAccount(email: string) {
  return (await logInMetNieuweCode(email)).account;
}

async function registreerPasskey(accountId: string, email: string, naam = "Telefoon") {
  const authenticator = new SoftwareAuthenticator();
  const options = await startPasskeyRegistratie(
    { accountId },
    { userVerification: "preferred", gebruikersnaam: email },
  );
  const resultaat = await voltooiPasskeyRegistratie({ accountId }, authenticator.registreer(options), {
    userVerification: "preferred",
    naam,
  });
  expect(resultaat).toMatchObject({ ok: true });
  return authenticator;
}

describe("passkeys", () => {
  it("registers a discoverable passkey and signs in with it, end to end", async () => {
    const account = await nieuwAccount("passkey@voorbeeld.example");
    const options = await startPasskeyRegistratie(
      { accountId: account.id },
      { userVerification: "preferred", gebruikersnaam: account.email },
    );
    expect(options.rp).toEqual({ id: relyingParty().rpID, name: "Testpraktijk Het Anker" });
    expect(options.user.name).toBe("passkey@voorbeeld.example");
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "preferred" });
    expect(options.excludeCredentials).toEqual([]);
    const [uitdaging] = await db()
      .select()
      .from(webauthnUitdagingen)
      .where(eq(webauthnUitdagingen.uitdaging, options.challenge));
    expect(uitdaging).toMatchObject({ doel: "registratie", accountId: account.id, gebruiktOp: null });
    expect(uitdaging!.verlooptOp.getTime() - uitdaging!.aangemaaktOp.getTime()).toBe(5 * 60_000);

    const authenticator = new SoftwareAuthenticator();
    const registratie = await voltooiPasskeyRegistratie({ accountId: account.id }, authenticator.registreer(options), {
      userVerification: "preferred",
      naam: "  Mijn telefoon  ",
    });
    expect(registratie).toMatchObject({
      ok: true,
      passkey: { id: authenticator.id, naam: "Mijn telefoon", laatstGebruiktOp: null },
    });
    expect(await passkeysVan({ accountId: account.id })).toHaveLength(1);
    expect(await auditRijen("passkey.toegevoegd", account.id)).toHaveLength(1);

    // The next registration excludes the passkey this account already has.
    const opnieuw = await startPasskeyRegistratie(
      { accountId: account.id },
      { userVerification: "preferred", gebruikersnaam: account.email },
    );
    expect(opnieuw.excludeCredentials?.map((c) => c.id)).toEqual([authenticator.id]);

    const inlogOpties = await startPasskeyInloggen({ soort: "account", userVerification: "preferred" });
    expect(inlogOpties.allowCredentials).toEqual([]);
    expect(inlogOpties.userVerification).toBe("preferred");
    expect(inlogOpties.rpId).toBe(relyingParty().rpID);
    const ingelogd = await logInMetPasskey(authenticator.meldAan(inlogOpties));
    expect(ingelogd).toMatchObject({ ok: true, accountId: account.id });
    if (!ingelogd.ok) return;
    expect(await getSessie(metCookie(ingelogd.cookie))).toMatchObject({ soort: "client", account: { id: account.id } });

    const [opgeslagen] = await db().select().from(passkeys).where(eq(passkeys.id, authenticator.id));
    expect(opgeslagen!.counter).toBe(1);
    expect(opgeslagen!.laatstGebruiktOp).not.toBeNull();
    const inlogAudit = (await auditRijen("client.ingelogd", account.id)).map((r) => r.details);
    expect(inlogAudit).toContainEqual({ methode: "passkey", passkeyId: authenticator.id });
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("refuses a replayed sign-in answer (single-use challenge)", async () => {
    const account = await nieuwAccount("herhaal@voorbeeld.example");
    const authenticator = await registreerPasskey(account.id, account.email);
    const antwoord = authenticator.meldAan(
      await startPasskeyInloggen({ soort: "account", userVerification: "preferred" }),
    );
    expect((await logInMetPasskey(antwoord)).ok).toBe(true);
    const sessiesVoor = await aantal(sessies, sql`account_id = ${account.id}`);
    expect(await logInMetPasskey(antwoord)).toEqual({ ok: false, reden: "mislukt" });
    expect(await aantal(sessies, sql`account_id = ${account.id}`)).toBe(sessiesVoor);
  });

  it("refuses a challenge that expired or that the server never issued", async () => {
    const account = await nieuwAccount("verlopen-uitdaging@voorbeeld.example");
    const authenticator = await registreerPasskey(account.id, account.email);
    const oud = await startPasskeyInloggen({
      soort: "account",
      userVerification: "preferred",
      nu: new Date(Date.now() - 6 * 60_000),
    });
    expect(await logInMetPasskey(authenticator.meldAan(oud))).toEqual({ ok: false, reden: "mislukt" });
    const verzonnen = { ...oud, challenge: randomBytes(32).toString("base64url") };
    expect(await logInMetPasskey(authenticator.meldAan(verzonnen))).toEqual({ ok: false, reden: "mislukt" });
    expect(await logInMetPasskey({ id: "x", response: { clientDataJSON: "niet-json" } })).toEqual({
      ok: false,
      reden: "mislukt",
    });
    expect(await logInMetPasskey(null)).toEqual({ ok: false, reden: "mislukt" });
  });

  it("refuses a cloned authenticator whose counter goes back", async () => {
    const account = await nieuwAccount("kloon@voorbeeld.example");
    const authenticator = await registreerPasskey(account.id, account.email);
    expect(
      (
        await logInMetPasskey(
          authenticator.meldAan(await startPasskeyInloggen({ soort: "account", userVerification: "preferred" })),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await logInMetPasskey(
          authenticator.meldAan(await startPasskeyInloggen({ soort: "account", userVerification: "preferred" })),
        )
      ).ok,
    ).toBe(true);
    authenticator.counter = 0;
    const kloon = authenticator.meldAan(
      await startPasskeyInloggen({ soort: "account", userVerification: "preferred" }),
    );
    expect(await logInMetPasskey(kloon)).toEqual({ ok: false, reden: "mislukt" });
    const [opgeslagen] = await db().select().from(passkeys).where(eq(passkeys.id, authenticator.id));
    expect(opgeslagen!.counter).toBe(2);
  });

  it("binds a registration challenge to its account and burns it after a failed attempt", async () => {
    const a = await nieuwAccount("eigenaar-a@voorbeeld.example");
    const b = await nieuwAccount("eigenaar-b@voorbeeld.example");
    const options = await startPasskeyRegistratie(
      { accountId: a.id },
      { userVerification: "preferred", gebruikersnaam: a.email },
    );
    const authenticator = new SoftwareAuthenticator();
    const antwoord = authenticator.registreer(options);
    // B cannot use the challenge issued to A.
    expect(
      await voltooiPasskeyRegistratie({ accountId: b.id }, antwoord, { userVerification: "preferred", naam: "x" }),
    ).toEqual({
      ok: false,
      reden: "uitdaging_onbekend",
    });
    // A signed on the wrong website: refused, and the challenge is gone.
    const verkeerdeOrigin = authenticator.registreer(options, { origin: "https://phishing.example" });
    expect(
      await voltooiPasskeyRegistratie({ accountId: a.id }, verkeerdeOrigin, {
        userVerification: "preferred",
        naam: "x",
      }),
    ).toEqual({
      ok: false,
      reden: "niet_geverifieerd",
    });
    expect(
      await voltooiPasskeyRegistratie({ accountId: a.id }, antwoord, { userVerification: "preferred", naam: "x" }),
    ).toEqual({
      ok: false,
      reden: "uitdaging_onbekend",
    });
    expect(await passkeysVan({ accountId: a.id })).toEqual([]);
    expect(await passkeysVan({ accountId: b.id })).toEqual([]);
  });

  it("deleting a passkey filters on its owner", async () => {
    const a = await nieuwAccount("wis-a@voorbeeld.example");
    const b = await nieuwAccount("wis-b@voorbeeld.example");
    const authenticator = await registreerPasskey(a.id, a.email);
    expect(await verwijderPasskey({ accountId: b.id }, authenticator.id)).toBe(false);
    expect(await passkeysVan({ accountId: a.id })).toHaveLength(1);
    expect(await auditRijen("passkey.verwijderd", b.id)).toHaveLength(0);

    expect(await verwijderPasskey({ accountId: a.id }, authenticator.id)).toBe(true);
    expect(await passkeysVan({ accountId: a.id })).toEqual([]);
    expect(await auditRijen("passkey.verwijderd", a.id)).toHaveLength(1);
    // A deleted passkey no longer signs in.
    const antwoord = authenticator.meldAan(
      await startPasskeyInloggen({ soort: "account", userVerification: "preferred" }),
    );
    expect(await logInMetPasskey(antwoord)).toEqual({ ok: false, reden: "mislukt" });
  });

  it("staff use the same functions with user verification required; a client's passkey never signs in as staff", async () => {
    const [medewerker] = await db()
      .insert(medewerkers)
      .values({ email: "directie@anker.example", naam: "Test Directeur", rollen: ["directie"] })
      .returning();
    const eigenaar = { medewerkerId: medewerker!.id };

    // Registration without user verification is refused when it is required.
    const zonderUv = new SoftwareAuthenticator();
    const opties1 = await startPasskeyRegistratie(eigenaar, {
      userVerification: "required",
      gebruikersnaam: medewerker!.email,
    });
    expect(opties1.authenticatorSelection?.userVerification).toBe("required");
    expect(
      await voltooiPasskeyRegistratie(eigenaar, zonderUv.registreer(opties1, { uv: false }), {
        userVerification: "required",
        naam: "x",
      }),
    ).toEqual({
      ok: false,
      reden: "niet_geverifieerd",
    });

    const authenticator = new SoftwareAuthenticator();
    const opties2 = await startPasskeyRegistratie(eigenaar, {
      userVerification: "required",
      gebruikersnaam: medewerker!.email,
    });
    expect(
      await voltooiPasskeyRegistratie(eigenaar, authenticator.registreer(opties2), {
        userVerification: "required",
        naam: "Laptop",
      }),
    ).toMatchObject({ ok: true });
    expect(await auditRijen("passkey.toegevoegd", medewerker!.id)).toMatchObject([{ actorSoort: "medewerker" }]);

    const staff = { soort: "medewerker" as const, userVerification: "required" as const };
    const metUv = authenticator.meldAan(await startPasskeyInloggen(staff));
    expect(await db().transaction((tx) => voltooiPasskeyInloggen(metUv, { ...staff, tx }))).toEqual({
      ok: true,
      eigenaar,
      passkeyId: authenticator.id,
    });
    const zonderVerificatie = authenticator.meldAan(await startPasskeyInloggen(staff), { uv: false });
    expect(await db().transaction((tx) => voltooiPasskeyInloggen(zonderVerificatie, { ...staff, tx }))).toMatchObject({
      ok: false,
      reden: "niet_geverifieerd",
    });

    // A client's passkey answering a staff challenge: unknown as staff.
    const client = await nieuwAccount("geen-personeel@voorbeeld.example");
    const clientKey = await registreerPasskey(client.id, client.email);
    const poging = clientKey.meldAan(await startPasskeyInloggen(staff));
    expect(await db().transaction((tx) => voltooiPasskeyInloggen(poging, { ...staff, tx }))).toEqual({
      ok: false,
      reden: "onbekende_passkey",
    });
    // And a staff passkey answering a client challenge does not give a client session.
    const andersom = authenticator.meldAan(
      await startPasskeyInloggen({ soort: "account", userVerification: "preferred" }),
    );
    expect(await logInMetPasskey(andersom)).toEqual({ ok: false, reden: "mislukt" });
  });
});

describe("sign-in under concurrency (PostgreSQL server)", () => {
  it("one code used five times at once signs in once", async () => {
    const email = "tegelijk@voorbeeld.example";
    await vraagCodeAan({ email, doel: "inloggen", taal: "nl" });
    const code = await codeUitMail(email);
    const resultaten = await Promise.all(Array.from({ length: 5 }, () => logInMetCode({ email, code, taal: "nl" })));
    expect(resultaten.filter((r) => r.ok)).toHaveLength(1);
    expect(await aantal(accounts, sql`lower(email) = ${email}`)).toBe(1);
  });

  it("concurrent first sign-ins of one address create one account", async () => {
    const resultaten = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db().transaction((tx) =>
          vindOfMaakAccount(tx, { email: i % 2 ? "Race@Voorbeeld.example" : "race@voorbeeld.example", taal: "nl" }),
        ),
      ),
    );
    expect(new Set(resultaten.map((r) => r.account.id)).size).toBe(1);
    expect(resultaten.filter((r) => r.nieuw)).toHaveLength(1);
  });
});
