/**
 * E2e fixtures (docs/decisions/026): the state a scenario starts from, made in the Playwright
 * worker by the app's own services on the e2e server's database (./database.ts). Nothing here is
 * part of the app or its build; the server has no test routes.
 *
 * Through the services, as a user or staff would reach the state: filing (dienVerzoekIn, or
 * registreerVerzoek for a letter), picking up, matching, the legitimation check, granting, a
 * question to the client, an invitation, a session. Rows are written directly only where no
 * service makes them, each one said so in its comment:
 *  - client records and their dossier (they come from the practice's own system);
 *  - a request with a chosen deadline or receipt date in the past (./terugdateren.ts): a browser
 *    test runs within one day, and every service dates a step today.
 *
 *   const { nummer } = await maakMijnVerzoek({ email });              // signed-in client's request
 *   await page.context().addCookies(await sessieCookies(staff.medewerkerId));
 */
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { BrowserContext } from "@playwright/test";
import { addDays, amsterdamDate } from "../../../app/domain/calendar";
import { VERZOEKTYPEN } from "../../../app/domain/request-types";
import {
  besluitToewijzen,
  legitimeer,
  pakOp,
  stelVraag,
  type BehandelActor,
} from "../../../app/services/behandeling.server";
import { koppel } from "../../../app/services/koppeling.server";
import { dienVerzoekIn, nieuweIdempotentieSleutel } from "../../../app/services/intake.server";
import { nodigMedewerkerUit } from "../../../app/services/medewerkers.server";
import { registreerVerzoek } from "../../../app/services/registratie.server";
import { startSessie } from "../../../app/services/sessies.server";
import { volgendVerzoeknummer } from "../../../app/services/verzoeken.server";
import {
  accounts,
  clienten,
  dossierItems,
  medewerkers,
  verstrekkingen,
  verzoeken,
  type MedewerkerRol,
} from "../../../db/schema";
import { e2eDatabase } from "./database";

/** The legitimation check staff record (AVG art. 12 lid 6; docs/decisions/018): only how, the type and four characters. */
const LEGITIMATIE = { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "E2E1" } as const;

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

/**
 * Invite a staff member through the real service (system actor, as `npm run staff:invite` does):
 * the invitation e-mail is queued as usual; the one-time URL is returned.
 */
export async function nodigMedewerkerUitVoorTest(invoer: { email: string; naam?: string; rol: MedewerkerRol }) {
  await e2eDatabase();
  return nodigMedewerkerUit({ ...invoer, door: null });
}

/**
 * A signed-in staff session for `medewerkerId` (the sessions service), as cookies for a browser
 * context. For specs about other pages than sign-in: tests/e2e/support/staff.ts signs in the real
 * way, with an invitation and a passkey.
 */
