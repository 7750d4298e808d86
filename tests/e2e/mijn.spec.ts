import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addDays, amsterdamDate } from "../../app/domain/calendar";
import { requestDeadlines } from "../../app/domain/deadlines";
import { BERICHTEN } from "../../app/i18n/berichten";
import { formatDatum } from "../../app/i18n/taal";
import { maakMijnVerzoek } from "./support/fixtures";
import { latestCode, latestMail, mailsTo } from "./support/mailbox";
import { signInAsNewStaff } from "./support/staff";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

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

function uniekAdres(naam: string): string {
  return `${naam}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.example`;
}

/** Sign in through /inloggen with the e-mail code read from the outbox; ends on `terug`. */
async function logIn(page: Page, email: string, terug = "/mijn") {
  await page.goto(terug);
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await page.getByLabel("E-mailadres").fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page).toHaveURL(/\/inloggen\/code/);
  const code = await latestCode(page.request, email, { after: start });
  await page.getByLabel("Code van 6 cijfers").fill(code);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${terug.replace(/[/.]/g, "\\$&")}$`));
}

async function kiesTaal(page: Page, naar: "English" | "Nederlands") {
  await page.getByRole("button", { name: naar }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", naar === "English" ? "en" : "nl");
}

const VRAAG = "Over welke periode wilt u uw gegevens inzien? Noem de jaren.";

test("a client sees their requests, answers our question, and withdraws a request", async ({ page }) => {
  // Eight axe scans, and two requests filed through the real intake: longer on a busy machine.
  test.setTimeout(120_000);
  const email = uniekAdres("mijn");
  await logIn(page, email);

  // Empty state, with the way to file a request and to the security page.
  await expect(page.getByRole("heading", { level: 1, name: "Mijn verzoeken" })).toBeVisible();
  await expect(page.getByText("U heeft nog geen verzoek ingediend.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Verzoek indienen" })).toHaveAttribute(
    "href",
    "/verzoek",
  );
  await expect(page.getByRole("link", { name: "Naar inloggen en beveiliging" })).toHaveAttribute(
    "href",
    "/mijn/beveiliging",
  );
  await expectNoAxeViolations(page);

  const eigen = (await maakMijnVerzoek({ email, type: "inzage", vraag: VRAAG })).nummer;
  const alsOuder = (await maakMijnVerzoek({ email, type: "correctie", voor: "Kim Testkind" })).nummer;

  // The e-mail about our question says there is a message, and not what it says.
  const melding = await latestMail(page.request, email, { sjabloon: "nieuw_bericht" });
  expect(melding.onderwerp).toBe(`Nieuw bericht over uw verzoek ${eigen}`);
  expect(melding.tekst).toContain(`/mijn/verzoeken/${eigen}`);
  expect(melding.tekst).not.toContain("welke periode");

  await page.reload();
  const kaarten = page.getByRole("main").getByRole("listitem");
  await expect(kaarten).toHaveCount(2);
  await expect(kaarten.nth(0)).toContainText(alsOuder); // newest first
  await expect(kaarten.nth(0)).toContainText("Correctie en aanvulling");
  await expect(kaarten.nth(0)).toContainText("Voor Kim Testkind");
  await expect(kaarten.nth(1)).toContainText("Inzage");
  await expect(kaarten.nth(1)).toContainText("Wij wachten op uw antwoord. De termijn staat stil.");
  await expect(kaarten.nth(1)).toContainText("U hoort van ons uiterlijk op");
  await expectNoAxeViolations(page);

  await kiesTaal(page, "English");
  await expect(page.getByRole("heading", { level: 1, name: "My requests" })).toBeVisible();
  await expect(kaarten.nth(0)).toContainText("For Kim Testkind");
  await expect(kaarten.nth(1)).toContainText("Access");
  await expectNoAxeViolations(page);
  await kiesTaal(page, "Nederlands");

  // The status page of the paused request.
  await page.getByRole("link", { name: new RegExp(`Inzage.*${eigen}`) }).click();
  await expect(page).toHaveURL(`/mijn/verzoeken/${eigen}`);
  await expect(page.getByRole("heading", { level: 1, name: `Verzoek ${eigen}` })).toBeVisible();
  const pauze = page.getByRole("region", { name: "Wij wachten op uw antwoord" });
  await expect(pauze).toContainText("staat de termijn stil");
  await expect(pauze).toContainText(VRAAG);
  const tijdlijn = page.getByRole("region", { name: "Wat er is gebeurd" });
  await expect(tijdlijn.getByRole("listitem")).toHaveCount(2);
  await expect(tijdlijn).toContainText("Wij hebben uw verzoek ontvangen.");
  await expect(tijdlijn).toContainText("Wij hebben u een vraag gesteld. De termijn staat stil");
  await expect(page.getByRole("region", { name: "Documenten" })).toContainText("Nog geen documenten.");
  const berichten = page.getByRole("region", { name: "Berichten" });
  await expect(berichten.getByRole("listitem")).toHaveCount(1);
  await expect(berichten.getByRole("listitem")).toContainText(VRAAG);
  await expectNoAxeViolations(page);

  await kiesTaal(page, "English");
  await expect(page.getByRole("heading", { level: 1, name: `Request ${eigen}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "We are waiting for your answer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Documents" })).toContainText("No documents yet.");
  await expectNoAxeViolations(page);

  // The answer is written on its own page; an empty one is refused in the chosen language, linked to the field.
  await page.getByRole("link", { name: "Send your answer" }).first().click();
  await expect(page).toHaveURL(`/mijn/verzoeken/${eigen}/bericht`);
  await expect(page.getByRole("heading", { level: 1, name: "Your answer to our question" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(VRAAG);
  await page.getByRole("button", { name: "Send answer" }).click();
  const summary = page.getByRole("heading", { name: "Please check the following:" });
  await expect(summary).toBeVisible();
  await expect(page.getByRole("link", { name: "Write a message. The message is empty now." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your answer", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await kiesTaal(page, "Nederlands");

  // The answer: the clock runs again and the request is back in progress.
  await page.getByRole("textbox", { name: "Uw antwoord", exact: true }).fill("Van 2019 tot nu.\nVooral de verslagen.");
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByRole("status")).toContainText("Dank u wel voor uw antwoord. De termijn loopt weer.");
  await expect(page.getByRole("region", { name: "Wij wachten op uw antwoord" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Over dit verzoek" })).toContainText("Wij werken aan uw verzoek.");
  await expect(tijdlijn).toContainText("Wij hebben uw antwoord ontvangen. De termijn loopt weer.");
  await expect(berichten.getByRole("listitem")).toHaveCount(2);
  await expect(berichten.getByRole("listitem").nth(1)).toContainText("Van 2019 tot nu.");
  // No longer paused: the way to write is a plain message again.
  await expect(page.getByRole("link", { name: "Bericht sturen" })).toBeVisible();
  // A client's message e-mails nobody.
  expect((await mailsTo(page.request, email)).filter((m) => m.sjabloon === "nieuw_bericht")).toHaveLength(1);

  // Withdraw: a confirm step first, then the POST.
  await page.getByRole("link", { name: "Verzoek intrekken" }).click();
  await expect(page).toHaveURL(`/mijn/verzoeken/${eigen}/intrekken`);
  await expect(page.getByRole("heading", { level: 1, name: `Wilt u verzoek ${eigen} intrekken?` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Waarom trekt u het verzoek in? (niet verplicht)").fill("Ik heb het al gekregen.");
  const voorIntrekken = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Ja, trek mijn verzoek in" }).click();
  await expect(page).toHaveURL(`/mijn/verzoeken/${eigen}?ingetrokken=1`);
  await expect(page.getByRole("status")).toContainText("Uw verzoek is ingetrokken.");
  await expect(page.getByRole("region", { name: "Over dit verzoek" })).toContainText("U heeft uw verzoek ingetrokken.");
  await expect(tijdlijn).toContainText("Uw reden: Ik heb het al gekregen.");
  await expect(page.getByRole("heading", { name: "Verzoek intrekken" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Uw bericht", exact: true })).toHaveCount(0);
  const mail = await latestMail(page.request, email, { sjabloon: "status_gewijzigd", after: voorIntrekken });
  expect(mail.onderwerp).toBe(`Uw verzoek ${eigen} is gewijzigd`);
  expect(mail.tekst).toContain("U heeft uw verzoek ingetrokken.");

  // The confirm step of a withdrawn request offers nothing to submit.
  await page.goto(`/mijn/verzoeken/${eigen}/intrekken`);
  await expect(page.getByText("Dit verzoek is afgesloten. Intrekken kan niet meer.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ja, trek mijn verzoek in" })).toHaveCount(0);
});

test("a request filed through the /verzoek wizard is on /mijn with its status page", async ({ page }) => {
  const v = BERICHTEN.nl.verzoek;
  const email = uniekAdres("wizard");
  await page.goto("/verzoek");
  await page.getByLabel(BERICHTEN.nl.aanmelden.emailLabel).fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeVersturen }).click();
  await page.getByLabel(BERICHTEN.nl.aanmelden.codeLabel).fill(await latestCode(page.request, email, { after: start }));
  await page.getByRole("button", { name: BERICHTEN.nl.aanmelden.codeBevestigen }).click();
  await expect(page.getByRole("heading", { level: 1, name: v.stappen.wie })).toBeVisible();
  await page.getByLabel(v.voorMijzelf, { exact: true }).check();
  await page.getByRole("button", { name: v.volgende, exact: true }).click();
  await page.getByLabel(v.naamZelf, { exact: true }).fill("Jorien Testpersoon");
  await page.getByLabel(v.geboortedatumZelf, { exact: true }).fill("21-04-1988");
  await page.getByRole("button", { name: v.volgende, exact: true }).click();
  await page.getByLabel("Inzage", { exact: true }).check();
  await page.getByRole("button", { name: v.volgende, exact: true }).click();
  await page.getByLabel(v.inzageAfschriftJa).check();
  await page.getByRole("button", { name: v.volgende, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: v.stappen.controle })).toBeVisible();
  await page.getByRole("button", { name: v.versturen }).click();
  await expect(page).toHaveURL(/\/verzoek\/ontvangen\/AVG-\d{4}-\d{6}$/);
  const nummer = page.url().split("/").pop()!;

  await page.goto("/mijn");
  const kaart = page.getByRole("main").getByRole("listitem");
  await expect(kaart).toHaveCount(1);
  await expect(kaart).toContainText(nummer);
  await expect(kaart).not.toContainText("Voor ");
  const vandaag = amsterdamDate(new Date());
  const termijnen = requestDeadlines({ type: "inzage", receivedOn: vandaag });
  await expect(kaart).toContainText(formatDatum(vandaag, "nl"));
  await expect(kaart).toContainText(formatDatum(termijnen.target, "nl"));

  await page.getByRole("link", { name: new RegExp(nummer) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Verzoek ${nummer}` })).toBeVisible();
  const termijn = page.getByRole("region", { name: "Wanneer hoort u van ons?" });
  // One sentence: our promise is the answer, the law's limit the backstop (issue 16 item 11).
  await expect(termijn.locator("p.mijn-termijn")).toHaveText(
    `U hoort uiterlijk op ${formatDatum(termijnen.target, "nl")} van ons, en in elk geval niet later dan ${formatDatum(termijnen.legalLimit, "nl")}: de uiterste datum volgens de wet (AVG).`,
  );
  await expect(page.getByRole("region", { name: "Wat er is gebeurd" })).toContainText(
    "Wij hebben uw verzoek ontvangen.",
  );
  await expect(page.getByRole("region", { name: "Over dit verzoek" })).toContainText(
    "Wij hebben uw verzoek ontvangen. Wij gaan er snel mee aan de slag.",
  );
});

test("a request registered by staff is on /mijn once the filer signs in with a code for that address", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const R = BERICHTEN.nl.behandeling.registratie;
  // Staff register a letter received two days ago, with the filer's e-mail address.
  const stafContext = await browser.newContext({ baseURL });
  const staf = await stafContext.newPage();
  await signInAsNewStaff(staf, { rol: "backoffice" });
  await staf.goto("/backoffice/registreren");
  const email = uniekAdres("brief");
  const ontvangen = addDays(amsterdamDate(new Date()), -2);
  await staf.getByLabel(R.kanalen.brief!).check();
  await staf.getByLabel(R.ontvangenOpLabel).fill(ontvangen.split("-").reverse().join("-"));
  await staf.getByLabel(R.zelf, { exact: true }).check();
  await staf.getByLabel(R.contactEmailLabel).fill(email);
  await staf.getByLabel(R.naamLabel).fill("Bert Briefschrijver");
  await staf.getByLabel(R.geboortedatumLabel).fill("03-09-1975");
  await staf.getByLabel("Inzage", { exact: true }).check();
  await staf.getByLabel(R.afschriftJa).check();
  await staf.getByRole("button", { name: R.knop }).click();
  await expect(staf).toHaveURL(/\/backoffice\/verzoeken\/[0-9a-f-]{36}\?gedaan=geregistreerd$/);
  await stafContext.close();

  // The confirmation links to the request's status page; opening it asks to sign in, and the code
  // for the registered address shows the request (docs/decisions/014).
  const bevestiging = await latestMail(page.request, email, { sjabloon: "verzoek_ontvangen" });
  const nummer = /AVG-\d{4}-\d{6,}/.exec(bevestiging.onderwerp)![0];
  const link = /https?:\/\/\S+?\/mijn\/verzoeken\/AVG-\d{4}-\d{6,}/.exec(bevestiging.tekst)?.[0];
  expect(link, bevestiging.tekst).toBeDefined();
  const pad = new URL(link!).pathname;
  expect(pad).toBe(`/mijn/verzoeken/${nummer}`);
  await logIn(page, email, pad);
  await expect(page.getByRole("heading", { level: 1, name: `Verzoek ${nummer}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Wat er is gebeurd" })).toContainText(
    "Wij hebben uw verzoek ontvangen.",
  );
  await expect(page.getByRole("region", { name: "Wat er is gebeurd" })).toContainText(formatDatum(ontvangen, "nl"));
  await page.goto("/mijn");
  await expect(page.getByRole("main").getByRole("listitem")).toContainText(nummer);
  await expectNoAxeViolations(page);
});

test("another account's request number is not found (404), like a number that does not exist", async ({
  browser,
  page,
  baseURL,
}) => {
  const eigenaar = uniekAdres("eigenaar");
  await logIn(page, eigenaar);
  const nummer = (await maakMijnVerzoek({ email: eigenaar })).nummer;
  expect((await page.goto(`/mijn/verzoeken/${nummer}`))?.status()).toBe(200);

  const ander = await browser.newContext();
  const anderePagina = await ander.newPage();
  await logIn(anderePagina, uniekAdres("ander"));
  for (const pad of [
    `/mijn/verzoeken/${nummer}`,
    `/mijn/verzoeken/${nummer}/intrekken`,
    "/mijn/verzoeken/AVG-2099-999999",
  ]) {
    const response = await anderePagina.goto(pad);
    expect(response?.status(), pad).toBe(404);
    await expect(anderePagina.getByText("Deze pagina bestaat niet.")).toBeVisible();
  }
  const post = await anderePagina.request.post(`/mijn/verzoeken/${nummer}/intrekken`, {
    form: { versie: "1" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(404);
  await expect(anderePagina.getByRole("main")).not.toContainText(nummer);
  await ander.close();

  // The owner's request is untouched.
  await page.goto(`/mijn/verzoeken/${nummer}`);
  await expect(page.getByRole("region", { name: "Over dit verzoek" })).toContainText(
    "Wij hebben uw verzoek ontvangen.",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sending a message and withdrawing work with plain form posts", async ({ page }) => {
    const email = uniekAdres("zonder-js");
    await logIn(page, email);
    const nummer = (await maakMijnVerzoek({ email })).nummer;
    await page.goto(`/mijn/verzoeken/${nummer}`);

    await page.getByRole("link", { name: "Bericht sturen" }).click();
    await page.getByRole("button", { name: "Bericht versturen" }).click();
    await expect(page.getByRole("link", { name: "Schrijf een bericht. Het bericht is nu leeg." })).toBeVisible();

    await page.getByRole("textbox", { name: "Uw bericht", exact: true }).fill("Wanneer hoor ik iets?");
    await page.getByRole("button", { name: "Bericht versturen" }).click();
    await expect(page.getByRole("status")).toContainText("Uw bericht is verstuurd.");
    await expect(page.getByRole("region", { name: "Berichten" }).getByRole("listitem")).toContainText(
      "Wanneer hoor ik iets?",
    );

    await page.getByRole("link", { name: "Verzoek intrekken" }).click();
    await page.getByRole("button", { name: "Ja, trek mijn verzoek in" }).click();
    await expect(page.getByRole("status")).toContainText("Uw verzoek is ingetrokken.");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the list and the status page have no horizontal scroll", async ({ page }) => {
    const email = uniekAdres("telefoon");
    await logIn(page, email);
    const nummer = (await maakMijnVerzoek({ email, voor: "Kim Testkind", vraag: VRAAG })).nummer;
    for (const pad of ["/mijn", `/mijn/verzoeken/${nummer}`, `/mijn/verzoeken/${nummer}/intrekken`]) {
      await page.goto(pad);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pad).toBeLessThanOrEqual(390);
    }
  });
});

test("demo clients from the README sign in with the code from /dev/mail and find their demo requests", async ({
  page,
  browser,
  baseURL,
}) => {
  // db/demo-verzoeken.server.ts: the first start filed and handled these; no other spec signs in as these clients.
  await logIn(page, "laura.dewit@mail.example");
  const kaarten = page.getByRole("main").getByRole("listitem");
  await expect(kaarten).toHaveCount(2);
  await expect(kaarten.nth(0)).toContainText("Inzage"); // filed yesterday, newest first
  await expect(kaarten.nth(0)).toContainText("Wij hebben uw verzoek ontvangen.");
  await expect(kaarten.nth(1)).toContainText("Uw verzoek is afgerond.");

  // The letter for her daughter becomes the parent's at her first sign-in with a code.
  const ouder = await browser.newContext({ baseURL });
  const ouderPagina = await ouder.newPage();
  await logIn(ouderPagina, "fatima.bos@mail.example");
  const brief = ouderPagina.getByRole("main").getByRole("listitem");
  await expect(brief).toHaveCount(1);
  await expect(brief).toContainText("Voor Lina Bos");
  await expect(brief).toContainText("Wij werken aan uw verzoek.");
  await ouder.close();
});
