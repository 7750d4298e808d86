/**
 * Manual registration (/backoffice/registreren): a request that came in by letter, phone, e-mail
 * or at the desk is entered by staff with its REAL receipt date, so its deadlines run from that
 * day (docs/recht.md "Termijnen"), not from the day it was typed in. The request's own data is
 * validated with the wizard's schema (app/domain/intake.ts) and the same rule of who may file for
 * whom; the registration's own fields with app/domain/behandeling.ts `valideerRegistratie`.
 *
 * One transaction: request + deadlines + timeline + (optional) legitimation check + the
 * confirmation e-mail when the filer gave an address + audit "verzoek.geregistreerd" (last).
 * A refused registration stores nothing. The request has no portal account: the filer's first
 * sign-in with an e-mail code for the registered address links it (docs/decisions/014).
 */
import { eq } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { identiteitscontroles, organisatie, verzoeken } from "../../db/schema";
import { behandelActor, valideerRegistratie, type BehandelFoutCode } from "../domain/behandeling";
import { amsterdamDate, compare, type IsoDate } from "../domain/calendar";
import { requestDeadlines } from "../domain/deadlines";
import { beoordeelIndiening, valideerIntake, type IntakeFoutCode } from "../domain/intake";
import type { Reason } from "../domain/request-state";
import type { Verzoektype } from "../domain/request-types";
import { audit } from "./audit.server";
import { statusPaginaUrl } from "./berichten.server";
import type { BehandelActor } from "./behandeling.server";
import { bezwaarVerwerkingen, opTeSlaanDetails, type BezwaarVerwerking } from "./intake.server";
import { queueMail } from "./mail.server";
import { vereisBevoegdheid } from "./bevoegdheid.server";
import { reglementVan, voegGebeurtenisToe, volgendVerzoeknummer } from "./verzoeken.server";

/** Per field name (conform's names: "betrokkene.naam", "ontvangenOp", "legitimatie.laatsteVier"), the message codes. */
export type RegistratieFoutcodes = Record<string, Array<IntakeFoutCode | BehandelFoutCode>>;

/** A registration that was refused; nothing of it was stored. */
export class RegistratieFout extends Error {
  override readonly name = "RegistratieFout";
  constructor(
    readonly code: "ongeldig" | "niet_toegestaan",
    readonly extra: { fouten?: RegistratieFoutcodes; weigering?: Reason } = {},
  ) {
    super(`Verzoek niet geregistreerd: ${code}`);
  }
}

export type RegistratieInvoer = {
  /** The request as the wizard's nested form data: indiener.*, betrokkene.*, type, and the right's own group. */
  gegevens: unknown;
  /** kanaal, ontvangenOp, contactEmail, contactTelefoon, taal, legitimatie.{wijze,documentType,laatsteVier}. */
  registratie: Record<string, unknown>;
};

export type RegistratieResultaat = {
  verzoekId: string;
  nummer: string;
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  mailVerstuurd: boolean;
};

/** What the registration form needs: today's date and the processings one may object to. */
export async function registratieFormulier(
  actor: BehandelActor,
  opties: { nu?: Date } = {},
): Promise<{ vandaag: IsoDate; verwerkingen: BezwaarVerwerking[] }> {
  const vandaag = amsterdamDate(opties.nu ?? new Date());
  return db().transaction(async (tx) => {
    await registrerendeMedewerker(tx, actor);
    return { vandaag, verwerkingen: await bezwaarVerwerkingen(tx, vandaag) };
  });
}

async function registrerendeMedewerker(tx: Tx, actor: BehandelActor) {
  const ik = await vereisBevoegdheid(tx, actor, "verzoek.behandelen");
  return { id: ik.id, rol: behandelActor(ik.rollen)! };
}

/**
 * Register a request received outside the portal. Deadlines run from `ontvangenOp` (the real day of
 * receipt, not in the future, at most a year back); identity is "geen" unless a legitimation
 * check is recorded with it. Throws RegistratieFout ("ongeldig" with codes per field, or
 * "niet_toegestaan" with the reason this filer may not file for this person) or GeenBevoegdheid
 * "geen_toegang".
 */
