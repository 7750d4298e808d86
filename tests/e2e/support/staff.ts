/**
 * Staff in e2e tests: from an invitation to a signed-in staff session, the real way (invitation
 * page, passkey with Chromium's virtual authenticator, user verification). Reuse these in any spec
 * that needs a backoffice, directie or beheerder session:
 *
 *   const staff = await signInAsNewStaff(page, { rol: "directie" });   // lands on /directie (LANDING)
 *   await page.goto("/backoffice/...");
 *   await signOutStaff(page);                                          // POST /backoffice/uitloggen
 *   await signInStaffWithPasskey(page);                                // same authenticator
 *
 * The invitation is created by the real service (`nodigMedewerkerUit`, system actor), called in
 * this worker on the e2e server's database (./fixtures.ts, docs/decisions/026). The invitation
 * e-mail is queued as usual and can be read with ./mailbox.ts (template "medewerker_uitnodiging").
 *
 * Do not use the demo staff's own invitations (sent at the demo start, one per person and server
 * run): tests/e2e/backoffice-inloggen.spec.ts uses Sanne Jansen's. Make your own staff here.
 */
import { expect, test, type CDPSession, type Page } from "@playwright/test";
import { nodigMedewerkerUitVoorTest } from "./fixtures";

export type StaffRol = "backoffice" | "directie" | "beheerder";

export type VirtualAuthenticator = { cdp: CDPSession; authenticatorId: string };

export type StaffInvitation = {
  /** The full one-time URL (PUBLIC_URL + /backoffice/uitnodiging/<token>). */
  url: string;
  /** Its path, to use with page.goto. */
  path: string;
  medewerkerId: string;
  email: string;
  naam: string;
  rol: StaffRol;
};

export type SignedInStaff = StaffInvitation & VirtualAuthenticator;

/** The invitation page's button and the sign-in page's button, in Dutch and English. */
export const CREATE_PASSKEY_BUTTON = /^(Passkey aanmaken|Create passkey)$/;
export const SIGN_IN_BUTTON = /^(Inloggen met uw passkey|Sign in with your passkey)$/;

/** The site's origin, for the Origin header every POST needs (app/server/http.server.ts). */
export function siteOrigin(): string {
  const fromProject = test.info().project.use.baseURL;
  if (fromProject) return new URL(fromProject).origin;
  return `http://localhost:${process.env.E2E_PORT ?? "3100"}`;
}

/** A fresh, fictional staff address (RFC 2606 ".example": no mail can reach anyone). */
export function uniqueStaffEmail(prefix = "medewerker"): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@e2e.example`;
}

/**
 * Chromium's virtual platform authenticator (CDP WebAuthn): ctap2, internal transport, resident
 * keys, user verification that succeeds. `isUserVerified: false` simulates a device whose user
 * does not pass the fingerprint/PIN check.
 */
export async function addVirtualAuthenticator(
  page: Page,
  opts: { isUserVerified?: boolean } = {},
): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: opts.isUserVerified ?? true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

/**
 * Invite a staff member through the real service (system actor), as the CLI would. A new person
 * when `email` is new; an existing one gets a new invitation (their older ones stop working).
 */
export async function inviteStaff(
  _page: Page,
  opts: { rol?: StaffRol; email?: string; naam?: string } = {},
): Promise<StaffInvitation> {
  const rol = opts.rol ?? "backoffice";
  const email = opts.email ?? uniqueStaffEmail(rol);
  const naam = opts.naam ?? `E2e ${rol} ${email.split("@")[0]!.split(".")[1]}`;
  const uitnodiging = await nodigMedewerkerUitVoorTest({ email, naam, rol });
  return {
    url: uitnodiging.url,
    path: new URL(uitnodiging.url).pathname,
    medewerkerId: uitnodiging.medewerkerId,
    email,
    naam,
    rol,
  };
}

/**
 * Open an invitation and create the passkey with the virtual authenticator of this page; waits
 * until the browser lands where the role's work is (LANDING) with a staff session.
 */
export async function acceptInvitation(
  page: Page,
  invitationPath: string,
  rol: StaffRol = "backoffice",
): Promise<void> {
  await page.goto(invitationPath);
  await page.getByRole("button", { name: CREATE_PASSKEY_BUTTON }).click();
  await page.waitForURL((url) => url.pathname === LANDING[rol]);
}

/** Where each role lands after the invitation and after a sign-in without a page to return to. */
export const LANDING: Record<StaffRol, string> = {
  backoffice: "/backoffice",
  directie: "/directie",
  beheerder: "/beheer",
};

/**
 * A fresh page → a new staff member with `rol` → invitation → passkey (virtual authenticator) →
 * signed in on /backoffice. The authenticator stays on the page for later passkey sign-ins.
 */
export async function signInAsNewStaff(
  page: Page,
  opts: { rol?: StaffRol; email?: string; naam?: string } = {},
): Promise<SignedInStaff> {
  const authenticator = await addVirtualAuthenticator(page);
  const invitation = await inviteStaff(page, opts);
  await acceptInvitation(page, invitation.path, invitation.rol);
  return { ...invitation, ...authenticator };
}

/** Sign in on /backoffice/inloggen with the passkey already in this page's virtual authenticator. */
export async function signInStaffWithPasskey(page: Page, terug?: string): Promise<void> {
  await page.goto(terug ? `/backoffice/inloggen?terug=${encodeURIComponent(terug)}` : "/backoffice/inloggen");
  await page.getByRole("button", { name: SIGN_IN_BUTTON }).click();
  // Without a page to return to, each role lands where its work is (LANDING).
  await page.waitForURL((url) =>
    terug ? url.pathname + url.search === terug : Object.values(LANDING).includes(url.pathname),
  );
}

/** Sign out the staff session of this browser (POST /backoffice/uitloggen). */
export async function signOutStaff(page: Page): Promise<void> {
  const response = await page.request.post("/backoffice/uitloggen", {
    headers: { Origin: siteOrigin() },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
}
