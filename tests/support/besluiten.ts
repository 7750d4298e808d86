/**
 * Fixtures for the signing tests (tests/integration/ondertekening.test.ts, besluit-verificatie.test.ts):
 * staff with software passkeys, requests with a draft decision awaiting the directie (as the
 * backoffice's drafting step stores them), and signing through the real service.
 */
import { eq } from "drizzle-orm";
import { db } from "../../db/db.server";
import {
  accounts,
  besluiten,
  clienten,
  dossierItems,
  klokpauzes,
  medewerkers,
  verzoekGebeurtenissen,
  verzoeken,
  type MedewerkerRol,
} from "../../db/schema";
import { requestDeadlines } from "../../app/domain/deadlines";
import type { Verzoektype } from "../../app/domain/request-types";
import type { ClientActor } from "../../app/services/mijn.server";
import {
  startOndertekening,
  voltooiOndertekening,
  type DirectieActor,
  type OndertekenResultaat,
} from "../../app/services/ondertekening.server";
import { startPasskeyRegistratie, voltooiPasskeyRegistratie } from "../../app/services/passkeys.server";
import { SoftwareAuthenticator } from "./software-authenticator";

export type Medewerker = DirectieActor & { naam: string; authenticator: SoftwareAuthenticator };

let teller = 0;
const NUMMER_BASIS = 700_000 + Math.floor(Math.random() * 200_000);
const uniek = () => `${Date.now().toString(36)}${(++teller).toString(36)}`;

/** A fictional staff member with `rollen` and one registered passkey (user verification). */
export async function maakMedewerker(naam: string, rollen: MedewerkerRol[]): Promise<Medewerker> {
  const email = `${naam.toLowerCase().replace(/\W+/g, ".")}.${uniek()}@test.example`;
  const [rij] = await db().insert(medewerkers).values({ naam, email, rollen }).returning({ id: medewerkers.id });
  const eigenaar = { medewerkerId: rij!.id };
  const authenticator = new SoftwareAuthenticator();
  const opties = await startPasskeyRegistratie(eigenaar, { userVerification: "required", gebruikersnaam: email });
  const resultaat = await voltooiPasskeyRegistratie(eigenaar, authenticator.registreer(opties), {
    userVerification: "required",
    naam: "Test-passkey",
  });
  if (!resultaat.ok) throw new Error(`passkey registreren mislukt: ${resultaat.reden}`);
  return { medewerker: { id: rij!.id }, naam, authenticator };
}

export type ConceptOpties = {
  opsteller: { medewerker: { id: string } };
  soort?: "afwijzing" | "gedeeltelijke_afwijzing" | "kennelijk_ongegrond" | "verlenging";
  gronden?: string[];
  motivering?: string;
  type?: Verzoektype;
  ontvangenOp?: string;
  taal?: "nl" | "en";
  relatie?: string;
  /** Closed clock pauses [van, tot]. */
  pauzes?: [string, string][];
  /**
   * A linked client with these dossier items (category and the day each was made); an erasure's
   * partial refusal lists what its plan keeps (docs/decisions/022).
   */
  dossier?: { categorie: "personalia" | "contact" | "zorg" | "financieel" | "documenten"; op: string }[];
};

export type Concept = {
  verzoekId: string;
  nummer: string;
  besluitId: string;
  client: ClientActor & { email: string };
};

