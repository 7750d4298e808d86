import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, useTaal, type RootData } from "~/root";
import { mailboxOverzicht, ontwikkelMailboxBeschikbaar } from "~/services/mail-bezorging.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { formatMoment, statusTekst } from "~/ui/dev-mail";
import { nietGevonden } from "~/http/fouten.server";
import "~/i18n/teksten/devmail";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].devMail.metaTitel }, { name: "robots", content: "noindex" }];
};

const Filter = z.object({ aan: z.string().trim().max(320).pipe(z.email()).optional() });

/** GET /dev/mail: every queued e-mail, newest first (development mailbox; not in production). */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!ontwikkelMailboxBeschikbaar()) throw await nietGevonden(request);
  const ruw = new URL(request.url).searchParams.get("aan")?.trim() || undefined;
  const filter = Filter.safeParse({ aan: ruw });
  const aan = filter.success ? filter.data.aan : undefined;
  const mails = filter.success ? await mailboxOverzicht({ aan }) : [];
  return {
    aan: ruw ?? "",
    filterOngeldig: !filter.success,
    mails: mails.map((m) => ({
      ...m,
      aangemaaktOp: m.aangemaaktOp.toISOString(),
      verzondenOp: m.verzondenOp?.toISOString() ?? null,
    })),
  };
}

export default function DevMailbox() {
  const { aan, filterOngeldig, mails } = useLoaderData<typeof loader>();
  const t = useBerichten().devMail;
  const taal = useTaal();
  const beschrijving = ["aan-hint", filterOngeldig ? "aan-fout" : ""].filter(Boolean).join(" ");

  return (
    <div className="pagina dev-mail">
      <h1>{t.titel}</h1>
      <p>{t.uitleg}</p>
      <Foutoverzicht titel={t.foutTitel} fouten={filterOngeldig ? [{ veldId: "aan", tekst: t.filterFout }] : []} />
      <Form method="get" role="search" className="dev-mail-filter">
        <label htmlFor="aan">{t.filterLabel}</label>
        <p id="aan-hint" className="hint">
          {t.filterHint}
        </p>
        {filterOngeldig ? (
          <p id="aan-fout" className="veldfout">
            {t.filterFout}
          </p>
        ) : null}
        <div className="dev-mail-zoek">
          <input
            id="aan"
            name="aan"
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={aan}
            aria-describedby={beschrijving}
            aria-invalid={filterOngeldig || undefined}
          />
          <button type="submit" className="knop">
            {t.filterKnop}
          </button>
        </div>
      </Form>
      {aan ? (
        <p>
          <Link to="/dev/mail">{t.alles}</Link>
        </p>
      ) : null}

      {filterOngeldig ? null : mails.length === 0 ? (
        <p className="melding">{aan ? t.geenVoorAdres : t.geen}</p>
      ) : (
        <div className="dev-mail-tabel" role="region" aria-labelledby="dev-mail-tabel" tabIndex={0}>
          <table>
            <caption id="dev-mail-tabel">{t.tabel}</caption>
            <thead>
              <tr>
                <th scope="col">{t.tijd}</th>
                <th scope="col">{t.aan}</th>
                <th scope="col">{t.onderwerp}</th>
                <th scope="col">{t.sjabloon}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr key={mail.id}>
                  <td>
                    <time dateTime={mail.aangemaaktOp}>{formatMoment(mail.aangemaaktOp, taal)}</time>
                  </td>
                  <td className="dev-mail-adres">{mail.aan}</td>
                  <td>
                    <Link to={`/dev/mail/${mail.id}`}>{mail.onderwerp}</Link>
                  </td>
                  <td>
                    <code>{mail.sjabloon}</code>
                  </td>
                  <td>
                    <span className={`dev-mail-status dev-mail-status-${mail.status}`}>
                      {statusTekst(t, mail.status)}
                    </span>
                    {mail.pogingen > 0 && mail.status !== "verzonden"
                      ? ` (${t.pogingen.toLowerCase()}: ${mail.pogingen})`
                      : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
