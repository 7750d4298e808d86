import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { VerzoekStatus } from "~/domain/verzoek-status";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal, type RootData } from "~/root";
import { mijnVerzoeken, statusInWoorden } from "~/services/mijn.server";
import { taalVanRequest } from "~/i18n/taal.server";
import { vereisClient } from "~/http/sessie.server";
import "~/i18n/teksten/mijn";
import "~/i18n/teksten/rechten";

/** Before the decision the client waits for our answer; after it, for the execution. */
const WACHT_OP_BESLUIT: readonly VerzoekStatus[] = [
  "ontvangen",
  "in_behandeling",
  "wacht_op_client",
  "wacht_op_directie",
];

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].mijn.metaTitel }];
};

/** /mijn: the requests this account filed, for itself or as a representative, newest first. */
export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const taal = await taalVanRequest(request);
  // Each status in words here, so the labels of every status stay off the page (docs/decisions/033).
  const verzoeken = (await mijnVerzoeken(sessie)).map((v) => ({ ...v, statusTekst: statusInWoorden(v.status, taal) }));
  return { verzoeken };
}

export default function MijnVerzoeken() {
  const { verzoeken } = useLoaderData<typeof loader>();
  const alles = useBerichten();
  const t = alles.mijn;
  const taal = useTaal();

  return (
    <div className="pagina mijn">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>

      {verzoeken.length === 0 ? (
        <div className="melding">
          <p>{t.leeg}</p>
          <p>
            <Link className="knop" to="/verzoek">
              {t.nieuwVerzoek}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <ul className="mijn-verzoeken">
            {verzoeken.map((v) => (
              <li key={v.nummer} className="kaart mijn-verzoek">
                <h2>
                  {/* One name for a screen reader ("Inzage, AVG-…"): a hidden comma between two
                      boxes would be read with a space before it. */}
                  <Link to={`/mijn/verzoeken/${v.nummer}`} aria-label={`${alles.rechten[v.type].naam}, ${v.nummer}`}>
                    {alles.rechten[v.type].naam} <span className="mijn-nummer">{v.nummer}</span>
                  </Link>
                </h2>
                {v.voor ? <p className="mijn-voor">{t.voor(v.voor)}</p> : null}
                <dl className="gegevens">
                  <div>
                    <dt>{t.status}</dt>
                    <dd>{v.statusTekst}</dd>
                  </div>
                  <div>
                    <dt>{t.ontvangenOp}</dt>
                    <dd>{formatDatum(v.ontvangenOp, taal)}</dd>
                  </div>
                  {WACHT_OP_BESLUIT.includes(v.status) ? (
                    <div>
                      <dt>{t.antwoordUiterlijk}</dt>
                      <dd>{formatDatum(v.doelTermijn, taal)}</dd>
                    </div>
                  ) : v.status === "in_uitvoering" && v.uitvoeringTermijn ? (
                    <div>
                      <dt>{t.uitgevoerdUiterlijk}</dt>
                      <dd>{formatDatum(v.uitvoeringTermijn, taal)}</dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
          <p>
            <Link className="knop secundair" to="/verzoek">
              {t.nieuwVerzoek}
            </Link>
          </p>
        </>
      )}

      <section aria-labelledby="mijn-beveiliging">
        <h2 id="mijn-beveiliging">{t.beveiligingTitel}</h2>
        <p>{t.beveiligingTekst}</p>
        <p>
          <Link to="/mijn/beveiliging">{t.beveiligingLink}</Link>
        </p>
      </section>
    </div>
  );
}
