/**
 * Fixtures for the package tests (tests/integration/pakket.test.ts, ontvanger.test.ts): a request
 * filed by a fresh account, matched to a demo client and granted; storage in a temporary folder;
 * unzipping a package in memory.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import yauzl from "yauzl";
import { db } from "../../db/db.server";
import { accounts, besluiten, clienten, medewerkers, verzoeken } from "../../db/schema";
import { gebruikOpslag, lokaleOpslag } from "../../app/services/opslag.server";
import { legitimeer } from "../../app/services/behandeling.server";

let teller = 0;
const NUMMER_BASIS = 300_000 + Math.floor(Math.random() * 200_000);
const uniek = () => `${Date.now().toString(36)}${(++teller).toString(36)}`;

/** Storage in a fresh temporary folder for this test file; returns the folder. */
export function tijdelijkeOpslag(): string {
  const map = mkdtempSync(path.join(tmpdir(), "rl-opslag-"));
  gebruikOpslag(lokaleOpslag(map));
  return map;
}

export async function maakBackoffice(rollen: ("backoffice" | "directie" | "beheerder")[] = ["backoffice"]) {
  const [rij] = await db()
    .insert(medewerkers)
    .values({ naam: "Medewerker Fictief", email: `mw.${uniek()}@test.example`, rollen })
    .returning();
  return { soort: "medewerker" as const, medewerker: rij! };
}

export async function maakToegewezenVerzoek(opties: {
  clientnummer: string;
  type: "inzage" | "dataportabiliteit";
  status?: string;
  details?: Record<string, unknown>;
  koppelen?: boolean;
  /** false: no decision taken yet (default: a sent toewijzing). */
  toewijzing?: boolean;
  /** false: no legitimation check (docs/decisions/018: the identity stays "eigen_adres"). */
  legitimeren?: boolean;
}) {
  const conn = db();
  const email = `client.${uniek()}@test.example`;
  const [account] = await conn
    .insert(accounts)
    .values({ email, naam: "Cliënt Fictief" })
    .returning({ id: accounts.id });
  const [client] = await conn.select().from(clienten).where(eq(clienten.clientnummer, opties.clientnummer));
  const nummer = `AVG-2026-${String(NUMMER_BASIS + ++teller).padStart(6, "0")}`;
  const [verzoek] = await conn
    .insert(verzoeken)
    .values({
      nummer,
      type: opties.type,
      status: "in_uitvoering",
      ingediendDoorAccountId: account!.id,
      indiener: { naam: "Cliënt Fictief", email, relatie: "zelf" },
      betrokkene: { naam: "Cliënt Fictief", geboortedatum: client!.geboortedatum, email },
      clientId: opties.koppelen === false ? null : client!.id,
      details: opties.details ?? {},
      ontvangenOp: "2026-03-02",
      identiteit: "eigen_adres",
      doelTermijn: "2026-03-30",
      wettelijkeTermijn: "2026-04-02",
    })
    .returning();
  // Docs/decisions/018: the identity level is reached the honest way, through the service.
  if (opties.legitimeren !== false) {
    await legitimeer(await maakBackoffice(), verzoek!.id, verzoek!.versie, {
      wijze: "persoonlijk",
      documentType: "paspoort",
      laatsteVier: "TS01",
    });
  }
  if ((opties.status ?? "in_uitvoering") !== "in_uitvoering") {
    await conn.update(verzoeken).set({ status: opties.status }).where(eq(verzoeken.id, verzoek!.id));
  }
  // A package follows only a decision that grants (app/domain/pakket.ts heeftToekennendBesluit).
  if (opties.toewijzing !== false) {
    const opsteller = await maakBackoffice();
    await conn.insert(besluiten).values({
      verzoekId: verzoek!.id,
      soort: "toewijzing",
      status: "verzonden",
      opstellerId: opsteller.medewerker.id,
    });
  }
  const [nu] = await conn.select().from(verzoeken).where(eq(verzoeken.id, verzoek!.id));
  return { verzoek: nu!, client: client!, actor: { soort: "client" as const, account: { id: account!.id } }, email };
}

export async function leesStroom(stroom: Readable): Promise<Buffer> {
  const delen: Buffer[] = [];
  for await (const c of stroom) delen.push(c as Buffer);
  return Buffer.concat(delen);
}

/** Every file of a ZIP in memory (name → content). */
export function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, bestand) => {
      if (err || !bestand) return reject(err);
      const uit = new Map<string, Buffer>();
      bestand.on("entry", (entry: yauzl.Entry) => {
        bestand.openReadStream(entry, (e, stroom) => {
          if (e || !stroom) return reject(e);
          leesStroom(stroom).then((b) => {
            uit.set(entry.fileName, b);
            bestand.readEntry();
          }, reject);
        });
      });
      bestand.on("end", () => resolve(uit));
      bestand.on("error", reject);
      bestand.readEntry();
    });
  });
}
