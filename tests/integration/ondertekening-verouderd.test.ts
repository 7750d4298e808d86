/**
 * A draft whose letter no longer fits its request (docs/decisions/035) against a real database.
 * The letter is rebuilt from the request as it is on the day the director reads or signs it; an
 * erasure's partial refusal lists what the erasure plan keeps (docs/decisions/022). When the plan
 * changes after drafting (a kept record's retention term ends, a complaint starts and holds
 * everything on a ground the draft does not cite), the letter cannot be made. Such a draft must not
 * hide the other drafts, must never be signed, and can be sent back to its drafter.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { auditLog, besluiten, clienten, medewerkers, uitgaandeMail, verzoeken } from "../../db/schema";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/berichten";
import { loader as inboxPagina } from "~/routes/directie._index";
import { loader as conceptPagina } from "~/routes/directie.besluiten.$id";
import { action as startActie } from "~/routes/directie.besluiten.$id.ondertekenen";
import { startSessie } from "~/services/sessies.server";
import {
  conceptVoorDirectie,
  directieInbox,
  startOndertekening,
  stuurConceptTerug,
  voltooiOndertekening,
} from "~/services/ondertekening.server";
import { maakConcept, maakMedewerker, versiesVan, type Medewerker } from "../support/besluiten";
import { useFreshDatabase } from "../support/database";

useFreshDatabase();

let sanne: Medewerker; // backoffice: drafts
let anouk: Medewerker; // directie: signs

beforeAll(async () => {
  await seedDemoIfEmpty();
  sanne = await maakMedewerker("Sanne Fictief", ["backoffice"]);
  anouk = await maakMedewerker("Anouk Fictief", ["directie"]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const op = (dag: string, tijd = "10:00") => ({ nu: new Date(`${dag}T${tijd}:00+01:00`) });

async function foutCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

async function staat(c: { verzoekId: string; besluitId: string }) {
  const [b] = await db().select().from(besluiten).where(eq(besluiten.id, c.besluitId));
  const [v] = await db().select().from(verzoeken).where(eq(verzoeken.id, c.verzoekId));
  return { besluit: b!, verzoek: v! };
}

/** A partial refusal of an erasure: the care record goes, the invoice is kept under art. 52 AWR. */
function verwijderConcept(factuurVan: string) {
  return maakConcept({
    opsteller: sanne,
    soort: "gedeeltelijke_afwijzing",
    type: "verwijdering",
    gronden: ["wettelijke_bewaarplicht"],
    motivering: "Uw facturen moeten wij bewaren. Uw zorgverslagen vernietigen wij wel.",
    dossier: [
      { categorie: "zorg", op: "2024-01-10" },
      { categorie: "financieel", op: factuurVan },
    ],
  });
}

