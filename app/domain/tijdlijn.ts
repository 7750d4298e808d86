/**
 * A request's timeline in plain words for the client (verzoek_gebeurtenissen). Pure: the client's
 * request page gets these lines from its loader, so the texts of every event stay on the server.
 */
import type { Berichten } from "../i18n/berichten";
import { formatDatum, type Taal } from "../i18n/taal";
import { amsterdamDate } from "./calendar";
import { isBesluitSoort, isSluitReden, SLUIT_REDEN_TEKST } from "./verzoek-status";

/** One event of a request's timeline as the client may see it (verzoek_gebeurtenissen). */
export type TijdlijnItem = {
  id: number;
  /** e.g. "ontvangen", "vraag_gesteld", "antwoord_ontvangen", "verlengd", "besluit", "ingetrokken". */
  soort: string;
  gegevens: Record<string, unknown>;
  /** ISO timestamp. */
  op: string;
};

/**
 * The event kinds this timeline words for the client. Services that add a client-visible event
 * use one of these `soort` values (an unknown one is shown as "something changed").
 * Data read from `gegevens`: vraag_gesteld { reden? }, antwoord_ontvangen { doelTermijn? },
 * verlengd { reden?, wettelijkeTermijn? }, besluit { soort: BesluitSoort }, gesloten { sluitReden },
 * ingetrokken { reden? } (the client's own words), uitgevoerd { samenvatting: { nl, en }, ontvangersGemeld }.
 */
export const TIJDLIJN_SOORTEN = [
  "ontvangen",
  "identiteit_bevestigd",
  "opgepakt",
  "vraag_gesteld",
  "antwoord_ontvangen",
  "hervat",
  "verlengd",
  "besluit",
  "uitgevoerd",
  "afgerond",
  "gesloten",
  "ingetrokken",
] as const;

type Regel = { tekst: string; details: string[] };

/** One line of the timeline as the page shows it: the day (Amsterdam) and the words. */
export type TijdlijnRegel = Regel & { id: number; dag: string };

function tekstUit(gegevens: Record<string, unknown>, veld: string): string | null {
  const waarde = gegevens[veld];
  return typeof waarde === "string" && waarde.trim() ? waarde.trim() : null;
}

function datumUit(gegevens: Record<string, unknown>, veld: string, taal: Taal): string | null {
  const waarde = tekstUit(gegevens, veld);
  return waarde && /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? formatDatum(waarde, taal) : null;
}

/** The execution summary of an "uitgevoerd" event: { nl, en } (or a plain string), in `taal`. */
function samenvattingUit(gegevens: Record<string, unknown>, taal: Taal): string | null {
  const waarde = gegevens.samenvatting;
  if (typeof waarde === "string") return waarde.trim() || null;
  if (waarde && typeof waarde === "object") {
    const inTaal = (waarde as Record<string, unknown>)[taal];
    return typeof inTaal === "string" && inTaal.trim() ? inTaal.trim() : null;
  }
  return null;
}

/** Plain words for one event, in the client's language. */
export function beschrijfGebeurtenis(item: TijdlijnItem, t: Berichten["tijdlijn"], taal: Taal): Regel {
  const g = item.gegevens ?? {};
  const reden = tekstUit(g, "reden");
  switch (item.soort) {
    case "ontvangen":
    case "identiteit_bevestigd":
    case "opgepakt":
    case "hervat":
    case "afgerond":
      return { tekst: t[item.soort], details: [] };
    case "uitgevoerd": {
      // What was carried out, in the words the service wrote for the client (uitvoering.server.ts
      // meldUitgevoerd): corrected, erased and what was kept (restricted) with the reason, restricted;
      // and how many earlier recipients were told (AVG art. 19).
      const samenvatting = samenvattingUit(g, taal);
      const gemeld = g.ontvangersGemeld;
      const details = [
        samenvatting ? `${t.watGedaan} ${samenvatting}` : null,
        typeof gemeld === "number" && Number.isInteger(gemeld) && gemeld > 0 ? t.ontvangersGemeld(gemeld) : null,
      ];
      return { tekst: t.uitgevoerd, details: details.filter((d): d is string => d !== null) };
    }
    case "vraag_gesteld":
      return { tekst: t.vraag_gesteld, details: reden ? [`${t.reden} ${reden}`] : [] };
    case "antwoord_ontvangen": {
      const datum = datumUit(g, "doelTermijn", taal);
      return { tekst: t.antwoord_ontvangen, details: datum ? [t.antwoordNieuweDatum(datum)] : [] };
    }
    case "verlengd": {
      const datum = datumUit(g, "wettelijkeTermijn", taal);
      const details = [reden ? `${t.reden} ${reden}` : null, datum ? t.nieuweUitersteDatum(datum) : null];
      return { tekst: t.verlengd, details: details.filter((d): d is string => d !== null) };
    }
    case "besluit": {
      const soort = g.soort;
      return { tekst: isBesluitSoort(soort) ? t.besluitSoort[soort] : t.besluit, details: [] };
    }
    case "gesloten": {
      const sluitReden = g.sluitReden;
      return { tekst: t.gesloten, details: isSluitReden(sluitReden) ? [SLUIT_REDEN_TEKST[sluitReden][taal]] : [] };
    }
    case "ingetrokken":
      return { tekst: t.ingetrokken, details: reden ? [`${t.uwReden} ${reden}`] : [] };
    default:
      return { tekst: t.onbekend, details: [] };
  }
}

/** Every event in plain words, oldest first as the service gives them. */
export function tijdlijnRegels(items: readonly TijdlijnItem[], t: Berichten["tijdlijn"], taal: Taal): TijdlijnRegel[] {
  return items.map((item) => ({
    id: item.id,
    dag: amsterdamDate(new Date(item.op)),
    ...beschrijfGebeurtenis(item, t, taal),
  }));
}
