import { describe, expect, it } from "vitest";
import { afwijzingsgronden } from "./behandeling";
import { bezwaarGrondFout } from "./bezwaar";
import { WEIGERINGSGROND } from "./request-state";

describe("bezwaar: the ground 'art. 21 does not apply'", () => {
  it("is a ground an objection can be refused on, with a letter sentence in Dutch and English", () => {
    expect(afwijzingsgronden("bezwaar")).toContain("bezwaar_niet_van_toepassing");
    expect(afwijzingsgronden("inzage")).not.toContain("bezwaar_niet_van_toepassing");
    const g = WEIGERINGSGROND.bezwaar_niet_van_toepassing;
    expect(g.nl).toMatch(/geen bezwaar maken/);
    expect(g.en).toMatch(/cannot object/);
    expect(g.grondslag).toMatch(/art\. 21 lid 1 AVG.*art\. 6 lid 1 sub b en c AVG/);
  });

  it("fits only a processing where the register says objection is not possible, and then the weighing grounds do not", () => {
    expect(bezwaarGrondFout(["bezwaar_niet_van_toepassing"], false)).toBeNull();
    expect(bezwaarGrondFout(["bezwaar_niet_van_toepassing"], true)).toBe("bezwaar_wel_mogelijk");
    expect(bezwaarGrondFout(["dwingende_gerechtvaardigde_gronden"], true)).toBeNull();
    expect(bezwaarGrondFout(["rechtsvordering"], false)).toBe("bezwaar_niet_mogelijk");
    expect(bezwaarGrondFout(["identiteit_niet_vastgesteld"], false)).toBeNull();
  });
});
