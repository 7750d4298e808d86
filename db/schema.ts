/**
 * The one drizzle schema (docs/decisions/020).
 * Table and column names use the domain's Dutch words (docs/architectuur.md "Layout").
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // postgres.js hands back a Buffer for bytea.
  fromDriver: (value) => new Uint8Array(value),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const dag = (name: string) => date(name, { mode: "string" });

/** Reglement deadlines of the organisation, per request type (app/domain/deadlines.ts `Reglement`). */
export type ReglementInstelling = Record<string, { target: unknown; execution?: unknown }>;

// ---------------------------------------------------------------- organisatie
/** One row (id = 1): the practice that runs this portal. */
export const organisatie = pgTable("organisatie", {
  id: smallint("id").primaryKey().default(1),
  naam: text("naam").notNull(),
  straat: text("straat").notNull().default(""),
  postcode: text("postcode").notNull().default(""),
  plaats: text("plaats").notNull().default(""),
  kvk: text("kvk").notNull().default(""),
  email: text("email").notNull().default(""),
  telefoon: text("telefoon").notNull().default(""),
  website: text("website").notNull().default(""),
  fgNaam: text("fg_naam").notNull().default(""),
  fgEmail: text("fg_email").notNull().default(""),
  fgTelefoon: text("fg_telefoon").notNull().default(""),
  /** Internal complaints route (klachtenregeling / klachtencommissie). */
  klachtenroute: text("klachtenroute").notNull().default(""),
  /** External body (geschilleninstantie) beyond the Autoriteit Persoonsgegevens. */
  geschilleninstantie: text("geschilleninstantie").notNull().default(""),
  /** The same two in English, for a client who chose English (empty: the letter quotes the Dutch text and says so). */
  klachtenrouteEn: text("klachtenroute_en").notNull().default(""),
  geschilleninstantieEn: text("geschilleninstantie_en").notNull().default(""),
  /** Partial reglement: per request type a target Period and an execution Period. */
  reglement: jsonb("reglement").$type<ReglementInstelling>().notNull().default({}),
  /** Extra closing days (e.g. decree days, Algemene termijnenwet art. 3 lid 3), YYYY-MM-DD. */
  extraSluitingsdagen: jsonb("extra_sluitingsdagen").$type<string[]>().notNull().default([]),
  talen: jsonb("talen").$type<string[]>().notNull().default(["nl", "en"]),
  /** Retention per dossier category (docs/recht.md "Verwijdering en bewaring"); empty = the defaults. */
  bewaarbeleid: jsonb("bewaarbeleid")
    .$type<Record<string, { jaren: number; vanaf: "aanmaak" | "laatste_wijziging" | "einde_zorg" }>>()
    .notNull()
    .default({}),
  logo: text("logo"),
  downloadGeldigDagen: integer("download_geldig_dagen").notNull().default(14),
  maxDownloads: integer("max_downloads").notNull().default(5),
  /** AVG art. 15 lid 3: the first copy is free; the reasonable fee for a further copy, in euro cents (0 = free). */
  kostenExtraKopieCent: integer("kosten_extra_kopie_cent").notNull().default(0),
  /**
   * How long the portal keeps its own records (app/domain/vernietiging.ts `Portaalbewaring`: closed
   * requests, the access log, the grace period after a term); empty = the defaults (docs/decisions/031).
   */
  portaalbewaring: jsonb("portaalbewaring").$type<Record<string, number>>().notNull().default({}),
  bijgewerktOp: ts("bijgewerkt_op").notNull().defaultNow(),
});

// ---------------------------------------------------------------- staff
export const MEDEWERKER_ROLLEN = ["backoffice", "directie", "beheerder"] as const;
export type MedewerkerRol = (typeof MEDEWERKER_ROLLEN)[number];

export const medewerkers = pgTable(
  "medewerkers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    naam: text("naam").notNull(),
    rollen: text("rollen").array().$type<MedewerkerRol[]>().notNull(),
    actief: boolean("actief").notNull().default(true),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    gedeactiveerdOp: ts("gedeactiveerd_op"),
  },
  (t) => [uniqueIndex("medewerkers_email_uq").on(sql`lower(${t.email})`)],
);

