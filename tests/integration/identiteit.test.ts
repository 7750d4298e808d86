/**
 * Identity levels (docs/decisions/018-identiteitsniveaus.md; AVG art. 12 lid 6, art. 32) against a
 * real database, through the services only: an impostor who knows a client's name and date of
 * birth files from their own address and is refused at the grant, at the package and at every
 * download; each honest way up (the address in the record on linking, a passkey registered after
 * such a visit, a legitimation check by staff); and a representative's recorded proof of authority.
 */
import { rmSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import {
  accounts,
  auditLog,
  besluiten,
  clienten,
  pakketDownloads,
  passkeys,
  relaties,
  uitgaandeMail,
  verstrekkingen,
  verzoeken,
} from "../../db/schema";
import { BehandelFout } from "~/domain/behandeling";
import { DomainError } from "~/domain/errors";
import { requestDeadlines } from "~/domain/deadlines";
import type { Verzoektype } from "~/domain/request-types";
import {
  bekijkVerzoek,
  besluitToewijzen,
  controleerVertegenwoordiging,
  legitimeer,
  pakOp,
  type BehandelActor,
} from "~/services/behandeling.server";
import { identiteitsStand } from "~/services/identiteit.server";
import { koppel, ontkoppel } from "~/services/koppeling.server";
import { downloadVoorOntvanger, vraagOntvangerCodeAan } from "~/services/ontvanger.server";
import { gebruikOpslag } from "~/services/opslag.server";
import { downloadVoorClient, leverPakket } from "~/services/pakket.server";
import { startPasskeyRegistratie, voltooiPasskeyRegistratie } from "~/services/passkeys.server";
import { useFreshDatabase } from "../support/database";
import { maakBackoffice, maakToegewezenVerzoek, tijdelijkeOpslag } from "../support/pakket";
import { SoftwareAuthenticator } from "../support/software-authenticator";

useFreshDatabase();

let staf: BehandelActor;
let map: string;
let teller = 0;

beforeAll(async () => {
  map = tijdelijkeOpslag(); // before the seed: it stores the demo's original documents
  await seedDemoIfEmpty();
  staf = await maakBackoffice();
});

afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(map, { recursive: true, force: true });
});

async function maakClient(email: string | null, geboortedatum = "1984-06-01") {
  teller += 1;
  const [c] = await db()
    .insert(clienten)
    .values({ clientnummer: `ID-${teller}`, voornamen: "Fenna", achternaam: `Teststra${teller}`, geboortedatum, email })
    .returning();
  return c!;
}

async function account(email: string) {
  const [a] = await db().insert(accounts).values({ email, naam: "Indiener" }).returning({ id: accounts.id });
  return a!.id;
}

/** A request as intake stores it: filed by `accountId` after a code to that account's address. */
async function dienIn(
  accountId: string,
  email: string,
  opties: { type?: Verzoektype; relatie?: string; geboortedatum?: string } = {},
) {
  teller += 1;
  const type = opties.type ?? "inzage";
  const t = requestDeadlines({ type, receivedOn: "2026-03-02" });
  const [v] = await db()
    .insert(verzoeken)
    .values({
      nummer: `AVG-2026-${String(610_000 + teller)}`,
      type,
      ingediendDoorAccountId: accountId,
      indiener: { naam: "Indiener", email, relatie: opties.relatie ?? "zelf" },
      betrokkene: { naam: "Fenna Teststra", geboortedatum: opties.geboortedatum ?? "1984-06-01", email: "" },
      ontvangenOp: "2026-03-02",
      identiteit: "eigen_adres",
      doelTermijn: t.target,
      wettelijkeTermijn: t.legalLimit,
      uitvoeringTermijn: t.execution,
    })
    .returning();
  return v!;
}

async function versie(verzoekId: string) {
  const [v] = await db()
    .select({ versie: verzoeken.versie, identiteit: verzoeken.identiteit, status: verzoeken.status })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  return v!;
}

