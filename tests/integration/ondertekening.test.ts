/**
 * The directie signs refusals and extensions with a passkey (app/services/ondertekening.server.ts)
 * against a real database: what a signature stores and changes (letter, hash, assertion, status,
 * deadlines, timeline, e-mail, audit); four eyes; a credential of someone else; a replayed
 * assertion; no user verification; the extension window of AVG art. 12 lid 3; a draft changed
 * while signing; sending back; the inbox; the client's letter and PDF (parsed back).
 */
import { and, asc, eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import {
  auditLog,
  besluiten,
  medewerkers,
  passkeys,
  uitgaandeMail,
  verzoekGebeurtenissen,
  verzoeken,
  webauthnUitdagingen,
} from "../../db/schema";
import { briefRegels, verificatiecode } from "~/domain/besluitbrief";
import { requestDeadlines } from "~/domain/deadlines";
import { DomainError } from "~/domain/errors";
import { verifieerBesluit } from "~/services/besluit-verificatie.server";
import {
  besluitbriefVoorClient,
  besluitenVoorClient,
  besluitPdfVoorClient,
  conceptVoorDirectie,
  directieInbox,
  OndertekenFout,
  startOndertekening,
  stuurConceptTerug,
  voltooiOndertekening,
} from "~/services/ondertekening.server";
import { maakConcept, maakMedewerker, onderteken, versiesVan, type Medewerker } from "../support/besluiten";
import { useFreshDatabase } from "../support/database";

useFreshDatabase();

let sanne: Medewerker; // backoffice: drafts
let anouk: Medewerker; // directie: signs
let joost: Medewerker; // directie too: drafts now and then

beforeAll(async () => {
  await seedDemoIfEmpty();
  sanne = await maakMedewerker("Sanne Fictief", ["backoffice"]);
  anouk = await maakMedewerker("Anouk Fictief", ["directie"]);
  joost = await maakMedewerker("Joost Fictief", ["directie", "backoffice"]);
});

const op = (dag: string, tijd = "10:00") => ({ nu: new Date(`${dag}T${tijd}:00+01:00`) });

async function besluit(id: string) {
  const [rij] = await db().select().from(besluiten).where(eq(besluiten.id, id));
  return rij!;
}
async function verzoek(id: string) {
  const [rij] = await db().select().from(verzoeken).where(eq(verzoeken.id, id));
  return rij!;
}
async function auditVan(verzoekId: string) {
  return db().select().from(auditLog).where(eq(auditLog.verzoekId, verzoekId)).orderBy(asc(auditLog.id));
}

/** Everything signing could touch; a refused attempt must leave all of it as it was. */
async function momentopname(c: { verzoekId: string; besluitId: string }) {
  return {
    besluit: await besluit(c.besluitId),
    verzoek: await verzoek(c.verzoekId),
    gebeurtenissen: (
      await db().select().from(verzoekGebeurtenissen).where(eq(verzoekGebeurtenissen.verzoekId, c.verzoekId))
    ).length,
    mails: (await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, c.verzoekId))).length,
  };
}