// ---------------------------------------------------------------- clients and their dossier
export const clienten = pgTable(
  "clienten",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientnummer: text("clientnummer").notNull(),
    voornamen: text("voornamen").notNull(),
    tussenvoegsel: text("tussenvoegsel").notNull().default(""),
    achternaam: text("achternaam").notNull(),
    geboortedatum: dag("geboortedatum").notNull(),
    email: text("email"),
    telefoon: text("telefoon"),
    straat: text("straat").notNull().default(""),
    postcode: text("postcode").notNull().default(""),
    plaats: text("plaats").notNull().default(""),
    /** actief = in care now; voormalig = ex-client (same rights under AVG art. 15-22). */
    status: text("status").$type<"actief" | "voormalig">().notNull().default("actief"),
    inZorgVanaf: dag("in_zorg_vanaf"),
    uitZorgOp: dag("uit_zorg_op"),
    /** An open complaint or calamity holds everything (AVG art. 17 lid 3 sub e). */
    lopendeKlachtOfCalamiteit: boolean("lopende_klacht_of_calamiteit").notNull().default(false),
    /**
     * A legal claim about this client (AVG art. 17 lid 3 sub e): what it is, in staff's words. While
     * set, nothing of the client is destroyed after its retention term (docs/decisions/031).
     */
    rechtsvordering: text("rechtsvordering"),
    /**
     * Why the directie recorded the complaint or calamity, and when (docs/decisions/036); null when
     * it was set outside the portal or is not set. Cleared when it is lifted (the audit log keeps it).
     */
    klachtReden: text("klacht_reden"),
    klachtSinds: ts("klacht_sinds"),
    /** Why the legal claim was recorded, and when (docs/decisions/036); as `klachtReden`. */
    rechtsvorderingReden: text("rechtsvordering_reden"),
    rechtsvorderingSinds: ts("rechtsvordering_sinds"),
    /**
     * Set when a full erasure destroyed everything (docs/decisions/022): the row then keeps only the
     * clientnummer as a pseudonymous reference for the requests and the audit log.
     */
    gewistOp: ts("gewist_op"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    bijgewerktOp: ts("bijgewerkt_op").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("clienten_clientnummer_uq").on(t.clientnummer),
    index("clienten_match_idx").on(sql`lower(${t.achternaam})`, t.geboortedatum),
    index("clienten_email_idx").on(sql`lower(${t.email})`),
  ],
);

export const RELATIE_SOORTEN = [
  "ouder_met_gezag",
  "voogd",
  "mentor",
  "curator",
  "gemachtigde",
  "bewindvoerder",
  "ouder_zonder_gezag",
] as const;
export type RelatieSoort = (typeof RELATIE_SOORTEN)[number];

/** People who may act for a client: parents with authority, guardians, mentors, curators, authorised persons. */
export const relaties = pgTable(
  "relaties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clienten.id, { onDelete: "cascade" }),
    /** The id in the practice's own client system (import; re-import changes nothing). */
    externId: text("extern_id"),
    soort: text("soort").$type<RelatieSoort>().notNull(),
    naam: text("naam").notNull(),
    email: text("email"),
    telefoon: text("telefoon"),
    geldigVanaf: dag("geldig_vanaf"),
    geldigTot: dag("geldig_tot"),
    /** What proves the authority (e.g. "uittreksel gezagsregister gezien 2026-01-12"); never a copy. */
    bewijs: text("bewijs").notNull().default(""),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [index("relaties_client_idx").on(t.clientId), uniqueIndex("relaties_extern_uq").on(t.clientId, t.externId)],
);

export const DOSSIER_CATEGORIEEN = ["personalia", "contact", "zorg", "financieel", "documenten"] as const;
export type DossierCategorie = (typeof DOSSIER_CATEGORIEEN)[number];

export const dossierItems = pgTable(
  "dossier_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clienten.id, { onDelete: "cascade" }),
    /** The id in the practice's own client system (import; re-import changes nothing). */
    externId: text("extern_id"),
    categorie: text("categorie").$type<DossierCategorie>().notNull(),
    titel: text("titel").notNull(),
    /** The fields of the entry, e.g. { "adres": "...", "telefoon": "..." } or { "verslag": "..." }. */
    inhoud: jsonb("inhoud").$type<Record<string, string>>().notNull(),
    /** Where the data came from (herkomst, AVG art. 15 lid 1 sub g): client, zorgverlener, or a named third party. */
    herkomst: text("herkomst").notNull().default("client"),
    /** Data about someone else (e.g. a family member's account): never in a portability package. */
    betreftDerde: boolean("betreft_derde").notNull().default(false),
    auteur: text("auteur").notNull().default(""),
    /** For category documenten: storage key, file name, MIME type and size of the original. */
    documentSleutel: text("document_sleutel"),
    bestandsnaam: text("bestandsnaam"),
    mimeType: text("mime_type"),
    grootte: bigint("grootte", { mode: "number" }),
    /**
     * A document staff added through the portal (docs/decisions/028): its own AES-256 key (the file
     * is stored encrypted); null for an original stored in plain by the import, and once destroyed.
     */
    bestandSleutel: bytea("bestand_sleutel"),
    /** SHA-256 of the plain file, checked against the package manifest. */
    sha256: text("sha256"),
    /** The request this document was added for (e.g. the client system's export for an inzage). */
    verzoekId: uuid("verzoek_id").references((): AnyPgColumn => verzoeken.id, { onDelete: "set null" }),
    /** Afscherming (AVG art. 18, or retention blocking erasure): hidden from staff views and exports. */
    afgeschermd: boolean("afgeschermd").notNull().default(false),
    afschermReden: text("afscherm_reden"),
    /**
     * A temporary restriction while a correction or objection is decided (AVG art. 18 lid 1 sub a
     * and d): the request it belongs to; lifted with the decision (docs/decisions/030).
     */
    afgeschermdVoorVerzoek: uuid("afgeschermd_voor_verzoek").references((): AnyPgColumn => verzoeken.id, {
      onDelete: "set null",
    }),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    gewijzigdOp: ts("gewijzigd_op").notNull().defaultNow(),
  },
  (t) => [
    index("dossier_items_client_idx").on(t.clientId, t.categorie),
    uniqueIndex("dossier_items_extern_uq").on(t.clientId, t.externId),
  ],
);