describe("a draft whose letter no longer fits the request", () => {
  it("is listed with the others, flagged, not signable; sending it back works and mails the drafter", async () => {
    const gewoon = await maakConcept({ opsteller: sanne });
    // The invoice's seven fiscal years (art. 52 lid 4 AWR) end on 10 March 2026.
    const verouderd = await verwijderConcept("2019-03-10");

    // Written and read on 5 March: the invoice is still kept, the letter says so.
    const toen = await conceptVoorDirectie(anouk, verouderd.besluitId, op("2026-03-05"));
    expect(toen).toMatchObject({ nietOndertekenen: null });
    expect(toen!.document?.besluit.bewaard).toHaveLength(1);

    // On 20 March nothing is kept any more: a partial refusal that keeps nothing cannot be written.
    const waarschuwingen = vi.spyOn(console, "warn").mockImplementation(() => {});
    const inbox = await directieInbox(anouk, op("2026-03-20"));
    const regelGewoon = inbox.find((i) => i.besluitId === gewoon.besluitId);
    const regelVerouderd = inbox.find((i) => i.besluitId === verouderd.besluitId);
    expect(regelGewoon).toMatchObject({ nummer: gewoon.nummer, nietOndertekenen: null });
    expect(regelGewoon!.document?.ondertekenaar.naam).toBe("Anouk Fictief");
    expect(regelVerouderd).toMatchObject({
      nummer: verouderd.nummer,
      soort: "gedeeltelijke_afwijzing",
      opsteller: "Sanne Fictief",
      document: null,
      verificatiecode: null,
      nietOndertekenen: "brief_verouderd",
    });
    // Logged as its kind, never its message (docs/observeerbaarheid.md).
    const log = waarschuwingen.mock.calls.map((c) => String(c[0])).join("\n");
    expect(log).toContain('"code":"ongeldig_besluit"');
    expect(log).toContain(verouderd.besluitId);
    expect(log).not.toContain("bewaard blijft");
    // Viewing is logged for both (NEN 7513).
    const bekeken = await db()
      .select({ verzoekId: auditLog.verzoekId })
      .from(auditLog)
      .where(and(eq(auditLog.actie, "besluit.concept_bekeken"), eq(auditLog.actorId, anouk.medewerker.id)));
    expect(bekeken.map((b) => b.verzoekId)).toEqual(expect.arrayContaining([gewoon.verzoekId, verouderd.verzoekId]));

    // The draft's own page says the same.
    expect(await conceptVoorDirectie(anouk, verouderd.besluitId, op("2026-03-20"))).toMatchObject({
      document: null,
      nietOndertekenen: "brief_verouderd",
    });

    // Signing is refused with that reason; nothing changes.
    const voor = await staat(verouderd);
    expect(
      await foutCode(
        startOndertekening(anouk, verouderd.besluitId, await versiesVan(verouderd.besluitId), op("2026-03-20")),
      ),
    ).toBe("brief_verouderd");
    expect(await staat(verouderd)).toEqual(voor);

    // Sending back works: the drafter gets the draft and an e-mail.
    await stuurConceptTerug(
      anouk,
      verouderd.besluitId,
      {
        opmerking: "De factuur mag nu weg. Maak er een toewijzing van.",
        ...(await versiesVan(verouderd.besluitId)),
      },
      op("2026-03-20", "10:05"),
    );
    const na = await staat(verouderd);
    expect(na.besluit.status).toBe("teruggestuurd");
    expect(na.verzoek.status).toBe("in_behandeling");
    const [opsteller] = await db()
      .select({ email: medewerkers.email })
      .from(medewerkers)
      .where(eq(medewerkers.id, sanne.medewerker.id));
    const mails = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, verouderd.verzoekId));
    expect(mails).toEqual([
      expect.objectContaining({ aan: opsteller!.email, sjabloon: "concept_teruggestuurd", taal: "nl" }),
    ]);

    // The other draft is still there, signable.
    const daarna = await directieInbox(anouk, op("2026-03-20", "10:10"));
    expect(daarna.map((i) => i.besluitId)).toContain(gewoon.besluitId);
    expect(daarna.map((i) => i.besluitId)).not.toContain(verouderd.besluitId);
    expect(daarna.find((i) => i.besluitId === gewoon.besluitId)?.nietOndertekenen).toBeNull();
  });

  it("refuses to finish a signature when the file changes while signing, and logs the refusal", async () => {
    const c = await verwijderConcept("2024-02-01");
    const options = await startOndertekening(anouk, c.besluitId, await versiesVan(c.besluitId), op("2026-03-20"));
    const antwoord = anouk.authenticator.meldAan(options, { uv: true });

    // A complaint starts: it holds everything (AVG art. 17 lid 3 sub e), a ground the draft does not cite.
    const [v] = await db()
      .select({ clientId: verzoeken.clientId })
      .from(verzoeken)
      .where(eq(verzoeken.id, c.verzoekId));
    await db().update(clienten).set({ lopendeKlachtOfCalamiteit: true }).where(eq(clienten.id, v!.clientId!));

    vi.spyOn(console, "warn").mockImplementation(() => {});
    const voor = await staat(c);
    const resultaat = await voltooiOndertekening(anouk, c.besluitId, antwoord, op("2026-03-20", "10:01"));
    expect(resultaat).toEqual({ ok: false, reden: "brief_verouderd" });
    expect(await staat(c)).toEqual(voor);
    const [laatste] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.verzoekId, c.verzoekId))
      .orderBy(asc(auditLog.id))
      .then((rijen) => rijen.slice(-1));
    expect(laatste).toMatchObject({
      actie: "besluit.ondertekening_geweigerd",
      actorId: anouk.medewerker.id,
      details: { besluitId: c.besluitId, reden: "brief_verouderd" },
    });
    expect((await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, c.verzoekId))).length).toBe(0);
  });

  it("over HTTP: the inbox and the draft's page load, and starting to sign says why not (409, in words)", async () => {
    // Today (the real clock) is after 10 March 2026: the invoice of 2019 may go, nothing is kept.
    const gewoon = await maakConcept({ opsteller: sanne });
    const verouderd = await verwijderConcept("2019-03-10");
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const cookie = (await startSessie(db(), { medewerkerId: anouk.medewerker.id })).split(";")[0]!;
    const ctx = { context: { cspNonce: "" } };

    const { inbox } = (await inboxPagina({
      request: new Request("http://localhost/directie", { headers: { Cookie: cookie } }),
      params: {},
      ...ctx,
    })) as { inbox: { besluitId: string; document: unknown; nietOndertekenen: string | null }[] };
    expect(inbox.find((i) => i.besluitId === gewoon.besluitId)?.document).toBeTruthy();
    expect(inbox.find((i) => i.besluitId === verouderd.besluitId)).toMatchObject({
      document: null,
      nietOndertekenen: "brief_verouderd",
    });

    const pagina = (await conceptPagina({
      request: new Request(`http://localhost/directie/besluiten/${verouderd.besluitId}`, {
        headers: { Cookie: cookie },
      }),
      params: { id: verouderd.besluitId },
      ...ctx,
    })) as { concept: { document: unknown; nietOndertekenen: string } };
    expect(pagina.concept).toMatchObject({ document: null, nietOndertekenen: "brief_verouderd" });

    const versies = await versiesVan(verouderd.besluitId);
    const antwoord = await startActie({
      request: new Request(`http://localhost/directie/besluiten/${verouderd.besluitId}/ondertekenen`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          besluitVersie: String(versies.besluitVersie),
          verzoekVersie: String(versies.verzoekVersie),
        }),
      }),
      params: { id: verouderd.besluitId },
      ...ctx,
    });
    expect(antwoord.status).toBe(409);
    expect(await antwoord.json()).toEqual({
      code: "brief_verouderd",
      fout: BERICHTEN.nl.ondertekening.fouten.brief_verouderd,
    });
  });
});