async function ondertekenFout(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  // One family: the step's own refusals (OndertekenFout) and the permission check (GeenBevoegdheid).
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe("signing a refusal", () => {
  it("stores the exact letter, its hash and the assertion, closes the request, mails and audits", async () => {
    const c = await maakConcept({ opsteller: sanne, ontvangenOp: "2026-03-02" });
    const { resultaat } = await onderteken(anouk, c.besluitId, op("2026-03-20"));
    expect(resultaat).toMatchObject({ ok: true, besluitId: c.besluitId, nummer: c.nummer, status: "afgerond" });
    if (!resultaat.ok) return;

    const b = await besluit(c.besluitId);
    expect(b).toMatchObject({
      status: "verzonden",
      ondertekendDoor: anouk.medewerker.id,
      documentHash: resultaat.documentHash,
      versie: 2,
    });
    expect(b.handtekening).toMatchObject({
      credentialId: anouk.authenticator.id,
      userVerified: true,
      rpID: "localhost",
    });
    for (const veld of ["authenticatorData", "clientDataJSON", "signature", "nonce", "challenge"]) {
      expect(typeof (b.handtekening as Record<string, unknown>)[veld]).toBe("string");
    }
    const tekst = briefRegels(b.document as never).join("\n");
    expect(tekst).toContain(c.nummer);
    expect(tekst).toContain("Op 2 maart 2026 hebben wij uw verzoek om inzage in uw gegevens ontvangen");
    expect(tekst).toContain("In de verslagen staan gesprekken met uw broer.");
    expect(tekst).toContain("Anouk Fictief");
    expect((b.document as { datums: { besluit: string } }).datums.besluit).toBe("2026-03-20");
    expect(resultaat.verificatiecode).toBe(verificatiecode(b.documentHash!));

    const v = await verzoek(c.verzoekId);
    expect(v).toMatchObject({ status: "afgerond", besluitOp: "2026-03-20", versie: 5 });
    expect(v.afgerondOp).toEqual(op("2026-03-20").nu);

    const [event] = await db()
      .select()
      .from(verzoekGebeurtenissen)
      .where(and(eq(verzoekGebeurtenissen.verzoekId, c.verzoekId), eq(verzoekGebeurtenissen.soort, "besluit")));
    expect(event).toMatchObject({
      zichtbaarVoorClient: true,
      gegevens: { soort: "afwijzing", besluitId: c.besluitId },
      actorId: anouk.medewerker.id,
    });

    const [mail] = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, c.verzoekId));
    expect(mail).toMatchObject({
      aan: c.client.email,
      sjabloon: "besluit_klaar",
      taal: "nl",
      onderwerp: `Ons besluit over uw verzoek ${c.nummer}`,
    });
    expect(mail!.tekst).toContain(`/mijn/verzoeken/${c.nummer}/besluit/${c.besluitId}`);
    // The letter itself never travels by e-mail.
    expect(mail!.tekst).not.toContain("gesprekken met uw broer");

    const audit = await auditVan(c.verzoekId);
    expect(audit.at(-1)).toMatchObject({
      actie: "besluit.ondertekend",
      actorId: anouk.medewerker.id,
      rol: "directie",
      details: {
        besluitId: c.besluitId,
        documentHash: b.documentHash,
        passkeyId: anouk.authenticator.id,
        van: "wacht_op_directie",
        naar: "afgerond",
      },
    });

    expect(await verifieerBesluit(c.besluitId)).toMatchObject({ ok: true, problemen: [] });
  });

  it("sends a partial refusal to execution with the execution date in the letter", async () => {
    const c = await maakConcept({
      opsteller: sanne,
      soort: "gedeeltelijke_afwijzing",
      type: "verwijdering",
      gronden: ["wettelijke_bewaarplicht"],
      motivering: "Uw facturen moeten wij bewaren. Uw zorgverslagen vernietigen wij wel.",
      dossier: [
        { categorie: "zorg", op: "2024-01-10" },
        { categorie: "financieel", op: "2024-02-01" },
      ],
    });
    const { resultaat } = await onderteken(anouk, c.besluitId, op("2026-03-20"));
    expect(resultaat).toMatchObject({ ok: true, status: "in_uitvoering" });
    const v = await verzoek(c.verzoekId);
    // Erasure runs from receipt (WGBO art. 7:455 lid 1): three months after 2 March.
    expect(v).toMatchObject({ status: "in_uitvoering", besluitOp: "2026-03-20", uitvoeringTermijn: "2026-06-02" });
    const tekst = briefRegels((await besluit(c.besluitId)).document as never).join("\n");
    expect(tekst).toContain("Dat doen wij uiterlijk op 2 juni 2026.");
    // Decision 022: the letter says what is kept, why and until when; the care record is not among it.
    expect(tekst).toContain(
      "Financiële gegevens (1 onderdeel): de belastingwet verplicht ons financiële gegevens 7 jaar te bewaren (artikel 52 AWR). Wij bewaren dit tot 1 februari 2031.",
    );
    expect(tekst).not.toContain("Zorg en begeleiding (");
    expect(tekst).toContain("art. 7:455 lid 2 BW; art. 17 lid 3 sub b AVG; art. 52 lid 4 AWR");
  });

  it("signs in the request's language: an English letter and an English e-mail", async () => {
    const c = await maakConcept({ opsteller: sanne, taal: "en", soort: "kennelijk_ongegrond" });
    const { resultaat } = await onderteken(anouk, c.besluitId, op("2026-03-20"));
    expect(resultaat.ok).toBe(true);
    const b = await besluit(c.besluitId);
    expect((b.document as { taal: string }).taal).toBe("en");
    expect(briefRegels(b.document as never).join("\n")).toContain("We will not handle your request.");
    const [mail] = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, c.verzoekId));
    expect(mail).toMatchObject({ taal: "en", onderwerp: `Our decision on your request ${c.nummer}` });
  });
});