/** Consents given by a client (AVG art. 6 lid 1 sub a, art. 7 lid 3 for withdrawal). */
export const toestemmingen = pgTable(
  "toestemmingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clienten.id, { onDelete: "cascade" }),
    /** The id in the practice's own client system (import; re-import changes nothing). */
    externId: text("extern_id"),
    omschrijving: text("omschrijving").notNull(),
    ontvanger: text("ontvanger"),
    gegevenOp: dag("gegeven_op").notNull(),
    ingetrokkenOp: dag("ingetrokken_op"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [
    index("toestemmingen_client_idx").on(t.clientId),
    uniqueIndex("toestemmingen_extern_uq").on(t.clientId, t.externId),
  ],
);

/** The disclosure log (verstrekkingen, AVG art. 19): every disclosure to a third party. */
export const verstrekkingen = pgTable(
  "verstrekkingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clienten.id, { onDelete: "cascade" }),
    /** The id in the practice's own client system (import; re-import changes nothing). */
    externId: text("extern_id"),
    ontvanger: text("ontvanger").notNull(),
    ontvangerEmail: text("ontvanger_email"),
    datum: dag("datum").notNull(),
    rechtsgrond: text("rechtsgrond").notNull(),
    toestemmingId: uuid("toestemming_id").references(() => toestemmingen.id),
    categorieen: text("categorieen").array().$type<string[]>().notNull().default([]),
    omschrijving: text("omschrijving").notNull().default(""),
    /** A disclosure without consent: when the client was told (a message queued), null = not (yet). */
    clientGeinformeerdOp: ts("client_geinformeerd_op"),
    /**
     * Why telling the client is postponed (telling would endanger persons or property), null = not
     * postponed; cleared when the client is told (docs/decisions/023).
     */
    clientMeldingUitgesteld: text("client_melding_uitgesteld"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [
    index("verstrekkingen_client_idx").on(t.clientId),
    uniqueIndex("verstrekkingen_extern_uq").on(t.clientId, t.externId),
  ],
);

/** Register of processing (verwerkingsregister, AVG art. 30), versioned. */
export const verwerkingen = pgTable(
  "verwerkingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stable key of the processing across versions, e.g. "zorgverlening". */
    sleutel: text("sleutel").notNull(),
    versie: integer("versie").notNull().default(1),
    naam: text("naam").notNull(),
    doel: text("doel").notNull(),
    rechtsgrond: text("rechtsgrond").notNull(),
    categorieen: text("categorieen").array().$type<string[]>().notNull(),
    ontvangers: text("ontvangers").array().$type<string[]>().notNull().default([]),
    bewaartermijn: text("bewaartermijn").notNull(),
    bron: text("bron").notNull(),
    /** Bezwaar (AVG art. 21) only applies to processing on art. 6 lid 1 sub e or f. */
    bezwaarMogelijk: boolean("bezwaar_mogelijk").notNull().default(false),
    /**
     * AVG art. 15 lid 1 sub h, art. 22: automated decision-making or profiling in this processing,
     * with its logic and consequences in plain words; null = none.
     */
    geautomatiseerdeBesluitvorming: text("geautomatiseerde_besluitvorming"),
    /** AVG art. 15 lid 2, art. 44-49: transfer outside the EEA, to where and with which safeguard; null = none. */
    doorgifteBuitenEer: text("doorgifte_buiten_eer"),
    geldigVanaf: dag("geldig_vanaf").notNull(),
    geldigTot: dag("geldig_tot"),
  },
  (t) => [uniqueIndex("verwerkingen_sleutel_versie_uq").on(t.sleutel, t.versie)],
);

// ---------------------------------------------------------------- portal accounts and sessions
/** Someone who uses the client portal: a client or a representative, known by a verified e-mail address. */
export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    naam: text("naam").notNull().default(""),
    taal: text("taal").$type<"nl" | "en">().notNull().default("nl"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("accounts_email_uq").on(sql`lower(${t.email})`)],
);

/** Database sessions: the cookie holds only the random id (docs/decisions/003). */
export const sessies = pgTable(
  "sessies",
  {
    id: text("id").primaryKey(),
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
    medewerkerId: uuid("medewerker_id").references(() => medewerkers.id, { onDelete: "cascade" }),
    verlooptOp: ts("verloopt_op").notNull(),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    ingetrokkenOp: ts("ingetrokken_op"),
  },
  (t) => [index("sessies_account_idx").on(t.accountId), index("sessies_medewerker_idx").on(t.medewerkerId)],
);

