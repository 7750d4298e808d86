import { ACHTERHOUDING_REDEN, isAchterhoudingsGrond } from "./achterhouding";
import { compare, isIsoDate, parseIsoDate, type IsoDate } from "./calendar";
import { DomainError } from "./errors";
import { bevatBsn } from "./bsn";
import { WEIGERINGSGROND, isBesluitSoort, type BesluitSoort, type WeigeringsgrondCode } from "./request-state";
import { AVG_ARTIKEL, isVerzoektype, type Verzoektype } from "./request-types";

/**
 * The decision letter (besluitbrief) that a director signs and the client receives
 * (AVG art. 12 lid 4, art. 38 lid 4, art. 77, art. 79; docs/recht.md "Ondertekening").
 *
 * `maakBesluitDocument` builds the canonical decision document: every sentence of the letter,
 * in Dutch or English, together with the facts it states (request number, decision, grounds,
 * dates, signer, organisation). The director's WebAuthn signature covers the SHA-256 of
 * `canoniekeJson(document)` (docs/decisions/008-ondertekening.md); the HTML page and the PDF are
 * renderings of this one document, so what the client reads is exactly what was signed.
 *
 * Pure: no db, no Remix, no Node. The hash is computed in app/services (node:crypto).
 */

export type BriefTaal = "nl" | "en";

/** Format of the stored document; a new format gets a new number, old letters keep theirs. */
export const BESLUITBRIEF_FORMAAT = "rechtenloket.besluitbrief/1";

/** The decisions that a director signs (AVG art. 12 lid 3 and 5; docs/recht.md "Ondertekening"). */
export const TE_ONDERTEKENEN_SOORTEN = [
  "afwijzing",
  "gedeeltelijke_afwijzing",
  "kennelijk_ongegrond",
  "verlenging",
] as const satisfies readonly BesluitSoort[];
export type TeOndertekenenSoort = (typeof TE_ONDERTEKENEN_SOORTEN)[number];

export function isTeOndertekenenSoort(value: unknown): value is TeOndertekenenSoort {
  return typeof value === "string" && (TE_ONDERTEKENEN_SOORTEN as readonly string[]).includes(value);
}

/** A paragraph. `taal` is set when its language differs from the letter's (WCAG 3.1.2). */
export type Alinea = { tekst: string; taal?: BriefTaal };

export type BriefOnderdeel = {
  kop: string;
  alineas: Alinea[];
  /** A list after the paragraphs (e.g. the legal provisions). */
  opsomming?: string[];
};

/** The canonical decision document: what the director signs, and what the client receives. */
export type BesluitDocument = {
  formaat: typeof BESLUITBRIEF_FORMAAT;
  taal: BriefTaal;
  besluitId: string;
  verzoek: { nummer: string; type: Verzoektype; ontvangenOp: IsoDate };
  besluit: {
    soort: TeOndertekenenSoort;
    gronden: { code: WeigeringsgrondCode; grondslag: string }[];
    motivering: string;
    /** Partial refusal of inzage: the parts withheld (kind and ground, never the content; docs/decisions/013). */
    achtergehouden?: { categorie: string; veld: string | null; grond: WeigeringsgrondCode }[];
    /** Partial refusal of an erasure: what is kept, per category, on which ground and until when (docs/decisions/022). */
    bewaard?: BewaardInBrief[];
  };
  datums: {
    /** The date of the letter: the day the director signs. */
    besluit: IsoDate;
    ontvangen: IsoDate;
    /** The legal limit before this decision (AVG art. 12 lid 3: one month). */
    wettelijkeTermijn: IsoDate;
    /** Extension only: the new legal limit, three months from receipt (plus paused days). */
    nieuweWettelijkeTermijn: IsoDate | null;
    /** Partial refusal: the date by which the granted part is carried out, when there is one. */
    uitvoering: IsoDate | null;
  };
  ondertekenaar: { id: string; naam: string; functie: string };
  afzender: BriefOrganisatie;
  geadresseerde: { naam: string; namensBetrokkene: string | null };
  brief: {
    onderwerp: string;
    kenmerken: { label: string; waarde: string }[];
    aanhef: string;
    inleiding: Alinea[];
    onderdelen: BriefOnderdeel[];
    slot: string;
    ondertekening: string[];
  };
};

export type BriefOrganisatie = {
  naam: string;
  straat: string;
  postcode: string;
  plaats: string;
  email: string;
  telefoon: string;
  fgNaam: string;
  fgEmail: string;
  fgTelefoon: string;
  klachtenroute: string;
  geschilleninstantie: string;
  /** The same two in English (decision 030); empty or absent: an English letter quotes the Dutch and says so. */
  klachtenrouteEn?: string;
  geschilleninstantieEn?: string;
};

/** The legal basis of a ground in the letter's language. */
function grondslagIn(grond: { grondslag: string; grondslagEn: string }, taal: BriefTaal): string {
  return taal === "en" ? grond.grondslagEn : grond.grondslag;
}

export type BesluitDocumentInvoer = {
  taal: BriefTaal;
  besluit: { id: string; soort: string; gronden: readonly string[]; motivering: string };
  verzoek: {
    nummer: string;
    type: string;
    ontvangenOp: IsoDate;
    indiener: { naam: string; relatie: string };
    betrokkene: { naam: string };
  };
  organisatie: BriefOrganisatie;
  ondertekenaar: { id: string; naam: string };
  datums: {
    besluit: IsoDate;
    wettelijkeTermijn: IsoDate;
    nieuweWettelijkeTermijn?: IsoDate | null;
    uitvoering?: IsoDate | null;
  };
  /**
   * Partial refusal only: the withheld parts of the answer (app/domain/achterhouding.ts). A whole
   * entry is named by its category and date only (its title may itself tell what is protected);
   * a withheld field by the entry's title (which the client receives anyway) and the field's name.
   */
  achtergehouden?: readonly AchtergehoudenInBrief[];
  /** Partial refusal of an erasure: the parts kept (docs/decisions/022). */
  bewaard?: readonly BewaardInBrief[];
};

