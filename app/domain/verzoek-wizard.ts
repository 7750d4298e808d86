import type { FilingDecision } from "./eligibility";
import type { GevraagdRegel } from "./gevraagd";
import {
  CORRECTIE_RIJEN_MAX,
  CORRECTIE_RIJEN_START,
  eersteStapMetFout,
  foutenTotStap,
  isIntakeFoutCode,
  isStap,
  STAPPEN,
  stappenVoor,
  type IntakeFouten,
  type Stap,
} from "./intake-stappen";
import type { VerzoekInvoer } from "./intake";
import type { Reason } from "./request-state";
import { TEKSTLIMIET } from "./tekstlimieten";

/**
 * The steps of the request wizard (docs/decisions/006-intake-wizard.md): which screen a POST leads
 * to, from its intent ("volgende", "terug", "naar:<stap>", "rij_toevoegen", "indienen"), the step it
 * came from, the answers and the eligibility decision. Pure: the route reads the form and the
 * service decides; this module only says what the visitor sees next.
 */

export type EmailScherm = {
  scherm: "email";
  email: string;
  fout: "leeg" | "ongeldig" | "neutraal" | null;
  wachtSeconden: number | null;
};
export type CodeScherm = {
  scherm: "code";
  email: string;
  fout: "leeg" | "formaat" | "onjuist" | "geblokkeerd" | "verlopen" | "geen_code" | "neutraal" | null;
  resterend: number | null;
  melding: "nieuwe_code" | null;
  wachtSeconden: number | null;
  /** With wachtSeconden (nothing sent): does the code already sent still work? */
  geldigeCode?: boolean;
};
/**
 * The sentences of the e-mail or code screen in the page's language, made by the server for this
 * screen (app/services/verzoek-wizard.server.ts `aanmeldWoorden`, docs/decisions/033).
 */
export type AanmeldWoorden = {
  titel: string;
  alineas: string[];
  label: string;
  hint: string;
  /** The field's error, or null. */
  fout: string | null;
  /** A code was sent less than a minute ago: wait, or use that one. */
  teVaak: string | null;
  /** After "send me a new code". */
  nieuweCode: string | null;
  knop: string;
  /** The code screen: ask for a new code, use another address. */
  opnieuwKnop: string;
  anderAdres: string;
};
/** An e-mail or code screen with its sentences, as the loader and the action give it. */
export type AanmeldScherm = (EmailScherm | CodeScherm) & { woorden: AanmeldWoorden };

export type WizardMelding = { soort: "neutraal" } | { soort: "te_vaak"; minuten: number } | { soort: "sleutel" };
export type WizardScherm = {
  scherm: "wizard";
  stap: Stap;
  waarden: Record<string, string>;
  fouten: IntakeFouten;
  /** The text of each error code on this screen, made by the server in the page's language (docs/decisions/033). */
  foutTeksten?: Partial<Record<string, string>>;
  /** The check step: the details as question-and-answer lines, as the request page will show them later. */
  gevraagd?: GevraagdRegel[];
  rijen: number;
  sleutel: string | null;
  weigering: Reason | null;
  notitie: Reason | null;
  invoer: VerzoekInvoer | null;
  melding: WizardMelding | null;
};
export type Scherm = EmailScherm | CodeScherm | WizardScherm;

/** The intents of the e-mail and code screens (before the visitor is signed in). */
export const EMAIL_INTENTS = ["code_aanvragen", "code_opnieuw", "code_controleren"] as const;
export type EmailIntent = (typeof EMAIL_INTENTS)[number];

export function isEmailIntent(intent: string): intent is EmailIntent {
  return (EMAIL_INTENTS as readonly string[]).includes(intent);
}

/** Form fields that steer the wizard and are not part of the request. */
const STUURVELDEN = new Set(["intent", "stap", "website", "sleutel", "rijen"]);

export function leegEmailScherm(): EmailScherm {
  return { scherm: "email", email: "", fout: null, wachtSeconden: null };
}

