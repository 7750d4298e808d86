import { describe, expect, it } from "vitest";
import { intrekkingIngang } from "./toestemming";

describe("intrekkingIngang (AVG art. 7 lid 3)", () => {
  it("takes effect on the day the client's request was received, not on a later day staff choose", () => {
    expect(intrekkingIngang({ gegevenOp: "2024-09-01", ingetrokkenOp: null }, "2026-10-26")).toBe("2026-10-26");
  });

  it("keeps an earlier withdrawal", () => {
    expect(intrekkingIngang({ gegevenOp: "2024-09-01", ingetrokkenOp: "2025-01-05" }, "2026-10-26")).toBe("2025-01-05");
  });

  it("moves a later recorded withdrawal back to the day of receipt", () => {
    expect(intrekkingIngang({ gegevenOp: "2024-09-01", ingetrokkenOp: "2026-12-01" }, "2026-10-26")).toBe("2026-10-26");
  });

  it("refuses a consent given after the request came in, and a malformed date", () => {
    expect(() => intrekkingIngang({ gegevenOp: "2026-11-01", ingetrokkenOp: null }, "2026-10-26")).toThrow(
      /vóór de datum/,
    );
    expect(() => intrekkingIngang({ gegevenOp: "2024-09-01", ingetrokkenOp: null }, "2026-13-01")).toThrow(
      /Ongeldige datum/,
    );
  });
});
