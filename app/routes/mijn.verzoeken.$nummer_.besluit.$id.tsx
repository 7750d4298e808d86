import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, type RootData } from "~/root";
import { nietGevonden } from "~/http/fouten.server";
import { besluitbriefVoorClient } from "~/services/ondertekening.server";
import { vereisClient } from "~/http/sessie.server";
import { Besluitbrief } from "~/ui/besluitbrief";
import "~/i18n/teksten/brieven";

export const meta: MetaFunction = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].brieven.metaTitel(params.nummer ?? "") }];
};

/**
 * /mijn/verzoeken/:nummer/besluit/:id: a signed decision letter, only for the account that filed
 * the request. Anything else is "not found" (never "forbidden"), so ids cannot be probed.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const brief = await besluitbriefVoorClient(sessie, params.nummer ?? "", params.id ?? "");
  if (!brief) throw await nietGevonden(request);
  return { brief };
}

export default function BesluitbriefPagina() {
  const { brief } = useLoaderData<typeof loader>();
  const t = useBerichten().brieven;
  const pdf = `/mijn/verzoeken/${encodeURIComponent(brief.nummer)}/besluit/${brief.id}.pdf`;
  return (
    <div className="pagina smal besluitbrief-pagina">
      <p className="terug-link">
        <Link to={`/mijn/verzoeken/${encodeURIComponent(brief.nummer)}`}>{t.terug}</Link>
      </p>
      <h1>{t.titel(brief.nummer)}</h1>
      <p>
        <a href={pdf} className="knop secundair" download>
          {t.pdfLink}
        </a>
      </p>
      <p className="hint">{t.pdfUitleg}</p>
      <Besluitbrief document={brief.document} verificatiecode={brief.verificatiecode} kopNiveau={2} id="brief" />
    </div>
  );
}
