/**
 * Texts per area (docs/decisions/029): a module that runs in the browser and reads an area's texts
 * must import that area (`import "~/i18n/teksten/<gebied>"`), or the browser does not have them and
 * the page fails after hydration (the server has every area, so server tests would not notice).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BERICHTEN } from "./berichten";

const MAP = "app/i18n/teksten";
const GEBIEDEN = readdirSync(MAP)
  .filter((f) => f.endsWith(".nl.ts"))
  .map((f) => f.replace(/\.nl\.ts$/, ""));

/** Which area holds each top-level key (layout → algemeen, mijn → mijn, ...). */
async function gebiedVanSleutel(): Promise<Map<string, string>> {
  const uit = new Map<string, string>();
  for (const gebied of GEBIEDEN) {
    const { teksten } = (await import(`./teksten/${gebied}.nl.ts`)) as { teksten: Record<string, unknown> };
    for (const sleutel of Object.keys(teksten)) uit.set(sleutel, gebied);
  }
  return uit;
}

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(map, d.name);
    if (d.isDirectory()) return bestanden(p);
    return /\.tsx?$/.test(d.name) && !/\.(test|server)\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** Modules that can reach the browser: root, the page routes (.tsx) and the components. */
const CLIENT = ["app/root.tsx", ...bestanden("app/routes").filter((f) => f.endsWith(".tsx")), ...bestanden("app/ui")];

/** `useBerichten().mijn`, `alles.mijn`, `berichten.mijn`, `BERICHTEN[taal].mijn`, `BERICHTEN.nl.mijn`. */
const GEBRUIK = /(?:useBerichten\(\)|\balles|\bberichten|BERICHTEN\[[^\]]*\]|BERICHTEN\.(?:nl|en))\??\.([a-zA-Z]+)\b/g;

describe("teksten per gebied", () => {
  it("elk gebied heeft Nederlands, Engels en een laadmodule, en samen zijn het alle teksten", async () => {
    for (const gebied of GEBIEDEN) {
      for (const deel of [`${gebied}.en.ts`, `${gebied}.ts`]) expect(readdirSync(MAP)).toContain(deel);
    }
    const sleutels = await gebiedVanSleutel();
    expect([...sleutels.keys()].sort()).toEqual(Object.keys(BERICHTEN.nl).sort());
    expect(Object.keys(BERICHTEN.en).sort()).toEqual(Object.keys(BERICHTEN.nl).sort());
  });

  it("een module voor de browser importeert elk gebied waarvan zij teksten leest", async () => {
    const sleutels = await gebiedVanSleutel();
    const missend: string[] = [];
    for (const bestand of CLIENT) {
      const bron = readFileSync(bestand, "utf8");
      const nodig = new Set([...bron.matchAll(GEBRUIK)].map((m) => sleutels.get(m[1]!)).filter((g) => g !== undefined));
      for (const gebied of nodig) {
        if (!new RegExp(`^import "(~/i18n|\\.\\./i18n|\\.\\./\\.\\./i18n)/teksten/${gebied}";$`, "m").test(bron))
          missend.push(`${bestand}: ${gebied}`);
      }
    }
    expect(missend).toEqual([]);
  });

  it("een module voor de browser importeert geen gebied dat zij niet leest (dat kost de pagina bytes)", async () => {
    const sleutels = await gebiedVanSleutel();
    const teveel: string[] = [];
    for (const bestand of CLIENT) {
      const bron = readFileSync(bestand, "utf8");
      const nodig = new Set([...bron.matchAll(GEBRUIK)].map((m) => sleutels.get(m[1]!)).filter((g) => g !== undefined));
      for (const m of bron.matchAll(/^import "[~./]*i18n\/teksten\/([a-z]+)";$/gm)) {
        if (!nodig.has(m[1]!)) teveel.push(`${bestand}: ${m[1]}`);
      }
    }
    expect(teveel).toEqual([]);
  });

  it("een module voor de browser neemt de teksten uit ~/i18n/geladen, niet alle teksten uit ~/i18n/berichten", () => {
    const fout = CLIENT.filter((bestand) =>
      /^import \{[^}]*\bBERICHTEN\b[^}]*\} from "[^"]*i18n\/berichten";$/m.test(readFileSync(bestand, "utf8")),
    );
    expect(fout).toEqual([]);
  });
});
