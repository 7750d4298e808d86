/**
 * Generated input for every public POST (issue 11, docs/decisions/016): random strings, huge values,
 * unicode, wrong types, missing and duplicated fields, sparse list indices, every content type, and
 * broken bodies. Used by tests/e2e/invoer-fuzz.spec.ts (a bounded count) and bench/invoer (more).
 * Requests go with Node's fetch to a loopback server only.
 */
import { randomBytes } from "node:crypto";
import fc from "fast-check";

export type Doel = { pad: string; ingelogd: boolean };

/** The public POSTs (and the signed-in client's wizard); random tokens where the path has one. */
export function doelen(): Doel[] {
  const token = () => randomBytes(24).toString("base64url");
  return [
    { pad: "/verzoek?index", ingelogd: true },
    { pad: "/verzoek?index", ingelogd: false },
    { pad: "/inloggen", ingelogd: false },
    { pad: "/inloggen/code", ingelogd: false },
    { pad: "/taal", ingelogd: false },
    { pad: "/uitloggen", ingelogd: false },
    { pad: `/ontvanger/${token()}`, ingelogd: false },
    { pad: `/ontvanger/${token()}/download`, ingelogd: false },
    { pad: "/passkey/inloggen", ingelogd: false },
    { pad: "/passkey/registratie", ingelogd: true },
    { pad: "/backoffice/inloggen", ingelogd: false },
    { pad: "/backoffice/passkey/inloggen", ingelogd: false },
    { pad: "/backoffice/passkey/registratie", ingelogd: false },
    { pad: `/backoffice/uitnodiging/${token()}`, ingelogd: false },
  ];
}

/** Field names the portal's forms use, so generated forms also reach the code behind the parser. */
const BEKENDE_NAMEN = [
  "intent",
  "stap",
  "email",
  "code",
  "taal",
  "terug",
  "token",
  "antwoord",
  "naam",
  "website",
  "sleutel",
  "rijen",
  "type",
  "indiener.voorWie",
  "indiener.relatie",
  "indiener.naam",
  "betrokkene.naam",
  "betrokkene.geboortedatum",
  "betrokkene.email",
  "betrokkene.clientnummer",
  "betrokkene.postcode",
  "inzage.afschrift",
  "inzage.periode",
  "correctie.rijen[0].welk",
  "correctie.rijen[0].moetZijn",
  "correctie.rijen[1].nu",
  "verwijdering.omvang",
  "bezwaar.situatie",
  "dataportabiliteit.bestemming",
  "dataportabiliteit.aanbiederEmail",
  "dataportabiliteit.agb",
];
const INTENTS = [
  "volgende",
  "vorige",
  "indienen",
  "code_aanvragen",
  "code_opnieuw",
  "code_controleren",
  "opnieuw",
  "passkey",
  "ondertekenen",
  "rijen_erbij",
];
const VREEMDE_NAMEN = [
  "correctie.rijen[99999999].welk",
  "correctie.rijen[4294967295]",
  "a[1e9]",
  "x".repeat(500),
  "__proto__",
  "a.__proto__.b",
  "constructor.prototype",
  "__state__",
  "__intent__",
  "a[]b",
  "a..b",
  "a[",
  "]",
  "[0]",
  "",
  "a.b.c.d.e.f.g.h.i.j",
  "a\u0000b",
];

export type Invoer = { veldnamen: string[]; contentType: string | null; body: Uint8Array; adressen: string[] };

type Veld = [string, string];

function veldenArb(adres: () => string): fc.Arbitrary<Veld[]> {
  const naam = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...BEKENDE_NAMEN) },
    { weight: 2, arbitrary: fc.constantFrom(...VREEMDE_NAMEN) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: "binary" }) },
    { weight: 1, arbitrary: fc.nat().map((i) => `correctie.rijen[${i}].welk`) },
  );
  const waarde = fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...INTENTS, "wie", "nl", "en", "inzage", "correctie", "mijzelf", "123456", "12-34-56"),
    },
    { weight: 2, arbitrary: fc.constant(null).map(() => adres()) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()).map(String) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000", "\uFEFF", "😀".repeat(50), "%", "%zz", "a&b=c") },
    { weight: 1, arbitrary: fc.constantFrom(1_000, 100_001, 300_000).map((n) => "a".repeat(n)) },
  );
  return fc.array(fc.tuple(naam, waarde), { maxLength: 25 }).chain((velden) =>
    // Duplicate some fields now and then (a field sent twice).
    fc.boolean().map((dubbel) => (dubbel && velden.length > 0 ? [...velden, velden[0]!, velden[0]!] : velden)),
  );
}

