/**
 * The request wizard (/verzoek) in a real browser: e-mail first (code from the outbox), each of the
 * seven rights end to end, parents filing for children of 9 and 14, a parent of a 17-year-old
 * refused with the reason, five wrong codes, the wizard without JavaScript, a double submit,
 * a phone-size run, and axe scans of every wizard page in Dutch and English.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { amsterdamDate } from "../../app/domain/calendar";
import { requestDeadlines } from "../../app/domain/deadlines";
import type { Verzoektype } from "../../app/domain/request-types";
import { BERICHTEN } from "../../app/i18n/berichten";
import { formatDatum, type Taal } from "../../app/i18n/taal";
import { latestCode, latestMail } from "./support/mailbox";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

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

/** A fresh, fictional address per test (RFC 2606 ".example": no mail can reach anyone). */
function uniekAdres(naam: string): string {
  return `${naam}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@voorbeeld.example`;
}

const V = { nl: BERICHTEN.nl.verzoek, en: BERICHTEN.en.verzoek };
const RECHT = { nl: BERICHTEN.nl.rechten, en: BERICHTEN.en.rechten };

/** The e-mail step and the code step: signs the visitor in; ends on "Who is the request for?". */
async function meldAan(
  page: Page,
  request: APIRequestContext,
  email: string,
  opties: { taal?: Taal; axe?: boolean } = {},
) {
  const t = V[opties.taal ?? "nl"];
  const a = BERICHTEN[opties.taal ?? "nl"].aanmelden;
  await page.goto("/verzoek");
  await expect(page.getByRole("heading", { level: 1, name: a.emailTitel })).toBeVisible();
  if (opties.axe) await expectNoAxeViolations(page, "e-mailstap");
  await page.getByLabel(a.emailLabel).fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: a.codeVersturen }).click();
  await expect(page.getByRole("heading", { level: 1, name: a.codeTitel })).toBeVisible();
  if (opties.axe) await expectNoAxeViolations(page, "codestap");
  const code = await latestCode(request, email, { after: start });
  await page.getByLabel(a.codeLabel).fill(code);
  await page.getByRole("button", { name: a.codeBevestigen }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.stappen.wie })).toBeVisible();
}

async function volgende(page: Page, taal: Taal = "nl") {
  await page.getByRole("button", { name: V[taal].volgende, exact: true }).click();
}

async function verwachtStap(page: Page, titel: string) {
  await expect(page.getByRole("heading", { level: 1, name: titel })).toBeVisible();
}

type Betrokkene = { naam: string; geboortedatum: string; email?: string; clientnummer?: string; postcode?: string };

/** Who files, and the person concerned; ends on the "which right" step. */
async function vulWieEnBetrokkene(
  page: Page,
  wie: { zelf: true } | { relatie: string; naam: string },
  betrokkene: Betrokkene,
  opties: { taal?: Taal; axe?: boolean } = {},
) {
  const taal = opties.taal ?? "nl";
  const t = V[taal];
  if (opties.axe) await expectNoAxeViolations(page, "stap wie");
  if ("zelf" in wie) {
    await page.getByLabel(t.voorMijzelf, { exact: true }).check();
    await volgende(page, taal);
    await verwachtStap(page, t.betrokkeneZelfTitel);
  } else {
    await page.getByLabel(t.voorAnder, { exact: true }).check();
    await volgende(page, taal);
    await verwachtStap(page, t.stappen.relatie);
    if (opties.axe) await expectNoAxeViolations(page, "stap relatie");
    await page.getByLabel(wie.relatie, { exact: true }).check();
    await page.getByLabel(t.indienerNaam, { exact: true }).fill(wie.naam);
    await volgende(page, taal);
    await verwachtStap(page, t.stappen.betrokkene);
  }
  if (opties.axe) await expectNoAxeViolations(page, "stap betrokkene");
  const zelf = "zelf" in wie;
  await page.getByLabel(zelf ? t.naamZelf : t.naamAnder, { exact: true }).fill(betrokkene.naam);
  await page.getByLabel(zelf ? t.geboortedatumZelf : t.geboortedatum, { exact: true }).fill(betrokkene.geboortedatum);
  if (betrokkene.email) await page.getByLabel(t.emailAnder).fill(betrokkene.email);
  if (betrokkene.clientnummer) await page.getByLabel(t.clientnummer).fill(betrokkene.clientnummer);
  if (betrokkene.postcode) await page.getByLabel(t.postcode).fill(betrokkene.postcode);
  await volgende(page, taal);
}

