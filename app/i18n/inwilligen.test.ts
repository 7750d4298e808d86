/**
 * Issue 16 item 2: "toewijzen" meant two things (give to a colleague, grant the request). Granting is
 * *inwilligen* everywhere a person reads it: the interface texts, the decision letters and the
 * e-mails; giving a request to a colleague says "aan een collega geven".
 */
import { describe, expect, it } from "vitest";
import { BERICHTEN } from "./berichten";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { STATUS_LABELS } from "~/domain/request-state";

/** Every text in a tree of texts; functions are called with sample arguments. */
function teksten(waarde: unknown, uit: string[] = []): string[] {
  if (typeof waarde === "string") uit.push(waarde);
  else if (typeof waarde === "function") {
    for (const args of [["X", "Y", "Z"], [2, 2, 2], []]) {
      try {
        teksten((waarde as (...a: unknown[]) => unknown)(...args), uit);
        break;
      } catch {
        /* another shape of arguments */
      }
    }
  } else if (waarde && typeof waarde === "object") for (const v of Object.values(waarde)) teksten(v, uit);
  return uit;
}

const TWEEDUIDIG = /toewij|toegewezen|wijs\S* .*\btoe\b|wijzen .*\btoe\b/i;

describe("inwilligen, niet toewijzen", () => {
  it("geen Nederlandse tekst van het portaal gebruikt 'toewijzen'", () => {
    const fout = teksten(BERICHTEN.nl).filter((t) => TWEEDUIDIG.test(t));
    expect(fout).toEqual([]);
    expect(teksten(BERICHTEN.nl).some((t) => /inwillig|ingewilligd/i.test(t))).toBe(true);
  });

  it("de besluitbrief, de e-mails, de statussen en de meldingen van de services zeggen 'inwilligen'", () => {
    expect(teksten(STATUS_LABELS).filter((t) => TWEEDUIDIG.test(t))).toEqual([]);
    const bestanden = [
      "app/domain/besluitbrief.ts",
      "app/domain/request-state.ts",
      "app/services/pakket.server.ts",
      "app/services/uitvoering.server.ts",
      ...readdirSync("emails")
        .filter((f) => f.endsWith(".tsx"))
        .map((f) => path.join("emails", f)),
    ];
    // Texts a person reads: quoted, with a space in them (not codes such as "besluit_toewijzen").
    const fout = bestanden.flatMap((bestand) =>
      [...readFileSync(bestand, "utf8").matchAll(/(["`])((?:(?!\1)[^\\\n])* (?:(?!\1)[^\\\n])*)\1/g)]
        .map((m) => m[2]!)
        .filter((t) => TWEEDUIDIG.test(t))
        .map((t) => `${bestand}: ${t}`),
    );
    expect(fout).toEqual([]);
  });
});
