import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseWithZod } from "@conform-to/zod/v4";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { controleerVelden, INVOERGRENZEN, leesFormulier, naamDelen } from "./invoer.server";

const BASIS = "http://localhost/verzoek?index";

function post(body: BodyInit | null, contentType: string | null, extra: Record<string, string> = {}): Request {
  const headers = new Headers(extra);
  if (contentType) headers.set("Content-Type", contentType);
  return new Request(BASIS, { method: "POST", body, headers });
}

/** The refusal leesFormulier throws: status and text, or null when the form was accepted. */
async function weigering(request: Request, opties?: Parameters<typeof leesFormulier>[1]) {
  try {
    await leesFormulier(request, opties);
    return null;
  } catch (error) {
    if (!(error instanceof Response)) throw error;
    return { status: error.status, tekst: await error.text(), type: error.headers.get("content-type") };
  }
}

describe("leesFormulier: the one body parser (docs/decisions/016)", () => {
  it("refuses the 70-byte sparse-index body of issue 11 with 400, quickly, before anything nested is built", async () => {
    const body = "intent=volgende&stap=wie&correctie.rijen%5B99999999%5D.welk=x";
    const start = performance.now();
    const w = await weigering(post(body, "application/x-www-form-urlencoded"));
    expect(performance.now() - start).toBeLessThan(500);
    expect(w).toEqual({
      status: 400,
      tekst: expect.stringContaining("lijst die te lang is"),
      type: "text/plain; charset=utf-8",
    });
  });

  it("reads an ordinary form, including the wizard's nested names, unchanged", async () => {
    const body = new URLSearchParams([
      ["intent", "volgende"],
      ["stap", "wie"],
      ["correctie.rijen[0].welk", "Adres"],
      ["correctie.rijen[19].moetZijn", "Kerkstraat 1"],
      ["talen", "nl"],
      ["talen", "en"],
    ]);
    const form = await leesFormulier(post(body.toString(), "application/x-www-form-urlencoded; charset=UTF-8"));
    expect([...form]).toEqual([...body]);
    const payload = parseWithZod(form, { schema: z.unknown() }).payload as { correctie: { rijen: unknown[] } };
    expect(payload.correctie.rijen).toHaveLength(20);
  });

  it("accepts no body at all (the passkey options fetch) and an empty form", async () => {
    expect([...(await leesFormulier(post(null, null)))]).toEqual([]);
    expect([...(await leesFormulier(post("", "application/x-www-form-urlencoded")))]).toEqual([]);
  });

  it("refuses JSON, text, XML and a body without type with 415 and a plain Dutch sentence", async () => {
    for (const [body, type] of [
      ['{"email":"a@example.test"}', "application/json"],
      ["email=a@example.test", "text/plain"],
      ["<email>a</email>", "application/xml"],
      ["email=a", null],
    ] as const) {
      const w = await weigering(post(body, type));
      expect(w?.status, String(type)).toBe(415);
      expect(w?.tekst).toContain("in een vorm verstuurd die deze website niet aanneemt");
    }
  });

  it("refuses a broken multipart body with 400 and reads a good one", async () => {
    for (const body of ["hallo", '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nzonder einde']) {
      const w = await weigering(post(body, "multipart/form-data; boundary=x"));
      expect(w?.status).toBe(400);
      expect(w?.tekst).toContain("beschadigd of onvolledig");
    }
    expect((await weigering(post("hallo", "multipart/form-data")))?.status).toBe(400);
    const goed = new FormData();
    goed.set("email", "a@example.test");
    const request = new Request(BASIS, { method: "POST", body: goed });
    expect((await leesFormulier(request)).get("email")).toBe("a@example.test");
  });

  it("refuses a file where none is expected, and a file above the route's own limit with 413", async () => {
    const form = new FormData();
    form.set("logo", new File([new Uint8Array(2_000)], "logo.png", { type: "image/png" }));
    const zonder = await weigering(new Request(BASIS, { method: "POST", body: form }));
    expect(zonder?.status).toBe(400);
    expect(zonder?.tekst).toContain("geen bestanden");
    const teGroot = await weigering(new Request(BASIS, { method: "POST", body: form }), { bestanden: { logo: 1_000 } });
    expect(teGroot?.status).toBe(413);
    const goed = await leesFormulier(new Request(BASIS, { method: "POST", body: form }), {
      bestanden: { logo: 2_000 },
    });
    expect((goed.get("logo") as File).size).toBe(2_000);
  });

  it("refuses a body above the limit with 413, also when it is sent without Content-Length (chunked)", async () => {
    const groot = "tekst=" + "a".repeat(300 * 1024);
    expect((await weigering(post(groot, "application/x-www-form-urlencoded")))?.status).toBe(413);
    const stroom = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("a".repeat(10 * 1024)));
        controller.close();
      },
    });
    const chunked = new Request(BASIS, {
      method: "POST",
      body: stroom,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    const w = await weigering(chunked);
    expect(w?.status).toBe(413);
    expect(w?.tekst).toContain("te groot");
  });

  it("each limit: fields, name length, depth, index, list places, value length, NUL, reserved names", async () => {
    const formulier = (paren: Array<[string, string]>) =>
      post(new URLSearchParams(paren).toString(), "application/x-www-form-urlencoded");
    const reeks = (n: number, maak: (i: number) => [string, string]) => Array.from({ length: n }, (_, i) => maak(i));
    const gevallen: Array<[Array<[string, string]>, number, string]> = [
      [reeks(INVOERGRENZEN.velden + 1, (i) => [`v${i}`, "x"]), 400, "te veel velden"],
      [[["a".repeat(INVOERGRENZEN.naamTekens + 1), "x"]], 400, "veld dat deze website niet kent"],
      [[["a.b.c.d.e.f.g", "x"]], 400, "lijst"],
      [[[`a[${INVOERGRENZEN.hoogsteIndex + 1}]`, "x"]], 400, "lijst"],
      [reeks(6, (i) => [`lijst${i}[999]`, "x"]), 400, "lijst"],
      [[["tekst", "a".repeat(INVOERGRENZEN.waardeTekens + 1)]], 400, "te lang"],
      [[["tekst", "a\u0000b"]], 400, "teken"],
      [[["__state__", "{"]], 400, "niet kent"],
      [[["__intent__", "x"]], 400, "niet kent"],
      [[["a.__proto__.b", "x"]], 400, "niet kent"],
      [[["a[]b", "x"]], 400, "niet kent"],
      [[["", "x"]], 400, "niet kent"],
    ];
    for (const [paren, status, tekst] of gevallen) {
      const w = await weigering(formulier(paren));
      expect(w?.status, paren[0]![0].slice(0, 40)).toBe(status);
      expect(w?.tekst).toContain(tekst);
    }
    // Just inside every limit is fine.
    expect(await weigering(formulier(reeks(INVOERGRENZEN.velden, (i) => [`v${i}`, "x"])))).toBeNull();
    expect(await weigering(formulier([[`a.b.c.d.e[${INVOERGRENZEN.hoogsteIndex}]`, "x"]]))).toBeNull();
    expect(await weigering(formulier(reeks(5, (i) => [`lijst${i}[999]`, "x"])))).toBeNull();
  });

  it("the import may carry its 2 MB JSON as pasted text", async () => {
    const json = JSON.stringify({ tekst: "a".repeat(1_500_000) });
    const body = new URLSearchParams({ tekst: json }).toString();
    expect(
      await weigering(post(body, "application/x-www-form-urlencoded"), {
        maxBytes: 5 * 1024 * 1024,
        waardeTekens: 2 * 1024 * 1024,
      }),
    ).toBeNull();
    expect((await weigering(post(body, "application/x-www-form-urlencoded")))?.status).toBe(413);
  });
});

