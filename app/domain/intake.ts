import { z } from "zod";
import { isIsoDate, type IsoDate } from "./calendar";
import { mayFileFor, MAX_LEEFTIJD_JAREN, type FilingDecision, type Relatie } from "./eligibility";
import { isVerzoektype, type Verzoektype } from "./request-types";
import { normaliseerRegeleinden } from "./tekstlimieten";
import {
  CORRECTIE_RIJEN_MAX,
  isIntakeFoutCode,
  MAX_KORT,
  MAX_NAAM,
  MAX_TEKST,
  PORTABILITEIT_BESTEMMING,
  VERTEGENWOORDIGER_RELATIES,
  VERWIJDER_OMVANG,
  VOOR_WIE,
  type IntakeFoutCode,
  type IntakeFouten,
} from "./intake-stappen";

export * from "./intake-stappen";

/**
 * The data of the request wizard (/verzoek), validated the same way in the route (per step) and
 * in the intake service (again, as a whole). Pure: no db, no Remix, no Node.
 *
 * Field names follow the form (conform's nested names): `indiener.voorWie`, `betrokkene.naam`,
 * `type`, and per right its own group, e.g. `correctie.rijen[0].welk`. Every message is a code
 * (`IntakeFoutCode`); the interface shows it in Dutch or English (app/i18n/berichten.ts, "verzoek").
 * The BSN is never asked, and refused where someone types one (docs/recht.md "Identiteit").
 */

// ---------------------------------------------------------------------------
// Small parsers
// ---------------------------------------------------------------------------

const DD_MM_JJJJ = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const JJJJ_MM_DD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date of birth as people type it: "15-06-2012" (also with / or .), or "2012-06-15" as an
 * <input type="date"> sends it. Returns the ISO date, or null when it is not a real day.
 */
export function parseDatumInvoer(waarde: string): IsoDate | null {
  const tekst = waarde.trim();
  let jaar: string, maand: string, dag: string;
  const nl = DD_MM_JJJJ.exec(tekst);
  const iso = JJJJ_MM_DD.exec(tekst);
  if (nl) [, dag, maand, jaar] = nl as unknown as [string, string, string, string];
  else if (iso) [, jaar, maand, dag] = iso as unknown as [string, string, string, string];
  else return null;
  const kandidaat = `${jaar}-${maand.padStart(2, "0")}-${dag.padStart(2, "0")}`;
  return isIsoDate(kandidaat) ? kandidaat : null;
}

/** "3811ab" → "3811 AB"; null when it is not a Dutch postcode. */
export function normaliseerPostcode(waarde: string): string | null {
  const match = /^([1-9]\d{3})\s?([A-Za-z]{2})$/.exec(waarde.trim());
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : null;
}

// The BSN check lives in ./bsn (no zod there, so the browser can use it without the schema).
import { bevatBsn, isBsn } from "./bsn";
export { bevatBsn, isBsn };

// ---------------------------------------------------------------------------
// The schema
// ---------------------------------------------------------------------------

/** Empty text is no answer; a number (from a JSON client) counts as the text it reads as. */
const leeg = (v: unknown) =>
  typeof v === "number"
    ? String(v)
    : typeof v === "string"
      ? v.trim() === ""
        ? undefined
        : normaliseerRegeleinden(v)
      : v;

/** Optional trimmed text; a too-long text gets `teLang`. Whether it is required is decided below. */
function tekst(max: number, teLang: IntakeFoutCode = max <= MAX_KORT ? "kort_te_lang" : "tekst_te_lang") {
  return z.preprocess(leeg, z.string({ error: "ongeldig" }).trim().max(max, teLang).optional());
}

const maakCorrectieRij = () =>
  z.preprocess(
    (v) => v ?? {},
    z.object({
      welk: tekst(MAX_KORT),
      nu: tekst(MAX_TEKST),
      moetZijn: tekst(MAX_TEKST),
      waarom: tekst(MAX_TEKST),
    }),
  );

/** What the wizard context adds: today's date (Amsterdam) and the processings one may object to. */
export type IntakeContext = {
  vandaag: IsoDate;
  /** Keys (`verwerkingen.sleutel`) of the processings in force where bezwaar is possible. */
  bezwaarVerwerkingen: readonly string[];
};

type Ruw = z.output<ReturnType<typeof maakRuwSchema>>;