/** WebAuthn credentials of clients (accounts) and staff (medewerkers). */
export const passkeys = pgTable(
  "passkeys",
  {
    id: text("id").primaryKey(), // credential id, base64url
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
    medewerkerId: uuid("medewerker_id").references(() => medewerkers.id, { onDelete: "cascade" }),
    publicKey: bytea("public_key").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: text("transports").array().$type<string[]>().notNull().default([]),
    deviceType: text("device_type").notNull().default("singleDevice"),
    backedUp: boolean("backed_up").notNull().default(false),
    naam: text("naam").notNull().default(""),
    /**
     * Clients for whose record the account's address was known (a linked request at "bekend_adres")
     * when this passkey was registered: only for them does it count as an identity level (docs/decisions/018).
     */
    bekendBijClienten: uuid("bekend_bij_clienten")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    laatstGebruiktOp: ts("laatst_gebruikt_op"),
    /**
     * Revoked (e.g. the staff member was deactivated): no sign-in and no signature with it any more,
     * but the public key stays so letters signed before still verify (docs/decisions/023).
     */
    ingetrokkenOp: ts("ingetrokken_op"),
  },
  (t) => [index("passkeys_account_idx").on(t.accountId), index("passkeys_medewerker_idx").on(t.medewerkerId)],
);

// ---------------------------------------------------------------- requests
export const verzoekNummerSeq = pgSequence("verzoek_nummer_seq", { startWith: 1 });

export const verzoeken = pgTable(
  "verzoeken",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human request number, e.g. "AVG-2026-000042". */
    nummer: text("nummer").notNull(),
    type: text("type").notNull(),
    status: text("status").notNull().default("ontvangen"),
    /** How it came in: portaal, brief, telefoon, email, balie. */
    kanaal: text("kanaal").notNull().default("portaal"),
    /** The portal account that filed it (null for a manual registration without account). */
    ingediendDoorAccountId: uuid("ingediend_door_account_id").references(() => accounts.id),
    /** Who filed and in which capacity: { naam, email, relatie }. relatie "zelf" when the client files. */
    indiener: jsonb("indiener").$type<{ naam: string; email: string; relatie: string }>().notNull(),
    /** The person concerned as the requester described them: { naam, geboortedatum, email, clientnummer?, postcode? }. */
    betrokkene: jsonb("betrokkene")
      .$type<{
        naam: string;
        geboortedatum: string;
        email: string;
        clientnummer?: string;
        postcode?: string;
      }>()
      .notNull(),
    /** Matched client record (by staff; never revealed to the requester). */
    clientId: uuid("client_id").references(() => clienten.id, { onDelete: "set null" }),
    /** Per-type details (rows to correct, the processing objected to, the receiving provider, …). */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    taal: text("taal").$type<"nl" | "en">().notNull().default("nl"),
    /** Europe/Amsterdam calendar date of receipt; the day of receipt does not count. */
    ontvangenOp: dag("ontvangen_op").notNull(),
    ontvangenTijdstip: ts("ontvangen_tijdstip").notNull().defaultNow(),
    /**
     * The identity level as last derived (app/domain/identiteit.ts IDENTITEITSNIVEAUS: geen | eigen_adres |
     * bekend_adres | passkey | gelegitimeerd), for lists and pages. A copy only: every grant and
     * disclosure derives it again from the facts (docs/decisions/018).
     */
    identiteit: text("identiteit").notNull().default("geen"),
    // Deadlines (app/domain/deadlines.ts requestDeadlines), recomputed on pause and extension.
    doelTermijn: dag("doel_termijn").notNull(),
    wettelijkeTermijn: dag("wettelijke_termijn").notNull(),
    uitvoeringTermijn: dag("uitvoering_termijn"),
    /**
     * Partial erasure (details.omvang = "deel"): the dossier items staff matched to what the client
     * asked for (docs/decisions/022). null = not chosen yet; a full erasure ignores it.
     */
    verwijderSelectie: uuid("verwijder_selectie").array().$type<string[]>(),
    gepauzeerdeDagen: integer("gepauzeerde_dagen").notNull().default(0),
    verlengd: boolean("verlengd").notNull().default(false),
    verlengingReden: text("verlenging_reden"),
    besluitOp: dag("besluit_op"),
    afgerondOp: ts("afgerond_op"),
    /**
     * Set when the request's own term ended (app/domain/vernietiging.ts `verzoekTermijnEinde`): its
     * messages, letters, packages and e-mails are gone and the row keeps only what accountability
     * needs (number, type, dates, outcome; AVG art. 5 lid 2; docs/decisions/031).
     */
    opgeschoondOp: ts("opgeschoond_op"),
    behandelaarId: uuid("behandelaar_id").references(() => medewerkers.id),
    /** Optimistic locking (docs/decisions/007-optimistische-vergrendeling.md). */
    versie: integer("versie").notNull().default(1),
    /** Idempotency of submission: a double click or refresh never makes two requests. */
    idempotentieSleutel: text("idempotentie_sleutel"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    bijgewerktOp: ts("bijgewerkt_op").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("verzoeken_nummer_uq").on(t.nummer),
    uniqueIndex("verzoeken_idempotentie_uq").on(t.idempotentieSleutel),
    // The queue (app/services/wachtrij.server.ts): open requests by the earliest target, then the
    // legal limit, then id; keyset pagination walks the first three columns. status, type and
    // behandelaar_id ride along so the counts per status and the dashboard read only the index.
    // The predicate must stay the same as in the queries, or the planner cannot use these partial indexes.
    index("verzoeken_wachtrij_idx")
      .on(t.doelTermijn, t.wettelijkeTermijn, t.id, t.status, t.type, t.behandelaarId)
      .where(sql`${t.status} not in ('afgerond', 'ingetrokken')`),
    // "Mijn werk": one assignee's open requests in queue order.
    index("verzoeken_wachtrij_behandelaar_idx")
      .on(t.behandelaarId, t.doelTermijn, t.wettelijkeTermijn, t.id)
      .where(sql`${t.status} not in ('afgerond', 'ingetrokken')`),
    // Queue search on a request number's beginning ("avg-2026-0001"): a prefix LIKE on lower(nummer).
    // (Search on part of a name uses a trigram index where pg_trgm exists: migration 0005.)
    index("verzoeken_wachtrij_nummer_idx")
      .on(sql`lower(${t.nummer}) text_pattern_ops`)
      .where(sql`${t.status} not in ('afgerond', 'ingetrokken')`),
    // Dashboard: requests closed in the last 12 months and their legal limit (on-time rate).
    index("verzoeken_afgerond_idx")
      .on(t.afgerondOp, t.wettelijkeTermijn)
      .where(sql`${t.status} = 'afgerond'`),
    index("verzoeken_status_idx").on(t.status),
    index("verzoeken_client_idx").on(t.clientId),
    index("verzoeken_account_idx").on(t.ingediendDoorAccountId),
    // Requests registered by hand, waiting for their filer's first code sign-in (decision 014).
    index("verzoeken_ongekoppeld_email_idx")
      .on(sql`lower(trim(${t.indiener} ->> 'email'))`)
      .where(sql`${t.ingediendDoorAccountId} is null`),
  ],
);