/** The details of each right, filled in the way a client would. */
async function vulDetailsIn(page: Page, type: Verzoektype, taal: Taal = "nl") {
  const t = V[taal];
  switch (type) {
    case "inzage":
      await page.getByLabel(t.inzageAfschriftJa).check();
      await page.getByLabel(t.inzagePeriode).fill("vanaf 2024");
      break;
    case "correctie": {
      const rij = page.getByRole("group", { name: t.correctieRij(1) });
      await rij.getByLabel(t.correctieWelk).fill("Telefoonnummer");
      await rij.getByLabel(t.correctieNu).fill("06 0000 0101");
      await rij.getByLabel(t.correctieMoetZijn).fill("06 1234 5678");
      break;
    }
    case "verwijdering":
      await page.getByLabel(t.verwijderingDeel).check();
      await page.getByLabel(t.verwijderingWelkDeel).fill("De verslagen uit 2025");
      break;
    case "afscherming":
      await page.getByLabel(t.afschermingWat).fill("Het voortgangsverslag van juni");
      await page.getByLabel(t.afschermingWaarom, { exact: true }).fill("Ik betwist wat erin staat.");
      break;
    case "bezwaar":
      await page.getByLabel("Kwaliteitsonderzoek en cliënttevredenheid").check();
      await page.getByLabel(t.bezwaarSituatie).fill("Ik wil na een nare ervaring niet meer benaderd worden.");
      break;
    case "dataportabiliteit":
      await page.getByLabel(t.portabiliteitAanbieder).check();
      await page.getByLabel(t.portabiliteitAanbiederNaam).fill("Praktijk Het Baken");
      await page.getByLabel(t.portabiliteitAanbiederEmail).fill("intake@hetbaken.example");
      await page.getByLabel(t.portabiliteitAgb).fill("12345678");
      break;
    case "intrekking_toestemming":
      await page.getByLabel(t.intrekkingToestemming).fill("Toestemming om gegevens te delen met mijn huisarts");
      break;
  }
}

/** On the check page: send, and check the receipt page (number, right, dates, next steps). */
async function verstuurEnControleer(
  page: Page,
  request: APIRequestContext,
  email: string,
  type: Verzoektype,
  taal: Taal = "nl",
) {
  const t = V[taal];
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: t.versturen }).click();
  await expect(page.getByRole("heading", { level: 1, name: BERICHTEN[taal].ontvangst.ontvangenTitel })).toBeVisible();
  await expect(page).toHaveURL(/\/verzoek\/ontvangen\/AVG-\d{4}-\d{6}$/);
  const nummer = page.url().split("/").pop()!;
  const main = page.getByRole("main");
  await expect(main).toContainText(nummer);
  await expect(main).toContainText(RECHT[taal][type].naam);
  const vandaag = amsterdamDate(new Date());
  const termijnen = requestDeadlines({ type, receivedOn: vandaag });
  await expect(main).toContainText(formatDatum(vandaag, taal));
  await expect(main).toContainText(formatDatum(termijnen.target, taal));
  await expect(main).toContainText(formatDatum(termijnen.legalLimit, taal));
  await expect(main.getByRole("link", { name: BERICHTEN[taal].ontvangst.naarMijn })).toHaveAttribute("href", "/mijn");
  await expect(main.getByRole("link", { name: BERICHTEN[taal].passkeyAanmoediging.link })).toHaveAttribute(
    "href",
    "/mijn/beveiliging",
  );
  const mail = await latestMail(request, email, { sjabloon: "verzoek_ontvangen", after: start });
  expect(mail.onderwerp).toContain(nummer);
  expect(mail.tekst).toContain(formatDatum(termijnen.target, taal));
  return nummer;
}

