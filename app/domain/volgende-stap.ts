import type { VerzoekStatus } from "./request-state";

/**
 * The natural order of handling one request, as the backoffice request page leads with it:
 * 1 identity and authority (AVG art. 12 lid 6) → 2 link the client's dossier → 3 decide → 4 carry out.
 * Pure: no db, no Remix.
 */
export const BEHANDEL_VOLGORDE = ["identiteit", "koppelen", "besluiten", "uitvoeren"] as const;
export type VolgordeStap = (typeof BEHANDEL_VOLGORDE)[number];

/**
 * What the page puts first:
 * - "oppakken": nobody (or someone else) handles it; take it first;
 * - a step of BEHANDEL_VOLGORDE;
 * - "wacht_op_client": the clock stands still until the client answers;
 * - "wacht_op_directie": a draft awaits the directie's signature;
 * - null: closed, nothing left to do.
 */
export type VolgendeStap = "oppakken" | VolgordeStap | "wacht_op_client" | "wacht_op_directie" | null;

export type VolgordeSituatie = {
  status: VerzoekStatus;
  /** The signed-in staff member handles this request. */
  ikBenBehandelaar: boolean;
  /** Identity (and a representative's authority) not yet confirmed enough to grant. */
  identiteitOntbreekt: boolean;
  /** Linked to a client's dossier. */
  gekoppeld: boolean;
};

export function volgendeStap(s: VolgordeSituatie): VolgendeStap {
  switch (s.status) {
    case "afgerond":
    case "ingetrokken":
      return null;
    case "wacht_op_directie":
      return "wacht_op_directie";
    case "in_uitvoering":
      return "uitvoeren";
    case "wacht_op_client":
      return "wacht_op_client";
    case "ontvangen":
      return "oppakken";
    case "in_behandeling":
      if (!s.ikBenBehandelaar) return "oppakken";
      if (s.identiteitOntbreekt) return "identiteit";
      if (!s.gekoppeld) return "koppelen";
      return "besluiten";
  }
}

/** Per step of BEHANDEL_VOLGORDE: done, now, or still to come (for the numbered list on the page). */
export function volgordeStand(s: VolgordeSituatie): Record<VolgordeStap, "klaar" | "nu" | "straks"> {
  const klaar: Record<VolgordeStap, boolean> = {
    identiteit: !s.identiteitOntbreekt,
    koppelen: s.gekoppeld,
    besluiten: s.status === "in_uitvoering" || s.status === "afgerond",
    uitvoeren: s.status === "afgerond",
  };
  const nu = BEHANDEL_VOLGORDE.find((stap) => !klaar[stap]);
  return Object.fromEntries(
    BEHANDEL_VOLGORDE.map((stap) => [stap, klaar[stap] ? "klaar" : stap === nu ? "nu" : "straks"]),
  ) as Record<VolgordeStap, "klaar" | "nu" | "straks">;
}

/**
 * Granting needs a linked client dossier: without one there is nothing to carry out or to put in a
 * package (AVG art. 15, 16, 17, 18 and 20 act on the data the practice holds about this person).
 * Returns the refusal code, or null when granting may go on.
 */
export function dossierBlokkade(clientId: string | null): "geen_dossier" | null {
  return clientId ? null : "geen_dossier";
}

export const GEEN_DOSSIER_TEKST =
  "Inwilligen kan nog niet: het verzoek is nog niet gekoppeld aan een cliëntdossier. Zonder dossier valt er niets uit te voeren of in een pakket te zetten. Koppel eerst het dossier van de cliënt. Vindt u geen dossier? Stel de indiener een vraag, of overleg met de directie.";
