/**
 * The demo practice's requests (SEED_DEMO): six fictional requests in the states a new user should
 * meet, so the backoffice queue, the directie inbox and a demo client's /mijn are not empty.
 *
 * Made THROUGH THE SERVICES, as clients and staff reach these states in the portal: an account
 * (the sign-in's vindOfMaakAccount), filing (dienVerzoekIn) or registering a letter
 * (registreerVerzoek), picking up, matching, the representative's check, a message, a question
 * that pauses the clock, a draft partial refusal for the directie, a grant and its execution. Each
 * step gets a moment in the past (the services' `nu`), relative to today, so receipt dates and the
 * deadlines the services compute (Dutch calendar: docs/recht.md "Termijnen") make sense on any day.
 * No request row is written here directly.
 *
 * Only on the start that seeded the practice (`seedDemo`): a second start adds nothing. Every name
 * and address is made up (db/demo.server.ts); no identity-document data (no legitimation check).
 * Docs/decisions/037.
 */
import { and, eq, ilike, sql } from "drizzle-orm";
import { addDays, amsterdamDate } from "../app/domain/calendar";
import {
  besluitToewijzen,
  controleerVertegenwoordiging,
  pakOp,
  stelAfwijzingOp,
  stelVraag,
  stuurBerichtAanClient,
  type BehandelActor,
} from "../app/services/behandeling.server";
import { vindOfMaakAccount } from "../app/services/inloggen.server";
import { dienVerzoekIn } from "../app/services/intake.server";
import { koppel } from "../app/services/koppeling.server";
import { registreerVerzoek } from "../app/services/registratie.server";
import { trekToestemmingIn, verwijderplan } from "../app/services/uitvoering.server";
import { db } from "./db.server";
import { DEMO, seedDemoIfEmpty } from "./demo.server";
import { clienten, medewerkers, toestemmingen, verzoeken } from "./schema";

/** The demo requests a new user finds; tests and the README rely on these. */
export const DEMO_VERZOEKEN = {
  /** New inzage, filed in the portal yesterday; nobody picked it up yet. */
  nieuweInzage: { type: "inzage", indiener: DEMO.clienten.volwassene.email, clientnummer: "DL-1001" },
  /** A mentor's correction for the client, in behandeling, with a message to the mentor. */
  correctie: { type: "correctie", indiener: DEMO.vertegenwoordigers.mentor.email, clientnummer: "DL-1005" },
  /** Erasure by a former client: a draft partial refusal awaits the directie's signature. */
  verwijdering: { type: "verwijdering", indiener: DEMO.clienten.voormalig.email, clientnummer: "DL-1002" },
  /**
   * Filed from an address not in the client record (identity "eigen_adres"): staff asked her to
   * legitimate herself; the clock is paused.
   */
  wachtOpIdentiteit: { type: "afscherming", indiener: "s.koster@mail.example", clientnummer: "DL-1006" },
  /** A parent's inzage for a child of 9, received by letter 27 days ago: its legal deadline is close. */
  bijnaTeLaat: { type: "inzage", indiener: DEMO.vertegenwoordigers.ouderVan9.email, clientnummer: "DL-1004" },
  /** Withdrawal of the newsletter consent, granted and carried out: closed. */
  afgerond: { type: "intrekking_toestemming", indiener: DEMO.clienten.volwassene.email, clientnummer: "DL-1001" },
} as const;

export type DemoVerzoekSleutel = keyof typeof DEMO_VERZOEKEN;

/**
 * Server start with SEED_DEMO: the practice when the database is empty, then its requests (unless
 * `verzoeken: false`). Null when the practice was already there (a second start, or another
 * process won the race): nothing is added then.
 */
export async function seedDemo(
  opties: { nu?: Date; verzoeken?: boolean } = {},
): Promise<{ naam: string; verzoeken: Partial<Record<DemoVerzoekSleutel, string>> } | null> {
  const praktijk = await seedDemoIfEmpty();
  if (!praktijk) return null;
  return { naam: praktijk.naam, verzoeken: opties.verzoeken === false ? {} : await seedDemoVerzoeken(opties) };
}

/**
 * The six demo requests (request numbers by key). Only on a practice without requests: when
 * someone already filed one, nothing is added (returns the empty object).
 */
