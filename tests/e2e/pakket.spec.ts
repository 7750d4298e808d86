/**
 * The package flow in the browser (issue "Fulfilment" items 2 and 3): staff make the package for a
 * granted portability request to another provider; the client downloads the ZIP from /mijn and
 * reads the inzage overview; the receiving provider opens the link from its e-mail, is refused
 * without the right code, requests a code and downloads; the client sees that download. Each page
 * added here gets an axe scan. The granted, matched request comes from the fixture
 * maakPakketVerzoek (the services, docs/decisions/026): matching and granting have their own specs.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import yauzl from "yauzl";
import { BERICHTEN } from "../../app/i18n/berichten";
import { maakAchterhoudingVerzoek, maakPakketVerzoek } from "./support/fixtures";
import { latestCode, latestMail } from "./support/mailbox";
import { signInAsNewStaff } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  expect(summary, JSON.stringify(summary, null, 2)).toEqual([]);
}

const uniek = (naam: string) =>
  `${naam}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.example`;

async function logIn(page: Page, email: string) {
  await page.goto("/mijn");
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await page.getByLabel("E-mailadres").fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page).toHaveURL(/\/inloggen\/code/);
  await page.getByLabel("Code van 6 cijfers").fill(await latestCode(page.request, email, { after: start }));
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/mijn$/);
}

/** The names of the files in a ZIP. */
function zipNamen(bestand: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(bestand, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const namen: string[] = [];
      zip.on("entry", (e: yauzl.Entry) => {
        namen.push(e.fileName);
        zip.readEntry();
      });
      zip.on("end", () => resolve(namen));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

test("staff make the package; the client downloads it; the receiving provider downloads only with the code", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const clientEmail = uniek("pakket");
  const ontvangerEmail = uniek("ontvanger");
  const ontvangerNaam = "Praktijk Nieuwe Start";
  await logIn(page, clientEmail);
  const { nummer, id } = await maakPakketVerzoek({
    email: clientEmail,
    aanbiederNaam: ontvangerNaam,
    aanbiederEmail: ontvangerEmail,
  });

  // Staff (own browser context: its own session cookie).
  const staffContext = await browser.newContext({ baseURL });
  const staff = await staffContext.newPage();
  await signInAsNewStaff(staff, { rol: "backoffice" });
  await staff.goto(`/backoffice/verzoeken/${id}/pakket`);
  await expect(staff.getByRole("heading", { level: 1, name: `Pakket maken voor ${nummer}` })).toBeVisible();
  await expect(staff.getByText(`${ontvangerNaam} (${ontvangerEmail})`)).toBeVisible();
  await expect(staff.getByText("Er is nog geen pakket gemaakt.")).toBeVisible();
  // Before anyone clicks: what a portability package leaves out, and why (AVG art. 20).
  const portabel = staff.getByRole("region", {
    name: "Wat er niet in een pakket voor overdracht zit (artikel 20 AVG)",
  });
  await expect(portabel).toContainText("Documenten en gegevens van andere mensen (derden)");
  await expect(portabel).toContainText("Artikel 20 lid 4 AVG");
  await expect(portabel).toContainText("Afgeschermde gegevens (artikel 18 AVG)");
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Pakket maken en versturen" }).click();
  await expect(staff.getByRole("status")).toHaveText("Het pakket is gemaakt en de e-mail is verstuurd.");
  await expect(staff.getByText("Uw gegevens om over te dragen:")).toBeVisible();
  await expectNoAxeViolations(staff);
  await staffContext.close();

  // The client: an e-mail, then the download on the status page.
  const klaar = await latestMail(page.request, clientEmail, { sjabloon: "pakket_klaar" });
  expect(klaar.tekst).toContain(`/mijn/verzoeken/${nummer}`);
  await page.goto(`/mijn/verzoeken/${nummer}`);
  const lijst = page.getByRole("region", { name: "Documenten en downloads" });
  await expect(lijst.getByText("Nog niemand heeft dit bestand gedownload.")).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    lijst.getByRole("link", { name: "Download uw gegevens om over te dragen (ZIP)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`dataportabiliteit-${nummer}.zip`);
  const pad = await download.path();
  expect(readFileSync(pad).subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
  const namen = await zipNamen(pad);
  expect(namen).toEqual(
    expect.arrayContaining(["manifest.json", "index.html", "data/zorg.json", "schemas/categorie.schema.json"]),
  );
  await page.reload();
  await expect(lijst.getByText(/^U \(of uw vertegenwoordiger\) op /)).toBeVisible();

  // The inzage overview (AVG art. 15).
  await lijst.getByRole("link", { name: "Bekijk het overzicht van uw gegevens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht van uw gegevens" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Zorg en begeleiding" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Uw rechten" })).toBeVisible();
  // Who accessed the dossier (NEN 7513, decision 023): by role, including the download just made.
  const toegang = page.getByRole("region", { name: "Wie uw dossier heeft ingezien" });
  await expect(toegang.getByRole("row").filter({ hasText: "downloadde het pakket" }).first()).toBeVisible();
  await expect(
    toegang.getByRole("row").filter({ hasText: "maakte een kopie van uw gegevens (pakket)" }).first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The receiving provider: the link from its e-mail, in a browser without any session.
  const mail = await latestMail(page.request, ontvangerEmail, { sjabloon: "pakket_ontvanger" });
  const link = /\/ontvanger\/[A-Za-z0-9_-]{43}/.exec(mail.tekst)![0];
  const providerContext = await browser.newContext({ baseURL });
  const provider = await providerContext.newPage();
  await provider.goto(link);
  await expect(provider.getByRole("heading", { level: 1, name: "Gegevens van een cliënt ophalen" })).toBeVisible();
  await expectNoAxeViolations(provider);

  // Without a code: nothing.
  await provider.getByLabel("Code uit de e-mail (6 cijfers)").fill("000000");
  await provider.getByRole("button", { name: "Download de gegevens (ZIP)" }).click();
  await expect(provider.getByRole("heading", { name: "Er ging iets mis" })).toBeVisible();
  await expect(provider.getByRole("link", { name: "Vraag eerst een code aan." })).toBeVisible();
  await expect(provider.getByLabel("Code uit de e-mail (6 cijfers)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(provider);

  const start = new Date(Date.now() - 1000);
  await provider.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(provider.getByRole("status")).toHaveText("Wij hebben een code gestuurd. Hij is 10 minuten geldig.");
  const code = await latestCode(provider.request, ontvangerEmail, { after: start });
  await provider.getByLabel("Code uit de e-mail (6 cijfers)").fill(code);
  const [ontvangen] = await Promise.all([
    provider.waitForEvent("download"),
    provider.getByRole("button", { name: "Download de gegevens (ZIP)" }).click(),
  ]);
  expect(await zipNamen(await ontvangen.path())).toContain("manifest.json");
  await providerContext.close();

  // The client sees when the provider downloaded.
  await page.goto(`/mijn/verzoeken/${nummer}`);
  await expect(
    page.getByRole("region", { name: "Documenten en downloads" }).getByText(new RegExp(`^${ontvangerNaam} op `)),
  ).toBeVisible();
});

test("staff withhold a field of a care note; the partial refusal goes to the directie, whose letter names the ground but not the content", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const A = BERICHTEN.nl.achterhouding;
  const O = BERICHTEN.nl.ondertekening;
  const staffContext = await browser.newContext({ baseURL });
  const staff = await staffContext.newPage();
  const ik = await signInAsNewStaff(staff, { rol: "backoffice" });
  const { id, nummer, uniek } = await maakAchterhoudingVerzoek({ door: ik.medewerkerId });
  const geheim = `Zus vertelt over haar eigen schulden ${uniek}.`;

  await staff.goto(`/backoffice/verzoeken/${id}`);
  await staff.getByRole("link", { name: A.detailLink }).click();
  await expect(staff).toHaveURL(`/backoffice/verzoeken/${id}/pakket`);
  await expect(staff.getByText(A.geen)).toBeVisible();
  await expectNoAxeViolations(staff);

  // Withhold the field "zus" of the care note (the form is folded away: open it first).
  const titel = `Gespreksverslag ${uniek}`;
  const onderdeel = staff.getByRole("article", { name: new RegExp(titel) });
  await onderdeel.locator("summary", { hasText: A.formulierTitel(titel) }).click();
  await onderdeel.getByLabel(A.veldLabel).selectOption("zus");
  await onderdeel.getByLabel(A.gronden.rechten_en_vrijheden_anderen!).check();
  await onderdeel.getByLabel(A.toelichtingLabel).fill("Gaat over de schulden van de zus, niet over de cliënt.");
  await onderdeel.getByRole("button", { name: A.knop }).click();
  await expect(staff.getByRole("status")).toHaveText(A.gedaan.achterhouden!);
  await expect(staff.getByRole("row", { name: new RegExp(`${titel}.*zus`) })).toBeVisible();
  await expect(staff.getByRole("button", { name: A.ongedaanLabel(`${titel} – zus`) })).toBeVisible();
  await expectNoAxeViolations(staff);

  // The prefilled partial refusal goes to the directie.
  const concept = staff.getByRole("region", { name: A.conceptTitel });
  await expect(concept.getByLabel(A.gronden.rechten_en_vrijheden_anderen!)).toBeChecked();
  await expect(concept.getByLabel(A.motiveringLabel)).not.toBeEmpty();
  await concept.getByRole("button", { name: A.conceptKnop }).click();
  await expect(staff).toHaveURL(new RegExp(`/backoffice/verzoeken/${id}\\?gedaan=afwijzing$`));
  await expect(staff.getByRole("status")).toContainText(BERICHTEN.nl.behandeling.gedaan.afwijzing!);
  await staffContext.close();

  const directieContext = await browser.newContext({ baseURL });
  const directeur = await directieContext.newPage();
  await signInAsNewStaff(directeur, { rol: "directie" });
  await directeur.goto("/directie");
  await directeur.getByRole("link", { name: O.inbox.openen(nummer) }).click();
  const brief = directeur.getByRole("article");
  await expect(brief).toContainText("Wij wijzen uw verzoek voor een deel af.");
  await expect(brief).toContainText("Welke gegevens u niet krijgt");
  await expect(brief).toContainText(`het veld "zus" van "${titel}"`);
  await expect(brief).toContainText("gegevens over een ander");
  await expect(brief).not.toContainText(geheim);
  await directieContext.close();
});
