/**
 * Withholding parts of an inzage (or portability) answer (issue 6 item 1; docs/decisions/013).
 * Staff may withhold a whole dossier entry or one field of it when it concerns someone else
 * (AVG art. 15 lid 4, art. 23; art. 41 UAVG), when giving it would hinder the investigation of a
 * criminal offence (art. 41 lid 1 sub d UAVG), or in a child's interest (art. 7:457 and 7:465 BW).
 * Any withholding makes the answer a partial refusal (gedeeltelijke_afwijzing) that the directie
 * signs before a package is made (AVG art. 12 lid 4; docs/recht.md "Weigeringen").
 *
 * Pure: no db, no Remix, no Node.
 */
import { DomainError } from "./errors";
import { bevatBsn } from "./bsn";
import type { PakketCategorie } from "./pakket";
import { groundsFor, WEIGERINGSGROND, type Tekst, type WeigeringsgrondCode } from "./request-state";

// ---------------------------------------------------------------------------
// Grounds
// ---------------------------------------------------------------------------

/** The refusal grounds that can justify holding back part of the data (docs/recht.md "Weigeringen", inzage). */
export const ACHTERHOUDINGSGRONDEN = [
  "rechten_en_vrijheden_anderen",
  "opsporing_strafbare_feiten",
  "belang_minderjarige",
] as const satisfies readonly WeigeringsgrondCode[];
export type AchterhoudingsGrond = (typeof ACHTERHOUDINGSGRONDEN)[number];

export function isAchterhoudingsGrond(value: unknown): value is AchterhoudingsGrond {
  return typeof value === "string" && (ACHTERHOUDINGSGRONDEN as readonly string[]).includes(value);
}

/** The grounds that fit this request type: the withholding grounds that `groundsFor(type)` allows. */
export function achterhoudingsgrondenVoor(type: string): AchterhoudingsGrond[] {
  if (type !== "inzage" && type !== "dataportabiliteit") return [];
  const toegestaan = new Set(groundsFor(type).map((g) => g.code as string));
  return ACHTERHOUDINGSGRONDEN.filter((g) => toegestaan.has(g));
}

/** The reason in a few plain words, for the marker in the data and for the lists (B1). */
export const ACHTERHOUDING_REDEN: Record<AchterhoudingsGrond, Tekst> = {
  rechten_en_vrijheden_anderen: { nl: "gegevens over een ander", en: "information about someone else" },
  opsporing_strafbare_feiten: { nl: "onderzoek naar een strafbaar feit", en: "investigation of a criminal offence" },
  belang_minderjarige: { nl: "in het belang van het kind", en: "in the child's interest" },
};

/** What replaces a withheld field's value: "[achtergehouden: gegevens over een ander]". */
export function achterhoudingMarker(grond: AchterhoudingsGrond, taal: "nl" | "en"): string {
  return taal === "nl"
    ? `[achtergehouden: ${ACHTERHOUDING_REDEN[grond].nl}]`
    : `[withheld: ${ACHTERHOUDING_REDEN[grond].en}]`;
}

// ---------------------------------------------------------------------------
// Validation of one withholding
// ---------------------------------------------------------------------------

export const ACHTERHOUDING_TOELICHTING_MAX = 500;

export const ACHTERHOUDING_FOUT_CODES = [
  "verkeerd_type",
  "item_onbekend",
  "veld_onbekend",
  "grond_verplicht",
  "grond_ongeldig",
  "toelichting_verplicht",
  "toelichting_te_lang",
  "bsn_niet_toegestaan",
  "al_achtergehouden",
  "heel_item_al_achtergehouden",
  "niet_meer_te_wijzigen",
  "achterhouding_onbekend",
  "geen_backoffice",
] as const;
export type AchterhoudingFoutCode = (typeof ACHTERHOUDING_FOUT_CODES)[number];

export function isAchterhoudingFoutCode(value: unknown): value is AchterhoudingFoutCode {
  return typeof value === "string" && (ACHTERHOUDING_FOUT_CODES as readonly string[]).includes(value);
}

/** A refused withholding: `code` for the interface (NL/EN), `veld` the form field it belongs to. */
export class AchterhoudingFout extends DomainError {
  constructor(
    override readonly code: AchterhoudingFoutCode,
    message: string,
    veld?: string,
  ) {
    super(code, message, veld);
  }
}

/** A dossier entry as far as the rules need it. */
export type AchterhoudingItem = {
  id: string;
  categorie: string;
  inhoud: Record<string, string>;
  /** Is it part of this answer at all (not afgeschermd, selected for this kind of package)? */
  inAntwoord: boolean;
};

export type BestaandeAchterhouding = { dossierItemId: string; veld: string | null };

export type Achterhouding = {
  dossierItemId: string;
  /** null: the whole entry. */
  veld: string | null;
  grond: AchterhoudingsGrond;
  toelichting: string;
};

