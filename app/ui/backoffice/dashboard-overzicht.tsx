import { VERZOEKTYPEN } from "~/domain/request-types";
import { TERMIJN_GROEPEN } from "~/domain/wachtrij";
import type { Berichten } from "~/i18n/berichten";
import type { Taal } from "~/i18n/taal";
import type { Dashboard } from "~/services/dashboard.server";
import { Staafdiagram, type Staaf } from "./staafdiagram";
import "~/i18n/teksten/backoffice";
import "~/i18n/teksten/rechten";

/** "maart 2026" / "March 2026" for "2026-03". */
function maandNaam(maand: string, taal: Taal): string {
  const [jaar, nummer] = maand.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(jaar, nummer - 1, 1)));
}

function samenvatting(staven: readonly Staaf[], t: Berichten["backoffice"]["dashboard"]): string {
  return staven.map((s) => t.deel(s.label, s.waardeTekst)).join(", ");
}

/** One chart with the same figures as a table (WCAG 1.1.1: the table is the text alternative in full). */
function GrafiekMetTabel({
  id,
  titel,
  staven,
  grafiekLabel,
  maximum,
  tabel,
}: {
  id: string;
  titel: string;
  staven: Staaf[];
  grafiekLabel: string;
  maximum?: number;
  tabel: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="dashboard-blok">
      <h3 id={id}>{titel}</h3>
      <div className="dashboard-inhoud">
        <div className="grafiek">
          <Staafdiagram staven={staven} samenvatting={grafiekLabel} maximum={maximum} />
        </div>
        {tabel}
      </div>
    </section>
  );
}

export function DashboardOverzicht({ dashboard, alles, taal }: { dashboard: Dashboard; alles: Berichten; taal: Taal }) {
  const t = alles.backoffice.dashboard;

  const perRecht: Staaf[] = VERZOEKTYPEN.map((type) => ({
    sleutel: type,
    label: alles.rechten[type].naam,
    waarde: dashboard.open.perRecht[type],
    waardeTekst: String(dashboard.open.perRecht[type]),
  }));

  const perTermijn: Staaf[] = TERMIJN_GROEPEN.map((groep) => ({
    sleutel: groep,
    label: t.termijnGroepen[groep],
    waarde: dashboard.open.perTermijn[groep],
    waardeTekst: String(dashboard.open.perTermijn[groep]),
    ...(groep === "te_laat"
      ? { accent: "rood" as const }
      : groep === "binnen_7_dagen"
        ? { accent: "amber" as const }
        : {}),
  }));

  const opTijd: Staaf[] = dashboard.opTijd.map((m) => ({
    sleutel: m.maand,
    label: maandNaam(m.maand, taal),
    waarde: m.percentage,
    waardeTekst: m.percentage === null ? t.geenPercentage : `${m.percentage}%`,
  }));

  return (
    <section aria-labelledby="dashboard-titel" className="dashboard">
      <h2 id="dashboard-titel">{t.titel}</h2>

      <GrafiekMetTabel
        id="dashboard-per-recht"
        titel={t.perRechtTitel}
        staven={perRecht}
        grafiekLabel={t.grafiekPerRecht(samenvatting(perRecht, t))}
        tabel={
          <table className="dashboard-tabel">
            <caption>{t.tabelPerRecht}</caption>
            <thead>
              <tr>
                <th scope="col">{t.kolomRecht}</th>
                <th scope="col">{t.kolomAantal}</th>
              </tr>
            </thead>
            <tbody>
              {perRecht.map((s) => (
                <tr key={s.sleutel}>
                  <th scope="row">{s.label}</th>
                  <td>{s.waardeTekst}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <GrafiekMetTabel
        id="dashboard-per-termijn"
        titel={t.perTermijnTitel}
        staven={perTermijn}
        grafiekLabel={t.grafiekPerTermijn(samenvatting(perTermijn, t))}
        tabel={
          <table className="dashboard-tabel">
            <caption>{t.tabelPerTermijn}</caption>
            <thead>
              <tr>
                <th scope="col">{t.kolomTermijn}</th>
                <th scope="col">{t.kolomAantal}</th>
              </tr>
            </thead>
            <tbody>
              {perTermijn.map((s) => (
                <tr key={s.sleutel}>
                  <th scope="row">{s.label}</th>
                  <td>{s.waardeTekst}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <GrafiekMetTabel
        id="dashboard-op-tijd"
        titel={t.opTijdTitel}
        staven={opTijd}
        maximum={100}
        grafiekLabel={t.grafiekOpTijd(samenvatting(opTijd, t))}
        tabel={
          <table className="dashboard-tabel">
            <caption>{t.tabelOpTijd}</caption>
            <thead>
              <tr>
                <th scope="col">{t.kolomMaand}</th>
                <th scope="col">{t.kolomAfgerond}</th>
                <th scope="col">{t.kolomOpTijd}</th>
                <th scope="col">{t.kolomPercentage}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.opTijd.map((m, i) => (
                <tr key={m.maand}>
                  <th scope="row">{opTijd[i]!.label}</th>
                  <td>{m.afgerond}</td>
                  <td>{m.opTijd}</td>
                  <td>{opTijd[i]!.waardeTekst}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className="dashboard-uitleg">{t.opTijdUitleg}</p>
      <p>
        <strong>
          {t.opTijdTotaal(
            dashboard.opTijdTotaal.opTijd,
            dashboard.opTijdTotaal.afgerond,
            dashboard.opTijdTotaal.percentage,
          )}
        </strong>
      </p>
    </section>
  );
}
