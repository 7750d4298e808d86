/**
 * Re-verifying signed decisions (app/services/besluit-verificatie.server.ts) and the command
 * `npm run decision:verify` (app/cli/decision-verify.ts), run for real as a child process against
 * this test's database.
 *
 * What a lawyer checks: a signed letter verifies; any change to its text, to its hash, to the
 * decision row, to the signature, or the loss of the signer's key makes verification fail and the
 * command exit non-zero; a refusal that reached the client unsigned is caught by `--all`.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase, db, type Database } from "../../db/db.server";
import { seedDemoIfEmpty } from "../../db/demo.server";
import { besluiten, passkeys } from "../../db/schema";
import { canoniekeJson, type BesluitDocument } from "~/domain/besluitbrief";
import {
  documentHash,
  ondertekenUitdaging,
  verifieerAlleBesluiten,
  verifieerBesluit,
  zoekBesluiten,
} from "~/services/besluit-verificatie.server";
import { deactiveerMedewerker } from "~/services/beheer.server";
import { verwijderPasskey } from "~/services/passkeys.server";
import { createFreshDatabase } from "../support/database";
import { maakConcept, maakMedewerker, onderteken, type Concept, type Medewerker } from "../support/besluiten";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  const fresh = await createFreshDatabase();
  database = fresh.database;
  drop = fresh.drop;
  useDatabase(database);
  await seedDemoIfEmpty();
}, 120_000);

afterAll(async () => {
  useDatabase(undefined);
  await drop();
});

type Uitvoer = { code: number; stdout: string; stderr: string };

function draai(args: string[], extra: Record<string, string> = {}): Promise<Uitvoer> {
  const omgeving: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test" };
  omgeving.DATABASE_URL = database.url;
  Object.assign(omgeving, extra);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "app/cli/decision-verify.ts", ...args],
      { cwd: ROOT, env: omgeving, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function decisionVerify(...reeks: string[][]): Promise<Uitvoer[]> {
  const uitkomsten: Uitvoer[] = [];
  for (const args of reeks) uitkomsten.push(await draai(args));
  return uitkomsten;
}

let sanne: Medewerker;
let anouk: Medewerker;
let tekstGewijzigd: Concept;
let hashGewijzigd: Concept;
let rijGewijzigd: Concept;
let handtekeningGewijzigd: Concept;
let passkeyWeg: Concept;
let intact: Concept;
let intactCode = "";

const op = (dag: string, tijd = "10:00") => ({ nu: new Date(`${dag}T${tijd}:00+01:00`) });

async function teken(c: Concept, tijd: string, wie: Medewerker = anouk): Promise<string> {
  const { resultaat } = await onderteken(wie, c.besluitId, op("2026-03-20", tijd));
  if (!resultaat.ok) throw new Error(`ondertekenen mislukt: ${resultaat.reden}`);
  return resultaat.verificatiecode;
}

async function rij(besluitId: string) {
  const [b] = await db().select().from(besluiten).where(eq(besluiten.id, besluitId));
  return b!;
}

describe("decision:verify", () => {
  it("stops with a plain message, never a stack trace, on a bad configuration or an unreachable database (exit 1)", async () => {
    const slecht = await draai(["--all"], { PORT: "drieduizend" });
    expect(slecht.code).toBe(1);
    expect(slecht.stderr).toContain("Ongeldige configuratie");
    expect(slecht.stderr).toContain("PORT");
    const weg = await draai(["--all"], { DATABASE_URL: "postgres://postgres@127.0.0.1:1/nergens" });
    expect(weg.code).toBe(1);
    expect(weg.stderr).toContain("PostgreSQL-server is niet bereikbaar");
    for (const u of [slecht, weg]) expect(u.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it("verifies signed decisions by id, by request number and by the code on the letter (exit 0)", async () => {
    sanne = await maakMedewerker("Sanne Fictief", ["backoffice"]);
    anouk = await maakMedewerker("Anouk Fictief", ["directie"]);
    const tweedeDirecteur = await maakMedewerker("Tweede Directeur Fictief", ["directie"]);
    intact = await maakConcept({ opsteller: sanne });
    tekstGewijzigd = await maakConcept({ opsteller: sanne });
    hashGewijzigd = await maakConcept({ opsteller: sanne, soort: "verlenging", motivering: "Veel verslagen." });
    rijGewijzigd = await maakConcept({ opsteller: sanne, soort: "kennelijk_ongegrond" });
    handtekeningGewijzigd = await maakConcept({ opsteller: sanne });
    passkeyWeg = await maakConcept({ opsteller: sanne });
    intactCode = await teken(intact, "10:00");
    await teken(tekstGewijzigd, "10:01");
    await teken(hashGewijzigd, "10:02");
    await teken(rijGewijzigd, "10:03");
    await teken(handtekeningGewijzigd, "10:04");
    await teken(passkeyWeg, "10:05", tweedeDirecteur);

    expect(await verifieerBesluit(intact.besluitId)).toMatchObject({
      ok: true,
      nummer: intact.nummer,
      verificatiecode: intactCode,
    });
    expect((await zoekBesluiten(intactCode)).map((v) => v.besluitId)).toEqual([intact.besluitId]);
    expect((await zoekBesluiten(intactCode.toLowerCase().replace(/-/g, ""))).map((v) => v.besluitId)).toEqual([
      intact.besluitId,
    ]);
    expect((await zoekBesluiten(intact.nummer)).map((v) => v.besluitId)).toEqual([intact.besluitId]);
    expect(await verifieerAlleBesluiten()).toMatchObject({ ok: true, aantal: 6, fout: [] });

    const [perId, perCode, alles] = await decisionVerify([intact.besluitId], [intactCode], ["--all"]);
    expect(perId, perId!.stderr).toMatchObject({ code: 0 });
    expect(perId!.stdout).toContain(`OK    besluit ${intact.besluitId}`);
    expect(perCode).toMatchObject({ code: 0 });
    expect(perCode!.stdout).toContain(intact.nummer);
    expect(alles).toMatchObject({ code: 0 });
    expect(alles!.stdout).toContain("Alle ondertekende besluiten kloppen: 6 gecontroleerd.");
  }, 180_000);

  it("fails on a changed letter, a recomputed hash, a changed decision, a damaged signature and a lost key (exit 1)", async () => {
    // 1. The letter's text, changed in the stored document.
    await db()
      .update(besluiten)
      .set({ document: sql`jsonb_set(${besluiten.document}, '{besluit,motivering}', '"Een andere motivering."')` })
      .where(eq(besluiten.id, tekstGewijzigd.besluitId));
    expect(await verifieerBesluit(tekstGewijzigd.besluitId)).toMatchObject({
      ok: false,
      problemen: [{ code: "hash_wijkt_af" }, { code: "besluit_wijkt_af" }],
    });

    // 2. Text changed and the hash recomputed over it: the signature no longer belongs to it.
    const origineel = (await rij(hashGewijzigd.besluitId)).document as BesluitDocument;
    const vervalst = JSON.parse(JSON.stringify(origineel)) as BesluitDocument;
    vervalst.datums.nieuweWettelijkeTermijn = "2026-12-31";
    const nieuweHash = documentHash(vervalst);
    expect(canoniekeJson(vervalst)).not.toBe(canoniekeJson(origineel));
    await db()
      .update(besluiten)
      .set({ document: vervalst as unknown as Record<string, unknown>, documentHash: nieuweHash })
      .where(eq(besluiten.id, hashGewijzigd.besluitId));
    const hashUitkomst = await verifieerBesluit(hashGewijzigd.besluitId);
    expect(hashUitkomst?.ok).toBe(false);
    expect(hashUitkomst?.problemen.map((p) => p.code)).toEqual(["uitdaging_wijkt_af"]);
    // ... and with the challenge in the assertion rewritten to fit the new hash: the signature breaks.
    const oud = (await rij(hashGewijzigd.besluitId)).handtekening as Record<string, string>;
    const nieuweUitdaging = ondertekenUitdaging(nieuweHash, oud.nonce!);
    const clientData = JSON.parse(Buffer.from(oud.clientDataJSON!, "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    const nieuweClientData = Buffer.from(JSON.stringify({ ...clientData, challenge: nieuweUitdaging })).toString(
      "base64url",
    );
    await db()
      .update(besluiten)
      .set({ handtekening: { ...oud, challenge: nieuweUitdaging, clientDataJSON: nieuweClientData } })
      .where(eq(besluiten.id, hashGewijzigd.besluitId));
    expect((await verifieerBesluit(hashGewijzigd.besluitId))?.problemen.map((p) => p.code)).toEqual([
      "handtekening_ongeldig",
    ]);

    // 3. The decision row's own text changed after signing.
    await db()
      .update(besluiten)
      .set({ motivering: "Achteraf aangepast." })
      .where(eq(besluiten.id, rijGewijzigd.besluitId));
    expect(await verifieerBesluit(rijGewijzigd.besluitId)).toMatchObject({
      ok: false,
      problemen: [{ code: "besluit_wijkt_af" }],
    });

    // 4. One bit of the signature flipped.
    const h = (await rij(handtekeningGewijzigd.besluitId)).handtekening as Record<string, string>;
    const bytes = Buffer.from(h.signature!, "base64url");
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    await db()
      .update(besluiten)
      .set({ handtekening: { ...h, signature: bytes.toString("base64url") } })
      .where(eq(besluiten.id, handtekeningGewijzigd.besluitId));
    expect(await verifieerBesluit(handtekeningGewijzigd.besluitId)).toMatchObject({
      ok: false,
      problemen: [{ code: "handtekening_ongeldig" }],
    });

    // 5. The signer's passkey is gone: nothing to verify against.
    const { medewerkerId } = (
      await db()
        .select({ medewerkerId: passkeys.medewerkerId })
        .from(passkeys)
        .where(
          eq(passkeys.id, ((await rij(passkeyWeg.besluitId)).handtekening as { credentialId: string }).credentialId),
        )
    )[0]!;
    await db().delete(passkeys).where(eq(passkeys.medewerkerId, medewerkerId!));
    expect(await verifieerBesluit(passkeyWeg.besluitId)).toMatchObject({
      ok: false,
      problemen: [{ code: "passkey_onbekend" }],
    });

    // The untouched one still verifies.
    expect(await verifieerBesluit(intact.besluitId)).toMatchObject({ ok: true });
    const alles = await verifieerAlleBesluiten();
    expect(alles.ok).toBe(false);
    expect(alles.fout.map((v) => v.besluitId).sort()).toEqual(
      [tekstGewijzigd, hashGewijzigd, rijGewijzigd, handtekeningGewijzigd, passkeyWeg].map((c) => c.besluitId).sort(),
    );

    const [tekst, hash, goed, allesCli] = await decisionVerify(
      [tekstGewijzigd.besluitId],
      [hashGewijzigd.nummer],
      [intact.besluitId],
      ["--all"],
    );
    expect(tekst).toMatchObject({ code: 1 });
    expect(tekst!.stderr).toContain("hash_wijkt_af");
    expect(hash).toMatchObject({ code: 1 });
    expect(hash!.stderr).toContain("handtekening_ongeldig");
    expect(hash!.stderr).toContain(hashGewijzigd.nummer);
    expect(goed).toMatchObject({ code: 0 });
    expect(allesCli).toMatchObject({ code: 1 });
    expect(allesCli!.stderr).toContain("5 van 6 besluiten kloppen NIET.");
    // No personal data in the output: no names, no letter text.
    expect(allesCli!.stdout + allesCli!.stderr).not.toMatch(
      /Fictief|broer|Achteraf aangepast|Een andere motivering|Veel verslagen/,
    );
  }, 180_000);

  it("a deactivated director's letters still verify; a revoked passkey signs nothing new (decision 023)", async () => {
    const beheerder = await maakMedewerker("Beheerder Fictief", ["beheerder"]);
    const vertrekt = await maakMedewerker("Vertrekkende Directeur Fictief", ["directie"]);
    const wisselt = await maakMedewerker("Wisselende Directeur Fictief", ["directie"]);
    const eerder = await maakConcept({ opsteller: sanne });
    const ookEerder = await maakConcept({ opsteller: sanne });
    await teken(eerder, "11:00", vertrekt);
    await teken(ookEerder, "11:01", wisselt);

    // Deactivation revokes the director's passkeys: the letter signed before still verifies.
    await deactiveerMedewerker(beheerder.medewerker.id, vertrekt.medewerker.id);
    const [rijNa] = await db().select().from(passkeys).where(eq(passkeys.medewerkerId, vertrekt.medewerker.id));
    expect(rijNa?.ingetrokkenOp).toBeInstanceOf(Date);
    expect(await verifieerBesluit(eerder.besluitId)).toMatchObject({ ok: true });
    const [cli] = await decisionVerify([eerder.besluitId]);
    expect(cli, cli!.stderr).toMatchObject({ code: 0 });
    expect(cli!.stdout).toContain(`OK    besluit ${eerder.besluitId}`);

    // A director who removes their own passkey: old letter verifies, a new one cannot be signed with it.
    const [eigen] = await db()
      .select({ id: passkeys.id })
      .from(passkeys)
      .where(eq(passkeys.medewerkerId, wisselt.medewerker.id));
    expect(await verwijderPasskey({ medewerkerId: wisselt.medewerker.id }, eigen!.id)).toBe(true);
    expect(await verifieerBesluit(ookEerder.besluitId)).toMatchObject({ ok: true });
    const nieuw = await maakConcept({ opsteller: sanne });
    const poging = await onderteken(wisselt, nieuw.besluitId, op("2026-03-20", "11:05")).then(
      (r) => r.resultaat.ok,
      () => false,
    );
    expect(poging).toBe(false);
    expect((await rij(nieuw.besluitId)).status).not.toBe("verzonden");
  }, 180_000);

  it("catches a refusal that reached the client without a signature, and refuses unknown ids and wrong usage", async () => {
    const c = await maakConcept({ opsteller: sanne });
    await db().update(besluiten).set({ status: "verzonden" }).where(eq(besluiten.id, c.besluitId));
    expect(await verifieerBesluit(c.besluitId)).toMatchObject({
      ok: false,
      problemen: [{ code: "geen_handtekening" }],
    });
    expect((await verifieerAlleBesluiten()).fout.map((v) => v.besluitId)).toContain(c.besluitId);
    // A grant is never signed and is not counted.
    expect((await zoekBesluiten("AVG-2026-999999")).length).toBe(0);

    const [onbekend, gebruik] = await decisionVerify(["00000000-0000-4000-8000-000000000000"], []);
    expect(onbekend).toMatchObject({ code: 1 });
    expect(onbekend!.stderr).toContain("Geen ondertekend besluit gevonden");
    expect(gebruik).toMatchObject({ code: 2 });
    expect(gebruik!.stderr).toContain("npm run decision:verify -- --all");
  }, 180_000);
});
