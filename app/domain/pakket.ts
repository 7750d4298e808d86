/**
 * The export package (inzage copy, AVG art. 15 lid 3; dataportabiliteit, AVG art. 20): what goes
 * in it and the shape of every JSON file. The same zod schemas validate the data when the package
 * is built and, as JSON Schema (`z.toJSONSchema`), ship inside the package (docs/recht.md "Dataportabiliteit").
 * Pure: no I/O.
 */
import { z } from "zod";
import { bewaarbeleidMetStandaard } from "./bewaartermijnen";

/**
 * 1.1: the manifest lists withheld parts (`achtergehouden`, docs/decisions/013).
 * 1.2: each processing names automated decision-making and transfers outside the EEA (AVG art. 15
 * lid 1 sub h, lid 2), and data/toegangslog.json holds the access log (docs/decisions/023).
 */
export const PAKKET_FORMAAT_VERSIE = "1.2";

export const PAKKET_SOORTEN = ["inzage", "dataportabiliteit"] as const;
export type PakketSoort = (typeof PAKKET_SOORTEN)[number];

export function isPakketSoort(v: unknown): v is PakketSoort {
  return typeof v === "string" && (PAKKET_SOORTEN as readonly string[]).includes(v);
}

export const PAKKET_CATEGORIEEN = ["personalia", "contact", "zorg", "financieel", "documenten"] as const;
export type PakketCategorie = (typeof PAKKET_CATEGORIEEN)[number];

const datumTijd = z.iso.datetime({ offset: true });

/** One dossier entry as it appears in data/<category>.json. */
export const PakketItemSchema = z
  .object({
    id: z.uuid(),
    titel: z.string().min(1),
    inhoud: z.record(z.string(), z.string()),
    herkomst: z.string(),
    auteur: z.string(),
    aangemaaktOp: datumTijd,
    gewijzigdOp: datumTijd,
    /** For category documenten: the original's path inside the ZIP (null when no file is stored). */
    bestand: z
      .object({
        pad: z.string().nullable(),
        bestandsnaam: z.string(),
        mimeType: z.string(),
        grootte: z.number().int().nonnegative(),
      })
      .nullable(),
  })
  .strict();
export type PakketItem = z.infer<typeof PakketItemSchema>;

/** The processing register entries in force for this category (AVG art. 15 lid 1 sub a-d). */
export const PakketVerwerkingSchema = z
  .object({
    sleutel: z.string(),
    versie: z.number().int(),
    naam: z.string(),
    doel: z.string(),
    rechtsgrond: z.string(),
    ontvangers: z.array(z.string()),
    bewaartermijn: z.string(),
    bron: z.string(),
    /** AVG art. 15 lid 1 sub h: automated decision-making or profiling, its logic and consequences; null = none. */
    geautomatiseerdeBesluitvorming: z.string().min(1).nullable(),
    /** AVG art. 15 lid 2: transfer outside the EEA, to where and with which safeguard; null = none. */
    doorgifteBuitenEer: z.string().min(1).nullable(),
  })
  .strict();

export const PakketVerstrekkingSchema = z
  .object({ ontvanger: z.string(), datum: z.iso.date(), rechtsgrond: z.string(), omschrijving: z.string() })
  .strict();

/** data/<category>.json */
export const PakketCategorieSchema = z
  .object({
    formaatVersie: z.literal(PAKKET_FORMAAT_VERSIE),
    categorie: z.enum(PAKKET_CATEGORIEEN),
    bewaartermijn: z.string(),
    verwerkingen: z.array(PakketVerwerkingSchema),
    verstrekkingen: z.array(PakketVerstrekkingSchema),
    items: z.array(PakketItemSchema),
  })
  .strict();
export type PakketCategorieData = z.infer<typeof PakketCategorieSchema>;

/** One line of the access log (NEN 7513; docs/decisions/023): who by role, when, what, which part, why. */
export const ToegangslogRegelSchema = z
  .object({
    op: datumTijd,
    wie: z.string().min(1),
    namens: z.string().min(1).nullable(),
    wat: z.string().min(1),
    onderdeel: z.string().min(1).nullable(),
    waarom: z.string().min(1),
    actie: z.string().min(1),
  })
  .strict();

/** data/toegangslog.json: who accessed the dossier, oldest first, up to the moment the package was made. */
export const ToegangslogSchema = z
  .object({
    formaatVersie: z.literal(PAKKET_FORMAAT_VERSIE),
    tot: datumTijd,
    regels: z.array(ToegangslogRegelSchema),
  })
  .strict();
export type ToegangslogData = z.infer<typeof ToegangslogSchema>;

