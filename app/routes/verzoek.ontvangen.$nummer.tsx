import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal, type RootData } from "~/root";
import { ontvangstbevestiging } from "~/services/intake.server";
import { vereisClient } from "~/http/sessie.server";
import { PasskeyAanmoediging } from "~/ui/passkey-aanmoediging";
import { useEffect, useRef } from "react";
import { nietGevonden } from "~/http/fouten.server";
import "~/i18n/teksten/ontvangst";
import "~/i18n/teksten/rechten";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].ontvangst.ontvangenMetaTitel }];
};

/** /verzoek/ontvangen/:nummer: the receipt, only for the account that filed the request. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const bevestiging = await ontvangstbevestiging({ accountId: sessie.account.id }, params.nummer ?? "");
  // 404, never 403: a number that is not yours looks exactly like one that does not exist.
  if (!bevestiging) throw await nietGevonden(request);
  return { bevestiging };
}

export default function VerzoekOntvangen() {
  const { bevestiging: b } = useLoaderData<typeof loader>();
  const berichten = useBerichten();
  const t = berichten.ontvangst;
  const taal = useTaal();
  // After sending (a client-side navigation) the focus goes to the confirmation, not the top of the page.
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  return (
    <div className="pagina smal verzoek-ontvangen">
      <div className="melding bevestiging">
        <h1 ref={kop} tabIndex={-1}>
          {t.ontvangenTitel}
        </h1>
        <p className="ontvangen-nummer">
          {t.ontvangenNummer}: <strong>{b.nummer}</strong>
        </p>
      </div>
      <dl className="gegevens">
        <div>
          <dt>{t.ontvangenRecht}</dt>
          <dd>{berichten.rechten[b.type].naam}</dd>
        </div>
        <div>
          <dt>{t.ontvangenOp}</dt>
          <dd>{formatDatum(b.ontvangenOp, taal)}</dd>
        </div>
      </dl>
      <p className="ontvangen-termijn">
        <strong>{t.termijnZin(formatDatum(b.doelTermijn, taal), formatDatum(b.wettelijkeTermijn, taal))}</strong>
      </p>
      <p>{t.ontvangenBewaar}</p>
      {b.vertegenwoordiging ? (
        <section className="melding let-op" aria-labelledby="bewijs-titel" data-testid="bewijs-nodig">
          <h2 id="bewijs-titel">{t.bewijsTitel}</h2>
          <p>{t.bewijsIntro(b.vertegenwoordiging.betrokkene)}</p>
          <ul>
            <li>{t.bewijs[b.vertegenwoordiging.relatie]}</li>
          </ul>
          <p>{t.bewijsAanleveren}</p>
        </section>
      ) : null}
      <h2>{t.watNuTitel}</h2>
      <ul>
        {t.watNu.map((regel) => (
          <li key={regel}>{regel}</li>
        ))}
      </ul>
      <p>
        <Link className="knop" to="/mijn">
          {t.naarMijn}
        </Link>
      </p>
      <PasskeyAanmoediging />
    </div>
  );
}
