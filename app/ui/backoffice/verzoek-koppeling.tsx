import type { SubmissionResult } from "@conform-to/react";
import { Form, useLocation } from "@remix-run/react";
import type { Verzoektype } from "~/domain/request-types";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import { foutTekst, StapFormulier } from "./verzoek-formulier";
import { stapSchema } from "./verzoek-stappen";
import "~/i18n/teksten/behandeling";

export type KandidaatRegel = {
  id: string;
  clientnummer: string;
  naam: string;
  geboortedatum: string;
  status: string;
  overeenkomsten: string[];
};

/** Every message of a refused link (the form has no fields of its own: they are form-level). */
function fouten(resultaat: SubmissionResult<string[]> | undefined): string[] {
  return Object.values(resultaat?.error ?? {}).flatMap((lijst) => lijst ?? []);
}

/**
 * Matching the request to a client record. The search is a GET (a link-like button) because it
 * only reads; each candidate shown is logged. Linking is a POST per candidate. The requester is
 * never told.
 */
export function VerzoekKoppeling({
  client,
  kandidaten,
  kanKoppelen,
  versie,
  type,
  resultaat,
  alles,
  taal,
}: {
  client: { clientnummer: string; naam: string } | null;
  kandidaten: KandidaatRegel[] | null;
  kanKoppelen: boolean;
  versie: number;
  type: Verzoektype;
  resultaat: (stap: string) => SubmissionResult<string[]> | undefined;
  alles: Berichten;
  taal: Taal;
}) {
  const t = alles.behandeling.koppeling;
  const { pathname } = useLocation();
  const koppelFouten = fouten(resultaat("koppelen"));
  return (
    <section aria-labelledby="koppeling-titel" id="koppeling">
      <h2 id="koppeling-titel">{t.titel}</h2>
      <p>{client ? t.gekoppeld(client.clientnummer, client.naam) : t.nietGekoppeld}</p>
      <p className="hint">{t.uitleg}</p>
      {koppelFouten.length ? (
        <div className="melding fout" role="alert">
          {koppelFouten.map((code) => (
            <p key={code}>{foutTekst(alles.behandeling, code)}</p>
          ))}
          <p>
            <a href={pathname}>{alles.behandeling.herladen}</a>
          </p>
        </div>
      ) : null}

      {client && kanKoppelen ? (
        <StapFormulier
          stap="ontkoppelen"
          versie={versie}
          schema={stapSchema("ontkoppelen", type)}
          resultaat={resultaat("ontkoppelen")}
          titel={t.ontkoppelKnop}
          knop={t.ontkoppelKnop}
          knopKlasse="knop secundair"
        />
      ) : null}

      {!client && kanKoppelen ? (
        <>
          <Form method="get" action={`${pathname}#koppeling`} className="inline-formulier">
            <input type="hidden" name="koppelen" value="1" />
            <button type="submit" className="knop secundair">
              {t.zoekKnop}
            </button>
          </Form>
          {kandidaten ? (
            kandidaten.length === 0 ? (
              <p className="melding">{t.geenKandidaten}</p>
            ) : (
              <div className="tabel-scroll">
                <table className="behandel-tabel">
                  <caption>{t.kandidatenCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.clientnummer}</th>
                      <th scope="col">{t.naam}</th>
                      <th scope="col">{t.geboortedatum}</th>
                      <th scope="col">{t.status}</th>
                      <th scope="col">{t.overeenkomst}</th>
                      <th scope="col">{t.actie}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {kandidaten.map((k) => (
                      <tr key={k.id}>
                        <td>{k.clientnummer}</td>
                        <td>{k.naam}</td>
                        <td>
                          <time dateTime={k.geboortedatum}>
                            {formatDatum(k.geboortedatum, taal, { weekday: false })}
                          </time>
                        </td>
                        <td>{t.statussen[k.status] ?? k.status}</td>
                        <td>{k.overeenkomsten.map((o) => t.overeenkomsten[o] ?? o).join(", ")}</td>
                        <td>
                          <Form method="post" className="inline-formulier">
                            <input type="hidden" name="intent" value="koppelen" />
                            <input type="hidden" name="versie" value={versie} />
                            <input type="hidden" name="clientId" value={k.id} />
                            <button type="submit" className="knop klein">
                              {t.koppelKnop(k.clientnummer)}
                            </button>
                          </Form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
