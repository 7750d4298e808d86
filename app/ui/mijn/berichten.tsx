import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import type { ComponentProps } from "react";
import { amsterdamDate } from "~/domain/calendar";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useRootData, useTaal } from "~/root";
import type { MijnVerzoek } from "~/services/mijn.server";
import { MeegestuurdeBijlagen } from "~/ui/eigen-bijlagen";
import "~/i18n/teksten/mijn";
import "~/i18n/teksten/bijlagen";

/** The thread with the practice (without internal notes), and the way to the message page. */
export function BerichtenSectie({
  verzoek,
  bijlagen,
}: {
  verzoek: SerializeFrom<MijnVerzoek>;
  /** Files the client sent with their messages (docs/decisions/032). */
  bijlagen: ComponentProps<typeof MeegestuurdeBijlagen>["bijlagen"];
}) {
  const tb = useBerichten().bijlagen.client;
  const t = useBerichten().mijn;
  const taal = useTaal();
  const orgNaam = useRootData()?.organisatie.naam ?? "";
  const wachtOpAntwoord = verzoek.openPauze !== null;
  return (
    <section aria-labelledby="berichten-titel" id="berichten">
      <h2 id="berichten-titel">{t.berichtenTitel}</h2>
      {verzoek.berichten.length === 0 ? (
        <p>{t.geenBerichten}</p>
      ) : (
        <ol className="berichten">
          {verzoek.berichten.map((b) => {
            const dag = amsterdamDate(new Date(b.op));
            return (
              <li key={b.id} className={`bericht bericht-${b.van}`}>
                <p className="bericht-kop">
                  <span className="bericht-van">{b.van === "client" ? t.vanU : orgNaam}</span>,{" "}
                  <time dateTime={dag}>{formatDatum(dag, taal)}</time>
                </p>
                <p className="bericht-tekst">{b.tekst}</p>
                <MeegestuurdeBijlagen
                  t={tb}
                  nummer={verzoek.nummer}
                  bijlagen={bijlagen.filter((x) => x.berichtId === b.id)}
                />
              </li>
            );
          })}
        </ol>
      )}

      {verzoek.kanBerichtSturen ? (
        <p>
          <Link className="knop" to={`/mijn/verzoeken/${encodeURIComponent(verzoek.nummer)}/bericht`}>
            {wachtOpAntwoord ? t.pauzeLink : t.berichtLink}
          </Link>
        </p>
      ) : (
        <p>{t.afgeslotenBericht}</p>
      )}
    </section>
  );
}
