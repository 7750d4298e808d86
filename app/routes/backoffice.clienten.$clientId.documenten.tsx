import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { MB, toegestaneSoorten } from "~/domain/bestanden";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { bestandsregels } from "~/services/bestandscontrole.server";
import { ruimBestandenOp } from "~/services/bijlagen.server";
import { ontvangFormulierMetBijlagen } from "~/http/bijlagen.server";
import {
  clientVoorDocumenten,
  documentenVanClient,
  legWeigeringVast,
  verwijderDocument,
  voegDocumentToeAanDossier,
} from "~/services/documenten.server";
import { alsFormulierFout, nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { leesFormulier } from "~/server/invoer.server";
import { DossierDocumenten } from "~/ui/backoffice/dossier-documenten";
import "~/i18n/teksten/bestanden";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].bestanden.dossier.metaTitel(d?.client.clientnummer ?? "") }];
};

/**
 * /backoffice/clienten/:clientId/documenten: every document in a client's dossier, with or without a
 * request, and adding or removing one outside a request (docs/decisions/032). The same checks as
 * everywhere (decision 028): kind by content, size, virus scan, stored encrypted; refusals logged.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const client = await clientVoorDocumenten(sessie, params.clientId ?? "");
  if (!client) throw await nietGevonden(request);
  const regels = bestandsregels();
  return {
    client,
    documenten: (await documentenVanClient(sessie, client.id)).map((d) => ({
      ...d,
      aangemaaktOp: d.aangemaaktOp.toISOString(),
    })),
    soorten: toegestaneSoorten(regels),
    maxMb: Math.floor(regels.maxBytesPerBestand / MB),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const t = BERICHTEN[await taalVanRequest(request)].bestanden;
  const clientId = params.clientId ?? "";
  const terug = `/backoffice/clienten/${encodeURIComponent(clientId)}/documenten`;
  if (!(await clientVoorDocumenten(sessie, clientId))) throw await nietGevonden(request);
  const multipart = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  if (!multipart) {
    const form = await leesFormulier(request);
    if (form.get("intent") !== "verwijderen") throw new Response("Onbekende actie", { status: 400 });
    if (!(await verwijderDocument(sessie, { clientId }, String(form.get("documentId") ?? ""))))
      throw await nietGevonden(request);
    return redirect(`${terug}?gedaan=verwijderd`);
  }
  // One file per form, checked and stored while the body streams in.
  const r = await ontvangFormulierMetBijlagen(request, { max: 1, veld: "bestand" });
  if (!r.ok) {
    const reden = r.weigering === "te_veel" ? "aanvraag_te_groot" : r.weigering;
    await legWeigeringVast(sessie, { clientId }, reden);
    return { fout: t.weigering[reden] };
  }
  const [bestand] = r.bestanden;
  if (!bestand) return { fout: t.pagina.veldFout };
  const tekst = (naam: string) => (typeof r.form.get(naam) === "string" ? (r.form.get(naam) as string) : "");
  try {
    await voegDocumentToeAanDossier(
      sessie,
      clientId,
      {
        titel: tekst("titel"),
        datum: tekst("datum"),
        herkomst: tekst("herkomst"),
        betreftDerde: r.form.get("betreftDerde") === "ja",
      },
      bestand,
    );
  } catch (error) {
    await ruimBestandenOp(r.bestanden);
    const fout = await alsFormulierFout(error, request, { ongeldig: t.pagina.veldFout });
    return { fout: fout.tekst };
  }
  return redirect(`${terug}?gedaan=toegevoegd`);
}

export default function DossierDocumentenPagina() {
  const v = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as { fout: string } | undefined;
  const [zoek] = useSearchParams();
  return (
    <DossierDocumenten
      {...v}
      fout={actie?.fout ?? null}
      gedaan={actie ? null : zoek.get("gedaan")}
      t={useBerichten().bestanden}
    />
  );
}
