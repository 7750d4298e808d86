import { formatDatum, type Taal } from "~/i18n/taal";
import type { Berichten } from "~/i18n/berichten";

/** A package as the status page shows it (app/services/pakket.server.ts `PakketRegel`). */
export type PakketWeergave = {
  id: string;
  soort: string;
  aangemaaktOp: string;
  verlooptOp: string;
  verlooptTijd: string;
  beschikbaar: boolean;
  reden: null | "verlopen" | "limiet";
  aantalDownloads: number;
  maxDownloads: number;
  downloads: { door: string; omschrijving: string; op: string; tijd: string }[];
};

/** "Documenten en downloads" on /mijn/verzoeken/:nummer: each package, its download link and who downloaded it. */
export function PakketDownloads({
  nummer,
  pakketten,
  t,
  taal,
}: {
  nummer: string;
  pakketten: PakketWeergave[];
  t: Berichten["pakketten"];
  taal: Taal;
}) {
  const basis = `/mijn/verzoeken/${encodeURIComponent(nummer)}`;
  return (
    <ul className="pakket-lijst">
      {pakketten.map((p) => {
        const soort = t.soort[p.soort] ?? p.soort;
        return (
          <li key={p.id} className="pakket">
            <h3>{soort}</h3>
            <p>{t.gemaaktOp(formatDatum(p.aangemaaktOp, taal))}</p>
            {p.beschikbaar ? (
              <>
                <p>
                  {t.beschikbaarTot(
                    `${formatDatum(p.verlooptOp, taal)} ${p.verlooptTijd}`,
                    p.maxDownloads - p.aantalDownloads,
                  )}
                </p>
                <p>
                  <a className="knop" href={`${basis}/pakket/${p.id}.zip`} download>
                    {t.downloadKnop(soort)}
                  </a>
                </p>
                <p>
                  <a href={`${basis}/inzage`}>{t.inzageLink}</a>
                </p>
              </>
            ) : (
              <p className="melding let-op">{p.reden === "limiet" ? t.redenLimiet : t.redenVerlopen}</p>
            )}
            <h4>{t.downloadsTitel}</h4>
            {p.downloads.length === 0 ? (
              <p>{t.geenDownloads}</p>
            ) : (
              <ul>
                {p.downloads.map((d, i) => (
                  <li key={i}>
                    {d.door === "ontvanger"
                      ? t.downloadDoorOntvanger(d.omschrijving, `${formatDatum(d.op, taal)} ${d.tijd}`)
                      : t.downloadDoorClient(`${formatDatum(d.op, taal)} ${d.tijd}`)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
