/**
 * HTTP answers for downloads: packages (client and receiving provider), documents (staff), decision
 * letters (client and staff). The services hand over a stream or bytes; the answer is built here.
 */
import { Readable } from "node:stream";
import { contentDisposition } from "../domain/bestanden";
import type { Download } from "../services/opslag.server";

/**
 * The one HTTP answer for a file that leaves the portal (documents, attachments, packages;
 * docs/decisions/028 and 032): always an attachment (never shown in the portal's own origin, RFC
 * 6266 name with its UTF-8 form), `nosniff` so the browser keeps to the type we checked, a CSP that
 * sandboxes whatever is opened anyway (no scripts, no requests, no forms), never cached.
 */
export function downloadResponse(d: Download): Response {
  const headers: Record<string, string> = {
    "Content-Type": d.mimeType,
    "Content-Disposition": contentDisposition(d.bestandsnaam),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'; frame-ancestors 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (d.grootte !== null) headers["Content-Length"] = String(d.grootte);
  return new Response(Readable.toWeb(d.stroom) as ReadableStream<Uint8Array>, { status: 200, headers });
}

/** A package ZIP (client and receiving provider): the same answer as every file. */
export function pakketResponse(stroom: Readable, bestandsnaam: string, grootte: number | null): Response {
  return downloadResponse({
    stroom,
    bestandsnaam: bestandsnaam.replace(/[^A-Za-z0-9._-]/g, "_"),
    mimeType: "application/zip",
    grootte,
  });
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** A plain, accessible page saying why a download is refused (410 Gone: it will not come back). */
export function weigeringPagina(
  taal: "nl" | "en",
  titel: string,
  kop: string,
  tekst: string,
  terug: { href: string; tekst: string },
): Response {
  const html = `<!doctype html><html lang="${taal}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(titel)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}a:focus{outline:3px solid #1d4ed8;outline-offset:2px}</style></head><body><main id="inhoud" class="pagina smal"><h1>${esc(kop)}</h1><p>${esc(tekst)}</p><p><a href="${esc(terug.href)}">${esc(terug.tekst)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The HTTP answer for a letter PDF (client in /mijn, staff in the backoffice): a download, never cached. */
export function pdfAntwoord(bestand: { bestandsnaam: string; pdf: Uint8Array<ArrayBuffer> }): Response {
  return new Response(bestand.pdf, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${bestand.bestandsnaam}"`,
      "Content-Length": String(bestand.pdf.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
