/**
 * Issue 11: the routes read their body through the one parser (app/server/invoer.server.ts), against
 * a real database: a signed-in client's sparse-index body is refused before the wizard builds
 * anything, a refusal is in the language the user chose, and nothing is stored from it.
 */
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { accounts, uitgaandeMail, verzoeken } from "../../db/schema";
import { taalCookie } from "~/i18n/taal.server";
import { action as inloggenAction } from "~/routes/inloggen";
import { action as taalAction } from "~/routes/taal";
import { action as verzoekAction } from "~/routes/verzoek._index";
import { vergeetAangebodenTalen } from "~/services/organisatie.server";
import { startSessie } from "~/services/sessies.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const db = () => testDb().db;
let sessieCookie = "";

beforeAll(async () => {
  const [rij] = await db()
    .insert(accounts)
    .values({ email: "invoer@example.test", naam: "Testpersoon" })
    .returning({ id: accounts.id });
  sessieCookie = (await startSessie(db(), { accountId: rij!.id })).split(";")[0]!;
  vergeetAangebodenTalen();
});

function post(pad: string, body: string, contentType: string, cookie = sessieCookie): Request {
  return new Request(`http://localhost${pad}`, {
    method: "POST",
    body,
    headers: { "Content-Type": contentType, Origin: "http://localhost", Cookie: cookie },
  });
}

async function geweigerd(uitvoering: Promise<unknown>): Promise<{ status: number; tekst: string }> {
  try {
    await uitvoering;
  } catch (error) {
    if (error instanceof Response) return { status: error.status, tekst: await error.text() };
    throw error;
  }
  throw new Error("Het formulier werd aangenomen.");
}

const ARGS = { params: {}, context: { cspNonce: "" } };

describe("the routes refuse bad bodies before doing anything", () => {
  it("the wizard refuses the signed-in client's sparse-index body with 400 within a second", async () => {
    const start = performance.now();
    const w = await geweigerd(
      verzoekAction({
        ...ARGS,
        request: post(
          "/verzoek?index",
          "intent=volgende&stap=wie&correctie.rijen%5B99999999%5D.welk=x",
          "application/x-www-form-urlencoded",
        ),
      }),
    );
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(w).toEqual({ status: 400, tekst: expect.stringContaining("lijst die te lang is") });
  });

  it("a JSON submission of the wizard is 415 and stores no request and no mail", async () => {
    const voor = await tel();
    const body = JSON.stringify({ intent: "indienen", type: "inzage", "betrokkene.naam": "Test" });
    expect(
      (await geweigerd(verzoekAction({ ...ARGS, request: post("/verzoek?index", body, "application/json") }))).status,
    ).toBe(415);
    const code = JSON.stringify({ intent: "code_aanvragen", email: "nieuw@example.test" });
    expect(
      (await geweigerd(verzoekAction({ ...ARGS, request: post("/verzoek?index", code, "application/json") }))).status,
    ).toBe(415);
    expect(
      (
        await geweigerd(
          inloggenAction({ ...ARGS, request: post("/inloggen", "email=nieuw@example.test", "text/plain", "") }),
        )
      ).status,
    ).toBe(415);
    expect(await tel()).toEqual(voor);
  });

  it("the refusal is in English when the user chose English", async () => {
    const taal = (await taalCookie.serialize("en")).split(";")[0]!;
    const w = await geweigerd(
      taalAction({ ...ARGS, request: post("/taal", '{"taal":"nl"}', "application/json", taal) }),
    );
    expect(w).toEqual({
      status: 415,
      tekst:
        "This form was sent in a format this website does not accept. Open the page again and send the form once more.",
    });
  });
});

async function tel() {
  const [v] = await db().select({ n: count() }).from(verzoeken);
  const [m] = await db().select({ n: count() }).from(uitgaandeMail);
  return { verzoeken: v!.n, mails: m!.n };
}
