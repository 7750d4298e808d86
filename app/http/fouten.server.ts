/**
 * The one edge from a domain error to an HTTP answer (docs/decisions/027). Services throw
 * DomainError (app/domain/errors.ts: code, optional field, parameters) and never build a Response;
 * routes hand what they catch to this module. The status follows from the code; the text is looked
 * up by code in the interface's language (the page's own texts first, then
 * app/i18n/berichten.ts `toegang`), never the raw Dutch message of the error.
 */
import { isBevoegdheid } from "../domain/bevoegdheden";
import { DomainError } from "../domain/errors";
import { BERICHTEN } from "../i18n/berichten";
import type { Taal } from "../i18n/taal";
import { taalVanRequest } from "../i18n/taal.server";

/** 404 for what does not exist (or may not be known to exist), 403 refused, 409 stale, else 400. */
export function statusVanCode(code: string): 400 | 403 | 404 | 409 {
  if (code === "niet_gevonden") return 404;
  if (code === "geen_toegang") return 403;
  if (code === "intussen_gewijzigd") return 409;
  return 400;
}

/** What a form shows for a refused step. */
export type FoutAntwoord = { status: 400 | 403 | 404 | 409; code: string; veld?: string; tekst: string };

type Teksten = Readonly<Partial<Record<string, string>>>;

/**
 * The text of a domain error in this language: the page's own texts, the shared ones, then the
 * page's general text (`ongeldig`) or the shared general one.
 */
export function foutTekst(fout: DomainError, taal: Taal, teksten: Teksten = {}): string {
  const t = BERICHTEN[taal].toegang;
  const bevoegdheid = fout.parameters?.bevoegdheid;
  if (fout.code === "geen_toegang" && isBevoegdheid(bevoegdheid)) return t.geenBevoegdheid[bevoegdheid];
  if (fout.code === "geen_toegang") return BERICHTEN[taal].fout.geenToegangPagina;
  const eigen = teksten[fout.code];
  if (eigen) return eigen;
  if (fout.code in t.fouten) return t.fouten[fout.code as keyof typeof t.fouten];
  // A code this page has no text for: its general text, else the shared one.
  return teksten.ongeldig ?? t.fouten.ongeldig;
}

/** A page that may not be shown: the 404 or 403 answer, with a plain text in the user's language. */
export function paginaFout(status: 403 | 404, taal: Taal, tekst?: string): Response {
  const t = BERICHTEN[taal];
  return new Response(tekst ?? (status === 404 ? t.fout.nietGevonden : t.fout.geenToegangPagina), { status });
}

/** The 404 of a page (an id that does not exist, or that is not this user's). */
export async function nietGevonden(request: Request): Promise<Response> {
  return paginaFout(404, await taalVanRequest(request));
}

/**
 * For a loader: a domain error "niet_gevonden" or "geen_toegang" becomes the 404 or 403 page (thrown);
 * any other error is thrown on unchanged (a bug stays a 500, logged by the last error handler).
 */
export async function alsPaginaFout(error: unknown, request: Request): Promise<never> {
  if (error instanceof DomainError) {
    const status = statusVanCode(error.code);
    if (status === 404 || status === 403) {
      const taal = await taalVanRequest(request);
      throw paginaFout(status, taal, foutTekst(error, taal));
    }
  }
  throw error;
}

/**
 * In a catch that handles the page's own codes itself: a domain error "niet_gevonden" or
 * "geen_toegang" ends the page (404/403, thrown); anything else returns for the page to handle.
 */
export async function stopBijGeenToegang(error: unknown, request: Request): Promise<void> {
  if (error instanceof DomainError && (statusVanCode(error.code) === 403 || statusVanCode(error.code) === 404)) {
    await alsPaginaFout(error, request);
  }
}

/**
 * For an action: "niet_gevonden" and "geen_toegang" end the page as in a loader; other domain errors
 * become what the form shows (status, field, text by code). Anything that is not a domain error is
 * thrown on unchanged.
 */
export async function alsFormulierFout(error: unknown, request: Request, teksten: Teksten = {}): Promise<FoutAntwoord> {
  if (!(error instanceof DomainError)) throw error;
  const status = statusVanCode(error.code);
  if (status === 404 || status === 403) await alsPaginaFout(error, request);
  const taal = await taalVanRequest(request);
  return {
    status,
    code: error.code,
    ...(error.veld ? { veld: error.veld } : {}),
    tekst: foutTekst(error, taal, teksten),
  };
}
