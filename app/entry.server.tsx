import { Transform } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { isInvoerWeigering } from "~/server/invoer-weigering";
import { NonceProvider } from "~/ui/nonce";
import { foutVoorLog, log } from "~/server/log.server";

/** The server entry's start-up functions, from this build (server.ts; docs/decisions/024). */
export * as opstart from "~/server/opstart.server";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

/**
 * React 18.2's stream writer can leave NUL padding when a multi-byte character straddles its
 * 2 KiB buffer (facebook/react#26228); the character itself is written again whole. NUL never
 * belongs in HTML, so it is dropped here (emails/index.ts does the same for e-mail).
 */
function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk);
    },
  });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // A body refused at the edge (docs/decisions/016) gets its plain message, not a page: the action
  // never ran and the root loader did not either, so there is nothing to show around it.
  const weigering = Object.values(remixContext.staticHandlerContext.errors ?? {}).find(isInvoerWeigering);
  if (weigering) {
    responseHeaders.set("Content-Type", "text/plain; charset=utf-8");
    responseHeaders.set("Cache-Control", "no-store");
    return new Response(weigering.data, { status: weigering.status, headers: responseHeaders });
  }
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Log only the error, never request data (no personal data in logs).
          if (shellRendered) log().error({ err: foutVoorLog(error) }, "Fout tijdens het opbouwen van een pagina");
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Errors in loaders, actions and rendering: logged here on the server only, as the error's own stack
 * (never the URL, headers or body: they may hold a token or personal data). Expected answers
 * (404, 405, refused input: route error responses below 500) are not errors. The response never
 * carries the stack: the server entry runs Remix in production mode (docs/decisions/016).
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  log().error({ err: foutVoorLog(error) }, "Fout in een loader, action of weergave");
}
