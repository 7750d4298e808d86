import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, type RootData } from "~/root";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.overzicht.metaTitel }];
};

const LINKS = [
  "organisatie",
  "reglement",
  "medewerkers",
  "import",
  "bewaartermijnen",
  "bewaring",
  "register",
  "historie",
] as const;

export default function BeheerOverzicht() {
  const t = useBerichten().beheer;
  return (
    <div className="pagina">
      <h1>{t.overzicht.titel}</h1>
      <p>{t.overzicht.intro}</p>
      <ul className="kaarten">
        {LINKS.map((l) => (
          <li key={l} className="kaart">
            <Link to={`/beheer/${l}`}>{t.nav[l]}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
