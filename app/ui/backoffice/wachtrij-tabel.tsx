import { Link } from "@remix-run/react";
import { STATUS_LABELS } from "~/domain/request-state";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import type { WachtrijRegel } from "~/services/wachtrij.server";
import { UrgentieBadge } from "./urgentie-badge";

function kenmerken(rij: WachtrijRegel, t: Berichten["backoffice"]["tabel"]): string[] {
  const lijst: string[] = [];
  if (rij.gepauzeerd) lijst.push(t.klokStil);
  if (rij.gepauzeerdeDagen > 0) lijst.push(t.gepauzeerdeDagen(rij.gepauzeerdeDagen));
  if (rij.verlengd) lijst.push(t.verlengd);
  if (rij.identiteitOnbevestigd) lijst.push(t.identiteit);
  return lijst;
}

/** The queue as a table; it scrolls sideways on a narrow screen (and can be scrolled with the keyboard). */
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
    <div className="tabel-scroll" role="region" aria-labelledby="wachtrij-caption" tabIndex={0}>
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
                <td>{alles.home.rechten[rij.type].naam}</td>
                <td>
                  {rij.naam}
                  <span className="wachtrij-koppeling">{rij.gekoppeld ? t.gekoppeld : t.nietGekoppeld}</span>
                </td>
                <td>{datum(rij.ontvangenOp)}</td>
                <td>{datum(rij.doelTermijn)}</td>
                <td>{datum(rij.wettelijkeTermijn)}</td>
                <td>
                  <UrgentieBadge dagenOver={rij.dagenOver} taal={taal} />
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
  );
}
