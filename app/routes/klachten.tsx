import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, type RootData } from "~/root";
import { Klachtwegen } from "~/ui/klachtwegen";
import "~/i18n/teksten/home";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].klachtenPagina.metaTitel }];
};

/**
 * /klachten: every way to complain, linked from the footer of every page (Art 12(4) AVG: tell the
 * client they may complain to the Autoriteit Persoonsgegevens and go to court; Art 77-79 AVG).
 */
export default function Klachten() {
  const t = useBerichten().klachtenPagina;
  return (
    <div className="pagina smal klachten">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      <Klachtwegen kop="h2" />
      <section aria-labelledby="klacht-verzoek">
        <h2 id="klacht-verzoek">{t.verzoekTitel}</h2>
        <p>{t.verzoekTekst}</p>
        <p>
          <Link to="/mijn">{t.naarMijn}</Link>
        </p>
      </section>
    </div>
  );
}