test.describe("the request wizard", () => {
  test.describe.configure({ timeout: 240_000 });

  test("a client files each of the seven rights end to end (with axe scans in Dutch)", async ({ page, request }) => {
    const email = uniekAdres("zeven");
    await meldAan(page, request, email, { axe: true });
    const types: Verzoektype[] = [
      "inzage",
      "correctie",
      "verwijdering",
      "afscherming",
      "bezwaar",
      "dataportabiliteit",
      "intrekking_toestemming",
    ];
    const nummers = new Set<string>();
    for (const [i, type] of types.entries()) {
      await test.step(type, async () => {
        if (i > 0) {
          await page.goto("/verzoek");
          await verwachtStap(page, V.nl.stappen.wie);
        }
        await vulWieEnBetrokkene(
          page,
          { zelf: true },
          { naam: "Jorien Testpersoon", geboortedatum: "21-04-1988", clientnummer: "DL-9001" },
          { axe: i === 0 },
        );
        await verwachtStap(page, V.nl.stappen.recht);
        if (i === 0) await expectNoAxeViolations(page, "stap recht");
        await page.getByLabel(RECHT.nl[type].naam, { exact: true }).check();
        await volgende(page);
        await verwachtStap(page, V.nl.stappen.details);
        await expectNoAxeViolations(page, `details ${type}`);
        await vulDetailsIn(page, type);
        await volgende(page);
        await verwachtStap(page, V.nl.stappen.controle);
        await expect(page.getByRole("main")).toContainText(RECHT.nl[type].naam);
        await expect(page.getByRole("main")).toContainText("21 april 1988");
        await expectNoAxeViolations(page, `controle ${type}`);
        const nummer = await verstuurEnControleer(page, request, email, type);
        if (i === 0) await expectNoAxeViolations(page, "ontvangstbevestiging");
        nummers.add(nummer);
      });
    }
    expect(nummers.size).toBe(7);
  });

  test("a parent files for a child of 9 and for a child of 14; staff will consult the 14-year-old", async ({
    page,
    request,
  }) => {
    const email = uniekAdres("ouder");
    await meldAan(page, request, email);
    await vulWieEnBetrokkene(
      page,
      { relatie: "Ouder met gezag", naam: "Fatima Bos-El Amrani" },
      { naam: "Lina Bos", geboortedatum: "02-03-2017", clientnummer: "DL-1004", postcode: "3814 RS" },
    );
    await verwachtStap(page, V.nl.stappen.recht);
    await expect(page.getByRole("main")).not.toContainText(V.nl.notitieTitel);
    await page.getByLabel("Inzage", { exact: true }).check();
    await volgende(page);
    await vulDetailsIn(page, "inzage");
    await volgende(page);
    await verwachtStap(page, V.nl.stappen.controle);
    await expect(page.getByRole("main")).toContainText("Ouder met gezag");
    await expect(page.getByRole("main")).toContainText("Lina Bos");
    await verstuurEnControleer(page, request, email, "inzage");

    await page.goto("/verzoek");
    await vulWieEnBetrokkene(
      page,
      { relatie: "Ouder met gezag", naam: "Ilse Hendriks" },
      { naam: "Noah Hendriks", geboortedatum: "2012-06-15", email: "noah.hendriks@mail.example" },
    );
    await verwachtStap(page, V.nl.stappen.recht);
    await page.getByLabel("Inzage", { exact: true }).check();
    await volgende(page);
    await vulDetailsIn(page, "inzage");
    await volgende(page);
    await verwachtStap(page, V.nl.stappen.controle);
    const notitie = page.locator(".melding.let-op").filter({ hasText: V.nl.notitieTitel });
    await expect(notitie).toContainText("Uw kind is tussen 12 en 16 jaar. Wij vragen eerst wat uw kind ervan vindt.");
    await expectNoAxeViolations(page, "controle met notitie");
    await verstuurEnControleer(page, request, email, "inzage");
  });

  test("refusals are explained: a parent of a 17-year-old, a bewindvoerder, a child of 9 alone", async ({
    page,
    request,
  }) => {
    await meldAan(page, request, uniekAdres("geweigerd"));
    await vulWieEnBetrokkene(
      page,
      { relatie: "Ouder met gezag", naam: "Monique Koster" },
      { naam: "Sara Koster", geboortedatum: "01-09-2009" },
    );
    await verwachtStap(page, V.nl.stappen.betrokkene);
    const weigering = page.getByRole("alert").filter({ hasText: V.nl.weigeringTitel });
    await expect(weigering).toContainText(
      "Uw kind is 16 jaar of ouder. Uw kind beslist nu zelf over zijn of haar gegevens.",
    );
    await expectNoAxeViolations(page, "weigering");

    await page.getByRole("button", { name: V.nl.terug }).click();
    await verwachtStap(page, V.nl.stappen.relatie);
    await page.getByLabel("Bewindvoerder", { exact: true }).check();
    await volgende(page);
    await verwachtStap(page, V.nl.stappen.betrokkene);
    // The answers travelled along: the name and date are still there.
    await expect(page.getByLabel(V.nl.naamAnder)).toHaveValue("Sara Koster");
    await volgende(page);
    await expect(page.getByRole("alert").filter({ hasText: V.nl.weigeringTitel })).toContainText(
      "Een bewindvoerder beheert alleen geld en goederen.",
    );

    await page.goto("/verzoek");
    await vulWieEnBetrokkene(page, { zelf: true }, { naam: "Lina Bos", geboortedatum: "02-03-2017" });
    await expect(page.getByRole("alert").filter({ hasText: V.nl.weigeringTitel })).toContainText(
      "Kinderen jonger dan 12 jaar kunnen zelf geen verzoek doen.",
    );
  });

  test("every field error is specific, linked from the summary, and changes nothing", async ({ page, request }) => {
    await meldAan(page, request, uniekAdres("fouten"));
    await volgende(page);
    const overzicht = page.locator("#foutoverzicht");
    await expect(overzicht).toContainText(BERICHTEN.nl.intakeFouten.fouten.voorWie_verplicht);
    await page.getByLabel(V.nl.voorMijzelf, { exact: true }).check();
    await volgende(page);
    await page.getByLabel(V.nl.naamZelf).fill("Test");
    await page.getByLabel(V.nl.geboortedatumZelf).fill("31-02-2012");
    await page.getByLabel(V.nl.clientnummer).fill("111222333");
    await volgende(page);
    await expect(overzicht).toContainText("Vul een geldige geboortedatum in, bijvoorbeeld 15-06-2012.");
    await expect(overzicht).toContainText(BERICHTEN.nl.intakeFouten.fouten.bsn_niet_toegestaan);
    const datum = page.getByLabel(V.nl.geboortedatumZelf);
    await expect(datum).toHaveAttribute("aria-invalid", "true");
    await expect(datum).toHaveAccessibleDescription(/Vul een geldige geboortedatum in/);
    await overzicht.getByRole("link", { name: /geldige geboortedatum/ }).click();
    await expect(datum).toBeFocused();
    await expectNoAxeViolations(page, "foutoverzicht");

    // A filled honeypot: a neutral message, and the wizard does not move on.
    await page.getByLabel(V.nl.geboortedatumZelf).fill("2012-06-15");
    await page.getByLabel(V.nl.clientnummer).fill("");
    await page.locator("#website").fill("https://spam.example", { force: true });
    await volgende(page);
    await expect(page.getByRole("alert").filter({ hasText: V.nl.neutraleFout })).toBeVisible();
    await verwachtStap(page, V.nl.betrokkeneZelfTitel);
  });

  test("five wrong codes block the code; the right code no longer works", async ({ page, request }) => {
    const email = uniekAdres("vijf");
    await page.goto("/verzoek");
    await page.getByLabel(BERICHTEN.nl.aanmelden.emailLabel).fill(email);
    const start = new Date(Date.now() - 1000);
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeVersturen }).click();
    const juist = await latestCode(request, email, { after: start });
    const fout = String((Number(juist) + 1) % 1_000_000).padStart(6, "0");
    for (let poging = 1; poging <= 5; poging++) {
      await page.getByLabel(BERICHTEN.nl.aanmelden.codeLabel).fill(fout);
      await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
      const verwacht =
        poging < 5 ? BERICHTEN.nl.aanmelden.codeOnjuist(5 - poging) : BERICHTEN.nl.aanmelden.codeGeblokkeerd;
      await expect(page.locator("#foutoverzicht")).toContainText(verwacht);
    }
    await expectNoAxeViolations(page, "code geblokkeerd");
    await page.getByLabel(BERICHTEN.nl.aanmelden.codeLabel).fill(juist);
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
    await expect(page.locator("#foutoverzicht")).toContainText(BERICHTEN.nl.aanmelden.codeGeblokkeerd);
    await expect(page.getByRole("heading", { level: 1, name: BERICHTEN.nl.aanmelden.codeTitel })).toBeVisible();
    // A new code within the minute is refused, honestly: the blocked code does not work, and when to ask again.
    await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.nieuweCode }).click();
    await expect(
      page.getByRole("alert").filter({
        hasText: /Die code is al gebruikt of werkt niet meer\. Over \d+ seconden kunt u een nieuwe code vragen\./,
      }),
    ).toBeVisible();
  });

  test("in English: every wizard page passes axe, including each right's details", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const email = uniekAdres("english");
    await meldAan(page, request, email, { taal: "en", axe: true });
    await vulWieEnBetrokkene(
      page,
      { relatie: "Parent with parental authority", naam: "Ilse Hendriks" },
      { naam: "Noah Hendriks", geboortedatum: "15-06-2012" },
      { taal: "en", axe: true },
    );
    await verwachtStap(page, V.en.stappen.recht);
    await expectNoAxeViolations(page, "en: recht");
    const types = Object.keys(RECHT.en) as Verzoektype[];
    for (const type of types) {
      await page.getByLabel(RECHT.en[type].naam, { exact: true }).check();
      await volgende(page, "en");
      await verwachtStap(page, V.en.stappen.details);
      await expectNoAxeViolations(page, `en: details ${type}`);
      await page.getByRole("button", { name: V.en.terug }).click();
      await verwachtStap(page, V.en.stappen.recht);
    }
    await page.getByLabel(RECHT.en.correctie.naam, { exact: true }).check();
    await volgende(page, "en");
    // Wait for the step: a second click before it arrives would cancel the first submit.
    await verwachtStap(page, V.en.stappen.details);
    await volgende(page, "en"); // nothing filled in: errors in English
    await expect(page.locator("#foutoverzicht")).toContainText(BERICHTEN.en.intakeFouten.fouten.correctie_geen_rij);
    await expectNoAxeViolations(page, "en: details errors");
    await vulDetailsIn(page, "correctie", "en");
    await volgende(page, "en");
    await verwachtStap(page, V.en.stappen.controle);
    await expect(page.getByRole("main")).toContainText("Your child is between 12 and 16.");
    await expectNoAxeViolations(page, "en: controle");
    await verstuurEnControleer(page, request, email, "correctie", "en");
    await expectNoAxeViolations(page, "en: ontvangen");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 120_000 });

  test("the wizard still submits, 'add a row' adds a row, and a double submit makes one request", async ({
    page,
    request,
  }) => {
    const email = uniekAdres("zonder-js");
    await meldAan(page, request, email);
    await vulWieEnBetrokkene(page, { zelf: true }, { naam: "Jorien Testpersoon", geboortedatum: "1988-04-21" });
    await page.getByLabel(RECHT.nl.correctie.naam, { exact: true }).check();
    await volgende(page);
    await verwachtStap(page, V.nl.stappen.details);
    await expect(page.getByRole("group", { name: /^Gegeven \d+$/ })).toHaveCount(3);
    await vulDetailsIn(page, "correctie");
    await page.getByRole("button", { name: V.nl.correctieRijToevoegen }).click();
    await expect(page.getByRole("group", { name: /^Gegeven \d+$/ })).toHaveCount(4);
    // What was typed survives the extra row.
    await expect(page.getByRole("group", { name: "Gegeven 1" }).getByLabel(V.nl.correctieWelk)).toHaveValue(
      "Telefoonnummer",
    );
    const rij4 = page.getByRole("group", { name: "Gegeven 4" });
    await rij4.getByLabel(V.nl.correctieWelk).fill("Adres");
    await volgende(page);
    await expect(page.locator("#foutoverzicht")).toContainText(
      BERICHTEN.nl.intakeFouten.fouten.correctie_moetZijn_verplicht,
    );
    await rij4.getByLabel(V.nl.correctieMoetZijn).fill("Lindelaan 14");
    await volgende(page);
    await verwachtStap(page, V.nl.stappen.controle);
    await expect(page.getByRole("main")).toContainText("Lindelaan 14");

    // Post the check page's form twice, as a double click or a refresh would.
    const velden = await page
      .locator("form.wizard input[type=hidden]")
      .evaluateAll((inputs) =>
        inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as [string, string]),
      );
    const body = new URLSearchParams([...velden, ["website", ""], ["intent", "indienen"]]);
    const origin = new URL(page.url()).origin;
    const posten = () =>
      page.request.post("/verzoek?index", {
        headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        data: body.toString(),
        maxRedirects: 0,
      });
    const [eerste, tweede] = [await posten(), await posten()];
    expect(eerste.status()).toBe(302);
    expect(tweede.status()).toBe(302);
    expect(eerste.headers().location).toMatch(/^\/verzoek\/ontvangen\/AVG-\d{4}-\d{6}$/);
    expect(tweede.headers().location).toBe(eerste.headers().location);

    // And the real button: the same key again gives the same request.
    await page.getByRole("button", { name: V.nl.versturen }).click();
    await expect(page.getByRole("heading", { level: 1, name: BERICHTEN.nl.ontvangst.ontvangenTitel })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(eerste.headers().location);
    const mails = await request.get(`/dev/mail.json?aan=${encodeURIComponent(email)}`);
    const lijst = ((await mails.json()) as { mails: { sjabloon: string }[] }).mails;
    expect(lijst.filter((m) => m.sjabloon === "verzoek_ontvangen")).toHaveLength(1);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.describe.configure({ timeout: 120_000 });

  async function geenHorizontaleScroll(page: Page) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }

  test("a client files a portability request without horizontal scrolling", async ({ page, request }) => {
    const email = uniekAdres("telefoon");
    await meldAan(page, request, email);
    await geenHorizontaleScroll(page);
    await vulWieEnBetrokkene(page, { zelf: true }, { naam: "Jorien Testpersoon", geboortedatum: "21-04-1988" });
    await geenHorizontaleScroll(page);
    await page.getByLabel(RECHT.nl.dataportabiliteit.naam, { exact: true }).check();
    await volgende(page);
    await geenHorizontaleScroll(page);
    await vulDetailsIn(page, "dataportabiliteit");
    await volgende(page);
    await verwachtStap(page, V.nl.stappen.controle);
    await geenHorizontaleScroll(page);
    await expectNoAxeViolations(page, "telefoon: controle");
    await verstuurEnControleer(page, request, email, "dataportabiliteit");
    await geenHorizontaleScroll(page);
  });
});
