import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import {
  BEWAAR_CATEGORIEEN,
  bewaarbeleidMetStandaard,
  WETTELIJK_MINIMUM,
  type BewaarVanaf,
} from "~/domain/bewaartermijnen";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { slaBewaarbeleidOp } from "~/services/beheer.server";
import { getOrganisatie } from "~/services/organisatie.server";
import { alsFormulierFout } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.bewaartermijnen.metaTitel }];
};

const VANAF: BewaarVanaf[] = ["aanmaak", "laatste_wijziging", "einde_zorg"];

export async function loader({ request }: LoaderFunctionArgs) {
  await vereisMedewerker(request, "beheer.instellingen");
  const org = await getOrganisatie();
  return {
    beleid: bewaarbeleidMetStandaard(org.bewaarbeleid),
    opgeslagen: new URL(request.url).searchParams.has("opgeslagen"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.instellingen");
  const alles = BERICHTEN[await taalVanRequest(request)];
  const form = await leesFormulier(request);
  const invoer: Record<string, { jaren: number; vanaf: string }> = {};
  for (const c of BEWAAR_CATEGORIEEN) {
    const jaren = String(form.get(`${c}.jaren`) ?? "").trim();
    invoer[c] = { jaren: /^\d{1,3}$/.test(jaren) ? Number(jaren) : NaN, vanaf: String(form.get(`${c}.vanaf`) ?? "") };
  }
  try {
    await slaBewaarbeleidOp(medewerker.id, invoer);
  } catch (e) {
    const fout = await alsFormulierFout(e, request);
    // The category is the error's field; the text is worded here from the reason (never the message).
    const categorie = BEWAAR_CATEGORIEEN.find((c) => c === fout.veld) ?? BEWAAR_CATEGORIEEN[0];
    const { reden, minimum } = e instanceof DomainError ? (e.parameters ?? {}) : {};
    const naam = alles.beheer.bewaartermijnen.categorieen[categorie];
    const teksten = alles.bewaarbeleidFouten;
    const tekst =
      reden === "minimum"
        ? teksten.minimum(naam, Number(minimum))
        : reden === "jaren" || reden === "vanaf" || reden === "ontbreekt"
          ? teksten[reden](naam)
          : fout.tekst;
    return data({ fout: { categorie, tekst } }, { status: fout.status });
  }
  return redirect("/beheer/bewaartermijnen?opgeslagen=1");
}

export default function Bewaartermijnen() {
  const { beleid, opgeslagen } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as { fout: { categorie: string; tekst: string } } | undefined;
  const alles = useBerichten();
  const t = alles.beheer.bewaartermijnen;
  const fout = actie?.fout;
  return (
    <div className="pagina smal">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      {opgeslagen && !actie ? (
        <p className="melding" role="status">
          {alles.beheer.opgeslagen}
        </p>
      ) : null}
      <Foutoverzicht
        titel={alles.beheer.foutTitel}
        fouten={fout ? [{ veldId: `bw-${fout.categorie}-jaren`, tekst: fout.tekst }] : []}
        id="bewaar-fouten"
      />
      <Form method="post" noValidate>
        {BEWAAR_CATEGORIEEN.map((c) => {
          const naam = t.categorieen[c];
          const heeftFout = fout?.categorie === c;
          return (
            <fieldset key={c}>
              <legend>{naam}</legend>
              {WETTELIJK_MINIMUM[c] > 0 ? <p className="hint">{t.minimum(WETTELIJK_MINIMUM[c])}</p> : null}
              {heeftFout ? (
                <p className="veldfout" id={`bw-${c}-fout`}>
                  {fout.tekst}
                </p>
              ) : null}
              <label htmlFor={`bw-${c}-jaren`}>{t.jaren(naam)}</label>
              <input
                type="text"
                inputMode="numeric"
                id={`bw-${c}-jaren`}
                name={`${c}.jaren`}
                defaultValue={String(beleid[c].jaren)}
                aria-invalid={heeftFout ? true : undefined}
                aria-describedby={heeftFout ? `bw-${c}-fout` : undefined}
              />
              <label htmlFor={`bw-${c}-vanaf`}>{t.vanaf(naam)}</label>
              <select id={`bw-${c}-vanaf`} name={`${c}.vanaf`} defaultValue={beleid[c].vanaf}>
                {VANAF.map((v) => (
                  <option key={v} value={v}>
                    {t.vanafOpties[v]}
                  </option>
                ))}
              </select>
            </fieldset>
          );
        })}
        <div className="knoppen">
          <button type="submit" className="knop">
            {alles.beheer.opslaan}
          </button>
        </div>
      </Form>
    </div>
  );
}
