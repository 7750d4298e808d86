import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, useTaal, type RootData } from "~/root";
import { registratieFormulier, registreerVerzoek, RegistratieFout } from "~/services/registratie.server";
import { stopBijGeenToegang } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { RegistratieFormulier, type RegistratieScherm } from "~/ui/backoffice/verzoek-registratie";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/behandeling";

/** The registration's own fields; everything else is the request as the wizard names it. */
const REGISTRATIE_VELDEN = ["kanaal", "ontvangenOp", "contactEmail", "contactTelefoon", "taal", "legitimatie"] as const;

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].behandeling.registratie.metaTitel }];
};

/** /backoffice/registreren: register a request received by letter, phone, e-mail or at the desk. */
export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const { verwerkingen } = await registratieFormulier(sessie);
  return { verwerkingen: verwerkingen.map((v) => ({ sleutel: v.sleutel, naam: v.naam, doel: v.doel })) };
}

function platteWaarden(formData: FormData): Record<string, string> {
  const waarden: Record<string, string> = {};
  for (const [naam, waarde] of formData) {
    if (typeof waarde !== "string" || Object.keys(waarden).length > 200) continue;
    if (!/^[A-Za-z_]+(\.[A-Za-z]+|\[\d{1,2}\])*$/.test(naam)) continue;
    waarden[naam] = waarde.slice(0, 5000);
  }
  return waarden;
}

export async function action({ request }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const formData = await leesFormulier(request);
  // conform's nested names ("betrokkene.naam", "correctie.rijen[0].welk") as one object.
  const payload = (parseWithZod(formData, { schema: z.unknown() }).payload ?? {}) as Record<string, unknown>;
  const registratie: Record<string, unknown> = {};
  const gegevens: Record<string, unknown> = {};
  for (const [naam, waarde] of Object.entries(payload)) {
    if ((REGISTRATIE_VELDEN as readonly string[]).includes(naam)) registratie[naam] = waarde;
    else gegevens[naam] = waarde;
  }
  try {
    const resultaat = await registreerVerzoek(sessie, { gegevens, registratie });
    return redirect(`/backoffice/verzoeken/${resultaat.verzoekId}?gedaan=geregistreerd`);
  } catch (error) {
    await stopBijGeenToegang(error, request);
    if (!(error instanceof RegistratieFout)) throw error;
    const scherm: RegistratieScherm = {
      waarden: platteWaarden(formData),
      fouten: (error.extra.fouten ?? {}) as Record<string, string[]>,
      weigering: error.extra.weigering ? { nl: error.extra.weigering.nl, en: error.extra.weigering.en } : null,
    };
    return data(scherm, { status: 400 });
  }
}

export default function RegistrerenPagina() {
  const { verwerkingen } = useLoaderData<typeof loader>();
  // v3_singleFetch without the Future type flag types `data()` wrongly; the shape is the action's.
  const scherm = useActionData<typeof action>() as RegistratieScherm | undefined;
  const alles = useBerichten();
  const taal = useTaal();
  const t = alles.behandeling.registratie;
  return (
    <div className="pagina backoffice registratie-pagina">
      <p className="terug-link">
        <Link to="/backoffice">{alles.behandeling.terug}</Link>
      </p>
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      {/* Keyed by the attempt: React must not keep the previous attempt's inputs. */}
      <RegistratieFormulier
        key={JSON.stringify(scherm?.fouten ?? {})}
        scherm={scherm ?? null}
        verwerkingen={verwerkingen}
        alles={alles}
        taal={taal}
      />
    </div>
  );
}
