/** The user closed or cancelled the browser's passkey dialog (not a failure of ours). */
export function isAfgebroken(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  return error.name === "NotAllowedError" || error.name === "AbortError" || code === "ERROR_CEREMONY_ABORTED";
}

/** The authenticator already holds a passkey of this account (excludeCredentials). */
export function isAlGeregistreerd(error: unknown): boolean {
  return (
    error instanceof Error &&
    ((error as { code?: string }).code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" ||
      error.name === "InvalidStateError")
  );
}
