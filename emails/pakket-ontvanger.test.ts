/**
 * The e-mail to a receiving care provider (issue 16 item 9): the link once, in HTML and in plain
 * text, and a footer for a provider (the practice's address for questions), not the client's
 * complaint route.
 */
import { describe, expect, it } from "vitest";
import { renderVolledig, type MailOrganisatie } from "./index";

const ORG: MailOrganisatie = {
  naam: "Zorgpraktijk De Linde",
  straat: "Lindelaan 12",
  postcode: "3811 AB",
  plaats: "Amersfoort",
  email: "privacy@delinde.example",
  telefoon: "033 000 0000",
  fgNaam: "M. de Vries",
  fgEmail: "fg@delinde.example",
  klachtenroute: "Klachtenfunctionaris De Linde, klachten@delinde.example.",
};
const URL = "http://localhost:3000/ontvanger/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
const DATA = { ontvanger: "Praktijk Nieuwe Start", nummer: "AVG-2026-000042", url: URL, verlooptOp: "6 december 2026" };

const aantal = (tekst: string, stuk: string) => tekst.split(stuk).length - 1;

describe("e-mail aan de ontvangende zorgaanbieder", () => {
  for (const taal of ["nl", "en"] as const) {
    it(`toont de link één keer en heeft een voettekst voor een zorgaanbieder (${taal})`, async () => {
      const { html, tekst } = await renderVolledig("pakket_ontvanger", DATA, taal, ORG);
      expect(aantal(tekst, URL)).toBe(1);
      expect(aantal(html, `href="${URL}"`)).toBe(1);
      expect(tekst).toContain(taal === "nl" ? `Gegevens ophalen: ${URL}` : `Collect the data: ${URL}`);
      // Not the client's complaint route or the AP line.
      expect(tekst).not.toContain(ORG.klachtenroute);
      expect(tekst).not.toContain("autoriteitpersoonsgegevens.nl");
      expect(tekst).toContain(
        taal === "nl"
          ? "Vragen over deze overdracht? Mail ons op privacy@delinde.example."
          : "Questions about this transfer? E-mail us at privacy@delinde.example.",
      );
    });
  }

  it("een e-mail aan de cliënt houdt de klachtenroute", async () => {
    const { tekst } = await renderVolledig(
      "pakket_klaar",
      {
        nummer: "AVG-2026-000042",
        url: "http://localhost:3000/mijn/verzoeken/AVG-2026-000042",
        verlooptOp: "2026-12-06",
        ontvanger: null,
      },
      "nl",
      ORG,
    );
    expect(tekst).toContain(ORG.klachtenroute);
  });
});
