/**
 * Matching a request to a client record (koppelen): staff find the client the request is about
 * by name, date of birth and e-mail (and the client number or postcode when the requester gave
 * them), then link or unlink it. Each shown candidate is an access to that client's personal data
 * and is logged (NEN 7513). The requester is never told whether or to whom a request was matched:
 * no e-mail, no event on the client's timeline (app/services/intake.server.ts never reveals records either).
 */
import { and, eq, or, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { clienten, verzoeken } from "../../db/schema";
import {
  BehandelFout,
  behandelActor,
  koppelSchema,
  parseStapInvoer,
  rangschikKandidaten,
  VerzoekIntussenGewijzigd,
  type Kandidaat,
} from "../domain/behandeling";
import { isOpen, isVerzoekStatus } from "../domain/request-state";
import { audit } from "./audit.server";
import type { BehandelActor, StapOpties, StapResultaat } from "./behandeling.server";
import { werkIdentiteitBij } from "./identiteit.server";
import { voegGebeurtenisToe } from "./verzoeken.server";
import { isUuid } from "../domain/id";
import { vereisBevoegdheid } from "./bevoegdheid.server";

/** Rows read before ranking: a practice has hundreds or thousands of clients, not millions. */
const MAX_GELEZEN = 200;

export type KoppelKandidaat = Pick<
  Kandidaat,
  "id" | "clientnummer" | "naam" | "geboortedatum" | "status" | "score" | "overeenkomsten"
>;

async function behandelaar(tx: Tx, actor: BehandelActor): Promise<{ id: string; rol: "backoffice" | "directie" }> {
  const ik = await vereisBevoegdheid(tx, actor, "verzoek.behandelen");
  return { id: ik.id, rol: behandelActor(ik.rollen)! };
}

async function verzoek(tx: Tx, verzoekId: string) {
  if (!isUuid(verzoekId)) {
    throw new BehandelFout("niet_gevonden", "Dit verzoek bestaat niet.");
  }
  const [v] = await tx
    .select({
      id: verzoeken.id,
      nummer: verzoeken.nummer,
      status: verzoeken.status,
      versie: verzoeken.versie,
      clientId: verzoeken.clientId,
      betrokkene: verzoeken.betrokkene,
    })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  if (!v) throw new BehandelFout("niet_gevonden", "Dit verzoek bestaat niet.");
  return v;
}

/**
 * Client records that may be the person concerned, best first (at most 10): case-insensitive on
 * name and e-mail, exact on date of birth, client number and postcode. Shows client number, name,
 * date of birth, status (actief/voormalig) and what matched. Every candidate shown is audited
 * ("client.kandidaat_getoond"); a search without results is audited once.
 */
export async function kandidaten(actor: BehandelActor, verzoekId: string): Promise<KoppelKandidaat[]> {
  return db().transaction(async (tx) => {
    const ik = await behandelaar(tx, actor);
    const v = await verzoek(tx, verzoekId);
    const b = v.betrokkene;
    const voorwaarden = [
      eq(clienten.geboortedatum, b.geboortedatum),
      // The surname as a whole word of the name as filed ("Laura de Wit" finds achternaam "Wit").
      sql`(' ' || lower(${b.naam}) || ' ') like ('% ' || lower(${clienten.achternaam}) || ' %')`,
    ];
    if (b.email) voorwaarden.push(sql`lower(${clienten.email}) = lower(${b.email})`);
    if (b.clientnummer) voorwaarden.push(sql`upper(${clienten.clientnummer}) = upper(${b.clientnummer})`);
    const rijen = await tx
      .select({
        id: clienten.id,
        clientnummer: clienten.clientnummer,
        voornamen: clienten.voornamen,
        tussenvoegsel: clienten.tussenvoegsel,
        achternaam: clienten.achternaam,
        geboortedatum: clienten.geboortedatum,
        email: clienten.email,
        postcode: clienten.postcode,
        status: clienten.status,
      })
      .from(clienten)
      .where(or(...voorwaarden))
      .limit(MAX_GELEZEN);
    const gerangschikt = rangschikKandidaten(b, rijen);

    const basis = { actorSoort: "medewerker" as const, actorId: ik.id, rol: ik.rol, verzoekId: v.id };
    if (gerangschikt.length === 0) {
      await audit(tx, {
        ...basis,
        actie: "koppeling.gezocht",
        onderdeel: "clienten",
        details: { nummer: v.nummer, aantal: 0 },
      });
    }
    for (const k of gerangschikt) {
      await audit(tx, {
        ...basis,
        actie: "client.kandidaat_getoond",
        clientId: k.id,
        onderdeel: "personalia",
        details: { nummer: v.nummer, overeenkomsten: k.overeenkomsten },
      });
    }
    return gerangschikt.map((k) => ({
      id: k.id,
      clientnummer: k.clientnummer,
      naam: k.naam,
      geboortedatum: k.geboortedatum,
      status: k.status,
      score: k.score,
      overeenkomsten: k.overeenkomsten,
    }));
  });
}

/** Link the request to a client record (staff-only timeline event, audit with the client). */
export async function koppel(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  invoer: unknown,
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const { clientId } = parseStapInvoer(koppelSchema, invoer);
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const ik = await behandelaar(tx, actor);
    const v = await verzoek(tx, verzoekId);
    if (v.versie !== verwachteVersie) throw new VerzoekIntussenGewijzigd();
    if (!isVerzoekStatus(v.status) || !isOpen(v.status)) {
      throw new BehandelFout("stap_niet_mogelijk", "Dit verzoek is afgesloten. Koppelen kan niet meer.");
    }
    if (v.clientId) {
      throw new BehandelFout(
        "al_gekoppeld",
        "Dit verzoek is al aan een cliënt gekoppeld. Ontkoppel het eerst als dat de verkeerde cliënt is.",
        "clientId",
      );
    }
    const [client] = await tx
      .select({ id: clienten.id, clientnummer: clienten.clientnummer })
      .from(clienten)
      .where(eq(clienten.id, clientId));
    if (!client)
      throw new BehandelFout("client_onbekend", "Deze cliënt bestaat niet (meer). Zoek opnieuw.", "clientId");
    const versie = await werkBijVersie(tx, v, { clientId: client.id }, nu);
    // Docs/decisions/018: the filer's proved address may be the one in this record ("bekend_adres").
    const niveau = await werkIdentiteitBij(tx, v.id, nu);
    await voegGebeurtenisToe(tx, {
      verzoekId: v.id,
      soort: "gekoppeld",
      gegevens: { clientnummer: client.clientnummer },
      zichtbaarVoorClient: false,
      actor: { soort: "medewerker", id: ik.id },
      op: nu,
    });
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: ik.rol,
      actie: "verzoek.gekoppeld",
      clientId: client.id,
      verzoekId: v.id,
      onderdeel: "verzoek",
      details: { nummer: v.nummer, clientnummer: client.clientnummer, identiteit: niveau },
    });
    return { versie };
  });
}