/** A request filed by a fresh account, now "wacht_op_directie" with one draft "ter_ondertekening". */
export async function maakConcept(opties: ConceptOpties): Promise<Concept> {
  const conn = db();
  const email = `client.${uniek()}@test.example`;
  const [account] = await conn
    .insert(accounts)
    .values({ email, naam: "Cliënt Fictief" })
    .returning({ id: accounts.id });
  const type = opties.type ?? "inzage";
  const ontvangenOp = opties.ontvangenOp ?? "2026-03-02";
  const pauzes = (opties.pauzes ?? []).map(([van, tot]) => ({ from: van, until: tot }));
  const termijnen = requestDeadlines({ type, receivedOn: ontvangenOp, pauses: pauzes });
  const nummer = `AVG-2026-${String(NUMMER_BASIS + ++teller).padStart(6, "0")}`;
  let clientId: string | null = null;
  if (opties.dossier) {
    const [c] = await conn
      .insert(clienten)
      .values({
        clientnummer: `C-${nummer}`,
        voornamen: "Cliënt",
        achternaam: "Fictief",
        geboortedatum: "1980-01-01",
        email,
      })
      .returning({ id: clienten.id });
    clientId = c!.id;
    for (const d of opties.dossier) {
      const op = new Date(`${d.op}T10:00:00Z`);
      await conn.insert(dossierItems).values({
        clientId,
        categorie: d.categorie,
        titel: `${d.categorie} ${d.op}`,
        inhoud: {},
        aangemaaktOp: op,
        gewijzigdOp: op,
      });
    }
  }
  const [verzoek] = await conn
    .insert(verzoeken)
    .values({
      nummer,
      type,
      clientId,
      status: "wacht_op_directie",
      ingediendDoorAccountId: account!.id,
      indiener: { naam: "Cliënt Fictief", email, relatie: opties.relatie ?? "zelf" },
      betrokkene: {
        naam: opties.relatie && opties.relatie !== "zelf" ? "Kind Fictief" : "Cliënt Fictief",
        geboortedatum: "1980-01-01",
        email,
      },
      taal: opties.taal ?? "nl",
      ontvangenOp,
      ontvangenTijdstip: new Date(`${ontvangenOp}T09:00:00+01:00`),
      identiteit: "email_bevestigd",
      doelTermijn: termijnen.target,
      wettelijkeTermijn: termijnen.legalLimit,
      uitvoeringTermijn: termijnen.execution,
      gepauzeerdeDagen: termijnen.pausedDays,
      versie: 4,
    })
    .returning({ id: verzoeken.id });
  for (const [van, tot] of opties.pauzes ?? []) {
    await conn.insert(klokpauzes).values({ verzoekId: verzoek!.id, van, tot, reden: "Vraag aan de cliënt" });
  }
  await conn.insert(verzoekGebeurtenissen).values({
    verzoekId: verzoek!.id,
    soort: "ontvangen",
    zichtbaarVoorClient: true,
    actorSoort: "client",
    actorId: account!.id,
    op: new Date(`${ontvangenOp}T09:00:00+01:00`),
  });
  const soort = opties.soort ?? "afwijzing";
  const [besluit] = await conn
    .insert(besluiten)
    .values({
      verzoekId: verzoek!.id,
      soort,
      gronden:
        opties.gronden ??
        (soort === "verlenging"
          ? []
          : soort === "kennelijk_ongegrond"
            ? ["kennelijk_ongegrond_of_buitensporig"]
            : ["rechten_en_vrijheden_anderen"]),
      motivering: opties.motivering ?? "In de verslagen staan gesprekken met uw broer. Die delen geven wij niet.",
      status: "ter_ondertekening",
      opstellerId: opties.opsteller.medewerker.id,
    })
    .returning({ id: besluiten.id });
  return {
    verzoekId: verzoek!.id,
    nummer,
    besluitId: besluit!.id,
    client: { soort: "client", account: { id: account!.id }, email },
  };
}

export async function versiesVan(besluitId: string): Promise<{ besluitVersie: number; verzoekVersie: number }> {
  const [rij] = await db()
    .select({ besluitVersie: besluiten.versie, verzoekVersie: verzoeken.versie })
    .from(besluiten)
    .innerJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
    .where(eq(besluiten.id, besluitId));
  return rij!;
}

/** Start and finish signing with `wie`'s own software passkey; returns the result and the assertion sent. */
export async function onderteken(
  wie: Medewerker,
  besluitId: string,
  opties: { nu?: Date; uv?: boolean; authenticator?: SoftwareAuthenticator } = {},
): Promise<{ resultaat: OndertekenResultaat; antwoord: unknown }> {
  const options = await startOndertekening(wie, besluitId, await versiesVan(besluitId), { nu: opties.nu });
  const antwoord = (opties.authenticator ?? wie.authenticator).meldAan(options, { uv: opties.uv ?? true });
  const resultaat = await voltooiOndertekening(wie, besluitId, antwoord, { nu: opties.nu });
  return { resultaat, antwoord };
}
