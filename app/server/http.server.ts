import { isUuid } from "../domain/id";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { foutVoorLog, log } from "./log.server";

/** Largest request body we accept for ordinary forms (uploads get their own limit in their route). */
export const MAX_FORM_BYTES = 256 * 1024;
/** Routes that take files (docs/decisions/028, 032): their body may be as large as BESTANDEN_MAX_MB_PER_AANVRAAG. */
export const BESTANDSROUTE =
  /^\/(backoffice\/verzoeken\/[0-9a-f-]{36}\/documenten|backoffice\/clienten\/[0-9a-f-]{36}\/documenten|mijn\/verzoeken\/AVG-\d{4}-\d{6,}(\/bewijs)?)$/i;
/** Largest body for the client-records import (docs/import-formaat.md: a file or pasted text up to 2 MB). */
export const IMPORT_MAX_BODY = 5 * 1024 * 1024;

/**
 * Request log without personal data (docs/observeerbaarheid.md): one JSON line per request with a
 * request id, method, the path with ids and tokens masked (a download token is a secret), status and
 * duration in ms. No query string, headers, cookies, body or client address. The request id is the
 * proxy's X-Request-Id when it looks like one, else a new UUID; it is sent back in X-Request-Id.
 */
export function requestLogger(logger: Logger = log()) {
  return pinoHttp({
    logger,
    genReqId(req, res) {
      const eigen = req.headers["x-request-id"];
      const id = typeof eigen === "string" && /^[A-Za-z0-9._:-]{8,128}$/.test(eigen) ? eigen : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage) => ({
        method: req.method,
        path: maskPath(new URL(req.url ?? "/", "http://x").pathname),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      // Errors as their kind, code and stack; already reduced ones (foutVoorLog) pass unchanged.
      err: (err: unknown) => (err instanceof Error || typeof err !== "object" ? foutVoorLog(err) : err),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : "info"),
    customSuccessMessage: () => "verzoek afgehandeld",
    customErrorMessage: () => "verzoek mislukt",
    // Static files are many and say nothing; their latency is in /metrics.
    autoLogging: { ignore: (req) => (req.url ?? "").startsWith("/build/") },
    quietReqLogger: true,
  });
}

export function maskPath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) =>
      isUuid(segment)
        ? ":id"
        : /^[A-Za-z0-9_-]{16,}$/.test(segment) && /\d/.test(segment)
          ? ":token"
          : segment.includes("@")
            ? ":email"
            : segment,
    )
    .join("/");
}

/** 413 for bodies larger than the form limit, before anything reads them. */
export function verdachtGrootBody(limit = MAX_FORM_BYTES) {
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > limit) {
      // The body is not read: say the connection ends, so the client does not send another request on it.
      res.set("Connection", "close");
      res
        .status(413)
        .type("text/plain; charset=utf-8")
        .send(
          "Wat u verstuurt is te groot. Maak het kleiner (bijvoorbeeld een korter bericht of een kleiner bestand) en probeer het opnieuw.",
        );
      return;
    }
    next();
  };
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF stance (docs/decisions/003): SameSite=Lax cookies, no GET that changes data, and every
 * mutation must come from our own origin (Origin header, or Referer when a browser omits Origin).
 */
export function originCheck(publicUrl: string) {
  const allowed = new Set([new URL(publicUrl).origin]);
  return (req: Request, res: Response, next: NextFunction) => {
    if (!MUTATING.has(req.method)) return next();
    const own = `${req.protocol}://${req.get("host")}`;
    const origin = req.get("origin") ?? refererOrigin(req.get("referer"));
    if (origin && (allowed.has(origin) || origin === own)) return next();
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send(
        "Dit formulier komt niet van deze website en is daarom geweigerd. Open de pagina opnieuw via deze website en verstuur het formulier nog een keer.",
      );
  };
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/**
 * express's last error handler (its default one prints the stack in development). Logs the error's
 * stack only, never the request (its URL may hold a token); answers with one plain sentence.
 * Errors that carry a 4xx status (a malformed URL in the static files, a broken Host) keep it.
 */
export function foutAfhandeling() {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const e = error as { status?: unknown; statusCode?: unknown; code?: unknown; stack?: string } | null;
    // A Host header that makes no URL (the Remix adapter builds one from it) is the client's error.
    const status = e?.code === "ERR_INVALID_URL" ? 400 : Number(e?.status ?? e?.statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      res
        .status(status)
        .type("text/plain; charset=utf-8")
        .send("Dit verzoek kon niet worden verwerkt. Controleer het adres en probeer het opnieuw.");
      return;
    }
    ((req as { log?: Logger }).log ?? log()).error({ err: foutVoorLog(error) }, "Onverwachte fout in de server");
    res
      .status(500)
      .type("text/plain; charset=utf-8")
      .send("Er ging iets mis. Probeer het later opnieuw. Lukt het dan nog niet? Neem contact met ons op.");
  };
}
