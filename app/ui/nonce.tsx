import { createContext, useContext } from "react";

/** The CSP nonce of this response (server.ts), for <Scripts> and inline scripts. */
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