/** The timeline of a request, in plain words for the client where `zichtbaarVoorClient`. */
export const verzoekGebeurtenissen = pgTable(
  "verzoek_gebeurtenissen",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    soort: text("soort").notNull(),
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull().default({}),
    zichtbaarVoorClient: boolean("zichtbaar_voor_client").notNull().default(true),
    actorSoort: text("actor_soort").notNull(),
    actorId: text("actor_id"),
    op: ts("op").notNull().defaultNow(),
  },
  (t) => [index("verzoek_gebeurtenissen_verzoek_idx").on(t.verzoekId, t.id)],
);

/** Clock pauses (EDPB 01/2022 r.o. 159): from the question to the client until the answer. */
export const klokpauzes = pgTable(
  "klokpauzes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    van: dag("van").notNull(),
    tot: dag("tot"),
    reden: text("reden").notNull(),
    aangemaaktDoor: uuid("aangemaakt_door").references(() => medewerkers.id),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [index("klokpauzes_verzoek_idx").on(t.verzoekId)],
);

// ---------------------------------------------------------------- e-mail outbox
/** Every e-mail is rendered and stored here in the transaction that causes it; a job delivers it. */
export const uitgaandeMail = pgTable(
  "uitgaande_mail",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    aan: text("aan").notNull(),
    onderwerp: text("onderwerp").notNull(),
    html: text("html").notNull(),
    tekst: text("tekst").notNull(),
    sjabloon: text("sjabloon").notNull(),
    taal: text("taal").notNull().default("nl"),
    verzoekId: uuid("verzoek_id").references(() => verzoeken.id, { onDelete: "set null" }),
    /** wachtend | verzonden | mislukt */
    status: text("status").notNull().default("wachtend"),
    pogingen: integer("pogingen").notNull().default(0),
    volgendePoging: ts("volgende_poging").notNull().defaultNow(),
    laatsteFout: text("laatste_fout"),
    /** Makes a job's e-mail idempotent: the same event never queues the same mail twice. */
    dedupSleutel: text("dedup_sleutel"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    verzondenOp: ts("verzonden_op"),
  },
  (t) => [
    uniqueIndex("uitgaande_mail_dedup_uq").on(t.dedupSleutel),
    index("uitgaande_mail_wachtend_idx")
      .on(t.volgendePoging)
      .where(sql`${t.status} = 'wachtend'`),
  ],
);

// ---------------------------------------------------------------- audit (NEN 7513)
/**
 * Append-only, hash-chained access and change log. UPDATE, DELETE and TRUNCATE are refused by
 * triggers (migration 0001). `hash` = HMAC-SHA256 (hashVersie 2) or, in rows from before the audit
 * key, plain SHA-256 (hashVersie 1) over `vorigeHash` and the canonical row (app/services/audit.server.ts,
 * docs/decisions/019).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    op: ts("op").notNull(),
    /** client | medewerker | ontvanger | systeem */
    actorSoort: text("actor_soort").notNull(),
    actorId: text("actor_id"),
    /** The role the actor acted in (backoffice, directie, beheerder, betrokkene, vertegenwoordiger). */
    rol: text("rol"),
    /** The user on whose behalf they acted (NEN 7513). */
    namens: text("namens"),
    actie: text("actie").notNull(),
    clientId: uuid("client_id"),
    verzoekId: uuid("verzoek_id"),
    /** Which part of the dossier (a category, a table, a field). */
    onderdeel: text("onderdeel"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    vorigeHash: text("vorige_hash").notNull(),
    hash: text("hash").notNull(),
    /** 1 = SHA-256 (rows written before the audit key), 2 = HMAC-SHA256 with the audit key. */
    hashVersie: smallint("hash_versie").notNull().default(1),
  },
  (t) => [index("audit_log_client_idx").on(t.clientId, t.id), index("audit_log_verzoek_idx").on(t.verzoekId, t.id)],
);

