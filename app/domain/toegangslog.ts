/**
 * The access log as the client reads it (NEN 7513; NEN 7510 12.4; AVG art. 15 lid 1, as the CJEU
 * read it in C-579/21): who accessed the dossier, in which role, when, what they did and why, in
 * plain words. Staff are shown by their role (function), not by name: AVG art. 15 does not require
 * the names of the employees who acted under the practice's authority (C-579/21), and the role is
 * what tells the client whether the access fits (docs/decisions/023). Pure: no database.
 */
export type Taal = "nl" | "en";

/** One audit row as the access log needs it (app/services/audit.server.ts writes these). */
export type AuditRegel = {
  op: Date;
  actorSoort: string;
  rol: string | null;
  namens: string | null;
  actie: string;
  onderdeel: string | null;
  verzoekNummer: string | null;
};

/** One line of the access log as the client sees it (also data/toegangslog.json in the package). */
export type ToegangslogRegel = {
  /** ISO 8601 moment. */
  op: string;
  /** Who, by role: "Een medewerker van de administratie (backoffice)", "U zelf", … */
  wie: string;
  /** On whose behalf, in words (NEN 7513 "namens wie"); null when the actor acted for themselves. */
  namens: string | null;
  /** What they did, in words. */
  wat: string;
  /** Which part of the dossier, in words; null when the row names none. */
  onderdeel: string | null;
  /** Why: the request it was for, or the task. */
  waarom: string;
  /** The technical action code (the audit row's `actie`), for a complaint or the FG. */
  actie: string;
};

/**
 * NEN 7513 "namens wie": a representative (parent with authority, guardian, mentor, curator,
 * authorised person) acts on behalf of the person concerned. Null when the filer is the client.
 */
export function namensVan(relatie: string | null | undefined, clientId: string | null | undefined): string | null {
  if (!relatie || relatie === "zelf") return null;
  return clientId ? `betrokkene:${clientId}` : "betrokkene";
}

const WIE: Record<Taal, Record<string, string>> = {
  nl: {
    backoffice: "Een medewerker van de administratie (backoffice)",
    directie: "Een lid van de directie",
    beheerder: "Een beheerder van het portaal",
    medewerker: "Een medewerker",
    betrokkene: "U zelf",
    vertegenwoordiger: "Uw vertegenwoordiger",
    client: "U zelf of uw vertegenwoordiger",
    ontvanger: "De zorgaanbieder die uw gegevens ontving",
    systeem: "Het portaal zelf (automatisch)",
  },
  en: {
    backoffice: "A member of the administration (back office)",
    directie: "A member of the management",
    beheerder: "An administrator of the portal",
    medewerker: "A staff member",
    betrokkene: "You",
    vertegenwoordiger: "Your representative",
    client: "You or your representative",
    ontvanger: "The care provider that received your data",
    systeem: "The portal itself (automatically)",
  },
};