/** Claim and link to the client, as staff do; returns the version after. */
async function pakOpEnKoppel(verzoekId: string, clientId: string): Promise<number> {
  await pakOp(staf, verzoekId, 1);
  return (await koppel(staf, verzoekId, 2, { clientId })).versie;
}

async function geweigerd<T extends Error>(promise: Promise<unknown>, soort: new (...args: never[]) => T): Promise<T> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(soort);
  return e as T;
}

async function registreerPasskey(accountId: string, email: string) {
  const authenticator = new SoftwareAuthenticator();
  const options = await startPasskeyRegistratie(
    { accountId },
    { userVerification: "preferred", gebruikersnaam: email },
  );
  const r = await voltooiPasskeyRegistratie({ accountId }, authenticator.registreer(options), {
    userVerification: "preferred",
    naam: "Telefoon",
  });
  expect(r).toMatchObject({ ok: true });
  const [p] = await db().select().from(passkeys).where(eq(passkeys.accountId, accountId));
  return p!;
}

describe("an impostor who knows a client's name and date of birth", () => {
  it("files from their own address; once linked, the grant is refused with what is missing, and nothing changes", async () => {
    const client = await maakClient("fenna@mail.example");
    const indringer = "iemand.anders@mail.example";
    const v = await dienIn(await account(indringer), indringer);
    const na = await pakOpEnKoppel(v.id, client.id);
    expect(await versie(v.id)).toMatchObject({ identiteit: "eigen_adres", versie: na });

    const fout = await geweigerd(besluitToewijzen(staf, v.id, na), BehandelFout);
    expect(fout.code).toBe("identiteit_onbevestigd");
    expect(fout.message).toContain("alleen een eigen e-mailadres");
    expect(fout.message).toContain("legitimatiecontrole aan de balie of via video");
    expect(await versie(v.id)).toMatchObject({ status: "in_behandeling", versie: na });
    expect(await db().select().from(besluiten).where(eq(besluiten.verzoekId, v.id))).toEqual([]);

    const detail = await bekijkVerzoek(staf, v.id);
    expect(detail).toMatchObject({
      identiteit: "eigen_adres",
      identiteitsStand: { vereist: "bekend_adres", tekort: "bekend_adres" },
      toewijzingGeblokkeerd: "identiteit_onbevestigd",
    });
  });

  it("a legitimation check by staff gives the top level; then the grant goes through", async () => {
    const client = await maakClient("fenna2@mail.example");
    const email = "nieuw.adres@mail.example";
    const v = await dienIn(await account(email), email);
    const na = await pakOpEnKoppel(v.id, client.id);
    const { versie: gelegitimeerd } = await legitimeer(staf, v.id, na, {
      wijze: "video",
      documentType: "identiteitskaart",
      laatsteVier: "K9L2",
    });
    expect((await versie(v.id)).identiteit).toBe("gelegitimeerd");
    await besluitToewijzen(staf, v.id, gelegitimeerd);
    expect((await versie(v.id)).status).toBe("in_uitvoering");
  });
});

describe("known address: the proved address is the one in the client record", () => {
  it("linking raises the level (any case, trimmed) and the grant goes through; unlinking lowers it again", async () => {
    const client = await maakClient(" Fenna.Bekend@Mail.example");
    const email = "fenna.bekend@mail.example";
    const v = await dienIn(await account(email), email);
    const na = await pakOpEnKoppel(v.id, client.id);
    expect((await versie(v.id)).identiteit).toBe("bekend_adres");
    const [a] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.verzoekId, v.id), eq(auditLog.actie, "verzoek.gekoppeld")));
    expect(a!.details).toMatchObject({ identiteit: "bekend_adres" });

    const los = await ontkoppel(staf, v.id, na);
    expect((await versie(v.id)).identiteit).toBe("eigen_adres");
    const weer = await koppel(staf, v.id, los.versie, { clientId: client.id });
    await besluitToewijzen(staf, v.id, weer.versie);
    expect((await versie(v.id)).status).toBe("in_uitvoering");
  });

  it("a manual registration without a proved address stays at 'geen' even when its address matches", async () => {
    const client = await maakClient("brief@mail.example");
    const [v] = await db()
      .insert(verzoeken)
      .values({
        nummer: `AVG-2026-${String(619_000 + ++teller)}`,
        type: "correctie",
        kanaal: "brief",
        indiener: { naam: "Fenna", email: "brief@mail.example", relatie: "zelf" },
        betrokkene: { naam: "Fenna", geboortedatum: "1984-06-01", email: "" },
        ontvangenOp: "2026-03-02",
        identiteit: "geen",
        doelTermijn: "2026-03-30",
        wettelijkeTermijn: "2026-04-02",
      })
      .returning();
    const na = await pakOpEnKoppel(v!.id, client.id);
    expect((await versie(v!.id)).identiteit).toBe("geen");
    expect((await geweigerd(besluitToewijzen(staf, v!.id, na), BehandelFout)).code).toBe("identiteit_onbevestigd");
  });
});

