/**
 * Beheer against a real database: reglement settings above the GDPR limit are refused with the
 * reason, deactivating staff ends their session and passkeys at once, at least one beheerder
 * remains, the register is versioned, and every change is in the change history.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { medewerkers, organisatie, passkeys, sessies, verwerkingen } from "../../db/schema";
import { DomainError } from "~/domain/errors";
import {
  beheerHistorie,
  deactiveerMedewerker,
  legVerwerkingVast,
  registerOp,
  ReglementGeweigerd,
  logoAlsDataUrl,
  slaBewaarbeleidOp,
  slaLogoOp,
  slaOrganisatieOp,
  slaReglementOp,
  wijzigRollen,
} from "~/services/beheer.server";
import { STANDAARD_BEWAARBELEID } from "~/domain/bewaartermijnen";
import { getSessie, startSessie } from "~/services/sessies.server";
import { gebruikOpslag, lokaleOpslag, opslag } from "~/services/opslag.server";
import { useFreshDatabase } from "../support/database";

const testDb = useFreshDatabase();
const db = () => testDb().db;
let beheerder = "";
let collega = "";

async function nieuweMedewerker(email: string, rollen: Array<"backoffice" | "directie" | "beheerder">) {
  const [m] = await db()
    .insert(medewerkers)
    .values({ email, naam: email.split("@")[0]!, rollen })
    .returning();
  return m!.id;
}

/** A request carrying the session cookie from a Set-Cookie header. */
function verzoekMet(setCookie: string): Request {
  return new Request("http://localhost/backoffice", { headers: { cookie: setCookie.split(";")[0]! } });
}

const ORG = {
  naam: "Zorgpraktijk Het Voorbeeld",
  straat: "Voorbeeldstraat 1",
  postcode: "1234 ab",
  plaats: "Ergenshuizen",
  kvk: "12345678",
  email: "info@voorbeeld.example.org",
  telefoon: "010-1234567",
  website: "",
  fgNaam: "FG Voorbeeld",
  fgEmail: "fg@voorbeeld.example.org",
  fgTelefoon: "",
  klachtenroute: "Klachtencommissie van de praktijk",
  geschilleninstantie: "Geschilleninstantie Zorg",
  talen: ["nl", "en"] as Array<"nl" | "en">,
};

beforeAll(async () => {
  await db().insert(organisatie).values({ naam: "Nieuwe praktijk" });
  beheerder = await nieuweMedewerker("beheer@voorbeeld.example.org", ["beheerder"]);
  collega = await nieuweMedewerker("collega@voorbeeld.example.org", ["backoffice"]);
});

describe("organisation", () => {
  it("saves the details and audits before/after", async () => {
    const org = await slaOrganisatieOp(beheerder, ORG);
    expect(org).toMatchObject({ naam: ORG.naam, postcode: "1234 AB", kvk: "12345678", talen: ["nl", "en"] });
    const [laatste] = await beheerHistorie(beheerder);
    expect(laatste).toMatchObject({ actie: "beheer.organisatie.gewijzigd", actorNaam: "beheer" });
    expect((laatste!.details.wijzigingen as Record<string, { voor: unknown; na: unknown }>).naam).toEqual({
      voor: "Nieuwe praktijk",
      na: ORG.naam,
    });
  });

  it("refuses a wrong KvK number and changes nothing", async () => {
    await expect(slaOrganisatieOp(beheerder, { ...ORG, kvk: "123", naam: "Anders" })).rejects.toMatchObject({
      code: "ongeldige_invoer",
      message: expect.stringContaining("kvk"),
    });
    const [org] = await db().select().from(organisatie);
    expect(org!.naam).toBe(ORG.naam);
  });

  it("a backoffice employee may not change it", async () => {
    await expect(slaOrganisatieOp(collega, ORG)).rejects.toMatchObject({ code: "geen_toegang" });
  });
});

