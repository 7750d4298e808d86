/**
 * Holds and postponed messages in a real browser (docs/decisions/036): the directie records a
 * complaint on the client's dossier page without JavaScript (an empty reason is refused on its
 * field), the beheerder sees the client and the reason on /beheer/bewaring; the backoffice sends a
 * postponed disclosure message from the execution page. Axe scans of the new sections.
 */
import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { expect, test, type Page } from "@playwright/test";
import { clienten, verstrekkingen, verzoeken } from "../../db/schema";
import { BERICHTEN } from "../../app/i18n/berichten";
import { e2eDatabase } from "./support/database";
import { maakUitvoeringVerzoek } from "./support/fixtures";
import { mailsTo } from "./support/mailbox";
import { signInAsNewStaff } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const VH = BERICHTEN.nl.vasthouden;
const U = BERICHTEN.nl.uitvoering;

async function axeSchoon(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function clientVan(verzoekId: string) {
  const { db } = await e2eDatabase();
  const [v] = await db.select({ clientId: verzoeken.clientId }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  return v!.clientId!;
}

test("the directie records a complaint without JavaScript; the beheerder sees who is held and why", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAsNewStaff(page, { rol: "directie" });
  const v = await maakUitvoeringVerzoek({ type: "afscherming" });
  const clientId = await clientVan(v.id);
  await page.goto(`/backoffice/clienten/${clientId}/documenten`);
  await expect(page.getByRole("heading", { level: 2, name: VH.titel })).toBeVisible();
  await expect(page.getByText(VH.klachtNee)).toBeVisible();
  await axeSchoon(page);

  const zonderJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const p = await zonderJs.newPage();
  await p.goto(`/backoffice/clienten/${clientId}/documenten`);
  const klacht = p.locator("#vh-klacht");
  await klacht.getByLabel(VH.reden).fill("   ");
  await klacht.getByRole("button", { name: VH.knop.klacht_vastleggen }).click();
  await expect(p.getByRole("link", { name: VH.fouten.reden_leeg! })).toBeVisible();
  await expect(p.locator("#vh-klacht-reden")).toHaveAttribute("aria-invalid", "true");
  const reden = `Calamiteit gemeld bij de inspectie ${v.uniek}`;
  await p.locator("#vh-klacht-reden").fill(reden);
  await p.locator("#vh-klacht").getByRole("button", { name: VH.knop.klacht_vastleggen }).click();
  await expect(p.getByRole("status")).toHaveText(VH.gedaan.klacht_vastleggen!);
  await expect(p.getByText(VH.klachtJa)).toBeVisible();
  await expect(p.getByRole("button", { name: VH.knop.klacht_opheffen })).toBeVisible();
  await zonderJs.close();

  await page.reload();
  await axeSchoon(page);

  const beheer = await browser.newContext();
  const b = await beheer.newPage();
  await signInAsNewStaff(b, { rol: "beheerder" });
  await b.goto("/beheer/bewaring");
  const rij = b.getByRole("row", { name: new RegExp(`E2E-${v.uniek}`) }).first();
  await expect(rij).toContainText(reden);
  await expect(b.getByRole("heading", { level: 2, name: BERICHTEN.nl.bewaringVasthouden.titel })).toBeVisible();
  await axeSchoon(b);
  await beheer.close();
});

test("the backoffice sends a postponed disclosure message from the execution page", async ({ page }) => {
  await signInAsNewStaff(page, { rol: "backoffice" });
  const v = await maakUitvoeringVerzoek({ type: "correctie" });
  const clientId = await clientVan(v.id);
  const { db } = await e2eDatabase();
  const email = `client-later-${v.uniek}@voorbeeld.example`;
  await db.update(clienten).set({ email }).where(eq(clienten.id, clientId));
  const reden = `Onderzoek Veilig Thuis loopt nog ${v.uniek}`;
  await db.insert(verstrekkingen).values({
    clientId,
    ontvanger: `Veilig Thuis ${v.uniek}`,
    datum: "2026-11-19",
    rechtsgrond: "Meldcode huiselijk geweld",
    categorieen: ["zorg"],
    clientMeldingUitgesteld: reden,
  });
  await page.goto(`/backoffice/verzoeken/${v.id}/uitvoering`);
  const sectie = page.getByRole("region", { name: U.uitgesteldTitel });
  await expect(sectie.getByRole("row", { name: new RegExp(`Veilig Thuis ${v.uniek}`) })).toContainText(reden);
  await axeSchoon(page);
  await sectie.getByRole("button", { name: U.uitgesteldKnop(`Veilig Thuis ${v.uniek}`) }).click();
  await expect(page.getByRole("status")).toHaveText(U.uitgesteldVerstuurd.gemeld!);
  await expect(page.getByRole("button", { name: U.uitgesteldKnop(`Veilig Thuis ${v.uniek}`) })).toHaveCount(0);
  await expect.poll(async () => (await mailsTo(page.request, email)).length).toBe(1);
});
