/**
 * Direct delivery to a receiving care provider (app/services/ontvanger.server.ts) against a real
 * database: the link from the e-mail, a code only to the address the client named, nothing without
 * the right code, counting and the limit, the audit row as "ontvanger", the disclosure log, and the
 * client seeing when the provider downloaded.
 */
import { and, eq } from "drizzle-orm";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import {
  auditLog,
  emailCodes,
  ontvangerToegang,
  pakketDownloads,
  pakketten,
  uitgaandeMail,
  verstrekkingen,
} from "../../db/schema";
import { downloadVoorOntvanger, hashToken, ontvangerPagina, vraagOntvangerCodeAan } from "~/services/ontvanger.server";
import { loader as ontvangerLoader } from "~/routes/ontvanger.$token";
import { gebruikOpslag } from "~/services/opslag.server";
import { leverPakket, pakkettenVoorClient } from "~/services/pakket.server";
import { useFreshDatabase } from "../support/database";
import { leesStroom, maakBackoffice, maakToegewezenVerzoek, tijdelijkeOpslag, unzip } from "../support/pakket";

useFreshDatabase();

const ONTVANGER = { naam: "Praktijk Nieuwe Start", email: "overdracht@nieuwestart.example", agb: "12345678" };
let medewerker: Awaited<ReturnType<typeof maakBackoffice>>;

let map: string;

beforeAll(async () => {
  map = tijdelijkeOpslag(); // before the seed: it stores the demo's original documents
  await seedDemoIfEmpty();
  medewerker = await maakBackoffice();
});

afterAll(() => {
  gebruikOpslag(undefined);
  rmSync(map, { recursive: true, force: true });
});

/** A portability package to ONTVANGER; returns the token read from the provider's e-mail. */
async function overdracht(nu = new Date()) {
  const v = await maakToegewezenVerzoek({
    clientnummer: "DL-1003",
    type: "dataportabiliteit",
    details: { type: "dataportabiliteit", bestemming: "zorgaanbieder", aanbieder: ONTVANGER },
  });
  const { pakket } = await leverPakket(medewerker, v.verzoek.id, { nu });
  const [mail] = await db()
    .select()
    .from(uitgaandeMail)
    .where(and(eq(uitgaandeMail.verzoekId, v.verzoek.id), eq(uitgaandeMail.sjabloon, "pakket_ontvanger")));
  const token = /\/ontvanger\/([A-Za-z0-9_-]{43})/.exec(mail!.tekst)![1]!;
  return { ...v, pakket, token };
}

/** The code in the newest "code" e-mail to the provider. */
async function laatsteCode(): Promise<string> {
  const mails = await db()
    .select()
    .from(uitgaandeMail)
    .where(and(eq(uitgaandeMail.aan, ONTVANGER.email), eq(uitgaandeMail.sjabloon, "code")));
  const laatste = mails.sort((a, b) => a.aangemaaktOp.getTime() - b.aangemaaktOp.getTime()).at(-1)!;
  return /\b(\d{6})\b/.exec(laatste.tekst)![1]!;
}

async function wisCodes() {
  await db().delete(emailCodes).where(eq(emailCodes.email, ONTVANGER.email));
}

