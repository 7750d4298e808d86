/**
 * Client sign-in in a real browser: e-mail code (read from the outbox), passkeys with Chromium's
 * virtual authenticator, sign-out and sign-out everywhere, without JavaScript, and axe scans of
 * /inloggen (both steps) and /mijn/beveiliging in Dutch and English.
 */
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  test,
  type APIRequestContext,
  type BrowserContext,
  type CDPSession,
  type Page,
} from "@playwright/test";
import { latestCode } from "./support/mailbox";

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

/** A fresh, fictional address per test (RFC 2606 ".example": no mail can reach anyone). */
function uniekAdres(naam: string): string {
  return `${naam}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@voorbeeld.example`;
}

/** Step 1: ask a code for `email`; returns the code from the outbox. */
async function vraagCode(page: Page, request: APIRequestContext, email: string, t = NL): Promise<string> {
  await page.getByLabel(t.emailLabel).fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: t.codeVersturen }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.codeTitel })).toBeVisible();
  return latestCode(request, email, { after: start });
}

async function vulCodeIn(page: Page, code: string, t = NL) {
  await page.getByLabel(t.codeLabel).fill(code);
  await page.getByRole("button", { name: t.inloggenKnop, exact: true }).click();
}

/** Waits until the page is at `pad` (the path only: a query like ?terug=/mijn/… must not count). */
async function opPad(page: Page, pad: string) {
  await expect.poll(() => new URL(page.url()).pathname).toBe(pad);
}

function andereCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, "0");
}

const NL = {
  emailLabel: "E-mailadres",
  codeVersturen: "Stuur mij een code",
  codeTitel: "Vul uw code in",
  codeLabel: "Code van 6 cijfers",
  inloggenKnop: "Inloggen",
};
const EN = {
  emailLabel: "E-mail address",
  codeVersturen: "Send me a code",
  codeTitel: "Enter your code",
  codeLabel: "Code of 6 digits",
  inloggenKnop: "Sign in",
};

/** Chromium's virtual platform authenticator with resident keys and user verification. */
async function virtueleAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, authenticatorId };
}

async function passkeyRijen(page: Page) {
  return page.getByRole("table", { name: "Uw passkeys" }).getByRole("row");
}

