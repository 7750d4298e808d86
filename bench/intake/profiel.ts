/**
 * Reads a V8 CPU profile of the server (bench/intake/run.ts --profiel map) and prints where the time
 * went: self time per package/file, and inclusive time of the functions that matter for the intake.
 *
 *   node --import tsx bench/intake/profiel.ts map/CPU…cpuprofile [--per 900] [--van 5 --tot 20] [--top 25]
 *
 * --per N divides the times by N (the submissions in the window) to give ms per submission; --van and
 * --tot (seconds after the first submission reached the service) leave out start-up and warm-up.
 */
import { readFileSync } from "node:fs";

type Knoop = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profiel = { nodes: Knoop[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const bestand = process.argv[2];
if (!bestand) throw new Error("Geef een .cpuprofile-bestand.");
const PER = Number(argument("--per") ?? 1);
const TOP = Number(argument("--top") ?? 25);

const profiel = JSON.parse(readFileSync(bestand, "utf8")) as Profiel;
const knopen = new Map(profiel.nodes.map((k) => [k.id, k]));
const ouder = new Map<number, number>();
for (const k of profiel.nodes) for (const c of k.children ?? []) ouder.set(c, k.id);

// Only a window of the run (seconds after the first sample inside dienVerzoekIn): leaves out the
// server's start (module loading) and the warm-up. Without --van/--tot: the whole profile.
const VAN = argument("--van");
const TOT = argument("--tot");
function inIntake(id: number): boolean {
  for (let n: number | undefined = id; n !== undefined; n = ouder.get(n)) {
    if (knopen.get(n)!.callFrame.functionName === "dienVerzoekIn") return true;
  }
  return false;
}
const tijden: number[] = [];
let t = profiel.startTime;
for (let i = 0; i < profiel.samples.length; i++) tijden.push((t += profiel.timeDeltas[i] ?? 0));
const eersteIntake = profiel.samples.findIndex((id) => inIntake(id));
const t0 = eersteIntake >= 0 ? tijden[eersteIntake]! : profiel.startTime;
const van = VAN === undefined ? -Infinity : t0 + Number(VAN) * 1e6;
const tot = TOT === undefined ? Infinity : t0 + Number(TOT) * 1e6;

const zelf = new Map<number, number>();
for (let i = 0; i < profiel.samples.length; i++) {
  if (tijden[i]! < van || tijden[i]! > tot) continue;
  const id = profiel.samples[i]!;
  zelf.set(id, (zelf.get(id) ?? 0) + (profiel.timeDeltas[i] ?? 0) / 1000);
}

function pakket(url: string): string {
  if (!url) return "(native/gc/idle)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return url;
  const m = /\/work\/main\/(.*)$/.exec(url);
  return m ? m[1]! : url;
}

const perPakket = new Map<string, number>();
let totaal = 0;
for (const [id, ms] of zelf) {
  const k = knopen.get(id)!;
  const naam = k.callFrame.url ? pakket(k.callFrame.url) : k.callFrame.functionName || "(anon)";
  perPakket.set(naam, (perPakket.get(naam) ?? 0) + ms);
  totaal += ms;
}
const idle = [...zelf]
  .filter(([id]) => knopen.get(id)!.callFrame.functionName === "(idle)")
  .reduce((s, [, ms]) => s + ms, 0);
console.log(
  `Totaal ${totaal.toFixed(0)} ms, waarvan idle ${idle.toFixed(0)} ms; busy per inzending ${((totaal - idle) / PER).toFixed(2)} ms`,
);
console.log("\nZelftijd per pakket/bestand (ms per inzending):");
for (const [naam, ms] of [...perPakket].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`  ${(ms / PER).toFixed(3).padStart(8)}  ${naam}`);
}

// Inclusive time of named functions: a sample counts once per function name even when recursive.
const INTERESSANT = (process.argv.find((a) => a.startsWith("--fn="))?.slice(5) ?? "").split(",").filter(Boolean);
const standaard = [
  "renderMail",
  "render",
  "renderToStaticMarkup",
  "convert",
  "htmlToText",
  "queueMail",
  "audit",
  "dienVerzoekIn",
  "getSessie",
  "formatDatum",
  "valideerIntake",
  "kickMailDelivery",
  "action",
  "handleDocumentRequest",
  "requestHandler",
  "createRequestHandler",
  "parseWithZod",
  "buildQuery",
  "sqlToQuery",
  "toSQL",
  "execute",
  "handler",
  "writev",
  "write",
  "garbage collector",
  "(garbage collector)",
];
const namen = INTERESSANT.length ? INTERESSANT : standaard;
const inclusief = new Map<string, number>();
for (const [id, ms] of zelf) {
  const gezien = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = ouder.get(n)) {
    const f = knopen.get(n)!.callFrame;
    const sleutel = `${f.functionName} ${pakket(f.url)}`;
    if (!namen.includes(f.functionName) || gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    inclusief.set(sleutel, (inclusief.get(sleutel) ?? 0) + ms);
  }
}
console.log("\nInclusief (ms per inzending):");
for (const [naam, ms] of [...inclusief].sort((a, b) => b[1] - a[1]).slice(0, TOP * 2)) {
  if (ms / PER < 0.05) continue;
  console.log(`  ${(ms / PER).toFixed(3).padStart(8)}  ${naam}`);
}