/**
 * Check a new withholding for a request of `type`: the entry is in the answer, the field (when
 * given) is one of its fields, the ground fits the request type, and staff say why (1-500
 * characters, never a BSN). Refuses a duplicate, and a field of an entry that is withheld whole.
 * Throws AchterhoudingFout; returns the normalised withholding.
 */
export function valideerAchterhouding(
  invoer: { dossierItemId?: unknown; veld?: unknown; grond?: unknown; toelichting?: unknown },
  context: { type: string; item: AchterhoudingItem | null; bestaande: readonly BestaandeAchterhouding[] },
): Achterhouding {
  const gronden = achterhoudingsgrondenVoor(context.type);
  if (gronden.length === 0) {
    throw new AchterhoudingFout(
      "verkeerd_type",
      "Achterhouden kan alleen bij een verzoek om inzage of dataportabiliteit.",
    );
  }
  const item = context.item;
  if (!item || item.id !== invoer.dossierItemId || !item.inAntwoord) {
    throw new AchterhoudingFout(
      "item_onbekend",
      "Dit onderdeel hoort niet (meer) bij het antwoord op dit verzoek.",
      "dossierItemId",
    );
  }
  const ruwVeld = typeof invoer.veld === "string" ? invoer.veld.trim() : "";
  const veld = ruwVeld === "" ? null : ruwVeld;
  if (veld !== null && !Object.prototype.hasOwnProperty.call(item.inhoud, veld)) {
    throw new AchterhoudingFout(
      "veld_onbekend",
      `Het onderdeel heeft geen veld "${veld}". Kies een veld uit de lijst.`,
      "veld",
    );
  }
  const grond = typeof invoer.grond === "string" ? invoer.grond.trim() : "";
  if (!grond) throw new AchterhoudingFout("grond_verplicht", "Kies een grond.", "grond");
  if (!(gronden as string[]).includes(grond)) {
    throw new AchterhoudingFout(
      "grond_ongeldig",
      "Kies een grond uit de lijst: die passen bij dit soort verzoek.",
      "grond",
    );
  }
  const toelichting = typeof invoer.toelichting === "string" ? invoer.toelichting.replace(/\r\n?/g, "\n").trim() : "";
  if (!toelichting)
    throw new AchterhoudingFout("toelichting_verplicht", "Schrijf waarom u dit achterhoudt.", "toelichting");
  if (toelichting.length > ACHTERHOUDING_TOELICHTING_MAX) {
    throw new AchterhoudingFout(
      "toelichting_te_lang",
      `Schrijf ten hoogste ${ACHTERHOUDING_TOELICHTING_MAX} tekens.`,
      "toelichting",
    );
  }
  if (bevatBsn(toelichting))
    throw new AchterhoudingFout("bsn_niet_toegestaan", "Zet geen BSN in de toelichting.", "toelichting");
  const vanItem = context.bestaande.filter((b) => b.dossierItemId === item.id);
  if (vanItem.some((b) => b.veld === veld)) {
    throw new AchterhoudingFout(
      "al_achtergehouden",
      "Dit houdt u al achter.",
      veld === null ? "dossierItemId" : "veld",
    );
  }
  if (veld !== null && vanItem.some((b) => b.veld === null)) {
    throw new AchterhoudingFout("heel_item_al_achtergehouden", "U houdt dit hele onderdeel al achter.", "veld");
  }
  return { dossierItemId: item.id, veld, grond: grond as AchterhoudingsGrond, toelichting };
}

// ---------------------------------------------------------------------------
// Applying withholdings to an answer
// ---------------------------------------------------------------------------

/** What the answer says about a withheld part: where and why, never the content. */
export type AchtergehoudenDeel = {
  categorie: PakketCategorie;
  /** The entry when only a field is withheld (it stays in the answer); null for a whole entry. */
  itemId: string | null;
  veld: string | null;
  /** A document entry with a withheld field: its original file is left out as well. */
  origineelWeggelaten: boolean;
  grond: AchterhoudingsGrond;
  reden: string;
  grondslag: string;
};

type ToepasItem = { id: string; categorie: string; inhoud: Record<string, string>; documentSleutel: string | null };

/**
 * Apply the request's withholdings (docs/decisions/013): a whole entry is left out; a withheld
 * field keeps its name and gets the marker instead of its value; a document entry with a withheld
 * field loses its original file (a file cannot be partly blacked out here). Withholdings of
 * entries that are not in `items` (e.g. afgeschermd since) are ignored. Order of `items` is kept.
 */
