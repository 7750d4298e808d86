import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { mailboxVoorAdres, ontwikkelMailboxBeschikbaar } from "~/services/mail-bezorging.server";
import { nietGevonden } from "~/http/fouten.server";

const Query = z.object({ aan: z.string().trim().min(3).max(320).includes("@") });

/**
 * GET /dev/mail.json?aan=EMAIL: the latest mails to one address (newest first), for e2e tests
 * (tests/e2e/support/mailbox.ts). Not in production.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!ontwikkelMailboxBeschikbaar()) return nietGevonden(request);
  const parsed = Query.safeParse({ aan: new URL(request.url).searchParams.get("aan") ?? "" });
  if (!parsed.success) {
    return Response.json(
      { fout: "Geef een e-mailadres mee: /dev/mail.json?aan=iemand@example.test" },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const mails = await mailboxVoorAdres(parsed.data.aan);
  return Response.json(
    {
      mails: mails.map((m) => ({
        id: m.id,
        aan: m.aan,
        onderwerp: m.onderwerp,
        tekst: m.tekst,
        sjabloon: m.sjabloon,
        status: m.status,
        aangemaaktOp: m.aangemaaktOp.toISOString(),
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
