import { describe, expect, it } from "vitest";
import { BERICHT_MAX_TEKENS, INTREKREDEN_MAX_TEKENS } from "./bericht";
import { BERICHT_MAX } from "./behandeling";
import { MAX_KORT, MAX_NAAM, MAX_TEKST } from "./intake";
import { TEKSTLIMIET } from "./tekstlimieten";

describe("één limiet per soort vrije tekst", () => {
  it("de wizard, berichten (cliënt en medewerker) en de reden voor intrekken gebruiken dezelfde limiet voor lange tekst", () => {
    expect(MAX_TEKST).toBe(TEKSTLIMIET.lang);
    expect(BERICHT_MAX_TEKENS).toBe(TEKSTLIMIET.lang);
    expect(BERICHT_MAX).toBe(TEKSTLIMIET.lang);
    expect(INTREKREDEN_MAX_TEKENS).toBe(TEKSTLIMIET.lang);
    expect(MAX_NAAM).toBe(TEKSTLIMIET.naam);
    expect(MAX_KORT).toBe(TEKSTLIMIET.kort);
  });
});