export function leegWizard(): WizardScherm {
  return {
    scherm: "wizard",
    stap: "wie",
    waarden: {},
    fouten: {},
    rijen: CORRECTIE_RIJEN_START,
    sleutel: null,
    weigering: null,
    notitie: null,
    invoer: null,
    melding: null,
  };
}

/** People copy "123 456" or "123-456" from the mail: keep only what matters. */
export function leesCode(ruw: string): { ok: true; code: string } | { ok: false; fout: "leeg" | "formaat" } {
  const code = ruw.replace(/[\s-]/g, "");
  if (code === "") return { ok: false, fout: "leeg" };
  if (!/^\d{6}$/.test(code)) return { ok: false, fout: "formaat" };
  return { ok: true, code };
}

/** The answers of the form, flat by field name ("betrokkene.naam"), without the steering fields. */
export function platteWaarden(velden: Iterable<[string, FormDataEntryValue]>): Record<string, string> {
  const waarden: Record<string, string> = {};
  for (const [naam, waarde] of velden) {
    if (STUURVELDEN.has(naam) || typeof waarde !== "string") continue;
    // Only names the wizard knows (bounded: a tampered form cannot make the page grow without end).
    if (!/^[A-Za-z_]+(\.[A-Za-z]+|\[\d{1,2}\])*$/.test(naam) || Object.keys(waarden).length > 200) continue;
    // Twice the longest free text: longer is refused as too long, never cut to something valid.
    waarden[naam] = waarde.slice(0, 2 * TEKSTLIMIET.lang);
  }
  return waarden;
}

/** How many correction rows the details step shows: at least the start number and every row filled in. */
export function aantalRijen(waarden: Record<string, string>, gevraagdVeld: unknown): number {
  let hoogste = 0;
  for (const naam of Object.keys(waarden)) {
    const m = /^correctie\.rijen\[(\d+)\]/.exec(naam);
    if (m) hoogste = Math.max(hoogste, Number(m[1]) + 1);
  }
  const gevraagd = Number(gevraagdVeld);
  const rijen = Math.max(CORRECTIE_RIJEN_START, hoogste, Number.isInteger(gevraagd) ? gevraagd : 0);
  return Math.min(CORRECTIE_RIJEN_MAX, rijen);
}

/** The schema's messages per field, as message codes (an unknown message becomes "ongeldig"). */
export function foutcodes(error: Record<string, string[] | null> | null | undefined): IntakeFouten {
  const fouten: IntakeFouten = {};
  for (const [naam, lijst] of Object.entries(error ?? {})) {
    if (!lijst || lijst.length === 0) continue;
    fouten[naam] = lijst.map((m) => (isIntakeFoutCode(m) ? m : "ongeldig"));
  }
  return fouten;
}

/** Which field names the current step shows itself (all other answers go along hidden). */
export function zichtbaar(stap: Stap, naam: string, type: string | undefined, voorWie: string | undefined): boolean {
  switch (stap) {
    case "wie":
      return naam === "indiener.voorWie";
    case "relatie":
      return naam === "indiener.relatie" || naam === "indiener.naam";
    case "betrokkene":
      return naam.startsWith("betrokkene.") && !(voorWie !== "ander" && naam === "betrokkene.email");
    case "recht":
      return naam === "type";
    case "details":
      return type !== undefined && (naam.startsWith(`${type}.`) || naam.startsWith(`${type}[`));
    case "controle":
      return false;
  }
}

/** The row number of a correction field ("correctie.rijen[2].welk" → 2), or -1. */
export function rijIndex(naam: string): number {
  return Number(/^correctie\.rijen\[(\d+)\]/.exec(naam)?.[1] ?? -1);
}

/** A refusal by the service when the request was sent (app/services/intake.server.ts `IntakeFout`). */
export type WizardAfwijzing = {
  code: string;
  extra: { fouten?: IntakeFouten; weigering?: Reason; wachtMinuten?: number };
};

