/**
 * The one HTTP answer for a file that leaves the portal (documents, attachments, packages;
 * docs/decisions/028 and 032): always an attachment (never shown in the portal's own origin, RFC
 * 6266 name with its UTF-8 form), `nosniff` so the browser keeps to the type we checked, a CSP
 * that sandboxes whatever is opened anyway (no scripts, no requests, no forms), never cached.
 */
import { Readable } from "node:stream";
import { contentDisposition } from "~/domain/bestanden";

export type Download = { stroom: Readable; bestandsnaam: string; mimeType: string; grootte: number | null };

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
