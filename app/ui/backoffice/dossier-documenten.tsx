import type { ReactNode } from "react";
import { Form, Link, useNavigation } from "@remix-run/react";
import { BESTANDSSOORTEN, DOCUMENT_TITEL_MAX, type Bestandssoort } from "~/domain/bestanden";
import type { Berichten } from "~/i18n/berichten";
import { acceptVoor } from "~/ui/bijlagen";

type DocumentRij = {
  id: string;
  titel: string;
  inhoud: Record<string, string>;
  herkomst: string;
  grootte: number | null;
  verzoekNummer: string | null;
};

/**
 * The documents in one client's dossier for staff (docs/decisions/032): the list with download and
 * delete, and the form to add one that belongs to no request. Works without JavaScript.
 */
export function DossierDocumenten({
  client,
  documenten,
  soorten,
  maxMb,
  fout,
  gedaan,
  t,
  children,
}: {
  client: { id: string; clientnummer: string };
  documenten: DocumentRij[];
  soorten: Bestandssoort[];
  maxMb: number;
  fout: string | null;
  gedaan: string | null;
  t: Berichten["bestanden"];
  /** More sections of the client's dossier page, after the documents (the hold, docs/decisions/036). */
  children?: ReactNode;
}) {
  const navigation = useNavigation();
  const p = t.pagina;
  const basis = `/backoffice/clienten/${client.id}/documenten`;
  return (
    <div className="pagina backoffice documenten">
      <p className="terug-link">
        <Link to="/backoffice">{p.terug}</Link>
      </p>
      <h1>{t.dossier.titel(client.clientnummer)}</h1>
      <p>{t.dossier.uitleg}</p>
      {gedaan === "toegevoegd" ? (
        <p className="melding" role="status">
          {p.toegevoegd}
        </p>
      ) : null}
      {gedaan === "verwijderd" ? (
        <p className="melding" role="status">
          {p.verwijderd}
        </p>
      ) : null}
      {fout ? (
        <div className="melding fout" role="alert">
          <p>{fout}</p>
        </div>
      ) : null}

      <h2 id="bestaand-titel">{p.bestaand}</h2>
      {documenten.length === 0 ? (
        <p>{p.leeg}</p>
      ) : (
        <ul aria-labelledby="bestaand-titel">
          {documenten.map((d) => (
            <li key={d.id}>
              <a href={`${basis}/${d.id}`} download aria-label={p.downloaden(d.titel)}>
                {d.titel}
              </a>{" "}
              ({d.inhoud.datum ?? ""}, {d.herkomst}
              {d.grootte ? `, ${p.grootte(Math.max(1, Math.round(d.grootte / 1024)).toString())}` : ""}
              {d.verzoekNummer ? `, ${t.dossier.bijVerzoek(d.verzoekNummer)}` : ""})
              <Form method="post" className="inline">
                <input type="hidden" name="intent" value="verwijderen" />
                <input type="hidden" name="documentId" value={d.id} />
                <button type="submit" className="knop-secundair">
                  {p.verwijderen}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}

      <Form method="post" encType="multipart/form-data" aria-labelledby="nieuw-titel">
        <h2 id="nieuw-titel">{p.nieuw}</h2>
        <p className="hint" id="bestand-hint">
          {t.toegestaan(soorten.map((s) => BESTANDSSOORTEN[s].extensie.toUpperCase()).join(", "), maxMb)}
        </p>
        <div className="veld">
          <label htmlFor="bestand">{p.bestand}</label>
          <input
            id="bestand"
            name="bestand"
            type="file"
            required
            accept={acceptVoor(soorten)}
            aria-describedby="bestand-hint"
          />
        </div>
        <div className="veld">
          <label htmlFor="titel">{p.titelVeld}</label>
          <input id="titel" name="titel" type="text" required maxLength={DOCUMENT_TITEL_MAX} />
        </div>
        <div className="veld">
          <label htmlFor="datum">{p.datum}</label>
          <input id="datum" name="datum" type="date" required />
        </div>
        <div className="veld">
          <label htmlFor="herkomst">{p.herkomst}</label>
          <input
            id="herkomst"
            name="herkomst"
            type="text"
            required
            defaultValue="zorgverlener"
            aria-describedby="herkomst-hint"
          />
          <p className="hint" id="herkomst-hint">
            {p.herkomstHint}
          </p>
        </div>
        <div className="veld keuze">
          <input id="betreftDerde" name="betreftDerde" type="checkbox" value="ja" aria-describedby="derde-hint" />
          <label htmlFor="betreftDerde">{p.derde}</label>
          <p className="hint" id="derde-hint">
            {p.derdeHint}
          </p>
        </div>
        <button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? p.bezig : p.toevoegen}
        </button>
      </Form>
      {children}
    </div>
  );
}
