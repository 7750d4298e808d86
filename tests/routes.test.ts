/**
 * Guards over every file in app/routes (Remix flat routes v2): each address is in docs/routes.md,
 * and no route builds its own 404 (the edge does: app/http/fouten.server.ts `nietGevonden`,
 * docs/decisions/027). Reads the files only; no server, no database.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROUTES = fileURLToPath(new URL("../app/routes/", import.meta.url));
const DOCS = fileURLToPath(new URL("../docs/routes.md", import.meta.url));

const routeBestanden = readdirSync(ROUTES).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

/**
 * The address of a flat-routes file: `.` is `/`, `$x` is `:x`, `[.]` a literal dot, `_index` the
 * index, a trailing `_` escapes the parent layout, a leading `_` is a layout without a path.
 */
export function adresVan(bestand: string): string {
  const naam = bestand.replace(/\.tsx?$/, "");
  const delen = naam.split(/\.(?![^[]*\])/);
  const pad = delen
    .filter((deel) => deel !== "_index" && !deel.startsWith("_"))
    .map((deel) =>
      deel
        .replace(/_$/, "")
        .replace(/^\$/, ":")
        .replace(/\[(.*?)\]/g, "$1"),
    );
  return `/${pad.join("/")}`;
}

/**
 * The addresses in the first column of the tables of docs/routes.md (a cell may hold several, each
 * as `code`), without a query (`/dev/mail.json?aan=`). Addresses named in the prose do not count.
 */
function gedocumenteerdeAdressen(): Set<string> {
  const adressen = new Set<string>();
  for (const regel of readFileSync(DOCS, "utf8").split("\n")) {
    const cel = /^\|([^|]*)\|/.exec(regel)?.[1] ?? "";
    for (const [, code] of cel.matchAll(/`([^`\s]+)`/g)) {
      if (code?.startsWith("/")) adressen.add(code.replace(/\?.*$/, ""));
    }
  }
  return adressen;
}

describe("app/routes and docs/routes.md", () => {
  it("turns a route file into its address", () => {
    expect(adresVan("_index.tsx")).toBe("/");
    expect(adresVan("backoffice._index.tsx")).toBe("/backoffice");
    expect(adresVan("backoffice_.inloggen.tsx")).toBe("/backoffice/inloggen");
    expect(adresVan("mijn.verzoeken.$nummer_.pakket.$id[.]zip.ts")).toBe("/mijn/verzoeken/:nummer/pakket/:id.zip");
    expect(adresVan("dev.mail[.]json.ts")).toBe("/dev/mail.json");
    expect(adresVan("beheer.import_.formaat.tsx")).toBe("/beheer/import/formaat");
  });

  it("documents the address of every route file", () => {
    expect(routeBestanden.length).toBeGreaterThan(40);
    const adressen = gedocumenteerdeAdressen();
    const ontbreekt = routeBestanden.filter((f) => !adressen.has(adresVan(f))).map((f) => `${adresVan(f)} (${f})`);
    expect(ontbreekt, "add these to docs/routes.md").toEqual([]);
  });

  it("documents no address that has no route file", () => {
    // Addresses answered by server.ts itself, not by a route file.
    const server = new Set(["/gereed", "/metrics"]);
    const bestaand = new Set(routeBestanden.map(adresVan));
    const verouderd = [...gedocumenteerdeAdressen()].filter((a) => !bestaand.has(a) && !server.has(a));
    expect(verouderd, "remove these from docs/routes.md or add the route").toEqual([]);
  });
});

describe("routes leave the 404 to the edge", () => {
  it("no route builds its own 404 Response (use nietGevonden from app/http/fouten.server.ts)", () => {
    const eigen = routeBestanden.filter((f) =>
      /new Response\([^)]*\{[^}]*status:\s*404/.test(readFileSync(`${ROUTES}${f}`, "utf8")),
    );
    expect(eigen).toEqual([]);
  });
});
