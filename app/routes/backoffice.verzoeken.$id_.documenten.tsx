import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { BESTANDSSOORTEN, MB, toegestaneSoorten, DOCUMENT_TITEL_MAX } from "~/domain/bestanden";
import { env } from "~/env.server";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import {
  bestandsregels,
  controleerEnBewaar,
  type Controle,
  type GecontroleerdBestand,
} from "~/services/bestandscontrole.server";
import {
  documentenVanVerzoek,
  legWeigeringVast,
  verzoekVoorDocumenten,
  verwijderDocument,
  voegDocumentToeAanVerzoek,
} from "~/services/documenten.server";
import { opslag } from "~/services/opslag.server";
import { alsFormulierFout, nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { leesFormulier, leesFormulierMetBestanden } from "~/server/invoer.server";
import "~/i18n/teksten/bestanden";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].bestanden.pagina.metaTitel(d?.verzoek.nummer ?? "") }];
};

/**
 * /backoffice/verzoeken/:id/documenten: staff add the dossier's real documents for this request
 * (docs/decisions/028). Every file is checked (kind by content, size, virus scan) before it is
 * stored encrypted; a refused file is not kept and the refusal is logged.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const v = await verzoekVoorDocumenten(sessie, params.id ?? "");
  if (!v) throw await nietGevonden(request);
  const regels = bestandsregels();
  return {
    verzoek: { id: v.id, nummer: v.nummer, gekoppeld: v.clientId !== null },
    documenten: (await documentenVanVerzoek(sessie, v.id)).map((d) => ({
      ...d,
      aangemaaktOp: d.aangemaaktOp.toISOString(),
    })),
    soorten: toegestaneSoorten(regels),
    maxMb: Math.floor(regels.maxBytesPerBestand / MB),
  };
}

type ActieData = { fout: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const t = BERICHTEN[await taalVanRequest(request)].bestanden;
  const id = params.id ?? "";
  const terug = `/backoffice/verzoeken/${encodeURIComponent(id)}/documenten`;
  const multipart = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

  if (!multipart) {
    const form = await leesFormulier(request);
    if (form.get("intent") !== "verwijderen") throw new Response("Onbekende actie", { status: 400 });
    const ok = await verwijderDocument(sessie, { verzoekId: id }, String(form.get("documentId") ?? ""));
    if (!ok) throw await nietGevonden(request);
    return redirect(`${terug}?gedaan=verwijderd`);
  }

  // One file per form; it is checked and stored while the body streams in.
  let opgeslagen: GecontroleerdBestand | null = null;
  let geweigerd: Extract<Controle, { ok: false }> | null = null;
  const opruimen = async () => {
    if (opgeslagen) await opslag().delete(opgeslagen.opslagSleutel);
  };
  let form: FormData;
  try {
    form = await leesFormulierMetBestanden(
      request,
      { bestandsvelden: ["bestand"], maxBody: env().BESTANDEN_MAX_MB_PER_AANVRAAG * MB + MB },
      async (_veld, naam, stroom) => {
        if (opgeslagen || geweigerd) {
          for await (const _ of stroom) void _;
          geweigerd ??= { ok: false, weigering: "aanvraag_te_groot" };
          return "";
        }
        const r = await controleerEnBewaar(stroom, naam);
        if (r.ok) opgeslagen = r.bestand;
        else geweigerd = r;
        return r.ok ? r.bestand.id : "";
      },
    );
  } catch (e) {
    await opruimen();
    throw e;
  }
  if (geweigerd) {
    await opruimen();
    await legWeigeringVast(sessie, { verzoekId: id }, (geweigerd as Extract<Controle, { ok: false }>).weigering);
    return { fout: t.weigering[(geweigerd as Extract<Controle, { ok: false }>).weigering] } satisfies ActieData;
  }
  const bestand = opgeslagen as GecontroleerdBestand | null;
  const tekst = (naam: string) => (typeof form.get(naam) === "string" ? (form.get(naam) as string) : "");
  if (!bestand) return { fout: t.pagina.veldFout } satisfies ActieData;
  try {
    await voegDocumentToeAanVerzoek(
      sessie,
      id,
      {
        titel: tekst("titel"),
        datum: tekst("datum"),
        herkomst: tekst("herkomst"),
        betreftDerde: form.get("betreftDerde") === "ja",
      },
      bestand,
    );
  } catch (error) {
    const fout = await alsFormulierFout(error, request, {
      geen_client: t.pagina.geenClient,
      ongeldig: t.pagina.veldFout,
    });
    return { fout: fout.tekst } satisfies ActieData;
  }
  return redirect(`${terug}?gedaan=toegevoegd`);
}

export default function Documenten() {
  const v = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as ActieData | undefined;
  const [zoek] = useSearchParams();
  const navigation = useNavigation();
  const t = useBerichten().bestanden;
  const p = t.pagina;
  const gedaan = zoek.get("gedaan");
  const accept = v.soorten.map((s) => `.${BESTANDSSOORTEN[s].extensie},${BESTANDSSOORTEN[s].mime}`).join(",");
  return (
    <div className="pagina backoffice documenten">
      <p className="terug-link">
        <Link to={`/backoffice/verzoeken/${v.verzoek.id}`}>{p.terug}</Link>
      </p>
      <h1>{p.titel(v.verzoek.nummer)}</h1>
      <p>{p.uitleg}</p>
      {gedaan === "toegevoegd" && !actie ? (
        <p className="melding" role="status">
          {p.toegevoegd}
        </p>
      ) : null}
      {gedaan === "verwijderd" && !actie ? (
        <p className="melding" role="status">
          {p.verwijderd}
        </p>
      ) : null}
      {actie?.fout ? (
        <div className="melding fout" role="alert">
          <p>{actie.fout}</p>
        </div>
      ) : null}

      <h2 id="bestaand-titel">{p.bestaand}</h2>
      {v.documenten.length === 0 ? (
        <p>{p.leeg}</p>
      ) : (
        <ul aria-labelledby="bestaand-titel">
          {v.documenten.map((d) => (
            <li key={d.id}>
              <a
                href={`/backoffice/verzoeken/${v.verzoek.id}/documenten/${d.id}`}
                download
                aria-label={p.downloaden(d.titel)}
              >
                {d.titel}
              </a>{" "}
              ({d.inhoud.datum ?? ""}, {d.herkomst}
              {d.grootte ? `, ${p.grootte(Math.max(1, Math.round(d.grootte / 1024)).toString())}` : ""})
              <Form method="post" className="inline">
                <input type="hidden" name="intent" value="verwijderen" />
                <input type="hidden" name="documentId" value={d.id} />
                <button type="submit" className="knop-secundair">
                  {p.verwijderen}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}

      {v.verzoek.gekoppeld ? (
        <Form method="post" encType="multipart/form-data" aria-labelledby="nieuw-titel">
          <h2 id="nieuw-titel">{p.nieuw}</h2>
          <p className="hint" id="bestand-hint">
            {t.toegestaan(v.soorten.map((s) => BESTANDSSOORTEN[s].extensie.toUpperCase()).join(", "), v.maxMb)}
          </p>
          <div className="veld">
            <label htmlFor="bestand">{p.bestand}</label>
            <input id="bestand" name="bestand" type="file" required accept={accept} aria-describedby="bestand-hint" />
          </div>
          <div className="veld">
            <label htmlFor="titel">{p.titelVeld}</label>
            <input id="titel" name="titel" type="text" required maxLength={DOCUMENT_TITEL_MAX} />
          </div>
          <div className="veld">
            <label htmlFor="datum">{p.datum}</label>
            <input id="datum" name="datum" type="date" required />
          </div>
          <div className="veld">
            <label htmlFor="herkomst">{p.herkomst}</label>
            <input
              id="herkomst"
              name="herkomst"
              type="text"
              required
              defaultValue="zorgverlener"
              aria-describedby="herkomst-hint"
            />
            <p className="hint" id="herkomst-hint">
              {p.herkomstHint}
            </p>
          </div>
          <div className="veld keuze">
            <input id="betreftDerde" name="betreftDerde" type="checkbox" value="ja" aria-describedby="derde-hint" />
            <label htmlFor="betreftDerde">{p.derde}</label>
            <p className="hint" id="derde-hint">
              {p.derdeHint}
            </p>
          </div>
          <button type="submit" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting" ? p.bezig : p.toevoegen}
          </button>
        </Form>
      ) : (
        <p>{p.geenClient}</p>
      )}
    </div>
  );
}
