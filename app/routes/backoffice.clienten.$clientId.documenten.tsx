import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { MB, toegestaneSoorten } from "~/domain/bestanden";
import { mag } from "~/domain/bevoegdheden";
import { amsterdamDate } from "~/domain/calendar";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
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
import { vasthoudStand, wijzigVasthouden } from "~/services/vasthouden.server";
import { ClientVasthouden, type VasthoudFout } from "~/ui/backoffice/client-vasthouden";
import { DossierDocumenten } from "~/ui/backoffice/dossier-documenten";
import "~/i18n/teksten/backoffice";
import "~/i18n/teksten/bestanden";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].bestanden.dossier.metaTitel(d?.client.clientnummer ?? "") }];
};

/**
 * /backoffice/clienten/:clientId/documenten: every document in a client's dossier, with or without a
 * request, and adding or removing one outside a request (docs/decisions/032). The same checks as
 * everywhere (decision 028): kind by content, size, virus scan, stored encrypted; refusals logged.
 * Also what holds the client's data from destruction, set and lifted by the directie (decision 036).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const client = await clientVoorDocumenten(sessie, params.clientId ?? "");
  if (!client) throw await nietGevonden(request);
  const regels = bestandsregels();
  const stand = (await vasthoudStand(sessie, client.id))!;
  const dag = (d: Date | null) => (d ? amsterdamDate(d) : null);
  return {
    client,
    vasthouden: {
      ...stand,
      klacht: { ...stand.klacht, sinds: dag(stand.klacht.sinds) },
      rechtsvordering: { ...stand.rechtsvordering, sinds: dag(stand.rechtsvordering.sinds) },
    },
    magVasthouden: mag(sessie.medewerker.rollen, "bewaring.vasthouden"),
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
    if (form.get("intent") === "vasthouden") return vasthouden(request, clientId, form);
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

/** Record or lift a complaint/calamity or legal claim (directie only; the service checks it again). */
async function vasthouden(request: Request, clientId: string, form: FormData) {
  const sessie = await vereisMedewerker(request, "bewaring.vasthouden");
  const t = BERICHTEN[await taalVanRequest(request)].vasthouden;
  const veld = (naam: string) => (typeof form.get(naam) === "string" ? (form.get(naam) as string) : "");
  try {
    const stap = await wijzigVasthouden(sessie, clientId, {
      stap: veld("stap"),
      reden: veld("reden"),
      rechtsvordering: veld("rechtsvordering"),
      token: veld("token"),
    });
    return redirect(`/backoffice/clienten/${encodeURIComponent(clientId)}/documenten?vastgehouden=${stap}#vh-titel`);
  } catch (error) {
    const f = await alsFormulierFout(error, request, t.fouten);
    const vasthoudFout: VasthoudFout = {
      formulier: veld("formulier").slice(0, 40),
      veld: f.veld ?? "reden",
      tekst: f.tekst,
      invoer: { reden: veld("reden"), rechtsvordering: veld("rechtsvordering") },
    };
    return data({ vasthoudFout }, { status: f.status });
  }
}

export default function DossierDocumentenPagina() {
  const { vasthouden: stand, magVasthouden, ...v } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as { fout?: string; vasthoudFout?: VasthoudFout } | undefined;
  const [zoek] = useSearchParams();
  const berichten = useBerichten();
  return (
    <DossierDocumenten
      {...v}
      fout={actie?.fout ?? null}
      gedaan={actie ? null : zoek.get("gedaan")}
      t={berichten.bestanden}
    >
      <ClientVasthouden
        stand={stand}
        magWijzigen={magVasthouden}
        fout={actie?.vasthoudFout ?? null}
        gedaan={actie ? null : zoek.get("vastgehouden")}
        taal={useTaal()}
        t={berichten.vasthouden}
      />
    </DossierDocumenten>
  );
}
