import { useBerichten, useRootData } from "~/root";
import "~/i18n/teksten/algemeen";

/**
 * A passkey belongs to the portal's address (PUBLIC_URL: the WebAuthn relying party). Opened on
 * another address (an IP address, another host name or port), the browser or the server refuses it;
 * then say which address to use instead of "try again", which would fail the same way.
 */
export function usePasskeyAdresFout(): (error?: unknown) => string | null {
  const portaal = useRootData()?.portaalUrl;
  const tekst = useBerichten().passkeyAdres;
  return (error?: unknown) => {
    if (!portaal) return null;
    const anderAdres = typeof window !== "undefined" && window.location.origin !== new URL(portaal).origin;
    const code = error instanceof Error ? (error as { code?: string }).code : undefined;
    const adresFout =
      error instanceof Error &&
      (error.name === "SecurityError" || code === "ERROR_INVALID_RP_ID" || code === "ERROR_INVALID_DOMAIN");
    return anderAdres || adresFout ? tekst(portaal) : null;
  };
}
