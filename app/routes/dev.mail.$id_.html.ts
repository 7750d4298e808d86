import type { LoaderFunctionArgs } from "@remix-run/node";
import { mailboxMail, ontwikkelMailboxBeschikbaar } from "~/services/mail-bezorging.server";
import { nietGevonden } from "~/http/fouten.server";

/**
 * The relaxed policy of the e-mail HTML: react-email writes inline styles, which our site CSP
 * forbids; this document runs no script, loads nothing and may only be shown on its own.
 */
export const MAIL_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** GET /dev/mail/:id/html: the HTML of one queued e-mail, as the recipient's mail program gets it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!ontwikkelMailboxBeschikbaar()) return nietGevonden(request);
  const mail = await mailboxMail(params.id ?? "");
  if (!mail) return nietGevonden(request);
  return new Response(mail.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": MAIL_HTML_CSP,
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
