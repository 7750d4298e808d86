/**
 * Checking a reglement form (/beheer/reglement): the organisation's own deadlines per right, its
 * extra closing days and its download settings. The deadline engine (app/domain/deadlines.ts)
 * decides what is allowed (AVG art. 12 lid 3); this module gives each refusal as a Reason in
 * Dutch and English, so the beheerder reads it in the language they chose.
 */
import {
  MAX_TARGET_WORKING_DAYS,
  parsePeriod,
  validateExecutionPeriod,
  validateReglementPeriod,
  type Period,
} from "./deadlines";
import { parseIsoDate } from "./calendar";
import { DomainError } from "./errors";
import { MAX_KOSTEN_EXTRA_KOPIE_CENT } from "./artikel15";
import type { Reason, Tekst } from "./request-state";
import { VERZOEKTYPEN, type Verzoektype } from "./request-types";

/** What the form holds: per request type a target and optional execution period, and the settings. */
export type ReglementInvoer = {
  /** Per request type: target and optional execution period (partial: omitted types use the defaults). */
  termijnen: Partial<Record<string, { target: unknown; execution?: unknown }>>;
  extraSluitingsdagen: string[];
  downloadGeldigDagen: number;
  maxDownloads: number;
  /** AVG art. 15 lid 3: the fee for a further copy in cents (the first is always free); absent = unchanged. */
  kostenExtraKopieCent?: number;
};

/** One reason per refused setting, keyed "inzage.target", "extraSluitingsdagen", "downloadGeldigDagen", …. */
export type ReglementFouten = Record<string, Reason>;

const RECHT: Record<Verzoektype, Tekst> = {
  inzage: { nl: "inzage", en: "access" },
  correctie: { nl: "correctie", en: "correction" },
  verwijdering: { nl: "verwijdering", en: "erasure" },
  afscherming: { nl: "afscherming", en: "restriction" },
  bezwaar: { nl: "bezwaar", en: "objection" },
  dataportabiliteit: { nl: "dataportabiliteit", en: "data portability" },
  intrekking_toestemming: { nl: "intrekking toestemming", en: "withdrawal of consent" },
};

const EENHEID = {
  weeks: { nl: ["week", "weken"], en: ["week", "weeks"], max: 104 },
  months: { nl: ["maand", "maanden"], en: ["month", "months"], max: 24 },
  workingDays: { nl: ["werkdag", "werkdagen"], en: ["working day", "working days"], max: 520 },
} as const;
type Eenheid = keyof typeof EENHEID;

function eenheidVan(waarde: unknown): { eenheid: Eenheid; aantal: unknown } | null {
  if (typeof waarde !== "object" || waarde === null || Array.isArray(waarde)) return null;
  const sleutels = Object.keys(waarde);
  const eenheid = sleutels[0];
  if (sleutels.length !== 1 || !(eenheid === "weeks" || eenheid === "months" || eenheid === "workingDays")) return null;
  return { eenheid, aantal: (waarde as Record<string, unknown>)[eenheid] };
}

/** "6 weken" / "6 weeks". */
export function periodeTekst(periode: Period): Tekst {
  const { eenheid, aantal } = eenheidVan(periode)! as { eenheid: Eenheid; aantal: number };
  const e = EENHEID[eenheid];
  return { nl: `${aantal} ${e.nl[aantal === 1 ? 0 : 1]}`, en: `${aantal} ${e.en[aantal === 1 ? 0 : 1]}` };
}

/** Why a period is not a period at all (empty, 0, a fraction, more than two years), or null. */
function ongeldigePeriode(waarde: unknown): Reason | null {
  try {
    parsePeriod(waarde);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
  }
  const delen = eenheidVan(waarde);
  if (!delen) {
    return {
      code: "ongeldige_termijn",
      nl: "Kies weken, maanden of werkdagen.",
      en: "Choose weeks, months or working days.",
    };
  }
  const e = EENHEID[delen.eenheid];
  if (typeof delen.aantal === "number" && Number.isInteger(delen.aantal) && delen.aantal > e.max) {
    return {
      code: "ongeldige_termijn",
      nl: `Ten hoogste ${e.max} ${e.nl[1]} (twee jaar).`,
      en: `At most ${e.max} ${e.en[1]} (two years).`,
    };
  }
  return {
    code: "ongeldige_termijn",
    nl: "Vul een heel getal in van 1 of meer.",
    en: "Enter a whole number of 1 or more.",
  };
}

/**
 * Why a decision deadline is refused, or null when it is allowed. AVG art. 12 lid 3: never later
 * than one month after receipt, whatever the day of receipt (the rule is validateReglementPeriod).
 */