test.describe("sign-in with JavaScript", () => {
  test("code sign-in, add a passkey, sign out, sign in with the passkey, sign out everywhere", async ({
    page,
    request,
    browser,
  }) => {
    const email = uniekAdres("passkey");
    const { cdp, authenticatorId } = await virtueleAuthenticator(page);

    // A protected page sends you to sign in, and back afterwards.
    await page.goto("/mijn/beveiliging");
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fmijn%2Fbeveiliging$/);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Inloggen met een passkey" })).toBeVisible();
    await expectNoAxeViolations(page);

    const code = await vraagCode(page, request, email);
    await expect(page.getByText(`Wij hebben een code van 6 cijfers gestuurd naar ${email}.`)).toBeVisible();
    await expectNoAxeViolations(page);

    // A wrong code: a specific message, in the summary and at the field, and nothing else changes.
    await vulCodeIn(page, andereCode(code));
    const melding = "Deze code klopt niet. U kunt het nog 4 keer proberen.";
    const veld = page.getByLabel("Code van 6 cijfers");
    await expect(page.getByRole("link", { name: melding })).toBeVisible();
    await expect(veld).toHaveAttribute("aria-invalid", "true");
    await expect(veld).toHaveAccessibleDescription(new RegExp(melding.replace(/\./g, "\\.")));
    // The error summary takes focus, so a screen reader reads it at once.
    await expect(page.locator(".foutoverzicht")).toBeFocused();
    await expectNoAxeViolations(page);

    await vulCodeIn(page, code);
    await opPad(page, "/mijn/beveiliging");
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen en beveiliging" })).toBeVisible();
    await expect(page.getByText(`U bent ingelogd als ${email}.`)).toBeVisible();
    await expect(page.getByText("U heeft nog geen passkey.")).toBeVisible();
    await expectNoAxeViolations(page);

    // The name is checked before the browser dialog opens.
    await page.getByRole("button", { name: "Passkey toevoegen" }).click();
    await expect(page.getByRole("link", { name: "Vul een naam in voor de passkey." })).toBeVisible();
    expect((await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials).toHaveLength(0);

    await page.getByLabel("Naam van de passkey").fill("Testlaptop");
    await page.getByRole("button", { name: "Passkey toevoegen" }).click();
    await expect(page.getByText("Uw passkey is toegevoegd. De volgende keer kunt u ermee inloggen.")).toBeVisible();
    const rij = page.getByRole("row", { name: /Testlaptop/ });
    await expect(rij).toContainText("Nog niet gebruikt");
    await expect(rij.getByRole("button", { name: "Passkey „Testlaptop” verwijderen" })).toBeVisible();
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);
    await expectNoAxeViolations(page);

    // Sign out (POST only: the GET page shows a button).
    await page.goto("/uitloggen");
    await page.getByRole("main").getByRole("button", { name: "Uitloggen" }).click();
    await opPad(page, "/");
    await page.goto("/mijn/beveiliging");
    await opPad(page, "/inloggen");

    // Sign in with the passkey: no e-mail address, no code.
    await page.getByRole("button", { name: "Inloggen met een passkey" }).click();
    await opPad(page, "/mijn/beveiliging");
    await expect(page.getByText(`U bent ingelogd als ${email}.`)).toBeVisible();
    await expect(page.getByRole("row", { name: /Testlaptop/ })).not.toContainText("Nog niet gebruikt");

    // A second device with a copy of the passkey signs in too: two sessions.
    const [kopie] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
    const tweede: BrowserContext = await browser.newContext();
    const tweedePagina = await tweede.newPage();
    const tweedeAuth = await virtueleAuthenticator(tweedePagina);
    await tweedeAuth.cdp.send("WebAuthn.addCredential", {
      authenticatorId: tweedeAuth.authenticatorId,
      credential: kopie!,
    });
    await tweedePagina.goto("/inloggen?terug=/mijn/beveiliging");
    await tweedePagina.getByRole("button", { name: "Inloggen met een passkey" }).click();
    await opPad(tweedePagina, "/mijn/beveiliging");

    // Sign out everywhere, from the first device: both sessions end.
    await page.getByRole("button", { name: "Overal uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen\?melding=overal-uitgelogd$/);
    await expect(page.getByText("U bent overal uitgelogd.")).toBeVisible();
    await tweedePagina.goto("/mijn/beveiliging");
    await opPad(tweedePagina, "/inloggen");
    await page.goto("/mijn/beveiliging");
    await opPad(page, "/inloggen");
    await tweede.close();
  });

  test("a passkey can be removed, and then no longer signs in", async ({ page, request }) => {
    const email = uniekAdres("verwijder");
    await virtueleAuthenticator(page);
    await page.goto("/inloggen?terug=/mijn/beveiliging");
    await vulCodeIn(page, await vraagCode(page, request, email));
    await page.getByLabel("Naam van de passkey").fill("Oude telefoon");
    await page.getByRole("button", { name: "Passkey toevoegen" }).click();
    await expect(page.getByRole("row", { name: /Oude telefoon/ })).toBeVisible();

    await page.getByRole("button", { name: "Passkey „Oude telefoon” verwijderen" }).click();
    await expect(page.getByText("De passkey is verwijderd. U kunt er niet meer mee inloggen.")).toBeVisible();
    await expect(page.getByText("U heeft nog geen passkey.")).toBeVisible();
    expect(await (await passkeyRijen(page)).count()).toBe(0);

    await page.goto("/uitloggen");
    await page.getByRole("main").getByRole("button", { name: "Uitloggen" }).click();
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Inloggen met een passkey" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "Inloggen met de passkey is niet gelukt. Probeer het opnieuw, of log in met een code.",
    );
    await opPad(page, "/inloggen");
  });

  test("in English: sign-in steps and the security page pass axe", async ({ page, request }) => {
    const email = uniekAdres("english");
    await page.goto("/inloggen?terug=/mijn/beveiliging");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in with a passkey" })).toBeVisible();

    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(page.getByRole("link", { name: "Enter your e-mail address." })).toBeVisible();
    await expectNoAxeViolations(page);

    const code = await vraagCode(page, request, email, EN);
    await expectNoAxeViolations(page);
    await vulCodeIn(page, "12345", EN);
    await expect(page.getByRole("link", { name: "The code has 6 digits, for example 123456." })).toBeVisible();
    await vulCodeIn(page, andereCode(code), EN);
    await expect(page.getByRole("link", { name: "This code is not correct. You can try 4 more times." })).toBeVisible();
    await expectNoAxeViolations(page);

    await vulCodeIn(page, code, EN);
    await opPad(page, "/mijn/beveiliging");
    await expect(page.getByRole("heading", { level: 1, name: "Sign-in and security" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the code sign-in works, with specific messages, and the passkey parts explain themselves", async ({
    page,
    request,
  }) => {
    const email = uniekAdres("zonderjs");
    await page.goto("/inloggen");
    await expect(page.getByRole("button", { name: "Inloggen met een passkey" })).toHaveCount(0);

    await page.getByRole("button", { name: "Stuur mij een code" }).click();
    await expect(page.getByRole("link", { name: "Vul uw e-mailadres in." })).toHaveAttribute(
      "href",
      "#" + (await page.getByLabel("E-mailadres").getAttribute("id")),
    );
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Stuur mij een code" }).click();
    await expect(
      page.getByRole("link", { name: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl." }),
    ).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");

    const code = await vraagCode(page, request, email);
    // A new code within the minute is refused, honestly: nothing sent, the last code still works, and when to ask again.
    await page.getByRole("button", { name: "Stuur mij een nieuwe code" }).click();
    await expect(
      page.getByText(
        /^Wij hebben nu geen nieuwe code gestuurd, want u kreeg er net al een\. Die code werkt nog: gebruik de code uit de nieuwste e-mail\. Een nieuwe code kunt u over \d+ seconden vragen\.$/,
      ),
    ).toBeVisible();

    await vulCodeIn(page, code);
    await opPad(page, "/mijn");

    await page.goto("/mijn/beveiliging");
    await expect(page.getByText(`U bent ingelogd als ${email}.`)).toBeVisible();
    await expect(page.getByText(/U kunt altijd inloggen met een code per e-mail\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Passkey toevoegen" })).toHaveCount(0);

    await page.goto("/uitloggen");
    await page.getByRole("main").getByRole("button", { name: "Uitloggen" }).click();
    await opPad(page, "/");
    await page.goto("/uitloggen");
    await expect(page.getByText("U bent niet ingelogd.")).toBeVisible();
  });

  test("after 5 wrong codes the code is blocked, also for the right code", async ({ page, request }) => {
    const email = uniekAdres("geblokkeerd");
    await page.goto("/inloggen");
    const code = await vraagCode(page, request, email);
    const fout = andereCode(code);
    for (const resterend of [4, 3, 2, 1]) {
      await vulCodeIn(page, fout);
      await expect(
        page.getByRole("link", { name: `Deze code klopt niet. U kunt het nog ${resterend} keer proberen.` }),
      ).toBeVisible();
    }
    const geblokkeerd = "U heeft te vaak een verkeerde code ingevuld. Vraag een nieuwe code aan.";
    await vulCodeIn(page, fout);
    await expect(page.getByRole("link", { name: geblokkeerd })).toBeVisible();
    await vulCodeIn(page, code);
    await expect(page.getByRole("link", { name: geblokkeerd })).toBeVisible();
    await opPad(page, "/inloggen/code");
  });
});