const WAT: Record<Taal, Record<string, string>> = {
  nl: {
    "dossier.bekeken": "bekeek uw dossier",
    "dossier.afgeschermd_bekeken": "bekeek afgeschermde gegevens",
    "dossier.gecorrigeerd": "verbeterde of vulde gegevens aan",
    "dossier.verwijderd": "verwijderde gegevens",
    "dossier.afgeschermd": "schermde gegevens af",
    "dossier.afscherming_opgeheven": "hief een afscherming op",
    "inzage.bekeken": "bekeek het inzage-overzicht",
    "pakket.gemaakt": "maakte een kopie van uw gegevens (pakket)",
    "pakket.verstuurd": "stuurde het bericht dat het pakket klaarstaat",
    "pakket.gedownload": "downloadde het pakket",
    "pakket.sleutel_vernietigd": "maakte het verlopen pakket onleesbaar",
    "bewaring.vernietigd": "vernietigde gegevens waarvan de bewaartermijn voorbij was",
    "bewaring.klacht_vastgelegd": "legde vast dat er een klacht of calamiteit loopt: uw gegevens worden bewaard",
    "bewaring.klacht_opgeheven": "legde vast dat de klacht of calamiteit is afgerond",
    "bewaring.rechtsvordering_vastgelegd": "legde een rechtsvordering vast: uw gegevens worden bewaard",
    "bewaring.rechtsvordering_opgeheven": "legde vast dat de rechtsvordering voorbij is",
    "bewaring.verzoek_opgeschoond":
      "ruimde de berichten, brieven en pakketten van het oude verzoek op (bewaartermijn voorbij)",
    "verstrekking.geregistreerd": "gaf gegevens aan een ander en legde dat vast",
    "verzoek.ingediend": "diende het verzoek in",
    "verzoek.geregistreerd": "legde het verzoek vast",
    "verzoek.bekeken": "bekeek het verzoek",
    "verzoek.gekoppeld": "koppelde het verzoek aan uw dossier",
    "verzoek.ontkoppeld": "haalde de koppeling met uw dossier weg",
    "koppeling.gezocht": "zocht uw dossier op om een verzoek te koppelen",
    "client.kandidaat_getoond": "zag uw naam bij het zoeken naar het juiste dossier",
    "identiteit.gelegitimeerd": "controleerde een legitimatiebewijs",
    "identiteit.vertegenwoordiging_gecontroleerd": "controleerde het bewijs van vertegenwoordiging",
    "besluit.ondertekend": "ondertekende het besluit",
    "besluit.pdf_gedownload": "downloadde de besluitbrief",
    "bericht.verstuurd": "stuurde een bericht",
    "bijlage.toegevoegd": "stuurde een bestand mee",
    "bijlage.geweigerd": "probeerde een bestand te sturen; het werd geweigerd en niet bewaard",
    "bijlage.gedownload": "opende een bestand dat u stuurde",
    "document.toegevoegd": "voegde een document toe aan uw dossier",
    "document.geweigerd": "probeerde een document toe te voegen; het werd geweigerd en niet bewaard",
    "document.gedownload": "opende een document uit uw dossier",
    "document.verwijderd": "verwijderde een document uit uw dossier",
    "audit.bekeken": "bekeek deze toegangslog",
    "beheer.import": "nam gegevens over uit het cliëntsysteem",
  },
  en: {
    "dossier.bekeken": "viewed your file",
    "dossier.afgeschermd_bekeken": "viewed restricted data",
    "dossier.gecorrigeerd": "corrected or completed data",
    "dossier.verwijderd": "erased data",
    "dossier.afgeschermd": "restricted data",
    "dossier.afscherming_opgeheven": "lifted a restriction",
    "inzage.bekeken": "viewed the access overview",
    "pakket.gemaakt": "made a copy of your data (package)",
    "pakket.verstuurd": "sent the message that the package is ready",
    "pakket.gedownload": "downloaded the package",
    "pakket.sleutel_vernietigd": "made the expired package unreadable",
    "bewaring.vernietigd": "destroyed data whose retention period had ended",
    "bewaring.klacht_vastgelegd": "recorded an open complaint or calamity: your data are kept",
    "bewaring.klacht_opgeheven": "recorded that the complaint or calamity has ended",
    "bewaring.rechtsvordering_vastgelegd": "recorded a legal claim: your data are kept",
    "bewaring.rechtsvordering_opgeheven": "recorded that the legal claim has ended",
    "bewaring.verzoek_opgeschoond":
      "removed the messages, letters and packages of the old request (retention period ended)",
    "verstrekking.geregistreerd": "gave data to someone else and recorded it",
    "verzoek.ingediend": "filed the request",
    "verzoek.geregistreerd": "recorded the request",
    "verzoek.bekeken": "viewed the request",
    "verzoek.gekoppeld": "linked the request to your file",
    "verzoek.ontkoppeld": "removed the link with your file",
    "koppeling.gezocht": "looked up your file to link a request",
    "client.kandidaat_getoond": "saw your name while looking for the right file",
    "identiteit.gelegitimeerd": "checked a proof of identity",
    "identiteit.vertegenwoordiging_gecontroleerd": "checked the proof of representation",
    "besluit.ondertekend": "signed the decision",
    "besluit.pdf_gedownload": "downloaded the decision letter",
    "bericht.verstuurd": "sent a message",
    "bijlage.toegevoegd": "sent a file with it",
    "bijlage.geweigerd": "tried to send a file; it was refused and not kept",
    "bijlage.gedownload": "opened a file you sent",
    "document.toegevoegd": "added a document to your file",
    "document.geweigerd": "tried to add a document; it was refused and not kept",
    "document.gedownload": "opened a document from your file",
    "document.verwijderd": "removed a document from your file",
    "audit.bekeken": "viewed this access log",
    "beheer.import": "took over data from the client system",
  },
};

