import { describe, expect, it } from "vitest";
import { clientMoetWordenGemeld, toetsUitstel } from "./verstrekking";

describe("een verstrekking zonder toestemming", () => {
  it("wordt aan de cliënt gemeld; een verstrekking op toestemming niet", () => {
    expect(clientMoetWordenGemeld({ toestemmingId: null })).toBe(true);
    expect(clientMoetWordenGemeld({ toestemmingId: undefined })).toBe(true);
    expect(clientMoetWordenGemeld({ toestemmingId: "7d0f6e2c-3a3b-4b5e-9f7a-2c1d0e9b8a76" })).toBe(false);
  });

  it("uitstel alleen met een reden van een zin of meer, en niet bij toestemming", () => {
    expect(toetsUitstel("", true)).toEqual({ ok: true, reden: null });
    expect(toetsUitstel(undefined, true)).toEqual({ ok: true, reden: null });
    expect(toetsUitstel("  Vertellen brengt het kind thuis in gevaar.  ", true)).toEqual({
      ok: true,
      reden: "Vertellen brengt het kind thuis in gevaar.",
    });
    expect(toetsUitstel("gevaar", true).ok).toBe(false);
    expect(toetsUitstel("x".repeat(1001), true).ok).toBe(false);
    expect(toetsUitstel("Vertellen brengt het kind thuis in gevaar.", false).ok).toBe(false);
  });
});
