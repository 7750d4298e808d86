#!/usr/bin/env node
// Applies docs-verwijzingen.tsv: per row (file, line, old, new) replace the exact substring `old`
// by `new` on that line. When line numbers have shifted, the nearest line of the file that holds
// `old` is used instead. Rows it cannot apply are listed at the end (exit 1).
//
//   node pas-verwijzingen-toe.mjs [--dry-run] [pad/naar/docs-verwijzingen.tsv]
//
// Run from the repository root. Delete this script and the TSV once applied.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const tsvPad = args.find((a) => !a.startsWith("--")) ?? "docs-verwijzingen.tsv";

const rijen = readFileSync(tsvPad, "utf8")
  .split("\n")
  .filter((r) => r.trim() !== "")
  .map((r, i) => ({ r, nr: i + 1 }))
  .filter(({ r }) => !r.startsWith("bestand\t"))
  .map(({ r, nr }) => {
    const delen = r.split("\t");
    if (delen.length !== 4) throw new Error(`${tsvPad}:${nr}: expected 4 tab-separated fields, got ${delen.length}`);
    const [bestand, regel, oud, nieuw] = delen;
    return { bestand, regel: Number(regel), oud, nieuw, nr };
  });

const perBestand = new Map();
for (const rij of rijen) {
  if (!perBestand.has(rij.bestand)) perBestand.set(rij.bestand, []);
  perBestand.get(rij.bestand).push(rij);
}

const nietToegepast = [];
let toegepast = 0;
let verschoven = 0;
let alGedaan = 0;

for (const [bestand, lijst] of perBestand) {
  let tekst;
  try {
    tekst = readFileSync(path.resolve(bestand), "utf8");
  } catch {
    for (const rij of lijst) nietToegepast.push({ ...rij, waarom: "file not found" });
    continue;
  }
  const regels = tekst.split("\n");
  let gewijzigd = false;
  for (const rij of lijst) {
    let index = rij.regel - 1;
    if (!(regels[index] ?? "").includes(rij.oud)) {
      // Line numbers shifted: the nearest line that holds the exact old text.
      let beste = -1;
      for (let i = 0; i < regels.length; i++) {
        if (regels[i].includes(rij.oud) && (beste === -1 || Math.abs(i - index) < Math.abs(beste - index))) beste = i;
      }
      if (beste === -1) {
        const alToegepast = rij.nieuw !== "" && regels.some((r) => r.includes(rij.nieuw));
        if (alToegepast) alGedaan += 1;
        else nietToegepast.push({ ...rij, waarom: "old text not found in the file" });
        continue;
      }
      index = beste;
      verschoven += 1;
    }
    regels[index] = regels[index].replace(rij.oud, () => rij.nieuw);
    gewijzigd = true;
    toegepast += 1;
  }
  if (gewijzigd && !dryRun) writeFileSync(path.resolve(bestand), regels.join("\n"));
}

console.log(
  `${dryRun ? "[dry run] " : ""}${toegepast} of ${rijen.length} replacements applied` +
    (verschoven ? ` (${verschoven} on a shifted line)` : "") +
    (alGedaan ? `, ${alGedaan} already applied` : "") +
    `, ${nietToegepast.length} not applied.`,
);
for (const rij of nietToegepast) {
  console.log(`NOT APPLIED ${rij.bestand}:${rij.regel} (tsv row ${rij.nr}): ${rij.waarom}\n  old: ${rij.oud}`);
}
process.exit(nietToegepast.length > 0 ? 1 : 0);