// Built once, on first use (not when the module loads, so the wizard's screens can import this
// module's constants without zod reaching the browser): zod compiles an object schema on first
// use, which is far slower than parsing.
let ruwSchema: ReturnType<typeof maakRuwSchema> | undefined;
const maakRuwSchema = () =>
  z.object({
    indiener: z.preprocess(
      (v) => v ?? {},
      z.object({ voorWie: tekst(20), relatie: tekst(40), naam: tekst(MAX_NAAM, "naam_te_lang") }),
    ),
    betrokkene: z.preprocess(
      (v) => v ?? {},
      z.object({
        naam: tekst(MAX_NAAM, "naam_te_lang"),
        geboortedatum: tekst(40, "geboortedatum_ongeldig"),
        email: z.preprocess(leeg, z.email({ error: "email_ongeldig" }).max(320, "email_ongeldig").optional()),
        clientnummer: tekst(40, "clientnummer_ongeldig"),
        postcode: tekst(20, "postcode_ongeldig"),
      }),
    ),
    type: tekst(40),
    inzage: z.object({ afschrift: tekst(10), periode: tekst(MAX_KORT) }).optional(),
    correctie: z.object({ rijen: z.array(maakCorrectieRij()).optional(), nietGebruiken: tekst(10) }).optional(),
    verwijdering: z.object({ omvang: tekst(10), welkDeel: tekst(MAX_TEKST), waarom: tekst(MAX_TEKST) }).optional(),
    afscherming: z.object({ wat: tekst(MAX_TEKST), waarom: tekst(MAX_TEKST) }).optional(),
    bezwaar: z.object({ verwerking: tekst(100), situatie: tekst(MAX_TEKST), nietGebruiken: tekst(10) }).optional(),
    dataportabiliteit: z
      .object({
        bestemming: tekst(20),
        aanbiederNaam: tekst(MAX_KORT),
        aanbiederEmail: z.preprocess(leeg, z.email({ error: "email_ongeldig" }).max(320, "email_ongeldig").optional()),
        agb: tekst(20, "agb_ongeldig"),
      })
      .optional(),
    intrekking_toestemming: z.object({ toestemming: tekst(MAX_TEKST), toelichting: tekst(MAX_TEKST) }).optional(),
  });

/** The details of each right, as stored in `verzoeken.details` (next to the eligibility notes). */
export type VerzoekDetails =
  | { type: "inzage"; afschrift: boolean; periode?: string }
  | {
      type: "correctie";
      rijen: Array<{ welk: string; nu?: string; moetZijn: string; waarom?: string }>;
      /** AVG art. 18 lid 1 sub a: do not use the data concerned until the decision (decision 030). */
      tussentijdseAfscherming?: true;
    }
  | { type: "verwijdering"; omvang: "alles" | "deel"; welkDeel?: string; waarom?: string }
  | { type: "afscherming"; wat: string; waarom: string }
  | {
      type: "bezwaar";
      verwerking: string;
      situatie: string;
      /** AVG art. 18 lid 1 sub d: do not use the data concerned until the decision (decision 030). */
      tussentijdseAfscherming?: true;
    }
  | {
      type: "dataportabiliteit";
      bestemming: "mij" | "zorgaanbieder";
      aanbieder?: { naam: string; email: string; agb?: string };
    }
  | { type: "intrekking_toestemming"; toestemming: string; toelichting?: string };

/** A complete, valid wizard submission. */
export type VerzoekInvoer = {
  /** "zelf" when the person concerned files; otherwise the filer's relation to them. */
  indiener: { relatie: Relatie; naam?: string };
  betrokkene: {
    naam: string;
    geboortedatum: IsoDate;
    email?: string;
    clientnummer?: string;
    postcode?: string;
  };
  verzoek: VerzoekDetails;
};

type Melder = (pad: readonly (string | number)[], code: IntakeFoutCode) => void;

const isEen = <T extends string>(lijst: readonly T[], v: unknown): v is T =>
  typeof v === "string" && (lijst as readonly string[]).includes(v);

function controleerBsn(melden: Melder, pad: (string | number)[], waarde: string | undefined) {
  if (waarde !== undefined && bevatBsn(waarde)) melden(pad, "bsn_niet_toegestaan");
}

