/**
 * Manual registration (app/services/registratie.server.ts): a request received by letter, phone,
 * e-mail or at the desk gets its deadlines from the REAL day of receipt; bad input is refused per
 * field and stores nothing; a legitimation at the desk is recorded with only type and last four.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  identiteitscontroles,
  medewerkers,
  uitgaandeMail,
  verzoekGebeurtenissen,
  verzoeken,
} from "../../db/schema";
import { DEMO, seedDemoIfEmpty } from "../../db/demo.server";
import { requestDeadlines } from "~/domain/deadlines";
import { registreerVerzoek, RegistratieFout, type RegistratieInvoer } from "~/services/registratie.server";
import { useFreshDatabase } from "../support/database";
import { GeenBevoegdheid } from "~/domain/bevoegdheden";

const testDb = useFreshDatabase();
const sanne = { medewerker: { id: "" } };
const pieter = { medewerker: { id: "" } };

const op = (dag: string, tijd = "10:00") => ({ nu: new Date(`${dag}T${tijd}:00+01:00`) });

function brief(
  overschrijf: Partial<Record<string, unknown>> = {},
  gegevens: Record<string, unknown> = {},
): RegistratieInvoer {
  return {
    gegevens: {
      indiener: { voorWie: "zelf" },
      betrokkene: { naam: "Jorien Testpersoon", geboortedatum: "21-04-1988", clientnummer: "DL-9001" },
      type: "inzage",
      inzage: { afschrift: "ja" },
      ...gegevens,
    },
    registratie: {
      kanaal: "brief",
      ontvangenOp: "2026-03-02",
      contactEmail: "jorien@voorbeeld.example",
      taal: "nl",
      ...overschrijf,
    },
  };
}

async function aantalVerzoeken(): Promise<number> {
  return (await testDb().db.select({ id: verzoeken.id }).from(verzoeken)).length;
}

async function weigering(promise: Promise<unknown>): Promise<RegistratieFout> {
  const fout = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(fout).toBeInstanceOf(RegistratieFout);
  return fout as RegistratieFout;
}

beforeAll(async () => {
  await seedDemoIfEmpty();
  const rijen = await testDb().db.select({ id: medewerkers.id, email: medewerkers.email }).from(medewerkers);
  sanne.medewerker.id = rijen.find((r) => r.email === DEMO.medewerkers.backoffice.email)!.id;
  pieter.medewerker.id = rijen.find((r) => r.email === DEMO.medewerkers.beheerder.email)!.id;
});

describe("registering a request received outside the portal", () => {
  it("a letter received 2 March, registered 5 March, has its deadlines from 2 March", async () => {
    const resultaat = await registreerVerzoek(sanne, brief(), op("2026-03-05"));
    const verwacht = requestDeadlines({ type: "inzage", receivedOn: "2026-03-02" });
    expect(resultaat).toMatchObject({
      ontvangenOp: "2026-03-02",
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
      mailVerstuurd: true,
    });
    expect(verwacht).toMatchObject({ target: "2026-03-30", legalLimit: "2026-04-02" });
    expect(resultaat.nummer).toMatch(/^AVG-2026-\d{6}$/);

    const [v] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, resultaat.verzoekId));
    expect(v).toMatchObject({
      kanaal: "brief",
      status: "ontvangen",
      ontvangenOp: "2026-03-02",
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
      identiteit: "geen",
      ingediendDoorAccountId: null,
      indiener: { naam: "Jorien Testpersoon", email: "jorien@voorbeeld.example", relatie: "zelf" },
      betrokkene: { naam: "Jorien Testpersoon", geboortedatum: "1988-04-21", clientnummer: "DL-9001" },
      details: { afschrift: true, registratie: { kanaal: "brief", geregistreerdOp: "2026-03-05" } },
    });
    const gebeurtenissen = await testDb()
      .db.select()
      .from(verzoekGebeurtenissen)
      .where(eq(verzoekGebeurtenissen.verzoekId, resultaat.verzoekId))
      .orderBy(asc(verzoekGebeurtenissen.id));
    expect(gebeurtenissen.map((g) => [g.soort, g.zichtbaarVoorClient])).toEqual([
      ["ontvangen", true],
      ["geregistreerd", false],
    ]);
    // The client's timeline shows the day of receipt, not the day of typing.
    expect(gebeurtenissen[0]!.op.toISOString().slice(0, 10)).toBe("2026-03-02");

    const [mail] = await testDb()
      .db.select()
      .from(uitgaandeMail)
      .where(eq(uitgaandeMail.verzoekId, resultaat.verzoekId));
    expect(mail).toMatchObject({ aan: "jorien@voorbeeld.example", sjabloon: "verzoek_ontvangen", taal: "nl" });
    expect(mail!.tekst).toContain("maandag 30 maart 2026");
    expect(mail!.tekst).toContain("maandag 2 maart 2026");

    const [a] = await testDb().db.select().from(auditLog).where(eq(auditLog.verzoekId, resultaat.verzoekId));
    expect(a).toMatchObject({
      actie: "verzoek.geregistreerd",
      actorSoort: "medewerker",
      actorId: sanne.medewerker.id,
      rol: "backoffice",
      details: { kanaal: "brief", ontvangenOp: "2026-03-02", type: "inzage", gelegitimeerd: false },
    });
  });

  it("refuses a receipt date in the future or more than a year back, per field, storing nothing", async () => {
    const voor = await aantalVerzoeken();
    const toekomst = await weigering(registreerVerzoek(sanne, brief({ ontvangenOp: "2026-03-06" }), op("2026-03-05")));
    expect(toekomst.code).toBe("ongeldig");
    expect(toekomst.extra.fouten).toEqual({ ontvangenOp: ["ontvangen_op_toekomst"] });
    const oud = await weigering(registreerVerzoek(sanne, brief({ ontvangenOp: "2025-03-04" }), op("2026-03-05")));
    expect(oud.extra.fouten).toEqual({ ontvangenOp: ["ontvangen_op_te_oud"] });
    const leeg = await weigering(registreerVerzoek(sanne, brief({ ontvangenOp: "", kanaal: "fax" }), op("2026-03-05")));
    expect(leeg.extra.fouten).toEqual({ ontvangenOp: ["ontvangen_op_verplicht"], kanaal: ["kanaal_verplicht"] });
    const onzin = await weigering(registreerVerzoek(sanne, brief({ ontvangenOp: "31-02-2026" }), op("2026-03-05")));
    expect(onzin.extra.fouten).toEqual({ ontvangenOp: ["ontvangen_op_ongeldig"] });
    expect(await aantalVerzoeken()).toBe(voor);
    // Exactly one year back is still accepted (dd-mm-jjjj as staff type it).
    const grens = await registreerVerzoek(
      sanne,
      brief({ ontvangenOp: "05-03-2025", contactEmail: "" }),
      op("2026-03-05"),
    );
    expect(grens).toMatchObject({ ontvangenOp: "2025-03-05", mailVerstuurd: false });
  });

  it("validates the request itself with the wizard's rules, together with the registration's own fields", async () => {
    const voor = await aantalVerzoeken();
    const fout = await weigering(
      registreerVerzoek(
        sanne,
        brief(
          {
            contactEmail: "geen-adres",
            contactTelefoon: "bel me",
            legitimatie: { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "12345" },
          },
          { betrokkene: { naam: "", geboortedatum: "2012-13-40", clientnummer: "111222333" }, inzage: {} },
        ),
        op("2026-03-05"),
      ),
    );
    expect(fout.extra.fouten).toEqual({
      contactEmail: ["contact_email_ongeldig"],
      contactTelefoon: ["telefoon_ongeldig"],
      "legitimatie.laatsteVier": ["laatste_vier_te_lang"],
      "betrokkene.naam": ["betrokkene_naam_verplicht"],
      "betrokkene.geboortedatum": ["geboortedatum_ongeldig"],
      "betrokkene.clientnummer": ["bsn_niet_toegestaan"],
      "inzage.afschrift": ["afschrift_verplicht"],
    });
    expect(await aantalVerzoeken()).toBe(voor);
  });

  it("applies the same rule of who may file for whom, on the day of receipt", async () => {
    const fout = await weigering(
      registreerVerzoek(
        sanne,
        brief(
          {},
          {
            indiener: { voorWie: "ander", relatie: "bewindvoerder", naam: "Bewind Voerder" },
            betrokkene: { naam: "Gerrit Testpersoon", geboortedatum: "1971-02-14" },
          },
        ),
        op("2026-03-05"),
      ),
    );
    expect(fout.code).toBe("niet_toegestaan");
    expect(fout.extra.weigering?.nl).toContain("Een bewindvoerder beheert alleen geld en goederen.");
  });

  it("a parent at the desk, legitimated there: identity confirmed, only type and last four stored, English e-mail", async () => {
    const resultaat = await registreerVerzoek(
      sanne,
      brief(
        {
          kanaal: "balie",
          ontvangenOp: "2026-03-05",
          taal: "en",
          contactTelefoon: "06 1234 5678",
          legitimatie: { wijze: "persoonlijk", documentType: "paspoort", laatsteVier: "nx7k" },
        },
        {
          indiener: { voorWie: "ander", relatie: "ouder_met_gezag", naam: "Ilse Testouder" },
          betrokkene: { naam: "Noah Testkind", geboortedatum: "15-06-2012" },
        },
      ),
      op("2026-03-05"),
    );
    const [v] = await testDb().db.select().from(verzoeken).where(eq(verzoeken.id, resultaat.verzoekId));
    expect(v).toMatchObject({
      kanaal: "balie",
      identiteit: "gelegitimeerd",
      taal: "en",
      indiener: { naam: "Ilse Testouder", relatie: "ouder_met_gezag" },
      details: { registratie: { kanaal: "balie", telefoon: "06 1234 5678" }, geschiktheid: { overlegMetKind: true } },
    });
    const [c] = await testDb()
      .db.select()
      .from(identiteitscontroles)
      .where(eq(identiteitscontroles.verzoekId, resultaat.verzoekId));
    expect(c).toMatchObject({
      soort: "legitimatie",
      wijze: "persoonlijk",
      documentType: "paspoort",
      laatsteVier: "NX7K",
      toelichting: "",
    });
    const [mail] = await testDb()
      .db.select()
      .from(uitgaandeMail)
      .where(eq(uitgaandeMail.verzoekId, resultaat.verzoekId));
    expect(mail!.onderwerp).toBe(`We have received your request (${resultaat.nummer})`);
  });

  it("refuses a beheerder", async () => {
    const voor = await aantalVerzoeken();
    const fout = await registreerVerzoek(pieter, brief(), op("2026-03-05")).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(GeenBevoegdheid);
    expect((fout as GeenBevoegdheid).code).toBe("geen_toegang");
    expect(await aantalVerzoeken()).toBe(voor);
  });
});
