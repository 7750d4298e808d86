import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The CSP nonce of this response, set by server.ts. */
    cspNonce: string;
  }
}
