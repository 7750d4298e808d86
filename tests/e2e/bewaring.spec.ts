/**
 * The beheerder's destruction page (docs/decisions/031): the overview is there with counts only,
 * axe-clean; the portal's own terms are set with a plain form that works without JavaScript, and an
 * access-log term under five years (NEN 7513) is refused on its field. Puts the defaults back.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsNewStaff } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeSchoon(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a beheerder sees what is due and sets the portal's own retention terms, also without JavaScript", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAsNewStaff(page, { rol: "beheerder" });
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Vernietigen" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Vernietigen na de bewaartermijn" })).toBeVisible();
  for (const kop of [
    "Wordt vannacht vernietigd",
    "Verwacht in de komende 6 maanden",
    "Termijn voorbij, maar bewaard",
    "Wat is vernietigd",
    "Bewaartermijnen van het portaal",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: kop })).toBeVisible();
  }
  await expect(page.getByLabel("Toegangslog: aantal jaren")).toHaveValue("5");
  await axeSchoon(page);
  await page.getByLabel("Toegangslog: aantal jaren").fill("4");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Toegangslog: aantal jaren")).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByRole("link", { name: 'Vul bij "Toegangslog: aantal jaren" een getal in van 5 tot en met 20.' }),
  ).toBeVisible();
  await axeSchoon(page);

  // Without JavaScript (axe needs scripts, so not here): the form posts and the server answers with the page.
  const zonderJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const p = await zonderJs.newPage();
  await p.goto("/beheer/bewaring");
  await p.getByLabel("Toegangslog: aantal jaren").fill("4");
  await p.getByRole("button", { name: "Opslaan" }).click();
  await expect(p.getByLabel("Toegangslog: aantal jaren")).toHaveAttribute("aria-invalid", "true");
  await p.getByLabel("Toegangslog: aantal jaren").fill("7");
  await p.getByLabel("Afgehandelde verzoeken: aantal jaren na afhandeling").fill("6");
  await p.getByRole("button", { name: "Opslaan" }).click();
  await expect(p.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");
  await expect(p.getByLabel("Toegangslog: aantal jaren")).toHaveValue("7");
  await expect(p.getByLabel("Afgehandelde verzoeken: aantal jaren na afhandeling")).toHaveValue("6");

  // The change is in the history; then the defaults go back for the other specs.
  await p.goto("/beheer/historie");
  await expect(p.getByRole("cell", { name: "beheer.portaalbewaring.gewijzigd" }).first()).toBeVisible();
  await p.goto("/beheer/bewaring");
  await p.getByLabel("Toegangslog: aantal jaren").fill("5");
  await p.getByLabel("Afgehandelde verzoeken: aantal jaren na afhandeling").fill("5");
  await p.getByRole("button", { name: "Opslaan" }).click();
  await expect(p.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");
  await zonderJs.close();
});
