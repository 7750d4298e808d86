import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { beslisRij, leesCsvImport, leesImport, leesJsonImport, regelsVanJsonRijen } from "./import";

describe("import format", () => {
  it("the example file in docs/ is valid, every row with its line number", () => {
    const bestand = leesImport(readFileSync("docs/voorbeeld-import.json", "utf8"));
    expect(bestand.fout).toBeNull();
    expect(bestand.rijen.filter((r) => r.fout)).toEqual([]);
    expect(bestand.rijen.map((r) => r.soort)).toEqual([
      "clienten",
      "clienten",
      "clienten",
      "relaties",
      "dossier",
      "dossier",
      "verstrekkingen",
      "toestemmingen",
    ]);
    expect(bestand.rijen[0]).toMatchObject({ regel: 4, sleutel: "VB-1001" });
    expect(bestand.rijen[3]).toMatchObject({ soort: "relaties", sleutel: "VB-1002/REL-1" });
  });

  it("finds line numbers of array objects, ignoring braces inside strings", () => {
    const tekst = '{\n "clienten": [\n  {"a": "{["},\n  {"b": 1}\n ],\n "dossier": [{"inhoud": {"x": "}"}}]\n}';
    expect(regelsVanJsonRijen(tekst)).toEqual({ clienten: [3, 4], dossier: [6] });
  });

  it("refuses a bad row with the field and the reason, and a duplicate key with the earlier line", () => {
    const tekst = JSON.stringify(
      {
        clienten: [
          { clientnummer: "A1", voornamen: "Els", achternaam: "Fictief", geboortedatum: "1990-02-30" },
          { clientnummer: "A2", voornamen: "", achternaam: "Fictief", geboortedatum: "1990-01-01" },
          { clientnummer: "A3", voornamen: "Kim", achternaam: "Fictief", geboortedatum: "1990-01-01" },
          { clientnummer: "A3", voornamen: "Kim", achternaam: "Fictief", geboortedatum: "1990-01-01" },
        ],
      },
      null,
      1,
    );
    const { rijen } = leesJsonImport(tekst);
    expect(rijen[0]!.fout?.nl).toMatch(/geboortedatum: geen geldige datum/);
    expect(rijen[1]!.fout?.nl).toMatch(/voornamen: ontbreekt/);
    expect(rijen[2]!.fout).toBeNull();
    expect(rijen[3]!.fout?.nl).toBe(`dubbel: dezelfde sleutel staat al op regel ${rijen[2]!.regel}`);
  });

  it("names unknown parts and broken JSON", () => {
    expect(leesJsonImport('{"patienten": []}').fout?.nl).toMatch(/Onbekende onderdelen.*patienten/);
    expect(leesJsonImport("{").fout?.nl).toMatch(/geen geldige JSON/);
  });

  it("reads a CSV of clients with quotes and semicolons, line numbers from the file", () => {
    const csv =
      'clientnummer;voornamen;achternaam;geboortedatum;plaats\nB1;"Jan; Piet";Fictief;1970-05-05;Ergens\n\nB2;Lot;Fictief;05-05-1970;Ergens\n';
    const { rijen, fout } = leesCsvImport(csv);
    expect(fout).toBeNull();
    expect(rijen[0]).toMatchObject({ regel: 2, fout: null, data: { voornamen: "Jan; Piet" } });
    expect(rijen[1]).toMatchObject({ regel: 4 });
    expect(rijen[1]!.fout?.nl).toMatch(/geboortedatum/);
    expect(leesCsvImport("clientnummer,bsn\nX,1").fout?.nl).toMatch(/Onbekende kolommen op regel 1: bsn/);
  });

  it("gives every reason in English as well, naming the same field", () => {
    const tekst = JSON.stringify(
      {
        clienten: [
          {
            clientnummer: "E1",
            voornamen: "Els",
            achternaam: "Fictief",
            geboortedatum: "1990-02-30",
            email: "geen-adres",
          },
          { clientnummer: "E2", achternaam: "Fictief", geboortedatum: "1990-01-01", status: "weg" },
          { clientnummer: "E2", voornamen: "Kim", achternaam: "Fictief", geboortedatum: "1990-01-01" },
          { clientnummer: "E2", voornamen: "Kim", achternaam: "Fictief", geboortedatum: "1990-01-01" },
        ],
        dossier: [{ externId: "D 1", clientnummer: "E2", categorie: "geheim", titel: "x".repeat(201), inhoud: {} }],
      },
      null,
      1,
    );
    const { rijen } = leesJsonImport(tekst);
    expect(rijen[0]!.fout).toEqual({
      code: "ongeldige_rij",
      nl: "geboortedatum: geen geldige datum (JJJJ-MM-DD); email: geen geldig e-mailadres",
      en: "geboortedatum: not a valid date (YYYY-MM-DD); email: not a valid e-mail address",
    });
    expect(rijen[1]!.fout).toMatchObject({
      nl: "voornamen: ontbreekt; status: een van: actief, voormalig",
      en: "voornamen: missing; status: one of: actief, voormalig",
    });
    expect(rijen[3]!.fout?.en).toBe(`duplicate: the same key is already on line ${rijen[2]!.regel}`);
    expect(rijen[4]!.fout?.en).toBe(
      "externId: only letters, digits, full stop, hyphen and underscore (1-40 characters); categorie: one of: personalia, contact, zorg, financieel, documenten; titel: too long (at most 200 characters)",
    );
    expect(leesJsonImport("{").fout?.en).toMatch(/^The file is not valid JSON/);
    expect(leesJsonImport('{"patienten": []}').fout?.en).toMatch(/^Unknown parts in the file: patienten\./);
    expect(leesCsvImport("clientnummer,bsn\nX,1").fout?.en).toMatch(/^Unknown columns on line 1: bsn\./);
    expect(leesCsvImport("").fout).toMatchObject({ nl: "Het bestand is leeg.", en: "The file is empty." });
  });

  it("reads the consent a disclosure relied on (toestemmingExternId), and refuses a malformed one", () => {
    const bestand = leesImport(readFileSync("docs/voorbeeld-import.json", "utf8"));
    expect(bestand.rijen.find((r) => r.soort === "verstrekkingen")!.data).toMatchObject({
      externId: "VER-1",
      toestemmingExternId: "TOE-1",
    });
    const zonder = leesJsonImport(
      JSON.stringify({
        verstrekkingen: [
          {
            externId: "V1",
            clientnummer: "C1",
            ontvanger: "Huisarts",
            datum: "2025-01-01",
            rechtsgrond: "toestemming",
          },
        ],
      }),
    );
    expect(zonder.rijen[0]!.data).toMatchObject({ toestemmingExternId: null });
    const fout = leesJsonImport(
      JSON.stringify({
        verstrekkingen: [
          {
            externId: "V1",
            clientnummer: "C1",
            ontvanger: "Huisarts",
            datum: "2025-01-01",
            rechtsgrond: "toestemming",
            toestemmingExternId: "TOE 1",
          },
        ],
      }),
    );
    expect(fout.rijen[0]!.fout?.nl).toMatch(/^toestemmingExternId: alleen letters/);
  });
});

