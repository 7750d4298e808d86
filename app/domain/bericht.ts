import { DomainError } from "./errors";
import { normaliseerRegeleinden, TEKSTLIMIET } from "./tekstlimieten";

/**
 * Messages between a client and the organisation about one request, and the client's reason for
 * withdrawing. Pure: the limits and the normalisation both the browser form and the services use.
 */

/** Longest message, in characters (after line endings are normalised). */
export const BERICHT_MAX_TEKENS = TEKSTLIMIET.lang;
/** Longest optional reason for withdrawing a request (a long free text, like a message). */
export const INTREKREDEN_MAX_TEKENS = TEKSTLIMIET.lang;

/**
 * A browser submits a textarea with CRLF line endings but counts its length with LF: normalise
 * first, so a message the form accepted is never refused by the server for its newlines.
 */
export function normaliseerTekst(tekst: string): string {
  return normaliseerRegeleinden(tekst).trim();
}

/**
 * The text of a message, normalised; throws DomainError "bericht_leeg" (nothing but spaces) or
 * "bericht_te_lang" (more than BERICHT_MAX_TEKENS characters).
 */
export function controleerBerichttekst(tekst: unknown): string {
  const schoon = typeof tekst === "string" ? normaliseerTekst(tekst) : "";
  if (schoon.length === 0) {
    throw new DomainError("bericht_leeg", "Schrijf een bericht. Het bericht is nu leeg.");
  }
  if (schoon.length > BERICHT_MAX_TEKENS) {
    throw new DomainError(
      "bericht_te_lang",
      `Uw bericht is te lang: ${schoon.length} tekens. Het mag ten hoogste ${BERICHT_MAX_TEKENS} tekens zijn.`,
    );
  }
  return schoon;
}

/** The optional reason for withdrawing: empty becomes null; throws "reden_te_lang" when too long. */
export function controleerIntrekreden(reden: unknown): string | null {
  const schoon = typeof reden === "string" ? normaliseerTekst(reden) : "";
  if (schoon.length === 0) return null;
  if (schoon.length > INTREKREDEN_MAX_TEKENS) {
    throw new DomainError(
      "reden_te_lang",
      `Uw reden is te lang: ${schoon.length} tekens. Gebruik ten hoogste ${INTREKREDEN_MAX_TEKENS} tekens.`,
    );
  }
  return schoon;
}
