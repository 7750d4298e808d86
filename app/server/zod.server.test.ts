/**
 * zod reaches the browser bundle as an empty module (app/server/zod.server.ts, docs/decisions/029):
 * a module that takes `z` from there may only use it inside functions (schemas built by the loader
 * or action), never in a statement that runs when the module loads in the browser.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(map, d.name);
    if (d.isDirectory()) return bestanden(p);
    return /\.tsx?$/.test(d.name) && !/\.(test|server)\.tsx?$/.test(d.name) ? [p] : [];
  });
}

describe("zod alleen op de server", () => {
  it("geen module die z uit zod.server neemt bouwt een schema bij het laden", () => {
    const gebruikers = [...bestanden("app/routes"), ...bestanden("app/ui")].filter((f) =>
      /from "(~\/server|\.\.?\/server|\.)\/zod\.server"/.test(readFileSync(f, "utf8")),
    );
    expect(gebruikers.length).toBeGreaterThan(0);
    const fout = gebruikers.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((regel) => /^(export )?(const|let|var) /.test(regel) && /\b(z\.|parseWithZod\()/.test(regel))
        .map((regel) => `${f}: ${regel}`),
    );
    expect(fout).toEqual([]);
  });
});
