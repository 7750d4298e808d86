/**
 * What the client asked, read back from `verzoeken.details` as intake stored it
 * (app/domain/intake.ts `VerzoekDetails`, app/services/intake.server.ts `opTeSlaanDetails`), so the
 * client's own request page can show it as they wrote it. Only strings and known choices pass;
 * anything else is left out, so the page never shows raw data. Pure.
 */
import type { Berichten } from "../i18n/berichten";
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

export type GevraagdRegel = { label: string; waarde: string };

/**
 * What the client asked (app/domain/gevraagd.ts) as question-and-answer lines, with the wizard's
 * own questions as labels: the client recognises what they filled in. Empty answers say so.
 */
export function gevraagdeRegels(g: Gevraagd, t: Berichten["verzoek"]): GevraagdRegel[] {
  const of = (waarde: string | null) => waarde ?? t.leeg;
  switch (g.type) {
    case "inzage":
      return [
        ...(g.afschrift === null
          ? []
          : [{ label: t.inzageAfschrift, waarde: g.afschrift ? t.inzageAfschriftJa : t.inzageAfschriftNee }]),
        { label: t.inzagePeriode, waarde: of(g.periode) },
      ];
    case "correctie":
      return g.rijen.map((r, i) => ({
        label: t.correctieRij(i + 1),
        waarde: [
          `${t.correctieWelk} ${of(r.welk)}`,
          `${t.correctieNu} ${of(r.nu)}`,
          `${t.correctieMoetZijn} ${of(r.moetZijn)}`,
          ...(r.waarom ? [`${t.correctieWaarom} ${r.waarom}`] : []),
        ].join("\n"),
      }));
    case "verwijdering":
      return [
        ...(g.omvang === null
          ? []
          : [{ label: t.verwijderingOmvang, waarde: g.omvang === "alles" ? t.verwijderingAlles : t.verwijderingDeel }]),
        ...(g.omvang === "deel" ? [{ label: t.verwijderingWelkDeel, waarde: of(g.welkDeel) }] : []),
        { label: t.verwijderingWaarom, waarde: of(g.waarom) },
      ];
    case "afscherming":
      return [
        { label: t.afschermingWat, waarde: of(g.wat) },
        { label: t.afschermingWaarom, waarde: of(g.waarom) },
      ];
    case "bezwaar":
      return [
        { label: t.bezwaarVerwerking, waarde: of(g.verwerking) },
        { label: t.bezwaarSituatie, waarde: of(g.situatie) },
      ];
    case "dataportabiliteit":
      return [
        ...(g.bestemming === null
          ? []
          : [
              {
                label: t.portabiliteitBestemming,
                waarde: g.bestemming === "mij" ? t.portabiliteitMij : t.portabiliteitAanbieder,
              },
            ]),
        ...(g.aanbieder
          ? [
              { label: t.portabiliteitAanbiederNaam, waarde: of(g.aanbieder.naam) },
              { label: t.portabiliteitAanbiederEmail, waarde: of(g.aanbieder.email) },
              ...(g.aanbieder.agb ? [{ label: t.portabiliteitAgb, waarde: g.aanbieder.agb }] : []),
            ]
          : []),
      ];
    case "intrekking_toestemming":
      return [
        { label: t.intrekkingToestemming, waarde: of(g.toestemming) },
        { label: t.intrekkingToelichting, waarde: of(g.toelichting) },
      ];
  }
}