export function doelTermijnReden(type: Verzoektype, waarde: unknown): Reason | null {
  const ongeldig = ongeldigePeriode(waarde);
  if (ongeldig) return ongeldig;
  try {
    validateReglementPeriod(type, waarde as Period);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== "termijn_boven_wettelijke_grens") throw e;
    const periode = periodeTekst(waarde as Period);
    const recht = RECHT[type];
    const { eenheid } = eenheidVan(waarde)!;
    const en =
      eenheid === "weeks"
        ? "the GDPR (Art. 12(3)) allows one month at most; choose 4 weeks or fewer."
        : eenheid === "months"
          ? "the GDPR (Art. 12(3)) allows one month at most; an extension by two months is only possible per request, with reasons."
          : `around Easter and the May holidays more than ${MAX_TARGET_WORKING_DAYS} working days sometimes end after the legal month (GDPR Art. 12(3)); choose ${MAX_TARGET_WORKING_DAYS} working days or fewer.`;
    // The Dutch text is the engine's own, so screens and the engine say the same.
    return { code: e.code, nl: e.message, en: `The deadline of ${periode.en} for ${recht.en} is too long: ${en}` };
  }
}

/** WGBO art. 7:455 lid 1: an erasure's execution period ends within three months (validateExecutionPeriod). */
function uitvoeringTermijnReden(type: Verzoektype, waarde: Period): Reason | null {
  try {
    validateExecutionPeriod(type, waarde);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== "termijn_boven_wettelijke_grens") throw e;
    return {
      code: e.code,
      nl: e.message,
      en: `The execution period of ${periodeTekst(waarde).en} for erasure is too long: the law (article 7:455(1) Dutch Civil Code) requires destruction within three months of the request; choose at most 3 months, 12 weeks or 55 working days.`,
    };
  }
}

/** Pure check of a reglement form: the law's limits and sane numbers. Empty object = acceptable. */
export function controleerReglement(invoer: ReglementInvoer): ReglementFouten {
  const fouten: ReglementFouten = {};
  for (const [type, termijn] of Object.entries(invoer.termijnen)) {
    if (!(VERZOEKTYPEN as readonly string[]).includes(type)) {
      const kort = type.slice(0, 40);
      fouten[type] = {
        code: "onbekend_verzoektype",
        nl: `Onbekend soort verzoek "${kort}".`,
        en: `Unknown kind of request "${kort}".`,
      };
      continue;
    }
    if (!termijn) continue;
    const doel = doelTermijnReden(type as Verzoektype, termijn.target);
    if (doel) fouten[`${type}.target`] = doel;
    if (termijn.execution !== undefined) {
      const uitvoering =
        ongeldigePeriode(termijn.execution) ?? uitvoeringTermijnReden(type as Verzoektype, termijn.execution as Period);
      if (uitvoering) fouten[`${type}.execution`] = uitvoering;
    }
  }
  for (const dag of invoer.extraSluitingsdagen) {
    try {
      parseIsoDate(dag);
    } catch {
      const kort = dag.slice(0, 20);
      fouten.extraSluitingsdagen = {
        code: "ongeldige_sluitingsdag",
        nl: `"${kort}" is geen datum (JJJJ-MM-DD).`,
        en: `"${kort}" is not a date (YYYY-MM-DD).`,
      };
      break;
    }
  }
  if (
    !Number.isInteger(invoer.downloadGeldigDagen) ||
    invoer.downloadGeldigDagen < 1 ||
    invoer.downloadGeldigDagen > 90
  ) {
    fouten.downloadGeldigDagen = {
      code: "ongeldige_downloadtermijn",
      nl: "Een downloadlink is 1 tot 90 dagen geldig.",
      en: "A download link is valid for 1 to 90 days.",
    };
  }
  if (!Number.isInteger(invoer.maxDownloads) || invoer.maxDownloads < 1 || invoer.maxDownloads > 50) {
    fouten.maxDownloads = {
      code: "ongeldig_aantal_downloads",
      nl: "Het aantal downloads is 1 tot 50.",
      en: "The number of downloads is 1 to 50.",
    };
  }
  const kosten = invoer.kostenExtraKopieCent;
  if (kosten !== undefined && (!Number.isInteger(kosten) || kosten < 0 || kosten > MAX_KOSTEN_EXTRA_KOPIE_CENT)) {
    fouten.kostenExtraKopie = {
      code: "ongeldige_kopiekosten",
      nl: "Een redelijke vergoeding voor een volgende kopie is een bedrag van € 0,00 tot € 50,00, bijvoorbeeld 7,50 (artikel 15 lid 3 AVG).",
      en: "A reasonable fee for a further copy is an amount from €0.00 to €50.00, for example 7.50 (Article 15(3) GDPR).",
    };
  }
  return fouten;
}
