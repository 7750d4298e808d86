/**
 * Client JavaScript per page: after `npm run build`, the gzipped JavaScript the browser downloads for
 * each page, as Remix's manifest (public/build/manifest-*.js) lists it: the entry and its imports, and
 * for every route the page matches (root, layouts, the page) its module and imports. Chunks those
 * load with import() are added from esbuild's metafile (build/metafile.js.json), except the texts of
 * the other language: a page loads the texts of its own language only (docs/decisions/029).
 *
 *   npm run build && npm run bench:js          # table per page, Dutch texts
 *   npm run bench:js -- --json                 # the same as JSON
 *   npm run bench:js -- --taal en              # with the English texts
 *   npm run bench:js -- --detail /inloggen     # the files of one page (or --alle), on stderr
 *
 * Gzip level 9 (what a reverse proxy with static compression serves); sizes in KB (1,000 bytes).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const alsJson = args.includes("--json");
const taal = args.includes("--taal") ? args[args.indexOf("--taal") + 1] : "nl";
const andereTaal = taal === "nl" ? "en" : "nl";
const GRENS_KB = 100;

/** The pages: what a client or a visitor opens; staff pages for information. */
const PAGINAS = [
  { url: "/", route: "routes/_index", soort: "cliënt" },
  { url: "/verzoek", route: "routes/verzoek._index", soort: "cliënt" },
  { url: "/verzoek/ontvangen/:nummer", route: "routes/verzoek.ontvangen.$nummer", soort: "cliënt" },
  { url: "/inloggen", route: "routes/inloggen", soort: "cliënt" },
  { url: "/inloggen/code", route: "routes/inloggen_.code", soort: "cliënt" },
  { url: "/uitloggen", route: "routes/uitloggen", soort: "cliënt" },
  { url: "/mijn", route: "routes/mijn._index", soort: "cliënt" },
  { url: "/mijn/beveiliging", route: "routes/mijn.beveiliging", soort: "cliënt" },
  { url: "/mijn/verzoeken/:nummer", route: "routes/mijn.verzoeken.$nummer", soort: "cliënt" },
  { url: "/mijn/verzoeken/:nummer/bericht", route: "routes/mijn.verzoeken.$nummer_.bericht", soort: "cliënt" },
  { url: "/mijn/verzoeken/:nummer/bewijs", route: "routes/mijn.verzoeken.$nummer_.bewijs", soort: "cliënt" },
  { url: "/mijn/verzoeken/:nummer/intrekken", route: "routes/mijn.verzoeken.$nummer_.intrekken", soort: "cliënt" },
  { url: "/mijn/verzoeken/:nummer/inzage", route: "routes/mijn.verzoeken.$nummer_.inzage", soort: "cliënt" },
  { url: "/mijn/verzoeken/:nummer/besluit/:id", route: "routes/mijn.verzoeken.$nummer_.besluit.$id", soort: "cliënt" },
  { url: "/klachten", route: "routes/klachten", soort: "cliënt" },
  { url: "/ontvanger/:token", route: "routes/ontvanger.$token", soort: "cliënt" },
  { url: "/backoffice", route: "routes/backoffice._index", soort: "medewerker" },
  { url: "/backoffice/inloggen", route: "routes/backoffice_.inloggen", soort: "medewerker" },
  { url: "/backoffice/registreren", route: "routes/backoffice.registreren", soort: "medewerker" },
  { url: "/backoffice/verzoeken/:id", route: "routes/backoffice.verzoeken.$id", soort: "medewerker" },
  {
    url: "/backoffice/verzoeken/:id/uitvoering",
    route: "routes/backoffice.verzoeken.$id_.uitvoering",
    soort: "medewerker",
  },
  { url: "/backoffice/verzoeken/:id/pakket", route: "routes/backoffice.verzoeken.$id_.pakket", soort: "medewerker" },
  { url: "/directie", route: "routes/directie._index", soort: "medewerker" },
  { url: "/directie/besluiten/:id", route: "routes/directie.besluiten.$id", soort: "medewerker" },
  { url: "/beheer", route: "routes/beheer._index", soort: "medewerker" },
  { url: "/beheer/organisatie", route: "routes/beheer.organisatie", soort: "medewerker" },
  { url: "/beheer/medewerkers", route: "routes/beheer.medewerkers", soort: "medewerker" },
];

const PUBLIC = "public";
const manifestBestand = readdirSync(path.join(PUBLIC, "build"))
  .filter((naam) => /^manifest-.*\.js$/.test(naam))
  .map((naam) => path.join(PUBLIC, "build", naam));