/** The rules across fields: what is required depends on who files and which right is chosen. */
function controleer(v: Ruw, ctx: IntakeContext, melden: Melder): void {
  const { indiener, betrokkene } = v;
  if (!isEen(VOOR_WIE, indiener.voorWie)) melden(["indiener", "voorWie"], "voorWie_verplicht");
  if (indiener.voorWie === "ander") {
    if (!isEen(VERTEGENWOORDIGER_RELATIES, indiener.relatie)) melden(["indiener", "relatie"], "relatie_verplicht");
    if (!indiener.naam) melden(["indiener", "naam"], "indiener_naam_verplicht");
  }

  if (!betrokkene.naam) melden(["betrokkene", "naam"], "betrokkene_naam_verplicht");
  if (!betrokkene.geboortedatum) {
    melden(["betrokkene", "geboortedatum"], "geboortedatum_verplicht");
  } else {
    const datum = parseDatumInvoer(betrokkene.geboortedatum);
    if (!datum) melden(["betrokkene", "geboortedatum"], "geboortedatum_ongeldig");
    else if (datum > ctx.vandaag) melden(["betrokkene", "geboortedatum"], "geboortedatum_toekomst");
    else if (
      datum < `${String(Number(ctx.vandaag.slice(0, 4)) - MAX_LEEFTIJD_JAREN).padStart(4, "0")}${ctx.vandaag.slice(4)}`
    ) {
      melden(["betrokkene", "geboortedatum"], "geboortedatum_te_oud");
    }
  }
  if (betrokkene.clientnummer !== undefined) {
    const cijfers = betrokkene.clientnummer.replace(/[ .]/g, "");
    if (isBsn(cijfers)) melden(["betrokkene", "clientnummer"], "bsn_niet_toegestaan");
    else if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,29}$/.test(betrokkene.clientnummer)) {
      melden(["betrokkene", "clientnummer"], "clientnummer_ongeldig");
    }
  }
  if (betrokkene.postcode !== undefined && !normaliseerPostcode(betrokkene.postcode)) {
    melden(["betrokkene", "postcode"], "postcode_ongeldig");
  }
  controleerBsn(melden, ["betrokkene", "naam"], betrokkene.naam);
  controleerBsn(melden, ["indiener", "naam"], indiener.naam);

  if (!isVerzoektype(v.type)) {
    melden(["type"], "type_verplicht");
    return;
  }
  switch (v.type) {
    case "inzage": {
      const d = v.inzage ?? {};
      if (d.afschrift !== "ja" && d.afschrift !== "nee") melden(["inzage", "afschrift"], "afschrift_verplicht");
      controleerBsn(melden, ["inzage", "periode"], d.periode);
      break;
    }
    case "correctie": {
      const rijen = v.correctie?.rijen ?? [];
      if (rijen.length > CORRECTIE_RIJEN_MAX) melden(["correctie", "rijen"], "correctie_te_veel_rijen");
      let ingevuld = 0;
      rijen.forEach((rij, i) => {
        if (!rij.welk && !rij.nu && !rij.moetZijn && !rij.waarom) return;
        ingevuld++;
        if (!rij.welk) melden(["correctie", "rijen", i, "welk"], "correctie_welk_verplicht");
        if (!rij.moetZijn) melden(["correctie", "rijen", i, "moetZijn"], "correctie_moetZijn_verplicht");
        for (const veld of ["welk", "nu", "moetZijn", "waarom"] as const) {
          controleerBsn(melden, ["correctie", "rijen", i, veld], rij[veld]);
        }
      });
      if (ingevuld === 0) melden(["correctie", "rijen"], "correctie_geen_rij");
      if (!isJaOfLeeg(v.correctie?.nietGebruiken)) melden(["correctie", "nietGebruiken"], "niet_gebruiken_ongeldig");
      break;
    }
    case "verwijdering": {
      const d = v.verwijdering ?? {};
      if (!isEen(VERWIJDER_OMVANG, d.omvang)) melden(["verwijdering", "omvang"], "omvang_verplicht");
      if (d.omvang === "deel" && !d.welkDeel) melden(["verwijdering", "welkDeel"], "welkDeel_verplicht");
      controleerBsn(melden, ["verwijdering", "welkDeel"], d.welkDeel);
      controleerBsn(melden, ["verwijdering", "waarom"], d.waarom);
      break;
    }
    case "afscherming": {
      const d = v.afscherming ?? {};
      if (!d.wat) melden(["afscherming", "wat"], "afscherming_wat_verplicht");
      if (!d.waarom) melden(["afscherming", "waarom"], "afscherming_waarom_verplicht");
      controleerBsn(melden, ["afscherming", "wat"], d.wat);
      controleerBsn(melden, ["afscherming", "waarom"], d.waarom);
      break;
    }
    case "bezwaar": {
      const d = v.bezwaar ?? {};
      if (!isEen(ctx.bezwaarVerwerkingen, d.verwerking)) melden(["bezwaar", "verwerking"], "verwerking_verplicht");
      // AVG art. 21 lid 1: an objection rests on "grounds relating to his or her particular situation".
      if (!d.situatie) melden(["bezwaar", "situatie"], "situatie_verplicht");
      if (!isJaOfLeeg(d.nietGebruiken)) melden(["bezwaar", "nietGebruiken"], "niet_gebruiken_ongeldig");
      controleerBsn(melden, ["bezwaar", "situatie"], d.situatie);
      break;
    }
    case "dataportabiliteit": {
      const d = v.dataportabiliteit ?? {};
      if (!isEen(PORTABILITEIT_BESTEMMING, d.bestemming)) {
        melden(["dataportabiliteit", "bestemming"], "bestemming_verplicht");
      } else if (d.bestemming === "zorgaanbieder") {
        if (!d.aanbiederNaam) melden(["dataportabiliteit", "aanbiederNaam"], "aanbieder_naam_verplicht");
        if (!d.aanbiederEmail) melden(["dataportabiliteit", "aanbiederEmail"], "aanbieder_email_verplicht");
        if (d.agb !== undefined && !/^\d{8}$/.test(d.agb)) melden(["dataportabiliteit", "agb"], "agb_ongeldig");
      }
      break;
    }
    case "intrekking_toestemming": {
      const d = v.intrekking_toestemming ?? {};
      if (!d.toestemming) melden(["intrekking_toestemming", "toestemming"], "toestemming_verplicht");
      controleerBsn(melden, ["intrekking_toestemming", "toestemming"], d.toestemming);
      controleerBsn(melden, ["intrekking_toestemming", "toelichting"], d.toelichting);
      break;
    }
  }
}