describe("ontvangende zorgaanbieder", () => {
  it("alleen de hash van het token staat in de database; een onbekend token toont niets", async () => {
    const { token, pakket } = await overdracht();
    const [rij] = await db().select().from(ontvangerToegang).where(eq(ontvangerToegang.pakketId, pakket.id));
    expect(rij!.tokenHash).toBe(hashToken(token));
    expect(rij!.tokenHash).not.toContain(token);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(await ontvangerPagina("x".repeat(43))).toBeNull();
    expect(await ontvangerPagina("kort")).toBeNull();
    const pagina = await ontvangerPagina(token);
    expect(pagina).toMatchObject({ naam: ONTVANGER.naam, emailHint: "o***@nieuwestart.example", beschikbaar: true });
  });

  it("zonder de juiste code krijgt de ontvanger niets, en de code gaat alleen naar het adres dat de cliënt noemde", async () => {
    await wisCodes();
    const { token, pakket, verzoek } = await overdracht();
    expect(await downloadVoorOntvanger(token, "123456")).toEqual({ ok: false, reden: "geen_code" });
    const aanvraag = await vraagOntvangerCodeAan(token, { taal: "nl" });
    expect(aanvraag.ok).toBe(true);
    const code = await laatsteCode();
    const fout = code === "000000" ? "000001" : "000000";
    const mis = await downloadVoorOntvanger(token, fout);
    expect(mis).toMatchObject({ ok: false, reden: "onjuist" });
    expect(await downloadVoorOntvanger(token, "abc")).toMatchObject({ ok: false, reden: "onjuist" });
    expect(await downloadVoorOntvanger("y".repeat(43), code)).toEqual({ ok: false, reden: "niet_gevonden" });
    const [p] = await db().select().from(pakketten).where(eq(pakketten.id, pakket.id));
    expect(p!.aantalDownloads).toBe(0);
    expect(await db().select().from(pakketDownloads).where(eq(pakketDownloads.pakketId, pakket.id))).toHaveLength(0);
    expect(
      await db()
        .select()
        .from(verstrekkingen)
        .where(eq(verstrekkingen.externId, `pakket:${pakket.id}`)),
    ).toHaveLength(0);

    // With the right code: the ZIP, counted, audited as "ontvanger", logged as a disclosure, shown to the client.
    const goed = await downloadVoorOntvanger(token, code);
    expect(goed.ok).toBe(true);
    if (!goed.ok) return;
    const bestanden = await unzip(await leesStroom(goed.stroom));
    expect(bestanden.has("manifest.json")).toBe(true);
    expect([...bestanden.values()].map((b) => b.toString("utf8")).join()).not.toContain("Gespreksnotitie ouder");
    const [log] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actie, "pakket.gedownload"), eq(auditLog.verzoekId, verzoek.id)));
    expect(log).toMatchObject({ actorSoort: "ontvanger", rol: "ontvangende_zorgaanbieder" });
    const [verstrekking] = await db()
      .select()
      .from(verstrekkingen)
      .where(eq(verstrekkingen.externId, `pakket:${pakket.id}`));
    expect(verstrekking).toMatchObject({ ontvanger: ONTVANGER.naam, ontvangerEmail: ONTVANGER.email });
    // A used code does not open a second download.
    expect(await downloadVoorOntvanger(token, code)).toEqual({ ok: false, reden: "geen_code" });
  });

  it("de cliënt ziet wanneer de ontvanger downloadde", async () => {
    await wisCodes();
    const { token, actor, verzoek } = await overdracht();
    await vraagOntvangerCodeAan(token, { taal: "nl" });
    const r = await downloadVoorOntvanger(token, await laatsteCode());
    expect(r.ok).toBe(true);
    if (r.ok) r.stroom.destroy();
    const [regel] = await pakkettenVoorClient(actor, verzoek.nummer);
    expect(regel!.downloads).toHaveLength(1);
    expect(regel!.downloads[0]).toMatchObject({ door: "ontvanger", omschrijving: ONTVANGER.naam });
  });

  it("vijf verkeerde codes blokkeren de code; na het maximum of na de vervaldatum geen download meer", async () => {
    await wisCodes();
    const { token, pakket } = await overdracht();
    await vraagOntvangerCodeAan(token, { taal: "nl" });
    const code = await laatsteCode();
    const fout = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < 4; i++) expect((await downloadVoorOntvanger(token, fout)).ok).toBe(false);
    expect(await downloadVoorOntvanger(token, fout)).toEqual({ ok: false, reden: "geblokkeerd" });
    expect(await downloadVoorOntvanger(token, code)).toEqual({ ok: false, reden: "geblokkeerd" });

    await db().update(pakketten).set({ aantalDownloads: pakket.maxDownloads }).where(eq(pakketten.id, pakket.id));
    expect(await ontvangerPagina(token)).toMatchObject({ beschikbaar: false, reden: "limiet" });
    expect(await vraagOntvangerCodeAan(token, { taal: "nl" })).toEqual({ ok: false, reden: "limiet" });

    const later = new Date(pakket.verlooptOp.getTime() + 1000);
    expect(await ontvangerPagina(token, later)).toMatchObject({ beschikbaar: false, reden: "verlopen" });
  });

  it("de pagina antwoordt 404 voor een onbekende link en 410 voor een verlopen link, met dezelfde eenvoudige pagina", async () => {
    const laad = async (token: string) => {
      const antwoord = (await ontvangerLoader({
        request: new Request(`http://localhost/ontvanger/${token}`),
        params: { token },
        context: { cspNonce: "" },
      })) as Response;
      return { status: antwoord.status, data: (await antwoord.json()) as { bekend: boolean; status?: number } };
    };
    expect(await laad("z".repeat(43))).toEqual({ status: 404, data: { bekend: false, status: 404 } });
    const { token, pakket } = await overdracht();
    expect(await laad(token)).toMatchObject({ status: 200, data: { bekend: true } });
    await db()
      .update(ontvangerToegang)
      .set({ verlooptOp: new Date(Date.now() - 1000) })
      .where(eq(ontvangerToegang.pakketId, pakket.id));
    expect(await laad(token)).toEqual({ status: 410, data: { bekend: false, status: 410 } });
  });
});
