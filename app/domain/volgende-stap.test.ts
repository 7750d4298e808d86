import { describe, expect, it } from "vitest";
import { dossierBlokkade, volgendeStap, volgordeStand } from "./volgende-stap";

const basis = {
  status: "in_behandeling" as const,
  ikBenBehandelaar: true,
  identiteitOntbreekt: true,
  gekoppeld: false,
};

describe("volgendeStap: 1 identiteit → 2 dossier → 3 besluiten → 4 uitvoeren", () => {
  it("begint met oppakken zolang niemand (of een ander) het verzoek behandelt", () => {
    expect(volgendeStap({ ...basis, status: "ontvangen", ikBenBehandelaar: false })).toBe("oppakken");
    expect(volgendeStap({ ...basis, ikBenBehandelaar: false })).toBe("oppakken");
  });
  it("vraagt eerst de identiteit, dan het dossier, dan het besluit", () => {
    expect(volgendeStap(basis)).toBe("identiteit");
    // Also with a dossier linked: identity comes first.
    expect(volgendeStap({ ...basis, gekoppeld: true })).toBe("identiteit");
    expect(volgendeStap({ ...basis, identiteitOntbreekt: false })).toBe("koppelen");
    expect(volgendeStap({ ...basis, identiteitOntbreekt: false, gekoppeld: true })).toBe("besluiten");
  });
  it("volgt de status na het besluit en bij wachten", () => {
    expect(volgendeStap({ ...basis, status: "in_uitvoering" })).toBe("uitvoeren");
    expect(volgendeStap({ ...basis, status: "wacht_op_client" })).toBe("wacht_op_client");
    expect(volgendeStap({ ...basis, status: "wacht_op_directie" })).toBe("wacht_op_directie");
    expect(volgendeStap({ ...basis, status: "afgerond" })).toBeNull();
    expect(volgendeStap({ ...basis, status: "ingetrokken" })).toBeNull();
  });
  it("toont welke stap klaar is en welke nu aan de beurt is", () => {
    expect(volgordeStand({ ...basis, identiteitOntbreekt: false })).toEqual({
      identiteit: "klaar",
      koppelen: "nu",
      besluiten: "straks",
      uitvoeren: "straks",
    });
    expect(
      volgordeStand({ status: "in_uitvoering", ikBenBehandelaar: true, identiteitOntbreekt: false, gekoppeld: true }),
    ).toEqual({
      identiteit: "klaar",
      koppelen: "klaar",
      besluiten: "klaar",
      uitvoeren: "nu",
    });
  });
});

describe("dossierBlokkade", () => {
  it("weigert inwilligen zonder gekoppeld cliëntdossier", () => {
    expect(dossierBlokkade(null)).toBe("geen_dossier");
    expect(dossierBlokkade("4b0f2c1e-0000-4000-8000-000000000001")).toBeNull();
  });
});
