/**
 * The directie signs refusals with a passkey, end to end in a real browser with two virtual
 * authenticators: a backoffice member drafts a refusal on the request page; a director reads the
 * exact letter in /directie and signs it with a passkey (user verification); the client gets an
 * e-mail, reads the letter in /mijn and downloads the PDF (parsed back here). The drafter's own
 * attempt to sign is refused (a backoffice drafter has no access; a director who drafted sees why
 * and the service refuses). Sending a draft back needs a comment. Axe scans of every page added.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { extractText, getDocumentProxy } from "unpdf";
import { BERICHTEN } from "../../app/i18n/berichten";
import { maakMijnVerzoek } from "./support/fixtures";
import { latestCode, latestMail } from "./support/mailbox";
import { signInAsNewStaff, siteOrigin, type SignedInStaff } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const O = BERICHTEN.nl.ondertekening;
const B = BERICHTEN.nl.behandeling;

async function expectNoAxeViolations(page: Page, waar: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
  }));
  expect(summary, `${waar}: ${JSON.stringify(summary, null, 2)}`).toEqual([]);
}

function uniekAdres(naam: string): string {
  return `${naam}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@voorbeeld.example`;
}

/** The client signs in with an e-mail code and files a request (fixture maakMijnVerzoek). */
async function clientMetVerzoek(page: Page): Promise<{ email: string; nummer: string }> {
  const email = uniekAdres("besluit");
  await page.goto("/mijn");
  await page.getByLabel("E-mailadres").fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await page.getByLabel("Code van 6 cijfers").fill(await latestCode(page.request, email, { after: start }));
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  const { nummer } = await maakMijnVerzoek({ email, type: "inzage" });
  return { email, nummer };
}

async function staffPagina(
  browser: Browser,
  baseURL: string,
  rol: "backoffice" | "directie",
): Promise<{ page: Page; staff: SignedInStaff }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const staff = await signInAsNewStaff(page, { rol });
  return { page, staff };
}

const MOTIVERING = "In de verslagen staan gesprekken met uw broer. Die delen krijgt u niet te zien.";

/** On the request page: pick the request up and offer a refusal for signature. */
async function stelAfwijzingOp(staf: Page, nummer: string) {
  await staf.goto(`/backoffice?zoek=${nummer}`);
  await staf.getByRole("link", { name: nummer }).click();
  await expect(staf).toHaveURL(/\/backoffice\/verzoeken\/[0-9a-f-]{36}$/);
  await staf.getByRole("button", { name: B.acties.oppakkenKnop }).click();
  await expect(staf.getByRole("status")).toContainText(B.gedaan.oppakken!);
  // The refusal form is folded away (details/summary): open it first.
  const titel = staf.locator("summary", { hasText: B.acties.afwijzingTitel });
  // Before identity and dossier are done, deciding waits under "Meer acties" (the next step leads).
  if (!(await titel.isVisible())) await staf.locator("summary", { hasText: B.volgorde.meerActies }).click();
  await titel.click();
  // The form's own details (its parent), not the "Meer acties" details around it.
  const formulier = titel.locator("..");
  await formulier.getByLabel(B.acties.soorten.afwijzing!, { exact: true }).check();
  await formulier.getByLabel(B.gronden.rechten_en_vrijheden_anderen!).check();
  await formulier.getByLabel(B.acties.motiveringLabel).fill(MOTIVERING);
  await formulier.getByRole("button", { name: B.acties.afwijzingKnop }).click();
  await expect(staf.getByRole("status")).toContainText(B.gedaan.afwijzing!);
}

/** The draft of `nummer` in the directie inbox: its id from the link. */
async function conceptId(directeur: Page, nummer: string): Promise<string> {
  await directeur.goto("/directie");
  const link = directeur.getByRole("link", { name: O.inbox.openen(nummer) });
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  return href!.split("/").pop()!;
}

