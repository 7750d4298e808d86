import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { VERZOEKTYPEN } from "~/domain/request-types";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, type RootData } from "~/root";
import { doelTermijnen, getOrganisatie } from "~/services/organisatie.server";
import { Klachtwegen } from "~/ui/klachtwegen";
import "~/i18n/teksten/home";
import "~/i18n/teksten/rechten";

/** The title follows the language chosen in the root loader (cookie), like `<html lang>`. */
export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const t = BERICHTEN[root?.taal ?? "nl"].home;
  return [{ title: t.metaTitel }, { name: "description", content: t.intro[0] }];
};

/** The decision deadline per right from the organisation's reglement (not fixed text). */
export async function loader() {
  return { termijnen: doelTermijnen(await getOrganisatie()) };
}

/** The start page: what this portal is for, the seven rights, deadlines, identity, remedies. */
export default function Index() {
  const { termijnen } = useLoaderData<typeof loader>();
  const alles = useBerichten();
  const t = alles.home;

  return (
    <div className="pagina home">
      <h1>{t.titel}</h1>
      {t.intro.map((alinea) => (
        <p key={alinea} className="home-intro">
          {alinea}
        </p>
      ))}

      <p className="home-acties">
        <Link className="knop" to="/verzoek">
          {t.verzoekIndienen}
        </Link>
        <Link className="knop secundair" to="/mijn">
          {t.mijnVerzoeken}
        </Link>
      </p>

      <section aria-labelledby="rechten">
        <h2 id="rechten">{t.rechtenTitel}</h2>
        <p>{t.rechtenIntro}</p>
        <ul className="kaarten">
          {VERZOEKTYPEN.map((type) => {
            const recht = alles.rechten[type];
            return (
              <li key={type} className="kaart">
                <h3>{recht.naam}</h3>
                <p>{recht.uitleg}</p>
                {recht.noot ? (
                  <p className="kaart-noot">
                    <strong>{t.letOp}</strong> {recht.noot}
                  </p>
                ) : null}
                <p className="kaart-artikel">{recht.artikel}</p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="termijn">
        <h2 id="termijn">{t.termijnTitel}</h2>
        <p>{alles.startTermijnen.intro}</p>
        <dl className="home-termijnen">
          {VERZOEKTYPEN.map((type) => (
            <div key={type}>
              <dt>{alles.rechten[type].naam}</dt>
              <dd>{alles.startTermijnen.periode(termijnen[type])}</dd>
            </div>
          ))}
        </dl>
        <ul>
          {t.termijn.map((regel) => (
            <li key={regel}>{regel}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="identiteit">
        <h2 id="identiteit">{t.identiteitTitel}</h2>
        <p>{t.identiteitIntro}</p>
        <ul>
          {t.identiteit.map((regel) => (
            <li key={regel}>{regel}</li>
          ))}
        </ul>
        <p className="melding">{t.geenKopie}</p>
      </section>

      <section aria-labelledby="ander">
        <h2 id="ander">{t.anderTitel}</h2>
        <p>{t.anderIntro}</p>
        <dl className="home-leeftijd">
          {t.leeftijd.map((regel) => (
            <div key={regel.titel}>
              <dt>{regel.titel}</dt>
              <dd>{regel.tekst}</dd>
            </div>
          ))}
        </dl>
        <p>{t.vertegenwoordiger}</p>
        <p className="melding let-op">{t.bewindvoerder}</p>
      </section>

      <section aria-labelledby="klacht">
        <h2 id="klacht">{t.klachtTitel}</h2>
        <p>{t.klachtIntro}</p>
        <Klachtwegen />
      </section>

      <section aria-labelledby="slot" className="home-slot">
        <h2 id="slot">{t.slotTekst}</h2>
        <p>
          <Link className="knop" to="/verzoek">
            {t.verzoekIndienen}
          </Link>
        </p>
        <p>
          {t.alIngediend} <Link to="/mijn">{t.mijnVerzoeken}</Link>.
        </p>
      </section>
    </div>
  );
}
