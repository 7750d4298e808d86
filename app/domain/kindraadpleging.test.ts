import { describe, expect, it } from "vitest";
import { isKindUitkomst, toelichtingVerplicht, toetsKindBijBesluit } from "./kindraadpleging";

const basis = { relatie: "ouder_met_gezag", type: "inzage" as const, uitkomst: null };

describe("toetsKindBijBesluit (WGBO art. 7:465 BW, counted on the decision day)", () => {
  it("refuses a grant for a child of 12-15 without a recorded consultation", () => {
    const r = toetsKindBijBesluit({ ...basis, geboortedatum: "2012-03-01", besluitdag: "2026-11-20" }); // 14
    expect(r).toMatchObject({ ok: false, reden: { code: "kind_niet_geraadpleegd" } });
    if (!r.ok) expect(r.reden.nl).toContain("Leg eerst vast");
  });

  it("allows it once the consultation is recorded, whatever the child said", () => {
    for (const uitkomst of ["kind_stemt_in", "kind_maakt_bezwaar", "niet_te_raadplegen"] as const) {
      expect(
        toetsKindBijBesluit({ ...basis, uitkomst, geboortedatum: "2012-03-01", besluitdag: "2026-11-20" }),
      ).toEqual({ ok: true, raadplegingNodig: true });
    }
  });

  it("a child who turned 16 between filing and decision: the parent no longer represents them, also with a consultation", () => {
    // Filed on 2026-10-01 at 15; 16 on 2026-11-15; decided on 2026-11-20.
    const r = toetsKindBijBesluit({
      ...basis,
      uitkomst: "kind_stemt_in",
      geboortedatum: "2010-11-15",
      besluitdag: "2026-11-20",
    });
    expect(r).toMatchObject({ ok: false, reden: { code: "kind_inmiddels_16" } });
    // The day before the 16th birthday the parent still represents the child.
    expect(
      toetsKindBijBesluit({
        ...basis,
        uitkomst: "kind_stemt_in",
        geboortedatum: "2010-11-21",
        besluitdag: "2026-11-20",
      }).ok,
    ).toBe(true);
  });

  it("a child who turned 12 meanwhile now has to be consulted; under 12 no consultation", () => {
    expect(toetsKindBijBesluit({ ...basis, geboortedatum: "2014-11-20", besluitdag: "2026-11-20" })).toMatchObject({
      ok: false,
      reden: { code: "kind_niet_geraadpleegd" },
    });
    expect(toetsKindBijBesluit({ ...basis, geboortedatum: "2014-11-21", besluitdag: "2026-11-20" })).toEqual({
      ok: true,
      raadplegingNodig: false,
    });
  });

  it("applies to a guardian too, to every right; not to the client or other representatives", () => {
    expect(
      toetsKindBijBesluit({
        ...basis,
        relatie: "voogd",
        type: "correctie",
        geboortedatum: "2012-03-01",
        besluitdag: "2026-11-20",
      }).ok,
    ).toBe(false);
    expect(
      toetsKindBijBesluit({ ...basis, relatie: "zelf", geboortedatum: "2012-03-01", besluitdag: "2026-11-20" }),
    ).toEqual({ ok: true, raadplegingNodig: false });
    expect(
      toetsKindBijBesluit({ ...basis, relatie: "gemachtigde", geboortedatum: "2009-03-01", besluitdag: "2026-11-20" }),
    ).toEqual({ ok: true, raadplegingNodig: false });
  });

  it("an objection or 'could not be consulted' needs a note", () => {
    expect(toelichtingVerplicht("kind_stemt_in")).toBe(false);
    expect(toelichtingVerplicht("kind_maakt_bezwaar")).toBe(true);
    expect(toelichtingVerplicht("niet_te_raadplegen")).toBe(true);
    expect(isKindUitkomst("ja")).toBe(false);
  });
});
