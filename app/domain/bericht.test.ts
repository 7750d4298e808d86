import { describe, expect, it } from "vitest";
import {
  BERICHT_MAX_TEKENS,
  INTREKREDEN_MAX_TEKENS,
  controleerBerichttekst,
  controleerIntrekreden,
  normaliseerTekst,
} from "./bericht";
import { DomainError } from "./errors";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe("controleerBerichttekst", () => {
  it("keeps the text, trimmed, with LF line endings", () => {
    expect(controleerBerichttekst("  Hallo,\r\nhier is mijn antwoord.\r\n ")).toBe("Hallo,\nhier is mijn antwoord.");
  });

  it("refuses an empty message and one of only spaces and newlines", () => {
    expect(code(() => controleerBerichttekst(""))).toBe("bericht_leeg");
    expect(code(() => controleerBerichttekst(" \r\n\t "))).toBe("bericht_leeg");
    expect(code(() => controleerBerichttekst(undefined))).toBe("bericht_leeg");
  });

  it("accepts exactly the maximum and refuses one character more, naming the length", () => {
    expect(controleerBerichttekst("a".repeat(BERICHT_MAX_TEKENS))).toHaveLength(5000);
    expect(() => controleerBerichttekst("a".repeat(BERICHT_MAX_TEKENS + 1))).toThrow(/5001 tekens.*5000/);
  });

  it("counts a CRLF line break as one character, as the browser does", () => {
    const tekst = `${"a".repeat(2499)}\r\n${"b".repeat(2500)}`; // 5001 with CRLF, 5000 with LF
    expect(controleerBerichttekst(tekst)).toHaveLength(5000);
  });
});

describe("controleerIntrekreden", () => {
  it("is optional: empty or blank becomes null", () => {
    expect(controleerIntrekreden(undefined)).toBeNull();
    expect(controleerIntrekreden("   ")).toBeNull();
  });
  it("keeps a reason and refuses one that is too long", () => {
    expect(controleerIntrekreden(" Al opgelost. ")).toBe("Al opgelost.");
    expect(code(() => controleerIntrekreden("x".repeat(INTREKREDEN_MAX_TEKENS + 1)))).toBe("reden_te_lang");
  });
  it("normalises line endings", () => {
    expect(normaliseerTekst("a\rb\r\nc")).toBe("a\nb\nc");
  });
});
