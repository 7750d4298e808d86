import { describe, expect, it } from "vitest";
import { mag, ROLLEN } from "./bevoegdheden";
import { STARTPAGINAS, startpagina } from "./startpagina";

describe("startpagina: each role lands where its work is", () => {
  it("directie → what awaits signature, backoffice → the queue, beheerder → settings", () => {
    expect(startpagina(["directie"])).toBe("/directie");
    expect(startpagina(["backoffice", "directie"])).toBe("/directie");
    expect(startpagina(["backoffice"])).toBe("/backoffice");
    expect(startpagina(["backoffice", "beheerder"])).toBe("/backoffice");
    expect(startpagina(["beheerder"])).toBe("/beheer");
  });

  it("every combination of roles lands on a page its guard lets them open (app/domain/bevoegdheden.ts)", () => {
    const combinaties = [[]] as string[][];
    for (const rol of ROLLEN) for (const c of [...combinaties]) combinaties.push([...c, rol]);
    for (const rollen of combinaties.filter((c) => c.length > 0)) {
      const pagina = startpagina(rollen);
      const bevoegdheid = STARTPAGINAS.find(([p]) => p === pagina)![1];
      expect(mag(rollen, bevoegdheid), `${rollen.join("+")} → ${pagina}`).toBe(true);
    }
  });
});
