import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useBerichten, useTaal, type RootData } from "~/root";
import { AUDIT_MAX_REGELS, auditVanVerzoek } from "~/services/behandeling.server";
import { alsPaginaFout } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { BERICHTEN } from "~/i18n/geladen";
import "~/i18n/teksten/behandeling";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const nummer = (data as { audit?: { verzoek: { nummer: string } } } | undefined)?.audit?.verzoek.nummer ?? "";
  return [{ title: BERICHTEN[root?.taal ?? "nl"].behandeling.audit.metaTitel(nummer) }];
};

/**
 * /backoffice/verzoeken/:id/audit: the access log of one request and its matched client (NEN 7513).
 * `?keten=1` verifies the whole hash chain: on request and for the directie only, because it reads
 * the whole log (docs/decisions/007-optimistische-vergrendeling.md, "Het toegangslogboek per verzoek").
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const ketenControleren = new URL(request.url).searchParams.get("keten") === "1";
  try {
    return { audit: await auditVanVerzoek(sessie, params.id ?? "", { ketenControleren }), max: AUDIT_MAX_REGELS };
  } catch (error) {
    return alsPaginaFout(error, request);
  }
}

const tijdFormaat = {
  nl: new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }),
};

export default function AuditPagina() {
  const { audit, max } = useLoaderData<typeof loader>();
  const alles = useBerichten();
  const taal = useTaal();
  const t = alles.behandeling.audit;
  const { verzoek, regels, keten } = audit;

  return (
    <div className="pagina backoffice audit-pagina">
      <p className="terug-link">
        <Link to={`/backoffice/verzoeken/${verzoek.id}`}>{t.terug(verzoek.nummer)}</Link>
      </p>
      <h1>{t.titel(verzoek.nummer)}</h1>
      <p>{t.intro}</p>

      <section aria-labelledby="keten-titel" className="keten">
        <h2 id="keten-titel">{t.ketenTitel}</h2>
        <p>{t.ketenUitleg}</p>
        {keten ? (
          <p className={keten.ok ? "melding" : "melding fout"} role="status">
            {keten.ok ? t.ketenOk(keten.rijen) : t.ketenFout(keten.eersteFouteRij, keten.reden)}
          </p>
        ) : !audit.ketenControleerbaar ? (
          <p className="hint">{t.ketenAlleenDirectie}</p>
        ) : (
          <Form method="get" className="inline-formulier">
            <input type="hidden" name="keten" value="1" />
            <button type="submit" className="knop secundair">
              {t.ketenKnop}
            </button>
          </Form>
        )}
      </section>

      {regels.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <div className="tabel-scroll">
          <table className="behandel-tabel audit-tabel">
            <caption>{t.caption(regels.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.wanneer}</th>
                <th scope="col">{t.wie}</th>
                <th scope="col">{t.rol}</th>
                <th scope="col">{t.wat}</th>
                <th scope="col">{t.onderdeel}</th>
                <th scope="col">{t.betreft}</th>
              </tr>
            </thead>
            <tbody>
              {regels.map((r) => (
                <tr key={r.id}>
                  <td>
                    <time dateTime={r.op}>{tijdFormaat[taal].format(new Date(r.op))}</time>
                  </td>
                  <td>
                    {r.wie ?? (r.actorSoort === "systeem" ? t.systeem : t.onbekendePersoon)}
                    <span className="hint audit-soort">{t.actorSoorten[r.actorSoort] ?? r.actorSoort}</span>
                  </td>
                  <td>{r.rol ? (t.rollen[r.rol] ?? r.rol) : "–"}</td>
                  <td>{t.acties[r.actie] ?? r.actie}</td>
                  <td>{r.onderdeel ? (t.onderdelen[r.onderdeel] ?? r.onderdeel) : "–"}</td>
                  <td>{r.ditVerzoek ? t.ditVerzoek : t.clientdossier(verzoek.clientnummer ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {audit.afgekapt ? <p className="hint">{t.afgekapt(max)}</p> : null}
    </div>
  );
}
