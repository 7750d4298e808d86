import { Link } from "@remix-run/react";
import { STATUS_LABELS } from "~/domain/verzoek-status";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import type { WachtrijRegel } from "~/services/wachtrij.server";
import { UrgentieBadge } from "./urgentie-badge";
import "~/i18n/teksten/backoffice";
import "~/i18n/teksten/rechten";

function kenmerken(rij: WachtrijRegel, t: Berichten["backoffice"]["tabel"]): string[] {
  const lijst: string[] = [];
  if (rij.gepauzeerd) lijst.push(t.klokStil);
  if (rij.gepauzeerdeDagen > 0) lijst.push(t.gepauzeerdeDagen(rij.gepauzeerdeDagen));
  if (rij.verlengd) lijst.push(t.verlengd);
  if (rij.identiteitOnbevestigd) lijst.push(t.identiteit);
  return lijst;
}

/**
 * The queue: a table on a wide screen; on a narrow one (a phone, 390 px) a list of cards, so the
 * deadline and the status are visible without scrolling sideways. Both carry the same rows; CSS
 * shows one of them (display: none also hides the other from screen readers).
 */
export function WachtrijTabel({
  rijen,
  caption,
  alles,
  taal,
}: {
  rijen: WachtrijRegel[];
  caption: string;
  alles: Berichten;
  taal: Taal;
}) {
  const t = alles.backoffice.tabel;
  const datum = (d: string) => formatDatum(d, taal, { weekday: false });
  return (
    <>
      <div className="tabel-scroll wachtrij-breed" role="region" aria-labelledby="wachtrij-caption" tabIndex={0}>
        <table className="wachtrij-tabel">
          <caption id="wachtrij-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.nummer}</th>
              <th scope="col">{t.recht}</th>
              <th scope="col">{t.betrokkene}</th>
              <th scope="col">{t.ontvangen}</th>
              <th scope="col">{t.doelTermijn}</th>
              <th scope="col">{t.wettelijkeTermijn}</th>
              <th scope="col">{t.termijn}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.behandelaar}</th>
              <th scope="col">{t.kenmerken}</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((rij) => {
              const lijst = kenmerken(rij, t);
              return (
                <tr key={rij.id}>
                  <td>
                    <Link to={`/backoffice/verzoeken/${rij.id}`} className="wachtrij-nummer">
                      {rij.nummer}
                    </Link>
                  </td>
                  <td>{alles.rechten[rij.type].naam}</td>
                  <td>
                    {rij.naam}
                    <span className="wachtrij-koppeling">{rij.gekoppeld ? t.gekoppeld : t.nietGekoppeld}</span>
                  </td>
                  <td>{datum(rij.ontvangenOp)}</td>
                  <td>{datum(rij.doelTermijn)}</td>
                  <td>
                    {datum(rij.wettelijkeTermijn)}
                    {rij.verlengd ? <span className="termijn-label">{t.verlengdTot}</span> : null}
                  </td>
                  <td>
                    <UrgentieBadge dagenOver={rij.dagenOver} taal={taal} />
                    {rij.gepauzeerd ? <span className="termijn-label">{t.klokStil}</span> : null}
                  </td>
                  <td>{STATUS_LABELS[rij.status].staff[taal]}</td>
                  <td>{rij.behandelaar ? rij.behandelaar.naam : t.niemand}</td>
                  <td>
                    {lijst.length > 0 ? (
                      <ul className="wachtrij-kenmerken">
                        {lijst.map((k) => (
                          <li key={k}>{k}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section className="wachtrij-smal" aria-labelledby="wachtrij-kaarten-titel">
        <h2 id="wachtrij-kaarten-titel" className="wachtrij-kaarten-titel">
          {caption}
        </h2>
        <ol className="wachtrij-kaarten">
          {rijen.map((rij) => {
            const lijst = kenmerken(rij, t);
            return (
              <li key={rij.id} className="wachtrij-kaart">
                <p className="wachtrij-kaart-kop">
                  <Link to={`/backoffice/verzoeken/${rij.id}`} className="wachtrij-nummer">
                    {rij.nummer}
                  </Link>{" "}
                  <span>{alles.rechten[rij.type].naam}</span>
                </p>
                <p className="wachtrij-kaart-termijn">
                  <UrgentieBadge dagenOver={rij.dagenOver} taal={taal} />{" "}
                  <strong>{STATUS_LABELS[rij.status].staff[taal]}</strong>
                </p>
                <dl className="wachtrij-kaart-gegevens">
                  <div>
                    <dt>{t.doelTermijn}</dt>
                    <dd>{datum(rij.doelTermijn)}</dd>
                  </div>
                  <div>
                    <dt>{t.wettelijkeTermijn}</dt>
                    <dd>
                      {datum(rij.wettelijkeTermijn)}
                      {rij.verlengd ? <span className="termijn-label">{t.verlengdTot}</span> : null}
                    </dd>
                  </div>
                  <div>
                    <dt>{t.betrokkene}</dt>
                    <dd>
                      {rij.naam} ({rij.gekoppeld ? t.gekoppeld : t.nietGekoppeld})
                    </dd>
                  </div>
                  <div>
                    <dt>{t.behandelaar}</dt>
                    <dd>{rij.behandelaar ? rij.behandelaar.naam : t.niemand}</dd>
                  </div>
                  {lijst.length > 0 ? (
                    <div>
                      <dt>{t.kenmerken}</dt>
                      <dd>{lijst.join(" · ")}</dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