/**
 * Partial refusal of an erasure (WGBO art. 7:455 lid 2; AVG art. 17 lid 3): one category kept on
 * one ground, how many entries, why in plain words, and until when (null: until the ground ends,
 * e.g. a complaint). `motivering` is staff's own reason for an exception they chose.
 */
export type BewaardInBrief = {
  categorie: string;
  aantal: number;
  grond: string;
  reden: { nl: string; en: string };
  bewarenTot: IsoDate | null;
  motivering?: string;
};

export type AchtergehoudenInBrief = {
  categorie: string;
  /** The entry's title; only used when a single field is withheld. */
  titel: string;
  veld: string | null;
  /** The day the entry was recorded. */
  datum: IsoDate;
  grond: string;
};

const CATEGORIE_NAAM: Record<BriefTaal, Record<string, string>> = {
  nl: {
    personalia: "Persoonsgegevens",
    contact: "Contactgegevens",
    zorg: "Zorg en begeleiding",
    financieel: "Financiële gegevens",
    documenten: "Documenten",
  },
  en: {
    personalia: "Personal details",
    contact: "Contact details",
    zorg: "Care and support",
    financieel: "Financial data",
    documenten: "Documents",
  },
};

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

const MAANDEN: Record<BriefTaal, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** "5 maart 2026" / "5 March 2026": the same text on every machine (no Intl, no ICU version). */
export function briefDatum(iso: IsoDate, taal: BriefTaal): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${MAANDEN[taal][month - 1]} ${year}`;
}

/** What the request was about, as an object phrase: "inzage in uw gegevens". `wie` = "uw gegevens" or someone's. */
function onderwerpVan(type: Verzoektype, taal: BriefTaal, wie: string): string {
  if (taal === "nl") {
    switch (type) {
      case "inzage":
        return `uw verzoek om inzage in ${wie}`;
      case "correctie":
        return `uw verzoek om correctie of aanvulling van ${wie}`;
      case "verwijdering":
        return `uw verzoek om verwijdering van ${wie}`;
      case "afscherming":
        return `uw verzoek om afscherming (beperking van het gebruik) van ${wie}`;
      case "bezwaar":
        return `uw bezwaar tegen het gebruik van ${wie}`;
      case "dataportabiliteit":
        return `uw verzoek om overdracht van ${wie} (dataportabiliteit)`;
      case "intrekking_toestemming":
        return `uw verzoek om uw toestemming voor het gebruik van ${wie} in te trekken`;
    }
  }
  switch (type) {
    case "inzage":
      return `your request for access to ${wie}`;
    case "correctie":
      return `your request to correct or complete ${wie}`;
    case "verwijdering":
      return `your request to erase ${wie}`;
    case "afscherming":
      return `your request to restrict the use of ${wie}`;
    case "bezwaar":
      return `your objection to the use of ${wie}`;
    case "dataportabiliteit":
      return `your request to transfer ${wie} (data portability)`;
    case "intrekking_toestemming":
      return `your request to withdraw your consent to the use of ${wie}`;
  }
}

const GDPR_ARTIKEL_EN: Record<Verzoektype, string> = {
  inzage: "Article 15 GDPR",
  correctie: "Article 16 GDPR",
  verwijdering: "Article 17 GDPR",
  afscherming: "Article 18 GDPR",
  bezwaar: "Article 21 GDPR",
  dataportabiliteit: "Article 20 GDPR",
  intrekking_toestemming: "Article 7(3) GDPR",
};

const SOORT_GRONDSLAG: Record<"verlenging" | "kennelijk_ongegrond", { nl: string; en: string }> = {
  verlenging: {
    nl: "artikel 12 lid 3 AVG (verlenging met ten hoogste twee maanden)",
    en: "Article 12(3) GDPR (extension by at most two further months)",
  },
  kennelijk_ongegrond: { nl: "artikel 12 lid 5 AVG", en: "Article 12(5) GDPR" },
};

function eersteHoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

function a(tekst: string, taal?: BriefTaal): Alinea {
  return taal ? { tekst, taal } : { tekst };
}

/** Text as typed in a form: CRLF → LF, no trailing spaces per line, trimmed, NFC. */
export function normaliseerBriefTekst(tekst: string): string {
  return tekst
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((regel) => regel.trimEnd())
    .join("\n")
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Building the document
// ---------------------------------------------------------------------------------------------

/**
 * The day by which the copy of a (partly) granted inzage or portability request is due: with the
 * decision, and never after the legal limit in force (AVG art. 12 lid 3); a late decision owes it
 * on its own date.
 */
export function afschriftUiterlijk(besluit: IsoDate, wettelijkeTermijn: IsoDate): IsoDate {
  return compare(besluit, wettelijkeTermijn) > 0 ? besluit : wettelijkeTermijn;
}

function ongeldig(tekst: string): DomainError {
  return new DomainError("ongeldig_besluit", tekst);
}

/**
 * The canonical decision document for `invoer`, in `invoer.taal`. Throws DomainError
 * "ongeldig_besluit" for a grant (never signed), an unknown request type, a ground that does not
 * exist, an extension without its new legal limit, or a refusal without grounds.
 */
export function maakBesluitDocument(invoer: BesluitDocumentInvoer): BesluitDocument {
  const { taal, besluit, verzoek, organisatie: org, ondertekenaar, datums } = invoer;
  if (taal !== "nl" && taal !== "en") throw ongeldig(`Onbekende taal voor de brief: "${String(taal)}".`);
  if (!isBesluitSoort(besluit.soort) || !isTeOndertekenenSoort(besluit.soort)) {
    throw ongeldig(`Een besluit van de soort "${besluit.soort}" wordt niet door de directie ondertekend.`);
  }
  const soort = besluit.soort;
  if (!isVerzoektype(verzoek.type)) throw ongeldig(`Onbekend soort verzoek: "${verzoek.type}".`);
  const type = verzoek.type;
  for (const datum of [verzoek.ontvangenOp, datums.besluit, datums.wettelijkeTermijn]) parseIsoDate(datum);
  if (compare(datums.besluit, verzoek.ontvangenOp) < 0) {
    throw ongeldig("De datum van het besluit ligt vóór de ontvangst van het verzoek.");
  }
  const gronden = besluit.gronden.map((code) => {
    const grond = WEIGERINGSGROND[code as WeigeringsgrondCode];
    if (!grond) throw ongeldig(`Onbekende weigeringsgrond: "${code}".`);
    return grond;
  });
  if ((soort === "afwijzing" || soort === "gedeeltelijke_afwijzing") && gronden.length === 0) {
    throw ongeldig("Een afwijzing noemt ten minste één grond.");
  }
  const nieuw = datums.nieuweWettelijkeTermijn ?? null;
  if (soort === "verlenging" && (nieuw === null || !isIsoDate(nieuw))) {
    throw ongeldig("Bij een verlenging hoort de nieuwe uiterste datum.");
  }
  // AVG art. 12 lid 3 and 15 lid 3: the copy (or portability file) of the granted part comes with
  // the decision, within the legal limit; the letter names that date, never "as soon as possible".
  const afschrift = soort === "gedeeltelijke_afwijzing" && (type === "inzage" || type === "dataportabiliteit");
  const uitvoering =
    soort !== "gedeeltelijke_afwijzing"
      ? null
      : afschrift
        ? afschriftUiterlijk(datums.besluit, datums.wettelijkeTermijn)
        : (datums.uitvoering ?? null);
  const achtergehouden = soort === "gedeeltelijke_afwijzing" ? [...(invoer.achtergehouden ?? [])] : [];
  for (const deel of achtergehouden) {
    if (!WEIGERINGSGROND[deel.grond as WeigeringsgrondCode])
      throw ongeldig(`Onbekende grond bij achtergehouden gegevens: "${deel.grond}".`);
    if (!besluit.gronden.includes(deel.grond))
      throw ongeldig("De brief noemt niet elke grond waarop gegevens zijn achtergehouden.");
    parseIsoDate(deel.datum);
  }
  const bewaard = soort === "gedeeltelijke_afwijzing" && type === "verwijdering" ? [...(invoer.bewaard ?? [])] : [];
  if (soort === "gedeeltelijke_afwijzing" && type === "verwijdering" && bewaard.length === 0) {
    throw ongeldig("Een gedeeltelijke afwijzing van een verwijdering noemt wat bewaard blijft.");
  }
  for (const deel of bewaard) {
    if (!besluit.gronden.includes(deel.grond))
      throw ongeldig("De brief noemt niet elke grond waarop gegevens bewaard blijven.");
    if (deel.bewarenTot !== null) parseIsoDate(deel.bewarenTot);
  }
  const motivering = normaliseerBriefTekst(besluit.motivering);
  const ondertekenaarNaam = ondertekenaar.naam.trim();
  if (!ondertekenaar.id.trim() || !ondertekenaarNaam) throw ongeldig("Het is niet bekend wie ondertekent.");

  const namens = verzoek.indiener.relatie === "zelf" ? null : verzoek.betrokkene.naam.trim() || null;
  const T = taal === "nl" ? NL : EN;
  const d = (iso: IsoDate) => briefDatum(iso, taal);
  const wie = namens ? T.gegevensVan(namens) : T.uwGegevens;
  const onderwerp = onderwerpVan(type, taal, wie);
  const artikel = taal === "nl" ? AVG_ARTIKEL[type] : GDPR_ARTIKEL_EN[type];
  const weigering = soort !== "verlenging";

  const inleiding: Alinea[] = [a(T.inleiding(d(verzoek.ontvangenOp), onderwerp, artikel))];
  if (namens) inleiding.push(a(T.namens(namens)));
  inleiding.push(a(weigering ? T.inleidingBesluit : T.inleidingVerlenging));

  const onderdelen: BriefOnderdeel[] = [];

  // 1. The decision and what it covers.
  const besluitAlineas: Alinea[] =
    soort === "afwijzing"
      ? [a(T.afwijzing), a(T.heleVerzoek)]
      : soort === "gedeeltelijke_afwijzing"
        ? [a(T.deels), a(T.deelsUitleg)]
        : soort === "kennelijk_ongegrond"
          ? [a(T.kennelijk), a(T.heleVerzoek)]
          : [a(T.verlenging), a(T.verlengingData(d(datums.wettelijkeTermijn), d(nieuw!)))];
  onderdelen.push({ kop: weigering ? T.kopBesluit : T.kopVerlenging, alineas: besluitAlineas });

  // 1b. Partial refusal of inzage: which data is withheld and why (never the content itself).
  if (achtergehouden.length > 0) {
    onderdelen.push({
      kop: T.kopAchtergehouden,
      alineas: [a(T.achtergehoudenIntro)],
      opsomming: achtergehouden.map((deel) => {
        const groep = CATEGORIE_NAAM[taal][deel.categorie] ?? deel.categorie;
        const reden = WEIGERINGSGROND[deel.grond as WeigeringsgrondCode];
        const woorden = isAchterhoudingsGrond(deel.grond) ? ACHTERHOUDING_REDEN[deel.grond][taal] : reden[taal];
        return T.achtergehoudenRegel(
          groep,
          deel.veld === null ? null : { titel: deel.titel.trim(), veld: deel.veld },
          d(deel.datum),
          `${woorden} (${grondslagIn(reden, taal)})`,
        );
      }),
    });
  }

  // 1c. Partial refusal of an erasure: what is kept, why and until when; the rest is destroyed.
  if (bewaard.length > 0) {
    const alineas: Alinea[] = [a(T.bewaardIntro)];
    const toelichtingen = bewaard.flatMap((deel) => {
      const m = deel.motivering ? normaliseerBriefTekst(deel.motivering) : "";
      return m ? [`${CATEGORIE_NAAM[taal][deel.categorie] ?? deel.categorie}: ${m}`] : [];
    });
    // Staff write in Dutch: an English letter says so before quoting them (decision 030).
    if (toelichtingen.length > 0 && taal === "en") alineas.push(a(T.geciteerdNl));
    for (const m of toelichtingen) alineas.push(a(m, taal === "en" ? "nl" : undefined));
    onderdelen.push({
      kop: T.kopBewaard,
      alineas,
      opsomming: bewaard.map((deel) => {
        const groep = CATEGORIE_NAAM[taal][deel.categorie] ?? deel.categorie;
        const grond = WEIGERINGSGROND[deel.grond as WeigeringsgrondCode];
        const grondslag = grond ? grondslagIn(grond, taal) : "";
        return T.bewaardRegel(
          groep,
          deel.aantal,
          deel.reden[taal],
          deel.bewarenTot ? d(deel.bewarenTot) : null,
          grondslag,
        );
      }),
    });
  }

  // 2. The motivation.
  const motiveringAlineas: Alinea[] = [];
  if (weigering) {
    for (const grond of gronden) motiveringAlineas.push(a(grond[taal]));
  }
  if (motivering) {
    motiveringAlineas.push(a(weigering ? T.toelichtingIntro : T.redenIntro));
    // Staff write the explanation in Dutch: an English letter says so and quotes it, marked as Dutch (decision 030).
    if (taal === "en") motiveringAlineas.push(a(T.geciteerdNl));
    for (const deel of motivering.split(/\n{2,}/)) motiveringAlineas.push(a(deel, taal === "en" ? "nl" : undefined));
  }
  onderdelen.push({ kop: weigering ? T.kopWaarom : T.kopWaaromVerlenging, alineas: motiveringAlineas });

  // 3. The legal ground.
  const bepalingen =
    soort === "verlenging" || soort === "kennelijk_ongegrond"
      ? [SOORT_GRONDSLAG[soort][taal]]
      : [
          ...new Set(
            gronden.filter((g) => g.code !== "kennelijk_ongegrond_of_buitensporig").map((g) => grondslagIn(g, taal)),
          ),
        ];
  onderdelen.push({
    kop: T.kopGrondslag,
    alineas: taal === "en" ? [a(T.grondslagIntro), a(T.grondslagNoot)] : [a(T.grondslagIntro)],
    opsomming: bepalingen,
  });

  // 4. What happens next.
  const volgende: Alinea[] =
    soort === "gedeeltelijke_afwijzing"
      ? [
          a(
            afschrift && uitvoering
              ? T.deelsAfschriftOp(type === "dataportabiliteit", d(uitvoering))
              : uitvoering
                ? T.deelsUitvoeringOp(d(uitvoering))
                : T.deelsUitvoering,
          ),
        ]
      : soort === "verlenging"
        ? [a(T.verlengingVerder(d(nieuw!)))]
        : [a(T.afgerond)];
  volgende.push(a(T.inLoket(verzoek.nummer)));
  onderdelen.push({ kop: T.kopVerder, alineas: volgende });

  // 5. Remedies: our own complaint route, the FG, the Autoriteit Persoonsgegevens, the court.
  const rechtsmiddelen: Alinea[] = [a(T.eerstContact(org.email, org.telefoon))];
  // The practice's own texts: in English when the beheerder entered them, else quoted in Dutch and said so.
  const inTaal = (nl: string, en: string | undefined): { tekst: string; nl: boolean } | null =>
    taal === "en" && en?.trim()
      ? { tekst: en.trim(), nl: false }
      : nl.trim()
        ? { tekst: nl.trim(), nl: taal === "en" }
        : null;
  const klachtenroute = inTaal(org.klachtenroute, org.klachtenrouteEn);
  if (klachtenroute) {
    rechtsmiddelen.push(a(klachtenroute.nl ? T.klachtenregelingNl : T.klachtenregeling));
    rechtsmiddelen.push(a(klachtenroute.tekst, klachtenroute.nl ? "nl" : undefined));
  }
  rechtsmiddelen.push(a(T.fg(org.fgNaam, org.fgEmail, org.fgTelefoon)));
  const geschil = inTaal(org.geschilleninstantie, org.geschilleninstantieEn);
  if (geschil) {
    rechtsmiddelen.push(a(geschil.nl ? T.geschilleninstantieNl : T.geschilleninstantie));
    rechtsmiddelen.push(a(geschil.tekst, geschil.nl ? "nl" : undefined));
  }
  rechtsmiddelen.push(a(T.ap));
  rechtsmiddelen.push(a(weigering ? T.rechterWeigering : T.rechterVerlenging));
  onderdelen.push({ kop: weigering ? T.kopOneens : T.kopOneensVerlenging, alineas: rechtsmiddelen });

  const kenmerken = [
    { label: T.kenmerkNummer, waarde: verzoek.nummer },
    { label: T.kenmerkOntvangen, waarde: d(verzoek.ontvangenOp) },
    { label: T.kenmerkDatum, waarde: d(datums.besluit) },
    { label: T.kenmerkBetreft, waarde: eersteHoofdletter(onderwerp) },
  ];

  return {
    formaat: BESLUITBRIEF_FORMAAT,
    taal,
    besluitId: besluit.id,
    verzoek: { nummer: verzoek.nummer, type, ontvangenOp: verzoek.ontvangenOp },
    besluit: {
      soort,
      gronden: gronden.map((g) => ({ code: g.code, grondslag: g.grondslag })),
      motivering,
      ...(achtergehouden.length > 0
        ? {
            achtergehouden: achtergehouden.map((deel) => ({
              categorie: deel.categorie,
              veld: deel.veld,
              grond: deel.grond as WeigeringsgrondCode,
            })),
          }
        : {}),
      ...(bewaard.length > 0 ? { bewaard: bewaard.map((deel) => ({ ...deel })) } : {}),
    },
    datums: {
      besluit: datums.besluit,
      ontvangen: verzoek.ontvangenOp,
      wettelijkeTermijn: datums.wettelijkeTermijn,
      nieuweWettelijkeTermijn: soort === "verlenging" ? nieuw : null,
      uitvoering,
    },
    ondertekenaar: { id: ondertekenaar.id, naam: ondertekenaarNaam, functie: T.functie },
    afzender: {
      naam: org.naam,
      straat: org.straat,
      postcode: org.postcode,
      plaats: org.plaats,
      email: org.email,
      telefoon: org.telefoon,
      fgNaam: org.fgNaam,
      fgEmail: org.fgEmail,
      fgTelefoon: org.fgTelefoon,
      klachtenroute: org.klachtenroute,
      geschilleninstantie: org.geschilleninstantie,
      ...(org.klachtenrouteEn?.trim() ? { klachtenrouteEn: org.klachtenrouteEn } : {}),
      ...(org.geschilleninstantieEn?.trim() ? { geschilleninstantieEn: org.geschilleninstantieEn } : {}),
    },
    geadresseerde: { naam: verzoek.indiener.naam.trim(), namensBetrokkene: namens },
    brief: {
      onderwerp: T.onderwerp(soort, onderwerp),
      kenmerken,
      aanhef: T.aanhef(verzoek.indiener.naam.trim()),
      inleiding,
      onderdelen,
      slot: T.slot,
      ondertekening: [ondertekenaarNaam, `${T.functie}, ${org.naam}`],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Texts (B1, "u"). The remedies: AVG art. 12 lid 4, art. 77 and 79; UAVG art. 35.
// ---------------------------------------------------------------------------------------------

const NL = {
  uwGegevens: "uw gegevens",
  gegevensVan: (naam: string) => `de gegevens van ${naam}`,
  onderwerp: (soort: TeOndertekenenSoort, onderwerp: string) =>
    soort === "verlenging" ? `Wij hebben meer tijd nodig voor ${onderwerp}` : `Besluit op ${onderwerp}`,
  kenmerkNummer: "Verzoeknummer",
  kenmerkOntvangen: "Ontvangen op",
  kenmerkDatum: "Datum van deze brief",
  kenmerkBetreft: "Betreft",
  aanhef: (naam: string) => (naam ? `Beste ${naam},` : "Beste heer of mevrouw,"),
  inleiding: (datum: string, onderwerp: string, artikel: string) =>
    `Op ${datum} hebben wij ${onderwerp} ontvangen (${artikel}).`,
  namens: (naam: string) => `U heeft dit verzoek gedaan voor ${naam}.`,
  inleidingBesluit:
    "Wij hebben uw verzoek zorgvuldig bekeken. In deze brief leest u wat wij hebben besloten, en waarom.",
  inleidingVerlenging: "Wij zijn nog met uw verzoek bezig. In deze brief leest u waarom wij meer tijd nodig hebben.",
  kopBesluit: "Ons besluit",
  kopVerlenging: "Wij verlengen de termijn",
  afwijzing: "Wij wijzen uw verzoek af.",
  heleVerzoek: "Dit besluit gaat over uw hele verzoek.",
  deels:
    "Wij wijzen uw verzoek voor een deel af. Het andere deel van uw verzoek willigen wij in: dat voeren wij wel uit.",
  deelsUitleg: "Hieronder leest u welk deel wij niet uitvoeren, en waarom.",
  kopAchtergehouden: "Welke gegevens u niet krijgt",
  achtergehoudenIntro:
    'Deze gegevens krijgt u niet. Wij noemen alleen om wat voor gegevens het gaat en waarom, niet wat erin staat. Op de plaats van een veld dat u niet krijgt, staat in uw overzicht "[achtergehouden: …]".',
  achtergehoudenRegel: (
    groep: string,
    veld: { titel: string; veld: string } | null,
    datum: string,
    grondslag: string,
  ) =>
    veld
      ? `${groep}: het veld "${veld.veld}" van "${veld.titel}" (${datum}). Reden: ${grondslag}.`
      : `${groep}: een heel onderdeel van ${datum}. Reden: ${grondslag}.`,
  kennelijk:
    "Wij behandelen uw verzoek niet. Wij vinden uw verzoek kennelijk ongegrond of buitensporig. Dat betekent: het is duidelijk dat het verzoek geen goede grond heeft, of het vraagt te veel, bijvoorbeeld omdat u het steeds opnieuw doet.",
  verlenging:
    "Wij hebben meer tijd nodig om uw verzoek goed te behandelen. Daarom verlengen wij de termijn met ten hoogste twee maanden. Dat mag volgens de wet als een verzoek ingewikkeld is of veel werk is.",
  verlengingData: (oud: string, nieuw: string) =>
    `Wij moesten eerst uiterlijk op ${oud} antwoorden. U hoort nu uiterlijk op ${nieuw} van ons.`,
  kopWaarom: "Waarom wij dit besluiten",
  kopWaaromVerlenging: "Waarom wij meer tijd nodig hebben",
  toelichtingIntro: "Onze toelichting:",
  redenIntro: "De reden:",
  kopGrondslag: "Op welke regels wij ons baseren",
  grondslagIntro: "Wij baseren dit besluit op:",
  grondslagNoot: "",
  kopBewaard: "Welke gegevens wij bewaren",
  bewaardIntro:
    "Alle andere gegevens waar uw verzoek over gaat, vernietigen wij. De gegevens hieronder bewaren wij, om de reden die erbij staat. Wij schermen ze af: medewerkers gebruiken ze niet meer, behalve voor die reden. Is de reden voorbij, dan vernietigen wij ze alsnog.",
  bewaardRegel: (groep: string, aantal: number, reden: string, tot: string | null, grondslag: string) =>
    `${groep} (${aantal} ${aantal === 1 ? "onderdeel" : "onderdelen"}): ${reden}. ${tot ? `Wij bewaren dit tot ${tot}.` : "Wij bewaren dit tot de reden voorbij is."} (${grondslag})`,
  kopVerder: "Wat gebeurt er nu?",
  afgerond: "Uw verzoek is hiermee afgerond. Wij doen verder niets met dit verzoek.",
  deelsUitvoering:
    "Het deel van uw verzoek dat wij inwilligen, voeren wij zo snel mogelijk uit. U krijgt daarover bericht.",
  deelsUitvoeringOp: (datum: string) =>
    `Het deel van uw verzoek dat wij inwilligen, voeren wij uit. Dat doen wij uiterlijk op ${datum}. U krijgt daarover bericht.`,
  deelsAfschriftOp: (portabiliteit: boolean, datum: string) =>
    portabiliteit
      ? `De gegevens die u wel krijgt, zetten wij in een bestand voor u klaar, of wij sturen ze naar de zorgaanbieder die u noemde. Dat doen wij uiterlijk op ${datum}. U krijgt daarover bericht.`
      : `U krijgt een kopie (afschrift) van de gegevens die u wel krijgt. Die kopie krijgt u uiterlijk op ${datum}, in ons loket bij uw verzoek. U krijgt daarover bericht.`,
  verlengingVerder: (nieuw: string) =>
    `Wij werken verder aan uw verzoek. U hoort uiterlijk op ${nieuw} van ons. Zijn wij eerder klaar, dan hoort u het eerder.`,
  inLoket: (nummer: string) =>
    `Deze brief staat ook in ons loket, bij uw verzoek ${nummer}. Daar ziet u ook wat er verder gebeurt.`,
  kopOneens: "Bent u het niet eens met dit besluit?",
  kopOneensVerlenging: "Bent u het niet eens met de verlenging?",
  eerstContact: (email: string, telefoon: string) =>
    `Neem dan eerst contact met ons op: ${email}${telefoon ? ` of ${telefoon}` : ""}. Wij kijken graag samen met u of wij het kunnen oplossen.`,
  klachtenregeling: "U kunt ook een klacht indienen volgens onze klachtenregeling:",
  klachtenregelingNl: "U kunt ook een klacht indienen volgens onze klachtenregeling:",
  geschilleninstantie: "U kunt ook naar een onafhankelijke geschilleninstantie:",
  geschilleninstantieNl: "U kunt ook naar een onafhankelijke geschilleninstantie:",
  geciteerdNl: "",
  fg: (naam: string, email: string, telefoon: string) =>
    `U kunt ook contact opnemen met onze functionaris gegevensbescherming (FG): ${naam}, ${email}${telefoon ? `, ${telefoon}` : ""}. De FG let erop dat wij zorgvuldig met persoonsgegevens omgaan.`,
  ap: "U heeft het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens (artikel 77 AVG). Dat kan via autoriteitpersoonsgegevens.nl.",
  rechterWeigering:
    "U kunt ook naar de rechter gaan (artikel 79 AVG). Dien dan binnen zes weken nadat u deze brief heeft ontvangen een verzoekschrift in bij de rechtbank (artikel 35 Uitvoeringswet AVG). U heeft daarvoor geen advocaat nodig.",
  rechterVerlenging: "U kunt ook naar de rechter gaan (artikel 79 AVG).",
  slot: "Met vriendelijke groet,",
  functie: "Directie",
};

const EN: typeof NL = {
  uwGegevens: "your data",
  gegevensVan: (naam: string) => `the data of ${naam}`,
  onderwerp: (soort, onderwerp) =>
    soort === "verlenging" ? `We need more time for ${onderwerp}` : `Decision on ${onderwerp}`,
  kenmerkNummer: "Request number",
  kenmerkOntvangen: "Received on",
  kenmerkDatum: "Date of this letter",
  kenmerkBetreft: "Subject",
  aanhef: (naam) => (naam ? `Dear ${naam},` : "Dear Sir or Madam,"),
  inleiding: (datum, onderwerp, artikel) => `On ${datum} we received ${onderwerp} (${artikel}).`,
  namens: (naam) => `You made this request for ${naam}.`,
  inleidingBesluit:
    "We have looked at your request carefully. In this letter you can read what we have decided, and why.",
  inleidingVerlenging: "We are still working on your request. In this letter you can read why we need more time.",
  kopBesluit: "Our decision",
  kopVerlenging: "We are extending the time limit",
  afwijzing: "We refuse your request.",
  heleVerzoek: "This decision covers your whole request.",
  deels: "We refuse part of your request. We grant the other part of your request: we will carry that part out.",
  deelsUitleg: "Below you can read which part we will not carry out, and why.",
  kopAchtergehouden: "Which data you will not receive",
  achtergehoudenIntro:
    'You will not receive this data. We only say what kind of data it is and why, not what it says. Where a field is withheld, your overview shows "[withheld: …]".',
  achtergehoudenRegel: (groep, veld, datum, grondslag) =>
    veld
      ? `${groep}: the field "${veld.veld}" of "${veld.titel}" (${datum}). Reason: ${grondslag}.`
      : `${groep}: a whole entry of ${datum}. Reason: ${grondslag}.`,
  kennelijk:
    "We will not handle your request. We consider your request manifestly unfounded or excessive. This means: the request clearly has no good basis, or it asks too much, for example because you keep repeating it.",
  verlenging:
    "We need more time to handle your request properly. That is why we are extending the time limit by at most two months. The law allows this when a request is complex or a lot of work.",
  verlengingData: (oud, nieuw) =>
    `We first had to answer by ${oud}. You will now hear from us by ${nieuw} at the latest.`,
  kopWaarom: "Why we decided this",
  kopWaaromVerlenging: "Why we need more time",
  toelichtingIntro: "Our explanation:",
  redenIntro: "The reason:",
  kopGrondslag: "The rules we base this on",
  grondslagIntro: "We base this decision on:",
  grondslagNoot:
    "The references are to the GDPR (in Dutch: AVG), the Dutch GDPR Implementation Act (UAVG) and the Dutch Civil Code (BW).",
  kopVerder: "What happens next?",
  afgerond: "This completes your request. We will take no further action on it.",
  kopBewaard: "Which data we keep",
  bewaardIntro:
    "We destroy all other data your request is about. We keep the data below, for the reason given. We restrict it: staff no longer use it, except for that reason. Once the reason has ended, we destroy it too.",
  bewaardRegel: (groep, aantal, reden, tot, grondslag) =>
    `${groep} (${aantal} ${aantal === 1 ? "entry" : "entries"}): ${reden}. ${tot ? `We keep this until ${tot}.` : "We keep this until the reason has ended."} (${grondslag})`,
  deelsUitvoering:
    "We will carry out the part of your request that we grant as soon as possible. We will let you know.",
  deelsUitvoeringOp: (datum) =>
    `We will carry out the part of your request that we grant by ${datum} at the latest. We will let you know.`,
  deelsAfschriftOp: (portabiliteit, datum) =>
    portabiliteit
      ? `We will prepare the data you do receive as a file for you, or send it to the care provider you named, by ${datum} at the latest. We will let you know.`
      : `You will receive a copy of the data you do receive by ${datum} at the latest, on our portal with your request. We will let you know.`,
  verlengingVerder: (nieuw) =>
    `We will keep working on your request. You will hear from us by ${nieuw} at the latest. If we finish earlier, you will hear from us earlier.`,
  inLoket: (nummer) =>
    `This letter is also on our portal, with your request ${nummer}. There you can also see what happens next.`,
  kopOneens: "Do you disagree with this decision?",
  kopOneensVerlenging: "Do you disagree with the extension?",
  eerstContact: (email, telefoon) =>
    `Please contact us first: ${email}${telefoon ? ` or ${telefoon}` : ""}. We are happy to see with you whether we can solve it together.`,
  klachtenregeling: "You can also make a complaint under our complaints procedure:",
  klachtenregelingNl:
    "You can also make a complaint under our complaints procedure. We quote it below in Dutch, as we wrote it; ask us if you would like it explained in English:",
  geschilleninstantie: "You can also go to an independent disputes body:",
  geschilleninstantieNl:
    "You can also go to an independent disputes body. We quote its details below in Dutch; ask us if you would like them explained in English:",
  geciteerdNl:
    "Our staff wrote this explanation in Dutch. We quote it below exactly as they wrote it. Ask us if you would like it explained in English.",
  fg: (naam, email, telefoon) =>
    `You can also contact our data protection officer (DPO): ${naam}, ${email}${telefoon ? `, ${telefoon}` : ""}. The DPO makes sure that we handle personal data with care.`,
  ap: "You have the right to lodge a complaint with the Dutch Data Protection Authority, the Autoriteit Persoonsgegevens (Article 77 GDPR). You can do so at autoriteitpersoonsgegevens.nl.",
  rechterWeigering:
    "You can also go to court (Article 79 GDPR). To do so, file a petition with the district court (rechtbank) within six weeks after you received this letter (Article 35 of the Dutch GDPR Implementation Act). You do not need a lawyer for this.",
  rechterVerlenging: "You can also go to court (Article 79 GDPR).",
  slot: "Kind regards,",
  functie: "Management",
};

// ---------------------------------------------------------------------------------------------
// Verification
// ---------------------------------------------------------------------------------------------

/**
 * The verification code printed on the letter: the first 16 hex characters of the document's
 * SHA-256, in capitals, in groups of four ("3F2A-91C0-7B4D-E012").
 */
export function verificatiecode(documentHash: string): string {
  if (!/^[0-9a-f]{64}$/i.test(documentHash)) {
    throw new DomainError("ongeldige_hash", "Een documenthash is 64 hexadecimale tekens.");
  }
  const kop = documentHash.slice(0, 16).toUpperCase();
  return kop.match(/.{4}/g)!.join("-");
}

/** The paragraph under the signature: who signed, when, the code, and how to check it. */
export function verificatieTekst(document: BesluitDocument, code: string): Alinea[] {
  const datum = briefDatum(document.datums.besluit, document.taal);
  const { naam, functie } = document.ondertekenaar;
  const org = document.afzender;
  const contact = `${org.email}${org.telefoon ? (document.taal === "nl" ? ` of ${org.telefoon}` : ` or ${org.telefoon}`) : ""}`;
  return document.taal === "nl"
    ? [
        {
          tekst: `Deze brief is op ${datum} digitaal ondertekend door ${naam} (${functie.toLowerCase()}) met een passkey.`,
        },
        { tekst: `Verificatiecode: ${code}` },
        {
          tekst: `Wilt u weten of deze brief echt van ${org.naam} komt en niet is veranderd? Neem dan contact met ons op (${contact}) en noem het verzoeknummer en de verificatiecode. Wij controleren dan de digitale handtekening voor u.`,
        },
      ]
    : [
        { tekst: `This letter was signed digitally with a passkey by ${naam} (${functie.toLowerCase()}) on ${datum}.` },
        { tekst: `Verification code: ${code}` },
        {
          tekst: `Do you want to know whether this letter really comes from ${org.naam} and has not been changed? Please contact us (${contact}) and give the request number and the verification code. We will then check the digital signature for you.`,
        },
      ];
}

// ---------------------------------------------------------------------------------------------
// Canonical serialisation
// ---------------------------------------------------------------------------------------------

/**
 * One text for one value: JSON with object keys sorted (by UTF-16 code units) at every level,
 * no whitespace, `undefined` members left out. Only plain JSON values are accepted (strings,
 * finite numbers, booleans, null, arrays, plain objects): anything else would not survive a
 * round trip through jsonb unchanged, so it throws DomainError "niet_canoniek".
 */
export function canoniekeJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new DomainError("niet_canoniek", "Een getal in het document is niet eindig.");
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) {
        return `[${value.map((v) => (v === undefined ? "null" : canoniekeJson(v))).join(",")}]`;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new DomainError("niet_canoniek", "Het document bevat iets anders dan gewone JSON-waarden.");
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canoniekeJson(v)}`).join(",")}}`;
    }
    default:
      throw new DomainError("niet_canoniek", `Een waarde van het type ${typeof value} hoort niet in het document.`);
  }
}

/** Does a stored value look like a decision document of the current format? (Shape only.) */
export function isBesluitDocument(value: unknown): value is BesluitDocument {
  if (!value || typeof value !== "object") return false;
  const d = value as Partial<BesluitDocument>;
  return (
    d.formaat === BESLUITBRIEF_FORMAAT &&
    (d.taal === "nl" || d.taal === "en") &&
    typeof d.besluitId === "string" &&
    typeof d.verzoek?.nummer === "string" &&
    isTeOndertekenenSoort(d.besluit?.soort) &&
    Array.isArray(d.besluit?.gronden) &&
    typeof d.besluit?.motivering === "string" &&
    typeof d.datums?.besluit === "string" &&
    typeof d.ondertekenaar?.id === "string" &&
    typeof d.ondertekenaar?.naam === "string" &&
    typeof d.brief?.onderwerp === "string" &&
    Array.isArray(d.brief?.onderdelen)
  );
}

/** All the letter's text in reading order (for a plain-text rendering and for tests). */
export function briefRegels(document: BesluitDocument): string[] {
  const { afzender: org, brief } = document;
  const regels = [
    org.naam,
    `${org.straat}, ${org.postcode} ${org.plaats}`,
    brief.onderwerp,
    ...brief.kenmerken.map((k) => `${k.label}: ${k.waarde}`),
    brief.aanhef,
    ...brief.inleiding.map((al) => al.tekst),
  ];
  for (const onderdeel of brief.onderdelen) {
    regels.push(onderdeel.kop, ...onderdeel.alineas.map((al) => al.tekst), ...(onderdeel.opsomming ?? []));
  }
  regels.push(brief.slot, ...brief.ondertekening);
  return regels.filter((r) => r.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Sending a draft back
// ---------------------------------------------------------------------------------------------

export const TERUGSTUUR_MAX_TEKENS = 1000;
export type TerugstuurFout = "opmerking_verplicht" | "opmerking_te_lang" | "bsn_niet_toegestaan";

/**
 * The director's comment when sending a draft back (state machine step "terugsturen": a comment
 * is required). Normalised; 1 to 1000 characters; never a BSN (docs/recht.md "Identiteit").
 * Throws DomainError with a `TerugstuurFout` code.
 */
export function controleerTerugstuurOpmerking(opmerking: unknown): string {
  const tekst = typeof opmerking === "string" ? normaliseerBriefTekst(opmerking) : "";
  if (tekst.length === 0) throw new DomainError("opmerking_verplicht", "Schrijf waarom u het concept terugstuurt.");
  if (tekst.length > TERUGSTUUR_MAX_TEKENS) {
    throw new DomainError("opmerking_te_lang", `De opmerking is te lang: ten hoogste ${TERUGSTUUR_MAX_TEKENS} tekens.`);
  }
  if (bevatBsn(tekst))
    throw new DomainError("bsn_niet_toegestaan", "Zet geen burgerservicenummer (BSN) in de opmerking.");
  return tekst;
}
