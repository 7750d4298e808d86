import { describe, expect, it } from "vitest";
import { bewaarbeleidMetStandaard, bewaarTot, STANDAARD_BEWAARBELEID, valideerBewaarbeleid } from "./bewaartermijnen";

describe("bewaartermijnen", () => {
  it("defaults count from the day each record was made (art. 7:454 lid 3 BW; art. 52 AWR): zorg 20 years, financieel 7", () => {
    expect(STANDAARD_BEWAARBELEID.zorg).toEqual({ jaren: 20, vanaf: "aanmaak" });
    expect(STANDAARD_BEWAARBELEID.documenten).toEqual({ jaren: 20, vanaf: "aanmaak" });
    expect(STANDAARD_BEWAARBELEID.financieel).toEqual({ jaren: 7, vanaf: "aanmaak" });
    expect(STANDAARD_BEWAARBELEID.financieel.jaren).toBe(7);
  });

  it("a stored partial policy is completed with the defaults", () => {
    const b = bewaarbeleidMetStandaard({ contact: { jaren: 2, vanaf: "einde_zorg" } });
    expect(b.contact.jaren).toBe(2);
    expect(b.zorg.jaren).toBe(20);
  });

  it("refuses a care retention shorter than the WGBO's 20 years, with the reason", () => {
    const beleid = { ...STANDAARD_BEWAARBELEID, zorg: { jaren: 15, vanaf: "laatste_wijziging" } };
    expect(() => valideerBewaarbeleid(beleid)).toThrow(/zorg ten minste 20 jaar/);
  });

  it("refuses an unknown start and a fractional number of years", () => {
    expect(() => valideerBewaarbeleid({ ...STANDAARD_BEWAARBELEID, contact: { jaren: 1, vanaf: "ooit" } })).toThrow(
      /vanaf wanneer/,
    );
    expect(() =>
      valideerBewaarbeleid({ ...STANDAARD_BEWAARBELEID, contact: { jaren: 1.5, vanaf: "einde_zorg" } }),
    ).toThrow(/heel aantal jaren/);
  });

  it("computes the last day to keep, 29 February to 28 February", () => {
    expect(
      bewaarTot(
        { jaren: 20, vanaf: "laatste_wijziging" },
        { aangemaaktOp: "2001-01-01", gewijzigdOp: "2024-02-29", uitZorgOp: null },
      ),
    ).toBe("2044-02-29");
    expect(
      bewaarTot(
        { jaren: 7, vanaf: "einde_zorg" },
        { aangemaaktOp: "2001-01-01", gewijzigdOp: "2024-02-29", uitZorgOp: "2024-02-29" },
      ),
    ).toBe("2031-02-28");
    expect(
      bewaarTot(
        { jaren: 1, vanaf: "einde_zorg" },
        { aangemaaktOp: "2001-01-01", gewijzigdOp: "2020-01-01", uitZorgOp: null },
      ),
    ).toBeNull();
  });
});
