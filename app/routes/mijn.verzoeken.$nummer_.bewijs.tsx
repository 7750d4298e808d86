import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { BIJLAGE_VELD, MB, toegestaneSoorten } from "~/domain/bestanden";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { bestandsregels } from "~/services/bestandscontrole.server";
import {
  MAX_BIJLAGEN_PER_BERICHT,
  bijlagenVanMijnVerzoek,
  stuurBewijsVanVertegenwoordiging,
} from "~/services/bijlagen.server";
import { mijnVerzoekInWoorden } from "~/services/mijn.server";
import { formulierVanClient } from "~/http/bijlagen.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisClient, vereisEigenVerzoek } from "~/http/sessie.server";
import { BewijsVanVertegenwoordiging } from "~/ui/bijlagen";
import "~/i18n/teksten/bijlagen";
import "~/i18n/teksten/bestanden";

export const meta: MetaFunction = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].bijlagen.client.bewijsMetaTitel(params.nummer ?? "") }];
};

const naarVerzoek = (nummer: string) => `/mijn/verzoeken/${encodeURIComponent(nummer)}`;

/**
 * /mijn/verzoeken/:nummer/bewijs: a representative sends the proof of authority the practice asked
 * for (docs/decisions/018 and 032), on its own page. Only for a request filed for someone else that
 * is still open; otherwise back to the request page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sessie, verzoek } = await vereisEigenVerzoek(request, params.nummer);
  if (!verzoek.voor || !verzoek.kanBerichtSturen) throw redirect(naarVerzoek(verzoek.nummer));
  const regels = bestandsregels();
  const eerder = (await bijlagenVanMijnVerzoek(sessie, verzoek.nummer)).filter((b) => b.doel === "vertegenwoordiging");
  return {
    nummer: verzoek.nummer,
    /** What we still need, in words, or null when the proof was already seen. */
    nodig: mijnVerzoekInWoorden(verzoek, await taalVanRequest(request)).bewijs,
    eerder,
    bestandsregels: {
      soorten: toegestaneSoorten(regels),
      maxMb: Math.floor(regels.maxBytesPerBestand / MB),
      max: MAX_BIJLAGEN_PER_BERICHT,
    },
  };
}

/**
 * POST (multipart, field `bijlage`): every file is checked (kind, size, virus scan) and stored
 * encrypted; a refused one is not kept. Back to this page with the outcome, so the form works
 * without JavaScript.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisClient(request);
  const nummer = params.nummer ?? "";
  const hier = `${naarVerzoek(nummer)}/bewijs`;
  try {
    const { bestanden, weigering } = await formulierVanClient(request, sessie, nummer);
    if (weigering) return redirect(`${hier}?bewijsFout=${weigering}`);
    await stuurBewijsVanVertegenwoordiging(sessie, nummer, bestanden);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    if (e.code === "niet_gevonden") throw await nietGevonden(request);
    return redirect(`${hier}?bewijsFout=${encodeURIComponent(e.code)}`);
  }
  return redirect(`${hier}?bewijs=ontvangen`);
}

export default function BewijsPagina() {
  const { nummer, nodig, eerder, bestandsregels: regels } = useLoaderData<typeof loader>();
  const [zoek] = useSearchParams();
  const alles = useBerichten();
  const t = alles.bijlagen.client;
  return (
    <div className="pagina smal mijn-status">
      <p className="terug-link">
        <Link to={naarVerzoek(nummer)}>{t.terug}</Link>
      </p>
      <h1>{t.bewijsPaginaTitel}</h1>
      {nodig ? (
        <>
          <p>{nodig.wat}</p>
          <p>{nodig.hoe}</p>
        </>
      ) : null}
      <BewijsVanVertegenwoordiging
        t={t}
        weigeringen={alles.bestanden.weigering}
        nummer={nummer}
        regels={regels}
        eerder={eerder}
        melding={zoek.get("bewijs") === "ontvangen"}
        fout={zoek.get("bewijsFout")}
        naam={BIJLAGE_VELD}
      />
    </div>
  );
}
