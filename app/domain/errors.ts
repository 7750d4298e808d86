/**
 * A rule of the domain was broken by the input: a malformed date, an unknown request type,
 * an impossible period, a transition that does not exist. The message is readable by a person
 * (Dutch); `code` is stable for programs and tests.
 */
export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
