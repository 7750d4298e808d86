import { afterEach, beforeEach, vi } from "vitest";

/** docs/architectuur.md "Tests": `console.error` in a test is a failure. */
let spy: ReturnType<typeof vi.spyOn> | undefined;
let calls: unknown[][] = [];
beforeEach(() => {
  calls = [];
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});
afterEach(() => {
  spy?.mockRestore();
  if (calls.length > 0) {
    const first = calls[0]!.map((a) => (a instanceof Error ? a.stack : String(a))).join(" ");
    throw new Error(`console.error werd ${calls.length}× aangeroepen tijdens de test: ${first}`);
  }
});
