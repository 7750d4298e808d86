/**
 * A beheerder makes the portal the practice's own: sets up the organisation and its logo (shown in
 * the site header), tries a reglement deadline above the legal limit (refused with the reason, in
 * Dutch and English), sets a deadline the start page then shows, offers Dutch only (the language
 * switch disappears), imports the example file (dry run first), invites a backoffice employee; every
 * beheer page is axe-clean. The spec changes shared settings and puts the demo organisation back.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { latestMail } from "./support/mailbox";
import { signInAsNewStaff, uniqueStaffEmail } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeSchoon(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a beheerder sets up the organisation, imports the example file and invites a backoffice employee", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAsNewStaff(page, { rol: "beheerder" });

  await page.goto("/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer van het portaal" })).toBeVisible();
  await axeSchoon(page);

  // 1. Organisation: a wrong KvK number is refused per field, then the details are saved.
  await page.goto("/beheer/organisatie");
  // The e2e server is shared by every spec: remember the demo values and put them back at the end.
  const velden = [
    "Naam van de praktijk",
    "KvK-nummer (8 cijfers)",
    "Naam functionaris gegevensbescherming (FG)",
    "E-mailadres FG",
  ];
  const origineel = await Promise.all(velden.map((v) => page.getByLabel(v).inputValue()));
  const hadLogo = (await page.getByRole("img", { name: "Het huidige logo" }).count()) > 0;
  await page.getByLabel("Naam van de praktijk").fill("Praktijk Het Voorbeeld");
  await page.getByLabel("KvK-nummer (8 cijfers)").fill("123");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  const kvk = page.getByLabel("KvK-nummer (8 cijfers)");
  await expect(kvk).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("link", { name: /KvK-nummer/ })).toBeVisible();
  await axeSchoon(page);
  await kvk.fill("12345678");
  await page.getByLabel("Naam functionaris gegevensbescherming (FG)").fill("FG Voorbeeld");
  await page.getByLabel("E-mailadres FG").fill("fg@voorbeeld.example.org");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");
  await expect(page.getByLabel("Naam van de praktijk")).toHaveValue("Praktijk Het Voorbeeld");
  await axeSchoon(page);
  // The logo: a GIF is refused, a PNG is stored and shown.
  const logo = page.getByLabel("Logo (PNG of SVG, ten hoogste 100 KB)");
  await logo.setInputFiles({ name: "logo.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a....") });
  await page.getByRole("button", { name: "Logo opslaan" }).click();
  await expect(page.getByRole("alert")).toHaveText("Het logo moet een PNG- of SVG-bestand zijn (SVG zonder scripts).");
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
  await logo.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Logo opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Het logo is opgeslagen.");
  await expect(page.getByRole("img", { name: "Het huidige logo" })).toHaveAttribute("src", /^\/logo\?v=[0-9a-f]+$/);
  // The site header shows the logo with the organisation's name as its text alternative.
  const kopLogo = page.getByRole("banner").getByRole("img", { name: "Praktijk Het Voorbeeld", exact: true });
  await expect(kopLogo).toBeVisible();
  const logoPad = (await kopLogo.getAttribute("src"))!;
  expect(logoPad).toMatch(/^\/logo\?v=[0-9a-f]+$/);
  expect(await kopLogo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  const logoAntwoord = await page.request.get(logoPad);
  expect(logoAntwoord.status()).toBe(200);
  expect(logoAntwoord.headers()["content-type"]).toBe("image/png");
  // The route sets nosniff itself; the server's security headers add it too ("nosniff, nosniff" is valid).
  expect(logoAntwoord.headers()["x-content-type-options"]).toMatch(/^nosniff(, nosniff)?$/);
  expect(await logoAntwoord.body()).toEqual(png);
  await axeSchoon(page);

  // 2. Reglement: six weeks for inzage is refused with the legal reason.
  await page.goto("/beheer/reglement");
  await page.getByLabel("Aantal (Inzage, Termijn voor het besluit)", { exact: false }).fill("6");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.locator(".veldfout").first()).toContainText("6 weken voor inzage is te lang");
  await axeSchoon(page);
  // In English the same refusal is given in English.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByLabel("Number (Access, Deadline for the decision)").fill("6");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator(".veldfout").first()).toHaveText(
    "The deadline of 6 weeks for access is too long: the GDPR (Art. 12(3)) allows one month at most; choose 4 weeks or fewer.",
  );
  await page.getByRole("button", { name: "Nederlands" }).click();
  // Three weeks for inzage is allowed, and the start page says so (the reglement, not fixed text).
  const inzageTermijn = page.getByLabel("Aantal (Inzage, Termijn voor het besluit)");
  await inzageTermijn.fill("3");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");
  await page.goto("/");
  const termijnen = page.getByRole("region", { name: "Wanneer krijgt u antwoord?" });
  await expect(termijnen.getByRole("definition").first()).toHaveText("binnen 3 weken");
  await expect(termijnen.getByRole("term").first()).toHaveText("Inzage");
  await page.goto("/beheer/reglement");
  await inzageTermijn.fill("4");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");

  // Languages: offering Dutch only hides the switch, and asking for English anyway gives Dutch.
  await page.goto("/beheer/organisatie");
  const engels = page.getByRole("checkbox", { name: "Engels" });
  await expect(engels).toBeChecked();
  await engels.uncheck();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");
  await page.goto("/");
  await expect(page.getByRole("button", { name: "English" })).toHaveCount(0);
  const gevraagd = await page.request.post("/taal", {
    form: { taal: "en", terug: "/" },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(gevraagd.status()).toBe(302);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1, name: "Uw privacyrechten" })).toBeVisible();
  await axeSchoon(page);
  await page.goto("/beheer/organisatie");
  await engels.check();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");
  await expect(page.getByRole("button", { name: "English" })).toBeVisible();

  // 6. Import: dry run shows every row; the real run creates them.
  await page.goto("/beheer/import");
  await axeSchoon(page);
  // The format is explained in the portal itself, not in a repository file the beheerder lacks.
  await expect(page.getByText("docs/import-formaat.md")).toHaveCount(0);
  await page.getByRole("link", { name: "Lees hoe het importformaat werkt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Het importformaat" })).toBeVisible();
  await expect(page.getByText("clientnummer, voornamen, tussenvoegsel?")).toBeVisible();
  await axeSchoon(page);
  await page.getByRole("link", { name: "Terug naar importeren" }).click();
  await page.getByLabel("Bestand (JSON of CSV, ten hoogste 2 MB)").setInputFiles("docs/voorbeeld-import.json");
  await page.getByRole("button", { name: "Proefimport (verandert niets)" }).click();
  await expect(page.getByRole("heading", { name: "Resultaat van de proefimport" })).toBeVisible();
  await expect(page.getByText("8 aanmaken, 0 wijzigen, 0 ongewijzigd, 0 afgewezen.")).toBeVisible();
  await expect(page.getByRole("row", { name: /VB-1001 Aanmaken nieuwe cliënt/ })).toBeVisible();
  await axeSchoon(page);
  await page.getByLabel("Bestand (JSON of CSV, ten hoogste 2 MB)").setInputFiles("docs/voorbeeld-import.json");
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByRole("heading", { name: "De import is uitgevoerd" })).toBeVisible();
  // After the real import the rows say what was done.
  await expect(page.getByRole("row", { name: /VB-1001 Aangemaakt nieuwe cliënt/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /VB-1001 Aanmaken/ })).toHaveCount(0);
  await page.getByLabel("Bestand (JSON of CSV, ten hoogste 2 MB)").setInputFiles("docs/voorbeeld-import.json");
  await page.getByRole("button", { name: "Proefimport (verandert niets)" }).click();
  await expect(page.getByText("0 aanmaken, 0 wijzigen, 8 ongewijzigd, 0 afgewezen.")).toBeVisible();

  // 5. Staff: invite a backoffice employee; the invitation e-mail is in the outbox.
  await page.goto("/beheer/medewerkers");
  const email = uniqueStaffEmail("backoffice");
  const start = new Date();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Naam", { exact: true }).fill("Nieuwe Collega");
  await page.getByLabel("Rol").selectOption("backoffice");
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status")).toHaveText(`De uitnodiging is verstuurd naar ${email}.`);
  await expect(page.getByRole("rowheader", { name: /Nieuwe Collega/ })).toBeVisible();
  const mail = await latestMail(page.request, email, { after: start });
  expect(mail.tekst).toContain("/backoffice/uitnodiging/");
  await axeSchoon(page);

  // 4, 3, 7: the other pages are reachable and axe-clean; the history shows the changes.
  for (const pad of ["/beheer/bewaartermijnen", "/beheer/register"]) {
    await page.goto(pad);
    await axeSchoon(page);
  }
  await page.goto("/beheer/historie");
  await expect(page.getByRole("cell", { name: "beheer.organisatie.gewijzigd" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "beheer.reglement.gewijzigd" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "beheer.import" })).toBeVisible();
  await axeSchoon(page);

  // Put the demo organisation back for the other specs (and take away the logo this spec added).
  await page.goto("/beheer/organisatie");
  for (const [i, veld] of velden.entries()) await page.getByLabel(veld).fill(origineel[i]!);
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("De wijzigingen zijn opgeslagen.");
  if (!hadLogo) {
    await page.getByRole("button", { name: "Logo verwijderen" }).click();
    await expect(page.getByRole("status")).toHaveText("Het logo is verwijderd.");
    await expect(page.getByRole("banner").getByRole("img")).toHaveCount(0);
    expect((await page.request.get("/logo")).status()).toBe(404);
  }
});

test("a backoffice employee gets no access to /beheer", async ({ page }) => {
  await signInAsNewStaff(page, { rol: "backoffice" });
  const response = await page.goto("/beheer/organisatie");
  expect(response?.status()).toBe(403);
});
