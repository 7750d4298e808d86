/**
 * Issue 16 "Guided", the client and representative items, in a real browser: the wizard's errors
 * speak to "you" when filing for oneself (13), a date of birth with text after it is refused (15),
 * one shown and enforced limit for long texts in the wizard and in messages (16), the check step's
 * buttons say what they change (12), focus on the confirmation after sending with the keyboard
 * (17), one sentence for our promise and the law's limit (11), /mijn link names without a stray
 * comma (17), a short complaints line in the footer with a complaints page (18), an honest message
 * when a new code is asked too soon (14), and a passkey on another address than PUBLIC_URL (19).
 * Axe scans on the pages this touches; the complaints page also at 390 px and without JavaScript.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { amsterdamDate } from "../../app/domain/calendar";
import { requestDeadlines } from "../../app/domain/deadlines";
import { TEKSTLIMIET } from "../../app/domain/tekstlimieten";
import { BERICHTEN } from "../../app/i18n/berichten";
import { formatDatum } from "../../app/i18n/taal";
import { latestCode } from "./support/mailbox";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page, waar: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  expect(summary, `${waar}: ${JSON.stringify(summary, null, 2)}`).toEqual([]);
}

function uniekAdres(naam: string): string {
  return `${naam}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@voorbeeld.example`;
}

const V = BERICHTEN.nl.verzoek;
const L = BERICHTEN.nl.layout;

async function vraagWizardCode(page: Page, email: string): Promise<Date> {
  await page.goto("/verzoek");
  await page.getByLabel(BERICHTEN.nl.aanmelden.emailLabel).fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeVersturen }).click();
  await expect(page.getByRole("heading", { level: 1, name: BERICHTEN.nl.aanmelden.codeTitel })).toBeVisible();
  return start;
}

test.describe("guided client journeys (issue 16)", () => {
  test.describe.configure({ timeout: 180_000 });

  test("filing for oneself: plain errors, a refused date with text after it, one text limit, clear change buttons, focus on the receipt, one sentence for the dates", async ({
    page,
    request,
  }) => {
    const email = uniekAdres("gids");
    const start = await vraagWizardCode(page, email);
    await page.getByLabel(BERICHTEN.nl.aanmelden.codeLabel).fill(await latestCode(request, email, { after: start }));
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
    await page.getByLabel(V.voorMijzelf, { exact: true }).check();
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: V.betrokkeneZelfTitel })).toBeVisible();

    // 13: the label says "Uw naam", so the error says "Vul uw naam in.".
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    const overzicht = page.locator("#foutoverzicht");
    await expect(overzicht.getByRole("link", { name: "Vul uw naam in." })).toBeVisible();
    await expect(overzicht).not.toContainText("de persoon om wie het gaat");

    // 15: text after the date is not cut off silently: the usual message.
    await page.getByLabel(V.naamZelf, { exact: true }).fill("Jorien Testpersoon");
    const datum = page.getByLabel(V.geboortedatumZelf, { exact: true });
    await datum.fill("1988-04-21'; select 1");
    await expect(datum).toHaveValue("1988-04-21'; select 1");
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await expect(
      overzicht.getByRole("link", { name: BERICHTEN.nl.intakeFouten.fouten.geboortedatum_ongeldig }),
    ).toBeVisible();
    await page.getByLabel(V.geboortedatumZelf, { exact: true }).fill("21-04-1988");
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await page.getByLabel(BERICHTEN.nl.rechten.afscherming.naam, { exact: true }).check();
    await page.getByRole("button", { name: V.volgende, exact: true }).click();

    // 16: a long text shows its limit and the form and the server hold the same one.
    const wat = page.getByLabel(V.afschermingWat);
    await expect(wat).toHaveAttribute("maxlength", String(TEKSTLIMIET.lang));
    await expect(page.getByText(`Maximaal ${TEKSTLIMIET.lang} tekens.`).first()).toBeVisible();
    await wat.evaluate((el) => el.removeAttribute("maxlength"));
    await wat.fill("a".repeat(TEKSTLIMIET.lang + 1));
    await page.getByLabel(V.afschermingWaarom, { exact: true }).fill("Ik betwist wat erin staat.");
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await expect(
      overzicht.getByRole("link", { name: `Deze tekst mag niet langer zijn dan ${TEKSTLIMIET.lang} tekens.` }),
    ).toBeVisible();
    // Exactly the limit, with line breaks (a browser sends CRLF, and counts it as one): accepted.
    await page.getByLabel(V.afschermingWat).fill(`${"b".repeat(TEKSTLIMIET.lang - 3)}\n\nc`);
    await page.getByRole("button", { name: V.volgende, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: V.stappen.controle })).toBeVisible();

    // 12: every change button says what it changes; no two alike.
    const knoppen = page.getByRole("button", { name: /^(Wijzig|Kies een ander)/ });
    const namen = await knoppen.allInnerTexts();
    expect(namen).toEqual([V.wijzigKnop.wie, V.wijzigKnop.betrokkeneZelf, V.wijzigKnop.recht, V.wijzigKnop.details]);
    expect(new Set(namen).size).toBe(namen.length);
    await expectNoAxeViolations(page, "controlestap");

    // 17: sent with the keyboard, the focus lands on the confirmation heading.
    await page.getByRole("button", { name: V.versturen }).focus();
    await page.keyboard.press("Enter");
    const kop = page.getByRole("heading", { level: 1, name: BERICHTEN.nl.ontvangst.ontvangenTitel });
    await expect(kop).toBeVisible();
    await expect(kop).toBeFocused();

    // 11: one sentence: our promise is the answer, the law's limit the backstop.
    const vandaag = amsterdamDate(new Date());
    const termijnen = requestDeadlines({ type: "afscherming", receivedOn: vandaag });
    const zin = BERICHTEN.nl.ontvangst.termijnZin(
      formatDatum(termijnen.target, "nl"),
      formatDatum(termijnen.legalLimit, "nl"),
    );
    await expect(page.getByRole("main").locator("p.ontvangen-termijn")).toHaveText(zin);
    await expect(page.getByRole("main")).not.toContainText("De wet (AVG) geeft ons tot en met");
    await expectNoAxeViolations(page, "ontvangen");
    const nummer = page.url().split("/").pop()!;

    // 17: the /mijn link reads "Afscherming, AVG-…", no space before the comma.
    await page.goto("/mijn");
    const link = page.getByRole("link", { name: new RegExp(nummer) });
    await expect(link).toHaveAccessibleName(`${BERICHTEN.nl.rechten.afscherming.naam}, ${nummer}`);
    await expectNoAxeViolations(page, "mijn");

    // 11 and 16 on the status page: the same sentence; a message has the same limit as the wizard.
    await link.click();
    await expect(page.locator("p.mijn-termijn")).toHaveText(zin);
    await page.getByRole("link", { name: BERICHTEN.nl.mijn.berichtLink }).click();
    await expect(page.getByLabel(BERICHTEN.nl.mijn.berichtLabel)).toHaveAttribute(
      "maxlength",
      String(TEKSTLIMIET.lang),
    );
    await expect(page.getByText(BERICHTEN.nl.mijn.berichtHint)).toContainText(`Maximaal ${TEKSTLIMIET.lang} tekens.`);
  });

  test("18: the footer has a short complaints line and a link to the complaints page (also at 390 px and without JavaScript)", async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto("/");
    const voet = page.getByRole("contentinfo");
    const klacht = voet.getByRole("region", { name: L.klachten });
    await expect(klacht).toHaveText(`${L.klachten}${L.klachtenKort}${L.klachtenLink}`);
    await klacht.getByRole("link", { name: L.klachtenLink }).click();
    await expect(page).toHaveURL(/\/klachten$/);
    const K = BERICHTEN.nl.klachtenPagina;
    await expect(page.getByRole("heading", { level: 1, name: K.titel })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: BERICHTEN.nl.home.apTitel })).toBeVisible();
    await expect(main.getByRole("heading", { level: 2, name: BERICHTEN.nl.home.klachtenrouteTitel })).toBeVisible();
    await expect(main.getByRole("link", { name: "autoriteitpersoonsgegevens.nl" })).toHaveAttribute(
      "href",
      "https://autoriteitpersoonsgegevens.nl",
    );
    await expectNoAxeViolations(page, "klachten");

    await page.setViewportSize({ width: 390, height: 844 });
    for (const pad of ["/", "/klachten"]) {
      await page.goto(pad);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pad).toBeLessThanOrEqual(390);
    }
    await expectNoAxeViolations(page, "klachten 390 px");

    const zonderJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const p = await zonderJs.newPage();
    await p.goto("/verzoek");
    await p.getByRole("contentinfo").getByRole("link", { name: L.klachtenLink }).click();
    await expect(p.getByRole("heading", { level: 1, name: K.titel })).toBeVisible();
    await zonderJs.close();
  });

  test("14: asking for a new code too soon says that nothing was sent, whether the last code still works, and when to ask again", async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    const email = uniekAdres("codes");
    const start = await vraagWizardCode(page, email);
    const code = await latestCode(request, email, { after: start });

    // Again within the minute (a second try with the same address): nothing sent, the code still works.
    await page.getByRole("link", { name: BERICHTEN.nl.aanmelden.anderAdres }).click();
    await page.getByLabel(BERICHTEN.nl.aanmelden.emailLabel).fill(email);
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeVersturen }).click();
    const melding = page.getByRole("alert");
    await expect(melding).toContainText(
      "Wij hebben nu geen nieuwe code gestuurd, want u kreeg er net al een. Die code werkt nog",
    );
    await expect(melding).toContainText(/Een nieuwe code kunt u over \d+ seconden vragen\./);
    await expect(page.getByText(BERICHTEN.nl.aanmelden.codeIntro(email))).toHaveCount(0);
    await expectNoAxeViolations(page, "code te snel");
    await page.getByLabel(BERICHTEN.nl.aanmelden.codeLabel).fill(code);
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
    await expect(page.getByRole("heading", { level: 1, name: V.stappen.wie })).toBeVisible();

    // The code is used; signing in within the minute: nothing sent, and no valid code to enter.
    const ander = await browser.newContext({ baseURL });
    const p = await ander.newPage();
    await p.goto("/inloggen");
    await p.getByLabel("E-mailadres").fill(email);
    await p.getByRole("button", { name: "Stuur mij een code" }).click();
    const wacht = p.getByRole("alert");
    await expect(wacht).toContainText("Die code is al gebruikt of werkt niet meer.");
    await expect(wacht).toContainText(/Over \d+ seconden kunt u een nieuwe code vragen\./);
    await expect(p.getByRole("link", { name: BERICHTEN.nl.inloggen.codeInvullen })).toHaveCount(0);
    await ander.close();
  });

  test("19: a passkey on another address than the portal's says which address to use", async ({ browser, baseURL }) => {
    const portaal = new URL(baseURL!);
    // The same server under another name: the browser would refuse the portal's passkeys here.
    const ander = await browser.newContext({ baseURL: `${portaal.protocol}//127.0.0.1:${portaal.port}` });
    const page = await ander.newPage();
    await page.goto("/inloggen");
    await page.getByRole("button", { name: BERICHTEN.nl.inloggen.passkeyKnop }).click();
    await expect(page.getByRole("alert")).toHaveText(BERICHTEN.nl.passkeyAdres(portaal.origin));
    await expect(page.getByRole("alert")).not.toContainText("Probeer het opnieuw, of log in met een code");
    await ander.close();
  });
});
