/**
 * Export packages (app/services/pakket.server.ts) against a real database: the ZIP unzipped in the
 * test (manifest hashes, JSON Schemas with ajv, index.html, the original document), third-party data
 * never in a portability package, encryption at rest, expiry destroying the key, the client's
 * download (counted, audited, limited, only for the filer) and the staff action's e-mails.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { Ajv2020 } from "ajv/dist/2020.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import {
  auditLog,
  besluiten,
  dossierItems,
  pakketDownloads,
  pakketten,
  uitgaandeMail,
  verzoeken,
} from "../../db/schema";
import { ManifestSchema } from "~/domain/pakket";
import {
  downloadVoorClient,
  leverPakket,
  maakPakket,
  ontsleutel,
  pakkettenVoorClient,
  pakketVoorbereiding,
  vernietigVerlopenPakketten,
} from "~/services/pakket.server";
import { inzageOverzicht, inzageVoorClient, toegangslogVan } from "~/services/inzage.server";
import { antwoordVanClient } from "~/services/mijn.server";
import { legVerwerkingVast, registerOp } from "~/services/beheer.server";
import { gebruikOpslag, opslag } from "~/services/opslag.server";
import { useFreshDatabase } from "../support/database";
import { leesStroom, maakBackoffice, maakToegewezenVerzoek, tijdelijkeOpslag, unzip } from "../support/pakket";

useFreshDatabase();

let map: string;
let medewerker: Awaited<ReturnType<typeof maakBackoffice>>;
const DOCUMENT = Buffer.from("%PDF-1.4\n% fictief ondersteuningsplan\n" + "x".repeat(5000));
const DERDE_TEKST = "Moeder vertelt over haar eigen drukke werksituatie";

beforeAll(async () => {
  // Storage first: the demo seed stores its original documents there.
  map = tijdelijkeOpslag();
  await seedDemoIfEmpty();
  medewerker = await maakBackoffice();
  // Store the original of one DL-1003 document, as the document store will.
  const [item] = await db()
    .select()
    .from(dossierItems)
    .where(eq(dossierItems.bestandsnaam, "ondersteuningsplan-DL-1003.pdf"));
  await opslag().put(`documenten/${item!.id}.pdf`, Readable.from([DOCUMENT]));
  await db()
    .update(dossierItems)
    .set({ documentSleutel: `documenten/${item!.id}.pdf` })
    .where(eq(dossierItems.id, item!.id));
});

afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(map, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function pakketInhoud(pakketId: string): Promise<Map<string, Buffer>> {
  const [p] = await db().select().from(pakketten).where(eq(pakketten.id, pakketId));
  const zip = await leesStroom(await ontsleutel(p!.opslagSleutel, p!.sleutel!));
  expect(sha(zip)).toBe(p!.sha256);
  expect(zip.length).toBe(p!.grootte);
  return unzip(zip);
}

describe("het pakket", () => {
  it("inzage: elk bestand staat in het manifest met de juiste grootte en SHA-256, en elke data/*.json voldoet aan zijn JSON Schema", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1003", type: "inzage" });
    const pakket = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const bestanden = await pakketInhoud(pakket.id);

    const manifest = ManifestSchema.parse(JSON.parse(bestanden.get("manifest.json")!.toString("utf8")));
    expect(manifest.pakketId).toBe(pakket.id);
    expect(manifest.verzoeknummer).toBe(verzoek.nummer);
    expect(manifest.betrokkene.clientnummer).toBe("DL-1003");
    expect(JSON.stringify(manifest)).not.toMatch(/bsn/i);
    const genoemd = manifest.bestanden.map((b) => b.pad).sort();
    expect(genoemd).toEqual([...bestanden.keys()].filter((n) => n !== "manifest.json").sort());
    for (const b of manifest.bestanden) {
      expect(bestanden.get(b.pad)!.length, b.pad).toBe(b.grootte);
      expect(sha(bestanden.get(b.pad)!), b.pad).toBe(b.sha256);
    }

    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const categorieSchema = ajv.compile(JSON.parse(bestanden.get("schemas/categorie.schema.json")!.toString("utf8")));
    const manifestSchema = ajv.compile(JSON.parse(bestanden.get("schemas/manifest.schema.json")!.toString("utf8")));
    expect(manifestSchema(manifest), JSON.stringify(manifestSchema.errors)).toBe(true);
    const dataBestanden = [...bestanden.keys()].filter((n) => n.startsWith("data/") && n !== "data/toegangslog.json");
    expect(dataBestanden.sort()).toEqual([
      "data/contact.json",
      "data/documenten.json",
      "data/financieel.json",
      "data/personalia.json",
      "data/zorg.json",
    ]);
    const toegangslogSchema = ajv.compile(
      JSON.parse(bestanden.get("schemas/toegangslog.schema.json")!.toString("utf8")),
    );
    const toegangslog = JSON.parse(bestanden.get("data/toegangslog.json")!.toString("utf8"));
    expect(toegangslogSchema(toegangslog), JSON.stringify(toegangslogSchema.errors)).toBe(true);
    for (const naam of dataBestanden) {
      const data = JSON.parse(bestanden.get(naam)!.toString("utf8"));
      expect(categorieSchema(data), `${naam}: ${JSON.stringify(categorieSchema.errors)}`).toBe(true);
    }
    // The schema really checks: a wrong shape is refused.
    expect(categorieSchema({ formaatVersie: "1.0", categorie: "zorg", items: "geen lijst" })).toBe(false);

    // Inzage shows the client everything about them, with purposes and the disclosure log.
    const zorg = JSON.parse(bestanden.get("data/zorg.json")!.toString("utf8"));
    expect(zorg.items.map((i: { titel: string }) => i.titel)).toContain("Intakeverslag");
    expect(zorg.verwerkingen.map((v: { sleutel: string }) => v.sleutel)).toContain("zorgverlening");
    expect(zorg.verstrekkingen.map((v: { ontvanger: string }) => v.ontvanger)).toContain(
      "Zorgcoördinator Het Baken College",
    );
    expect(zorg.bewaartermijn).toMatch(/20 jaar/);

    // The original document, byte for byte, at the path data/documenten.json names.
    const docs = JSON.parse(bestanden.get("data/documenten.json")!.toString("utf8"));
    const plan = docs.items.find(
      (i: { bestand: { bestandsnaam: string } | null }) => i.bestand?.bestandsnaam === "ondersteuningsplan-DL-1003.pdf",
    );
    expect(plan.bestand.pad).toMatch(/^documenten\/.+ondersteuningsplan-DL-1003\.pdf$/);
    expect(bestanden.get(plan.bestand.pad)!.equals(DOCUMENT)).toBe(true);

    const html = bestanden.get("index.html")!.toString("utf8");
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain(verzoek.nummer);
    expect(html).toContain("Autoriteit Persoonsgegevens");
    expect(html).not.toMatch(/<script|https?:\/\/[^"]*\.(js|css)/);

    const [rij] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "pakket.gemaakt"), eq(auditLog.verzoekId, verzoek.id)));
    expect(rij?.actorId).toBe(medewerker.medewerker.id);
  });

  it("dataportabiliteit: gegevens over een derde staan er nooit in (wel in de inzage van dezelfde cliënt)", async () => {
    const inzage = await maakToegewezenVerzoek({ clientnummer: "DL-1003", type: "inzage" });
    const port = await maakToegewezenVerzoek({ clientnummer: "DL-1003", type: "dataportabiliteit" });
    const a = await maakPakket(undefined, { verzoekId: inzage.verzoek.id, soort: "inzage", actor: medewerker });
    const b = await maakPakket(undefined, {
      verzoekId: port.verzoek.id,
      soort: "dataportabiliteit",
      actor: medewerker,
    });
    const alles = (m: Map<string, Buffer>) => [...m.values()].map((x) => x.toString("utf8")).join("\n");
    expect(alles(await pakketInhoud(a.id))).toContain(DERDE_TEKST);
    const portabel = await pakketInhoud(b.id);
    expect(alles(portabel)).not.toContain(DERDE_TEKST);
    expect(alles(portabel)).not.toContain("Gespreksnotitie ouder");
    // What the client provided and what arose from their care is there.
    expect(portabel.get("data/zorg.json")!.toString("utf8")).toContain("Intakeverslag");
  });

  it("is versleuteld opgeslagen: het bestand is geen ZIP en bevat geen leesbare gegevens", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
    const p = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const opDisk = readFileSync(path.join(map, p.opslagSleutel));
    expect(opDisk.subarray(0, 8).toString("latin1")).toBe("RLPAKv1\0");
    expect(opDisk.includes(Buffer.from("PK\x03\x04", "latin1"))).toBe(false);
    expect(opDisk.includes(Buffer.from("manifest.json"))).toBe(false);
    expect(opDisk.includes(Buffer.from("DL-1001"))).toBe(false);
    // A changed byte makes decryption fail (GCM tag).
    const kapot = Buffer.from(opDisk);
    kapot[100] = kapot[100]! ^ 0xff;
    await opslag().put("test/kapot.enc", Readable.from([kapot]));
    await expect(leesStroom(await ontsleutel("test/kapot.enc", p.sleutel!))).rejects.toThrow();
    // The key is 32 random bytes and the file expires after the organisation's 14 days.
    expect(p.sleutel!.length).toBe(32);
    expect(p.verlooptOp.getTime() - p.aangemaaktOp.getTime()).toBe(14 * 86_400_000);
    expect(p.maxDownloads).toBe(5);
  });

  it("weigert zonder toewijzing, zonder gekoppelde cliënt, bij een ander soort verzoek en voor een beheerder", async () => {
    const open = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage", status: "in_behandeling" });
    await expect(
      maakPakket(undefined, { verzoekId: open.verzoek.id, soort: "inzage", actor: medewerker }),
    ).rejects.toMatchObject({ code: "verkeerde_status" });
    const los = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage", koppelen: false });
    await expect(
      maakPakket(undefined, { verzoekId: los.verzoek.id, soort: "inzage", actor: medewerker }),
    ).rejects.toMatchObject({ code: "geen_client" });
    const ok = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
    await expect(
      maakPakket(undefined, { verzoekId: ok.verzoek.id, soort: "dataportabiliteit", actor: medewerker }),
    ).rejects.toMatchObject({ code: "verkeerd_type" });
    const beheerder = await maakBackoffice(["beheerder"]);
    await expect(
      maakPakket(undefined, { verzoekId: ok.verzoek.id, soort: "inzage", actor: beheerder }),
    ).rejects.toMatchObject({ code: "geen_toegang" });
    const rijen = await db().select().from(pakketten).where(eq(pakketten.verzoekId, ok.verzoek.id));
    expect(rijen).toHaveLength(0);
  });

  it("never after a refusal: a request closed with a signed refusal or without any decision gets no package", async () => {
    const directie = await maakBackoffice(["directie"]);
    const geweigerd = await maakToegewezenVerzoek({
      clientnummer: "DL-1001",
      type: "inzage",
      status: "afgerond",
      toewijzing: false,
    });
    await db()
      .insert(besluiten)
      .values({
        verzoekId: geweigerd.verzoek.id,
        soort: "afwijzing",
        status: "verzonden",
        gronden: ["rechten_van_anderen"],
        opstellerId: medewerker.medewerker.id,
        ondertekendDoor: directie.medewerker.id,
      });
    await expect(
      maakPakket(undefined, { verzoekId: geweigerd.verzoek.id, soort: "inzage", actor: medewerker }),
    ).rejects.toMatchObject({ code: "geen_toewijzing" });
    // The staff page says so before anyone clicks.
    expect((await pakketVoorbereiding(medewerker, geweigerd.verzoek.id))?.blokkade).toBe("geen_toewijzing");
    const zonder = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage", toewijzing: false });
    await expect(
      maakPakket(undefined, { verzoekId: zonder.verzoek.id, soort: "inzage", actor: medewerker }),
    ).rejects.toMatchObject({ code: "geen_toewijzing" });
    for (const id of [geweigerd.verzoek.id, zonder.verzoek.id]) {
      expect(await db().select().from(pakketten).where(eq(pakketten.verzoekId, id))).toHaveLength(0);
    }
  });
});

describe("downloaden door de cliënt", () => {
  it("alleen de indiener downloadt; elke download wordt geteld, gelogd en getoond; na het maximum niet meer", async () => {
    const { verzoek, actor } = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
    const p = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const ander = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    expect(await downloadVoorClient(ander.actor, verzoek.nummer, p.id)).toEqual({ ok: false, reden: "niet_gevonden" });

    const eerste = await downloadVoorClient(actor, verzoek.nummer, p.id);
    expect(eerste.ok).toBe(true);
    if (!eerste.ok) return;
    const zip = await leesStroom(eerste.stroom);
    expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
    expect(sha(zip)).toBe(p.sha256);
    expect(eerste.bestandsnaam).toBe(`inzage-${verzoek.nummer}.zip`);

    const logs = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "pakket.gedownload"), eq(auditLog.verzoekId, verzoek.id)));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ actorSoort: "client", actorId: actor.account.id, rol: "betrokkene" });

    for (let i = 1; i < 5; i++) {
      const r = await downloadVoorClient(actor, verzoek.nummer, p.id);
      expect(r.ok).toBe(true);
      if (r.ok) r.stroom.destroy();
    }
    expect(await downloadVoorClient(actor, verzoek.nummer, p.id)).toEqual({ ok: false, reden: "limiet" });
    const regels = await pakkettenVoorClient(actor, verzoek.nummer);
    expect(regels[0]).toMatchObject({ aantalDownloads: 5, beschikbaar: false, reden: "limiet" });
    expect(regels[0]!.downloads.map((d) => d.door)).toEqual(["client", "client", "client", "client", "client"]);
  });

  it("een verlopen pakket: de sleutel wordt vernietigd, het bestand verwijderd en niets is meer te ontsleutelen", async () => {
    const { verzoek, actor } = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
    const nu = new Date("2026-03-10T10:00:00Z");
    const p = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker, nu });
    const kopie = readFileSync(path.join(map, p.opslagSleutel));
    const dag13 = new Date(nu.getTime() + 13 * 86_400_000);
    expect(await vernietigVerlopenPakketten(dag13)).toBe(0);
    const dag14 = new Date(nu.getTime() + 14 * 86_400_000);
    expect(await downloadVoorClient(actor, verzoek.nummer, p.id, dag14)).toEqual({ ok: false, reden: "verlopen" });
    expect(await vernietigVerlopenPakketten(dag14)).toBeGreaterThanOrEqual(1);
    expect(await vernietigVerlopenPakketten(dag14)).toBe(0); // idempotent
    const [na] = await db().select().from(pakketten).where(eq(pakketten.id, p.id));
    expect(na).toMatchObject({ sleutel: null, status: "vervallen" });
    expect(na!.sleutelVernietigdOp).not.toBeNull();
    expect(readdirSync(path.join(map, "pakketten"))).not.toContain(path.basename(p.opslagSleutel));
    // Even a copy of the file taken before expiry cannot be read without the key, and a guessed key fails.
    await opslag().put("test/kopie.enc", Readable.from([kopie]));
    await expect(leesStroom(await ontsleutel("test/kopie.enc", Buffer.alloc(32)))).rejects.toThrow();
    expect(await downloadVoorClient(actor, verzoek.nummer, p.id)).toEqual({ ok: false, reden: "verlopen" });
    const downloads = await db().select().from(pakketDownloads).where(eq(pakketDownloads.pakketId, p.id));
    expect(downloads).toHaveLength(0);
    const [log] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "pakket.sleutel_vernietigd"), eq(auditLog.verzoekId, verzoek.id)));
    expect(log?.actorSoort).toBe("systeem");
  });

  it("het inzage-overzicht in /mijn: pas na een pakket, alleen voor de indiener, zonder afgeschermde gegevens", async () => {
    const { verzoek, actor, client } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    expect(await inzageVoorClient(actor, verzoek.nummer)).toBeNull();
    const [item] = await db()
      .select()
      .from(dossierItems)
      .where(and(eq(dossierItems.clientId, client.id), eq(dossierItems.categorie, "zorg")));
    await db()
      .update(dossierItems)
      .set({ afgeschermd: true, afschermReden: "test" })
      .where(eq(dossierItems.id, item!.id));
    await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const overzicht = await inzageVoorClient(actor, verzoek.nummer);
    expect(overzicht?.categorieen.map((c) => c.categorie)).toEqual([
      "personalia",
      "contact",
      "zorg",
      "financieel",
      "documenten",
    ]);
    const ids = overzicht!.categorieen.flatMap((c) => c.items.map((i) => i.id));
    expect(ids).not.toContain(item!.id);
    expect(overzicht!.categorieen.find((c) => c.categorie === "financieel")!.bewaartermijn).toMatch(/7 jaar/);
    const ander = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
    expect(await inzageVoorClient(ander.actor, verzoek.nummer)).toBeNull();
    await db()
      .update(dossierItems)
      .set({ afgeschermd: false, afschermReden: null })
      .where(eq(dossierItems.id, item!.id));
  });
});

describe("Pakket maken (backoffice)", () => {
  it("mailt de cliënt dat het klaarstaat, en bij overdracht de ontvangende zorgaanbieder een link", async () => {
    const { verzoek, email } = await maakToegewezenVerzoek({
      clientnummer: "DL-1001",
      type: "dataportabiliteit",
      details: {
        type: "dataportabiliteit",
        bestemming: "zorgaanbieder",
        aanbieder: { naam: "Praktijk Nieuwe Start", email: "Overdracht@nieuwestart.example", agb: "12345678" },
      },
    });
    const { pakket, ontvanger } = await leverPakket(medewerker, verzoek.id);
    expect(ontvanger).toEqual({
      naam: "Praktijk Nieuwe Start",
      email: "overdracht@nieuwestart.example",
      agb: "12345678",
    });
    const mails = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.verzoekId, verzoek.id));
    const aanClient = mails.find((m) => m.sjabloon === "pakket_klaar")!;
    expect(aanClient.aan).toBe(email);
    expect(aanClient.tekst).toContain(`/mijn/verzoeken/${verzoek.nummer}`);
    expect(aanClient.tekst).toContain("Praktijk Nieuwe Start");
    expect(aanClient.tekst).toContain(pakket.verlooptOp.toISOString().slice(0, 10));
    const aanOntvanger = mails.find((m) => m.sjabloon === "pakket_ontvanger")!;
    expect(aanOntvanger.aan).toBe("overdracht@nieuwestart.example");
    expect(aanOntvanger.tekst).toMatch(/\/ontvanger\/[A-Za-z0-9_-]{43}/);
    // No client name and no data in the e-mail that may be forwarded.
    expect(aanOntvanger.tekst).not.toContain("Laura");
    expect(aanOntvanger.tekst).not.toContain("DL-1001");
  });
});

describe("Register in the overview (issue 7: the version in force on the decision date)", () => {
  it("the client reading later still sees the register version in force when the package was made", async () => {
    const { verzoek, actor, client } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const vandaag = new Date();
    const dag = (n: number) => new Date(vandaag.getTime() + n * 86_400_000);
    // A new version of the care processing starts in ten days.
    const [oud] = (await registerOp(dag(0).toISOString().slice(0, 10))).filter((v) => v.sleutel === "zorgverlening");
    const beheerder = await maakBackoffice(["beheerder"]);
    await legVerwerkingVast(beheerder.medewerker.id, {
      ...oud!,
      doel: "Zorg bieden en het dossier bijhouden, nu ook met beeldbellen.",
      geldigVanaf: dag(10).toISOString().slice(0, 10),
    });
    const later = dag(40);
    const zorgverlening = (o: {
      categorieen: { categorie: string; verwerkingen: { sleutel: string; versie: number; doel: string }[] }[];
    }) => o.categorieen.find((c) => c.categorie === "zorg")!.verwerkingen.find((v) => v.sleutel === "zorgverlening")!;
    const bijClient = await inzageVoorClient(actor, verzoek.nummer, { nu: later });
    expect(zorgverlening(bijClient!)).toMatchObject({ versie: oud!.versie, doel: oud!.doel });
    // Without a decision date (a new overview that day) the new version counts.
    const nieuw = await inzageOverzicht(db(), client.id, { soort: "inzage", nu: later });
    expect(zorgverlening(nieuw)).toMatchObject({
      versie: oud!.versie + 1,
      doel: "Zorg bieden en het dossier bijhouden, nu ook met beeldbellen.",
    });
  });
});

describe("Access log and the complete art. 15 answer in the package and in /mijn (issue 12 items 13 and 14)", () => {
  it("the package and the client's page show who accessed the dossier, by role and never by name, what, when and why", async () => {
    const { verzoek, actor, client } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    const pakket = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const bestanden = await pakketInhoud(pakket.id);
    const log = JSON.parse(bestanden.get("data/toegangslog.json")!.toString("utf8")) as {
      regels: { op: string; wie: string; wat: string; waarom: string; actie: string; namens: string | null }[];
    };
    // The legitimation check by the backoffice, recorded for this request, is in the log by role.
    // (The client's earlier requests are in it too: the log covers the whole dossier.)
    const controle = log.regels.find(
      (r) => r.actie === "identiteit.gelegitimeerd" && r.waarom.endsWith(verzoek.nummer),
    );
    expect(controle).toMatchObject({
      wie: "Een medewerker van de administratie (backoffice)",
      wat: "controleerde een legitimatiebewijs",
      waarom: `Voor verzoek ${verzoek.nummer}`,
    });
    expect(Date.parse(controle!.op)).not.toBeNaN();
    // Staff are named by role only (docs/decisions/023).
    expect(JSON.stringify(log)).not.toContain("Medewerker Fictief");
    expect(JSON.stringify(log)).not.toContain(medewerker.medewerker.id);
    const html = bestanden.get("index.html")!.toString("utf8");
    expect(html).toContain("Wie uw dossier heeft ingezien");
    expect(html).toContain("controleerde een legitimatiebewijs");

    // In /mijn, later: the same log, now also with the package that was made and the client's own view.
    const overzicht = await inzageVoorClient(actor, verzoek.nummer);
    const acties = overzicht!.toegangslog.map((r) => r.actie);
    expect(acties).toContain("pakket.gemaakt");
    expect(overzicht!.toegangslog.find((r) => r.actie === "pakket.gemaakt")).toMatchObject({
      wat: "maakte een kopie van uw gegevens (pakket)",
    });
    const nogEens = await inzageVoorClient(actor, verzoek.nummer);
    expect(nogEens!.toegangslog.find((r) => r.actie === "inzage.bekeken")).toMatchObject({
      wie: "U zelf",
      namens: null,
    });
    // Another client's rows never appear.
    const ander = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
    expect(nogEens!.toegangslog.some((r) => r.waarom.includes(ander.verzoek.nummer))).toBe(false);
    expect(client.id).toBeTruthy();
  });

  it("a representative's actions are logged on behalf of the client (namens), and the client reads it so", async () => {
    const { verzoek, actor, client } = await maakToegewezenVerzoek({ clientnummer: "DL-1002", type: "inzage" });
    await db()
      .update(verzoeken)
      .set({ indiener: { ...verzoek.indiener, relatie: "ouder_met_gezag" }, status: "in_behandeling" })
      .where(eq(verzoeken.id, verzoek.id));
    await antwoordVanClient(actor, verzoek.nummer, "Een vraag over het verzoek.");
    const [rij] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.verzoekId, verzoek.id), eq(auditLog.actie, "bericht.verstuurd")));
    expect(rij).toMatchObject({ rol: "vertegenwoordiger", namens: `betrokkene:${client.id}` });
    const log = await toegangslogVan(db(), client.id, "nl");
    expect(log.find((r) => r.actie === "bericht.verstuurd" && r.waarom.includes(verzoek.nummer))).toMatchObject({
      wie: "Uw vertegenwoordiger",
      namens: "namens u",
      wat: "stuurde een bericht",
    });
  });

  it("automated decision-making and transfers outside the EEA entered on the register reach the package's JSON and the overview", async () => {
    const beheerder = await maakBackoffice(["beheerder"]);
    const vandaag = new Date().toISOString().slice(0, 10);
    await legVerwerkingVast(beheerder.medewerker.id, {
      sleutel: "planning_test",
      naam: "Afsprakenplanning",
      doel: "Afspraken plannen.",
      rechtsgrond: "art. 6 lid 1 sub b AVG",
      categorieen: ["contact"],
      ontvangers: [],
      bewaartermijn: "1 jaar",
      bron: "cliënt",
      bezwaarMogelijk: false,
      geautomatiseerdeBesluitvorming: "Het systeem kiest zelf een tijd; u kunt altijd een andere tijd vragen.",
      doorgifteBuitenEer: "Planningsdienst in de Verenigde Staten, met modelcontractbepalingen (art. 46 AVG).",
      geldigVanaf: vandaag,
    });
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1001", type: "inzage" });
    const pakket = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const bestanden = await pakketInhoud(pakket.id);
    const contact = JSON.parse(bestanden.get("data/contact.json")!.toString("utf8")) as {
      verwerkingen: Record<string, unknown>[];
    };
    expect(contact.verwerkingen.find((v) => v.sleutel === "planning_test")).toMatchObject({
      geautomatiseerdeBesluitvorming: "Het systeem kiest zelf een tijd; u kunt altijd een andere tijd vragen.",
      doorgifteBuitenEer: "Planningsdienst in de Verenigde Staten, met modelcontractbepalingen (art. 46 AVG).",
    });
    // A processing without either says so explicitly (null), never by leaving the field out.
    const zonder = contact.verwerkingen.find((v) => v.sleutel !== "planning_test")!;
    expect(zonder).toHaveProperty("doorgifteBuitenEer", null);
    const html = bestanden.get("index.html")!.toString("utf8");
    expect(html).toContain("Afsprakenplanning: Planningsdienst in de Verenigde Staten");
    expect(html).toContain("Afsprakenplanning: Het systeem kiest zelf een tijd");
    // Later versions leave them out again when emptied: "" becomes none.
    await legVerwerkingVast(beheerder.medewerker.id, {
      sleutel: "planning_test",
      naam: "Afsprakenplanning",
      doel: "Afspraken plannen.",
      rechtsgrond: "art. 6 lid 1 sub b AVG",
      categorieen: ["contact"],
      ontvangers: [],
      bewaartermijn: "1 jaar",
      bron: "cliënt",
      bezwaarMogelijk: false,
      geautomatiseerdeBesluitvorming: "",
      doorgifteBuitenEer: "  ",
      geldigVanaf: new Date(Date.now() + 86_400_000 * 400).toISOString().slice(0, 10),
    });
    const [laatste] = (await registerOp(new Date(Date.now() + 86_400_000 * 401).toISOString().slice(0, 10))).filter(
      (v) => v.sleutel === "planning_test",
    );
    expect(laatste).toMatchObject({ geautomatiseerdeBesluitvorming: null, doorgifteBuitenEer: null });
  });

  it("the package summary is in English when the client chose English", async () => {
    const { verzoek } = await maakToegewezenVerzoek({ clientnummer: "DL-1003", type: "inzage" });
    await db().update(verzoeken).set({ taal: "en" }).where(eq(verzoeken.id, verzoek.id));
    const pakket = await maakPakket(undefined, { verzoekId: verzoek.id, soort: "inzage", actor: medewerker });
    const bestanden = await pakketInhoud(pakket.id);
    const html = bestanden.get("index.html")!.toString("utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Access to your data");
    expect(html).toContain("Who accessed your file");
    expect(html).toContain("Your rights");
    expect(html).toContain("Dutch Data Protection Authority");
    expect(html).toContain("from the day each record was made");
    expect(html).not.toContain("Uw rechten");
    expect(html).not.toContain("Wie uw dossier heeft ingezien");
    const zorg = JSON.parse(bestanden.get("data/zorg.json")!.toString("utf8")) as { bewaartermijn: string };
    expect(zorg.bewaartermijn).toMatch(/20 years/);
  });
});
