import { describe, expect, it } from "vitest";
import {
  bewijsPastBij,
  identiteitBlokkade,
  identiteitsniveau,
  identiteitTekort,
  identiteitTekortTekst,
  minstens,
  ontsluitingBlokkade,
  korteNaam,
  VEREIST_NIVEAU,
  type IdentiteitsFeiten,
} from "./identiteit";
import { VERZOEKTYPEN } from "./request-types";

const feiten = (f: Partial<IdentiteitsFeiten> = {}): IdentiteitsFeiten => ({
  bevestigdAdres: null,
  bekendeAdressen: [],
  passkeyNaBekendBezoek: false,
  legitimatieGecontroleerd: false,
  ...f,
});

describe("the identity level is derived from facts", () => {
  it("nothing proved: geen", () => {
    expect(identiteitsniveau(feiten())).toBe("geen");
    expect(identiteitsniveau(feiten({ bevestigdAdres: "  " }))).toBe("geen");
  });

  it("a code to an address the filer typed: own address only, even when linked to a client with another address", () => {
    expect(identiteitsniveau(feiten({ bevestigdAdres: "a@x.example" }))).toBe("eigen_adres");
    expect(
      identiteitsniveau(feiten({ bevestigdAdres: "impostor@x.example", bekendeAdressen: ["client@x.example", null] })),
    ).toBe("eigen_adres");
  });

  it("the proved address is the one in the record: known address (trimmed, any case)", () => {
    expect(
      identiteitsniveau(feiten({ bevestigdAdres: "Client@X.example ", bekendeAdressen: [null, " client@x.example"] })),
    ).toBe("bekend_adres");
  });

  it("an empty known address never matches an empty proved one", () => {
    expect(identiteitsniveau(feiten({ bevestigdAdres: "", bekendeAdressen: ["", null] }))).toBe("geen");
  });

  it("a passkey after such a visit, and a legitimation check, rank higher", () => {
    expect(identiteitsniveau(feiten({ bevestigdAdres: "a@x.example", passkeyNaBekendBezoek: true }))).toBe("passkey");
    expect(identiteitsniveau(feiten({ passkeyNaBekendBezoek: true, legitimatieGecontroleerd: true }))).toBe(
      "gelegitimeerd",
    );
    expect(identiteitsniveau(feiten({ legitimatieGecontroleerd: true }))).toBe("gelegitimeerd");
  });
});

describe("which request types need which level", () => {
  it("disclosure and changes need a known address at least; objection and withdrawal an own address", () => {
    for (const type of ["inzage", "dataportabiliteit", "correctie", "verwijdering", "afscherming"] as const) {
      expect(VEREIST_NIVEAU[type]).toBe("bekend_adres");
      expect(identiteitTekort(type, "eigen_adres")).toBe("bekend_adres");
      expect(identiteitTekort(type, "bekend_adres")).toBeNull();
      expect(identiteitTekort(type, "passkey")).toBeNull();
      expect(identiteitTekort(type, "gelegitimeerd")).toBeNull();
    }
    expect(identiteitTekort("bezwaar", "eigen_adres")).toBeNull();
    expect(identiteitTekort("intrekking_toestemming", "geen")).toBe("eigen_adres");
    expect(Object.keys(VEREIST_NIVEAU).sort()).toEqual([...VERZOEKTYPEN].sort());
  });

  it("ranks levels", () => {
    expect(minstens("passkey", "bekend_adres")).toBe(true);
    expect(minstens("eigen_adres", "bekend_adres")).toBe(false);
  });

  it("the refusal says what the level is, what is missing and what staff can do", () => {
    const tekst = identiteitTekortTekst("inzage", "eigen_adres");
    expect(tekst).toContain("alleen een eigen e-mailadres");
    expect(tekst).toContain("legitimatiecontrole aan de balie of via video");
    expect(tekst).toContain("nooit een kopie");
  });
});

describe("the grant gate", () => {
  const basis = {
    type: "inzage" as const,
    niveau: "bekend_adres" as const,
    relatie: "zelf",
    vertegenwoordigingsBewijzen: [],
  };

  it("the client at a known address may be granted; an impostor's own address may not", () => {
    expect(identiteitBlokkade(basis)).toBeNull();
    expect(identiteitBlokkade({ ...basis, niveau: "eigen_adres" })).toBe("identiteit_onbevestigd");
  });

  it("a representative needs their own identity AND a fitting authority proof", () => {
    const mentor = { ...basis, relatie: "mentor" };
    expect(
      identiteitBlokkade({ ...mentor, niveau: "eigen_adres", vertegenwoordigingsBewijzen: ["rechterlijke_uitspraak"] }),
    ).toBe("identiteit_onbevestigd");
    expect(identiteitBlokkade(mentor)).toBe("vertegenwoordiging_onbevestigd");
    // A check without a kind (recorded before decision 018) or of the wrong kind does not count.
    expect(identiteitBlokkade({ ...mentor, vertegenwoordigingsBewijzen: [null, "machtiging"] })).toBe(
      "vertegenwoordiging_onbevestigd",
    );
    expect(
      identiteitBlokkade({
        ...mentor,
        niveau: "gelegitimeerd",
        vertegenwoordigingsBewijzen: ["rechterlijke_uitspraak"],
      }),
    ).toBeNull();
  });

  it("proof per relation", () => {
    expect(bewijsPastBij("gemachtigde", "machtiging")).toBe(true);
    expect(bewijsPastBij("gemachtigde", "gezagsregister")).toBe(false);
    expect(bewijsPastBij("ouder_met_gezag", "gezagsregister")).toBe(true);
    expect(bewijsPastBij("curator", "rechterlijke_uitspraak")).toBe(true);
    expect(bewijsPastBij("bewindvoerder", "rechterlijke_uitspraak")).toBe(false);
    expect(bewijsPastBij("onbekend", "machtiging")).toBe(false);
    expect(bewijsPastBij("mentor", null)).toBe(false);
  });
});

describe("where data leaves the portal", () => {
  it("never below a known address, whatever the type", () => {
    const basis = { type: "bezwaar" as const, relatie: "zelf", vertegenwoordigingsBewijzen: [] };
    expect(identiteitBlokkade({ ...basis, niveau: "eigen_adres" })).toBeNull();
    expect(ontsluitingBlokkade({ ...basis, niveau: "eigen_adres" })).toBe("identiteit_onbevestigd");
    expect(ontsluitingBlokkade({ ...basis, type: "inzage", niveau: "passkey" })).toBeNull();
    expect(ontsluitingBlokkade({ ...basis, type: "inzage", niveau: "passkey", relatie: "gemachtigde" })).toBe(
      "vertegenwoordiging_onbevestigd",
    );
  });
});

describe("a representative's e-mails name the person concerned briefly", () => {
  it("initial and surname, as typed", () => {
    expect(korteNaam("Laura de Wit")).toBe("L. de Wit");
    expect(korteNaam("  émile   van der  Berg ")).toBe("É. van der Berg");
    expect(korteNaam("Noor")).toBe("Noor");
    expect(korteNaam("")).toBe("");
  });
});