// The manifest the server build points at (older ones may still lie in the folder).
const serverBuild = readFileSync("build/index.js", "utf8");
const manifestPad = manifestBestand.find((p) => serverBuild.includes(path.basename(p))) ?? manifestBestand[0];
if (!manifestPad) throw new Error("Geen public/build/manifest-*.js: eerst npm run build");
const manifestTekst = readFileSync(manifestPad, "utf8");
const manifest = JSON.parse(manifestTekst.slice(manifestTekst.indexOf("{"), manifestTekst.lastIndexOf("}") + 1));
const metafile = JSON.parse(readFileSync("build/metafile.js.json", "utf8"));

/** "/build/x.js" (URL) <-> "public/build/x.js" (metafile output). */
const naarBestand = (url) => path.join(PUBLIC, url);
const naarUrl = (bestand) => "/" + path.relative(PUBLIC, bestand).split(path.sep).join("/");

const gzipGrootte = new Map();
function gzip(url) {
  if (!gzipGrootte.has(url)) {
    const inhoud = readFileSync(naarBestand(url));
    gzipGrootte.set(url, { ruw: inhoud.length, gzip: gzipSync(inhoud, { level: 9 }).length });
  }
  return gzipGrootte.get(url);
}

/** A chunk of texts in the other language (app/i18n/teksten/<gebied>.<taal>.ts) is never loaded. */
function isAndereTaal(output) {
  const entry = output?.entryPoint ?? "";
  return new RegExp(`app/i18n/teksten/[^/]+\\.${andereTaal}\\.tsx?$`).test(entry);
}

/** Add a chunk and, following the metafile, what it imports (static and dynamic). */
function voegToe(url, set) {
  if (set.has(url)) return;
  set.add(url);
  const output = metafile.outputs[naarBestand(url).split(path.sep).join("/")];
  for (const imp of output?.imports ?? []) {
    if (imp.external || !imp.path.endsWith(".js")) continue; // the stylesheet is not JavaScript
    if (imp.kind === "dynamic-import" && isAndereTaal(metafile.outputs[imp.path])) continue;
    voegToe(naarUrl(imp.path), set);
  }
}

/** The largest source files in a chunk (for --detail). */
function invoer(url) {
  const output = metafile.outputs[naarBestand(url).split(path.sep).join("/")];
  return Object.entries(output?.inputs ?? {})
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 3)
    .map(([naam]) => naam.replace(/^.*node_modules\//, ""))
    .join(", ");
}

function keten(routeId) {
  const uit = [];
  for (let id = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`Route ${id} staat niet in het manifest`);
    uit.unshift(route);
  }
  return uit;
}

const rijen = PAGINAS.map(({ url, route, soort }) => {
  const set = new Set();
  for (const u of [manifest.entry.module, ...manifest.entry.imports]) voegToe(u, set);
  for (const r of keten(route)) for (const u of [r.module, ...(r.imports ?? [])]) voegToe(u, set);
  let ruw = 0;
  let gz = 0;
  for (const u of set) {
    const g = gzip(u);
    ruw += g.ruw;
    gz += g.gzip;
  }
  if (args.includes("--detail") && (args.includes(url) || args.includes("--alle"))) {
    console.error(url);
    for (const u of set) console.error(`  ${(gzip(u).gzip / 1000).toFixed(1).padStart(6)} KB  ${u}  ${invoer(u)}`);
  }
  return { url, route, soort, bestanden: set.size, ruwKB: +(ruw / 1000).toFixed(1), gzipKB: +(gz / 1000).toFixed(1) };
});

if (alsJson) {
  console.log(JSON.stringify({ manifest: manifestPad, taal, rijen }, null, 2));
} else {
  console.log(`Client JavaScript per page (${manifestPad}, texts: ${taal}; gzip -9, KB = 1,000 bytes)\n`);
  console.log("| page | kind | files | raw KB | gzip KB | ≤ 100 KB |");
  console.log("| --- | --- | ---: | ---: | ---: | --- |");
  for (const r of rijen) {
    const ok = r.gzipKB <= GRENS_KB ? "yes" : "**no**";
    console.log(
      `| \`${r.url}\` | ${r.soort} | ${r.bestanden} | ${r.ruwKB} | ${r.gzipKB} | ${r.soort === "cliënt" ? ok : "(info)"} |`,
    );
  }
  const te = rijen.filter((r) => r.soort === "cliënt" && r.gzipKB > GRENS_KB);
  console.log(
    te.length ? `\n${te.length} client page(s) above ${GRENS_KB} KB.` : `\nEvery client page ≤ ${GRENS_KB} KB.`,
  );
}
