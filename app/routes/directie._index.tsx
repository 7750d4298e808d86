import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { amsterdamDate } from "~/domain/calendar";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal, type RootData } from "~/root";
import { directieInbox } from "~/services/ondertekening.server";
import { alsPaginaFout } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { Besluitbrief } from "~/ui/besluitbrief";
import "~/i18n/teksten/ondertekening";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].ondertekening.inbox.metaTitel }];
};

/** /directie: drafts awaiting the directie's signature, earliest legal limit first, each with its letter. */
export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "besluit.ondertekenen");
  try {
    return { inbox: await directieInbox(sessie) };
  } catch (error) {
    return alsPaginaFout(error, request);
  }
}

export default function DirectieInbox() {
  const { inbox } = useLoaderData<typeof loader>();
  const t = useBerichten().ondertekening;
  const taal = useTaal();
  const [zoek] = useSearchParams();
  const ondertekend = zoek.get("ondertekend");
  const code = zoek.get("code");
  const teruggestuurd = zoek.get("teruggestuurd");
  const datum = (iso: string) => formatDatum(iso, taal);

  return (
    <div className="pagina directie">
      <h1>{t.inbox.titel}</h1>
      {ondertekend && code ? (
        <div className="melding" role="status">
          <p>{t.meldingen.ondertekend(ondertekend, code)}</p>
        </div>
      ) : teruggestuurd ? (
        <div className="melding" role="status">
          <p>{t.meldingen.teruggestuurd(teruggestuurd)}</p>
        </div>
      ) : null}
      {inbox.length > 0 ? (
        <p className="directie-aantal">
          <strong>{t.inbox.aantal(inbox.length)}</strong>
        </p>
      ) : null}
      <p>{t.inbox.intro}</p>

      {inbox.length === 0 ? (
        <p className="leeg">{t.inbox.leeg}</p>
      ) : (
        <ol className="directie-inbox" aria-label={t.inbox.tabel}>
          {inbox.map((c) => (
            <li key={c.besluitId} className="kaart directie-concept">
              <h2>
                <Link to={`/directie/besluiten/${c.besluitId}`}>
                  {c.document ? t.inbox.openen(c.nummer) : t.inbox.openenVerouderd(c.nummer)}
                </Link>
              </h2>
              {c.document ? null : (
                <div className="melding let-op">
                  <p>{t.inbox.verouderd}</p>
                </div>
              )}
              <dl className="gegevens">
                <div>
                  <dt>{t.inbox.soort}</dt>
                  <dd>{t.soorten[c.soort]}</dd>
                </div>
                <div>
                  <dt>{t.inbox.wettelijkeTermijn}</dt>
                  <dd>
                    <time dateTime={c.wettelijkeTermijn}>{datum(c.wettelijkeTermijn)}</time>
                  </dd>
                </div>
                <div>
                  <dt>{t.inbox.opsteller}</dt>
                  <dd>
                    {c.opsteller}
                    {c.ikBenOpsteller ? ` (${t.inbox.zelfOpgesteld})` : null}
                  </dd>
                </div>
                <div>
                  <dt>{t.inbox.aangeboden}</dt>
                  <dd>
                    <time dateTime={c.aangeboden}>{datum(amsterdamDate(new Date(c.aangeboden)))}</time>
                  </dd>
                </div>
              </dl>
              {c.document && c.verificatiecode ? (
                <details className="brief-details">
                  <summary>{t.inbox.toonBrief(c.nummer)}</summary>
                  <Besluitbrief
                    document={c.document}
                    verificatiecode={c.verificatiecode}
                    kopNiveau={3}
                    id={`brief-${c.besluitId}`}
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
