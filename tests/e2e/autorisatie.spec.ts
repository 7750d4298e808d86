/**
 * Authorisation over EVERY staff route that exists when this runs: the routes are read from
 * `npx remix routes --json` and filtered on /backoffice, /directie and /beheer (the anonymous
 * sign-in and invitation pages and their passkey option endpoints excepted); a random uuid stands
 * in for each :param. For each route:
 *  - anonymous GET → redirect to /backoffice/inloggen (a resource route may also answer 401/403/404/405);
 *  - GET with a client session (made through the real /inloggen with an e-mail code) → redirect to
 *    /backoffice/inloggen or 403, never 2xx;
 *  - POST without a session, and with a client session → never 2xx, and nothing changed (the queue
 *    a staff member sees, the outbox, the staff member's own session);
 *  - a staff session (made through an invitation and a passkey) is not sent to the sign-in page,
 *    so the checks above can fail.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { latestCode, mailsTo } from "./support/mailbox";
import { signInAsNewStaff, siteOrigin, uniqueStaffEmail } from "./support/staff";

type RouteNode = { id: string; path?: string; index?: boolean; file: string; children?: RouteNode[] };
type StaffRoute = { pattern: string; url: string; file: string; resource: boolean };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PREFIXES = ["/backoffice", "/directie", "/beheer"];
/** Reachable without a session by design: staff sign-in, the invitation, and their passkey options. */
const ANONIEM_TOEGESTAAN = new Set([
  "/backoffice/inloggen",
  "/backoffice/uitnodiging/:token",
  "/backoffice/passkey/inloggen",
  "/backoffice/passkey/registratie",
]);

/** Every route of the app with its full path pattern, from the Remix compiler's own route table. */
function leesRoutes(): StaffRoute[] {
  const uitvoer = execFileSync("npx", ["remix", "routes", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 60_000,
  });
  const boom = JSON.parse(uitvoer) as RouteNode[];
  const routes = new Map<string, StaffRoute>();
  const loop = (nodes: RouteNode[], ouder: string) => {
    for (const node of nodes) {
      const pattern = node.path ? `${ouder.replace(/\/$/, "")}/${node.path}`.replace(/\/+/g, "/") : ouder || "/";
      const opPrefix = PREFIXES.some((p) => pattern === p || pattern.startsWith(`${p}/`));
      if (opPrefix && !ANONIEM_TOEGESTAAN.has(pattern) && !routes.has(pattern)) {
        routes.set(pattern, {
          pattern,
          url: pattern
            .split("/")
            .map((deel) => (deel.startsWith(":") ? randomUUID() : deel === "*" ? "x" : deel.replace(/\?$/, "")))
            .join("/"),
          file: node.file,
          resource: /\.(ts|js)$/.test(node.file),
        });
      }
      if (node.children) loop(node.children, pattern);
    }
  };
  loop(boom, "");
  return [...routes.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

function isRedirectNaarInloggen(response: APIResponse): boolean {
  if (response.status() < 300 || response.status() >= 400) return false;
  const locatie = response.headers()["location"] ?? "";
  return new URL(locatie, siteOrigin()).pathname === "/backoffice/inloggen";
}

function beschrijf(route: StaffRoute, methode: string, response: APIResponse): string {
  return `${methode} ${route.pattern} (${route.file}) gaf ${response.status()} ${response.headers()["location"] ?? ""}`;
}

let routes: StaffRoute[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  routes = leesRoutes();
});

test("the route table holds the staff routes this test must cover", () => {
  const patronen = routes.map((r) => r.pattern);
  // These exist now; new ones are picked up automatically.
  expect(patronen).toContain("/backoffice");
  expect(patronen).toContain("/backoffice/uitloggen");
  for (const uitzondering of ANONIEM_TOEGESTAAN) expect(patronen).not.toContain(uitzondering);
  test.info().annotations.push({ type: "routes", description: patronen.join(", ") });
});

test("anonymous: every staff route sends you to /backoffice/inloggen; POST changes nothing", async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  // A staff member to look at the state before and after (queue, own session).
  await signInAsNewStaff(page, { rol: "backoffice" });
  const staff = page.request;
  const voor = await toestand(staff);

  const anoniem = await playwright.request.newContext({ baseURL: siteOrigin() });
  try {
    for (const route of routes) {
      const get = await anoniem.get(route.url, { maxRedirects: 0 });
      const ok = isRedirectNaarInloggen(get) || (route.resource && [401, 403, 404, 405].includes(get.status()));
      expect.soft(ok, beschrijf(route, "GET", get)).toBe(true);
      if (!route.resource) {
        // Back to this page after signing in.
        const terug = new URL(get.headers()["location"] ?? "/", siteOrigin()).searchParams.get("terug");
        expect.soft(terug, beschrijf(route, "GET", get)).toBe(route.url);
      }

      const post = await anoniem.post(route.url, {
        form: { intent: "autorisatietest" },
        headers: { Origin: siteOrigin() },
        maxRedirects: 0,
      });
      expect.soft(post.status() >= 200 && post.status() < 300, beschrijf(route, "POST", post)).toBe(false);
      expect.soft(post.status() < 500, beschrijf(route, "POST", post)).toBe(true);
    }
  } finally {
    await anoniem.dispose();
  }
  expect(await toestand(staff)).toEqual(voor);
});