// ---------------------------------------------------------------- one-time e-mail codes
/** 6-digit codes proving control of an e-mail address: stored hashed, 10 minutes, at most 5 tries. */
export const emailCodes = pgTable(
  "email_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    /** verzoek (before submitting), inloggen (client sign-in), ontvanger (receiving provider) */
    doel: text("doel").notNull(),
    codeHash: text("code_hash").notNull(),
    pogingen: integer("pogingen").notNull().default(0),
    verlooptOp: ts("verloopt_op").notNull(),
    verbruiktOp: ts("verbruikt_op"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [index("email_codes_email_idx").on(sql`lower(${t.email})`, t.doel, t.aangemaaktOp)],
);

// ---------------------------------------------------------------- WebAuthn challenges
/** Server-side WebAuthn challenges (never trusted from the client); single use, short-lived. */
export const webauthnUitdagingen = pgTable("webauthn_uitdagingen", {
  id: uuid("id").primaryKey().defaultRandom(),
  uitdaging: text("uitdaging").notNull(),
  /** registratie | inloggen | ondertekenen */
  doel: text("doel").notNull(),
  accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
  medewerkerId: uuid("medewerker_id").references(() => medewerkers.id, { onDelete: "cascade" }),
  /** What a signing challenge is bound to (e.g. the decision id and its document hash). */
  context: jsonb("context").$type<Record<string, unknown>>().notNull().default({}),
  verlooptOp: ts("verloopt_op").notNull(),
  gebruiktOp: ts("gebruikt_op"),
  aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
});

// ---------------------------------------------------------------- messages
/** The message thread of a request between client and organisation, plus staff-only notes. */
export const berichten = pgTable(
  "berichten",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    /** client | organisatie */
    van: text("van").notNull(),
    auteurAccountId: uuid("auteur_account_id").references(() => accounts.id),
    auteurMedewerkerId: uuid("auteur_medewerker_id").references(() => medewerkers.id),
    tekst: text("tekst").notNull(),
    /** An internal note: never shown to the client. */
    intern: boolean("intern").notNull().default(false),
    /** This message asks the client for information and pauses the clock (klokpauzes row). */
    pauzeertKlok: boolean("pauzeert_klok").notNull().default(false),
    gelezenOp: ts("gelezen_op"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [index("berichten_verzoek_idx").on(t.verzoekId, t.aangemaaktOp)],
);

// ---------------------------------------------------------------- attachments from the client
/**
 * A file the client or representative sent with a message, or as the proof of authority the
 * practice asked for (docs/decisions/032). Checked like every file (decision 028) and stored
 * encrypted with its own key; part of the client's dossier for inzage once the request is linked.
 */
export const bijlagen = pgTable(
  "bijlagen",
  {
    /** Also the storage id: bestanden/<id>.enc. */
    id: uuid("id").primaryKey(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    /** The message it was sent with; null for a proof of authority sent on its own. */
    berichtId: uuid("bericht_id").references(() => berichten.id, { onDelete: "cascade" }),
    /** bericht | vertegenwoordiging */
    doel: text("doel").notNull(),
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "set null" }),
    opslagSleutel: text("opslag_sleutel").notNull(),
    /** The file's own AES-256 key; destroying it makes the stored bytes unreadable. */
    bestandSleutel: bytea("bestand_sleutel"),
    bestandsnaam: text("bestandsnaam").notNull(),
    mimeType: text("mime_type").notNull(),
    grootte: bigint("grootte", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [index("bijlagen_verzoek_idx").on(t.verzoekId, t.aangemaaktOp)],
);

// ---------------------------------------------------------------- staff invitations
/** One-time invitation to register a staff passkey (valid 72 hours; only the token's hash is kept). */
export const medewerkerUitnodigingen = pgTable(
  "medewerker_uitnodigingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    medewerkerId: uuid("medewerker_id")
      .notNull()
      .references(() => medewerkers.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    verlooptOp: ts("verloopt_op").notNull(),
    gebruiktOp: ts("gebruikt_op"),
    aangemaaktDoor: uuid("aangemaakt_door").references(() => medewerkers.id),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("medewerker_uitnodigingen_token_uq").on(t.tokenHash)],
);

// ---------------------------------------------------------------- identity evidence
/**
 * Evidence of identity and representation (docs/recht.md "Identiteit"): how, when and by whom it was
 * established. For a legitimation check only the document type and the last four characters of its
 * number are kept: never a copy of the document, never a BSN.
 */
export const identiteitscontroles = pgTable(
  "identiteitscontroles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    /** email_code | passkey | legitimatie | vertegenwoordiging */
    soort: text("soort").notNull(),
    /** Whose identity: indiener (the filer) or betrokkene (the person concerned). */
    betreft: text("betreft").notNull().default("indiener"),
    /** persoonlijk | video (legitimatie) */
    wijze: text("wijze"),
    /** paspoort | identiteitskaart | rijbewijs | verblijfsdocument */
    documentType: text("document_type"),
    laatsteVier: text("laatste_vier"),
    /** Representation: machtiging | gezagsregister | rechterlijke_uitspraak (app/domain/identiteit.ts). */
    bewijsSoort: text("bewijs_soort"),
    /** What was seen for a representation (e.g. "uittreksel gezagsregister d.d. …"). */
    toelichting: text("toelichting").notNull().default(""),
    /** The proof the representative sent through the portal that this check was done with (docs/decisions/032). */
    bijlageId: uuid("bijlage_id").references((): AnyPgColumn => bijlagen.id, { onDelete: "set null" }),
    gecontroleerdDoor: uuid("gecontroleerd_door").references(() => medewerkers.id),
    op: ts("op").notNull().defaultNow(),
  },
  (t) => [index("identiteitscontroles_verzoek_idx").on(t.verzoekId)],
);

// ---------------------------------------------------------------- decisions
/**
 * A decision on a request, drafted by staff. Refusals, partial refusals, extensions and "manifestly
 * unfounded" need a director's signature (docs/recht.md "Ondertekening"): a WebAuthn assertion over the
 * SHA-256 of the canonical decision document; the drafter cannot sign (four eyes).
 */
export const besluiten = pgTable(
  "besluiten",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    /** toewijzing | gedeeltelijke_afwijzing | afwijzing | verlenging | kennelijk_ongegrond */
    soort: text("soort").notNull(),
    /** Refusal grounds (app/domain/request-state.ts WEIGERINGSGRONDEN). */
    gronden: text("gronden").array().$type<string[]>().notNull().default([]),
    motivering: text("motivering").notNull().default(""),
    /** concept | ter_ondertekening | teruggestuurd | ondertekend | verzonden | vervallen */
    status: text("status").notNull().default("concept"),
    opstellerId: uuid("opsteller_id")
      .notNull()
      .references(() => medewerkers.id),
    /** The exact letter the client receives (canonical document), and its SHA-256. */
    document: jsonb("document").$type<Record<string, unknown>>(),
    documentHash: text("document_hash"),
    ondertekendDoor: uuid("ondertekend_door").references(() => medewerkers.id),
    ondertekendOp: ts("ondertekend_op"),
    /** The stored WebAuthn assertion: credential id, authenticatorData, clientDataJSON, signature. */
    handtekening: jsonb("handtekening").$type<Record<string, unknown>>(),
    terugstuurOpmerking: text("terugstuur_opmerking"),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
    bijgewerktOp: ts("bijgewerkt_op").notNull().defaultNow(),
  },
  (t) => [index("besluiten_verzoek_idx").on(t.verzoekId), index("besluiten_status_idx").on(t.status)],
);

// ---------------------------------------------------------------- fulfilment: packages
/**
 * An export package (inzage copy or portability): a ZIP on the storage, encrypted at rest with
 * AES-256-GCM under a key per package kept here, apart from the file. Deleting the key on expiry
 * makes the file unreadable.
 */
export const pakketten = pgTable(
  "pakketten",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    /** inzage | dataportabiliteit */
    soort: text("soort").notNull(),
    /** Storage key of the encrypted file. */
    opslagSleutel: text("opslag_sleutel").notNull(),
    /** The data key (32 bytes), null once destroyed. */
    sleutel: bytea("sleutel"),
    grootte: bigint("grootte", { mode: "number" }),
    /** SHA-256 of the plain ZIP. */
    sha256: text("sha256"),
    /** klaar | vervallen */
    status: text("status").notNull().default("klaar"),
    maxDownloads: integer("max_downloads").notNull().default(5),
    aantalDownloads: integer("aantal_downloads").notNull().default(0),
    verlooptOp: ts("verloopt_op").notNull(),
    sleutelVernietigdOp: ts("sleutel_vernietigd_op"),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [index("pakketten_verzoek_idx").on(t.verzoekId)],
);

/** Every download of a package (shown to the client). */
export const pakketDownloads = pgTable(
  "pakket_downloads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pakketId: uuid("pakket_id")
      .notNull()
      .references(() => pakketten.id, { onDelete: "cascade" }),
    /** client | ontvanger */
    door: text("door").notNull(),
    omschrijving: text("omschrijving").notNull().default(""),
    op: ts("op").notNull().defaultNow(),
  },
  (t) => [index("pakket_downloads_pakket_idx").on(t.pakketId)],
);

