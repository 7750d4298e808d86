import type { TijdlijnRegel } from "~/domain/tijdlijn";
import { formatDatum, type Taal } from "~/i18n/taal";

/** The timeline of a request: what happened and when, oldest first, as an ordered list (lines from the loader). */
export function Tijdlijn({ regels, taal, leeg }: { regels: readonly TijdlijnRegel[]; taal: Taal; leeg: string }) {
  if (regels.length === 0) return <p>{leeg}</p>;
  return (
    <ol className="tijdlijn">
      {regels.map((regel) => (
        <li key={regel.id} className="tijdlijn-item">
          <p className="tijdlijn-datum">
            <time dateTime={regel.dag}>{formatDatum(regel.dag, taal)}</time>
          </p>
          <p className="tijdlijn-tekst">{regel.tekst}</p>
          {regel.details.map((detail) => (
            <p key={detail} className="tijdlijn-detail">
              {detail}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
