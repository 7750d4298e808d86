import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const RECHTEN_NL = [
  "Inzage",
  "Correctie en aanvulling",
  "Verwijdering",
  "Afscherming",
  "Bezwaar",
  "Dataportabiliteit",
  "Toestemming intrekken",
];

const RECHTEN_EN = [
  "Access",
  "Correction and completion",
  "Erasure",
  "Restriction",
  "Objection",
  "Data portability",
  "Withdraw consent",
];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
  }));
  expect(summary, JSON.stringify(summary, null, 2)).toEqual([]);
}

async function expectRechten(page: Page, regionName: string, namen: string[]) {
  const rechten = page.getByRole("region", { name: regionName, exact: true });
  await expect(rechten.getByRole("listitem")).toHaveCount(namen.length);
  for (const naam of namen) {
    await expect(rechten.getByRole("heading", { level: 3, name: naam, exact: true })).toBeVisible();
  }
}

/** The deadline shown for one right in the deadlines section (a term and its definition). */
async function expectTermijn(page: Page, regionName: string, recht: string, termijn: string) {
  const termijnen = page.getByRole("region", { name: regionName, exact: true });
  const rij = termijnen
    .locator("dl > div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${recht}$`) }) });
  await expect(rij.getByRole("definition")).toHaveText(termijn);
}

test("the start page in Dutch explains the rights and passes axe", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);

  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page).toHaveTitle(/Uw privacyrechten/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: "Uw privacyrechten" })).toBeVisible();

  await expectRechten(page, "Uw rechten", RECHTEN_NL);
  const rechten = page.getByRole("region", { name: "Uw rechten", exact: true });
  await expect(rechten).toContainText("Artikel 15 AVG");
  await expect(rechten).toContainText("Artikel 7 lid 3 AVG");
  await expect(rechten).toContainText("20 jaar");

  const main = page.getByRole("main");
  await expect(main).toContainText("4 weken");
  // Deadlines per right come from the organisation's reglement (the demo keeps the default reglement).
  await expectTermijn(page, "Wanneer krijgt u antwoord?", "Bezwaar", "binnen 1 maand");
  await expectTermijn(page, "Wanneer krijgt u antwoord?", "Correctie en aanvulling", "binnen 4 weken");
  await expect(main).toContainText("6 cijfers");
  await expect(main).toContainText("BSN");
  await expect(main).toContainText("bewindvoerder");

  // Remedies: the FG of the demo practice (root data), the AP and the court.
  const klacht = page.getByRole("region", { name: "Bent u het niet eens met ons?", exact: true });
  const fg = klacht.getByRole("link", { name: "fg@delinde.example", exact: true });
  await expect(fg).toBeVisible();
  await expect(fg).toHaveAttribute("href", "mailto:fg@delinde.example");
  await expect(klacht.getByRole("link", { name: "autoriteitpersoonsgegevens.nl" })).toHaveAttribute(
    "href",
    "https://autoriteitpersoonsgegevens.nl",
  );
  await expect(klacht).toContainText("rechter");

  const verzoek = main.getByRole("link", { name: "Verzoek indienen" }).first();
  await expect(verzoek).toBeVisible();
  await expect(verzoek).toHaveAttribute("href", "/verzoek");
  await expect(main.getByRole("link", { name: "Mijn verzoeken" }).first()).toHaveAttribute("href", "/mijn");

  await expectNoAxeViolations(page);
});

test("the language switch shows English, persists on reload and switches back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Your privacy rights" })).toBeVisible();
  await expect(page).toHaveTitle(/Your privacy rights/);
  await expectRechten(page, "Your rights", RECHTEN_EN);
  await expectTermijn(page, "When will you get an answer?", "Objection", "within 1 month");
  await expectTermijn(page, "When will you get an answer?", "Erasure", "within 4 weeks");
  await expect(page.getByRole("main").getByRole("link", { name: "Make a request" }).first()).toHaveAttribute(
    "href",
    "/verzoek",
  );

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Your privacy rights" })).toBeVisible();

  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1, name: "Uw privacyrechten" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page renders and the language switch still works", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Uw privacyrechten" })).toBeVisible();
    await expectRechten(page, "Uw rechten", RECHTEN_NL);

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Your privacy rights" })).toBeVisible();

    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Uw privacyrechten" })).toBeVisible();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("there is no horizontal scroll, in Dutch or English", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test("the page hydrates: no script is blocked by the Content-Security-Policy", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") blocked.push(msg.text());
  });
  page.on("pageerror", (error) => blocked.push(error.message));
  await page.goto("/");
  // Remix sets window.__remixContext and hydrates; a blocked inline script leaves it undefined.
  await expect
    .poll(() => page.evaluate(() => typeof (window as unknown as { __remixRouter?: unknown }).__remixRouter))
    .toBe("object");
  expect(blocked.filter((m) => /Content Security Policy|Refused to execute/i.test(m))).toEqual([]);
});
