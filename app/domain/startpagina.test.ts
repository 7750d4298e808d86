import { describe, expect, it } from "vitest";
import { startpagina } from "./startpagina";

describe("startpagina: each role lands where its work is", () => {
  it("directie → what awaits signature, backoffice → the queue, beheerder → settings", () => {
    expect(startpagina(["directie"])).toBe("/directie");
    expect(startpagina(["backoffice", "directie"])).toBe("/directie");
    expect(startpagina(["backoffice"])).toBe("/backoffice");
    expect(startpagina(["backoffice", "beheerder"])).toBe("/backoffice");
    expect(startpagina(["beheerder"])).toBe("/beheer");
  });
});
