/** HTTP answers for package downloads (client and receiving provider). */
import type { Readable } from "node:stream";
import { downloadResponse } from "./download-http.server";

/** A package ZIP: the same download headers as every file (app/services/download-http.server.ts). */
export function pakketResponse(stroom: Readable, bestandsnaam: string, grootte: number | null): Response {
  return downloadResponse({ stroom, bestandsnaam: bestandsnaam.replace(/[^A-Za-z0-9._-]/g, "_"), mimeType: "application/zip", grootte });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** A plain, accessible page saying why a download is refused (410 Gone: it will not come back). */
export function weigeringPagina(taal: "nl" | "en", titel: string, kop: string, tekst: string, terug: { href: string; tekst: string }): Response {
  const html = `<!doctype html><html lang="${taal}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(titel)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}a:focus{outline:3px solid #1d4ed8;outline-offset:2px}</style></head><body><main id="inhoud" class="pagina smal"><h1>${esc(kop)}</h1><p>${esc(tekst)}</p><p><a href="${esc(terug.href)}">${esc(terug.tekst)}</a></p></main></body></html>`;
  return new Response(html, { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