export function pasAchterhoudingenToe<T extends ToepasItem>(
  items: readonly T[],
  achterhoudingen: readonly { dossierItemId: string; veld: string | null; grond: string }[],
  taal: "nl" | "en",
): { items: T[]; achtergehouden: AchtergehoudenDeel[] } {
  const perItem = new Map<string, { veld: string | null; grond: AchterhoudingsGrond }[]>();
  for (const a of achterhoudingen) {
    if (!isAchterhoudingsGrond(a.grond))
      throw new DomainError("grond_ongeldig", `Onbekende grond "${a.grond}" bij een achterhouding.`);
    const lijst = perItem.get(a.dossierItemId) ?? [];
    lijst.push({ veld: a.veld, grond: a.grond });
    perItem.set(a.dossierItemId, lijst);
  }
  const uit: T[] = [];
  const achtergehouden: AchtergehoudenDeel[] = [];
  const deel = (item: T, veld: string | null, grond: AchterhoudingsGrond, origineel: boolean): AchtergehoudenDeel => ({
    categorie: item.categorie as PakketCategorie,
    itemId: veld === null ? null : item.id,
    veld,
    origineelWeggelaten: origineel,
    grond,
    reden: ACHTERHOUDING_REDEN[grond][taal],
    grondslag: WEIGERINGSGROND[grond].grondslag,
  });
  for (const item of items) {
    const lijst = perItem.get(item.id);
    if (!lijst) {
      uit.push(item);
      continue;
    }
    const heel = lijst.find((a) => a.veld === null);
    if (heel) {
      achtergehouden.push(deel(item, null, heel.grond, false));
      continue;
    }
    const inhoud = { ...item.inhoud };
    const velden = lijst.filter((a) => a.veld !== null && Object.prototype.hasOwnProperty.call(inhoud, a.veld));
    const metBestand = item.documentSleutel !== null;
    for (const a of velden) {
      inhoud[a.veld!] = achterhoudingMarker(a.grond, taal);
      achtergehouden.push(deel(item, a.veld, a.grond, metBestand));
    }
    uit.push({ ...item, inhoud, documentSleutel: velden.length > 0 ? null : item.documentSleutel });
  }
  return { items: uit, achtergehouden };
}

// ---------------------------------------------------------------------------
// The decision and the package
// ---------------------------------------------------------------------------

/**
 * "Withholdings present ⇒ the decision is a gedeeltelijke_afwijzing, signed by the directie."
 * A grant is refused; a partial refusal must cite every ground used to withhold. A full refusal
 * or "kennelijk ongegrond" gives nothing at all, and an extension decides nothing yet: the
 * withholdings do not block those. Returns the code of the problem, or null.
 */
export function besluitBijAchterhoudingen(
  besluit: { soort: string; gronden: readonly string[] },
  achterhoudingen: readonly { grond: string }[],
): null | "achterhouding_vraagt_deelafwijzing" | "achterhoudingsgrond_ontbreekt" {
  if (achterhoudingen.length === 0) return null;
  if (besluit.soort === "toewijzing") return "achterhouding_vraagt_deelafwijzing";
  if (besluit.soort === "gedeeltelijke_afwijzing") {
    const genoemd = new Set(besluit.gronden);
    if (achterhoudingen.some((a) => !genoemd.has(a.grond))) return "achterhoudingsgrond_ontbreekt";
  }
  return null;
}

/** A decision counts as signed once the directie signed it (ondertekend) or it was sent (verzonden). */
const ONDERTEKEND = ["ondertekend", "verzonden"];

/**
 * May a package be made now? With withholdings only after a signed partial refusal of this
 * request (docs/recht.md "Ondertekening"). Returns null or the reason.
 */
export function pakketNaAchterhouding(
  aantalAchterhoudingen: number,
  besluiten: readonly { soort: string; status: string }[],
): null | "deelafwijzing_niet_ondertekend" {
  if (aantalAchterhoudingen === 0) return null;
  const getekend = besluiten.some((b) => b.soort === "gedeeltelijke_afwijzing" && ONDERTEKEND.includes(b.status));
  return getekend ? null : "deelafwijzing_niet_ondertekend";
}

/**
 * The draft a withholding leads to: a partial refusal citing the grounds used (in the order of
 * ACHTERHOUDINGSGRONDEN) and a first motivation staff can change. The letter lists the withheld
 * parts itself (app/domain/besluitbrief.ts).
 */
export function conceptDeelafwijzing(
  achterhoudingen: readonly { grond: string }[],
  taal: "nl" | "en",
): { soort: "gedeeltelijke_afwijzing"; gronden: AchterhoudingsGrond[]; motivering: string } {
  const gebruikt = new Set(achterhoudingen.map((a) => a.grond));
  const gronden = ACHTERHOUDINGSGRONDEN.filter((g) => gebruikt.has(g));
  const n = achterhoudingen.length;
  const motivering =
    taal === "nl"
      ? `U krijgt bijna al uw gegevens. ${n === 1 ? "Eén deel geven wij niet" : `${n} delen geven wij niet`}. Hieronder staat welke gegevens dat zijn en waarom. De inhoud zelf noemen wij niet.`
      : `You will receive almost all of your data. ${n === 1 ? "We are not giving you one part" : `We are not giving you ${n} parts`}. Below you can read which data this is and why. We do not state the content itself.`;
  return { soort: "gedeeltelijke_afwijzing", gronden, motivering };
}
