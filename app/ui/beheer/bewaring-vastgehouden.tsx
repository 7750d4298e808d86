import type { SerializeFrom } from "@remix-run/node";
import { amsterdamDate } from "~/domain/calendar";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
import type { VastRegel } from "~/services/vernietiging.server";
import type { vasthoudOverzicht } from "~/services/vasthouden.server";
import "~/i18n/teksten/beheer";

type Vasthouden = SerializeFrom<Awaited<ReturnType<typeof vasthoudOverzicht>>>;

/**
 * /beheer/bewaring "held and why" (docs/decisions/031 and 036): what is past its term but kept, per
 * reason and kind; the clients a complaint, calamity or legal claim holds, with the reason the
 * directie recorded; and the last steps that recorded or lifted such a hold, with their reasons.
 */
export function BewaringVastgehouden({ vastgehouden, vh }: { vastgehouden: VastRegel[]; vh: Vasthouden }) {
  const alles = useBerichten();
  const taal = useTaal();
  const t = alles.beheer.bewaring;
  const v = alles.bewaringVasthouden;
  // The day in Amsterdam of a moment.
  const dag = (moment: Date | string | null) =>
    moment ? formatDatum(amsterdamDate(new Date(moment)), taal, { weekday: false }) : "–";
  return (
    <>
      <section aria-labelledby="bw-vast">
        <h2 id="bw-vast">{t.vastTitel}</h2>
        {vastgehouden.length === 0 ? (
          <p>{t.vastLeeg}</p>
        ) : (
          <>
            <p>{t.vastIntro}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.reden}</th>
                  <th scope="col">{t.soort}</th>
                  <th scope="col">{t.aantal}</th>
                </tr>
              </thead>
              <tbody>
                {vastgehouden.map((r) => (
                  <tr key={`${r.code}-${r.categorie}`}>
                    <td>{t.redenen[r.code]}</td>
                    <td>{t.categorieen[r.categorie]}</td>
                    <td>{r.aantal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="bw-vh">
        <h2 id="bw-vh">{v.titel}</h2>
        <p>{v.intro}</p>
        {vh.clienten.length === 0 ? (
          <p>{v.leeg}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{v.client}</th>
                <th scope="col">{v.wat}</th>
                <th scope="col">{v.waarom}</th>
                <th scope="col">{v.sinds}</th>
              </tr>
            </thead>
            <tbody>
              {vh.clienten.flatMap((c) => [
                ...(c.klacht
                  ? [
                      <tr key={`${c.clientnummer}-k`}>
                        <th scope="row">{c.clientnummer}</th>
                        <td>{v.klacht}</td>
                        <td>{c.klacht.reden ?? v.onbekend}</td>
                        <td>{dag(c.klacht.sinds)}</td>
                      </tr>,
                    ]
                  : []),
                ...(c.rechtsvordering
                  ? [
                      <tr key={`${c.clientnummer}-r`}>
                        <th scope="row">{c.clientnummer}</th>
                        <td>{v.rechtsvordering(c.rechtsvordering.omschrijving)}</td>
                        <td>{c.rechtsvordering.reden ?? v.onbekend}</td>
                        <td>{dag(c.rechtsvordering.sinds)}</td>
                      </tr>,
                    ]
                  : []),
              ])}
            </tbody>
          </table>
        )}
        <h3>{v.stappenTitel}</h3>
        {vh.stappen.length === 0 ? (
          <p>{v.stappenLeeg}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{v.datum}</th>
                <th scope="col">{v.client}</th>
                <th scope="col">{v.stap}</th>
                <th scope="col">{v.waarom}</th>
              </tr>
            </thead>
            <tbody>
              {vh.stappen.map((s, i) => (
                <tr key={`${String(s.op)}-${i}`}>
                  <td>{dag(s.op)}</td>
                  <td>{s.clientnummer ?? "–"}</td>
                  <td>
                    {v.stappen[s.actie] ?? s.actie}
                    {s.rechtsvordering ? `: ${s.rechtsvordering}` : ""}
                  </td>
                  <td>{s.reden ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
