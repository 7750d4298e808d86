import { describe, expect, it } from "vitest";
import { maskPath } from "./http.server";

describe("maskPath (request log without personal data)", () => {
  it("masks ids, tokens and e-mail addresses in paths", () => {
    expect(maskPath("/mijn/verzoeken/AVG-2026-000042")).toBe("/mijn/verzoeken/AVG-2026-000042");
    expect(maskPath("/backoffice/verzoeken/3f2c1a9e-8b7d-4c6e-9f00-1234567890ab")).toBe("/backoffice/verzoeken/:id");
    expect(maskPath("/ontvanger/Zk3_9dkQm2LpXw8vT4aN7bYc")).toBe("/ontvanger/:token");
    expect(maskPath("/dev/mail/jan@example.nl")).toBe("/dev/mail/:email");
    expect(maskPath("/")).toBe("/");
  });
});
