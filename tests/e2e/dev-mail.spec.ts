import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { latestCode, latestMail, mailsTo } from "./support/mailbox";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const MAIL_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

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

/** A fresh address per test: code requests are rate-limited per address. */
function nieuwAdres(naam: string): string {
  return `${naam}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

/** Ask for a sign-in code the way the form does (a plain POST from our own origin). */
async function vraagCode(request: APIRequestContext, baseURL: string, email: string) {
  const response = await request.post("/inloggen", {
    form: { email },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBeLessThan(400);
}

test("the mailbox lists a queued code mail, newest first, and passes axe", async ({ page, request, baseURL }) => {
  const eerste = nieuwAdres("eerste");
  const tweede = nieuwAdres("tweede");
  const start = new Date();
  await vraagCode(request, baseURL!, eerste);
  await vraagCode(request, baseURL!, tweede);

  // The e2e helper other tests use: the 6-digit code of the latest code mail.
  const code = await latestCode(request, eerste, { after: start });
  expect(code).toMatch(/^\d{6}$/);

  const response = await page.goto("/dev/mail");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Ontwikkel-mailbox/);
  await expect(page.getByRole("heading", { level: 1, name: "Ontwikkel-mailbox" })).toBeVisible();

  const tabel = page.getByRole("table", { name: "Klaargezette e-mails, de nieuwste eerst" });
  await expect(tabel.getByRole("columnheader")).toHaveText(["Klaargezet op", "Aan", "Onderwerp", "Sjabloon", "Status"]);
  const rijEerste = tabel.getByRole("row").filter({ hasText: eerste });
  await expect(rijEerste).toHaveCount(1);
  await expect(rijEerste.getByRole("cell").nth(2)).toHaveText(`Uw code: ${code}`);
  await expect(rijEerste.getByRole("cell").nth(3)).toHaveText("code");
  // Without SMTP the mail waits in the outbox, and the status is said in words.
  await expect(rijEerste.getByRole("cell").nth(4)).toHaveText("Wacht op verzending");

  // Newest first: the second request is above the first.
  const adressen = await tabel.getByRole("row").allTextContents();
  const plekEerste = adressen.findIndex((r) => r.includes(eerste));
  const plekTweede = adressen.findIndex((r) => r.includes(tweede));
  expect(plekTweede).toBeGreaterThan(0);
  expect(plekTweede).toBeLessThan(plekEerste);

  await expectNoAxeViolations(page);

  // Filter on one address (case does not matter).
  await page.getByLabel("Alleen e-mail aan dit adres").fill(eerste.toUpperCase());
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/dev\/mail\?aan=/);
  await expect(tabel.getByRole("row")).toHaveCount(2); // header + the one mail
  await expect(tabel).toContainText(eerste);
  await expect(tabel).not.toContainText(tweede);
  await expect(page.getByRole("link", { name: "Toon alle e-mail" })).toHaveAttribute("href", "/dev/mail");
});

test("a filter that is not an e-mail address gets a specific message linked to the field", async ({ page }) => {
  await page.goto("/dev/mail?aan=geen-adres");
  const veld = page.getByLabel("Alleen e-mail aan dit adres");
  await expect(veld).toHaveAttribute("aria-invalid", "true");
  await expect(veld).toHaveValue("geen-adres");
  const melding = "Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.";
  await expect(veld).toHaveAttribute("aria-describedby", "aan-hint aan-fout");
  await expect(page.locator("#aan-fout")).toHaveText(melding);
  const overzicht = page.getByRole("heading", { name: "Controleer het zoekveld" });
  await expect(overzicht).toBeVisible();
  await expect(page.getByRole("link", { name: melding })).toHaveAttribute("href", "#aan");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("one mail shows its details and plain text, and links to its HTML", async ({ page, request, baseURL }) => {
  const adres = nieuwAdres("detail");
  const start = new Date();
  await vraagCode(request, baseURL!, adres);
  const mail = await latestMail(request, adres, { after: start, subject: /^Uw code: \d{6}$/ });
  const code = mail.onderwerp.slice(-6);

  await page.goto(`/dev/mail?aan=${encodeURIComponent(adres)}`);
  await page.getByRole("link", { name: `Uw code: ${code}` }).click();
  await expect(page).toHaveURL(`/dev/mail/${mail.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Uw code: ${code}` })).toBeVisible();

  const gegevens = page.getByRole("region", { name: "Gegevens van deze e-mail" });
  await expect(gegevens.getByRole("definition").first()).toHaveText(adres);
  await expect(gegevens).toContainText("Wacht op verzending");
  await expect(gegevens).toContainText("Nederlands");

  const tekst = page.getByRole("region", { name: "Tekstversie" }).locator("pre");
  await expect(tekst).toContainText(code);
  await expect(tekst).toContainText("De code is 10 minuten geldig.");
  expect(await tekst.textContent()).toBe(mail.tekst);

  const htmlLink = page.getByRole("link", { name: "Open de HTML-versie van deze e-mail" });
  await expect(htmlLink).toHaveAttribute("href", `/dev/mail/${mail.id}/html`);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Terug naar de mailbox" }).click();
  await expect(page).toHaveURL("/dev/mail");
});

test("the HTML version is served with its own CSP and its inline styles apply", async ({ page, request, baseURL }) => {
  const adres = nieuwAdres("html");
  const start = new Date();
  await vraagCode(request, baseURL!, adres);
  const code = await latestCode(request, adres, { after: start });
  const mail = await latestMail(request, adres, { after: start });

  const response = await request.get(`/dev/mail/${mail.id}/html`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
  // Exactly one policy: a second, stricter one (the site's) would block the inline styles.
  const csp = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(csp.map((h) => h.value)).toEqual([MAIL_HTML_CSP]);
  const html = await response.text();
  expect(html).toMatch(/^<!DOCTYPE html/i);
  expect(html).toContain(code);

  await page.goto(`/dev/mail/${mail.id}/html`);
  const codeAlinea = page.getByText(code, { exact: true });
  await expect(codeAlinea).toBeVisible();
  // The 28px of the code paragraph is an inline style: it applies only under the relaxed CSP.
  await expect(codeAlinea).toHaveCSS("font-size", "28px");
});

test("the JSON mailbox answers for one address and refuses a missing one", async ({ request, baseURL }) => {
  const adres = nieuwAdres("json");
  expect(await mailsTo(request, adres)).toEqual([]);

  const start = new Date();
  await vraagCode(request, baseURL!, adres);
  const mails = await mailsTo(request, adres.toUpperCase());
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatchObject({ aan: adres, sjabloon: "code", status: "wachtend" });
  expect(new Date(mails[0]!.aangemaaktOp).getTime()).toBeGreaterThanOrEqual(start.getTime() - 1000);
  expect(mails[0]!.tekst).toContain(mails[0]!.onderwerp.slice(-6));

  const zonder = await request.get("/dev/mail.json");
  expect(zonder.status()).toBe(400);
  expect((await zonder.json()) as unknown).toEqual({ fout: expect.stringContaining("e-mailadres") });

  // A mail that does not come: a clear error naming the address, after the timeout.
  await expect(latestMail(request, adres, { subject: /bestaat niet/, timeoutMs: 500 })).rejects.toThrow(
    new RegExp(`No mail to ${adres.replace(/[.]/g, "\\.")}`),
  );
});

test("an unknown mail is 404, as page, as HTML and with a malformed id", async ({ page, request }) => {
  const onbekend = "00000000-0000-4000-8000-000000000000";
  expect((await page.goto(`/dev/mail/${onbekend}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect((await request.get(`/dev/mail/${onbekend}/html`)).status()).toBe(404);
  expect((await request.get("/dev/mail/geen-uuid/html")).status()).toBe(404);
  expect((await request.get("/dev/mail/geen-uuid")).status()).toBe(404);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the mailbox and one mail have no horizontal page scroll", async ({ page, request, baseURL }) => {
    const adres = nieuwAdres("telefoon.met.een.heel.lang.adres");
    const start = new Date();
    await vraagCode(request, baseURL!, adres);
    const mail = await latestMail(request, adres, { after: start });
    for (const pad of ["/dev/mail", `/dev/mail/${mail.id}`]) {
      await page.goto(pad);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pad).toBeLessThanOrEqual(390);
    }
    await expectNoAxeViolations(page);
  });
});
