/**
 * A rule of the domain was broken by the input: a malformed date, an unknown request type,
 * an impossible period, a transition that does not exist. `code` is stable for programs, tests and
 * the texts (app/i18n/berichten.ts, looked up at the edge: app/http/fouten.server.ts); `veld` the
 * form field it belongs to (if any); `parameters` what a text may need to say (a limit, a date).
 * The message is the Dutch text for logs and tests, never shown raw (docs/decisions/027).
 */
export class DomainError extends Error {
  override readonly name: string = "DomainError";
  constructor(
    readonly code: string,
    message: string,
    readonly veld?: string,
    readonly parameters?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}
