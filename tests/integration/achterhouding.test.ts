/**
 * Withholding parts of an inzage answer (app/services/achterhouding.server.ts, docs/decisions/013)
 * against a real database: staff withhold a field and whole entries; a grant is refused; the
 * partial refusal cites the grounds and its letter lists what was withheld (not the content);
 * no package without the directie's signature; after signing (software passkey) the package is
 * made and the withheld content is in none of its files, which still validate against their JSON
 * Schemas; the manifest and index.html name the ground; the client's overview in /mijn is marked;
 * undoing the last withholding allows a normal grant.
 */
import { rmSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import {
  auditLog,
  besluiten,
  clienten,
  dossierItems,
  inzageAchterhoudingen,
  pakketten,
  verzoeken,
} from "../../db/schema";
import { briefRegels, type BesluitDocument } from "~/domain/besluitbrief";
import { ManifestSchema } from "~/domain/pakket";
import {
  achterhoudingOverzicht,
  maakAchterhoudingOngedaan,
  voegAchterhoudingToe,
} from "~/services/achterhouding.server";
import { besluitToewijzen, stelAfwijzingOp } from "~/services/behandeling.server";
import { inzageVoorClient } from "~/services/inzage.server";
import { gebruikOpslag } from "~/services/opslag.server";
import { maakPakket, ontsleutel } from "~/services/pakket.server";
import { maakMedewerker, onderteken, type Medewerker } from "../support/besluiten";
import { useFreshDatabase } from "../support/database";
import { leesStroom, maakToegewezenVerzoek, tijdelijkeOpslag, unzip } from "../support/pakket";

useFreshDatabase();

const DERDE_TEKST = "Moeder vertelt over haar eigen drukke werksituatie";
const PLAN_TEKST = "Ondersteuningsplan, ondertekend door Noah en beide ouders.";
const TOEWIJZING_TEKST = "Jeugdhulp ambulant, toewijzing gemeente";

let map: string;
let sanne: Medewerker; // backoffice
let anouk: Medewerker; // directie
let items: { notitie: string; plan: string; toewijzing: string; planSleutel: string };

beforeAll(async () => {
  map = tijdelijkeOpslag(); // before the seed: it stores the demo originals
  await seedDemoIfEmpty();
  sanne = await maakMedewerker("Sanne Fictief", ["backoffice"]);
  anouk = await maakMedewerker("Anouk Fictief", ["directie"]);
  const [noah] = await db().select().from(clienten).where(eq(clienten.clientnummer, "DL-1003"));
  const rijen = await db().select().from(dossierItems).where(eq(dossierItems.clientId, noah!.id));
  const per = (titel: string) => rijen.find((r) => r.titel === titel)!;
  items = {
    notitie: per("Gespreksnotitie ouder").id,
    plan: per("Ondersteuningsplan (ondertekend)").id,
    toewijzing: per("Toewijzing Jeugdwet").id,
    planSleutel: per("Ondersteuningsplan (ondertekend)").documentSleutel!,
  };
});

afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(map, { recursive: true, force: true });
});

