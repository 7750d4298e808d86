import { describe, expect, it } from "vitest";
import { controleerVasthouden, VASTHOUD_LIMIET, vasthoudToken } from "./vasthouden";

describe("vasthouden: the checks of the hold form (docs/decisions/036)", () => {
  it("every step needs a reason; line endings count as one character; the reason is trimmed", () => {
    expect(controleerVasthouden({ stap: "klacht_opheffen", reden: " \r\n ", rechtsvordering: "" })).toEqual({
      ok: false,
      fout: { veld: "reden", code: "reden_leeg" },
    });
    const precies = "a\r\n".repeat(VASTHOUD_LIMIET.reden / 2 - 1) + "b";
    expect(controleerVasthouden({ stap: "klacht_opheffen", reden: `${precies}b`, rechtsvordering: "" }).ok).toBe(true);
    expect(
      controleerVasthouden({
        stap: "klacht_opheffen",
        reden: "x".repeat(VASTHOUD_LIMIET.reden + 1),
        rechtsvordering: "",
      }),
    ).toMatchObject({ ok: false, fout: { code: "reden_te_lang" } });
    expect(
      controleerVasthouden({ stap: "klacht_vastleggen", reden: "  Klacht  ", rechtsvordering: "genegeerd" }),
    ).toEqual({
      ok: true,
      waarde: { stap: "klacht_vastleggen", reden: "Klacht", rechtsvordering: null },
    });
  });

  it("a legal claim says what it is, bounded; an unknown step is refused", () => {
    const basis = { stap: "rechtsvordering_vastleggen", reden: "Brief advocaat" };
    expect(controleerVasthouden({ ...basis, rechtsvordering: "" })).toMatchObject({
      fout: { veld: "rechtsvordering", code: "rechtsvordering_leeg" },
    });
    expect(
      controleerVasthouden({ ...basis, rechtsvordering: "y".repeat(VASTHOUD_LIMIET.rechtsvordering + 1) }),
    ).toMatchObject({ fout: { code: "rechtsvordering_te_lang" } });
    expect(controleerVasthouden({ stap: "wissen", reden: "x", rechtsvordering: "" })).toMatchObject({
      fout: { veld: "stap", code: "stap_onbekend" },
    });
  });

  it("the token changes with every step, and does not depend on how a moment is written", () => {
    const nu = new Date("2026-12-06T10:00:00Z");
    const leeg = {
      lopendeKlachtOfCalamiteit: false,
      klachtSinds: null,
      rechtsvordering: null,
      rechtsvorderingSinds: null,
    };
    const klacht = { ...leeg, lopendeKlachtOfCalamiteit: true, klachtSinds: nu };
    expect(vasthoudToken(klacht)).not.toBe(vasthoudToken(leeg));
    expect(vasthoudToken({ ...klacht, klachtSinds: nu.toISOString() })).toBe(vasthoudToken(klacht));
    expect(vasthoudToken({ ...klacht, rechtsvordering: "Claim", rechtsvorderingSinds: nu })).not.toBe(
      vasthoudToken(klacht),
    );
  });
});