/** Direct delivery to a receiving care provider (AVG art. 20 lid 2): a link with a token and a code. */
export const ontvangerToegang = pgTable(
  "ontvanger_toegang",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pakketId: uuid("pakket_id")
      .notNull()
      .references(() => pakketten.id, { onDelete: "cascade" }),
    naam: text("naam").notNull(),
    email: text("email").notNull(),
    agbCode: text("agb_code"),
    /** SHA-256 of the high-entropy link token; the token itself is only in the e-mail. */
    tokenHash: text("token_hash").notNull(),
    verlooptOp: ts("verloopt_op").notNull(),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ontvanger_toegang_token_uq").on(t.tokenHash)],
);

// ---------------------------------------------------------------- fulfilment: dossier changes
/** Art. 19 AVG: each recipient of earlier disclosures is told of a correction, erasure or restriction, once. */
export const ontvangerMeldingen = pgTable(
  "ontvanger_meldingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    verstrekkingId: uuid("verstrekking_id").references(() => verstrekkingen.id, { onDelete: "set null" }),
    ontvanger: text("ontvanger").notNull(),
    /** correctie | verwijdering | afscherming */
    soort: text("soort").notNull(),
    /** The categories this recipient received that the change concerns: what it was told (AVG art. 19). */
    categorieen: text("categorieen").array().$type<string[]>().notNull().default([]),
    mailId: uuid("mail_id"),
    op: ts("op").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ontvanger_meldingen_uq").on(t.verzoekId, t.ontvanger, t.soort)],
);