describe("passkey: counts only when registered after a visit at a known address", () => {
  it("registered after such a visit, it carries a later request about the same client after the record's address changed", async () => {
    const client = await maakClient("pk@mail.example");
    const email = "pk@mail.example";
    const accountId = await account(email);
    const eerste = await dienIn(accountId, email);
    await pakOpEnKoppel(eerste.id, client.id);
    const passkey = await registreerPasskey(accountId, email);
    expect(passkey.bekendBijClienten).toEqual([client.id]);

    // The client's address in the record changes; a new request from the same account.
    await db().update(clienten).set({ email: "pk.nieuw@mail.example" }).where(eq(clienten.id, client.id));
    const tweede = await dienIn(accountId, email);
    const na = await pakOpEnKoppel(tweede.id, client.id);
    expect((await versie(tweede.id)).identiteit).toBe("passkey");
    await besluitToewijzen(staf, tweede.id, na);
    expect((await versie(tweede.id)).status).toBe("in_uitvoering");
  });

  it("registered before any such visit (an impostor's own account), it counts for nobody", async () => {
    const client = await maakClient("echt@mail.example");
    const indringer = "pk.indringer@mail.example";
    const accountId = await account(indringer);
    const passkey = await registreerPasskey(accountId, indringer);
    expect(passkey.bekendBijClienten).toEqual([]);
    const v = await dienIn(accountId, indringer);
    const na = await pakOpEnKoppel(v.id, client.id);
    expect((await versie(v.id)).identiteit).toBe("eigen_adres");
    expect((await geweigerd(besluitToewijzen(staf, v.id, na), BehandelFout)).code).toBe("identiteit_onbevestigd");
  });
});

describe("representatives: authority is shown, not claimed", () => {
  it("a parent at the address recorded for the child still needs a recorded proof of authority that fits", async () => {
    const kind = await maakClient(null, "2018-05-05");
    const email = "ouder@mail.example";
    await db()
      .insert(relaties)
      .values({ clientId: kind.id, soort: "ouder_met_gezag", naam: "Ouder Test", email: "Ouder@mail.example" });
    const v = await dienIn(await account(email), email, { relatie: "ouder_met_gezag", geboortedatum: "2018-05-05" });
    const na = await pakOpEnKoppel(v.id, kind.id);
    expect((await versie(v.id)).identiteit).toBe("bekend_adres");

    const fout = await geweigerd(besluitToewijzen(staf, v.id, na), BehandelFout);
    expect(fout.code).toBe("vertegenwoordiging_onbevestigd");
    expect(fout.message).toContain("gezagsregister");
    const { versie: gezien } = await controleerVertegenwoordiging(staf, v.id, na, {
      bewijsSoort: "gezagsregister",
      bewijs: "Uittreksel gezagsregister van 3 maart 2026 gezien, aan de balie",
    });
    await besluitToewijzen(staf, v.id, gezien);
    expect((await versie(v.id)).status).toBe("in_uitvoering");
    // The representative's e-mails name the person concerned.
    const statusMails = await db()
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "status_gewijzigd")));
    expect(statusMails.map((m) => m.onderwerp)).toContain(`Uw verzoek voor F. Teststra (${v.nummer}) is gewijzigd`);
    await leverPakket(staf as never, v.id);
    const [pakketMail] = await db()
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "pakket_klaar")));
    expect(pakketMail!.onderwerp).toBe(`De gegevens van F. Teststra staan klaar (verzoek ${v.nummer})`);
    expect(pakketMail!.tekst).not.toContain("Fenna");
  });

  it("someone claiming to be a parent, at an address the record does not know, is refused on identity first", async () => {
    const kind = await maakClient(null, "2019-01-01");
    await db()
      .insert(relaties)
      .values({ clientId: kind.id, soort: "ouder_met_gezag", naam: "Echte Ouder", email: "echte.ouder@mail.example" });
    const email = "nep.ouder@mail.example";
    const v = await dienIn(await account(email), email, { relatie: "ouder_met_gezag", geboortedatum: "2019-01-01" });
    const na = await pakOpEnKoppel(v.id, kind.id);
    const { versie: gezien } = await controleerVertegenwoordiging(staf, v.id, na, {
      bewijsSoort: "gezagsregister",
      bewijs: "Uittreksel gezagsregister per e-mail ontvangen",
    });
    expect((await geweigerd(besluitToewijzen(staf, v.id, gezien), BehandelFout)).code).toBe("identiteit_onbevestigd");
  });
});

