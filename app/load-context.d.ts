import "@remix-run/node";

declare module "@remix-run/node" {
  // Single fetch (remix.config.js future.v3_singleFetch): typed loader/action data.
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    /** The CSP nonce of this response, set by server.ts. */
    cspNonce: string;
  }
}