test("a client session never reaches a staff route, by GET or POST", async ({ browser, page, request }) => {
  test.setTimeout(180_000);
  await signInAsNewStaff(page, { rol: "backoffice" });
  const voor = await toestand(page.request);

  // A real client session: /inloggen with the e-mail code from the outbox.
  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  const email = uniqueStaffEmail("client");
  try {
    await client.goto("/inloggen");
    await client.getByLabel("E-mailadres").fill(email);
    const start = new Date(Date.now() - 1000);
    await client.getByRole("button", { name: "Stuur mij een code" }).click();
    await client.getByLabel("Code van 6 cijfers").fill(await latestCode(request, email, { after: start }));
    await client.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect.poll(() => new URL(client.url()).pathname).toBe("/mijn");
    // The session is real: a client page answers 200.
    expect((await client.request.get("/mijn", { maxRedirects: 0 })).status()).toBe(200);

    for (const route of routes) {
      const get = await client.request.get(route.url, { maxRedirects: 0 });
      const ok =
        isRedirectNaarInloggen(get) ||
        get.status() === 403 ||
        (route.resource && [401, 404, 405].includes(get.status()));
      expect.soft(ok, beschrijf(route, "GET (cliënt)", get)).toBe(true);

      const post = await client.request.post(route.url, {
        form: { intent: "autorisatietest" },
        headers: { Origin: siteOrigin() },
        maxRedirects: 0,
      });
      expect.soft(post.status() >= 200 && post.status() < 300, beschrijf(route, "POST (cliënt)", post)).toBe(false);
      expect.soft(post.status() < 500, beschrijf(route, "POST (cliënt)", post)).toBe(true);
    }
    // The client is still signed in as a client (a staff route did not end or upgrade the session).
    expect((await client.request.get("/mijn", { maxRedirects: 0 })).status()).toBe(200);
  } finally {
    await clientContext.close();
  }
  expect(await toestand(page.request)).toEqual(voor);
});

test("a staff session is let through (so the checks above can fail)", async ({ page }) => {
  await signInAsNewStaff(page, { rol: "backoffice" });
  for (const route of routes) {
    const get = await page.request.get(route.url, { maxRedirects: 0 });
    expect.soft(isRedirectNaarInloggen(get), beschrijf(route, "GET (medewerker)", get)).toBe(false);
    expect.soft(get.status() < 500, beschrijf(route, "GET (medewerker)", get)).toBe(true);
  }
});

/** What must not change: the queue a staff member sees, the outbox of the demo staff, and their session. */
async function toestand(staff: APIRequestContext) {
  const wachtrij = await staff.get("/backoffice", { maxRedirects: 0 });
  const html = await wachtrij.text();
  const demoAdressen = [
    "sanne.jansen@delinde.example",
    "mehmet.yilmaz@delinde.example",
    "anouk.vandenberg@delinde.example",
    "pieter.bakker@delinde.example",
  ];
  const mails = await Promise.all(demoAdressen.map(async (a) => (await mailsTo(staff, a)).length));
  return {
    wachtrijStatus: wachtrij.status(),
    openVerzoeken: /(?:Alle open verzoeken|All open requests): (\d+)/.exec(html)?.[1] ?? null,
    rijen: (html.match(/<tr/g) ?? []).length,
    mails,
  };
}
