/**
 * A draft whose letter no longer fits its request (docs/decisions/035), in a real browser: an
 * erasure's partial refusal, drafted while the plan kept an invoice (art. 52 AWR), then a complaint
 * starts in the practice's own system (AVG art. 17 lid 3 sub e: everything held, on a ground the
 * draft does not cite). The director's inbox still opens and shows the draft flagged, without a
 * letter; its page offers no signing, only sending back, which works.
 *
 * State through the app's services (decision 026): the request is picked up, legitimated and the
 * draft offered by `stelAfwijzingOp`; the client record, its dossier, the request row and the
 * complaint flag are written directly (they come from the practice's system, or need a receipt day
 * in the past).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { addDays, amsterdamDate } from "../../app/domain/calendar";
import { BERICHTEN } from "../../app/i18n/berichten";
import { legitimeer, stelAfwijzingOp } from "../../app/services/behandeling.server";
import { clienten, dossierItems, medewerkers, verzoeken } from "../../db/schema";
import { e2eDatabase } from "./support/database";
import { signInAsNewStaff } from "./support/staff";

const O = BERICHTEN.nl.ondertekening;

/** An erasure request with a partial refusal awaiting the directie, whose plan then changes. */
async function verouderdConcept(): Promise<{ nummer: string }> {
  const database = await e2eDatabase();
  const db = database.db;
  const uniek = randomBytes(4).toString("hex");
  const nu = new Date();
  const vandaag = amsterdamDate(nu);
  const jarenGeleden = (n: number) => new Date(nu.getTime() - n * 365.25 * 24 * 3600 * 1000);
  const [staf] = await db
    .select({ id: medewerkers.id })
    .from(medewerkers)
    .where(sql`${medewerkers.actief} and ${medewerkers.rollen} && array['backoffice']::text[]`)
    .orderBy(medewerkers.aangemaaktOp)
    .limit(1);
  if (!staf) throw new Error("Geen actieve medewerker van de backoffice (SEED_DEMO=true?).");
  const opsteller = { medewerker: { id: staf.id } };
  const [client] = await db
    .insert(clienten)
    .values({
      clientnummer: `E2E-V-${uniek}`,
      voornamen: "Testa",
      achternaam: `Fictief-${uniek}`,
      geboortedatum: "1980-05-05",
    })
    .returning({ id: clienten.id });
  await db.insert(dossierItems).values([
    { clientId: client!.id, categorie: "zorg", titel: `Verslag ${uniek}`, inhoud: {}, aangemaaktOp: jarenGeleden(2) },
    {
      clientId: client!.id,
      categorie: "financieel",
      titel: `Factuur ${uniek}`,
      inhoud: {},
      aangemaaktOp: jarenGeleden(2),
    },
  ]);
  const [v] = await db
    .insert(verzoeken)
    .values({
      nummer: `AVG-2026-8${String(parseInt(uniek, 16)).padStart(10, "0").slice(-7)}`,
      type: "verwijdering",
      status: "in_behandeling",
      details: {},
      indiener: { naam: "Testa", email: `client-${uniek}@voorbeeld.example`, relatie: "zelf" },
      betrokkene: { naam: "Testa", geboortedatum: "1980-05-05", email: `client-${uniek}@voorbeeld.example` },
      clientId: client!.id,
      behandelaarId: staf.id,
      ontvangenOp: addDays(vandaag, -5),
      doelTermijn: addDays(vandaag, 20),
      wettelijkeTermijn: addDays(vandaag, 25),
    })
    .returning({ id: verzoeken.id, nummer: verzoeken.nummer });
  const versie = async () =>
    (await db.select({ versie: verzoeken.versie }).from(verzoeken).where(eq(verzoeken.id, v!.id)))[0]!.versie;
  await legitimeer(opsteller, v!.id, await versie(), {
    wijze: "persoonlijk",
    documentType: "paspoort",
    laatsteVier: "E2E1",
  });
  await stelAfwijzingOp(opsteller, v!.id, await versie(), {
    soort: "gedeeltelijke_afwijzing",
    gronden: ["wettelijke_bewaarplicht"],
    motivering: "Uw facturen moeten wij zeven jaar bewaren. Uw verslagen vernietigen wij.",
  });
  // The practice's system: a complaint starts after the draft was written.
  await db.update(clienten).set({ lopendeKlachtOfCalamiteit: true }).where(eq(clienten.id, client!.id));
  return { nummer: v!.nummer };
}

test("a draft whose letter no longer fits is flagged in the inbox and can only be sent back", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { nummer } = await verouderdConcept();
  const context = await browser.newContext({ baseURL });
  const d = await context.newPage();
  await signInAsNewStaff(d, { rol: "directie" });

  await d.goto("/directie");
  await expect(d.getByRole("heading", { level: 1, name: O.inbox.titel })).toBeVisible();
  const regel = d.getByRole("listitem").filter({ hasText: nummer });
  await expect(regel).toContainText(O.inbox.verouderd);
  await expect(regel.getByText(O.inbox.toonBrief(nummer))).toHaveCount(0);

  await regel.getByRole("link", { name: O.inbox.openenVerouderd(nummer) }).click();
  await expect(d.getByRole("heading", { level: 2, name: O.detail.verouderdTitel })).toBeVisible();
  await expect(d.getByRole("button", { name: O.detail.ondertekenKnop })).toHaveCount(0);
  await expect(d.getByRole("heading", { name: O.detail.briefTitel })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page: d })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  const terug = d.getByRole("region", { name: O.detail.terugTitel });
  await terug.getByLabel(O.detail.opmerkingLabel).fill("Er loopt nu een klacht. Maak de brief opnieuw.");
  await terug.getByRole("button", { name: O.detail.terugKnop }).click();
  await expect(d).toHaveURL(/\/directie\?teruggestuurd=/);
  await expect(d.getByRole("status")).toContainText(O.meldingen.teruggestuurd(nummer));
  await expect(d.getByRole("listitem").filter({ hasText: nummer })).toHaveCount(0);
  await context.close();
});
