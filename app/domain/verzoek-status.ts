/**
 * The words of a request's life that people read: its statuses and their labels, why a request may
 * be closed without a decision, and the kinds of decision (docs/recht.md "Besluiten"). Pure and small,
 * so the client's pages can show them without the state machine (`request-state.ts`, which
 * re-exports all of this for the server).
 */
/** A text shown to people, in Dutch (B1) and English. */
export type Tekst = { nl: string; en: string };

/** A reason given to a person or a program: stable `code`, readable Dutch and English text. */
export type Reason = { code: string } & Tekst;

// ---------------------------------------------------------------------------
// Statuses
// ---------------------------------------------------------------------------

export const VERZOEK_STATUSSEN = [
  "ontvangen", // received, nobody has picked it up
  "in_behandeling", // backoffice is working on it
  "wacht_op_client", // clock paused: waiting for the client's answer (EDPB 01/2022 para 159)
  "wacht_op_directie", // a draft refusal, partial refusal, extension or 'kennelijk ongegrond' awaits signature
  "in_uitvoering", // decided (granted or partly granted), being carried out
  "afgerond", // done: carried out, signed refusal sent, or closed without decision
  "ingetrokken", // withdrawn by the client
] as const;

export type VerzoekStatus = (typeof VERZOEK_STATUSSEN)[number];

/** Statuses in which the request still needs work (and the client may still withdraw it). */
export const OPEN_STATUSSEN = [
  "ontvangen",
  "in_behandeling",
  "wacht_op_client",
  "wacht_op_directie",
  "in_uitvoering",
] as const satisfies readonly VerzoekStatus[];

export type OpenVerzoekStatus = (typeof OPEN_STATUSSEN)[number];

export function isVerzoekStatus(value: unknown): value is VerzoekStatus {
  return typeof value === "string" && (VERZOEK_STATUSSEN as readonly string[]).includes(value);
}

export function isOpen(status: VerzoekStatus): status is OpenVerzoekStatus {
  return (OPEN_STATUSSEN as readonly string[]).includes(status);
}

/**
 * What each status means, for the client (plain language, "u"-form) and for staff (short).
 * The client label of `wacht_op_directie` deliberately does not say whether a refusal is coming.
 */
export const STATUS_LABELS: Record<VerzoekStatus, { client: Tekst; staff: Tekst }> = {
  ontvangen: {
    client: {
      nl: "Wij hebben uw verzoek ontvangen. Wij gaan er snel mee aan de slag.",
      en: "We have received your request. We will start on it soon.",
    },
    staff: { nl: "Nieuw, nog niet opgepakt", en: "New, not yet picked up" },
  },
  in_behandeling: {
    client: {
      nl: "Wij werken aan uw verzoek.",
      en: "We are working on your request.",
    },
    staff: { nl: "In behandeling", en: "Being handled" },
  },
  wacht_op_client: {
    client: {
      nl: "Wij wachten op uw antwoord. De termijn staat stil.",
      en: "We are waiting for your answer. The time limit is paused.",
    },
    staff: {
      nl: "Wacht op cliënt (termijn staat stil)",
      en: "Waiting for the client (clock paused)",
    },
  },
  wacht_op_directie: {
    client: {
      nl: "Wij werken aan uw verzoek. De directie bekijkt het besluit.",
      en: "We are working on your request. The management is reviewing the decision.",
    },
    staff: {
      nl: "Wacht op ondertekening door de directie",
      en: "Awaiting the director's signature",
    },
  },
  in_uitvoering: {
    client: {
      nl: "Wij hebben een besluit genomen. Wij voeren het nu uit.",
      en: "We have made a decision. We are carrying it out now.",
    },
    staff: { nl: "Besloten, in uitvoering", en: "Decided, being carried out" },
  },
  afgerond: {
    client: {
      nl: "Uw verzoek is afgerond. In uw berichten leest u wat wij hebben gedaan.",
      en: "Your request is complete. Your messages tell you what we did.",
    },
    staff: { nl: "Afgerond", en: "Closed" },
  },
  ingetrokken: {
    client: {
      nl: "U heeft uw verzoek ingetrokken. Wij doen er niets meer mee.",
      en: "You withdrew your request. We will take no further action.",
    },
    staff: { nl: "Ingetrokken door de cliënt", en: "Withdrawn by the client" },
  },
};

/** Why a request may be closed without a decision; `nl`/`en` is what the client reads. */
export const SLUIT_REDENEN = ["dubbel_verzoek", "geen_avg_verzoek", "per_ongeluk_aangemaakt"] as const;
export type SluitReden = (typeof SLUIT_REDENEN)[number];

export const SLUIT_REDEN_TEKST: Record<SluitReden, Tekst> = {
  dubbel_verzoek: {
    nl: "U heeft hetzelfde verzoek al eerder gedaan. Wij behandelen dat andere verzoek.",
    en: "You already made the same request. We are handling that other request.",
  },
  geen_avg_verzoek: {
    nl: "Uw bericht gaat niet over uw rechten op uw gegevens. Wij behandelen het op een andere manier, bijvoorbeeld als vraag of klacht.",
    en: "Your message is not about your rights to your data. We will handle it in another way, for example as a question or a complaint.",
  },
  per_ongeluk_aangemaakt: {
    nl: "Dit verzoek is per ongeluk aangemaakt. U hoeft niets te doen.",
    en: "This request was created by mistake. You do not need to do anything.",
  },
};

export function isSluitReden(value: unknown): value is SluitReden {
  return typeof value === "string" && (SLUIT_REDENEN as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------

export const BESLUIT_SOORTEN = [
  "toewijzing",
  "gedeeltelijke_afwijzing",
  "afwijzing",
  "verlenging",
  "kennelijk_ongegrond",
] as const;

export type BesluitSoort = (typeof BESLUIT_SOORTEN)[number];

export function isBesluitSoort(value: unknown): value is BesluitSoort {
  return typeof value === "string" && (BESLUIT_SOORTEN as readonly string[]).includes(value);
}