/** One POST of the wizard, read from the form. */
export type WizardPost = {
  intent: string;
  /** The hidden "stap" field as sent (anything: a tampered form falls back to the first step). */
  stap: unknown;
  waarden: Record<string, string>;
  rijen: number;
  /** The hidden idempotency key as sent ("" when absent). */
  sleutel: string;
  honeypotGevuld: boolean;
  /** The schema's errors for the whole form (every step). */
  alleFouten: IntakeFouten;
  /** The valid request, when the whole form is valid. */
  invoer: VerzoekInvoer | null;
  /** May this filer file for this person (null while the fields it needs are not valid)? */
  beslissing: FilingDecision | null;
  /** Why the service refused to file it ("indienen" only). */
  afwijzing: WizardAfwijzing | null;
  /** A new idempotency key for the check page. */
  nieuweSleutel: () => string;
};

/** The next page of the wizard for this POST (the same step with errors, or the next one). */
export function volgendScherm(post: WizardPost): WizardScherm {
  const { intent, waarden, alleFouten, invoer, beslissing, afwijzing } = post;
  const volgorde = stappenVoor(waarden["indiener.voorWie"]);
  const huidig: Stap = isStap(post.stap) && volgorde.includes(post.stap) ? post.stap : "wie";
  const basis = {
    scherm: "wizard" as const,
    waarden,
    rijen: post.rijen,
    sleutel: null,
    weigering: null,
    notitie: beslissing?.allowed ? (beslissing.note ?? null) : null,
    invoer: null,
    melding: null,
    fouten: {},
  } satisfies Omit<WizardScherm, "stap">;

  if (intent === "terug") {
    const i = volgorde.indexOf(huidig);
    return { ...basis, stap: volgorde[Math.max(0, i - 1)]! };
  }
  if (intent.startsWith("naar:")) {
    const doel = intent.slice("naar:".length);
    return { ...basis, stap: isStap(doel) && volgorde.includes(doel) ? doel : huidig };
  }
  if (intent === "rij_toevoegen") {
    return { ...basis, stap: "details", rijen: Math.min(CORRECTIE_RIJEN_MAX, basis.rijen + 1) };
  }

  if (post.honeypotGevuld) {
    // A neutral message; the page stays as it was (the check page keeps its summary and key).
    const controle = huidig === "controle" ? { invoer, sleutel: post.sleutel || null } : {};
    return { ...basis, ...controle, stap: huidig, melding: { soort: "neutraal" } };
  }

  if (afwijzing) {
    const controle = () => ({ ...basis, stap: "controle" as const, invoer, sleutel: post.nieuweSleutel() });
    switch (afwijzing.code) {
      case "ongeldig": {
        const fouten = afwijzing.extra.fouten ?? {};
        return { ...basis, stap: eersteStapMetFout(fouten) ?? huidig, fouten };
      }
      case "niet_toegestaan":
        return { ...basis, stap: "betrokkene", weigering: afwijzing.extra.weigering ?? null, notitie: null };
      case "te_vaak":
        return {
          ...controle(),
          sleutel: post.sleutel,
          melding: { soort: "te_vaak", minuten: afwijzing.extra.wachtMinuten ?? 60 },
        };
      case "honeypot":
        return { ...controle(), melding: { soort: "neutraal" } };
      default:
        return { ...controle(), melding: { soort: "sleutel" } };
    }
  }

  // "volgende": this step and the ones before it must be right; then the eligibility.
  const fouten = foutenTotStap(alleFouten, huidig);
  if (Object.keys(fouten).length > 0) {
    const eerste = eersteStapMetFout(fouten) ?? huidig;
    return { ...basis, stap: eerste, fouten };
  }
  if (STAPPEN.indexOf(huidig) >= STAPPEN.indexOf("betrokkene") && beslissing && !beslissing.allowed) {
    return { ...basis, stap: "betrokkene", weigering: beslissing.reason, notitie: null };
  }
  const volgende = volgorde[volgorde.indexOf(huidig) + 1] ?? "controle";
  if (volgende === "controle") {
    if (!invoer) {
      // Only reachable with a tampered form: show the first step with an error.
      return { ...basis, stap: eersteStapMetFout(alleFouten) ?? "wie", fouten: alleFouten };
    }
    return { ...basis, stap: "controle", invoer, sleutel: post.nieuweSleutel() };
  }
  return { ...basis, stap: volgende };
}