describe("reglement", () => {
  const basis = { extraSluitingsdagen: ["2026-12-24"], downloadGeldigDagen: 14, maxDownloads: 5 };

  it("refuses six weeks for inzage with the legal reason, and changes nothing", async () => {
    let fout: unknown;
    try {
      await slaReglementOp(beheerder, {
        ...basis,
        termijnen: { inzage: { target: { weeks: 6 } }, bezwaar: { target: { months: 2 } } },
      });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(ReglementGeweigerd);
    const { fouten } = fout as ReglementGeweigerd;
    expect(fouten["inzage.target"]).toEqual({
      code: "termijn_boven_wettelijke_grens",
      nl: "De termijn van 6 weken voor inzage is te lang: de AVG (art. 12 lid 3) staat ten hoogste één maand toe; kies 4 weken of minder.",
      en: "The deadline of 6 weeks for access is too long: the GDPR (Art. 12(3)) allows one month at most; choose 4 weeks or fewer.",
    });
    expect(fouten["bezwaar.target"]!.nl).toMatch(/2 maanden voor bezwaar is te lang/);
    expect(fouten["bezwaar.target"]!.en).toMatch(/^The deadline of 2 months for objection is too long/);
    const [org] = await db().select().from(organisatie);
    expect(org!.reglement).toEqual({});
  });

  it("refuses 18 working days (can end after the GDPR month around Easter)", async () => {
    await expect(
      slaReglementOp(beheerder, {
        ...basis,
        termijnen: { correctie: { target: { workingDays: 18 }, execution: { workingDays: 14 } } },
      }),
    ).rejects.toMatchObject({
      fouten: {
        "correctie.target": {
          nl: expect.stringMatching(/17 werkdagen of minder/),
          en: expect.stringMatching(/17 working days or fewer/),
        },
      },
    });
  });

  it("stores an acceptable reglement with closing days and download settings", async () => {
    await slaReglementOp(beheerder, {
      extraSluitingsdagen: ["2026-12-31", "2026-12-24", "2026-12-24"],
      downloadGeldigDagen: 7,
      maxDownloads: 3,
      termijnen: {
        inzage: { target: { weeks: 3 } },
        correctie: { target: { workingDays: 10 }, execution: { workingDays: 5 } },
      },
    });
    const [org] = await db().select().from(organisatie);
    expect(org!.reglement).toEqual({
      inzage: { target: { weeks: 3 } },
      correctie: { target: { workingDays: 10 }, execution: { workingDays: 5 } },
    });
    expect(org!.extraSluitingsdagen).toEqual(["2026-12-24", "2026-12-31"]);
    expect([org!.downloadGeldigDagen, org!.maxDownloads]).toEqual([7, 3]);
  });

  it("refuses a bad closing day and a download count of 0", async () => {
    await expect(
      slaReglementOp(beheerder, { ...basis, extraSluitingsdagen: ["2026-02-30"], maxDownloads: 0, termijnen: {} }),
    ).rejects.toMatchObject({
      fouten: {
        extraSluitingsdagen: {
          code: "ongeldige_sluitingsdag",
          nl: expect.stringContaining("2026-02-30"),
          en: '"2026-02-30" is not a date (YYYY-MM-DD).',
        },
        maxDownloads: {
          code: "ongeldig_aantal_downloads",
          nl: "Het aantal downloads is 1 tot 50.",
          en: "The number of downloads is 1 to 50.",
        },
      },
    });
  });
});

describe("staff", () => {
  it("deactivating a staff member ends their session and revokes their passkeys at once (kept to verify old letters)", async () => {
    const cookie = await startSessie(db(), { medewerkerId: collega });
    expect((await getSessie(verzoekMet(cookie)))?.soort).toBe("medewerker");
    await db()
      .insert(passkeys)
      .values({ id: "cred-collega", medewerkerId: collega, publicKey: new Uint8Array([1, 2, 3]) });

    const uit = await deactiveerMedewerker(beheerder, collega);
    expect(uit).toEqual({ sessies: 1, passkeys: 1 });
    expect(await getSessie(verzoekMet(cookie))).toBeNull();
    // Revoked in the table too, not only hidden because the person is inactive.
    const open = await db().select().from(sessies).where(eq(sessies.medewerkerId, collega));
    expect(open.every((s) => s.ingetrokkenOp !== null)).toBe(true);
    // Revoked, not deleted: the public key still verifies letters signed before (decision 023).
    const keys = await db().select().from(passkeys).where(eq(passkeys.medewerkerId, collega));
    expect(keys).toHaveLength(1);
    expect(keys[0]!.ingetrokkenOp).not.toBeNull();
    expect(keys[0]!.publicKey).toEqual(new Uint8Array([1, 2, 3]));
    const [m] = await db().select().from(medewerkers).where(eq(medewerkers.id, collega));
    expect(m!.actief).toBe(false);
    expect((await beheerHistorie(beheerder))[0]).toMatchObject({ actie: "beheer.medewerker.gedeactiveerd" });
  });

  it("the last active beheerder can be neither demoted nor deactivated", async () => {
    await expect(wijzigRollen(beheerder, beheerder, ["backoffice"])).rejects.toMatchObject({
      code: "laatste_beheerder",
    });
    await expect(deactiveerMedewerker(beheerder, beheerder)).rejects.toMatchObject({ code: "laatste_beheerder" });
    const tweede = await nieuweMedewerker("tweede@voorbeeld.example.org", ["backoffice"]);
    await wijzigRollen(beheerder, tweede, ["backoffice", "beheerder"]);
    await wijzigRollen(beheerder, beheerder, ["directie"]);
    const [m] = await db().select().from(medewerkers).where(eq(medewerkers.id, beheerder));
    expect(m!.rollen).toEqual(["directie"]);
    // No longer a beheerder: no more beheer.
    await expect(wijzigRollen(beheerder, tweede, ["backoffice"])).rejects.toMatchObject({ code: "geen_toegang" });
    await wijzigRollen(tweede, beheerder, ["directie", "beheerder"]);
  });

  it("refuses an unknown role", async () => {
    await expect(wijzigRollen(beheerder, collega, ["baas"])).rejects.toBeInstanceOf(DomainError);
  });
});

describe("retention policy and register", () => {
  it("refuses care retention under 20 years; stores a valid policy", async () => {
    await expect(
      slaBewaarbeleidOp(beheerder, { ...STANDAARD_BEWAARBELEID, zorg: { jaren: 10, vanaf: "laatste_wijziging" } }),
    ).rejects.toMatchObject({
      code: "ongeldig_bewaarbeleid",
    });
    const beleid = await slaBewaarbeleidOp(beheerder, {
      ...STANDAARD_BEWAARBELEID,
      contact: { jaren: 2, vanaf: "einde_zorg" },
    });
    const [org] = await db().select().from(organisatie);
    expect(org!.bewaarbeleid).toEqual(beleid);
    expect(org!.bewaarbeleid.contact).toEqual({ jaren: 2, vanaf: "einde_zorg" });
  });

  it("a new version of a processing closes the previous one; the version in force on a date is found", async () => {
    const v = {
      sleutel: "zorgverlening",
      naam: "Zorgverlening",
      doel: "Begeleiding en zorg",
      rechtsgrond: "AVG art. 6 lid 1 sub b en art. 9 lid 2 sub h",
      categorieen: ["personalia", "zorg"],
      ontvangers: [],
      bewaartermijn: "20 jaar (WGBO)",
      bron: "client",
      bezwaarMogelijk: false,
      geldigVanaf: "2026-01-01",
    };
    await legVerwerkingVast(beheerder, v);
    await legVerwerkingVast(beheerder, { ...v, ontvangers: ["huisarts"], geldigVanaf: "2026-06-01" });
    await expect(legVerwerkingVast(beheerder, { ...v, geldigVanaf: "2026-05-01" })).rejects.toMatchObject({
      code: "datum_te_vroeg",
    });
    const rijen = await db().select().from(verwerkingen).orderBy(verwerkingen.versie);
    expect(rijen.map((r) => [r.versie, r.geldigVanaf, r.geldigTot])).toEqual([
      [1, "2026-01-01", "2026-06-01"],
      [2, "2026-06-01", null],
    ]);
    expect((await registerOp("2026-03-15")).map((r) => r.versie)).toEqual([1]);
    expect((await registerOp("2026-06-01")).map((r) => r.versie)).toEqual([2]);
    expect((await beheerHistorie(beheerder))[0]).toMatchObject({ actie: "beheer.register.versie" });
  });
});

describe("logo", () => {
  const map = mkdtempSync(path.join(tmpdir(), "beheer-logo-"));
  beforeAll(() => gebruikOpslag(lokaleOpslag(map)));
  afterAll(() => {
    gebruikOpslag(undefined);
    rmSync(map, { recursive: true, force: true });
  });
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

  it("stores a PNG through the storage module and shows it as a data URL; a new logo removes the old file", async () => {
    const eerste = await slaLogoOp(beheerder, PNG);
    expect(eerste.mimeType).toBe("image/png");
    const [org] = await db().select().from(organisatie);
    expect(org!.logo).toBe(eerste.sleutel);
    expect(await logoAlsDataUrl(org!.logo)).toBe(`data:image/png;base64,${Buffer.from(PNG).toString("base64")}`);
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    const tweede = await slaLogoOp(beheerder, svg);
    expect(tweede.mimeType).toBe("image/svg+xml");
    expect(await opslag().grootte(eerste.sleutel)).toBeNull();
    expect((await beheerHistorie(beheerder))[0]).toMatchObject({
      actie: "beheer.logo.gewijzigd",
      details: { voor: eerste.sleutel, na: tweede.sleutel },
    });
  });

  it("refuses an SVG with a script, a GIF and a file over 100 KB, and keeps the logo", async () => {
    const [voor] = await db().select().from(organisatie);
    const script = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(slaLogoOp(beheerder, script)).rejects.toMatchObject({ code: "logo_ongeldig" });
    await expect(slaLogoOp(beheerder, new TextEncoder().encode("GIF89a...."))).rejects.toMatchObject({
      code: "logo_ongeldig",
    });
    const groot = new Uint8Array(100 * 1024 + 1);
    groot.set(PNG);
    await expect(slaLogoOp(beheerder, groot)).rejects.toMatchObject({ code: "logo_te_groot" });
    const [na] = await db().select().from(organisatie);
    expect(na!.logo).toBe(voor!.logo);
  });

  it("a backoffice employee cannot change the logo, and no file is left behind", async () => {
    const andere = await nieuweMedewerker("logo-bo@voorbeeld.example.org", ["backoffice"]);
    await expect(slaLogoOp(andere, PNG)).rejects.toMatchObject({ code: "geen_toegang" });
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(path.join(map, "logo"))).toHaveLength(1);
  });
});
