/**
 * The backoffice request page in a real browser, end to end: a client files an inzage through the
 * wizard; a staff member (signed in with a passkey via the invitation) opens it from the queue,
 * picks it up, records a legitimation check, asks a question (the clock stops); the client answers
 * in /mijn; the deadline moved by the paused days; staff grant the request; the client sees the
 * new status. Also: a stale page is refused with the reload message, manual registration with the
 * real receipt date, the per-request access log; axe scans of each page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addDays, amsterdamDate } from "../../app/domain/calendar";
import { requestDeadlines } from "../../app/domain/deadlines";
import { BERICHTEN } from "../../app/i18n/berichten";
import { formatDatum } from "../../app/i18n/taal";
import { latestCode, latestMail } from "./support/mailbox";
import { dateerVerzoekTerug } from "./support/terugdateren";
import { signInAsNewStaff, siteOrigin } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const V = BERICHTEN.nl.verzoek;
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

/** A client files an inzage for themselves through the real wizard; returns the request number. */
async function dienInzageIn(page: Page, email: string, naam: string): Promise<string> {
  await page.goto("/verzoek");
  await page.getByLabel(BERICHTEN.nl.aanmelden.emailLabel).fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeVersturen }).click();
  await expect(page.getByRole("heading", { level: 1, name: BERICHTEN.nl.aanmelden.codeTitel })).toBeVisible();
  await page.getByLabel(BERICHTEN.nl.aanmelden.codeLabel).fill(await latestCode(page.request, email, { after: start }));
  await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
  await expect(page.getByRole("heading", { level: 1, name: V.stappen.wie })).toBeVisible();
  await page.getByLabel(V.voorMijzelf, { exact: true }).check();
  await page.getByRole("button", { name: V.volgende, exact: true }).click();
  await page.getByLabel(V.naamZelf, { exact: true }).fill(naam);
  await page.getByLabel(V.geboortedatumZelf, { exact: true }).fill("21-04-1988");
  await page.getByRole("button", { name: V.volgende, exact: true }).click();
  await page.getByLabel("Inzage", { exact: true }).check();
  await page.getByRole("button", { name: V.volgende, exact: true }).click();
  await page.getByLabel(V.inzageAfschriftJa).check();
  await page.getByRole("button", { name: V.volgende, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: V.stappen.controle })).toBeVisible();
  await page.getByRole("button", { name: V.versturen }).click();
  await expect(page.getByRole("heading", { level: 1, name: BERICHTEN.nl.ontvangst.ontvangenTitel })).toBeVisible();
  return page.url().split("/").pop()!;
}

/** A separate browser context for the staff member (the client keeps their own session). */
async function staffPagina(
  browser: Browser,
  baseURL: string,
  rol: "backoffice" | "directie" = "backoffice",
): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAsNewStaff(page, { rol });
  return page;
}

