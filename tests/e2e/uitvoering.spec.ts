/**
 * Carrying out granted requests in a real browser: the backoffice applies a correction field by
 * field (deadline with days left shown, recipients listed), sees the erasure plan with the WGBO
 * reason, and the directie opens a restricted item and lifts the restriction with a reason.
 * Errors come back in an error summary linked to the field. Axe scans of every page state added.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { BERICHTEN } from "../../app/i18n/berichten";
import { maakUitvoeringVerzoek } from "./support/fixtures";
import { mailsTo } from "./support/mailbox";
import { signInAsNewStaff } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const U = BERICHTEN.nl.uitvoering;
const A = BERICHTEN.nl.afscherming;

async function expectNoAxeViolations(page: Page, waar: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  expect(summary, `${waar}: ${JSON.stringify(summary, null, 2)}`).toEqual([]);
}

test("backoffice corrects a field; recipients are told; erasure plan destroys the care record (art. 7:455 BW)", async ({
  page,
}) => {
  await signInAsNewStaff(page, { rol: "backoffice" });
  const v = await maakUitvoeringVerzoek({ type: "correctie" });
  await page.goto(`/backoffice/verzoeken/${v.id}/uitvoering`);
  await expect(page.getByRole("heading", { level: 1, name: U.titel(v.nummer) })).toBeVisible();
  await expect(page.getByText(U.dagenOver(12))).toBeVisible();
  // What the client asks is a table (field, now, should be), never raw JSON.
  const gevraagd = page.getByRole("table", { name: U.gevraagdCaption });
  await expect(gevraagd.getByRole("columnheader")).toHaveText([
    U.gevraagdVeld,
    U.gevraagdNu,
    U.gevraagdMoetZijn,
    U.gevraagdWaarom,
  ]);
  await expect(gevraagd.getByRole("row", { name: /Adres/ })).toContainText(
    "Teststraat 1, UtrechtTeststraat 3, Utrecht",
  );
  await expect(page.getByRole("region", { name: U.gevraagdTitel })).not.toContainText("{");
  await expect(page.getByRole("region", { name: U.gevraagdTitel })).not.toContainText("moetZijn");
  await expectNoAxeViolations(page, "correctie");

  // Nothing filled in: a specific error, linked to the first field; nothing changes.
  await page.getByRole("button", { name: U.correctieKnop }).click();
  const overzicht = page.locator("#uitvoering-fouten");
  await expect(overzicht.getByRole("link", { name: U.fouten.geen_wijzigingen! })).toBeVisible();
  await expect(page.getByLabel(U.nieuwLabel(`Adres ${v.uniek}`, "adres"))).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "correctie met fout");

  await page.getByLabel(U.nieuwLabel(`Adres ${v.uniek}`, "adres")).fill("Teststraat 3, Utrecht");
  await page.getByRole("button", { name: U.correctieKnop }).click();
  await expect(page.getByRole("status")).toHaveText(U.klaar);
  await expect(page.getByText(`Huisarts ${v.uniek}:`)).toContainText(U.perEmail);
  await expectNoAxeViolations(page, "correctie klaar");
  const brieven = await mailsTo(page.request, `huisarts-${v.uniek}@voorbeeld.example`);
  expect(brieven).toHaveLength(1);

  const w = await maakUitvoeringVerzoek({ type: "verwijdering" });
  await page.goto(`/backoffice/verzoeken/${w.id}/uitvoering`);
  // Decision 022: a 5-year-old care record is destroyed on request (art. 7:455 BW), not kept for 20 years.
  await expect(page.getByRole("row", { name: /Zorgdossier/ })).toContainText("1");
  await expect(page.getByRole("row", { name: /Zorgdossier/ })).not.toContainText("WGBO");
  await expect(page.getByRole("row", { name: /Financiële gegevens/ })).toContainText("1");
  await expectNoAxeViolations(page, "verwijderplan");
});

test("correcting restricted data says it needs the directie and how, with no submit button", async ({ page }) => {
  await signInAsNewStaff(page, { rol: "backoffice" });
  const v = await maakUitvoeringVerzoek({ type: "correctie", afgeschermd: true });
  await page.goto(`/backoffice/verzoeken/${v.id}/uitvoering`);
  await expect(page.getByText(U.leegDossierCorrectie)).toBeVisible();
  await expect(page.getByText(U.leegDossierHoe)).toBeVisible();
  await expect(page.getByText(U.leegDossier)).toHaveCount(0);
  await expect(page.getByRole("button", { name: U.correctieKnop })).toHaveCount(0);
  await expectNoAxeViolations(page, "correctie van afgeschermde gegevens");
});

test("directie opens a restricted item and lifts the restriction with a reason", async ({ page }) => {
  await signInAsNewStaff(page, { rol: "directie" });
  const v = await maakUitvoeringVerzoek({ type: "afscherming" });
  await page.goto(`/backoffice/verzoeken/${v.id}/uitvoering`);
  await page.getByLabel(new RegExp(`Verslag ${v.uniek}`)).check();
  await page.getByLabel(U.afschermReden).fill("Cliënt betwist de juistheid.");
  await page.getByRole("button", { name: U.afschermKnop }).click();
  await expect(page.getByRole("status")).toHaveText(U.klaar);

  await page.goto("/directie/afscherming");
  await expect(page.getByRole("heading", { level: 1, name: A.titel })).toBeVisible();
  await expectNoAxeViolations(page, "afscherming lijst");
  await page.getByRole("link", { name: A.bekijk(`Verslag ${v.uniek}`) }).click();
  await expect(page.getByRole("heading", { name: A.inhoudTitel(`Verslag ${v.uniek}`) })).toBeVisible();
  await expect(page.getByText("Intake.")).toBeVisible();
  await expectNoAxeViolations(page, "afscherming geopend");

  await page.getByRole("button", { name: A.opheffenKnop }).click();
  await expect(
    page.locator("#afscherming-fouten").getByRole("link", { name: A.fouten.reden_verplicht! }),
  ).toBeVisible();
  await expect(page.getByLabel(A.opheffenReden)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "afscherming fout");
  await page.getByLabel(A.opheffenReden).fill("Juistheid vastgesteld met cliënt.");
  await page.getByRole("button", { name: A.opheffenKnop }).click();
  // Art. 18 lid 3: this client has no e-mail address in the dossier, so the directie is told to write.
  await expect(page.getByRole("status")).toHaveText(`${A.opgeheven} ${A.opgehevenPerPost}`);
  await expect(page.getByRole("link", { name: A.bekijk(`Verslag ${v.uniek}`) })).toHaveCount(0);
});