describe("defense in depth: every point where data leaves the portal derives the level again", () => {
  it("a grant written around the gate gets no package", async () => {
    const v = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage", legitimeren: false });
    const fout = await geweigerd(leverPakket(staf as never, v.verzoek.id), DomainError);
    expect(fout.code).toBe("identiteit_onbevestigd");
  });

  it("when the level drops after the package was made (the record's address changed), neither the client nor the receiving provider can download", async () => {
    const ONTVANGER = { naam: "Praktijk Elders", email: "overdracht@elders.example" };
    const [demo] = await db().select().from(clienten).where(eq(clienten.clientnummer, "DL-1005"));
    const accountId = await account(demo!.email!);
    const v = await dienIn(accountId, demo!.email!, { type: "dataportabiliteit", geboortedatum: demo!.geboortedatum });
    await db()
      .update(verzoeken)
      .set({ details: { type: "dataportabiliteit", bestemming: "zorgaanbieder", aanbieder: ONTVANGER } })
      .where(eq(verzoeken.id, v.id));
    const na = await pakOpEnKoppel(v.id, demo!.id);
    await besluitToewijzen(staf, v.id, na);
    const { pakket } = await leverPakket(staf as never, v.id);
    const [mail] = await db()
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.verzoekId, v.id), eq(uitgaandeMail.sjabloon, "pakket_ontvanger")));
    const token = /\/ontvanger\/([A-Za-z0-9_-]{43})/.exec(mail!.tekst)![1]!;

    await db().update(clienten).set({ email: "nieuw.adres@mail.example" }).where(eq(clienten.id, demo!.id));
    expect((await identiteitsStand(db(), v.id))!.niveau).toBe("eigen_adres");

    expect(await downloadVoorClient({ soort: "client", account: { id: accountId } }, v.nummer, pakket.id)).toEqual({
      ok: false,
      reden: "identiteit",
    });
    await vraagOntvangerCodeAan(token, { taal: "nl" });
    const codes = await db()
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.aan, ONTVANGER.email), eq(uitgaandeMail.sjabloon, "code")));
    const code = /\b(\d{6})\b/.exec(codes.at(-1)!.tekst)![1]!;
    expect(await downloadVoorOntvanger(token, code)).toEqual({ ok: false, reden: "identiteit" });
    // Nothing counted, nothing logged as disclosed.
    expect(await db().select().from(pakketDownloads).where(eq(pakketDownloads.pakketId, pakket.id))).toEqual([]);
    expect(
      await db()
        .select()
        .from(verstrekkingen)
        .where(eq(verstrekkingen.externId, `pakket:${pakket.id}`)),
    ).toEqual([]);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.verzoekId, v.id), eq(auditLog.actie, "pakket.gedownload"))),
    ).toEqual([]);
  });
});
