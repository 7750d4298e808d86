import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { amsterdamDate } from "~/domain/calendar";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { mijnVerzoekInWoorden } from "~/services/mijn.server";
import { besluitenVoorClient } from "~/services/ondertekening.server";
import { pakkettenVoorClient } from "~/services/pakket.server";
import { vereisEigenVerzoek } from "~/http/sessie.server";
import { BerichtenSectie } from "~/ui/mijn/berichten";
import { OverHetVerzoek, VerzoekMeldingen, VerzoekTermijn } from "~/ui/mijn/verzoek-status";
import { PakketDownloads } from "~/ui/pakket-downloads";
import { Tijdlijn } from "~/ui/tijdlijn";
import { WatUVroeg } from "~/ui/wat-u-vroeg";
import { bijlagenVanMijnVerzoek } from "~/services/bijlagen.server";
import "~/i18n/teksten/mijn";
import "~/i18n/teksten/pakketten";
import "~/i18n/teksten/brieven";
import "~/i18n/teksten/rechten";
import "~/i18n/teksten/bijlagen";

export const meta: MetaFunction<typeof loader> = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].mijn.verzoekMetaTitel(params.nummer ?? "") }];
};

/**
 * /mijn/verzoeken/:nummer: status, deadlines, timeline, messages, documents, withdrawal. A new message
 * is written on its own page (mijn.verzoeken.$nummer_.bericht.tsx).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sessie, verzoek } = await vereisEigenVerzoek(request, params.nummer);
  // The signed decision letters (refusals, extensions): app/services/ondertekening.server.ts.
  const besluiten = await besluitenVoorClient(sessie, verzoek.nummer);
  // Export packages (inzage copy, portability) and who downloaded them: app/services/pakket.server.ts.
  const pakketten = await pakkettenVoorClient(sessie, verzoek.nummer);
  // Files sent with messages or as proof of authority (docs/decisions/032).
  const bijlagen = await bijlagenVanMijnVerzoek(sessie, verzoek.nummer);
  // The words that depend on the request (status, term, timeline, what was asked), made here.
  const woorden = mijnVerzoekInWoorden(verzoek, await taalVanRequest(request));
  return { verzoek, woorden, besluiten, pakketten, bijlagen };
}

export default function StatusPagina() {
  const { verzoek, woorden, besluiten, pakketten, bijlagen } = useLoaderData<typeof loader>();
  const [zoek] = useSearchParams();
  const alles = useBerichten();
  const t = alles.mijn;
  const taal = useTaal();

  const verstuurd = zoek.get("verstuurd");
  // A notice from the previous step, unless this page shows the errors of a new attempt.
  const succes =
    zoek.get("ingetrokken") === "1" && verzoek.status === "ingetrokken"
      ? t.ingetrokken
      : verstuurd === "antwoord"
        ? t.antwoordVerstuurd
        : verstuurd === "bericht"
          ? t.berichtVerstuurd
          : null;

  return (
    <div className="pagina smal mijn-status">
      <p className="terug-link">
        <Link to="/mijn">{t.terug}</Link>
      </p>
      <h1>{t.verzoekTitel(verzoek.nummer)}</h1>
      <p className="mijn-ondertitel">
        {alles.rechten[verzoek.type].naam}
        {verzoek.voor ? ` – ${t.voor(verzoek.voor)}` : null}
      </p>

      {succes ? (
        <div className="melding" role="status">
          <p>{succes}</p>
        </div>
      ) : null}

      <VerzoekMeldingen verzoek={verzoek} bewijs={woorden.bewijs} />

      <OverHetVerzoek verzoek={verzoek} status={woorden.status} />

      <WatUVroeg regels={woorden.gevraagd} titel={t.gevraagdTitel} />
      {verzoek.tussentijds.gevraagd ? (
        <section aria-labelledby="tussentijds-titel">
          <h2 id="tussentijds-titel">{t.tussentijdsTitel}</h2>
          <p>
            {verzoek.tussentijds.nu
              ? t.tussentijdsNu(verzoek.tussentijds.nu.aantal)
              : verzoek.tussentijds.opgeheven
                ? t.tussentijdsOpgeheven(
                    formatDatum(amsterdamDate(new Date(verzoek.tussentijds.opgeheven.op)), taal, { weekday: false }),
                  )
                : t.tussentijdsGevraagd}
          </p>
        </section>
      ) : null}

      <VerzoekTermijn verzoek={verzoek} termijn={woorden.termijn} inUitvoering={woorden.inUitvoering} />

      <section aria-labelledby="tijdlijn-titel">
        <h2 id="tijdlijn-titel">{t.tijdlijnTitel}</h2>
        <Tijdlijn regels={woorden.tijdlijn} taal={taal} leeg={t.tijdlijnLeeg} />
      </section>

      <BerichtenSectie verzoek={verzoek} bijlagen={bijlagen} />

      {verzoek.voor && verzoek.kanBerichtSturen ? (
        <section aria-labelledby="bewijs-sectie-titel">
          <h2 id="bewijs-sectie-titel">{alles.bijlagen.client.bewijsSectieTitel}</h2>
          <p>{alles.bijlagen.client.bewijsUitleg}</p>
          <p>
            <Link className="knop secundair" to={`/mijn/verzoeken/${encodeURIComponent(verzoek.nummer)}/bewijs`}>
              {alles.bijlagen.client.bewijsLink}
            </Link>
          </p>
        </section>
      ) : null}

      {besluiten.length > 0 ? (
        <section aria-labelledby="besluiten-titel">
          <h2 id="besluiten-titel">{alles.brieven.besluitenTitel}</h2>
          <ul className="besluiten-brieven">
            {besluiten.map((b) => (
              <li key={b.id}>
                <Link to={`/mijn/verzoeken/${encodeURIComponent(verzoek.nummer)}/besluit/${b.id}`}>
                  {alles.brieven.besluitLink(b.onderwerp, formatDatum(b.datum, taal))}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="documenten-titel">
        <h2 id="documenten-titel">{pakketten.length > 0 ? alles.pakketten.lijstTitel : t.documentenTitel}</h2>
        {pakketten.length > 0 ? (
          <PakketDownloads nummer={verzoek.nummer} pakketten={pakketten} t={alles.pakketten} taal={taal} />
        ) : (
          <p>{t.geenDocumenten}</p>
        )}
      </section>

      {verzoek.kanIntrekken ? (
        <section aria-labelledby="intrekken-titel">
          <h2 id="intrekken-titel">{t.intrekkenTitel}</h2>
          <p>{t.intrekkenUitleg}</p>
          <p>
            <Link className="knop secundair" to={`/mijn/verzoeken/${verzoek.nummer}/intrekken`}>
              {t.intrekkenLink}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
