import { useBerichten, useRootData, useTaal } from "~/root";
import type { Taal } from "~/i18n/taal";
import "~/i18n/teksten/home";

/**
 * Where a client can go when they disagree (Art 77-79 AVG, Art 38(4) AVG for the FG): the FG, the
 * practice's complaints route, the disputes body, the Autoriteit Persoonsgegevens, the court.
 * Shown on the start page and on /klachten.
 */
export function Klachtwegen({ kop: Kop = "h3" }: { kop?: "h2" | "h3" }) {
  const t = useBerichten().home;
  const taal = useTaal();
  const org = useRootData()?.organisatie;
  // Organisation texts (complaints route, disputes body) are written in Dutch.
  const orgLang: Taal | undefined = taal === "nl" ? undefined : "nl";
  return (
    <ol className="home-klacht">
      <li>
        <Kop>{t.fgTitel}</Kop>
        <p>{t.fgTekst}</p>
        {org?.fgEmail ? (
          <p>
            {org.fgNaam ? <>{org.fgNaam}, </> : `${t.fgGeenContact} `}
            <a href={`mailto:${org.fgEmail}`}>{org.fgEmail}</a>
            {org.fgTelefoon ? <>, {org.fgTelefoon}</> : null}
          </p>
        ) : null}
      </li>
      <li>
        <Kop>{t.klachtenrouteTitel}</Kop>
        {org?.klachtenroute ? (
          <p lang={orgLang}>{org.klachtenroute}</p>
        ) : (
          <p>
            {t.klachtenrouteLeeg}
            {org?.email ? (
              <>
                {" "}
                <a href={`mailto:${org.email}`}>{org.email}</a>
              </>
            ) : null}
          </p>
        )}
      </li>
      {org?.geschilleninstantie ? (
        <li>
          <Kop>{t.geschilTitel}</Kop>
          <p lang={orgLang}>{org.geschilleninstantie}</p>
        </li>
      ) : null}
      <li>
        <Kop>{t.apTitel}</Kop>
        <p>
          {t.apTekst} <a href="https://autoriteitpersoonsgegevens.nl">autoriteitpersoonsgegevens.nl</a>
        </p>
      </li>
      <li>
        <Kop>{t.rechterTitel}</Kop>
        <p>{t.rechterTekst}</p>
      </li>
    </ol>
  );
}