function gegeven(page: Page, term: string) {
  const letterlijk = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page
    .locator(".gegevens div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${letterlijk}$`) }) })
    .locator("dd");
}

test.describe("the backoffice request page", () => {
  test.describe.configure({ timeout: 300_000 });

  test("staff handle an inzage: legitimation, a question that pauses the clock, the answer, a grant", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = uniekAdres("behandeling");
    const naam = `Jorien Behandeltest ${Date.now().toString(36)}`;
    const nummer = await dienInzageIn(page, email, naam);

    // Staff open the queue and the request.
    const staf = await staffPagina(browser, baseURL!);
    await staf.goto(`/backoffice?zoek=${nummer}`);
    await staf.getByRole("link", { name: nummer }).click();
    await expect(staf).toHaveURL(/\/backoffice\/verzoeken\/[0-9a-f-]{36}$/);
    const detailUrl = staf.url();
    await expect(staf).toHaveTitle(`Verzoek ${nummer} – Backoffice – Rechtenloket`);
    await expect(staf.getByRole("heading", { level: 1, name: `Verzoek ${nummer}` })).toBeVisible();
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("Nieuw, nog niet opgepakt");
    await expect(gegeven(staf, B.overzicht.identiteit)).toHaveText(B.overzicht.identiteiten.eigen_adres!);
    const vandaag = amsterdamDate(new Date());
    await expect(gegeven(staf, B.termijnen.doel)).toHaveText(
      formatDatum(requestDeadlines({ type: "inzage", receivedOn: vandaag }).target, "nl"),
    );
    await expect(staf.getByRole("region", { name: B.persoon.titel })).toContainText(naam);
    await expectNoAxeViolations(staf, "detailpagina nieuw");

    await staf.getByRole("button", { name: B.acties.oppakkenKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.oppakken!);
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("In behandeling");

    // The page leads with the next step in the natural order: 1 identity. Deciding and the other
    // actions wait under "Meer acties" (folded, works without JavaScript).
    const volgende = staf.getByRole("region", { name: B.volgorde.titel });
    await expect(volgende).toContainText(B.volgorde.uitleg.identiteit!);
    await expect(volgende.locator('[aria-current="step"]')).toContainText(B.volgorde.stappen.identiteit!);
    await expect(staf.locator("summary", { hasText: B.acties.afwijzingTitel })).toBeHidden();
    await expect(staf.locator("summary", { hasText: B.acties.intrekkenTitel })).toBeHidden();
    await expect(staf.locator("summary", { hasText: B.volgorde.meerActies })).toBeVisible();
    await expectNoAxeViolations(staf, "detailpagina stap 1");

    // Legitimation: a whole number is refused with a specific message, linked from the summary.
    const legitimatie = staf.getByRole("region", { name: B.identiteit.legitimatieTitel });
    await legitimatie.getByLabel(B.identiteit.wijzen.persoonlijk!).check();
    await legitimatie.getByLabel(B.identiteit.documentTypeLabel).selectOption("paspoort");
    await legitimatie.getByLabel(B.identiteit.laatsteVierLabel).fill("12345");
    await legitimatie.getByRole("button", { name: B.identiteit.legitimatieKnop }).click();
    const vier = legitimatie.getByLabel(B.identiteit.laatsteVierLabel);
    await expect(vier).toHaveAttribute("aria-invalid", "true");
    await expect(vier).toHaveAccessibleDescription(new RegExp(B.fouten.laatste_vier_te_lang.slice(0, 40)));
    await expect(legitimatie.locator(".foutoverzicht")).toContainText(B.fouten.laatste_vier_te_lang);
    await expectNoAxeViolations(staf, "legitimatie met fout");
    await vier.fill("X4B2");
    await legitimatie.getByRole("button", { name: B.identiteit.legitimatieKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.legitimatie!);
    await expect(gegeven(staf, B.overzicht.identiteit)).toHaveText(B.overzicht.identiteiten.gelegitimeerd!);
    await expect(staf.getByRole("table", { name: B.identiteit.caption })).toContainText(
      "Paspoort, nummer eindigt op X4B2",
    );

    // Step 2: the client's dossier. Granting before it is linked is refused, with the reason.
    await expect(volgende).toContainText(B.volgorde.uitleg.koppelen!);
    await expect(staf.getByRole("button", { name: B.acties.toewijzingKnop })).toHaveCount(0);
    await staf.locator("summary", { hasText: B.volgorde.meerActies }).click();
    await expect(staf.locator("details.meer-acties")).toContainText(B.fouten.geen_dossier);
    const versie = await staf.locator('form input[name="versie"]').first().inputValue();
    const vooruit = await staf.request.post(detailUrl, {
      form: { intent: "toewijzing", versie, type: "inzage" },
      headers: { Origin: siteOrigin() },
    });
    expect(vooruit.status()).toBe(400);
    await staf.reload();
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("In behandeling");
    await volgende.getByRole("link", { name: B.volgorde.naarKoppeling }).click();
    await staf.getByRole("button", { name: B.koppeling.koppelKnop("DL-1001") }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.koppelen!);
    // Step 3: decide. The grant now leads.
    await expect(volgende).toContainText(B.volgorde.uitleg.besluiten!);
    await expect(staf.getByRole("button", { name: B.acties.toewijzingKnop })).toBeVisible();

    // A question stops the clock.
    const vraag = "Over welke jaren wilt u uw gegevens zien?";
    await staf.getByLabel(B.berichten.vraagLabel).fill(vraag);
    await staf.getByRole("button", { name: B.berichten.vraagKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.vraag_stellen!);
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("Wacht op cliënt (termijn staat stil)");
    await expect(staf.getByRole("region", { name: B.termijnen.titel })).toContainText("De klok staat stil sinds");
    const melding = await latestMail(page.request, email, { sjabloon: "nieuw_bericht" });
    expect(melding.tekst).not.toContain("welke jaren");

    // A browser test runs within one day: let the request be received 14 days ago, the question 7.
    await dateerVerzoekTerug({ nummer, ontvangenDagenGeleden: 14, pauzeDagenGeleden: 7 });

    // The client answers in /mijn: the clock runs again.
    await page.goto(`/mijn/verzoeken/${nummer}`);
    await expect(page.getByRole("region", { name: "Wij wachten op uw antwoord" })).toContainText(vraag);
    await page.getByRole("link", { name: "Uw antwoord sturen" }).first().click();
    await page.getByRole("textbox", { name: "Uw antwoord" }).fill("De jaren 2024 en 2025.");
    await page.getByRole("button", { name: "Antwoord versturen" }).click();
    await expect(page.getByRole("status")).toContainText("De termijn loopt weer");

    // The deadline moved by the 7 paused days.
    const ontvangen = addDays(vandaag, -14);
    const zonderPauze = requestDeadlines({ type: "inzage", receivedOn: ontvangen });
    const metPauze = requestDeadlines({
      type: "inzage",
      receivedOn: ontvangen,
      pauses: [{ from: addDays(vandaag, -7), until: vandaag }],
    });
    expect(metPauze.pausedDays).toBe(7);
    expect(metPauze.target).not.toBe(zonderPauze.target);
    await staf.goto(detailUrl);
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("In behandeling");
    await expect(gegeven(staf, B.termijnen.gepauzeerd)).toHaveText("7 dagen");
    await expect(gegeven(staf, B.termijnen.doel)).toHaveText(formatDatum(metPauze.target, "nl"));
    await expect(gegeven(staf, B.termijnen.wettelijk)).toHaveText(formatDatum(metPauze.legalLimit, "nl"));
    const berichten = staf.getByRole("region", { name: B.berichten.titel });
    await expect(berichten).toContainText("De jaren 2024 en 2025.");
    await expect(staf.getByRole("region", { name: B.tijdlijn.titel })).toContainText(
      B.tijdlijn.soorten.antwoord_ontvangen!,
    );
    await expect(page.getByRole("main")).toContainText(
      BERICHTEN.nl.ontvangst.termijnZin(formatDatum(metPauze.target, "nl"), formatDatum(metPauze.legalLimit, "nl")),
    );

    // Grant.
    await staf.getByRole("button", { name: B.acties.toewijzingKnop }).click();
    await expect(staf.getByRole("status")).toContainText(B.gedaan.toewijzing!);
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("Besloten, in uitvoering");
    await expect(staf.getByRole("region", { name: B.besluiten.titel })).toContainText("Inwilliging: Verzonden");
    await expectNoAxeViolations(staf, "detailpagina in uitvoering");

    // The client sees the new status, and got an e-mail about it.
    await page.goto("/mijn");
    await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: nummer })).toContainText(
      "Wij hebben een besluit genomen. Wij voeren het nu uit.",
    );
    const statusMail = await latestMail(page.request, email, { sjabloon: "status_gewijzigd" });
    expect(statusMail.onderwerp).toBe(`Uw verzoek ${nummer} is gewijzigd`);

    // The access log of the request: who did what, in which role.
    await staf.goto(detailUrl);
    await staf.getByRole("link", { name: B.auditLink }).click();
    await expect(staf.getByRole("heading", { level: 1, name: B.audit.titel(nummer) })).toBeVisible();
    const log = staf.getByRole("table");
    await expect(log.getByRole("row").filter({ hasText: B.audit.acties["identiteit.gelegitimeerd"]! })).toContainText(
      "Backoffice",
    );
    await expect(log.getByRole("row").filter({ hasText: B.audit.acties["verzoek.ingediend"]! })).toContainText(
      "Betrokkene",
    );
    await expectNoAxeViolations(staf, "toegangslogboek");
    // The whole-chain check reads the whole log: the directie runs it.
    await expect(staf.getByRole("button", { name: B.audit.ketenKnop })).toHaveCount(0);
    await expect(staf.getByRole("region", { name: B.audit.ketenTitel })).toContainText(B.audit.ketenAlleenDirectie);
    const auditUrl = staf.url();
    await staf.context().close();
    const directie = await staffPagina(browser, baseURL!, "directie");
    await directie.goto(auditUrl);
    await directie.getByRole("button", { name: B.audit.ketenKnop }).click();
    await expect(directie.getByRole("status")).toContainText("Het hele logboek is ongeschonden");
    await expectNoAxeViolations(directie, "toegangslogboek met keten");
    await directie.context().close();
  });

  test("a page that is out of date is refused with the reload message, and nothing changes", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = uniekAdres("verouderd");
    const nummer = await dienInzageIn(page, email, "Kim Verouderd");
    const staf = await staffPagina(browser, baseURL!);
    await staf.goto(`/backoffice?zoek=${nummer}`);
    await staf.getByRole("link", { name: nummer }).click();
    await expect(staf).toHaveURL(/\/backoffice\/verzoeken\/[0-9a-f-]{36}$/);
    const tweede = await staf.context().newPage();
    await tweede.goto(staf.url());
    await tweede.locator("summary", { hasText: B.berichten.notitieTitel }).click();
    await tweede
      .getByRole("textbox", { name: B.berichten.notitieLabel, exact: true })
      .fill("Eerst navragen bij de zorgverlener.");
    await tweede.getByRole("button", { name: B.berichten.notitieKnop }).click();
    await expect(tweede.getByRole("status")).toContainText(B.gedaan.notitie!);

    await staf.getByRole("button", { name: B.acties.oppakkenKnop }).click();
    const alert = staf.getByRole("region", { name: B.acties.oppakkenTitel }).getByRole("alert");
    await expect(alert).toContainText("Dit verzoek is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    await expectNoAxeViolations(staf, "conflict");
    await alert.getByRole("link", { name: B.herladen }).click();
    await expect(gegeven(staf, B.overzicht.status)).toHaveText("Nieuw, nog niet opgepakt");
    await expect(staf.getByRole("region", { name: B.berichten.titel })).toContainText(
      "Eerst navragen bij de zorgverlener.",
    );
    await staf.context().close();
  });

  test("a letter is registered with its real receipt date; bad input is refused per field", async ({
    browser,
    baseURL,
  }) => {
    const staf = await staffPagina(browser, baseURL!);
    await staf.goto("/backoffice");
    await staf
      .getByRole("navigation", { name: "Backoffice" })
      .getByRole("link", { name: "Nieuw verzoek registreren" })
      .click();
    await expect(staf).toHaveURL(/\/backoffice\/registreren$/);
    const R = B.registratie;
    await expect(staf.getByRole("heading", { level: 1, name: R.titel })).toBeVisible();
    await expectNoAxeViolations(staf, "registratie leeg");

    const vandaag = amsterdamDate(new Date());
    const morgen = addDays(vandaag, 1);
    const nl = (iso: string) => iso.split("-").reverse().join("-");
    await staf.getByLabel(R.kanalen.brief!).check();
    await staf.getByLabel(R.ontvangenOpLabel).fill(nl(morgen));
    await staf.getByRole("button", { name: R.knop }).click();
    const overzicht = staf.locator("#foutoverzicht");
    await expect(overzicht).toContainText(B.fouten.ontvangen_op_toekomst);
    await expect(overzicht).toContainText(BERICHTEN.nl.intakeFouten.fouten.betrokkene_naam_verplicht);
    await expect(staf.getByLabel(R.ontvangenOpLabel)).toHaveAttribute("aria-invalid", "true");
    await expect(staf.getByLabel(R.kanalen.brief!)).toBeChecked();
    await expectNoAxeViolations(staf, "registratie met fouten");

    const ontvangen = addDays(vandaag, -3);
    const email = uniekAdres("brief");
    await staf.getByLabel(R.ontvangenOpLabel).fill(nl(ontvangen));
    await staf.getByLabel(R.zelf, { exact: true }).check();
    await staf.getByLabel(R.contactEmailLabel).fill(email);
    await staf.getByLabel(R.naamLabel).fill("Bert Briefschrijver");
    await staf.getByLabel(R.geboortedatumLabel).fill("03-09-1975");
    await staf.getByLabel("Inzage", { exact: true }).check();
    await staf.getByLabel(R.afschriftJa).check();
    await staf.getByRole("button", { name: R.knop }).click();

    await expect(staf).toHaveURL(/\/backoffice\/verzoeken\/[0-9a-f-]{36}\?gedaan=geregistreerd$/);
    await expect(staf.getByRole("status")).toContainText(B.gedaan.geregistreerd!);
    const termijnen = requestDeadlines({ type: "inzage", receivedOn: ontvangen });
    await expect(gegeven(staf, B.overzicht.kanaal)).toHaveText("Brief");
    await expect(gegeven(staf, B.overzicht.ontvangenOp)).toHaveText(formatDatum(ontvangen, "nl"));
    await expect(gegeven(staf, B.termijnen.doel)).toHaveText(formatDatum(termijnen.target, "nl"));
    await expect(gegeven(staf, B.overzicht.identiteit)).toHaveText(B.overzicht.identiteiten.geen!);
    // A grant waits for the identity check.
    await staf.getByRole("button", { name: B.acties.oppakkenKnop }).click();
    await expect(staf.getByRole("region", { name: B.acties.titel })).toContainText(
      B.acties.geblokkeerd.identiteit_onbevestigd!,
    );
    const nummer = (await staf.getByRole("heading", { level: 1 }).textContent())!.replace("Verzoek ", "");
    const bevestiging = await latestMail(staf.request, email, { sjabloon: "verzoek_ontvangen" });
    expect(bevestiging.onderwerp).toBe(`Wij hebben uw verzoek ontvangen (${nummer})`);
    expect(bevestiging.tekst).toContain(formatDatum(termijnen.target, "nl"));
    await staf.context().close();
  });
});
