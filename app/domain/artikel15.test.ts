import { describe, expect, it } from "vitest";
import { artikel15Aanvullend, bedrag, leesEuroBedrag } from "./artikel15";
import { controleerReglement } from "./reglement";

const zorg = {
  naam: "Zorgverlening",
  bron: "cliënt, verwijzer, zorgverlener",
  geautomatiseerdeBesluitvorming: null,
  doorgifteBuitenEer: null,
};
const onderzoek = {
  naam: "Kwaliteitsonderzoek",
  bron: "cliënt",
  geautomatiseerdeBesluitvorming: null,
  doorgifteBuitenEer: null,
};

describe("artikel15Aanvullend (AVG art. 15 lid 1 sub g and h, lid 2, lid 3)", () => {
  it("says plainly that there is no automated decision-making and no transfer outside the EEA; names sources other than the client", () => {
    const nl = artikel15Aanvullend([zorg, onderzoek, zorg], 0, "nl");
    expect(nl.geautomatiseerd).toEqual([expect.stringContaining("alleen door een computer")]);
    expect(nl.doorgifte).toEqual([expect.stringContaining("buiten de Europese Economische Ruimte")]);
    expect(nl.herkomst).toEqual(["Zorgverlening: cliënt, verwijzer, zorgverlener"]);
    expect(nl.kopie).toMatch(/^De eerste kopie is gratis\. Ook als u later nog een kopie vraagt, betaalt u niets/);
    const en = artikel15Aanvullend([zorg], 0, "en");
    expect(en.geautomatiseerd[0]).toMatch(/by computer alone/);
    expect(en.doorgifte[0]).toMatch(/outside the European Economic Area/);
  });

  it("names the processing, its logic and the safeguard where the register records them", () => {
    const r = artikel15Aanvullend(
      [
        {
          ...zorg,
          geautomatiseerdeBesluitvorming:
            "een rekenregel bepaalt de volgorde op de wachtlijst; een medewerker kijkt altijd mee.",
        },
        {
          ...onderzoek,
          doorgifteBuitenEer:
            "enquêtedienst in de Verenigde Staten, met de standaardcontractbepalingen van de Europese Commissie.",
        },
      ],
      0,
      "nl",
    );
    expect(r.geautomatiseerd).toEqual([
      "Zorgverlening: een rekenregel bepaalt de volgorde op de wachtlijst; een medewerker kijkt altijd mee.",
    ]);
    expect(r.doorgifte).toEqual([
      "Kwaliteitsonderzoek: enquêtedienst in de Verenigde Staten, met de standaardcontractbepalingen van de Europese Commissie.",
    ]);
  });

  it("explains the fee for a further copy set by the practice", () => {
    expect(artikel15Aanvullend([], 750, "nl").kopie).toContain(
      "De eerste kopie is gratis. Vraagt u later nog een kopie, dan vragen wij daarvoor € 7,50.",
    );
    expect(artikel15Aanvullend([], 750, "en").kopie).toContain("we charge €7.50 for it");
    expect(bedrag(1000, "nl")).toBe("€ 10,00");
  });
});

describe("the fee a beheerder sets for a further copy (art. 15 lid 3)", () => {
  it("reads an amount in euro and refuses anything else or more than € 50", () => {
    expect(leesEuroBedrag("7,50")).toBe(750);
    expect(leesEuroBedrag("€ 7.5")).toBe(750);
    expect(leesEuroBedrag("")).toBe(0);
    expect(leesEuroBedrag("zeven")).toBeNull();
    const basis = { termijnen: {}, extraSluitingsdagen: [], downloadGeldigDagen: 14, maxDownloads: 5 };
    expect(controleerReglement({ ...basis, kostenExtraKopieCent: 750 })).toEqual({});
    expect(controleerReglement({ ...basis, kostenExtraKopieCent: 5001 }).kostenExtraKopie?.nl).toMatch(
      /€ 0,00 tot € 50,00/,
    );
    expect(controleerReglement({ ...basis, kostenExtraKopieCent: Number.NaN }).kostenExtraKopie?.en).toMatch(
      /reasonable fee/,
    );
  });
});
