/**
 * What the client asked, read back from `verzoeken.details` as intake stored it
 * (app/domain/intake.ts `VerzoekDetails`, app/services/intake.server.ts `opTeSlaanDetails`), so the
 * client's own request page can show it as they wrote it. Only strings and known choices pass;
 * anything else is left out, so the page never shows raw data. Pure.
 */
import type { Verzoektype } from "./request-types";

type Tekst = string | null;

export type Gevraagd =
  | { type: "inzage"; afschrift: boolean | null; periode: Tekst }
  | { type: "correctie"; rijen: { welk: Tekst; nu: Tekst; moetZijn: Tekst; waarom: Tekst }[] }
  | { type: "verwijdering"; omvang: "alles" | "deel" | null; welkDeel: Tekst; waarom: Tekst }
  | { type: "afscherming"; wat: Tekst; waarom: Tekst }
  | { type: "bezwaar"; verwerking: Tekst; situatie: Tekst }
  | {
      type: "dataportabiliteit";
      bestemming: "mij" | "zorgaanbieder" | null;
      aanbieder: { naam: Tekst; email: Tekst; agb: Tekst } | null;
    }
  | { type: "intrekking_toestemming"; toestemming: Tekst; toelichting: Tekst };

function tekst(waarde: unknown): Tekst {
  return typeof waarde === "string" && waarde.trim() !== "" ? waarde : null;
}

function object(waarde: unknown): Record<string, unknown> {
  return typeof waarde === "object" && waarde !== null && !Array.isArray(waarde)
    ? (waarde as Record<string, unknown>)
    : {};
}

/** The request's own details for the client; null when nothing was asked beyond the right itself. */
export function leesGevraagd(type: Verzoektype, details: unknown): Gevraagd | null {
  const d = object(details);
  switch (type) {
    case "inzage":
      return { type, afschrift: typeof d.afschrift === "boolean" ? d.afschrift : null, periode: tekst(d.periode) };
    case "correctie": {
      const rijen = (Array.isArray(d.rijen) ? d.rijen : [])
        .map(object)
        .map((r) => ({ welk: tekst(r.welk), nu: tekst(r.nu), moetZijn: tekst(r.moetZijn), waarom: tekst(r.waarom) }))
        .filter((r) => r.welk || r.nu || r.moetZijn || r.waarom);
      return rijen.length > 0 ? { type, rijen } : null;
    }
    case "verwijdering":
      return {
        type,
        omvang: d.omvang === "alles" || d.omvang === "deel" ? d.omvang : null,
        welkDeel: tekst(d.welkDeel),
        waarom: tekst(d.waarom),
      };
    case "afscherming":
      return { type, wat: tekst(d.wat), waarom: tekst(d.waarom) };
    case "bezwaar": {
      // Intake keeps the processing as it stood in the register: { sleutel, versie, naam }.
      const v = d.verwerking;
      return { type, verwerking: tekst(object(v).naam) ?? tekst(v), situatie: tekst(d.situatie) };
    }
    case "dataportabiliteit": {
      const a = object(d.aanbieder);
      const bestemming = d.bestemming === "mij" || d.bestemming === "zorgaanbieder" ? d.bestemming : null;
      return {
        type,
        bestemming,
        aanbieder:
          bestemming === "zorgaanbieder" ? { naam: tekst(a.naam), email: tekst(a.email), agb: tekst(a.agb) } : null,
      };
    }
    case "intrekking_toestemming":
      return { type, toestemming: tekst(d.toestemming), toelichting: tekst(d.toelichting) };
  }
}