export const ManifestBestandSchema = z
  .object({
    pad: z.string().min(1),
    grootte: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/**
 * A part of the answer that was withheld (AVG art. 15 lid 4, art. 41 UAVG; docs/decisions/013):
 * where and on which ground, never the content. `itemId` and `veld` name a withheld field of an
 * entry that is in the package; both null for a whole entry that was left out.
 */
export const ManifestAchtergehoudenSchema = z
  .object({
    categorie: z.enum(PAKKET_CATEGORIEEN),
    itemId: z.uuid().nullable(),
    veld: z.string().min(1).nullable(),
    origineelWeggelaten: z.boolean(),
    grond: z.string().min(1),
    reden: z.string().min(1),
    grondslag: z.string().min(1),
  })
  .strict();

/** manifest.json: lists every other file of the package with its size and SHA-256, and what was withheld. */
export const ManifestSchema = z
  .object({
    formaatVersie: z.literal(PAKKET_FORMAAT_VERSIE),
    pakketId: z.uuid(),
    soort: z.enum(PAKKET_SOORTEN),
    verzoeknummer: z.string(),
    aangemaaktOp: datumTijd,
    verwerkingsverantwoordelijke: z
      .object({ naam: z.string(), adres: z.string(), email: z.string(), fg: z.string() })
      .strict(),
    // Never a BSN (docs/recht.md "Identiteit").
    betrokkene: z.object({ naam: z.string(), geboortedatum: z.iso.date(), clientnummer: z.string() }).strict(),
    bestanden: z.array(ManifestBestandSchema),
    achtergehouden: z.array(ManifestAchtergehoudenSchema),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** The JSON Schemas shipped in schemas/ (file name → schema). */
export function pakketJsonSchemas(): Record<string, unknown> {
  return {
    "categorie.schema.json": z.toJSONSchema(PakketCategorieSchema, { target: "draft-2020-12" }),
    "manifest.schema.json": z.toJSONSchema(ManifestSchema, { target: "draft-2020-12" }),
    "toegangslog.schema.json": z.toJSONSchema(ToegangslogSchema, { target: "draft-2020-12" }),
  };
}

/** What the selection needs to know of a dossier entry. */
export type SelectieItem = { herkomst: string; betreftDerde: boolean; afgeschermd: boolean };

/** Origins that count as "provided by the client or arisen from their care" (AVG art. 20 lid 1). */
const PORTABEL_HERKOMST = /^(client|cliënt|zorgverlener|ouder|vertegenwoordiger)\b/i;

/**
 * Which entries go in a package. Afgeschermd entries never (AVG art. 18). Inzage: all entries about
 * the client. Portability: only what the client provided or what arose from their care, and never
 * data about a third party (AVG art. 20 lid 1 and 4).
 */
export function hoortInPakket(soort: PakketSoort, item: SelectieItem): boolean {
  if (item.afgeschermd) return false;
  if (soort === "inzage") return true;
  if (item.betreftDerde) return false;
  return PORTABEL_HERKOMST.test(item.herkomst.trim());
}

/**
 * A copy (AVG art. 15 lid 3) or a portability package (art. 20) follows only a decision that
 * grants the request, in full (toewijzing, sent when taken) or in part (gedeeltelijke afwijzing,
 * signed by the directie); never a refusal or a "kennelijk ongegrond" decision.
 */
export function heeftToekennendBesluit(besluiten: readonly { soort: string; status: string }[]): boolean {
  return besluiten.some(
    (b) =>
      (b.soort === "toewijzing" && b.status === "verzonden") ||
      (b.soort === "gedeeltelijke_afwijzing" && (b.status === "ondertekend" || b.status === "verzonden")),
  );
}

/** File name inside the ZIP for an original document: safe characters only, unique by id prefix. */
export function documentPad(id: string, bestandsnaam: string): string {
  const veilig =
    bestandsnaam
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/^\.+/, "")
      .slice(0, 120) || "document";
  return `documenten/${id.slice(0, 8)}-${veilig}`;
}

/** The law each category's default rests on, named after the period in the inzage answer. */
const BEWAAR_WET: Partial<Record<PakketCategorie, { jaren: number; nl: string; en: string }>> = {
  zorg: { jaren: 20, nl: "WGBO, art. 7:454 lid 3 BW", en: "WGBO, Article 7:454(3) Dutch Civil Code" },
  documenten: { jaren: 20, nl: "WGBO, art. 7:454 lid 3 BW", en: "WGBO, Article 7:454(3) Dutch Civil Code" },
  financieel: {
    jaren: 7,
    nl: "fiscale bewaarplicht, art. 52 AWR",
    en: "tax retention duty, Article 52 General Tax Act",
  },
};

/**
 * The retention text for a category (AVG art. 15 lid 1 sub d): the organisation's policy when
 * set, else the default of app/domain/bewaartermijnen.ts, the same rule the erasure plan applies.
 */
export function bewaartermijnTekst(
  categorie: PakketCategorie,
  beleid: Record<string, { jaren: number; vanaf: "aanmaak" | "laatste_wijziging" | "einde_zorg" }>,
  taal: "nl" | "en" = "nl",
): string {
  const b = bewaarbeleidMetStandaard(beleid)[categorie];
  const vanaf =
    taal === "nl"
      ? {
          aanmaak: "vanaf de dag dat elk gegeven is vastgelegd",
          laatste_wijziging: "na de laatste wijziging",
          einde_zorg: "na het einde van de zorg",
        }[b.vanaf]
      : {
          aanmaak: "from the day each record was made",
          laatste_wijziging: "after the last change",
          einde_zorg: "after care ends",
        }[b.vanaf];
  const jaren = taal === "nl" ? `${b.jaren} jaar` : b.jaren === 1 ? "1 year" : `${b.jaren} years`;
  const wet = BEWAAR_WET[categorie];
  return `${jaren} ${vanaf}${wet && b.jaren >= wet.jaren ? ` (${wet[taal]})` : ""}`;
}

/** A package may be downloaded while it has a key, has not expired and is under its download limit. */
export function downloadWeigering(
  p: { status: string; heeftSleutel: boolean; verlooptOp: Date; aantalDownloads: number; maxDownloads: number },
  nu: Date,
): null | "verlopen" | "limiet" {
  if (p.status !== "klaar" || !p.heeftSleutel || p.verlooptOp.getTime() <= nu.getTime()) return "verlopen";
  if (p.aantalDownloads >= p.maxDownloads) return "limiet";
  return null;
}