const tekst = new TextEncoder();

function urlencoded(velden: Veld[]): Uint8Array {
  return tekst.encode(new URLSearchParams(velden).toString());
}

function multipart(velden: Veld[], grens: string, metBestand: boolean): Uint8Array {
  const delen = velden.map(
    ([n, w]) => `--${grens}\r\nContent-Disposition: form-data; name="${n.replace(/["\r\n]/g, "_")}"\r\n\r\n${w}\r\n`,
  );
  if (metBestand) {
    delen.push(
      `--${grens}\r\nContent-Disposition: form-data; name="bestand"; filename="a.json"\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n`,
    );
  }
  return tekst.encode(`${delen.join("")}--${grens}--\r\n`);
}

/** One generated POST body with its content type; `adressen` are the fuzz addresses it contains. */
export function invoerArb(runId: string): fc.Arbitrary<Invoer> {
  let teller = 0;
  const adres = () => `f${(teller++).toString(36)}-${runId}@fuzz.example.test`;
  const grens = fc.stringMatching(/^[A-Za-z0-9'()+_,-./:=?]{1,40}$/);
  return fc
    .tuple(
      veldenArb(adres),
      fc.oneof(
        { weight: 5, arbitrary: fc.constant("form") },
        { weight: 3, arbitrary: fc.constant("multipart") },
        { weight: 2, arbitrary: fc.constant("multipart-kapot") },
        { weight: 1, arbitrary: fc.constant("json") },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "text/plain",
            "application/xml",
            "text/xml",
            "application/octet-stream",
            "text/html",
            "application/x-www-form-urlencoded; charset=iso-8859-1",
          ),
        },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
        { weight: 1, arbitrary: fc.constant("geen") },
        { weight: 1, arbitrary: fc.constant("bytes") },
      ),
      grens,
      fc.boolean(),
      fc.uint8Array({ maxLength: 400 }),
    )
    .map(([velden, soort, g, metBestand, bytes]) => {
      const veldnamen = velden.map(([n]) => n);
      const adressen = [...new Set(velden.map(([, w]) => w).filter((w) => w.endsWith("@fuzz.example.test")))];
      switch (soort) {
        case "form":
          return { veldnamen, contentType: "application/x-www-form-urlencoded", body: urlencoded(velden), adressen };
        case "multipart":
          return {
            veldnamen,
            contentType: `multipart/form-data; boundary=${g}`,
            body: multipart(velden, g, metBestand),
            adressen,
          };
        case "multipart-kapot": {
          const heel = multipart(velden, g, metBestand);
          const kapot =
            bytes.length % 3 === 0 ? heel.slice(0, Math.floor(heel.length / 2)) : bytes.length % 3 === 1 ? bytes : heel;
          const type = bytes.length % 2 === 0 ? "multipart/form-data" : `multipart/form-data; boundary=anders${g}`;
          return { veldnamen, contentType: type, body: kapot, adressen };
        }
        case "json":
          return {
            veldnamen,
            contentType: "application/json",
            body: tekst.encode(JSON.stringify(Object.fromEntries(velden))),
            adressen,
          };
        case "geen":
          return {
            veldnamen,
            contentType: null,
            body: velden.length ? urlencoded(velden) : new Uint8Array(),
            adressen,
          };
        case "bytes":
          return { veldnamen, contentType: "application/x-www-form-urlencoded", body: bytes, adressen };
        default:
          return { veldnamen, contentType: soort, body: urlencoded(velden), adressen };
      }
    });
}

export type Uitslag = {
  verstuurd: number;
  perStatus: Record<number, number>;
  vijfhonderd: Array<{ pad: string; status: number; contentType: string | null; veldnamen: string[] }>;
  metStacktrace: number;
  /** Requests sent a second time because the first got no answer (connection closed under it). */
  herhaald: number;
  /** Requests that got no HTTP answer at all, twice (connection reset or closed). */
  netwerkfouten: Array<{ pad: string; contentType: string | null; bytes: number; fout: string; begin: string }>;
  /** Fuzz addresses that were only in refused inputs (status 400 or higher). */
  geweigerdeAdressen: string[];
  ontvangenVerzoeken: number;
  ms: number;
};