test.describe("the directie signs decisions", () => {
  test.describe.configure({ timeout: 240_000 });

  test("drafted refusal → director signs with a passkey → the client reads the letter and downloads the PDF", async ({
    page,
    browser,
    baseURL,
  }) => {
    const client = await clientMetVerzoek(page);
    const opsteller = await staffPagina(browser, baseURL!, "backoffice");
    await stelAfwijzingOp(opsteller.page, client.nummer);
    const verzoekId = new URL(opsteller.page.url()).pathname.split("/").pop()!;

    const directie = await staffPagina(browser, baseURL!, "directie");
    const d = directie.page;
    const besluitId = await conceptId(d, client.nummer);
    await expect(d).toHaveTitle(O.inbox.metaTitel);
    await expect(d.getByRole("heading", { level: 1, name: O.inbox.titel })).toBeVisible();
    // The directie sees at once how many decisions await their signature.
    await expect(d.getByText(/^Er (wacht 1 besluit|wachten \d+ besluiten) op uw handtekening\.$/)).toBeVisible();
    const regel = d.getByRole("listitem").filter({ hasText: client.nummer });
    await expect(regel).toContainText(O.soorten.afwijzing!);
    await expect(regel).toContainText(opsteller.staff.naam);
    await regel.getByText(O.inbox.toonBrief(client.nummer)).click();
    await expect(regel.getByRole("article")).toContainText(MOTIVERING);
    await expectNoAxeViolations(d, "directie-inbox met brief open");

    // The drafter (backoffice) cannot reach the signing page nor start a signature.
    const drafterPagina = await opsteller.page.goto(`/directie/besluiten/${besluitId}`);
    expect(drafterPagina?.status()).toBe(403);
    const poging = await opsteller.page.request.post(`/directie/besluiten/${besluitId}/ondertekenen`, {
      form: { besluitVersie: "1", verzoekVersie: "1" },
      headers: { Origin: siteOrigin() },
    });
    expect(poging.status()).toBe(403);

    // The director reads the exact letter: their own name as signer, today's date.
    await d.getByRole("link", { name: O.inbox.openen(client.nummer) }).click();
    await expect(d).toHaveURL(`/directie/besluiten/${besluitId}`);
    await expect(d.getByRole("heading", { level: 1 })).toHaveText(O.detail.titel(O.soorten.afwijzing!, client.nummer));
    const brief = d.getByRole("article");
    await expect(brief).toContainText(client.nummer);
    await expect(brief).toContainText("Wij wijzen uw verzoek af.");
    await expect(brief).toContainText(MOTIVERING);
    await expect(brief).toContainText(directie.staff.naam);
    await expectNoAxeViolations(d, "concept voor de directie");

    const start = new Date(Date.now() - 1000);
    await d.getByRole("button", { name: O.detail.ondertekenKnop }).click();
    await expect(d).toHaveURL(/\/directie\?ondertekend=/);
    const melding = d.getByRole("status");
    await expect(melding).toContainText(`Het besluit voor verzoek ${client.nummer} is ondertekend`);
    const code = /Verificatiecode: ([0-9A-F]{4}(?:-[0-9A-F]{4}){3})/.exec((await melding.textContent()) ?? "")?.[1];
    expect(code).toBeTruthy();
    await expect(d.getByRole("link", { name: O.inbox.openen(client.nummer) })).toHaveCount(0);
    await expectNoAxeViolations(d, "directie-inbox na ondertekenen");

    // The client is told by e-mail, without the content.
    const mail = await latestMail(page.request, client.email, { sjabloon: "besluit_klaar", after: start });
    expect(mail.onderwerp).toBe(`Ons besluit over uw verzoek ${client.nummer}`);
    expect(mail.tekst).toContain(`/mijn/verzoeken/${client.nummer}/besluit/${besluitId}`);
    expect(mail.tekst).not.toContain("broer");

    // The client finds the letter on the request page.
    await page.goto(`/mijn/verzoeken/${client.nummer}`);
    const brieven = page.getByRole("region", { name: BERICHTEN.nl.brieven.besluitenTitel });
    await brieven.getByRole("link").first().click();
    await expect(page).toHaveURL(`/mijn/verzoeken/${client.nummer}/besluit/${besluitId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(BERICHTEN.nl.brieven.titel(client.nummer));
    await expect(
      page.getByRole("heading", { level: 2, name: "Besluit op uw verzoek om inzage in uw gegevens" }),
    ).toBeVisible();
    const clientBrief = page.getByRole("article");
    await expect(clientBrief).toContainText(client.nummer);
    await expect(clientBrief).toContainText("In uw dossier staan ook gegevens over andere mensen.");
    await expect(clientBrief).toContainText(MOTIVERING);
    await expect(clientBrief).toContainText("Autoriteit Persoonsgegevens (artikel 77 AVG)");
    await expect(clientBrief).toContainText("artikel 35 Uitvoeringswet AVG");
    await expect(clientBrief).toContainText(directie.staff.naam);
    await expect(clientBrief).toContainText(`Verificatiecode: ${code}`);
    await expectNoAxeViolations(page, "brief voor de cliënt");
    // In English the page changes language; the signed letter keeps its own (WCAG 3.1.2).
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(BERICHTEN.en.brieven.titel(client.nummer));
    await expect(page.getByRole("article")).toHaveAttribute("lang", "nl");
    await expectNoAxeViolations(page, "brief voor de cliënt, pagina in het Engels");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");

    // ... and downloads it as PDF: the same letter.
    const downloadEvent = page.waitForEvent("download");
    await page.getByRole("link", { name: BERICHTEN.nl.brieven.pdfLink }).click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^besluit-${client.nummer}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const pdf = text.replace(/\s+/g, " ");
    expect(pdf).toContain(client.nummer);
    expect(pdf).toContain("In uw dossier staan ook gegevens over andere mensen.");
    expect(pdf).toContain("art. 15 lid 4 en art. 23 lid 1 sub i AVG");
    expect(pdf).toContain("Autoriteit Persoonsgegevens (artikel 77 AVG)");
    expect(pdf).toContain("artikel 79 AVG");
    expect(pdf).toContain(directie.staff.naam);
    expect(pdf).toContain(`Verificatiecode: ${code}`);

    // Staff download the same PDF from the request page, to print and post it (a client who wrote by letter).
    const staf = opsteller.page;
    await staf.goto(`/backoffice/verzoeken/${verzoekId}`);
    // The request page says who signed what, and when.
    const besluitenRegio = staf.getByRole("region", { name: B.besluiten.titel });
    await expect(besluitenRegio).toContainText(
      new RegExp(
        `Afwijzing ondertekend door ${directie.staff.naam} \\(directie\\) op \\w+ \\d{1,2} \\w+ \\d{4} om \\d{2}:\\d{2}\\.`,
      ),
    );
    await expectNoAxeViolations(staf, "verzoek na ondertekenen");
    const stafDownloadEvent = staf.waitForEvent("download");
    await staf.getByRole("link", { name: BERICHTEN.nl.besluitPdf.link }).click();
    const stafDownload = await stafDownloadEvent;
    expect(stafDownload.suggestedFilename()).toBe(download.suggestedFilename());
    const stafBytes = new Uint8Array(await readFile((await stafDownload.path())!));
    expect(Buffer.from(stafBytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const stafPdf = (await extractText(await getDocumentProxy(stafBytes), { mergePages: true })).text.replace(
      /\s+/g,
      " ",
    );
    expect(stafPdf).toContain(`Verificatiecode: ${code}`);

    // Someone without a session gets no letter.
    const anoniem = await browser.newContext({ baseURL });
    const zonderSessie = await anoniem.request.get(`/mijn/verzoeken/${client.nummer}/besluit/${besluitId}.pdf`, {
      maxRedirects: 0,
    });
    expect(zonderSessie.status()).toBe(302);
    const stafZonderSessie = await anoniem.request.get(`/backoffice/verzoeken/${verzoekId}/besluit/${besluitId}.pdf`, {
      maxRedirects: 0,
    });
    expect(stafZonderSessie.status()).toBe(302);
    await anoniem.close();
    await opsteller.page.context().close();
    await d.context().close();
  });

  test("a director who drafted cannot sign; a draft is sent back only with a comment", async ({
    page,
    browser,
    baseURL,
  }) => {
    const client = await clientMetVerzoek(page);
    // A director drafts (the directie may handle requests too).
    const opsteller = await staffPagina(browser, baseURL!, "directie");
    await stelAfwijzingOp(opsteller.page, client.nummer);
    const besluitId = await conceptId(opsteller.page, client.nummer);
    await expect(opsteller.page.getByRole("listitem").filter({ hasText: client.nummer })).toContainText(
      O.inbox.zelfOpgesteld,
    );

    // Four eyes: the page explains, there is no sign button, and the service refuses.
    await opsteller.page.goto(`/directie/besluiten/${besluitId}`);
    const ondertekenen = opsteller.page.getByRole("region", { name: O.detail.ondertekenTitel });
    await expect(ondertekenen).toContainText(O.fouten.opsteller_mag_niet_ondertekenen!);
    await expect(opsteller.page.getByRole("button", { name: O.detail.ondertekenKnop })).toHaveCount(0);
    await expectNoAxeViolations(opsteller.page, "eigen concept");
    const poging = await opsteller.page.request.post(`/directie/besluiten/${besluitId}/ondertekenen`, {
      form: { besluitVersie: "1", verzoekVersie: "3" },
      headers: { Origin: siteOrigin() },
    });
    expect(poging.status()).toBe(403);
    expect(((await poging.json()) as { code: string }).code).toBe("opsteller_mag_niet_ondertekenen");

    // Another director sends it back; an empty comment is refused with a linked message.
    const directie = await staffPagina(browser, baseURL!, "directie");
    const d = directie.page;
    await d.goto(`/directie/besluiten/${besluitId}`);
    const terug = d.getByRole("region", { name: O.detail.terugTitel });
    await terug.getByRole("button", { name: O.detail.terugKnop }).click();
    const veld = terug.getByLabel(O.detail.opmerkingLabel);
    await expect(veld).toHaveAttribute("aria-invalid", "true");
    await expect(terug.locator(".foutoverzicht")).toContainText(O.fouten.opmerking_verplicht!);
    await expectNoAxeViolations(d, "terugsturen zonder opmerking");
    await veld.fill("Noem ook welke verslagen het betreft.");
    await terug.getByRole("button", { name: O.detail.terugKnop }).click();
    await expect(d).toHaveURL(/\/directie\?teruggestuurd=/);
    await expect(d.getByRole("status")).toContainText(O.meldingen.teruggestuurd(client.nummer));
    await expect(d.getByRole("link", { name: O.inbox.openen(client.nummer) })).toHaveCount(0);

    // The request is back with the drafter; the client got no letter.
    await page.goto(`/mijn/verzoeken/${client.nummer}`);
    await expect(page.getByRole("region", { name: BERICHTEN.nl.brieven.besluitenTitel })).toHaveCount(0);
    await opsteller.page.context().close();
    await d.context().close();
  });
});
