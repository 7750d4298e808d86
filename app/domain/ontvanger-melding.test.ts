import { describe, expect, it } from "vitest";
import { ontvangenCategorieen } from "./ontvanger-melding";

describe("art. 19: wat een ontvanger te horen krijgt", () => {
  it("alleen de gewijzigde categorieën die deze ontvanger kreeg", () => {
    // Erased: personalia, zorg, financieel. The recipient only ever got personalia, zorg and documents.
    expect(
      ontvangenCategorieen([["personalia", "zorg"], ["documenten"]], ["personalia", "zorg", "financieel"]),
    ).toEqual(["personalia", "zorg"]);
  });

  it("niets als de ontvanger geen van de gewijzigde gegevens kreeg", () => {
    expect(ontvangenCategorieen([["contact"]], ["financieel"])).toEqual([]);
  });

  it("een verstrekking zonder categorieën telt als onbekend: dan alles wat veranderde", () => {
    expect(ontvangenCategorieen([["contact"], []], ["financieel", "zorg"])).toEqual(["financieel", "zorg"]);
  });
});