describe("four eyes and the signer's own passkey", () => {
  it("refuses the drafter, even a director, and anyone without the directie role; nothing changes", async () => {
    const c = await maakConcept({ opsteller: joost });
    const voor = await momentopname(c);
    expect(
      await ondertekenFout(startOndertekening(joost, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"))),
    ).toBe("opsteller_mag_niet_ondertekenen");
    expect(
      await ondertekenFout(startOndertekening(sanne, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"))),
    ).toBe("geen_toegang");
    expect(await momentopname(c)).toEqual(voor);
    // The drafter sees the letter, and why they cannot sign it.
    const gezien = await conceptVoorDirectie(joost, c.besluitId, op("2026-03-20"));
    expect(gezien).toMatchObject({ ikBenOpsteller: true, nietOndertekenen: "opsteller_mag_niet_ondertekenen" });
    // Another director can.
    expect((await onderteken(anouk, c.besluitId, op("2026-03-20"))).resultaat.ok).toBe(true);
  });

  it("refuses a signature made with the credential of a non-director", async () => {
    const c = await maakConcept({ opsteller: joost });
    const voor = await momentopname(c);
    // Anouk starts; Sanne's (backoffice) passkey answers Anouk's challenge.
    const options = await startOndertekening(anouk, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"));
    const vanSanne = sanne.authenticator.meldAan(options);
    expect(await voltooiOndertekening(anouk, c.besluitId, vanSanne, op("2026-03-20"))).toEqual({
      ok: false,
      reden: "passkey_onbekend",
    });
    // Sanne submitting it herself: the challenge is not hers, and she is not in the directie.
    const opnieuw = await startOndertekening(anouk, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"));
    expect(
      await voltooiOndertekening(sanne, c.besluitId, sanne.authenticator.meldAan(opnieuw), op("2026-03-20")),
    ).toEqual({
      ok: false,
      reden: "uitdaging_onbekend",
    });
    expect(await momentopname(c)).toEqual(voor);
    const geweigerd = (await auditVan(c.verzoekId)).filter((r) => r.actie === "besluit.ondertekening_geweigerd");
    expect(geweigerd.map((r) => r.details)).toEqual([{ besluitId: c.besluitId, reden: "passkey_onbekend" }]);
  });

  it("refuses an assertion without user verification", async () => {
    const c = await maakConcept({ opsteller: sanne });
    const voor = await momentopname(c);
    const { resultaat } = await onderteken(anouk, c.besluitId, { ...op("2026-03-20"), uv: false });
    expect(resultaat).toEqual({ ok: false, reden: "niet_geverifieerd" });
    expect(await momentopname(c)).toEqual(voor);
  });

  it("refuses a replayed assertion: for the same decision and for another one", async () => {
    const eerste = await maakConcept({ opsteller: sanne });
    const { resultaat, antwoord } = await onderteken(anouk, eerste.besluitId, op("2026-03-20"));
    expect(resultaat.ok).toBe(true);
    const na = await momentopname(eerste);
    expect(await voltooiOndertekening(anouk, eerste.besluitId, antwoord, op("2026-03-20", "10:01"))).toEqual({
      ok: false,
      reden: "uitdaging_onbekend",
    });
    expect(await momentopname(eerste)).toEqual(na);

    const tweede = await maakConcept({ opsteller: sanne });
    const voor = await momentopname(tweede);
    // Even with a fresh challenge open for the second decision, the old assertion does not fit it.
    await startOndertekening(anouk, tweede.besluitId, await versiesVan(tweede.besluitId), op("2026-03-20", "10:02"));
    expect(await voltooiOndertekening(anouk, tweede.besluitId, antwoord, op("2026-03-20", "10:02"))).toEqual({
      ok: false,
      reden: "uitdaging_onbekend",
    });
    expect(await momentopname(tweede)).toEqual(voor);
  });

  it("refuses an expired challenge", async () => {
    const c = await maakConcept({ opsteller: sanne });
    const options = await startOndertekening(
      anouk,
      c.besluitId,
      await versiesVan(c.besluitId),
      op("2026-03-20", "10:00"),
    );
    const antwoord = anouk.authenticator.meldAan(options);
    expect(await voltooiOndertekening(anouk, c.besluitId, antwoord, op("2026-03-20", "10:06"))).toEqual({
      ok: false,
      reden: "uitdaging_onbekend",
    });
    expect((await besluit(c.besluitId)).status).toBe("ter_ondertekening");
  });

  it("binds the challenge to the letter: SHA-256(document hash || nonce), stored with the decision", async () => {
    const c = await maakConcept({ opsteller: sanne });
    const options = await startOndertekening(anouk, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"));
    const [uitdaging] = await db()
      .select()
      .from(webauthnUitdagingen)
      .where(eq(webauthnUitdagingen.uitdaging, options.challenge));
    expect(uitdaging).toMatchObject({
      doel: "ondertekenen",
      medewerkerId: anouk.medewerker.id,
      context: { besluitId: c.besluitId },
    });
    expect(options.userVerification).toBe("required");
    expect(options.allowCredentials).toEqual([
      { id: anouk.authenticator.id, type: "public-key", transports: ["internal"] },
    ]);
    const { createHash } = await import("node:crypto");
    const context = uitdaging!.context as { documentHash: string; nonce: string };
    const verwacht = createHash("sha256")
      .update(Buffer.concat([Buffer.from(context.documentHash, "hex"), Buffer.from(context.nonce, "base64url")]))
      .digest("base64url");
    expect(options.challenge).toBe(verwacht);
  });
});

describe("a draft that changes while the director signs", () => {
  it("is refused when its text changed (document_gewijzigd) or its version moved (intussen_gewijzigd)", async () => {
    const c = await maakConcept({ opsteller: sanne });
    const options = await startOndertekening(anouk, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"));
    await db()
      .update(besluiten)
      .set({ motivering: "Een andere tekst dan de directeur las." })
      .where(eq(besluiten.id, c.besluitId));
    expect(
      await voltooiOndertekening(anouk, c.besluitId, anouk.authenticator.meldAan(options), op("2026-03-20")),
    ).toEqual({
      ok: false,
      reden: "document_gewijzigd",
    });

    const d = await maakConcept({ opsteller: sanne });
    const opties2 = await startOndertekening(anouk, d.besluitId, await versiesVan(d.besluitId), op("2026-03-20"));
    await db().update(verzoeken).set({ versie: 9 }).where(eq(verzoeken.id, d.verzoekId));
    expect(
      await voltooiOndertekening(anouk, d.besluitId, anouk.authenticator.meldAan(opties2), op("2026-03-20")),
    ).toEqual({
      ok: false,
      reden: "intussen_gewijzigd",
    });
    expect((await besluit(d.besluitId)).status).toBe("ter_ondertekening");
    // Starting with versions the director no longer has on screen is refused too.
    expect(
      await ondertekenFout(
        startOndertekening(anouk, d.besluitId, { besluitVersie: 1, verzoekVersie: 4 }, op("2026-03-20")),
      ),
    ).toBe("intussen_gewijzigd");
  });
});

describe("extension (AVG art. 12 lid 3)", () => {
  it("is signed within the first month: three months from receipt plus paused days, with the reasons", async () => {
    const pauzes: [string, string][] = [["2026-03-05", "2026-03-10"]];
    const c = await maakConcept({
      opsteller: sanne,
      soort: "verlenging",
      ontvangenOp: "2026-03-02",
      pauzes,
      motivering: "Uw dossier beslaat twaalf jaar zorg en drie hulpverleners.",
    });
    // Legal limit: 2 March + 5 paused days = 7 March; one month: 7 April; three months: 7 June (Sunday) → 8 June.
    const { resultaat } = await onderteken(anouk, c.besluitId, op("2026-04-07", "16:00"));
    expect(resultaat).toMatchObject({ ok: true, status: "in_behandeling" });
    const verwacht = requestDeadlines({
      type: "inzage",
      receivedOn: "2026-03-02",
      pauses: [{ from: "2026-03-05", until: "2026-03-10" }],
      extended: true,
    });
    expect(verwacht.legalLimit).toBe("2026-06-08");
    const v = await verzoek(c.verzoekId);
    expect(v).toMatchObject({
      status: "in_behandeling",
      verlengd: true,
      verlengingReden: "Uw dossier beslaat twaalf jaar zorg en drie hulpverleners.",
      wettelijkeTermijn: "2026-06-08",
      besluitOp: null,
    });
    const tekst = briefRegels((await besluit(c.besluitId)).document as never).join("\n");
    expect(tekst).toContain(
      "Wij moesten eerst uiterlijk op 7 april 2026 antwoorden. U hoort nu uiterlijk op 8 juni 2026 van ons.",
    );
    expect(tekst).toContain("Uw dossier beslaat twaalf jaar zorg en drie hulpverleners.");
    const [event] = await db()
      .select()
      .from(verzoekGebeurtenissen)
      .where(and(eq(verzoekGebeurtenissen.verzoekId, c.verzoekId), eq(verzoekGebeurtenissen.soort, "verlengd")));
    expect(event).toMatchObject({
      zichtbaarVoorClient: true,
      gegevens: {
        reden: "Uw dossier beslaat twaalf jaar zorg en drie hulpverleners.",
        wettelijkeTermijn: "2026-06-08",
      },
    });
    const [mail] = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, c.verzoekId));
    expect(mail!.onderwerp).toBe(`Wij hebben meer tijd nodig voor uw verzoek ${c.nummer}`);
  });

  it("is refused after the first month's legal limit, with the reason; also when signing started in time", async () => {
    const laat = await maakConcept({ opsteller: sanne, soort: "verlenging", ontvangenOp: "2026-01-05" });
    const voor = await momentopname(laat);
    // Received 5 January: the first month ends 5 February.
    const fout = await startOndertekening(
      anouk,
      laat.besluitId,
      await versiesVan(laat.besluitId),
      op("2026-02-06"),
    ).then(
      () => null,
      (e: unknown) => e as OndertekenFout,
    );
    expect(fout?.code).toBe("verlenging_te_laat");
    expect(fout?.message).toContain("artikel 12 lid 3 AVG");
    expect(await momentopname(laat)).toEqual(voor);
    expect(await conceptVoorDirectie(anouk, laat.besluitId, op("2026-02-06"))).toMatchObject({
      nietOndertekenen: "verlenging_te_laat",
    });

    // Started on the last day, finished after midnight: still refused.
    const krap = await maakConcept({ opsteller: sanne, soort: "verlenging", ontvangenOp: "2026-01-05" });
    const options = await startOndertekening(
      anouk,
      krap.besluitId,
      await versiesVan(krap.besluitId),
      op("2026-02-05", "23:58"),
    );
    expect(
      await voltooiOndertekening(
        anouk,
        krap.besluitId,
        anouk.authenticator.meldAan(options),
        op("2026-02-06", "00:01"),
      ),
    ).toEqual({
      ok: false,
      reden: "verlenging_te_laat",
    });
    expect(await verzoek(krap.verzoekId)).toMatchObject({ verlengd: false, status: "wacht_op_directie" });
  });
});

describe("sending a draft back", () => {
  it("needs a comment, and returns the request to the drafter with it", async () => {
    const c = await maakConcept({ opsteller: sanne });
    const voor = await momentopname(c);
    const versies = await versiesVan(c.besluitId);
    expect(
      await ondertekenFout(stuurConceptTerug(anouk, c.besluitId, { opmerking: "  ", ...versies }, op("2026-03-20"))),
    ).toBe("opmerking_verplicht");
    expect(
      await ondertekenFout(
        stuurConceptTerug(sanne, c.besluitId, { opmerking: "Graag aanpassen.", ...versies }, op("2026-03-20")),
      ),
    ).toBe("geen_toegang");
    expect(
      await ondertekenFout(
        stuurConceptTerug(
          anouk,
          c.besluitId,
          { opmerking: "Graag aanpassen.", besluitVersie: 1, verzoekVersie: 3 },
          op("2026-03-20"),
        ),
      ),
    ).toBe("intussen_gewijzigd");
    expect(await momentopname(c)).toEqual(voor);

    await stuurConceptTerug(
      anouk,
      c.besluitId,
      { opmerking: "Noem ook welke verslagen het betreft.", ...versies },
      op("2026-03-20"),
    );
    expect(await besluit(c.besluitId)).toMatchObject({
      status: "teruggestuurd",
      terugstuurOpmerking: "Noem ook welke verslagen het betreft.",
    });
    expect(await verzoek(c.verzoekId)).toMatchObject({ status: "in_behandeling", versie: 5 });
    const [event] = await db()
      .select()
      .from(verzoekGebeurtenissen)
      .where(
        and(eq(verzoekGebeurtenissen.verzoekId, c.verzoekId), eq(verzoekGebeurtenissen.soort, "besluit_teruggestuurd")),
      );
    expect(event).toMatchObject({
      zichtbaarVoorClient: false,
      gegevens: { opmerking: "Noem ook welke verslagen het betreft." },
    });
    expect((await auditVan(c.verzoekId)).at(-1)).toMatchObject({ actie: "besluit.teruggestuurd", rol: "directie" });
    // No e-mail to the client (nothing was decided); the drafter gets one, in the same transaction,
    // with a link to the request in the backoffice and without the client's name or the comment.
    const mails = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, c.verzoekId));
    const [opsteller] = await db().select().from(medewerkers).where(eq(medewerkers.id, sanne.medewerker.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ aan: opsteller!.email, sjabloon: "concept_teruggestuurd", taal: "nl" });
    expect(mails[0]!.onderwerp).toBe(`Concept teruggestuurd: verzoek ${c.nummer}`);
    expect(mails[0]!.tekst).toContain("Anouk Fictief heeft uw concept (afwijzing)");
    expect(mails[0]!.tekst).toContain(`/backoffice/verzoeken/${c.verzoekId}`);
    for (const geheim of ["Cliënt Fictief", "Noem ook welke verslagen"]) {
      expect(mails[0]!.tekst).not.toContain(geheim);
      expect(mails[0]!.html).not.toContain(geheim);
    }
    // Sent back cannot be signed.
    expect(
      await ondertekenFout(startOndertekening(anouk, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"))),
    ).toBe("niet_ter_ondertekening");
  });
});

describe("the directie inbox", () => {
  it("lists drafts awaiting signature by the earliest legal limit, each with its letter, and logs the viewing", async () => {
    const later = await maakConcept({ opsteller: sanne, ontvangenOp: "2026-03-16" });
    const eerder = await maakConcept({ opsteller: sanne, ontvangenOp: "2026-03-09" });
    const inbox = await directieInbox(anouk, op("2026-03-20"));
    const volgorde = inbox.map((i) => i.besluitId);
    expect(volgorde.indexOf(eerder.besluitId)).toBeGreaterThanOrEqual(0);
    expect(volgorde.indexOf(eerder.besluitId)).toBeLessThan(volgorde.indexOf(later.besluitId));
    const wettelijk = inbox.map((i) => i.wettelijkeTermijn);
    expect([...wettelijk].sort()).toEqual(wettelijk);
    const regel = inbox.find((i) => i.besluitId === eerder.besluitId)!;
    expect(regel).toMatchObject({
      nummer: eerder.nummer,
      soort: "afwijzing",
      opsteller: "Sanne Fictief",
      nietOndertekenen: null,
    });
    expect(regel.document!.ondertekenaar.naam).toBe("Anouk Fictief");
    expect(briefRegels(regel.document!).join("\n")).toContain("In de verslagen staan gesprekken met uw broer.");
    expect((await auditVan(eerder.verzoekId)).at(-1)).toMatchObject({
      actie: "besluit.concept_bekeken",
      actorId: anouk.medewerker.id,
    });
    // Backoffice has no inbox.
    expect(await ondertekenFout(directieInbox(sanne))).toBe("geen_toegang");

    // What the director saw is what is signed the same day: same hash, same code.
    const { resultaat } = await onderteken(anouk, eerder.besluitId, op("2026-03-20", "15:00"));
    expect(resultaat.ok && resultaat.verificatiecode).toBe(regel.verificatiecode);
  });
});

describe("the client's letter", () => {
  it("is shown and downloadable as PDF only for the account that filed; the PDF holds the letter and the download is audited", async () => {
    const c = await maakConcept({
      opsteller: sanne,
      type: "verwijdering",
      gronden: ["lopende_klacht_of_calamiteit"],
      motivering: "Over uw zorg loopt een klacht bij onze klachtencommissie. Tot die klaar is, bewaren wij alles.",
    });
    const { resultaat } = await onderteken(anouk, c.besluitId, op("2026-03-20"));
    expect(resultaat.ok).toBe(true);
    if (!resultaat.ok) return;

    expect(await besluitenVoorClient(c.client, c.nummer)).toEqual([
      {
        id: c.besluitId,
        soort: "afwijzing",
        datum: "2026-03-20",
        onderwerp: "Besluit op uw verzoek om verwijdering van uw gegevens",
      },
    ]);
    const brief = await besluitbriefVoorClient(c.client, c.nummer, c.besluitId);
    expect(brief).toMatchObject({ nummer: c.nummer, verificatiecode: resultaat.verificatiecode });

    const ander = await maakConcept({ opsteller: sanne });
    expect(await besluitenVoorClient(ander.client, c.nummer)).toEqual([]);
    expect(await besluitbriefVoorClient(ander.client, c.nummer, c.besluitId)).toBeNull();
    expect(await besluitPdfVoorClient(ander.client, c.nummer, c.besluitId)).toBeNull();
    // A draft is never shown to the client.
    expect(await besluitbriefVoorClient(ander.client, ander.nummer, ander.besluitId)).toBeNull();

    const download = await besluitPdfVoorClient(c.client, c.nummer, c.besluitId);
    expect(download?.bestandsnaam).toBe(`besluit-${c.nummer}-2026-03-20.pdf`);
    const bytes = download!.pdf;
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const plat = text.replace(/\s+/g, " ");
    expect(plat).toContain(c.nummer);
    // The ground (sentence and legal basis) and the motivation.
    expect(plat).toContain("Er loopt nog een klacht of een onderzoek naar een ernstig incident.");
    expect(plat).toContain("art. 17 lid 3 sub e AVG");
    expect(plat).toContain("Over uw zorg loopt een klacht bij onze klachtencommissie.");
    // The remedies.
    expect(plat).toContain("klachtenfunctionaris");
    expect(plat).toContain("functionaris gegevensbescherming (FG): Lotte Verhoef");
    expect(plat).toContain("Autoriteit Persoonsgegevens (artikel 77 AVG)");
    expect(plat).toContain("artikel 79 AVG");
    expect(plat).toContain("artikel 35 Uitvoeringswet AVG");
    // The signer, the date and the verification code.
    expect(plat).toContain("Anouk Fictief");
    expect(plat).toContain("20 maart 2026");
    expect(plat).toContain(`Verificatiecode: ${resultaat.verificatiecode}`);

    expect((await auditVan(c.verzoekId)).at(-1)).toMatchObject({
      actie: "besluit.pdf_gedownload",
      actorSoort: "client",
      actorId: c.client.account.id,
      rol: "betrokkene",
      details: { besluitId: c.besluitId, nummer: c.nummer },
    });
  });

  it("keeps verifying after the director's passkey was used again (counter moved on)", async () => {
    const c = await maakConcept({ opsteller: sanne });
    expect((await onderteken(anouk, c.besluitId, op("2026-03-20"))).resultaat.ok).toBe(true);
    const d = await maakConcept({ opsteller: sanne });
    expect((await onderteken(anouk, d.besluitId, op("2026-03-20", "11:00"))).resultaat.ok).toBe(true);
    const [pk] = await db().select().from(passkeys).where(eq(passkeys.id, anouk.authenticator.id));
    expect(pk!.counter).toBeGreaterThan(1);
    expect(await verifieerBesluit(c.besluitId)).toMatchObject({ ok: true });
  });
});

describe("deadlines of drafts", () => {
  it("a draft that waits keeps counting against the request's legal limit", async () => {
    const c = await maakConcept({ opsteller: sanne, ontvangenOp: "2026-03-02" });
    const voor = await verzoek(c.verzoekId);
    await directieInbox(anouk, op("2026-03-30"));
    expect((await verzoek(c.verzoekId)).wettelijkeTermijn).toBe(voor.wettelijkeTermijn);
    expect(voor.wettelijkeTermijn).toBe("2026-04-02");
  });
});

describe("two directors at the same moment (PostgreSQL)", () => {
  it("signs once: the other signature is refused and nothing is sent twice", async () => {
    const c = await maakConcept({ opsteller: sanne });
    const versies = await versiesVan(c.besluitId);
    const [a, b] = await Promise.all([
      startOndertekening(anouk, c.besluitId, versies, op("2026-03-20")),
      startOndertekening(joost, c.besluitId, versies, op("2026-03-20")),
    ]);
    const uitkomsten = await Promise.all([
      voltooiOndertekening(anouk, c.besluitId, anouk.authenticator.meldAan(a), op("2026-03-20")),
      voltooiOndertekening(joost, c.besluitId, joost.authenticator.meldAan(b), op("2026-03-20")),
    ]);
    expect(uitkomsten.filter((u) => u.ok)).toHaveLength(1);
    const geweigerd = uitkomsten.find((u) => !u.ok);
    expect(["intussen_gewijzigd", "niet_ter_ondertekening"]).toContain(
      geweigerd && !geweigerd.ok ? geweigerd.reden : "",
    );
    expect(await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, c.verzoekId))).toHaveLength(1);
    expect((await besluit(c.besluitId)).versie).toBe(2);
    expect(await verifieerBesluit(c.besluitId)).toMatchObject({ ok: true });
  });
});