async function versie(verzoekId: string): Promise<number> {
  const [v] = await db().select({ versie: verzoeken.versie }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  return v!.versie;
}

async function staat(verzoekId: string) {
  const [v] = await db()
    .select({ status: verzoeken.status, versie: verzoeken.versie })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  const a = await db().select().from(inzageAchterhoudingen).where(eq(inzageAchterhoudingen.verzoekId, verzoekId));
  const b = await db().select().from(besluiten).where(eq(besluiten.verzoekId, verzoekId));
  const p = await db().select().from(pakketten).where(eq(pakketten.verzoekId, verzoekId));
  return { ...v!, achterhoudingen: a.length, besluiten: b.length, pakketten: p.length };
}

async function houdAchter(verzoekId: string, invoer: Record<string, string>, wie: Medewerker = sanne) {
  return voegAchterhoudingToe(wie, verzoekId, await versie(verzoekId), invoer);
}

describe("achterhouden in een inzage", () => {
  it("van achterhouden tot pakket: geen toewijzing, de directie tekent de gedeeltelijke afwijzing, de inhoud komt nergens in het pakket", async () => {
    const { verzoek, actor: client } = await maakToegewezenVerzoek({
      clientnummer: "DL-1003",
      type: "inzage",
      status: "in_behandeling",
    });
    await houdAchter(verzoek.id, {
      dossierItemId: items.notitie,
      veld: "notitie",
      grond: "rechten_en_vrijheden_anderen",
      toelichting: "Gaat over de werksituatie van de moeder zelf.",
    });
    await houdAchter(verzoek.id, {
      dossierItemId: items.plan,
      veld: "omschrijving",
      grond: "belang_minderjarige",
      toelichting: "Eerst met Noah bespreken.",
    });
    await houdAchter(verzoek.id, {
      dossierItemId: items.toewijzing,
      veld: "",
      grond: "rechten_en_vrijheden_anderen",
      toelichting: "Test: heel onderdeel.",
    });
    const logs = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.verzoekId, verzoek.id), eq(auditLog.actie, "inzage.achterhouding_toegevoegd")));
    expect(logs).toHaveLength(3);
    expect(logs[0]).toMatchObject({ actorId: sanne.medewerker.id, rol: "backoffice" });

    // A grant is refused and changes nothing.
    const voor = await staat(verzoek.id);
    await expect(besluitToewijzen(sanne, verzoek.id, voor.versie)).rejects.toMatchObject({
      code: "achterhouding_vraagt_deelafwijzing",
    });
    // A partial refusal that leaves out a ground used to withhold is refused too.
    await expect(
      stelAfwijzingOp(sanne, verzoek.id, voor.versie, {
        soort: "gedeeltelijke_afwijzing",
        gronden: ["rechten_en_vrijheden_anderen"],
        motivering: "Een deel geven wij niet, zie de brief.",
      }),
    ).rejects.toMatchObject({ code: "achterhoudingsgrond_ontbreekt", veld: "gronden" });
    expect(await staat(verzoek.id)).toEqual(voor);

    // The staff page offers the partial refusal, prefilled with the grounds used.
    const pagina = await achterhoudingOverzicht(sanne, verzoek.id);
    expect(pagina!.concept).toMatchObject({
      soort: "gedeeltelijke_afwijzing",
      gronden: ["rechten_en_vrijheden_anderen", "belang_minderjarige"],
    });
    expect(pagina!.pakketBlokkade).toBe("deelafwijzing_niet_ondertekend");
    const { besluitId } = await stelAfwijzingOp(sanne, verzoek.id, voor.versie, {
      ...pagina!.concept!,
      gronden: [...pagina!.concept!.gronden],
    });

    // While the directie has it, nothing more can be withheld.
    await expect(
      houdAchter(verzoek.id, {
        dossierItemId: items.notitie,
        veld: "",
        grond: "rechten_en_vrijheden_anderen",
        toelichting: "Nog meer.",
      }),
    ).rejects.toMatchObject({ code: "niet_meer_te_wijzigen" });

    const { resultaat } = await onderteken(anouk, besluitId);
    expect(resultaat).toMatchObject({ ok: true, status: "in_uitvoering" });
    const [besluit] = await db().select().from(besluiten).where(eq(besluiten.id, besluitId));
    const brief = briefRegels(besluit!.document as unknown as BesluitDocument).join("\n");
    expect(brief).toContain("Welke gegevens u niet krijgt");
    expect(brief).toContain('Zorg en begeleiding: het veld "notitie" van "Gespreksnotitie ouder"');
    expect(brief).toContain("Financiële gegevens: een heel onderdeel van 25 augustus 2025");
    expect(brief).toContain("gegevens over een ander");
    expect(brief).toContain("art. 15 lid 4");
    for (const geheim of [
      DERDE_TEKST,
      PLAN_TEKST,
      TOEWIJZING_TEKST,
      "Toewijzing Jeugdwet",
      "werksituatie van de moeder",
    ])
      expect(brief).not.toContain(geheim);

    // Now the package is made.
    const pakket = await maakPakket(undefined, {
      verzoekId: verzoek.id,
      soort: "inzage",
      actor: { soort: "medewerker", medewerker: { id: sanne.medewerker.id, rollen: ["backoffice"] } },
    });
    const zip = await leesStroom(await ontsleutel(pakket.opslagSleutel, pakket.sleutel!));
    const bestanden = await unzip(zip);
    const alles = [...bestanden.entries()].map(([naam, b]) => `${naam}\n${b.toString("utf8")}`).join("\n");
    for (const geheim of [
      DERDE_TEKST,
      PLAN_TEKST,
      TOEWIJZING_TEKST,
      "Toewijzing Jeugdwet",
      "werksituatie van de moeder",
      items.toewijzing,
    ]) {
      expect(alles, geheim).not.toContain(geheim);
    }
    // The document whose field was withheld: no original in the ZIP.
    expect(
      [...bestanden.keys()].filter((n) => n.startsWith("documenten/") && n.includes(items.plan.slice(0, 8))),
    ).toEqual([]);
    const docs = JSON.parse(bestanden.get("data/documenten.json")!.toString("utf8"));
    const plan = docs.items.find((i: { id: string }) => i.id === items.plan);
    expect(plan.inhoud.omschrijving).toBe("[achtergehouden: in het belang van het kind]");
    expect(plan.bestand.pad).toBeNull();
    const zorg = JSON.parse(bestanden.get("data/zorg.json")!.toString("utf8"));
    expect(zorg.items.find((i: { id: string }) => i.id === items.notitie).inhoud.notitie).toBe(
      "[achtergehouden: gegevens over een ander]",
    );

    // Still valid against the shipped schemas; the manifest names where and why.
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const categorieSchema = ajv.compile(JSON.parse(bestanden.get("schemas/categorie.schema.json")!.toString("utf8")));
    const manifestSchema = ajv.compile(JSON.parse(bestanden.get("schemas/manifest.schema.json")!.toString("utf8")));
    const toegangslogSchema = ajv.compile(
      JSON.parse(bestanden.get("schemas/toegangslog.schema.json")!.toString("utf8")),
    );
    for (const naam of [...bestanden.keys()].filter((n) => n.startsWith("data/"))) {
      // Each data file against its own schema: the access log has one of its own (AVG art. 15, NEN 7513).
      const schema = naam === "data/toegangslog.json" ? toegangslogSchema : categorieSchema;
      expect(schema(JSON.parse(bestanden.get(naam)!.toString("utf8"))), naam).toBe(true);
    }
    const manifest = ManifestSchema.parse(JSON.parse(bestanden.get("manifest.json")!.toString("utf8")));
    expect(manifestSchema(manifest), JSON.stringify(manifestSchema.errors)).toBe(true);
    expect(manifest.achtergehouden).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          categorie: "zorg",
          itemId: items.notitie,
          veld: "notitie",
          grond: "rechten_en_vrijheden_anderen",
          reden: "gegevens over een ander",
        }),
        expect.objectContaining({
          categorie: "documenten",
          itemId: items.plan,
          veld: "omschrijving",
          origineelWeggelaten: true,
          grond: "belang_minderjarige",
        }),
        expect.objectContaining({
          categorie: "financieel",
          itemId: null,
          veld: null,
          grond: "rechten_en_vrijheden_anderen",
        }),
      ]),
    );
    expect(manifest.achtergehouden).toHaveLength(3);
    const html = bestanden.get("index.html")!.toString("utf8");
    expect(html).toContain("Gegevens die u niet krijgt");
    expect(html).toContain("Reden: gegevens over een ander");
    expect(html).toContain("[achtergehouden: gegevens over een ander]");

    // After the package, the withholdings are fixed.
    const [a] = await db().select().from(inzageAchterhoudingen).where(eq(inzageAchterhoudingen.verzoekId, verzoek.id));
    await expect(
      maakAchterhoudingOngedaan(sanne, verzoek.id, await versie(verzoek.id), { achterhoudingId: a!.id }),
    ).rejects.toMatchObject({
      code: "niet_meer_te_wijzigen",
    });

    // The client's own overview: marked, and the withheld parts listed by kind and reason.
    const overzicht = await inzageVoorClient(client, verzoek.nummer, { taal: "en" });
    const tekst = JSON.stringify(overzicht);
    expect(tekst).not.toContain(DERDE_TEKST);
    expect(tekst).not.toContain(TOEWIJZING_TEKST);
    expect(tekst).toContain("[withheld: information about someone else]");
    expect(overzicht!.achtergehouden).toHaveLength(3);
  });

  it("zonder ondertekende gedeeltelijke afwijzing geen pakket: geweigerd, en er verandert niets", async () => {
    const { verzoek } = await maakToegewezenVerzoek({
      clientnummer: "DL-1003",
      type: "inzage",
      status: "in_uitvoering",
    });
    // A withholding on a granted request (e.g. from before this rule): the package must still wait.
    await db().insert(inzageAchterhoudingen).values({
      verzoekId: verzoek.id,
      dossierItemId: items.notitie,
      veld: "notitie",
      grond: "rechten_en_vrijheden_anderen",
      toelichting: "Test",
      medewerkerId: sanne.medewerker.id,
    });
    const voor = await staat(verzoek.id);
    const actor = { soort: "medewerker" as const, medewerker: { id: sanne.medewerker.id, rollen: ["backoffice"] } };
    await expect(maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor })).rejects.toMatchObject({
      code: "deelafwijzing_niet_ondertekend",
      message: expect.stringContaining("gedeeltelijke afwijzing"),
    });
    expect(await staat(verzoek.id)).toEqual(voor);
    const gemaakt = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.verzoekId, verzoek.id), eq(auditLog.actie, "pakket.gemaakt")));
    expect(gemaakt).toHaveLength(0);
  });

  it("de laatste achterhouding ongedaan maken: dan kan een gewone toewijzing weer", async () => {
    const { verzoek } = await maakToegewezenVerzoek({
      clientnummer: "DL-1003",
      type: "inzage",
      status: "in_behandeling",
    });
    const { achterhoudingId } = await houdAchter(verzoek.id, {
      dossierItemId: items.notitie,
      veld: "notitie",
      grond: "rechten_en_vrijheden_anderen",
      toelichting: "Over de moeder.",
    });
    await expect(besluitToewijzen(sanne, verzoek.id, await versie(verzoek.id))).rejects.toMatchObject({
      code: "achterhouding_vraagt_deelafwijzing",
    });
    await maakAchterhoudingOngedaan(sanne, verzoek.id, await versie(verzoek.id), { achterhoudingId });
    const [ongedaan] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.verzoekId, verzoek.id), eq(auditLog.actie, "inzage.achterhouding_ongedaan")));
    expect(ongedaan?.details).toMatchObject({
      veld: "notitie",
      grond: "rechten_en_vrijheden_anderen",
      toelichting: "Over de moeder.",
    });
    await besluitToewijzen(sanne, verzoek.id, await versie(verzoek.id));
    expect((await staat(verzoek.id)).status).toBe("in_uitvoering");
    const p = await maakPakket(undefined, {
      verzoekId: verzoek.id,
      soort: "inzage",
      actor: { soort: "medewerker", medewerker: { id: sanne.medewerker.id, rollen: ["backoffice"] } },
    });
    const bestanden = await unzip(await leesStroom(await ontsleutel(p.opslagSleutel, p.sleutel!)));
    expect(bestanden.get("data/zorg.json")!.toString("utf8")).toContain(DERDE_TEKST);
    expect(JSON.parse(bestanden.get("manifest.json")!.toString("utf8")).achtergehouden).toEqual([]);
  });

  it("weigert met een duidelijke reden en slaat dan niets op: onbekend veld, verouderde pagina, geen backoffice, verkeerd soort verzoek", async () => {
    const { verzoek } = await maakToegewezenVerzoek({
      clientnummer: "DL-1003",
      type: "inzage",
      status: "in_behandeling",
    });
    const geldig = {
      dossierItemId: items.notitie,
      veld: "notitie",
      grond: "rechten_en_vrijheden_anderen",
      toelichting: "Over de moeder.",
    };
    const v = await versie(verzoek.id);
    await expect(voegAchterhoudingToe(sanne, verzoek.id, v, { ...geldig, veld: "geheim" })).rejects.toMatchObject({
      code: "veld_onbekend",
    });
    await expect(voegAchterhoudingToe(sanne, verzoek.id, v, { ...geldig, toelichting: "" })).rejects.toMatchObject({
      code: "toelichting_verplicht",
    });
    await expect(
      voegAchterhoudingToe(sanne, verzoek.id, v, { ...geldig, grond: "wettelijke_bewaarplicht" }),
    ).rejects.toMatchObject({ code: "grond_ongeldig" });
    await expect(voegAchterhoudingToe(sanne, verzoek.id, v - 1 || 99, geldig)).rejects.toMatchObject({
      code: "intussen_gewijzigd",
    });
    await expect(voegAchterhoudingToe(anouk, verzoek.id, v, geldig)).rejects.toMatchObject({ code: "geen_backoffice" });
    // An entry of another client.
    const [ander] = await db().select().from(clienten).where(eq(clienten.clientnummer, "DL-1001"));
    const [vreemd] = await db().select().from(dossierItems).where(eq(dossierItems.clientId, ander!.id));
    await expect(
      voegAchterhoudingToe(sanne, verzoek.id, v, { ...geldig, dossierItemId: vreemd!.id, veld: "" }),
    ).rejects.toMatchObject({ code: "item_onbekend" });
    expect(await staat(verzoek.id)).toMatchObject({ versie: v, achterhoudingen: 0 });

    const correctie = await maakToegewezenVerzoek({
      clientnummer: "DL-1003",
      type: "inzage",
      status: "in_behandeling",
    });
    await db().update(verzoeken).set({ type: "correctie" }).where(eq(verzoeken.id, correctie.verzoek.id));
    await expect(houdAchter(correctie.verzoek.id, geldig)).rejects.toMatchObject({ code: "verkeerd_type" });
  });
});
