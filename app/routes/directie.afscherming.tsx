import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { alsFormulierFout, alsPaginaFout, nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import {
  afgeschermdeItems,
  bekijkAfgeschermdItem,
  heffAfschermingOp,
  UitvoeringFout,
} from "~/services/uitvoering.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/behandeling";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].afscherming.metaTitel }];
};

/**
 * /directie/afscherming: the restricted items (AVG art. 18, or kept by a retention duty) with their
 * reasons; `?item=<id>` opens one (logged, NEN 7513); the directie lifts a restriction with a reason.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "afscherming.opheffen");
  const itemId = new URL(request.url).searchParams.get("item");
  const lijst = await afgeschermdeItems(sessie);
  let geopend: Awaited<ReturnType<typeof bekijkAfgeschermdItem>> | null = null;
  if (itemId) {
    try {
      geopend = await bekijkAfgeschermdItem(sessie, itemId);
    } catch (error) {
      if (error instanceof UitvoeringFout && error.code === "item_onbekend") throw await nietGevonden(request);
      return alsPaginaFout(error, request);
    }
  }
  return { lijst, geopend };
}

const Schema = z.object({ itemId: z.string(), reden: z.string().optional().default("") });
type ActieData = { itemId: string; fout: string };

export async function action({ request }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "afscherming.opheffen");
  const t = BERICHTEN[await taalVanRequest(request)].afscherming;
  const submission = parseWithZod(await leesFormulier(request), { schema: Schema });
  if (submission.status !== "success")
    return data({ itemId: "", fout: t.fouten.onbekend! } satisfies ActieData, { status: 400 });
  try {
    const { client } = await heffAfschermingOp(sessie, submission.value.itemId, submission.value.reden);
    return redirect(`/directie/afscherming?opgeheven=${client === "per_post" ? "post" : "1"}`);
  } catch (error) {
    const fout = await alsFormulierFout(error, request, { ...t.fouten, ongeldig: t.fouten.onbekend });
    return data({ itemId: submission.value.itemId, fout: fout.tekst } satisfies ActieData, { status: fout.status });
  }
}

export default function AfschermingPagina() {
  const { lijst, geopend } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const [params] = useSearchParams();
  const t = useBerichten().afscherming;
  const c = useBerichten().uitvoering.categorieen;
  const fout = actionData?.fout;

  return (
    <div className="pagina backoffice afscherming-pagina">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      {params.get("opgeheven") ? (
        <p className="melding" role="status">
          {t.opgeheven} {params.get("opgeheven") === "post" ? t.opgehevenPerPost : t.opgehevenGemeld}
        </p>
      ) : null}

      {geopend ? (
        <section aria-labelledby="geopend-titel" className="afscherming-geopend">
          <h2 id="geopend-titel">{t.inhoudTitel(geopend.titel)}</h2>
          <p>
            {t.reden}: {geopend.afschermReden}
          </p>
          <dl>
            {Object.entries(geopend.inhoud).map(([k, w]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{w}</dd>
              </div>
            ))}
          </dl>
          <Form method="post" className="formulier">
            <h3>{t.opheffenTitel}</h3>
            <Foutoverzicht
              titel={t.foutTitel}
              fouten={fout ? [{ veldId: "opheffen-reden", tekst: fout }] : []}
              id="afscherming-fouten"
            />
            <input type="hidden" name="itemId" value={geopend.id} />
            <p id="opheffen-uitleg">{t.opheffenUitleg}</p>
            <label htmlFor="opheffen-reden">{t.opheffenReden}</label>
            {fout ? (
              <p className="veldfout" id="opheffen-reden-fout">
                {fout}
              </p>
            ) : null}
            <textarea
              id="opheffen-reden"
              name="reden"
              rows={3}
              maxLength={500}
              aria-describedby={fout ? "opheffen-uitleg opheffen-reden-fout" : "opheffen-uitleg"}
              {...(fout ? { "aria-invalid": true } : {})}
            />
            <p className="knoppen">
              <button type="submit" className="knop">
                {t.opheffenKnop}
              </button>
              <Link className="knop secundair" to="/directie/afscherming">
                {t.sluiten}
              </Link>
            </p>
          </Form>
        </section>
      ) : null}

      {lijst.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <div className="tabel-scroll">
          <table className="behandel-tabel">
            <caption>{t.caption(lijst.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.client}</th>
                <th scope="col">{t.categorie}</th>
                <th scope="col">{t.titelKolom}</th>
                <th scope="col">{t.reden}</th>
              </tr>
            </thead>
            <tbody>
              {lijst.map((item) => (
                <tr key={item.id}>
                  <td>{item.clientnummer}</td>
                  <td>{c[item.categorie] ?? item.categorie}</td>
                  <td>
                    <Link to={`/directie/afscherming?item=${item.id}`} aria-label={t.bekijk(item.titel)}>
                      {item.titel}
                    </Link>
                  </td>
                  <td>{item.afschermReden}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