export async function meldAanAlsMedewerker(
  context: BrowserContext,
  baseURL: string,
  medewerkerId: string,
): Promise<void> {
  const database = await e2eDatabase();
  const setCookie = await startSessie(database.db, { medewerkerId });
  const [naam, ...rest] = setCookie.split(";")[0]!.split("=");
  await context.addCookies([{ name: naam!, value: rest.join("="), url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/** A demo staff member who handles requests (backoffice or directie, active): the actor of the steps below. */
async function behandelaar(medewerkerId?: string): Promise<BehandelActor> {
  if (medewerkerId) return { medewerker: { id: medewerkerId } };
  const database = await e2eDatabase();
  const [staf] = await database.db
    .select({ id: medewerkers.id })
    .from(medewerkers)
    .where(sql`${medewerkers.actief} and ${medewerkers.rollen} && array['backoffice','directie']::text[]`)
    .orderBy(medewerkers.aangemaaktOp)
    .limit(1);
  if (!staf) throw new Error("Geen actieve medewerker van de backoffice of de directie (SEED_DEMO=true?).");
  return { medewerker: { id: staf.id } };
}

async function versieVan(verzoekId: string): Promise<number> {
  const database = await e2eDatabase();
  const [v] = await database.db.select({ versie: verzoeken.versie }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) throw new Error(`Verzoek ${verzoekId} bestaat niet.`);
  return v.versie;
}

async function accountVan(email: string): Promise<string> {
  const database = await e2eDatabase();
  const [account] = await database.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(sql`lower(${accounts.email}) = ${email.toLowerCase()}`);
  if (!account) throw new Error(`Geen account voor ${email}: log eerst in met dit e-mailadres.`);
  return account.id;
}

// ---------------------------------------------------------------------------------------------
// Requests a client files in the portal
// ---------------------------------------------------------------------------------------------

/** What the wizard posts for each right these fixtures file (app/domain/intake.ts). */
const WIZARD_PER_TYPE = {
  inzage: { inzage: { afschrift: "ja", periode: "" } },
  correctie: {
    correctie: {
      rijen: [{ welk: "Adres", nu: "Teststraat 1, Utrecht", moetZijn: "Teststraat 3, Utrecht", waarom: "Verhuisd." }],
    },
  },
  verwijdering: { verwijdering: { omvang: "alles", welkDeel: "", waarom: "Ik ben niet meer in zorg." } },
  afscherming: { afscherming: { wat: "Mijn gespreksverslagen.", waarom: "Ik betwist wat erin staat." } },
} as const;

export type MijnVerzoekType = keyof typeof WIZARD_PER_TYPE;

/**
 * A request filed in the portal by the signed-in e2e account `email` (the intake service: the
 * wizard's validation, deadlines, timeline, confirmation e-mail, audit). `voor`: filed as parent
 * with authority for this (fictional) child. `vraag`: then a demo staff member asks the client
 * this question (stelVraag: clock paused, status wacht_op_client, one message).
 */
export async function maakMijnVerzoek(opties: {
  email: string;
  type?: MijnVerzoekType;
  voor?: string;
  /** The representative's relation when `voor` is given (default ouder_met_gezag). */
  relatie?: "ouder_met_gezag" | "gemachtigde" | "voogd" | "mentor" | "curator";
  vraag?: string;
}): Promise<{ id: string; nummer: string }> {
  const accountId = await accountVan(opties.email);
  const type = opties.type ?? "inzage";
  const r = await dienVerzoekIn(
    { accountId },
    {
      gegevens: {
        indiener: opties.voor
          ? { voorWie: "ander", relatie: opties.relatie ?? "ouder_met_gezag", naam: "E2e Indiener" }
          : { voorWie: "zelf" },
        // A parent or guardian files for a child of 9; a representative by authorisation, mentor or curator for an adult.
        betrokkene: {
          naam: opties.voor ?? "E2e Indiener",
          geboortedatum: !opties.voor
            ? "01-01-1980"
            : ["ouder_met_gezag", "voogd"].includes(opties.relatie ?? "ouder_met_gezag")
              ? "02-03-2017"
              : "02-03-1990",
        },
        type,
        ...WIZARD_PER_TYPE[type],
      },
      idempotentieSleutel: nieuweIdempotentieSleutel(),
      taal: "nl",
    },
  );
  if (opties.vraag)
    await stelVraag(await behandelaar(), r.verzoekId, await versieVan(r.verzoekId), { tekst: opties.vraag });
  return { id: r.verzoekId, nummer: r.nummer };
}

/**
 * A portability request to another provider (AVG art. 20), filed in the portal by the signed-in
 * account `email`, then picked up, matched to demo client `clientnummer`, legitimised and granted
 * by a demo staff member: status in_uitvoering, the state in which staff make the package.
 */
export async function maakPakketVerzoek(opties: {
  email: string;
  aanbiederNaam: string;
  aanbiederEmail: string;
  clientnummer?: string;
}): Promise<{ id: string; nummer: string }> {
  const accountId = await accountVan(opties.email);
  const database = await e2eDatabase();
  const [client] = await database.db
    .select()
    .from(clienten)
    .where(eq(clienten.clientnummer, opties.clientnummer ?? "DL-1001"));
  if (!client) throw new Error(`Onbekend cliëntnummer ${opties.clientnummer ?? "DL-1001"}.`);
  const r = await dienVerzoekIn(
    { accountId },
    {
      gegevens: {
        indiener: { voorWie: "zelf" },
        betrokkene: { naam: "E2e Indiener", geboortedatum: client.geboortedatum.split("-").reverse().join("-") },
        type: "dataportabiliteit",
        dataportabiliteit: {
          bestemming: "zorgaanbieder",
          aanbiederNaam: opties.aanbiederNaam,
          aanbiederEmail: opties.aanbiederEmail,
          agb: "",
        },
      },
      idempotentieSleutel: nieuweIdempotentieSleutel(),
      taal: "nl",
    },
  );
  const staf = await behandelaar();
  await pakOp(staf, r.verzoekId, await versieVan(r.verzoekId));
  await koppel(staf, r.verzoekId, await versieVan(r.verzoekId), { clientId: client.id });
  await legitimeer(staf, r.verzoekId, await versieVan(r.verzoekId), LEGITIMATIE);
  await besluitToewijzen(staf, r.verzoekId, await versieVan(r.verzoekId));
  return { id: r.verzoekId, nummer: r.nummer };
}

// ---------------------------------------------------------------------------------------------
// Requests by letter, for a fictional client with a dossier
// ---------------------------------------------------------------------------------------------

/**
 * A fictional client with a contact item and a care note that is partly about someone else (the
 * field `zus`), and an inzage request for that client received by letter 3 days ago (the
 * registration service, with a legitimation check), picked up and matched by `door` (or a demo
 * staff member): in_behandeling, the state in which staff decide what to withhold (AVG art. 15 lid 4).
 */
export async function maakAchterhoudingVerzoek(
  opties: { door?: string } = {},
): Promise<{ id: string; nummer: string; uniek: string }> {
  const uniek = randomBytes(4).toString("hex");
  const clientId = await maakClient({
    clientnummer: `E2E-A-${uniek}`,
    geboortedatum: "1984-02-02",
    uniek,
    dossier: [
      {
        categorie: "zorg",
        titel: `Gespreksverslag ${uniek}`,
        inhoud: { verslag: "Gesprek over de voortgang.", zus: `Zus vertelt over haar eigen schulden ${uniek}.` },
        herkomst: "zorgverlener",
      },
    ],
  });
  const staf = await behandelaar(opties.door);
  const r = await registreerVerzoek(staf, {
    gegevens: {
      indiener: { voorWie: "zelf" },
      betrokkene: { naam: `Testa Fictief-${uniek}`, geboortedatum: "02-02-1984" },
      type: "inzage",
      inzage: { afschrift: "ja", periode: "" },
    },
    registratie: {
      kanaal: "brief",
      ontvangenOp: addDays(amsterdamDate(new Date()), -3),
      contactEmail: `client-${uniek}@voorbeeld.example`,
      taal: "nl",
      legitimatie: LEGITIMATIE,
    },
  });
  await pakOp(staf, r.verzoekId, await versieVan(r.verzoekId));
  await koppel(staf, r.verzoekId, await versieVan(r.verzoekId), { clientId });
  return { id: r.verzoekId, nummer: r.nummer, uniek };
}

/**
 * A fictional former client (out of care since 2022) with a contact item, a 5-year-old care
 * record, an 8-year-old financial record and one earlier recipient, and a granted request of
 * `type` for that client in status in_uitvoering: granted 2 days ago, 12 days left to carry it out.
 * `afgeschermd`: every dossier item is restricted (AVG art. 18), as when a correction meets
 * restricted data.
 *
 * The request itself is written directly (with its legitimation check through the service): the
 * services date a grant today, and these specs need one with its own execution deadline.
 */
export async function maakUitvoeringVerzoek(opties: {
  type: "correctie" | "verwijdering" | "afscherming";
  afgeschermd?: boolean;
}): Promise<{ id: string; nummer: string; uniek: string }> {
  const database = await e2eDatabase();
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  const uniek = randomBytes(4).toString("hex");
  const jarenGeleden = (n: number) => new Date(nu.getTime() - n * 365.25 * 24 * 3600 * 1000);
  const clientId = await maakClient({
    clientnummer: `E2E-${uniek}`,
    geboortedatum: "1980-05-05",
    uniek,
    voormalig: true,
    afgeschermd: opties.afgeschermd,
    dossier: [
      { categorie: "zorg", titel: `Verslag ${uniek}`, inhoud: { verslag: "Intake." }, aangemaaktOp: jarenGeleden(5) },
      {
        categorie: "financieel",
        titel: `Factuur ${uniek}`,
        inhoud: { bedrag: "80,00" },
        aangemaaktOp: jarenGeleden(8),
      },
    ],
  });
  await database.db.insert(verstrekkingen).values({
    clientId,
    ontvanger: `Huisarts ${uniek}`,
    ontvangerEmail: `huisarts-${uniek}@voorbeeld.example`,
    datum: "2024-02-02",
    rechtsgrond: "toestemming",
  });
  const [v] = await database.db
    .insert(verzoeken)
    .values({
      nummer: `AVG-2026-9${String(parseInt(uniek, 16)).padStart(10, "0").slice(-7)}`,
      type: opties.type,
      status: "in_uitvoering",
      // What the client asks, as the wizard stores it (a correction: rows of field, now, should be).
      details:
        opties.type === "correctie"
          ? {
              type: "correctie",
              rijen: [
                { welk: "Adres", nu: "Teststraat 1, Utrecht", moetZijn: "Teststraat 3, Utrecht", waarom: "Verhuisd." },
              ],
            }
          : {},
      indiener: { naam: "Testa", email: `client-${uniek}@voorbeeld.example`, relatie: "zelf" },
      betrokkene: { naam: "Testa", geboortedatum: "1980-05-05", email: `client-${uniek}@voorbeeld.example` },
      clientId,
      ontvangenOp: addDays(vandaag, -20),
      doelTermijn: addDays(vandaag, 8),
      wettelijkeTermijn: addDays(vandaag, 10),
      besluitOp: addDays(vandaag, -2),
      uitvoeringTermijn: addDays(vandaag, 12),
    })
    .returning({ id: verzoeken.id, nummer: verzoeken.nummer });
  await legitimeer(await behandelaar(), v!.id, await versieVan(v!.id), LEGITIMATIE);
  return { ...v!, uniek };
}

/**
 * A fictional client record as the practice's own system delivers it (written directly: the portal
 * only reads client records; the import has its own tests): a contact item plus `dossier`.
 */
async function maakClient(c: {
  clientnummer: string;
  geboortedatum: string;
  uniek: string;
  voormalig?: boolean;
  afgeschermd?: boolean;
  dossier: Array<{
    categorie: "zorg" | "financieel";
    titel: string;
    inhoud: Record<string, string>;
    herkomst?: "zorgverlener";
    aangemaaktOp?: Date;
  }>;
}): Promise<string> {
  const database = await e2eDatabase();
  return database.db.transaction(async (tx) => {
    const [client] = await tx
      .insert(clienten)
      .values({
        clientnummer: c.clientnummer,
        voornamen: "Testa",
        achternaam: `Fictief-${c.uniek}`,
        geboortedatum: c.geboortedatum,
        ...(c.voormalig ? { status: "voormalig" as const, uitZorgOp: "2022-01-31" } : {}),
      })
      .returning({ id: clienten.id });
    const afgeschermd = c.afgeschermd ? { afgeschermd: true } : {};
    await tx.insert(dossierItems).values([
      {
        clientId: client!.id,
        categorie: "contact",
        titel: `Adres ${c.uniek}`,
        inhoud: { adres: "Teststraat 1, Utrecht" },
        ...afgeschermd,
      },
      ...c.dossier.map(({ aangemaaktOp, ...item }) => ({
        clientId: client!.id,
        ...item,
        ...(aangemaaktOp ? { aangemaaktOp, gewijzigdOp: aangemaaktOp } : {}),
        ...afgeschermd,
      })),
    ]);
    return client!.id;
  });
}

// ---------------------------------------------------------------------------------------------
// The backoffice queue
// ---------------------------------------------------------------------------------------------

/**
 * A new fictional staff member "E2e Behandelaar <label>" with `rol` (invited through the service)
 * and `aantal` open requests whose names contain `label`: request i has its target i*3-10 days from
 * today, rights in turn (inzage first), every 4th assigned to this staff member, every 5th waiting
 * for the client, every 3rd without identity. `verlengd`: the first was extended (AVG art. 12 lid 3),
 * its legal limit lies 2 months later.
 *
 * The requests are written directly: their deadlines are chosen (overdue, due soon, later) and no
 * service files a request with a deadline other than the one that follows from today.
 */
export async function vulWachtrij(opties: {
  rol: "backoffice" | "directie" | "beheerder";
  aantal: number;
  label: string;
  verlengd?: boolean;
}): Promise<{ medewerkerId: string; nummers: string[] }> {
  if (!/^[A-Za-z0-9]{4,20}$/.test(opties.label))
    throw new Error(`Label "${opties.label}": 4 tot 20 letters en cijfers.`);
  const { medewerkerId } = await nodigMedewerkerUitVoorTest({
    naam: `E2e Behandelaar ${opties.label}`,
    email: `behandelaar-${opties.label.toLowerCase()}@e2e.example`,
    rol: opties.rol,
  });
  const database = await e2eDatabase();
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  const nummers = await database.db.transaction(async (tx) => {
    const nummers: string[] = [];
    for (let i = 0; i < opties.aantal; i += 1) {
      const nummer = await volgendVerzoeknummer(tx, vandaag);
      const doel = addDays(vandaag, i * 3 - 10);
      const naam = `E2e ${opties.label} Persoon ${String(i + 1).padStart(3, "0")}`;
      await tx.insert(verzoeken).values({
        nummer,
        type: VERZOEKTYPEN[i % VERZOEKTYPEN.length]!,
        status: i % 5 === 4 ? "wacht_op_client" : i % 4 === 0 ? "in_behandeling" : "ontvangen",
        indiener: { naam, email: `persoon-${i}@e2e.example`, relatie: "zelf" },
        betrokkene: { naam, geboortedatum: "1980-01-01", email: `persoon-${i}@e2e.example` },
        ontvangenOp: addDays(doel, -28),
        ontvangenTijdstip: nu,
        doelTermijn: doel,
        wettelijkeTermijn: opties.verlengd && i === 0 ? addDays(doel, 64) : addDays(doel, 3),
        verlengd: Boolean(opties.verlengd && i === 0),
        behandelaarId: i % 4 === 0 ? medewerkerId : null,
        identiteit: i % 3 === 0 ? "geen" : "bekend_adres",
      });
      nummers.push(nummer);
    }
    return nummers;
  });
  return { medewerkerId, nummers };
}
