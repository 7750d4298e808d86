/**
 * No test code in what ships (docs/decisions/026): the e2e fixtures live in tests/e2e/support and
 * run in the Playwright worker; `npm run build` (which `npm run test:e2e` runs first) must contain
 * none of them, and the server has no /test/* routes, not even with NODE_ENV=test.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** What test code in the code would look like: a test route's id, a fixture's name. */
const VERBODEN = [
  /routes\/test\./,
  /legitimeerVoorTest|maakMijnVerzoek|maakPakketVerzoek|vulWachtrij|dateerVerzoekTerug|e2eDatabase/,
];
/** A source map's list of source files: none from a test folder (their comments may name one). */
const VERBODEN_BRON = /(^|\/)(tests\/|app\/routes\/test\.)|\.(test|spec)\.tsx?$/;

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = path.join(map, naam);
    return statSync(pad).isDirectory() ? bestanden(pad) : [pad];
  });
}

test("the build (server, worker, commands, browser bundle and their source maps) holds no test code", () => {
  const alle = [...bestanden("build"), ...bestanden(path.join("public", "build"))];
  expect(alle.some((b) => b.endsWith(path.join("build", "index.js")))).toBe(true);
  expect(alle.some((b) => b.endsWith(path.join("build", "server.js")))).toBe(true);
  const treffers = alle.flatMap((bestand) => {
    const tekst = readFileSync(bestand, "utf8");
    if (bestand.endsWith(".map")) {
      const { sources } = JSON.parse(tekst) as { sources: string[] };
      return sources.filter((bron) => VERBODEN_BRON.test(bron)).map((bron) => `${bestand}: ${bron}`);
    }
    return VERBODEN.filter((patroon) => patroon.test(tekst)).map((patroon) => `${bestand}: ${patroon}`);
  });
  expect(treffers).toEqual([]);
});

test("the e2e server (NODE_ENV=test) has no test routes", async ({ request }) => {
  for (const pad of [
    "/test/mijn-verzoek",
    "/test/backoffice-wachtrij",
    "/test/medewerker-uitnodiging",
    "/test/verzoek-terugdateren",
  ]) {
    const response = await request.post(pad, {
      form: {},
      headers: { Origin: new URL(test.info().project.use.baseURL!).origin },
    });
    expect(response.status(), pad).toBe(404);
  }
});
