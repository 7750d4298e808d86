/**
 * Staff access in a real browser: the demo start's invitation e-mail (read from the outbox) →
 * passkey with Chromium's virtual authenticator (user verification) → /backoffice; sign out; sign
 * in again with the passkey; a used invitation no longer works; a client's passkey is refused;
 * without JavaScript both pages explain what is needed; axe scans of the invitation page and the
 * staff sign-in page in Dutch and English.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { latestCode, latestMail } from "./support/mailbox";
import {
  addVirtualAuthenticator,
  inviteStaff,
  signInAsNewStaff,
  signInStaffWithPasskey,
  signOutStaff,
  uniqueStaffEmail,
} from "./support/staff";

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

async function opPad(page: Page, pad: string) {
  await expect.poll(() => new URL(page.url()).pathname).toBe(pad);
}

/** The demo backoffice member (db/demo.server.ts); this spec is the only one that uses her invitation. */
const SANNE = { naam: "Sanne Jansen", email: "sanne.jansen@delinde.example" };
const ONGELDIG = "Deze uitnodiging is verlopen of al gebruikt. Vraag de beheerder om een nieuwe.";

test("demo invitation e-mail → passkey → backoffice; sign out; sign in with the passkey; the invitation is used up", async ({
  page,
  request,
}) => {
  // The demo start queued an invitation for every demo staff member.
  const mail = await latestMail(request, SANNE.email, { sjabloon: "medewerker_uitnodiging" });
  expect(mail.onderwerp).toBe("Uw uitnodiging voor het Rechtenloket");
  expect(mail.tekst).toContain("Beste Sanne Jansen,");
  expect(mail.tekst).toContain("Uw rol is: backoffice (verzoeken behandelen).");
  const url = /https?:\/\/\S+\/backoffice\/uitnodiging\/[A-Za-z0-9_-]{43}/.exec(mail.tekst)?.[0];
  expect(url, mail.tekst).toBeDefined();
  const pad = new URL(url!).pathname;

  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  const antwoord = await page.goto(pad);
  expect(antwoord?.status()).toBe(200);
  await expect(page).toHaveTitle("Uitnodiging voor medewerkers – Rechtenloket");
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij het Rechtenloket" })).toBeVisible();
  await expect(page.getByText(`Deze uitnodiging is voor ${SANNE.naam} (${SANNE.email}).`)).toBeVisible();
  await expect(page.getByText("Uw rol: backoffice (verzoeken behandelen).")).toBeVisible();
  await expect(
    page.getByText(/^De uitnodiging werkt één keer en is geldig tot \S+ \d{1,2} \S+ \d{4} om \d{2}:\d{2}\.$/),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Passkey aanmaken" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Passkey aanmaken" }).click();
  await opPad(page, "/backoffice");
  await expect(page.getByRole("navigation", { name: "Backoffice" })).toContainText(`Ingelogd als ${SANNE.naam}`);
  await expect(page.getByRole("heading", { level: 1, name: "Wachtrij" })).toBeVisible();
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.isResidentCredential).toBe(true);

  // Signing out takes a POST; the GET page only shows the button.
  await page.goto("/backoffice/uitloggen");
  await expect(page.getByRole("heading", { level: 1, name: "Uitloggen" })).toBeVisible();
  await expect(page).toHaveTitle("Uitloggen – Backoffice – Rechtenloket");
  await expectNoAxeViolations(page);
  await page.getByRole("form", { name: "Uitloggen" }).getByRole("button", { name: "Uitloggen" }).click();
  await opPad(page, "/backoffice/inloggen");
  await expect(page.getByRole("status")).toHaveText("U bent uitgelogd.");
  await page.goto("/backoffice");
  await expect(page).toHaveURL(/\/backoffice\/inloggen\?terug=%2Fbackoffice$/);
  await expect(page).toHaveTitle("Inloggen voor medewerkers – Rechtenloket");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen voor medewerkers" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sign in again with the passkey: no e-mail address, no code; back to where she was going.
  await page.getByRole("button", { name: "Inloggen met uw passkey" }).click();
  await opPad(page, "/backoffice");
  await expect(page.getByRole("navigation", { name: "Backoffice" })).toContainText(`Ingelogd als ${SANNE.naam}`);

  // The invitation worked once.
  const weer = await page.goto(pad);
  expect(weer?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1, name: "Deze uitnodiging werkt niet meer" })).toBeVisible();
  await expect(page.getByText(ONGELDIG)).toBeVisible();
  await expect(page.getByRole("button", { name: "Passkey aanmaken" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Its options endpoint refuses too.
  const opties = await page.request.post("/backoffice/passkey/registratie", {
    form: { token: pad.split("/").pop()! },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(opties.status()).toBe(410);

  // An unknown link: 404, the same plain message.
  const onbekend = await page.goto(`/backoffice/uitnodiging/${"A".repeat(43)}`);
  expect(onbekend?.status()).toBe(404);
  await expect(page.getByText(ONGELDIG)).toBeVisible();
});

test("in English: the invitation page and the staff sign-in page pass axe", async ({ page }) => {
  const uitnodiging = await inviteStaff(page, { rol: "directie", naam: "E2e Director" });
  await page.goto(uitnodiging.path);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Staff invitation – Rights desk");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Rights desk" })).toBeVisible();
  await expect(page.getByText(`This invitation is for E2e Director (${uitnodiging.email}).`)).toBeVisible();
  await expect(page.getByText("Your role: management (deciding and signing decisions).")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create passkey" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/backoffice/uitnodiging/${"B".repeat(43)}`);
  await expect(
    page.getByText("This invitation has expired or has already been used. Ask the administrator for a new one."),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/backoffice/inloggen");
  await expect(page).toHaveTitle("Staff sign-in – Rights desk");
  await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with your passkey" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A message after a failed sign-in passes too (no passkey on this device: the dialog fails).
  await addVirtualAuthenticator(page);
  await page.getByRole("button", { name: "Sign in with your passkey" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a device that does not verify the user cannot create the staff passkey; the invitation stays usable", async ({
  page,
}) => {
  const uitnodiging = await inviteStaff(page, { rol: "backoffice" });
  const zonderVerificatie = await addVirtualAuthenticator(page, { isUserVerified: false });
  await page.goto(uitnodiging.path);
  await page.getByRole("button", { name: "Passkey aanmaken" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await opPad(page, uitnodiging.path);
  expect(
    (
      await zonderVerificatie.cdp.send("WebAuthn.getCredentials", {
        authenticatorId: zonderVerificatie.authenticatorId,
      })
    ).credentials,
  ).toHaveLength(0);

  // With a device that does verify the user, the same invitation works.
  await zonderVerificatie.cdp.send("WebAuthn.setUserVerified", {
    authenticatorId: zonderVerificatie.authenticatorId,
    isUserVerified: true,
  });
  await page.getByRole("button", { name: "Passkey aanmaken" }).click();
  await opPad(page, "/backoffice");
});

test("a client's passkey does not sign in as staff, with a plain message", async ({ page, request }) => {
  const email = uniqueStaffEmail("client");
  await addVirtualAuthenticator(page);
  await page.goto("/inloggen?terug=/mijn/beveiliging");
  await page.getByLabel("E-mailadres").fill(email);
  const start = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await page.getByLabel("Code van 6 cijfers").fill(await latestCode(request, email, { after: start }));
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await opPad(page, "/mijn/beveiliging");
  await page.getByLabel("Naam van de passkey").fill("Telefoon");
  await page.getByRole("button", { name: "Passkey toevoegen" }).click();
  await expect(page.getByRole("row", { name: /Telefoon/ })).toBeVisible();

  await page.goto("/backoffice/inloggen");
  await page.getByRole("button", { name: "Inloggen met uw passkey" }).click();
  const melding = page.getByRole("alert");
  await expect(melding).toContainText(
    "Deze passkey hoort niet bij een medewerker. Bent u cliënt of vertegenwoordiger? Log dan in op de gewone inlogpagina.",
  );
  await expect(melding.getByRole("link", { name: "Inloggen voor cliënten" })).toHaveAttribute("href", "/inloggen");
  await opPad(page, "/backoffice/inloggen");
  await expectNoAxeViolations(page);
  // Still no way into the backoffice.
  await page.goto("/backoffice");
  await opPad(page, "/backoffice/inloggen");
});

test("the shared helper signs in a new staff member; sign-in returns to ?terug, never to another site", async ({
  page,
}) => {
  const staff = await signInAsNewStaff(page, { rol: "directie" });
  // The directie lands on what awaits their signature.
  await opPad(page, "/directie");
  await expect(page.getByRole("heading", { level: 1, name: "Te ondertekenen" })).toBeVisible();
  await page.goto("/backoffice");
  await expect(page.getByRole("navigation", { name: "Backoffice" })).toContainText(`Ingelogd als ${staff.naam}`);

  await signOutStaff(page);
  await page.goto("/backoffice");
  await opPad(page, "/backoffice/inloggen");

  await signInStaffWithPasskey(page, "/backoffice?behandelaar=ik");
  await expect(page.getByRole("navigation", { name: "Backoffice" })).toContainText(`Ingelogd als ${staff.naam}`);
  await signOutStaff(page);

  await page.goto("/backoffice/inloggen?terug=//evil.example/x");
  await page.getByRole("button", { name: "Inloggen met uw passkey" }).click();
  await opPad(page, "/directie");
  expect(new URL(page.url()).host).toBe(new URL(staff.url).host);
});

test("the staff sign-in page carries no client menu; its sign-in link is the staff sign-in", async ({ page }) => {
  await page.goto("/backoffice/inloggen");
  const kop = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(kop.getByRole("link", { name: "Mijn verzoeken" })).toHaveCount(0);
  await expect(kop.getByRole("link", { name: "Verzoek indienen" })).toHaveCount(0);
  await expect(kop.getByRole("link", { name: "Inloggen" })).toHaveAttribute("href", "/backoffice/inloggen");
  await page.goto("/");
  await expect(kop.getByRole("link", { name: "Mijn verzoeken" })).toBeVisible();
  await expect(kop.getByRole("link", { name: "Inloggen" })).toHaveAttribute("href", "/inloggen");
});

test("each role lands where its work is: the beheerder on /beheer after the invitation and after every sign-in", async ({
  page,
}) => {
  const beheerder = await signInAsNewStaff(page, { rol: "beheerder" });
  await opPad(page, "/beheer");
  await expect(page.getByText("U heeft geen toegang tot de wachtrij")).toHaveCount(0);
  // The header carries the staff menu for the role, never the client menu.
  const kop = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(kop.getByRole("link", { name: "Beheer" })).toBeVisible();
  await expect(kop.getByRole("link", { name: "Mijn verzoeken" })).toHaveCount(0);
  await expect(kop.getByRole("link", { name: "Verzoek indienen" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await signOutStaff(page);
  await page.goto("/backoffice/inloggen");
  await page.getByRole("button", { name: "Inloggen met uw passkey" }).click();
  await opPad(page, "/beheer");
  await expect(page.getByRole("navigation", { name: "Beheer" })).toContainText(`Ingelogd als ${beheerder.naam}`);
  // An old bookmark to the queue leads on to /beheer too.
  await page.goto("/backoffice");
  await opPad(page, "/beheer");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the invitation page and the sign-in page explain that a passkey needs JavaScript and a screen lock", async ({
    page,
  }) => {
    const uitnodiging = await inviteStaff(page, { rol: "beheerder" });
    await page.goto(uitnodiging.path);
    await expect(
      page.getByText(/^Voor een passkey heeft u JavaScript nodig, en een apparaat met een schermvergrendeling/),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Passkey aanmaken" })).toHaveCount(0);
    await expect(page.getByText("Uw rol: beheerder (organisatie en medewerkers instellen).")).toBeVisible();

    await page.goto("/backoffice/inloggen");
    await expect(page.getByText(/^Voor inloggen met een passkey heeft u JavaScript nodig/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Inloggen met uw passkey" })).toHaveCount(0);
  });
});
