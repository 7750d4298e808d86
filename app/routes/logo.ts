import type { LoaderFunctionArgs } from "@remix-run/node";
import { nietGevonden } from "~/http/fouten.server";
import { logoBestand } from "~/services/organisatie.server";

/**
 * Extra policy for an SVG logo opened on its own: a sandbox without scripts, plugins or loads, so
 * an SVG can never act as a page of this site (the upload already refuses scripts: defence in depth).
 */
export const LOGO_SVG_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

/**
 * GET /logo: the organisation's logo (issue 7: on every page, e-mail and letter). 404 without a
 * logo. The ETag is the version in the storage key; `?v=<version>` links (header, e-mails) may be
 * cached for a year, because a new logo gets a new version.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const logo = await logoBestand();
  if (!logo) {
    const antwoord = await nietGevonden(request);
    antwoord.headers.set("Cache-Control", "no-store");
    return antwoord;
  }
  const etag = `"${logo.versie}"`;
  const gevraagd = new URL(request.url).searchParams.get("v");
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": gevraagd === logo.versie ? "public, max-age=31536000, immutable" : "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
  });
  const vorige = request.headers.get("If-None-Match");
  if (vorige && vorige.split(",").some((e) => e.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", logo.mimeType);
  headers.set("Content-Length", String(logo.bytes.length));
  if (logo.mimeType === "image/svg+xml") headers.set("Content-Security-Policy", LOGO_SVG_CSP);
  return new Response(new Uint8Array(logo.bytes), { status: 200, headers });
}