export async function registreerVerzoek(
  actor: BehandelActor,
  invoer: RegistratieInvoer,
  opties: { nu?: Date } = {},
): Promise<RegistratieResultaat> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDate(nu);
  return db().transaction(async (tx) => {
    const ik = await registrerendeMedewerker(tx, actor);

    const registratie = valideerRegistratie(invoer.registratie ?? {}, vandaag);
    const fouten: RegistratieFoutcodes = registratie.ok ? {} : { ...registratie.fouten };
    // The register as it stood on the day of receipt (a bezwaar names a processing of that day).
    const ontvangenOp = registratie.ok ? registratie.gegevens.ontvangenOp : vandaag;
    const register = await bezwaarVerwerkingen(tx, ontvangenOp);
    const intake = valideerIntake(invoer.gegevens, { vandaag, bezwaarVerwerkingen: register.map((v) => v.sleutel) });
    if (!intake.ok) Object.assign(fouten, intake.fouten);
    if (!registratie.ok || !intake.ok) throw new RegistratieFout("ongeldig", { fouten });
    const r = registratie.gegevens;
    const aanvraag = intake.invoer;
    const type: Verzoektype = aanvraag.verzoek.type;

    // A date of birth after the day of receipt cannot be: the request was about someone born then.
    if (compare(aanvraag.betrokkene.geboortedatum, r.ontvangenOp) > 0) {
      throw new RegistratieFout("ongeldig", { fouten: { "betrokkene.geboortedatum": ["geboortedatum_toekomst"] } });
    }
    // The same rule as the portal, on the day the request was received.
    const beslissing = beoordeelIndiening({
      relatie: aanvraag.indiener.relatie,
      geboortedatum: aanvraag.betrokkene.geboortedatum,
      type,
      vandaag: r.ontvangenOp,
    });
    if (!beslissing.allowed) throw new RegistratieFout("niet_toegestaan", { weigering: beslissing.reason });

    const [org] = await tx
      .select({ reglement: organisatie.reglement, extraSluitingsdagen: organisatie.extraSluitingsdagen })
      .from(organisatie)
      .where(eq(organisatie.id, 1));
    const termijnen = requestDeadlines({
      type,
      receivedOn: r.ontvangenOp,
      reglement: reglementVan(org?.reglement ?? {}),
      extraClosingDays: org?.extraSluitingsdagen ?? [],
      today: vandaag,
    });
    const nummer = await volgendVerzoeknummer(tx, r.ontvangenOp);
    const relatie = aanvraag.indiener.relatie;
    // The moment of receipt: noon on the day of receipt (never later than now), so every list and
    // the client's timeline show the real day.
    const ontvangenTijdstip = new Date(Math.min(nu.getTime(), Date.parse(`${r.ontvangenOp}T11:00:00Z`)));
    const details = opTeSlaanDetails(aanvraag, register, beslissing);
    details.registratie = {
      kanaal: r.kanaal,
      geregistreerdOp: vandaag,
      ...(r.contactTelefoon ? { telefoon: r.contactTelefoon } : {}),
    };

    const [verzoek] = await tx
      .insert(verzoeken)
      .values({
        nummer,
        type,
        status: "ontvangen",
        kanaal: r.kanaal,
        ingediendDoorAccountId: null,
        indiener: {
          naam: aanvraag.indiener.naam ?? aanvraag.betrokkene.naam,
          email: r.contactEmail ?? "",
          relatie,
        },
        betrokkene: {
          naam: aanvraag.betrokkene.naam,
          geboortedatum: aanvraag.betrokkene.geboortedatum,
          email: aanvraag.betrokkene.email ?? (relatie === "zelf" ? (r.contactEmail ?? "") : ""),
          ...(aanvraag.betrokkene.clientnummer ? { clientnummer: aanvraag.betrokkene.clientnummer } : {}),
          ...(aanvraag.betrokkene.postcode ? { postcode: aanvraag.betrokkene.postcode } : {}),
        },
        details,
        taal: r.taal,
        ontvangenOp: r.ontvangenOp,
        ontvangenTijdstip,
        identiteit: r.legitimatie ? "gelegitimeerd" : "geen",
        doelTermijn: termijnen.target,
        wettelijkeTermijn: termijnen.legalLimit,
        uitvoeringTermijn: termijnen.execution,
        gepauzeerdeDagen: 0,
        aangemaaktOp: nu,
        bijgewerktOp: nu,
      })
      .returning({ id: verzoeken.id });
    const verzoekId = verzoek!.id;

    await voegGebeurtenisToe(tx, {
      verzoekId,
      soort: "ontvangen",
      gegevens: { nummer, kanaal: r.kanaal, doelTermijn: termijnen.target, wettelijkeTermijn: termijnen.legalLimit },
      zichtbaarVoorClient: true,
      actor: { soort: "medewerker", id: ik.id },
      op: ontvangenTijdstip,
    });
    await voegGebeurtenisToe(tx, {
      verzoekId,
      soort: "geregistreerd",
      gegevens: { kanaal: r.kanaal, ontvangenOp: r.ontvangenOp },
      zichtbaarVoorClient: false,
      actor: { soort: "medewerker", id: ik.id },
      op: nu,
    });
    if (r.legitimatie) {
      // AVG art. 5 lid 1 sub c (docs/recht.md "Identiteit"): only how, the document type and its last four characters; never a copy.
      await tx.insert(identiteitscontroles).values({
        verzoekId,
        soort: "legitimatie",
        betreft: "indiener",
        wijze: r.legitimatie.wijze,
        documentType: r.legitimatie.documentType,
        laatsteVier: r.legitimatie.laatsteVier,
        gecontroleerdDoor: ik.id,
        op: nu,
      });
      await voegGebeurtenisToe(tx, {
        verzoekId,
        soort: "identiteit_bevestigd",
        zichtbaarVoorClient: true,
        actor: { soort: "medewerker", id: ik.id },
        op: nu,
      });
    }

    let mailVerstuurd = false;
    if (r.contactEmail) {
      const mail = await queueMail(tx, {
        aan: r.contactEmail,
        sjabloon: "verzoek_ontvangen",
        data: {
          nummer,
          type,
          ontvangenOp: r.ontvangenOp,
          doelTermijn: termijnen.target,
          wettelijkeTermijn: termijnen.legalLimit,
          // The status page: signing in there with an e-mail code for this address links the request
          // to the filer's account (inloggen.server.ts koppelGeregistreerdeVerzoeken, decision 014).
          url: statusPaginaUrl(nummer),
        },
        taal: r.taal,
        verzoekId,
        dedupSleutel: `verzoek_ontvangen:${verzoekId}`,
      });
      mailVerstuurd = mail !== null;
    }

    await audit(tx, {
      actorSoort: "medewerker",
      actorId: ik.id,
      rol: ik.rol,
      actie: "verzoek.geregistreerd",
      verzoekId,
      onderdeel: "verzoek",
      details: {
        nummer,
        type,
        relatie,
        kanaal: r.kanaal,
        ontvangenOp: r.ontvangenOp,
        gelegitimeerd: r.legitimatie !== null,
      },
    });

    return {
      verzoekId,
      nummer,
      ontvangenOp: r.ontvangenOp,
      doelTermijn: termijnen.target,
      wettelijkeTermijn: termijnen.legalLimit,
      mailVerstuurd,
    };
  });
}
