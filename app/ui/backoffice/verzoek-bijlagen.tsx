import { amsterdamDate } from "~/domain/calendar";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";

/** A file the requester sent (app/services/bijlagen.server.ts `BijlageRegel`). */
export type BijlageRij = {
  id: string;
  doel: "bericht" | "vertegenwoordiging";
  bestandsnaam: string;
  grootte: number;
  op: string;
};

/**
 * "Files from the requester" on the staff request page (docs/decisions/032): each file with what it
 * was sent for and a download link (an attachment, logged in the client's access log).
 */
export function VerzoekBijlagen({
  verzoekId,
  bijlagen,
  t,
  taal,
}: {
  verzoekId: string;
  bijlagen: readonly BijlageRij[];
  t: Berichten["bijlagen"]["medewerker"];
  taal: Taal;
}) {
  return (
    <section aria-labelledby="bijlagen-titel" id="bijlagen">
      <h2 id="bijlagen-titel">{t.titel}</h2>
      {bijlagen.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <>
          <p className="hint">{t.uitleg}</p>
          <div className="tabel-scroll">
            <table className="behandel-tabel">
              <caption className="visueel-verborgen">{t.titel}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.bestand}</th>
                  <th scope="col">{t.soort}</th>
                  <th scope="col">{t.ontvangen}</th>
                </tr>
              </thead>
              <tbody>
                {bijlagen.map((b) => {
                  const dag = amsterdamDate(new Date(b.op));
                  return (
                    <tr key={b.id}>
                      <td>
                        <a
                          href={`/backoffice/verzoeken/${verzoekId}/bijlagen/${b.id}`}
                          download
                          aria-label={t.downloaden(b.bestandsnaam)}
                        >
                          {b.bestandsnaam}
                        </a>{" "}
                        ({Math.max(1, Math.round(b.grootte / 1024))} kB)
                      </td>
                      <td>{b.doel === "vertegenwoordiging" ? t.bewijs : t.bijBericht}</td>
                      <td>
                        <time dateTime={dag}>{formatDatum(dag, taal, { weekday: false })}</time>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
