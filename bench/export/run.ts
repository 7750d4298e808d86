/**
 * Export benchmark (bench/README.md "Export"): building an encrypted package (app/services/pakket.server.ts:
 * archiver ZIP → AES-256-GCM → storage) for a dossier of 10,000 entries plus documents, against
 * `zip -0 -r` on the same files in the same run; peak RSS for a 100 MB and a 1 GB dossier (each in
 * its own child process, so one does not inherit the other's heap); time to first byte of the
 * build and of a download (decrypting stream).
 *
 *   node --import tsx bench/export/run.ts [--mb 500] [--rss 100,1024] [--json uitslag.json]
 *
 * No database is needed: the dossier is synthetic (fictional, generated) and passed to `zipStroom`
 * as the inzage service would. Documents are 5 MiB files of incompressible bytes in a temp folder.
 */
import { artikel15Aanvullend } from "../../app/domain/artikel15";
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gebruikOpslag, lokaleOpslag, opslag } from "../../app/services/opslag.server";
import { ontsleutel, versleutel, zipStroom } from "../../app/services/pakket-zip.server";
import type { InzageOverzicht } from "../../app/services/inzage.server";
import { PAKKET_CATEGORIEEN } from "../../app/domain/pakket";

const argument = (naam: string) => {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const DOC_MB = 5;
const ITEMS = 10_000;

/** Writes the dossier's documents (incompressible) and returns the overview that points at them. */
function maakDossier(map: string, megabytes: number): InzageOverzicht {
  mkdirSync(path.join(map, "documenten"), { recursive: true });
  const blok = randomBytes(1024 * 1024);
  const aantalDocs = Math.max(1, Math.round(megabytes / DOC_MB));
  const nu = new Date("2026-11-22T10:00:00Z");
  const items: InzageOverzicht["categorieen"][number]["items"] = [];
  for (let i = 0; i < ITEMS; i++) {
    const doc = i < aantalDocs;
    const categorie = doc ? "documenten" : PAKKET_CATEGORIEEN[i % 4]!;
    const id = randomUUID();
    if (doc) {
      const fd = openSync(path.join(map, "documenten", `${id}.pdf`), "w");
      for (let m = 0; m < DOC_MB; m++) {
        blok[0] = (blok[0]! + 1) & 0xff;
        writeSync(fd, blok);
      }
      closeSync(fd);
    }
    items.push({
      id,
      clientId: "00000000-0000-4000-8000-000000000000",
      externId: null,
      categorie,
      titel: `Verslag ${i + 1}`,
      inhoud: {
        verslag: `Gesprek ${i + 1}: de cliënt vertelt hoe het gaat; afspraken voor de komende weken. `.repeat(4),
      },
      herkomst: "zorgverlener",
      betreftDerde: false,
      auteur: "Begeleider Fictief",
      documentSleutel: doc ? `documenten/${id}.pdf` : null,
      bestandsnaam: doc ? `verslag-${i + 1}.pdf` : null,
      mimeType: doc ? "application/pdf" : null,
      grootte: doc ? DOC_MB * 1024 * 1024 : null,
      bestandSleutel: null,
      sha256: null,
      verzoekId: null,
      afgeschermd: false,
      afschermReden: null,
      afgeschermdVoorVerzoek: null,
      aangemaaktOp: nu,
      gewijzigdOp: nu,
    });
  }
  return {
    client: {
      id: "00000000-0000-4000-8000-000000000000",
      clientnummer: "BENCH-1",
      naam: "Cliënt Fictief",
      geboortedatum: "1980-01-01",
    },
    categorieen: PAKKET_CATEGORIEEN.map((categorie) => ({
      categorie,
      bewaartermijn: "20 jaar",
      verwerkingen: [],
      verstrekkingen: [],
      items: items.filter((i) => i.categorie === categorie),
    })),
    aanvullend: artikel15Aanvullend([], 0, "nl"),
    toegangslog: [],
  };
}

const ORG = {
  naam: "Praktijk Fictief",
  straat: "",
  postcode: "",
  plaats: "",
  email: "",
  fgNaam: "",
  fgEmail: "",
  klachtenroute: "",
};

/** Build one package into `map`/opslag; returns timings. */
async function bouw(map: string, overzicht: InzageOverzicht) {
  gebruikOpslag(lokaleOpslag(map));
  const sleutel = randomBytes(32);
  const start = performance.now();
  let eersteByte = 0;
  const zip = zipStroom({
    pakketId: randomUUID(),
    soort: "inzage",
    nummer: "AVG-2026-000001",
    nu: new Date(),
    org: ORG,
    overzicht,
  });
  zip.once("data", () => (eersteByte = performance.now() - start));
  const { stroom, klaar } = versleutel(zip, sleutel);
  const { grootte: opgeslagen } = await opslag().put("pakketten/bench.zip.enc", stroom);
  const { grootte } = await klaar;
  const ms = performance.now() - start;
  // Download: time to the first plain byte of the decrypting stream, then read it all.
  const d0 = performance.now();
  const lees = await ontsleutel("pakketten/bench.zip.enc", sleutel);
  let downloadEersteByte = 0;
  let gelezen = 0;
  for await (const c of lees) {
    if (gelezen === 0) downloadEersteByte = performance.now() - d0;
    gelezen += (c as Buffer).length;
  }
  const downloadMs = performance.now() - d0;
  if (gelezen !== grootte) throw new Error(`download ${gelezen} != zip ${grootte}`);
  return { ms, eersteByte, grootte, opgeslagen, downloadMs, downloadEersteByte };
}

async function kind(mb: number) {
  const map = mkdtempSync(path.join(os.tmpdir(), "rl-bench-export-"));
  try {
    const overzicht = maakDossier(map, mb);
    const r = await bouw(map, overzicht);
    process.stdout.write(JSON.stringify({ mb, ...r, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

async function hoofd() {
  const mb = Number(argument("--mb") ?? 500);
  const rssMaten = (argument("--rss") ?? "100,1024").split(",").map(Number);
  const map = mkdtempSync(path.join(os.tmpdir(), "rl-bench-export-"));
  const uit: Record<string, unknown> = {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    mem: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
  };
  try {
    console.log(`Dossier: ${ITEMS} entries, ${mb} MB documents …`);
    const overzicht = maakDossier(map, mb);
    // The same files on disk for zip: the JSON data (as the package writes it) and the documents.
    const bron = path.join(map, "zipbron");
    mkdirSync(path.join(bron, "data"), { recursive: true });
    for (const c of overzicht.categorieen)
      writeFileSync(path.join(bron, "data", `${c.categorie}.json`), JSON.stringify(c, null, 2));
    execFileSync("cp", ["-r", path.join(map, "documenten"), path.join(bron, "documenten")]);
    execFileSync("sync");

    const z0 = performance.now();
    execFileSync("zip", ["-0", "-r", "-q", path.join(map, "ref.zip"), "."], { cwd: bron });
    const zipMs = performance.now() - z0;
    const zipBytes = statSync(path.join(map, "ref.zip")).size;
    rmSync(path.join(map, "ref.zip"));

    const r = await bouw(map, overzicht);
    const mbps = (bytes: number, ms: number) => bytes / 2 ** 20 / (ms / 1000);
    uit.doorvoer = {
      zip0: { ms: Math.round(zipMs), mb: +(zipBytes / 2 ** 20).toFixed(1), mbPerS: +mbps(zipBytes, zipMs).toFixed(1) },
      pakket: {
        ms: Math.round(r.ms),
        mb: +(r.grootte / 2 ** 20).toFixed(1),
        mbPerS: +mbps(r.grootte, r.ms).toFixed(1),
      },
      verhouding: +(mbps(r.grootte, r.ms) / mbps(zipBytes, zipMs)).toFixed(2),
      eersteByteMs: +r.eersteByte.toFixed(1),
      download: {
        ms: Math.round(r.downloadMs),
        mbPerS: +mbps(r.grootte, r.downloadMs).toFixed(1),
        eersteByteMs: +r.downloadEersteByte.toFixed(1),
      },
    };
    console.log(JSON.stringify(uit.doorvoer, null, 2));
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
  const rss: unknown[] = [];
  for (const m of rssMaten) {
    const k = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--kind", String(m)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (k.status !== 0) throw new Error(k.stderr);
    const regel = JSON.parse(k.stdout.trim().split("\n").at(-1)!);
    rss.push({
      dossierMb: m,
      pakketMb: +(regel.grootte / 2 ** 20).toFixed(1),
      maxRssMb: Math.round(regel.maxRssMb),
      ms: Math.round(regel.ms),
    });
    console.log(JSON.stringify(rss.at(-1)));
  }
  uit.piekRss = rss;
  const json = argument("--json");
  if (json) writeFileSync(json, JSON.stringify(uit, null, 2));
}

const kindMb = argument("--kind");
(kindMb ? kind(Number(kindMb)) : hoofd()).then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
