import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leesCsvImport, leesImport, leesJsonImport, regelsVanJsonRijen } from "./import";

describe("import format", () => {
  it("the example file in docs/ is valid, every row with its line number", () => {
    const bestand = leesImport(readFileSync("docs/voorbeeld-import.json", "utf8"));
    expect(bestand.fout).toBeNull();
    expect(bestand.rijen.filter((r) => r.fout)).toEqual([]);
    expect(bestand.rijen.map((r) => r.soort)).toEqual(["clienten", "clienten", "clienten", "relaties", "dossier", "dossier", "verstrekkingen", "toestemmingen"]);
    expect(bestand.rijen[0]).toMatchObject({ regel: 4, sleutel: "VB-1001" });
    expect(bestand.rijen[3]).toMatchObject({ soort: "relaties", sleutel: "VB-1002/REL-1" });
  });

  it("finds line numbers of array objects, ignoring braces inside strings", () => {
    const tekst = '{\n "clienten": [\n  {"a": "{["},\n  {"b": 1}\n ],\n "dossier": [{"inhoud": {"x": "}"}}]\n}';
    expect(regelsVanJsonRijen(tekst)).toEqual({ clienten: [3, 4], dossier: [6] });
  });

  it("refuses a bad row with the field and the reason, and a duplicate key with the earlier line", () => {
    const tekst = JSON.stringify(
      { clienten: [
        { clientnummer: "A1", voornamen: "Els", achternaam: "Fictief", geboortedatum: "1990-02-30" },
        { clientnummer: "A2", voornamen: "", achternaam: "Fictief", geboortedatum: "1990-01-01" },
        { clientnummer: "A3", voornamen: "Kim", achternaam: "Fictief", geboortedatum: "1990-01-01" },
        { clientnummer: "A3", voornamen: "Kim", achternaam: "Fictief", geboortedatum: "1990-01-01" },
      ] },
      null,
      1,
    );
    const { rijen } = leesJsonImport(tekst);
    expect(rijen[0]!.fout).toMatch(/geboortedatum: geen geldige datum/);
    expect(rijen[1]!.fout).toMatch(/voornamen: ontbreekt/);
    expect(rijen[2]!.fout).toBeNull();
    expect(rijen[3]!.fout).toBe(`dubbel: dezelfde sleutel staat al op regel ${rijen[2]!.regel}`);
  });

  it("names unknown parts and broken JSON", () => {
    expect(leesJsonImport('{"patienten": []}').fout).toMatch(/Onbekende onderdelen.*patienten/);
    expect(leesJsonImport("{").fout).toMatch(/geen geldige JSON/);
  });

  it("reads a CSV of clients with quotes and semicolons, line numbers from the file", () => {
    const csv = 'clientnummer;voornamen;achternaam;geboortedatum;plaats\nB1;"Jan; Piet";Fictief;1970-05-05;Ergens\n\nB2;Lot;Fictief;05-05-1970;Ergens\n';
    const { rijen, fout } = leesCsvImport(csv);
    expect(fout).toBeNull();
    expect(rijen[0]).toMatchObject({ regel: 2, fout: null, data: { voornamen: "Jan; Piet" } });
    expect(rijen[1]).toMatchObject({ regel: 4 });
    expect(rijen[1]!.fout).toMatch(/geboortedatum/);
    expect(leesCsvImport("clientnummer,bsn\nX,1").fout).toMatch(/Onbekende kolommen op regel 1: bsn/);
  });
});
