/**
 * A `.server` module is empty in the browser build. A value imported from one is therefore only
 * there while the server renders: a component that renders it (a form field's name, a limit) shows
 * it in the first HTML, and loses it after a client-side navigation. That dropped a client's files
 * once (docs/decisions/034: the file field's name). Values a component renders come from
 * `app/domain` or from the loader's data; a `.server` value belongs in the loader or the action.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(map, d.name);
    if (d.isDirectory()) return bestanden(p);
    return /\.tsx$/.test(d.name) && !/\.(test|server)\.tsx$/.test(d.name) ? [p] : [];
  });
}

/** Modules that render in the browser: root, the page routes and the components. */
const CLIENT = ["app/root.tsx", ...bestanden("app/routes"), ...bestanden("app/ui")];

/** The values (not types) a module imports from `.server` modules. */
function serverWaarden(bron: string): string[] {
  const namen: string[] = [];
  for (const m of bron.matchAll(/^import \{([^}]*)\} from "[^"]*\.server";$/gm)) {
    for (const deel of m[1]!.split(",")) {
      const naam = deel.trim();
      if (!naam || naam.startsWith("type ")) continue;
      namen.push(
        naam
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  }
  return namen;
}

/** JSX that renders the name: an attribute `={naam}`, `={naam.x}`, `={naam(…)}`, or a child `>{naam}`. */
function rendert(bron: string, naam: string): boolean {
  return new RegExp(`(=\\{|>\\s*\\{)\\s*${naam}\\b`).test(bron);
}

describe("values from .server modules", () => {
  it("are never rendered by a module that runs in the browser", () => {
    const fout: string[] = [];
    for (const bestand of CLIENT) {
      const bron = readFileSync(bestand, "utf8");
      for (const naam of serverWaarden(bron)) if (rendert(bron, naam)) fout.push(`${bestand}: ${naam}`);
    }
    expect(fout).toEqual([]);
  });

  it("the check finds the case that dropped the files", () => {
    const bron = 'import { BIJLAGE_VELD } from "~/services/bijlagen.server";\n<BijlagenVeld naam={BIJLAGE_VELD} />';
    expect(serverWaarden(bron)).toEqual(["BIJLAGE_VELD"]);
    expect(rendert(bron, "BIJLAGE_VELD")).toBe(true);
    expect(rendert("await STAP_FUNCTIES.oppakken(sessie)", "STAP_FUNCTIES")).toBe(false);
  });
});