/** A checkbox: ticked ("ja") or not sent. */
function isJaOfLeeg(waarde: string | undefined): boolean {
  return waarde === undefined || waarde === "" || waarde === "ja";
}

function details(v: Ruw, type: Verzoektype): VerzoekDetails {
  switch (type) {
    case "inzage":
      return { type, afschrift: v.inzage?.afschrift === "ja", ...opt("periode", v.inzage?.periode) };
    case "correctie":
      return {
        type,
        rijen: (v.correctie?.rijen ?? [])
          .filter((r) => r.welk || r.nu || r.moetZijn || r.waarom)
          .map((r) => ({ welk: r.welk!, moetZijn: r.moetZijn!, ...opt("nu", r.nu), ...opt("waarom", r.waarom) })),
        ...(v.correctie?.nietGebruiken === "ja" ? { tussentijdseAfscherming: true as const } : {}),
      };
    case "verwijdering": {
      const omvang = v.verwijdering?.omvang === "deel" ? "deel" : "alles";
      return {
        type,
        omvang,
        ...(omvang === "deel" ? opt("welkDeel", v.verwijdering?.welkDeel) : {}),
        ...opt("waarom", v.verwijdering?.waarom),
      };
    }
    case "afscherming":
      return { type, wat: v.afscherming!.wat!, waarom: v.afscherming!.waarom! };
    case "bezwaar":
      return {
        type,
        verwerking: v.bezwaar!.verwerking!,
        situatie: v.bezwaar!.situatie!,
        ...(v.bezwaar!.nietGebruiken === "ja" ? { tussentijdseAfscherming: true as const } : {}),
      };
    case "dataportabiliteit": {
      const d = v.dataportabiliteit!;
      return d.bestemming === "zorgaanbieder"
        ? {
            type,
            bestemming: "zorgaanbieder",
            aanbieder: { naam: d.aanbiederNaam!, email: d.aanbiederEmail!.toLowerCase(), ...opt("agb", d.agb) },
          }
        : { type, bestemming: "mij" };
    }
    case "intrekking_toestemming":
      return {
        type,
        toestemming: v.intrekking_toestemming!.toestemming!,
        ...opt("toelichting", v.intrekking_toestemming?.toelichting),
      };
  }
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function naarInvoer(v: Ruw): VerzoekInvoer {
  const relatie: Relatie = v.indiener.voorWie === "ander" ? (v.indiener.relatie as Relatie) : "zelf";
  const b = v.betrokkene;
  return {
    indiener: relatie === "zelf" ? { relatie } : { relatie, naam: v.indiener.naam! },
    betrokkene: {
      naam: b.naam!,
      geboortedatum: parseDatumInvoer(b.geboortedatum!)!,
      ...opt("email", b.email?.toLowerCase()),
      ...opt("clientnummer", b.clientnummer?.toUpperCase()),
      ...opt("postcode", b.postcode === undefined ? undefined : (normaliseerPostcode(b.postcode) ?? undefined)),
    },
    verzoek: details(v, v.type as Verzoektype),
  };
}

/**
 * The wizard schema: nested form data in, a `VerzoekInvoer` out. Messages are `IntakeFoutCode`s.
 * Whether the filer may file for this person at all is a separate question (`beoordeelIndiening`).
 */
export function maakIntakeSchema(ctx: IntakeContext) {
  // Kept per context (a day and a register): building a zod schema costs more than using it.
  const sleutel = `${ctx.vandaag}|${ctx.bezwaarVerwerkingen.join(",")}`;
  let schema = SCHEMAS.get(sleutel);
  if (!schema) {
    if (SCHEMAS.size >= 16) SCHEMAS.clear();
    schema = bouwSchema(ctx);
    SCHEMAS.set(sleutel, schema);
  }
  return schema;
}

function bouwSchema(ctx: IntakeContext) {
  ruwSchema ??= maakRuwSchema();
  return ruwSchema
    .superRefine((v, zctx) => {
      controleer(v, ctx, (pad, code) => zctx.addIssue({ code: "custom", path: [...pad], message: code }));
    })
    .transform(naarInvoer);
}

const SCHEMAS = new Map<string, ReturnType<typeof bouwSchema>>();

/** Messages of anything the schema does not word itself (a wrong type sent by a tampered form). */
export const intakeFoutMap = (issue: { message?: string }) =>
  isIntakeFoutCode(issue.message) ? issue.message : "ongeldig";

/** A field path as the form names it: ["correctie","rijen",0,"welk"] → "correctie.rijen[0].welk". */
export function veldNaam(pad: readonly PropertyKey[]): string {
  return pad.reduce<string>((naam, deel) => {
    if (typeof deel === "number") return `${naam}[${deel}]`;
    const tekst = String(deel);
    return naam ? `${naam}.${tekst}` : tekst;
  }, "");
}

/** Validate a whole submission: the `VerzoekInvoer`, or the message codes per field name. */
export function valideerIntake(
  gegevens: unknown,
  ctx: IntakeContext,
): { ok: true; invoer: VerzoekInvoer } | { ok: false; fouten: IntakeFouten } {
  const fouten: IntakeFouten = {};
  const melden = (pad: readonly PropertyKey[], code: IntakeFoutCode) => {
    const naam = veldNaam(pad);
    if (!(fouten[naam] ??= []).includes(code)) fouten[naam]!.push(code);
  };
  const resultaat = maakIntakeSchema(ctx).safeParse(gegevens ?? {});
  if (resultaat.success) return { ok: true, invoer: resultaat.data };
  for (const issue of resultaat.error.issues)
    melden(issue.path, isIntakeFoutCode(issue.message) ? issue.message : "ongeldig");
  return { ok: false, fouten };
}

// ---------------------------------------------------------------------------
// May this filer file for this person?
// ---------------------------------------------------------------------------

/**
 * Who may file for whom (app/domain/eligibility.ts `mayFileFor`), for the wizard's data. Refusals do
 * not depend on the right, so before the right is chosen "inzage" stands in; the note (e.g. "we will
 * consult your child first") is computed again with the chosen right at the end.
 */
export function beoordeelIndiening(input: {
  relatie: Relatie;
  geboortedatum: IsoDate;
  type?: Verzoektype;
  vandaag: IsoDate;
}): FilingDecision {
  return mayFileFor({
    relatie: input.relatie,
    dateOfBirth: input.geboortedatum,
    filedOn: input.vandaag,
    type: input.type ?? "inzage",
  });
}

/** The eligibility check on raw wizard data, when the fields it needs are valid; otherwise null. */
export function beoordeelRuw(gegevens: unknown, ctx: IntakeContext): FilingDecision | null {
  const g = (gegevens ?? {}) as {
    indiener?: Record<string, unknown>;
    betrokkene?: Record<string, unknown>;
    type?: unknown;
  };
  const voorWie = g.indiener?.voorWie;
  const relatie = voorWie === "zelf" ? "zelf" : g.indiener?.relatie;
  if (relatie !== "zelf" && !isEen(VERTEGENWOORDIGER_RELATIES, relatie)) return null;
  const ruweDatum = g.betrokkene?.geboortedatum;
  const datum = typeof ruweDatum === "string" ? parseDatumInvoer(ruweDatum) : null;
  if (!datum || datum > ctx.vandaag) return null;
  try {
    return beoordeelIndiening({
      relatie: relatie as Relatie,
      geboortedatum: datum,
      type: isVerzoektype(g.type) ? g.type : undefined,
      vandaag: ctx.vandaag,
    });
  } catch {
    return null; // a date the schema reports itself (e.g. more than 130 years ago)
  }
}
