import { useBerichten } from "~/root";
import type { Overzicht } from "./gemeen";
import "~/i18n/teksten/behandeling";

/** A value from the request's details as plain text (never raw JSON). */
function tekstVan(waarde: unknown): string {
  if (typeof waarde === "string") return waarde;
  if (typeof waarde === "number") return String(waarde);
  if (Array.isArray(waarde)) return waarde.map(tekstVan).filter(Boolean).join(", ");
  return "";
}

/** What the client asks, in words: the rows of a correction as a table (field, now, should be). */
export function UitvoeringGevraagd({ o }: { o: Overzicht }) {
  const t = useBerichten().uitvoering;
  const v = o.verzoek;
  const details = Object.entries(v.details ?? {});
  const rijen = Array.isArray(v.details?.rijen) ? (v.details.rijen as Record<string, unknown>[]) : [];
  const overig = details.filter(([k, w]) => k !== "rijen" && k !== "type" && tekstVan(w) !== "");
  return (
    <section aria-labelledby="gevraagd-titel">
      <h2 id="gevraagd-titel">{t.gevraagdTitel}</h2>
      {details.length === 0 ? (
        <p>{t.geenDetails}</p>
      ) : (
        <>
          {rijen.length > 0 ? (
            <div className="tabel-scroll">
              <table className="behandel-tabel correctie-gevraagd">
                <caption>{t.gevraagdCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.gevraagdVeld}</th>
                    <th scope="col">{t.gevraagdNu}</th>
                    <th scope="col">{t.gevraagdMoetZijn}</th>
                    <th scope="col">{t.gevraagdWaarom}</th>
                  </tr>
                </thead>
                <tbody>
                  {rijen.map((r, i) => (
                    <tr key={i}>
                      <th scope="row" className="vrije-tekst">
                        {tekstVan(r.welk)}
                      </th>
                      <td className="vrije-tekst">{tekstVan(r.nu)}</td>
                      <td className="vrije-tekst">{tekstVan(r.moetZijn)}</td>
                      <td className="vrije-tekst">{tekstVan(r.waarom)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {overig.length > 0 ? (
            <dl className="uitvoering-details">
              {overig.map(([k, waarde]) => (
                <div key={k}>
                  <dt>{t.gevraagdLabels[k] ?? k}</dt>
                  <dd className="vrije-tekst">{tekstVan(waarde)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Who was told about the correction, erasure or restriction (AVG art. 19), and how. */
export function UitvoeringMeldingen({ o }: { o: Overzicht }) {
  const t = useBerichten().uitvoering;
  return (
    <section aria-labelledby="meldingen-titel">
      <h2 id="meldingen-titel">{t.meldingenTitel}</h2>
      {o.meldingen.length === 0 ? (
        <p>{t.geenMeldingen}</p>
      ) : (
        <ul>
          {o.meldingen.map((m) => (
            <li key={`${m.ontvanger}:${m.soort}`}>
              {m.ontvanger}: <strong>{m.perPost ? t.perPost : t.perEmail}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