/** An upheld objection (AVG art. 21): this processing stops for this client from a date. */
export const verwerkingStops = pgTable(
  "verwerking_stops",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clienten.id, { onDelete: "cascade" }),
    verwerkingSleutel: text("verwerking_sleutel").notNull(),
    vanaf: dag("vanaf").notNull(),
    verzoekId: uuid("verzoek_id").references(() => verzoeken.id, { onDelete: "set null" }),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("verwerking_stops_uq").on(t.clientId, t.verwerkingSleutel)],
);

// ---------------------------------------------------------------- fulfilment: withholding (inzage)
/**
 * Part of an inzage answer that staff withhold (AVG art. 15 lid 4, art. 23; Wgbo art. 7:457):
 * a whole dossier entry (veld null) or one field of it. Any withholding turns the decision into a
 * gedeeltelijke afwijzing that the directie signs before a package is made.
 */
export const inzageAchterhoudingen = pgTable(
  "inzage_achterhoudingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    dossierItemId: uuid("dossier_item_id")
      .notNull()
      .references(() => dossierItems.id, { onDelete: "cascade" }),
    /** null: the whole entry; otherwise the key in dossier_items.inhoud. */
    veld: text("veld"),
    /** A refusal ground (app/domain/request-state.ts WEIGERINGSGRONDEN). */
    grond: text("grond").notNull(),
    toelichting: text("toelichting").notNull(),
    medewerkerId: uuid("medewerker_id")
      .notNull()
      .references(() => medewerkers.id),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [
    index("inzage_achterhoudingen_verzoek_idx").on(t.verzoekId),
    uniqueIndex("inzage_achterhoudingen_uq").on(t.verzoekId, t.dossierItemId, sql`coalesce(${t.veld}, '')`),
  ],
);

// ---------------------------------------------------------------- fulfilment: erasure exceptions
/**
 * Part of a dossier that staff keep against an erasure request, per category, on a ground of the
 * law with a motivation (WGBO art. 7:455 lid 2; AVG art. 17 lid 3 sub b, e). Any kept part makes
 * the decision a gedeeltelijke afwijzing that the directie signs (docs/decisions/022).
 */
export const bewaarUitzonderingen = pgTable(
  "bewaar_uitzonderingen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verzoekId: uuid("verzoek_id")
      .notNull()
      .references(() => verzoeken.id, { onDelete: "cascade" }),
    /** personalia | contact | zorg | financieel | documenten */
    categorie: text("categorie").notNull(),
    /** app/domain/bewaring.ts VERWIJDER_GRONDEN */
    grond: text("grond").notNull(),
    motivering: text("motivering").notNull(),
    medewerkerId: uuid("medewerker_id")
      .notNull()
      .references(() => medewerkers.id),
    aangemaaktOp: ts("aangemaakt_op").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("bewaar_uitzonderingen_uq").on(t.verzoekId, t.categorie)],
);

// ---------------------------------------------------------------- fulfilment: erasure tombstones
/**
 * What an erasure removed that came from the practice's own system (extern_id): a re-import of an
 * older export must not bring it back (AVG art. 17). Holds no content, only the id and when.
 */
export const gewisteExterneIds = pgTable(
  "gewiste_externe_ids",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clienten.id, { onDelete: "cascade" }),
    /** dossier_items | relaties | toestemmingen | verstrekkingen */
    tabel: text("tabel").notNull(),
    externId: text("extern_id").notNull(),
    verzoekId: uuid("verzoek_id").references(() => verzoeken.id, { onDelete: "set null" }),
    gewistOp: ts("gewist_op").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("gewiste_externe_ids_uq").on(t.clientId, t.tabel, t.externId)],
);

// ---------------------------------------------------------------- per-IP rate limit
/**
 * Counters of the per-IP limit on public POSTs (app/server/snelheidslimiet.server.ts,
 * docs/decisions/017), shared by every web process. The property names are the ones
 * rate-limiter-flexible's RateLimiterDrizzle reads (key, points, expire). The key holds a hash of
 * the address, not the address; rows are deleted a few minutes after they expire.
 */
export const ipTellers = pgTable(
  "ip_tellers",
  {
    key: text("sleutel").primaryKey(),
    points: integer("punten").notNull(),
    expire: ts("verloopt_op"),
  },
  (t) => [index("ip_tellers_verloopt_op_idx").on(t.expire)],
);
