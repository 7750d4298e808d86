import { describe, expect, it } from "vitest";
import {
  BEVOEGDHEDEN,
  bevoegdhedenVan,
  GeenBevoegdheid,
  isBevoegdheid,
  mag,
  ROLLEN,
  rollenMet,
  vereisMag,
} from "./bevoegdheden";
import { DomainError } from "./errors";
import { isUuid } from "./id";

describe("bevoegdheden: who may do what, in one table", () => {
  it("the backoffice handles requests and proposes withholding, but does not sign, lift a restriction or configure", () => {
    expect(bevoegdhedenVan(["backoffice"])).toEqual([
      "verzoek.behandelen",
      "achterhouding.voorstellen",
      "dagoverzicht.ontvangen",
    ]);
  });

  it("the directie handles requests, signs (four eyes), lifts restrictions and checks the audit chain", () => {
    expect(bevoegdhedenVan(["directie"])).toEqual([
      "verzoek.behandelen",
      "besluit.ondertekenen",
      "afscherming.opheffen",
      "audit.controleren",
      "bewaring.vasthouden",
      "escalatie.ontvangen",
    ]);
  });

  it("the backoffice gets the daily digest of near and passed time limits; only the directie gets the escalation", () => {
    expect(rollenMet("dagoverzicht.ontvangen")).toEqual(["backoffice"]);
    expect(rollenMet("escalatie.ontvangen")).toEqual(["directie"]);
    expect(mag(["beheerder"], "dagoverzicht.ontvangen")).toBe(false);
    expect(mag(["beheerder"], "escalatie.ontvangen")).toBe(false);
    expect(mag(["backoffice"], "escalatie.ontvangen")).toBe(false);
  });

  it("only a beheerder manages staff, so the last one who does cannot be removed (app/services/beheer.server.ts)", () => {
    expect(rollenMet("beheer.medewerkers")).toEqual(["beheerder"]);
    expect(mag(["backoffice", "directie"], "beheer.medewerkers")).toBe(false);
  });

  it("rollenMet gives a copy: changing it does not change the table", () => {
    const rollen = rollenMet("verzoek.behandelen");
    rollen.push("beheerder");
    expect(mag(["beheerder"], "verzoek.behandelen")).toBe(false);
    expect(rollenMet("verzoek.behandelen")).toEqual(["backoffice", "directie"]);
  });

  it("a beheerder configures and manages staff, and never sees a request", () => {
    expect(bevoegdhedenVan(["beheerder"])).toEqual(["beheer.instellingen", "beheer.medewerkers", "beheer.importeren"]);
    expect(mag(["beheerder"], "verzoek.behandelen")).toBe(false);
  });

  it("roles add up", () => {
    expect(mag(["backoffice", "beheerder"], "verzoek.behandelen")).toBe(true);
    expect(mag(["backoffice", "beheerder"], "beheer.medewerkers")).toBe(true);
    expect(mag(["backoffice", "beheerder"], "besluit.ondertekenen")).toBe(false);
  });

  it("no roles, unknown roles or no list at all: nothing", () => {
    for (const rollen of [[], ["admin"], ["Directie"], null, undefined]) {
      expect(bevoegdhedenVan(rollen)).toEqual([]);
    }
  });

  it("every permission is held by at least one role, and only by known roles", () => {
    for (const [naam, rollen] of Object.entries(BEVOEGDHEDEN)) {
      expect(isBevoegdheid(naam)).toBe(true);
      expect(rollen.length).toBeGreaterThan(0);
      for (const rol of rollen) expect(ROLLEN).toContain(rol);
    }
    expect(isBevoegdheid("rechten.alles")).toBe(false);
    expect(isBevoegdheid("toString")).toBe(false);
  });

  it("vereisMag refuses with a domain error coded geen_toegang that names the permission", () => {
    expect(() => vereisMag(["directie"], "besluit.ondertekenen")).not.toThrow();
    let fout: unknown;
    try {
      vereisMag(["backoffice"], "besluit.ondertekenen");
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeInstanceOf(GeenBevoegdheid);
    expect(fout).toBeInstanceOf(DomainError);
    expect(fout).toMatchObject({ code: "geen_toegang", parameters: { bevoegdheid: "besluit.ondertekenen" } });
  });
});

describe("isUuid: the one id check", () => {
  it("accepts a uuid in either case and nothing else", () => {
    expect(isUuid("0b7e4c6a-1f2d-4e3a-9b8c-7d6e5f4a3b2c")).toBe(true);
    expect(isUuid("0B7E4C6A-1F2D-4E3A-9B8C-7D6E5F4A3B2C")).toBe(true);
    for (const waarde of [
      "",
      "123",
      "0b7e4c6a-1f2d-4e3a-9b8c-7d6e5f4a3b2",
      "0b7e4c6a-1f2d-4e3a-9b8c-7d6e5f4a3b2c ",
      "' or 1=1 --",
      null,
      42,
    ]) {
      expect(isUuid(waarde)).toBe(false);
    }
  });
});
