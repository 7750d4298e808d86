/**
 * Issue 11 "Safe to put online", parts 1 and 2, against the real built server: generated input to
 * every public POST (and the signed-in client's wizard) never gets a 5xx or a stack trace, and
 * nothing is stored from a refused input (docs/decisions/016). FUZZ_AANTAL changes the count
 * (bench/README.md has the larger run); the run stops after FUZZ_MAX_MS whatever the count.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { fuzz } from "../support/invoer-fuzz";
import { latestCode, mailsTo } from "./support/mailbox";

const AANTAL = Number(process.env.FUZZ_AANTAL ?? 1_500);
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 75_000);

/** A client signed in with an e-mail code; returns the session cookie ("rl_sessie=…"). */
async function meldAan(request: APIRequestContext, basis: string): Promise<string> {
  const email = `fuzz.${Date.now().toString(36)}@example.test`;
  const start = new Date();
  const vraag = await request.post("/inloggen", { form: { email }, headers: { Origin: basis }, maxRedirects: 0 });
  expect(vraag.status()).toBe(302);
  const code = await latestCode(request, email, { after: start });
  const log = await request.post("/inloggen/code", {
    form: { email, code },
    headers: { Origin: basis },
    maxRedirects: 0,
  });
  expect(log.status()).toBe(302);
  const sessie = (await request.storageState()).cookies.find((c) => c.name === "rl_sessie");
  expect(sessie).toBeDefined();
  return `rl_sessie=${sessie!.value}`;
}

async function aantalVerzoeken(request: APIRequestContext): Promise<number> {
  const mijn = await request.get("/mijn");
  expect(mijn.status()).toBe(200);
  return new Set((await mijn.text()).match(/\/mijn\/verzoeken\/[A-Z0-9-]+/g) ?? []).size;
}

test("the sparse-index body of issue 11 gets a 400 at once for a signed-in client", async ({ request, baseURL }) => {
  const cookie = await meldAan(request, baseURL!);
  const start = Date.now();
  const response = await fetch(`${baseURL}/verzoek?index`, {
    method: "POST",
    headers: { Origin: baseURL!, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: "intent=volgende&stap=wie&correctie.rijen%5B99999999%5D.welk=x",
    signal: AbortSignal.timeout(10_000),
  });
  expect(Date.now() - start).toBeLessThan(2_000);
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(await response.text()).toBe(
    "Dit formulier heeft een lijst die te lang is. Open de pagina opnieuw en verstuur het formulier nog een keer.",
  );
  // The server still answers normally afterwards.
  expect((await request.get("/verzoek")).status()).toBe(200);
});

test("a JSON, text or broken multipart POST gets 415 or 400 with a plain sentence, never a stack trace", async ({
  baseURL,
}) => {
  const gevallen: Array<[string, string | undefined, string, number]> = [
    ["/inloggen", "application/json", '{"email":"a@example.test"}', 415],
    ["/inloggen/code", "text/plain", "email=a@example.test&code=123456", 415],
    ["/taal", "application/xml", "<taal>en</taal>", 415],
    ["/passkey/inloggen", "text/plain", "x", 415],
    ["/backoffice/inloggen", "multipart/form-data; boundary=x", "kapot", 400],
    ["/ontvanger/onbekend/download", "multipart/form-data", "", 400],
  ];
  for (const [pad, type, body, status] of gevallen) {
    const response = await fetch(baseURL + pad, {
      method: "POST",
      headers: { Origin: baseURL!, ...(type ? { "Content-Type": type } : {}) },
      body,
      redirect: "manual",
    });
    const tekst = await response.text();
    expect(response.status, pad).toBe(status);
    expect(tekst, pad).toMatch(/^Dit formulier [^\n]+\.$/);
  }
});

test("generated input to every public POST: no 5xx, no stack trace, nothing stored from a refused input", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(MAX_MS + 90_000);
  const cookie = await meldAan(request, baseURL!);
  const voor = await aantalVerzoeken(request);

  const uitslag = await fuzz({ basis: baseURL!, cookie, aantal: AANTAL, maxMs: MAX_MS });
  console.log(
    `Invoer-fuzz: ${uitslag.verstuurd} verstuurd in ${(uitslag.ms / 1000).toFixed(1)} s; per status ${JSON.stringify(uitslag.perStatus)}; ` +
      `5xx: ${uitslag.vijfhonderd.length}; stacktraces: ${uitslag.metStacktrace}; opnieuw verstuurd: ${uitslag.herhaald}; geweigerde fuzz-adressen: ${uitslag.geweigerdeAdressen.length}`,
  );
  expect(uitslag.vijfhonderd).toEqual([]);
  expect(uitslag.netwerkfouten).toEqual([]);
  expect(uitslag.metStacktrace).toBe(0);
  // Every generated input was sent (the time limit is only a guard), and the refusals are 4xx.
  expect(uitslag.verstuurd + uitslag.netwerkfouten.length).toBe(AANTAL);
  expect((uitslag.perStatus[400] ?? 0) + (uitslag.perStatus[415] ?? 0)).toBeGreaterThan(AANTAL / 4);

  // Nothing stored from a refused input: no mail to its addresses, no request beyond those accepted.
  expect(await aantalVerzoeken(request)).toBe(voor + uitslag.ontvangenVerzoeken);
  const teControleren = [...uitslag.geweigerdeAdressen];
  const gemaild: string[] = [];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let adres = teControleren.pop(); adres; adres = teControleren.pop()) {
        if ((await mailsTo(request, adres)).length > 0) gemaild.push(adres);
      }
    }),
  );
  expect(gemaild).toEqual([]);
  // The portal still works for the signed-in client.
  expect((await request.get("/verzoek")).status()).toBe(200);
});
