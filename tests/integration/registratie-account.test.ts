/**
 * A request registered by hand (/backoffice/registreren) has no portal account. When the filer
 * signs in with an e-mail code for the address it was registered with, the request becomes theirs
 * and shows in /mijn (docs/decisions/014-handmatige-registratie-account.md): only with the code
 * (the proof of the address), only unlinked manual registrations for exactly that address, audited.
 */
import { and, asc, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { accounts, auditLog, uitgaandeMail, verzoeken } from "../../db/schema";
import { DEMO, seedDemoIfEmpty } from "../../db/demo.server";
import { verifyAuditChain } from "~/services/audit.server";
import { vraagCodeAan } from "~/services/email-codes.server";
import { logInMetCode } from "~/services/inloggen.server";
import { mijnVerzoek, mijnVerzoeken, type ClientActor } from "~/services/mijn.server";
import { registreerVerzoek, type RegistratieInvoer } from "~/services/registratie.server";
import { medewerkers } from "../../db/schema";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const db = () => testDb().db;
const sanne = { medewerker: { id: "" } };
const NU = new Date("2026-03-05T10:00:00+01:00");
/** Each code sign-in a few minutes later (codes for one address are rate-limited). */
let klok = NU.getTime();
const straks = () => new Date((klok += 5 * 60_000));

beforeAll(async () => {
  await seedDemoIfEmpty();
  const [rij] = await db()
    .select({ id: medewerkers.id })
    .from(medewerkers)
    .where(eq(medewerkers.email, DEMO.medewerkers.backoffice.email));
  sanne.medewerker.id = rij!.id;
});

function brief(contactEmail: string | undefined, kanaal = "brief"): RegistratieInvoer {
  return {
    gegevens: {
      indiener: { voorWie: "zelf" },
      betrokkene: { naam: "Jorien Testpersoon", geboortedatum: "21-04-1988" },
      type: "inzage",
      inzage: { afschrift: "ja" },
    },
    registratie: { kanaal, ontvangenOp: "2026-03-02", taal: "nl", ...(contactEmail ? { contactEmail } : {}) },
  };
}

async function codeUitMail(email: string): Promise<string> {
  const [mail] = await db()
    .select()
    .from(uitgaandeMail)
    .where(and(eq(uitgaandeMail.aan, email.toLowerCase()), eq(uitgaandeMail.sjabloon, "code")))
    .orderBy(desc(uitgaandeMail.aangemaaktOp))
    .limit(1);
  return /(\d{6})/.exec(mail?.onderwerp ?? "")![1]!;
}

async function logInMetNieuweCode(email: string): Promise<ClientActor> {
  const nu = straks();
  expect((await vraagCodeAan({ email, doel: "inloggen", taal: "nl", nu })).ok).toBe(true);
  const resultaat = await logInMetCode({ email, code: await codeUitMail(email), taal: "nl", nu });
  if (!resultaat.ok) throw new Error(`inloggen mislukt: ${resultaat.reden}`);
  return { soort: "client", account: { id: resultaat.account.id } };
}

async function filerVan(verzoekId: string) {
  const [v] = await db()
    .select({ account: verzoeken.ingediendDoorAccountId })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  return v!.account;
}

describe("a registered request reaches the filer's /mijn after an e-mail code sign-in", () => {
  it("links the requests registered with this address (any case), audited, and the status e-mail links to them", async () => {
    const eerste = await registreerVerzoek(sanne, brief("Jorien.Koppel@Voorbeeld.example"), { nu: NU });
    const tweede = await registreerVerzoek(sanne, brief("jorien.koppel@voorbeeld.example", "telefoon"), { nu: NU });
    const ander = await registreerVerzoek(sanne, brief("iemand.anders@voorbeeld.example"), { nu: NU });
    // The confirmation's link is the request's own status page (it works once signed in).
    const [bevestiging] = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, eerste.verzoekId));
    expect(bevestiging!.tekst).toContain(`/mijn/verzoeken/${eerste.nummer}`);

    const jorien = await logInMetNieuweCode("jorien.koppel@voorbeeld.example");
    const lijst = await mijnVerzoeken(jorien);
    expect(lijst.map((v) => v.nummer).sort()).toEqual([eerste.nummer, tweede.nummer].sort());
    expect(lijst[0]).toMatchObject({ type: "inzage", status: "ontvangen", ontvangenOp: "2026-03-02", voor: null });
    const pagina = await mijnVerzoek(jorien, eerste.nummer);
    expect(pagina?.tijdlijn.map((g) => g.soort)).toEqual(["ontvangen"]); // the staff-only "geregistreerd" stays hidden
    expect(await mijnVerzoek(jorien, ander.nummer)).toBeNull();
    expect(await filerVan(ander.verzoekId)).toBeNull();

    const rijen = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.actie, "verzoek.account_gekoppeld"))
      .orderBy(asc(auditLog.id));
    expect(rijen.map((r) => [r.verzoekId, r.actorSoort, r.actorId, r.details])).toEqual(
      [eerste, tweede]
        .sort((a, b) => a.nummer.localeCompare(b.nummer))
        .map((v, i) => [
          v.verzoekId,
          "client",
          jorien.account.id,
          { nummer: v.nummer, kanaal: i === 0 ? "brief" : "telefoon", bewijs: "email_code" },
        ]),
    );
    // The sign-in's own audit row comes last and names what was linked.
    const [laatste] = await db().select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(laatste).toMatchObject({ actie: "client.ingelogd", actorId: jorien.account.id });
    expect((laatste!.details as { gekoppeld: string[] }).gekoppeld.sort()).toEqual(
      [eerste.nummer, tweede.nummer].sort(),
    );
    expect((await verifyAuditChain(db())).ok).toBe(true);

    // Signing in again links nothing new and writes no second link row.
    await logInMetNieuweCode("jorien.koppel@voorbeeld.example");
    expect(await db().select().from(auditLog).where(eq(auditLog.actie, "verzoek.account_gekoppeld"))).toHaveLength(2);
  });

  it("a wrong code links nothing; a request already held by an account or filed in the portal is never moved", async () => {
    const v = await registreerVerzoek(sanne, brief("piet.koppel@voorbeeld.example"), { nu: NU });
    const nu = straks();
    expect((await vraagCodeAan({ email: "piet.koppel@voorbeeld.example", doel: "inloggen", taal: "nl", nu })).ok).toBe(
      true,
    );
    const goed = await codeUitMail("piet.koppel@voorbeeld.example");
    const fout = String((Number(goed) + 1) % 1_000_000).padStart(6, "0");
    expect(await logInMetCode({ email: "piet.koppel@voorbeeld.example", code: fout, taal: "nl", nu })).toMatchObject({
      ok: false,
    });
    expect(await filerVan(v.verzoekId)).toBeNull();

    // Someone else's account already holds a request registered with this address: it stays theirs.
    const [eigenaar] = await db()
      .insert(accounts)
      .values({ email: "eigenaar.koppel@voorbeeld.example" })
      .returning({ id: accounts.id });
    const bezet = await registreerVerzoek(sanne, brief("piet.koppel@voorbeeld.example"), { nu: NU });
    await db().update(verzoeken).set({ ingediendDoorAccountId: eigenaar!.id }).where(eq(verzoeken.id, bezet.verzoekId));
    // A portal request carries the address too, but was filed by whoever signed in then: not touched.
    const portaal = await registreerVerzoek(sanne, brief("piet.koppel@voorbeeld.example"), { nu: NU });
    await db().update(verzoeken).set({ kanaal: "portaal" }).where(eq(verzoeken.id, portaal.verzoekId));

    const piet = await logInMetNieuweCode("piet.koppel@voorbeeld.example");
    expect((await mijnVerzoeken(piet)).map((r) => r.nummer)).toEqual([v.nummer]);
    expect(await filerVan(bezet.verzoekId)).toBe(eigenaar!.id);
    expect(await filerVan(portaal.verzoekId)).toBeNull();
  });

  it("a request registered without an e-mail address is never linked", async () => {
    const zonder = await registreerVerzoek(sanne, brief(undefined), { nu: NU });
    await logInMetNieuweCode("leeg.koppel@voorbeeld.example");
    expect(await filerVan(zonder.verzoekId)).toBeNull();
  });
});