/** Per prefix, when the action has no text of its own. */
const WAT_GROEP: Record<Taal, Record<string, string>> = {
  nl: {
    dossier: "werkte in uw dossier",
    verzoek: "behandelde het verzoek",
    besluit: "werkte aan het besluit op het verzoek",
    pakket: "werkte aan het pakket",
    identiteit: "controleerde de identiteit",
    uitvoering: "voerde het verzoek uit",
  },
  en: {
    dossier: "worked in your file",
    verzoek: "handled the request",
    besluit: "worked on the decision on the request",
    pakket: "worked on the package",
    identiteit: "checked identity",
    uitvoering: "carried out the request",
  },
};

const ONDERDEEL: Record<Taal, Record<string, string>> = {
  nl: {
    dossier: "het hele dossier",
    personalia: "persoonsgegevens",
    contact: "contactgegevens",
    zorg: "zorg en begeleiding",
    financieel: "financiële gegevens",
    documenten: "documenten",
    verzoek: "het verzoek",
    besluiten: "de besluitbrief",
    verstrekkingen: "de lijst van verstrekkingen",
    identiteit: "het identiteitsbewijs (alleen soort en laatste 4 tekens)",
    audit: "de toegangslog",
    berichten: "de berichten",
    dossier_items: "gegevens in het dossier",
    bijlagen: "de bestanden die u stuurde",
  },
  en: {
    dossier: "the whole file",
    personalia: "personal details",
    contact: "contact details",
    zorg: "care and support",
    financieel: "financial data",
    documenten: "documents",
    verzoek: "the request",
    besluiten: "the decision letter",
    verstrekkingen: "the list of disclosures",
    identiteit: "the identity document (only its kind and last 4 characters)",
    audit: "the access log",
    berichten: "the messages",
    dossier_items: "data in the file",
    bijlagen: "the files you sent",
  },
};

function wieVan(r: AuditRegel, taal: Taal): string {
  const w = WIE[taal];
  if (r.actorSoort === "medewerker") return w[r.rol ?? ""] ?? w.medewerker!;
  if (r.actorSoort === "client") return w[r.rol ?? ""] ?? w.client!;
  return w[r.actorSoort] ?? w.systeem!;
}

function watVan(actie: string, taal: Taal): string {
  const eigen = WAT[taal][actie];
  if (eigen) return eigen;
  const groep = WAT_GROEP[taal][actie.split(".")[0] ?? ""];
  return groep ?? (taal === "nl" ? "werkte met uw gegevens" : "worked with your data");
}

function waaromVan(r: AuditRegel, taal: Taal): string {
  if (r.verzoekNummer) return taal === "nl" ? `Voor verzoek ${r.verzoekNummer}` : `For request ${r.verzoekNummer}`;
  if (r.actie === "beheer.import") return taal === "nl" ? "Het dossier bijhouden" : "Keeping the file up to date";
  if (r.actie.startsWith("verstrekking.")) {
    return taal === "nl"
      ? "Een verstrekking aan een ander (zie: aan wie wij uw gegevens gaven)"
      : "A disclosure to someone else (see: who we gave your data to)";
  }
  return taal === "nl" ? "Zorg en administratie" : "Care and administration";
}

function namensTekst(r: AuditRegel, taal: Taal): string | null {
  if (!r.namens) return null;
  if (r.namens === "betrokkene" || r.namens.startsWith("betrokkene:"))
    return taal === "nl" ? "namens u" : "on your behalf";
  // Another staff member's id: shown by the fact only, like the actor (no names).
  return taal === "nl" ? "namens een collega" : "on behalf of a colleague";
}

/** The client's access log in plain words, oldest first. */
export function toegangslogVoorClient(regels: readonly AuditRegel[], taal: Taal): ToegangslogRegel[] {
  return regels.map((r) => ({
    op: r.op.toISOString(),
    wie: wieVan(r, taal),
    namens: namensTekst(r, taal),
    wat: watVan(r.actie, taal),
    onderdeel: r.onderdeel ? (ONDERDEEL[taal][r.onderdeel] ?? r.onderdeel) : null,
    waarom: waaromVan(r, taal),
    actie: r.actie,
  }));
}
