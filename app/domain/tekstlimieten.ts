/**
 * One limit per kind of free text, the same in the request wizard, in messages and in the reason
 * for withdrawing; the form shows it (hint and maxlength) and the server enforces it. Counted in
 * characters after line endings are normalised (a browser counts a textarea's CRLF as one).
 */
export const TEKSTLIMIET = {
  /** A person's name (the person concerned, the representative). */
  naam: 200,
  /** A short free text on one line (which data, which period, the provider's name). */
  kort: 200,
  /** A long free text: every textarea of the wizard, a message, a reason. */
  lang: 5000,
} as const;
export type Tekstsoort = keyof typeof TEKSTLIMIET;

/** CRLF (and a lone CR) becomes LF, as the browser counts it for maxlength. */
export function normaliseerRegeleinden(tekst: string): string {
  return tekst.replace(/\r\n?/g, "\n");
}
