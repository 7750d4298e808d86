import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, type RootData } from "~/root";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.importFormaat.metaTitel }];
};

/** The lists of a JSON import and their fields (names as in the file; "?" = may be left out). */
const LIJSTEN: { naam: string; velden: string }[] = [
  {
    naam: "clienten",
    velden:
      "clientnummer, voornamen, tussenvoegsel?, achternaam, geboortedatum, email?, telefoon?, straat?, postcode?, plaats?, status? (actief | voormalig), inZorgVanaf?, uitZorgOp?",
  },
  {
    naam: "relaties",
    velden:
      "externId, clientnummer, soort (ouder_met_gezag | voogd | mentor | curator | gemachtigde | bewindvoerder | ouder_zonder_gezag), naam, email?, telefoon?, geldigVanaf?, geldigTot?, bewijs?",
  },
  {
    naam: "dossier",
    velden:
      "externId, clientnummer, categorie (personalia | contact | zorg | financieel | documenten), titel, inhoud, herkomst?, betreftDerde?, auteur?",
  },
  {
    naam: "verstrekkingen",
    velden:
      "externId, clientnummer, ontvanger, ontvangerEmail?, datum, rechtsgrond, categorieen?, omschrijving?, toestemmingExternId?",
  },
  { naam: "toestemmingen", velden: "externId, clientnummer, omschrijving, ontvanger?, gegevenOp, ingetrokkenOp?" },
];

/**
 * /beheer/import/formaat: the import format in the portal, for a beheerder who has no copy of the
 * repository's docs (the same rules as docs/import-formaat.md). Inside the beheer layout: beheerder only.
 */
export default function ImportFormaat() {
  const t = useBerichten().beheer.importFormaat;
  return (
    <div className="pagina">
      <p className="terug-link">
        <Link to="/beheer/import">{t.terug}</Link>
      </p>
      <h1>{t.titel}</h1>
      {t.intro.map((alinea) => (
        <p key={alinea}>{alinea}</p>
      ))}
      <h2>{t.vormenTitel}</h2>
      <ul>
        {t.vormen.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
      <h2>{t.sleutelsTitel}</h2>
      <ul>
        {t.sleutels.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
      <h2>{t.overgeslagenTitel}</h2>
      <ul>
        {t.overgeslagen.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
      <h2>{t.veldenTitel}</h2>
      <p>{t.veldenUitleg}</p>
      <dl className="gegevens import-velden">
        {LIJSTEN.map((l) => (
          <div key={l.naam}>
            <dt>
              <code>{l.naam}</code>
            </dt>
            <dd>
              <code className="vrije-tekst">{l.velden}</code>
            </dd>
          </div>
        ))}
      </dl>
      <p>{t.nooit}</p>
    </div>
  );
}