describe("what the import does with a row (beslisRij)", () => {
  const stand = { bestaat: true, gewist: false, afgeschermd: false, gewijzigdeVelden: [] as string[] };

  it("never recreates a row an erasure removed (AVG art. 17)", () => {
    expect(beslisRij({ ...stand, bestaat: false, gewist: true })).toEqual({
      actie: "overgeslagen",
      reden: {
        code: "gewist",
        nl: "gewist op verzoek (AVG art. 17)",
        en: "erased at the client's request (GDPR Art. 17)",
      },
    });
    expect(beslisRij({ ...stand, bestaat: false })).toMatchObject({ actie: "aanmaken", reden: { nl: "nieuw" } });
  });

  it("never changes an afgeschermd item, and does not name its fields (AVG art. 18)", () => {
    const uit = beslisRij({ ...stand, afgeschermd: true, gewijzigdeVelden: ["inhoud"] });
    expect(uit).toEqual({
      actie: "overgeslagen",
      reden: {
        code: "afgeschermd",
        nl: "afgeschermd: niet gewijzigd (AVG art. 18)",
        en: "restricted: not changed (GDPR Art. 18)",
      },
    });
    expect(JSON.stringify(uit)).not.toContain("inhoud");
  });

  it("changes a row with different fields and leaves an equal one alone", () => {
    expect(beslisRij({ ...stand, gewijzigdeVelden: ["titel", "inhoud"] })).toEqual({
      actie: "wijzigen",
      reden: { code: "gewijzigd", nl: "gewijzigd: titel, inhoud", en: "changed: titel, inhoud" },
    });
    expect(beslisRij(stand)).toMatchObject({
      actie: "ongewijzigd",
      reden: { nl: "al gelijk", en: "already the same" },
    });
  });
});