const STACK = /\n\s+at .+[:(]\d+:\d+|node_modules|TypeError|ReferenceError|\.tsx?:\d+/;

/**
 * Send `aantal` generated inputs to the targets (several at a time), within `maxMs`. Counts responses
 * by status, the 5xx ones in detail, bodies that look like a stack trace, and the fuzz addresses
 * of refused inputs (to check afterwards that nothing was stored for them).
 */
export async function fuzz(opties: {
  basis: string;
  cookie: string;
  aantal: number;
  maxMs: number;
  gelijktijdig?: number;
  seed?: number;
}): Promise<Uitslag> {
  const runId = randomBytes(4).toString("hex");
  const monsters = fc.sample(fc.tuple(fc.constantFrom(...doelen()), invoerArb(runId)), {
    numRuns: opties.aantal,
    seed: opties.seed,
  });
  const uitslag: Uitslag = {
    verstuurd: 0,
    perStatus: {},
    vijfhonderd: [],
    metStacktrace: 0,
    herhaald: 0,
    netwerkfouten: [],
    geweigerdeAdressen: [],
    ontvangenVerzoeken: 0,
    ms: 0,
  };
  const aangenomen = new Set<string>();
  const geweigerd = new Set<string>();
  const start = Date.now();
  let volgende = 0;
  const werker = async () => {
    while (volgende < monsters.length && Date.now() - start < opties.maxMs) {
      const [doel, invoer] = monsters[volgende++]!;
      const headers: Record<string, string> = { Origin: opties.basis };
      if (invoer.contentType !== null) headers["Content-Type"] = invoer.contentType;
      if (doel.ingelogd) headers.Cookie = opties.cookie;
      let response: Response | undefined;
      let body = "";
      let fout: unknown;
      // A kept-alive connection the server closed just as the next request went out is tried once
      // more on a new one (counted in `herhaald`); a second failure is a network error.
      for (let poging = 0; poging < 2 && !response; poging++) {
        try {
          const r = await fetch(opties.basis + doel.pad, {
            method: "POST",
            headers,
            body: invoer.body.length > 0 || invoer.contentType !== null ? Buffer.from(invoer.body) : undefined,
            redirect: "manual",
            signal: AbortSignal.timeout(30_000),
          });
          body = await r.text();
          response = r;
        } catch (error) {
          fout = error;
          if (poging === 0) uitslag.herhaald++;
        }
      }
      if (!response) {
        const oorzaak = (fout as { cause?: { code?: string; message?: string } }).cause;
        uitslag.netwerkfouten.push({
          pad: doel.pad,
          contentType: invoer.contentType,
          bytes: invoer.body.length,
          fout: `${oorzaak?.code ?? ""} ${oorzaak?.message ?? String(fout)}`,
          begin: Buffer.from(invoer.body.slice(0, 120)).toString("latin1"),
        });
        continue;
      }
      uitslag.verstuurd++;
      uitslag.perStatus[response.status] = (uitslag.perStatus[response.status] ?? 0) + 1;
      if (response.status >= 500) {
        uitslag.vijfhonderd.push({
          pad: doel.pad,
          status: response.status,
          contentType: invoer.contentType,
          veldnamen: invoer.veldnamen.slice(0, 10),
        });
      }
      if (STACK.test(body) && !response.headers.get("content-type")?.includes("application/zip"))
        uitslag.metStacktrace++;
      if (response.headers.get("location")?.startsWith("/verzoek/ontvangen/")) uitslag.ontvangenVerzoeken++;
      for (const a of invoer.adressen) (response.status >= 400 ? geweigerd : aangenomen).add(a);
    }
  };
  await Promise.all(Array.from({ length: opties.gelijktijdig ?? 4 }, werker));
  uitslag.geweigerdeAdressen = [...geweigerd].filter((a) => !aangenomen.has(a));
  uitslag.ms = Date.now() - start;
  return uitslag;
}
