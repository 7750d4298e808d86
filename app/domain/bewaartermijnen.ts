/**
 * Retention policy per dossier category (configurable by the beheerder; docs/recht.md
 * "Verwijdering en bewaring").
 */
import { DomainError } from "./errors";

export const BEWAAR_CATEGORIEEN = ["personalia", "contact", "zorg", "financieel", "documenten"] as const;
export type BewaarCategorie = (typeof BEWAAR_CATEGORIEEN)[number];
export type BewaarVanaf = "aanmaak" | "laatste_wijziging" | "einde_zorg";
export type Bewaartermijn = { jaren: number; vanaf: BewaarVanaf };
export type Bewaarbeleid = Record<BewaarCategorie, Bewaartermijn>;

/**
 * Defaults: the one source for the erasure plan (app/domain/bewaring.ts), the beheer page and the
 * inzage answer (app/domain/pakket.ts `bewaartermijnTekst`); docs/decisions/021.
 * zorg and documenten: 20 years from the day each record was made (art. 7:454 lid 3 BW: "te
 * rekenen vanaf het tijdstip van vervaardiging"; a correction does not restart it).
 * financieel: 7 years from the day each record was made (art. 52 lid 4 AWR).
 * personalia and contact: "no longer than needed" (AVG art. 5 lid 1 sub e) — we choose 1 year
 * after the end of care, so a returning client or a complaint can still be handled.
 */
export const STANDAARD_BEWAARBELEID: Readonly<Bewaarbeleid> = Object.freeze({
  personalia: Object.freeze({ jaren: 1, vanaf: "einde_zorg" }),
  contact: Object.freeze({ jaren: 1, vanaf: "einde_zorg" }),
  zorg: Object.freeze({ jaren: 20, vanaf: "aanmaak" }),
  financieel: Object.freeze({ jaren: 7, vanaf: "aanmaak" }),
  documenten: Object.freeze({ jaren: 20, vanaf: "aanmaak" }),
} satisfies Bewaarbeleid);

/** Minimum periods the law requires: a policy may not go below them. */
export const WETTELIJK_MINIMUM: Readonly<Record<BewaarCategorie, number>> = Object.freeze({
  personalia: 0,
  contact: 0,
  zorg: 20, // WGBO, BW 7:454 lid 3
  financieel: 7, // AWR art. 52 lid 4
  documenten: 0,
});

const VANAF: readonly BewaarVanaf[] = ["aanmaak", "laatste_wijziging", "einde_zorg"];

/** The stored (partial) policy completed with the defaults. */
export function bewaarbeleidMetStandaard(
  opgeslagen: Partial<Record<string, Bewaartermijn>> | null | undefined,
): Bewaarbeleid {
  const uit = { ...STANDAARD_BEWAARBELEID } as Bewaarbeleid;
  for (const c of BEWAAR_CATEGORIEEN) {
    const t = opgeslagen?.[c];
    if (t) uit[c] = { jaren: t.jaren, vanaf: t.vanaf };
  }
  return uit;
}

/**
 * Checks a complete policy: every category, whole years 0..115, a known start, and never shorter than
 * the legal minimum. Throws DomainError "ongeldig_bewaarbeleid" with the reason.
 */
export function valideerBewaarbeleid(invoer: unknown): Bewaarbeleid {
  if (typeof invoer !== "object" || invoer === null)
    throw bewaarFout(BEWAAR_CATEGORIEEN[0], "ontbreekt", "Geef per categorie een bewaartermijn.");
  const uit = {} as Bewaarbeleid;
  for (const c of BEWAAR_CATEGORIEEN) {
    const t = (invoer as Record<string, unknown>)[c] as { jaren?: unknown; vanaf?: unknown } | undefined;
    if (!t || typeof t !== "object") throw bewaarFout(c, "ontbreekt", `Geef een bewaartermijn voor ${c}.`);
    if (typeof t.jaren !== "number" || !Number.isInteger(t.jaren) || t.jaren < 0 || t.jaren > 115) {
      throw bewaarFout(c, "jaren", `De bewaartermijn voor ${c} is een heel aantal jaren van 0 tot 115.`);
    }
    if (!VANAF.includes(t.vanaf as BewaarVanaf)) {
      throw bewaarFout(c, "vanaf", `Kies voor ${c} vanaf wanneer de termijn loopt.`);
    }
    if (t.jaren < WETTELIJK_MINIMUM[c]) {
      throw bewaarFout(c, "minimum", `De wet vraagt voor ${c} ten minste ${WETTELIJK_MINIMUM[c]} jaar bewaren.`);
    }
    uit[c] = { jaren: t.jaren, vanaf: t.vanaf as BewaarVanaf };
  }
  return uit;
}

/** Why a retention setting is refused; the interface words it (app/i18n/berichten.ts `bewaarbeleidFouten`). */
export type BewaarFoutReden = "ontbreekt" | "jaren" | "vanaf" | "minimum";

/** "ongeldig_bewaarbeleid" with the category as the field and the reason and legal minimum as parameters. */
function bewaarFout(c: BewaarCategorie, reden: BewaarFoutReden, bericht: string): DomainError {
  return new DomainError("ongeldig_bewaarbeleid", bericht, c, { reden, minimum: WETTELIJK_MINIMUM[c] });
}

/**
 * The last day a record must be kept (YYYY-MM-DD), or null when it depends on an end of care that
 * has not happened yet. Destruction follows within a year after this day (practice reglement; docs/recht.md "Verwijdering en bewaring").
 */
export function bewaarTot(
  termijn: Bewaartermijn,
  data: { aangemaaktOp: string; gewijzigdOp: string; uitZorgOp: string | null },
): string | null {
  const start =
    termijn.vanaf === "aanmaak"
      ? data.aangemaaktOp
      : termijn.vanaf === "laatste_wijziging"
        ? data.gewijzigdOp
        : data.uitZorgOp;
  if (!start) return null;
  const [y, m, d] = start.slice(0, 10).split("-").map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(y + termijn.jaren, m - 1, 1));
  const laatste = new Date(Date.UTC(y + termijn.jaren, m, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d, laatste)); // 29 February → 28 February
  return doel.toISOString().slice(0, 10);
}