/** Undo a wrong match. The audit row names the client that was unlinked. */
export async function ontkoppel(
  actor: BehandelActor,
  verzoekId: string,
  verwachteVersie: number,
  _invoer: unknown = {},
  opties: StapOpties = {},
): Promise<StapResultaat> {
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const ik = await behandelaar(tx, actor);
    const v = await verzoek(tx, verzoekId);
    if (v.versie !== verwachteVersie) throw new VerzoekIntussenGewijzigd();
    if (!isVerzoekStatus(v.status) || !isOpen(v.status)) {
      throw new BehandelFout("stap_niet_mogelijk", "Dit verzoek is afgesloten. Ontkoppelen kan niet meer.");
    }
    if (!v.clientId) throw new BehandelFout("niet_gekoppeld", "Dit verzoek is niet aan een cliënt gekoppeld.");
    const [client] = await tx
      .select({ clientnummer: clienten.clientnummer })
      .from(clienten)
      .where(eq(clienten.id, v.clientId));
    const versie = await werkBijVersie(tx, v, { clientId: null }, nu);
    const niveau = await werkIdentiteitBij(tx, v.id, nu);
    await voegGebeurtenisToe(tx, {
      verzoekId: v.id,
      soort: "ontkoppeld",
      gegevens: { clientnummer: client?.clientnummer ?? null },
      zichtbaarVoorClient: false,
      actor: { soort: "medewerker", id: ik.id },
      op: nu,
    });
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: ik.rol,
      actie: "verzoek.ontkoppeld",
      clientId: v.clientId,
      verzoekId: v.id,
      onderdeel: "verzoek",
      details: { nummer: v.nummer, clientnummer: client?.clientnummer ?? null, identiteit: niveau },
    });
    return { versie };
  });
}

/** The optimistic lock (docs/decisions/007), as in app/services/behandeling.server.ts. */
async function werkBijVersie(
  tx: Tx,
  v: { id: string; versie: number },
  wijziging: Partial<typeof verzoeken.$inferInsert>,
  nu: Date,
): Promise<number> {
  const rijen = await tx
    .update(verzoeken)
    .set({ ...wijziging, versie: sql`${verzoeken.versie} + 1`, bijgewerktOp: nu })
    .where(and(eq(verzoeken.id, v.id), eq(verzoeken.versie, v.versie)))
    .returning({ versie: verzoeken.versie });
  if (rijen.length === 0) throw new VerzoekIntussenGewijzigd();
  return rijen[0]!.versie;
}