export async function seedDemoVerzoeken(opties: { nu?: Date } = {}): Promise<Record<DemoVerzoekSleutel, string>> {
  const [bestaand] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(verzoeken);
  if (Number(bestaand?.n) > 0) return {} as Record<DemoVerzoekSleutel, string>;

  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  /** `dagen` (at least 1) days ago, plus `minuten` for the later steps of that day (a day's steps in order). */
  const op = (dagen: number, minuten = 0) => new Date(nu.getTime() - dagen * 86_400_000 + minuten * 60_000);

  const staf = await demoStaf();
  const sanne: BehandelActor = { medewerker: { id: staf.backoffice } };
  const mehmet: BehandelActor = { medewerker: { id: staf.backoffice2 } };
  const clientIds = await demoClienten();
  /** The demo client a request is about (DEMO_VERZOEKEN: its clientnummer). */
  const clientVan = (sleutel: DemoVerzoekSleutel) => clientIds(DEMO_VERZOEKEN[sleutel].clientnummer);
  const nummers = {} as Record<DemoVerzoekSleutel, string>;

  // Each request: the filer's account as the first sign-in makes it, then the wizard's submission.
  const dienIn = async (sleutel: DemoVerzoekSleutel, gegevens: Record<string, unknown>, moment: Date) => {
    const accountId = await db().transaction(
      async (tx) => (await vindOfMaakAccount(tx, { email: DEMO_VERZOEKEN[sleutel].indiener, taal: "nl" })).account.id,
    );
    const r = await dienVerzoekIn(
      { accountId },
      { gegevens, idempotentieSleutel: `demo-${sleutel}-0000000000000000`, taal: "nl" },
      { nu: moment },
    );
    nummers[sleutel] = r.nummer;
    return { id: r.verzoekId, versie: 1 };
  };

  // 1. Closed: Laura withdrew her newsletter consent 40 days ago; granted and carried out.
  {
    const v = await dienIn(
      "afgerond",
      {
        indiener: { voorWie: "zelf" },
        betrokkene: {
          naam: DEMO.clienten.volwassene.naam,
          geboortedatum: nlDatum(DEMO.clienten.volwassene.geboortedatum),
        },
        type: "intrekking_toestemming",
        intrekking_toestemming: {
          toestemming: "De nieuwsbrief van de praktijk per e-mail",
          toelichting: "Ik lees hem niet meer.",
        },
      },
      op(40),
    );
    let versie = (await pakOp(mehmet, v.id, v.versie, {}, { nu: op(39) })).versie;
    versie = (await koppel(mehmet, v.id, versie, { clientId: clientVan("afgerond") }, { nu: op(39, 5) })).versie;
    versie = (await besluitToewijzen(mehmet, v.id, versie, {}, { nu: op(39, 10) })).versie;
    const [nieuwsbrief] = await db()
      .select({ id: toestemmingen.id })
      .from(toestemmingen)
      .where(
        and(eq(toestemmingen.clientId, clientVan("afgerond")), ilike(toestemmingen.omschrijving, "%nieuwsbrief%")),
      );
    if (!nieuwsbrief) throw new Error("De demo mist de toestemming voor de nieuwsbrief.");
    await trekToestemmingIn(mehmet, v.id, versie, nieuwsbrief.id, { nu: op(38) });
  }

  // 2. Near its legal deadline: Fatima Bos's letter for her daughter Lina (9), received 27 days ago.
  {
    const r = await registreerVerzoek(
      sanne,
      {
        gegevens: {
          indiener: { voorWie: "ander", relatie: "ouder_met_gezag", naam: DEMO.vertegenwoordigers.ouderVan9.naam },
          betrokkene: { naam: DEMO.clienten.kind9.naam, geboortedatum: nlDatum(DEMO.clienten.kind9.geboortedatum) },
          type: "inzage",
          inzage: { afschrift: "ja", periode: "" },
        },
        registratie: {
          kanaal: "brief",
          ontvangenOp: addDays(vandaag, -27),
          contactEmail: DEMO.vertegenwoordigers.ouderVan9.email,
          taal: "nl",
        },
      },
      { nu: op(26) },
    );
    nummers.bijnaTeLaat = r.nummer;
    let versie = (await pakOp(sanne, r.verzoekId, 1, {}, { nu: op(25) })).versie;
    versie = (await koppel(sanne, r.verzoekId, versie, { clientId: clientVan("bijnaTeLaat") }, { nu: op(25, 5) }))
      .versie;
    await controleerVertegenwoordiging(
      sanne,
      r.verzoekId,
      versie,
      { bewijsSoort: "gezagsregister", bewijs: "Uittreksel gezagsregister gezien: moeder heeft het gezag." },
      { nu: op(25, 10) },
    );
  }

  // 3. Draft partial refusal at the directie: Henk Mulder (former client) asks to erase everything;
  //    care records stay (WGBO art. 7:454 lid 3 BW), so staff drafted a partial refusal.
  {
    const v = await dienIn(
      "verwijdering",
      {
        indiener: { voorWie: "zelf" },
        betrokkene: {
          naam: DEMO.clienten.voormalig.naam,
          geboortedatum: nlDatum(DEMO.clienten.voormalig.geboortedatum),
        },
        type: "verwijdering",
        verwijdering: { omvang: "alles", welkDeel: "", waarom: "Ik ben al jaren geen cliënt meer." },
      },
      op(16),
    );
    let versie = (await pakOp(mehmet, v.id, v.versie, {}, { nu: op(15) })).versie;
    versie = (await koppel(mehmet, v.id, versie, { clientId: clientVan("verwijdering") }, { nu: op(15, 5) })).versie;
    const plan = await verwijderplan(mehmet, v.id, { nu: op(3) });
    await stelAfwijzingOp(
      mehmet,
      v.id,
      versie,
      {
        soort: "gedeeltelijke_afwijzing",
        gronden: plan.gronden,
        motivering:
          "Wij vernietigen de gegevens die wij niet meer hoeven te bewaren. Uw zorgdossier moeten wij volgens de wet " +
          "20 jaar bewaren; dat deel schermen wij af.",
      },
      { nu: op(3) },
    );
  }

  // 4. Waiting for identity proof: Sara Koster (17) asked for restriction from an address that is
  //    not in her record; staff asked her to legitimate herself (clock paused).
  {
    const v = await dienIn(
      "wachtOpIdentiteit",
      {
        indiener: { voorWie: "zelf" },
        betrokkene: { naam: DEMO.clienten.kind17.naam, geboortedatum: nlDatum(DEMO.clienten.kind17.geboortedatum) },
        type: "afscherming",
        afscherming: {
          wat: "Het verslag van het gesprek in september.",
          waarom: "Er staat iets in dat niet klopt. Ik wil niet dat het gebruikt wordt tot dat is uitgezocht.",
        },
      },
      op(12),
    );
    let versie = (await pakOp(sanne, v.id, v.versie, {}, { nu: op(11) })).versie;
    versie = (await koppel(sanne, v.id, versie, { clientId: clientVan("wachtOpIdentiteit") }, { nu: op(11, 5) }))
      .versie;
    await stelVraag(
      sanne,
      v.id,
      versie,
      {
        tekst:
          "U stuurde uw verzoek vanaf een e-mailadres dat niet in ons dossier staat. Wilt u laten zien wie u bent? " +
          "Kom langs met uw identiteitsbewijs, of maak een afspraak voor een videogesprek. Tot dan staat de termijn stil.",
      },
      { nu: op(10) },
    );
  }

  // 5. In behandeling with a message: the mentor of Gerrit Meijer asks to correct his address.
  {
    const v = await dienIn(
      "correctie",
      {
        indiener: { voorWie: "ander", relatie: "mentor", naam: DEMO.vertegenwoordigers.mentor.naam },
        betrokkene: {
          naam: DEMO.clienten.metMentor.naam,
          geboortedatum: nlDatum(DEMO.clienten.metMentor.geboortedatum),
        },
        type: "correctie",
        correctie: {
          rijen: [
            {
              welk: "Adres",
              nu: "Oude adres in Amersfoort",
              moetZijn: "Zonnehof 4, 3811 PM Amersfoort",
              waarom: "Meneer Meijer is verhuisd.",
            },
          ],
        },
      },
      op(9),
    );
    let versie = (await pakOp(sanne, v.id, v.versie, {}, { nu: op(8) })).versie;
    versie = (await koppel(sanne, v.id, versie, { clientId: clientVan("correctie") }, { nu: op(8, 5) })).versie;
    versie = (
      await controleerVertegenwoordiging(
        sanne,
        v.id,
        versie,
        { bewijsSoort: "rechterlijke_uitspraak", bewijs: "Beschikking kantonrechter (mentorschap) gezien." },
        { nu: op(8, 10) },
      )
    ).versie;
    await stuurBerichtAanClient(
      sanne,
      v.id,
      versie,
      {
        tekst:
          "Dank u voor uw verzoek. Wij vragen de begeleider van meneer Meijer om het nieuwe adres te bevestigen. " +
          "Daarna passen wij het aan en laten wij het u weten.",
      },
      { nu: op(7) },
    );
  }

  // 6. New: Laura de Wit asked for inzage yesterday; nobody has picked it up.
  await dienIn(
    "nieuweInzage",
    {
      indiener: { voorWie: "zelf" },
      betrokkene: {
        naam: DEMO.clienten.volwassene.naam,
        geboortedatum: nlDatum(DEMO.clienten.volwassene.geboortedatum),
      },
      type: "inzage",
      inzage: { afschrift: "ja", periode: "" },
    },
    op(1),
  );

  return nummers;
}

/** "1988-04-21" → "21-04-1988", as the wizard's date field sends it. */
function nlDatum(iso: string): string {
  return iso.split("-").reverse().join("-");
}

async function demoStaf(): Promise<Record<"backoffice" | "backoffice2", string>> {
  const rijen = await db().select({ id: medewerkers.id, email: medewerkers.email }).from(medewerkers);
  const idVan = (email: string) => {
    const rij = rijen.find((r) => r.email === email);
    if (!rij) throw new Error(`De demomedewerker ${email} ontbreekt.`);
    return rij.id;
  };
  return {
    backoffice: idVan(DEMO.medewerkers.backoffice.email),
    backoffice2: idVan(DEMO.medewerkers.backoffice2.email),
  };
}

/** The id of a demo client by clientnummer. */
async function demoClienten(): Promise<(clientnummer: string) => string> {
  const rijen = await db().select({ id: clienten.id, clientnummer: clienten.clientnummer }).from(clienten);
  return (clientnummer) => {
    const rij = rijen.find((r) => r.clientnummer === clientnummer);
    if (!rij) throw new Error(`De democliënt ${clientnummer} ontbreekt.`);
    return rij.id;
  };
}
