import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { startpagina } from "~/domain/startpagina";
import { isRouteErrorResponse, Link, useLoaderData, useLocation, useRouteError } from "@remix-run/react";
import { OPEN_STATUSSEN, STATUS_LABELS } from "~/domain/verzoek-status";
import { filtersUitInvoer, wachtrijFilterSchema, wachtrijZoekparams, type WachtrijFilters } from "~/domain/wachtrij";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { backofficeStart } from "~/services/dashboard.server";
import { leesZoekparameters } from "~/server/invoer.server";
import { mag } from "~/domain/bevoegdheden";
import { alsPaginaFout } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { DashboardOverzicht } from "~/ui/backoffice/dashboard-overzicht";
import { Filterformulier } from "~/ui/backoffice/filterformulier";
import { WachtrijTabel } from "~/ui/backoffice/wachtrij-tabel";
import "~/i18n/teksten/algemeen";
import "~/i18n/teksten/backoffice";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].backoffice.metaTitel }];
};

/** /backoffice: the queue (filters, counts per status, 50 rows per page) and the dashboard. */
export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request);
  // A beheerder-only account does not work the queue: on to where their work is (never a dead end).
  const rollen = sessie.medewerker.rollen;
  if (!mag(rollen, "verzoek.behandelen")) throw redirect(startpagina(rollen));
  const t = BERICHTEN[await taalVanRequest(request)].backoffice;
  const submission = parseWithZod(await leesZoekparameters(request), { schema: wachtrijFilterSchema(t.fouten) });
  const filters = submission.status === "success" ? filtersUitInvoer(submission.value) : null;
  try {
    const { wachtrij, dashboard } = await backofficeStart(sessie, filters);
    const fouten: Record<string, string[]> = {};
    if (submission.status === "error") {
      for (const [veld, lijst] of Object.entries(submission.error ?? {})) if (lijst?.length) fouten[veld] = lijst;
    }
    return { wachtrij, dashboard, filters, fouten, resultaat: submission.reply() };
  } catch (error) {
    return alsPaginaFout(error, request);
  }
}

/** A queue URL with these filters (never a cursor unless given). */
function wachtrijUrl(filters: WachtrijFilters): string {
  const query = wachtrijZoekparams(filters).toString();
  return query ? `/backoffice?${query}` : "/backoffice";
}

export default function Wachtrij() {
  const { wachtrij, dashboard, filters, resultaat } = useLoaderData<typeof loader>();
  const alles = useBerichten();
  const t = alles.backoffice;
  const taal = useTaal();
  const location = useLocation();
  // Filters without page position: the base of every link on this page.
  const basis: WachtrijFilters = filters ? { ...filters, na: undefined, voor: undefined } : {};
  const zonderStatus: WachtrijFilters = { ...basis, status: undefined };
  const heeftFilters = wachtrijZoekparams(basis).toString() !== "";

  return (
    <div className="pagina backoffice">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>

      {/* Keyed by the query: after a link (e.g. the other sort order) the form shows the new values. */}
      <Filterformulier
        key={location.search}
        resultaat={resultaat}
        behandelaars={wachtrij?.behandelaars ?? []}
        alles={alles}
        taal={taal}
      />

      {wachtrij ? (
        <>
          <section aria-labelledby="per-status-titel" className="per-status">
            <h2 id="per-status-titel">{t.perStatusTitel}</h2>
            <p className="hint">{t.perStatusUitleg}</p>
            <ul className="status-links">
              <li>
                <Link to={wachtrijUrl(zonderStatus)} aria-current={basis.status ? undefined : "true"}>
                  {t.alleStatussen(wachtrij.totaal)}
                </Link>
              </li>
              {OPEN_STATUSSEN.map((status) => (
                <li key={status}>
                  <Link
                    to={wachtrijUrl({ ...zonderStatus, status })}
                    aria-current={basis.status === status ? "true" : undefined}
                  >
                    {t.statusAantal(STATUS_LABELS[status].staff[taal], wachtrij.perStatus[status])}
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          {wachtrij.rijen.length === 0 ? (
            <div className="melding">
              <p>{heeftFilters ? t.leeg : t.leegZonderFilters}</p>
              {heeftFilters ? (
                <p>
                  <Link to="/backoffice">{t.filters.wissen}</Link>
                </p>
              ) : null}
            </div>
          ) : (
            <>
              {/* The order is said in words, with a link to the other one (works without JavaScript). */}
              <p className="wachtrij-sortering">
                {t.tabel.gesorteerdOp(basis.sorteer ?? "doel")}{" "}
                <Link to={wachtrijUrl({ ...basis, sorteer: basis.sorteer === "wettelijk" ? undefined : "wettelijk" })}>
                  {t.tabel.sorteerAnders(basis.sorteer ?? "doel")}
                </Link>
              </p>
              <WachtrijTabel
                rijen={wachtrij.rijen}
                caption={t.tabel.caption(wachtrij.rijen.length, telling(wachtrij, basis), basis.sorteer ?? "doel")}
                alles={alles}
                taal={taal}
              />
            </>
          )}

          {wachtrij.vorige || wachtrij.volgende ? (
            <nav aria-label={t.paginering.label} className="paginering">
              <ul>
                {wachtrij.vorige ? (
                  <li>
                    <Link to={wachtrijUrl({ ...basis, voor: wachtrij.vorige })} rel="prev">
                      {t.paginering.vorige}
                    </Link>
                  </li>
                ) : null}
                {wachtrij.vorige ? (
                  <li>
                    <Link to={wachtrijUrl(basis)}>{t.paginering.eerste}</Link>
                  </li>
                ) : null}
                {wachtrij.volgende ? (
                  <li>
                    <Link to={wachtrijUrl({ ...basis, na: wachtrij.volgende })} rel="next">
                      {t.paginering.volgende}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      ) : (
        <p className="melding let-op">{t.geenRijenBijFout}</p>
      )}

      <DashboardOverzicht dashboard={dashboard} alles={alles} taal={taal} />
    </div>
  );
}

/** The number of requests matching the filters: the status count when one status is chosen. */
function telling(wachtrij: { totaal: number; perStatus: Record<string, number> }, filters: WachtrijFilters): number {
  return filters.status ? (wachtrij.perStatus[filters.status] ?? 0) : wachtrij.totaal;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const alles = useBerichten();
  const geenToegang = isRouteErrorResponse(error) && error.status === 403;
  return (
    <div className="pagina smal">
      <h1>{geenToegang ? alles.backoffice.titel : alles.fout.titel}</h1>
      <p>{geenToegang ? alles.backoffice.geenToegang : alles.fout.tekst}</p>
    </div>
  );
}