describe("field names: what the form library would build from them stays small (property)", () => {
  /** Sum of the lengths of all arrays in a value: the places conform's nested parse made. */
  function lijstplaatsen(waarde: unknown): number {
    if (Array.isArray(waarde)) return waarde.length + waarde.reduce<number>((som, w) => som + lijstplaatsen(w), 0);
    if (waarde && typeof waarde === "object")
      return Object.values(waarde).reduce<number>((som, w) => som + lijstplaatsen(w), 0);
    return 0;
  }

  const sleutel = fc.oneof(
    fc.constantFrom(
      "correctie",
      "rijen",
      "welk",
      "betrokkene",
      "naam",
      "a",
      "__proto__",
      "constructor",
      "__state__",
      "",
    ),
    fc.string({ maxLength: 6 }),
  );
  const index = fc.oneof(
    fc.nat(20),
    fc.nat(2_000),
    fc.nat(200_000),
    fc.constantFrom(99_999_999, 4_294_967_295, 1e15),
    fc.nat(),
  );
  const deel = fc.oneof(
    sleutel.map((s) => `.${s}`),
    index.map((i) => `[${i}]`),
    fc.constantFrom("[]", "[", "]", "..", "[x]", "[-1]", "[01]"),
  );
  const gestructureerd = fc.tuple(sleutel, fc.array(deel, { maxLength: 10 })).map(([s, d]) => s + d.join(""));
  const naam = fc.oneof(gestructureerd, fc.string({ maxLength: 40, unit: "binary" }));

  it("random names: refused with a 400, or accepted and then small and faithful in conform's parse", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(naam, fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 30 }),
        async (velden) => {
          const body = new URLSearchParams(velden).toString();
          const request = post(body, "application/x-www-form-urlencoded");
          const start = performance.now();
          let form: FormData;
          try {
            form = await leesFormulier(request);
          } catch (error) {
            expect(error).toBeInstanceOf(Response);
            expect((error as Response).status).toBe(400);
            expect(performance.now() - start).toBeLessThan(200);
            return;
          }
          const payload = parseWithZod(form, { schema: z.unknown() }).payload;
          expect(lijstplaatsen(payload)).toBeLessThanOrEqual(INVOERGRENZEN.lijstplaatsen);
          expect(performance.now() - start).toBeLessThan(200);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("every accepted name reaches its value in conform's parse (the two grammars agree)", () => {
    fc.assert(
      fc.property(naam, (n) => {
        const delen = naamDelen(n);
        fc.pre(typeof delen !== "string");
        const form = new FormData();
        form.append(n, "gevonden-waarde");
        expect(controleerVelden(form)).toBeNull();
        expect(JSON.stringify(parseWithZod(form, { schema: z.unknown() }).payload)).toContain("gevonden-waarde");
      }),
      { numRuns: 2_000 },
    );
  });

  it("the names our own forms use are accepted", () => {
    const namen = [
      "intent",
      "stap",
      "sleutel",
      "website",
      "indiener.voorWie",
      "betrokkene.naam",
      "correctie.rijen[19].moetZijn",
      "wijzigingen[999].nieuweWaarde",
      "nieuw[0].dossierItemId",
      "talen_en",
      "inzage.aantal",
      "zorg.jaren",
      "antwoord",
      "categorieen[]",
      "ontvangers",
      "bestand",
      "logo",
      "terug",
      "taal",
      "code",
      "email",
    ];
    for (const n of namen) expect(naamDelen(n), n).not.toBeTypeOf("string");
  });
});

describe("every route reads its body through leesFormulier", () => {
  const routes = path.join(path.dirname(fileURLToPath(import.meta.url)), "../routes");
  const bestanden = readdirSync(routes).filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."));

  it("no route reads the body itself (request.formData/json/text, Remix's multipart parser)", () => {
    const direct = bestanden.filter((f) =>
      /request\.(formData|json|text|arrayBuffer|blob)\(|request\.body\b|unstable_parseMultipartFormData/.test(
        readFileSync(path.join(routes, f), "utf8"),
      ),
    );
    expect(direct).toEqual([]);
  });

  it("every route with an action calls leesFormulier", () => {
    const metAction = bestanden.filter((f) =>
      /export (async )?function action\b|export const action\b/.test(readFileSync(path.join(routes, f), "utf8")),
    );
    expect(metAction.length).toBeGreaterThan(30);
    // formulierVanClient (app/http/bijlagen.server.ts) reads the client's form, with or without
    // files, through leesFormulier or leesFormulierMetBestanden once the request is known to be theirs.
    const zonder = metAction.filter(
      (f) => !/(leesFormulier|formulierVanClient)\(request/.test(readFileSync(path.join(routes, f), "utf8")),
    );
    expect(zonder).toEqual([]);
  });
});
