import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { amsterdamDate } from "~/domain/calendar";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { inzageVoorClient } from "~/services/inzage.server";
import { getOrganisatie } from "~/services/organisatie.server";
import { vereisClient } from "~/http/sessie.server";
import { nietGevonden } from "~/http/fouten.server";
import "~/i18n/teksten/pakket";

export const meta: MetaFunction = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].pakket.inzageMetaTitel(params.nummer ?? "") }];
};

/**
 * /mijn/verzoeken/:nummer/inzage: the inzage overview (AVG art. 15) per category: the data,
 * purposes, legal basis, recipients, retention and origin, plus the client's rights. Only for the
 * account that filed the request, once staff delivered a package; otherwise "not found". Audited.
 * Withheld parts are left out or marked, and listed by kind and ground (docs/decisions/013).
 * Ends with the access log: who accessed the dossier, when, what and why (docs/decisions/023).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const taal = await taalVanRequest(request);
  const overzicht = await inzageVoorClient(sessie, params.nummer ?? "", { taal });
  if (!overzicht) throw await nietGevonden(request);
  const org = await getOrganisatie();
  return {
    nummer: overzicht.nummer,
    fg: [org.fgNaam, org.fgEmail].filter(Boolean).join(", "),
    klachtenroute: org.klachtenroute,
    aanvullend: overzicht.aanvullend,
    // NEN 7513, AVG art. 15: who accessed the dossier, by role (docs/decisions/023).
    toegangslog: overzicht.toegangslog,
    achtergehouden: (overzicht.achtergehouden ?? []).map((a) => ({
      categorie: a.categorie,
      veld: a.veld,
      reden: a.reden,
    })),
    categorieen: overzicht.categorieen.map((c) => ({
      categorie: c.categorie,
      bewaartermijn: c.bewaartermijn,
      verwerkingen: c.verwerkingen,
      verstrekkingen: c.verstrekkingen,
      items: c.items.map((i) => ({
        id: i.id,
        titel: i.titel,
        inhoud: i.inhoud,
        herkomst: i.herkomst,
        vastgelegd: amsterdamDate(i.aangemaaktOp),
        bestandsnaam: i.bestandsnaam,
      })),
    })),
  };
}

const tijdVan = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" }).format(
    new Date(iso),
  );

export default function InzagePagina() {
  const d = useLoaderData<typeof loader>();
  const alles = useBerichten();
  const t = alles.pakket;
  const a = alles.achterhouding;
  const taal = useTaal();
  return (
    <div className="pagina inzage-overzicht">
      <p className="terug-link">
        <Link to={`/mijn/verzoeken/${encodeURIComponent(d.nummer)}`}>{t.terug(d.nummer)}</Link>
      </p>
      <h1>{t.inzageTitel}</h1>
      <p>{t.inzageIntro}</p>
      {d.achtergehouden.length > 0 ? (
        <section aria-labelledby="achtergehouden-titel" className="melding let-op">
          <h2 id="achtergehouden-titel">{a.mijnTitel}</h2>
          <p>{a.mijnUitleg}</p>
          <ul>
            {d.achtergehouden.map((deel, n) => {
              const groep = t.categorie[deel.categorie] ?? deel.categorie;
              return (
                <li key={n}>
                  {deel.veld === null ? a.mijnHeel(groep, deel.reden) : a.mijnVeld(groep, deel.veld, deel.reden)}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {d.categorieen.map((c) => (
        <section key={c.categorie} aria-labelledby={`cat-${c.categorie}`} className="inzage-categorie">
          <h2 id={`cat-${c.categorie}`}>{t.categorie[c.categorie] ?? c.categorie}</h2>
          <h3>{t.gegevensTitel}</h3>
          {c.items.length === 0 ? (
            <p>{t.geenItems}</p>
          ) : (
            c.items.map((i) => (
              <article key={i.id} className="inzage-item" aria-label={i.titel}>
                <h4>{i.titel}</h4>
                <dl>
                  {Object.entries(i.inhoud).map(([k, w]) => (
                    <div key={k}>
                      <dt>{k}</dt>
                      <dd>{w}</dd>
                    </div>
                  ))}
                  {i.bestandsnaam ? (
                    <div>
                      <dt>{t.bestand}</dt>
                      <dd>{i.bestandsnaam}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t.herkomst}</dt>
                    <dd>{i.herkomst}</dd>
                  </div>
                  <div>
                    <dt>{t.vastgelegd}</dt>
                    <dd>{formatDatum(i.vastgelegd, taal)}</dd>
                  </div>
                </dl>
              </article>
            ))
          )}
          <h3>{t.doelenTitel}</h3>
          <ul>
            {c.verwerkingen.map((v) => (
              <li key={v.sleutel}>
                <strong>{v.naam}</strong>: {v.doel}
                <br />
                {t.rechtsgrond}: {v.rechtsgrond}
                <br />
                {t.ontvangers}: {v.ontvangers.length ? v.ontvangers.join(", ") : t.geenOntvangers}
                <br />
                {t.bewaartermijn}: {v.bewaartermijn}
              </li>
            ))}
          </ul>
          <p>
            {t.bewaartermijn}: {c.bewaartermijn}
          </p>
          <h3>{t.verstrektTitel}</h3>
          {c.verstrekkingen.length === 0 ? (
            <p>{t.geenVerstrekkingen}</p>
          ) : (
            <ul>
              {c.verstrekkingen.map((v, n) => (
                <li key={n}>
                  {formatDatum(v.datum, taal)}: {v.ontvanger} ({v.omschrijving}; {v.rechtsgrond})
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section aria-labelledby="art15-titel">
        <h2 id="art15-titel">{t.art15Titel}</h2>
        {d.aanvullend.herkomst.length > 0 ? (
          <>
            <h3>{t.herkomstTitel}</h3>
            <ul>
              {d.aanvullend.herkomst.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>{t.geautomatiseerdTitel}</h3>
        {d.aanvullend.geautomatiseerd.map((r) => (
          <p key={r}>{r}</p>
        ))}
        <h3>{t.doorgifteTitel}</h3>
        {d.aanvullend.doorgifte.map((r) => (
          <p key={r}>{r}</p>
        ))}
        <h3>{t.kopieTitel}</h3>
        <p>{d.aanvullend.kopie}</p>
      </section>
      {/* The table's scroll region carries the name (one landmark, not two with the same name). */}
      <section id="toegangslog">
        <h2 id="toegangslog-titel">{t.toegangslogTitel}</h2>
        <p>{t.toegangslogUitleg}</p>
        {d.toegangslog.length === 0 ? (
          <p>{t.toegangslogLeeg}</p>
        ) : (
          <div className="tabel-scroll" tabIndex={0} role="region" aria-labelledby="toegangslog-titel">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.toegangslogKolommen.wanneer}</th>
                  <th scope="col">{t.toegangslogKolommen.wie}</th>
                  <th scope="col">{t.toegangslogKolommen.wat}</th>
                  <th scope="col">{t.toegangslogKolommen.onderdeel}</th>
                  <th scope="col">{t.toegangslogKolommen.waarom}</th>
                </tr>
              </thead>
              <tbody>
                {d.toegangslog.map((r, n) => (
                  <tr key={n}>
                    <td>
                      {formatDatum(amsterdamDate(new Date(r.op)), taal)} {tijdVan(r.op)}
                    </td>
                    <td>
                      {r.wie}
                      {r.namens ? ` (${r.namens})` : ""}
                    </td>
                    <td>{r.wat}</td>
                    <td>{r.onderdeel ?? ""}</td>
                    <td>{r.waarom}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="rechten-titel">
        <h2 id="rechten-titel">{t.rechtenTitel}</h2>
        <p>{t.rechtenTekst}</p>
        <p>{t.klachtTekst(d.fg, d.klachtenroute)}</p>
      </section>
    </div>
  );
}
