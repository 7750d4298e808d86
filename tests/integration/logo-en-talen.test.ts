/**
 * Issue 7 leftovers against a real database: the organisation's logo is served at GET /logo (right
 * type, nosniff, a sandbox for SVG, ETag), appears in e-mails (absolute URL) and in the PDF letter,
 * and can be removed; the language switch offers only the organisation's languages.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, medewerkers, organisatie, uitgaandeMail } from "../../db/schema";
import { maakBesluitDocument } from "~/domain/besluitbrief";
import { env } from "~/env.server";
import { taalCookie, taalVanRequest } from "~/i18n/taal.server";
import { loader as logoLoader, LOGO_SVG_CSP } from "~/routes/logo";
import { action as taalAction } from "~/routes/taal";
import { slaLogoOp, slaOrganisatieOp, verwijderLogo } from "~/services/beheer.server";
import { besluitPdf } from "~/services/brief-pdf.server";
import { queueMail } from "~/services/mail.server";
import { gebruikOpslag, lokaleOpslag, opslag } from "~/services/opslag.server";
import { logoBestand } from "~/services/organisatie.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const db = () => testDb().db;
const map = mkdtempSync(path.join(tmpdir(), "logo-talen-"));
let beheerder = "";

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
);

const ORG = {
  naam: "Zorgpraktijk De Linde",
  straat: "Lindelaan 12",
  postcode: "3811 AB",
  plaats: "Amersfoort",
  kvk: "",
  email: "info@delinde.example",
  telefoon: "",
  website: "",
  fgNaam: "FG De Linde",
  fgEmail: "fg@delinde.example",
  fgTelefoon: "",
  klachtenroute: "Klachtencommissie van de praktijk",
  geschilleninstantie: "",
};

function getLogo(headers: Record<string, string> = {}, query = "") {
  return logoLoader({
    request: new Request(`http://localhost/logo${query}`, { headers }),
    params: {},
    context: { cspNonce: "" },
  }) as Promise<Response>;
}

async function mailHtml(aan: string): Promise<string> {
  await db().transaction((tx) =>
    queueMail(tx, { aan, sjabloon: "code", data: { code: "123456", minuten: 10 }, taal: "nl" }),
  );
  const [mail] = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, aan));
  return mail!.html;
}

function brief() {
  return maakBesluitDocument({
    taal: "nl",
    besluit: {
      id: "7d0f8f0e-1111-4222-8333-944455556666",
      soort: "afwijzing",
      gronden: ["rechten_en_vrijheden_anderen"],
      motivering: "In de verslagen staan gesprekken met een ander.",
    },
    verzoek: {
      nummer: "AVG-2026-000042",
      type: "inzage",
      ontvangenOp: "2026-03-05",
      indiener: { naam: "Iris Testpersoon", relatie: "zelf" },
      betrokkene: { naam: "Iris Testpersoon" },
    },
    organisatie: { ...ORG, fgTelefoon: "", geschilleninstantie: "" },
    ondertekenaar: { id: "a1b2c3d4-0000-4000-8000-000000000001", naam: "Directeur Fictief" },
    datums: { besluit: "2026-03-20", wettelijkeTermijn: "2026-04-07" },
  });
}

const bevatAfbeelding = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1").includes("/Subtype /Image");

beforeAll(async () => {
  gebruikOpslag(lokaleOpslag(map));
  await db().insert(organisatie).values({ naam: ORG.naam });
  const [b] = await db()
    .insert(medewerkers)
    .values({ email: "beheer@delinde.example", naam: "Beheerder", rollen: ["beheerder"] })
    .returning();
  beheerder = b!.id;
});

afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(map, { recursive: true, force: true });
});

describe("the logo", () => {
  it("without a logo: GET /logo is 404 and e-mails show no image", async () => {
    const antwoord = await getLogo();
    expect(antwoord.status).toBe(404);
    expect(await mailHtml("zonder-logo@example.test")).not.toContain("<img");
    expect(await logoBestand()).toBeNull();
  });

  it("a PNG is served with its type, nosniff and an ETag; a matching If-None-Match gets 304", async () => {
    const { sleutel } = await slaLogoOp(beheerder, PNG);
    const versie = /^logo\/([0-9a-f]+)\.png$/.exec(sleutel)![1]!;
    const antwoord = await getLogo({}, `?v=${versie}`);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("Content-Type")).toBe("image/png");
    expect(antwoord.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(antwoord.headers.get("ETag")).toBe(`"${versie}"`);
    expect(antwoord.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(antwoord.headers.get("Content-Security-Policy")).toBeNull();
    expect(Buffer.from(await antwoord.arrayBuffer())).toEqual(PNG);
    // An old link (another version) may be kept briefly only.
    expect((await getLogo({}, "?v=oud")).headers.get("Cache-Control")).toBe("public, max-age=300");
    const nogmaals = await getLogo({ "If-None-Match": `"${versie}"` });
    expect(nogmaals.status).toBe(304);
    expect(await nogmaals.text()).toBe("");
  });

  it("every e-mail shows the logo from an absolute URL, with the organisation's name as alt text", async () => {
    const [org] = await db().select().from(organisatie);
    const versie = /^logo\/([0-9a-f]+)\.png$/.exec(org!.logo!)![1]!;
    const html = await mailHtml("met-logo@example.test");
    expect(html).toContain(`src="${env().PUBLIC_URL}/logo?v=${versie}"`);
    expect(html).toMatch(new RegExp(`<img[^>]*alt="${ORG.naam}"`));
  });

  it("the PDF letter draws a PNG logo; a damaged image never stops the letter", async () => {
    const zonder = await besluitPdf(brief(), "ABCD-EFGH");
    const met = await besluitPdf(brief(), "ABCD-EFGH", { logo: await logoBestand() });
    expect(bevatAfbeelding(zonder)).toBe(false);
    expect(bevatAfbeelding(met)).toBe(true);
    const kapot = await besluitPdf(brief(), "ABCD-EFGH", {
      logo: { mimeType: "image/png", bytes: PNG.subarray(0, 20) },
    });
    expect(Buffer.from(kapot).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("an SVG gets a sandbox policy and is left out of the PDF (pdfkit draws no SVG)", async () => {
    await slaLogoOp(beheerder, SVG);
    const antwoord = await getLogo();
    expect(antwoord.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(antwoord.headers.get("Content-Security-Policy")).toBe(LOGO_SVG_CSP);
    expect(antwoord.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(bevatAfbeelding(await besluitPdf(brief(), "ABCD-EFGH", { logo: await logoBestand() }))).toBe(false);
  });

  it("the beheerder removes the logo: file gone, audited, /logo is 404 again", async () => {
    const [voor] = await db().select().from(organisatie);
    expect(await verwijderLogo(beheerder)).toBe(true);
    const [na] = await db().select().from(organisatie);
    expect(na!.logo).toBeNull();
    expect(await opslag().grootte(voor!.logo!)).toBeNull();
    expect((await getLogo()).status).toBe(404);
    const audits = await db().select().from(auditLog).where(eq(auditLog.actie, "beheer.logo.verwijderd"));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ voor: voor!.logo, na: null });
    // Nothing to remove: nothing changes, nothing is audited.
    expect(await verwijderLogo(beheerder)).toBe(false);
    expect(await db().select().from(auditLog).where(eq(auditLog.actie, "beheer.logo.verwijderd"))).toHaveLength(1);
  });
});

describe("languages offered", () => {
  const metCookie = async (taal: string) =>
    new Request("http://localhost/", { headers: { Cookie: await taalCookie.serialize(taal) } });
  async function kiesTaal(taal: string) {
    const form = new URLSearchParams({ taal, terug: "/verzoek" });
    const antwoord = (await taalAction({
      request: new Request("http://localhost/taal", {
        method: "POST",
        body: form,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      params: {},
      context: { cspNonce: "" },
    })) as Response;
    expect(antwoord.headers.get("Location")).toBe("/verzoek");
    return taalCookie.parse(antwoord.headers.get("Set-Cookie"));
  }

  it("English when the organisation offers it", async () => {
    await slaOrganisatieOp(beheerder, { ...ORG, talen: ["nl", "en"] });
    expect(await kiesTaal("en")).toBe("en");
    expect(await taalVanRequest(await metCookie("en"))).toBe("en");
  });

  it("a language not offered falls back to Dutch, also for a visitor who chose it earlier", async () => {
    await slaOrganisatieOp(beheerder, { ...ORG, talen: ["nl"] });
    expect(await kiesTaal("en")).toBe("nl");
    expect(await taalVanRequest(await metCookie("en"))).toBe("nl");
    expect(await taalVanRequest(await metCookie("nl"))).toBe("nl");
    await slaOrganisatieOp(beheerder, { ...ORG, talen: ["nl", "en"] });
    expect(await taalVanRequest(await metCookie("en"))).toBe("en");
  });
});
