import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/berichten";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { leverPakket, pakketVoorbereiding } from "~/services/pakket.server";
import { requireMedewerker } from "~/services/sessies.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const nummer = (d as { verzoek?: { nummer: string } } | undefined)?.verzoek?.nummer ?? "";
  return [{ title: BERICHTEN[root?.taal ?? "nl"].pakket.maakMetaTitel(nummer) }];
};

/**
 * /backoffice/verzoeken/:id/pakket: "Pakket maken" (backoffice, directie). Builds the encrypted
 * package for a granted inzage or portability request matched to a client, e-mails the client and,
 * for a transfer to another provider, that provider (app/services/pakket.server.ts `leverPakket`).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  const v = await pakketVoorbereiding(sessie, params.id ?? "");
  if (!v) throw new Response("Niet gevonden", { status: 404 });
  return v;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  const t = BERICHTEN[await taalVanRequest(request)].pakket;
  const id = params.id ?? "";
  try {
    await leverPakket(sessie, id);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "niet_gevonden") throw new Response("Niet gevonden", { status: 404 });
    return data({ fout: t.maakFouten[error.code] ?? error.message }, { status: 409 });
  }
  return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/pakket?gemaakt=1`);
}

export default function PakketMaken() {
  const v = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as { fout: string } | undefined;
  const [zoek] = useSearchParams();
  const navigation = useNavigation();
  const t = useBerichten().pakket;
  const taal = useTaal();
  const blokkade = v.blokkade ? t.maakFouten[v.blokkade] : null;
  return (
    <div className="pagina backoffice pakket-maken">
      <p className="terug-link">
        <Link to={`/backoffice/verzoeken/${v.verzoek.id}`}>{t.terugNaarVerzoek}</Link>
      </p>
      <h1>{t.maakTitel(v.verzoek.nummer)}</h1>
      {zoek.get("gemaakt") === "1" && !actie ? (
        <p className="melding" role="status">
          {t.gemaakt}
        </p>
      ) : null}
      {actie?.fout ? (
        <div className="melding fout" role="alert">
          <p>{actie.fout}</p>
        </div>
      ) : null}
      <p>{t.maakUitleg}</p>
      {v.ontvanger ? <p>{t.maakOntvanger(v.ontvanger.naam, v.ontvanger.email)}</p> : null}
      {blokkade ? (
        <p className="melding let-op">{blokkade}</p>
      ) : (
        <Form method="post">
          <button type="submit" className="knop" disabled={navigation.state === "submitting"}>
            {t.maakKnop}
          </button>
        </Form>
      )}
      <section aria-labelledby="pakketten-titel">
        <h2 id="pakketten-titel">{t.bestaandeTitel}</h2>
        {v.pakketten.length === 0 ? (
          <p>{t.geenPakketten}</p>
        ) : (
          <ul>
            {v.pakketten.map((p) => (
              <li key={p.id}>
                {t.soort[p.soort] ?? p.soort}: {t.gemaaktOp(formatDatum(p.aangemaaktOp, taal))}{" "}
                {p.beschikbaar
                  ? t.beschikbaarTot(`${formatDatum(p.verlooptOp, taal)} ${p.verlooptTijd}`, p.maxDownloads - p.aantalDownloads)
                  : p.reden === "limiet"
                    ? t.redenLimiet
                    : t.redenVerlopen}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
