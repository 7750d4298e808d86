/**
 * Who may do what: the one table of staff permissions (docs/decisions/027). A permission is named
 * for what it allows; the roles that hold it are listed here and nowhere else. Services check it
 * inside their transaction (app/services/bevoegdheid.server.ts `vereisBevoegdheid`), the routes at
 * the edge (app/http/sessie.server.ts `vereisMedewerker`), the menus and buttons with `mag`.
 * Clients are not in this table: what a client may see follows from who filed for whom
 * (app/domain/eligibility.ts). Pure.
 */
import { DomainError } from "./errors";

/** The staff roles (db/schema.ts stores them on the staff member). */
export const ROLLEN = ["backoffice", "directie", "beheerder"] as const;
export type Rol = (typeof ROLLEN)[number];

export const BEVOEGDHEDEN = {
  /** Open, claim and handle a request: checks, questions, notes, draft decisions, documents,
   *  the package, carrying out a grant, registering a request on paper; the queue. */
  "verzoek.behandelen": ["backoffice", "directie"],
  /** Propose withholding parts of a copy (art. 15 lid 4 AVG); the directie decides on it. */
  "achterhouding.voorstellen": ["backoffice"],
  /** Sign a decision or send the draft back (four eyes, docs/decisions/008). */
  "besluit.ondertekenen": ["directie"],
  /** See restricted (art. 18 AVG) data and lift the restriction. */
  "afscherming.opheffen": ["directie"],
  /** Verify the audit chain of a request. */
  "audit.controleren": ["directie"],
  /** Record and lift an open complaint or calamity, or a legal claim, that holds a client's data
   *  from destruction (AVG art. 17 lid 3 sub e; docs/decisions/036). */
  "bewaring.vasthouden": ["directie"],
  /** Organisation, regulation, retention periods, processing register, settings history. */
  "beheer.instellingen": ["beheerder"],
  /** Invite staff, change roles, deactivate. */
  "beheer.medewerkers": ["beheerder"],
  /** Import clients and their files. */
  "beheer.importeren": ["beheerder"],
  /** Receive the daily digest of requests whose target or legal limit is near or passed
   *  (app/services/herinneringen.server.ts `stuurDagoverzicht`). */
  "dagoverzicht.ontvangen": ["backoffice"],
  /** Receive the escalation when the legal limit (art. 12 lid 3 AVG) is 2 working days away or
   *  has passed (app/services/herinneringen.server.ts `escaleer`). */
  "escalatie.ontvangen": ["directie"],
} as const satisfies Record<string, readonly Rol[]>;

export type Bevoegdheid = keyof typeof BEVOEGDHEDEN;

export function isBevoegdheid(value: unknown): value is Bevoegdheid {
  return typeof value === "string" && Object.hasOwn(BEVOEGDHEDEN, value);
}

/** May someone with these roles do this? Unknown roles count for nothing. */
export function mag(rollen: readonly string[] | null | undefined, bevoegdheid: Bevoegdheid): boolean {
  if (!Array.isArray(rollen)) return false;
  const toegestaan: readonly string[] = BEVOEGDHEDEN[bevoegdheid];
  return rollen.some((rol) => toegestaan.includes(rol));
}

/** The roles that hold this permission: for a query over staff ("who receives this"). */
export function rollenMet(bevoegdheid: Bevoegdheid): Rol[] {
  return [...BEVOEGDHEDEN[bevoegdheid]];
}

/** Every permission these roles hold, in the table's order (for menus and tests). */
export function bevoegdhedenVan(rollen: readonly string[] | null | undefined): Bevoegdheid[] {
  return (Object.keys(BEVOEGDHEDEN) as Bevoegdheid[]).filter((b) => mag(rollen, b));
}

/**
 * The staff member may not do this (or is no longer active): code "geen_toegang", 403 at the edge.
 * The permission is a parameter: the text that says who may is looked up by it
 * (app/i18n/berichten.ts `toegang.geenBevoegdheid`); the message is for logs and tests only.
 */
export class GeenBevoegdheid extends DomainError {
  override readonly name = "GeenBevoegdheid";
  constructor(readonly bevoegdheid: Bevoegdheid) {
    super("geen_toegang", `Geen bevoegdheid: ${bevoegdheid}.`, undefined, { bevoegdheid });
  }
}

/** Throws GeenBevoegdheid unless these roles hold the permission. */
export function vereisMag(rollen: readonly string[] | null | undefined, bevoegdheid: Bevoegdheid): void {
  if (!mag(rollen, bevoegdheid)) throw new GeenBevoegdheid(bevoegdheid);
}
