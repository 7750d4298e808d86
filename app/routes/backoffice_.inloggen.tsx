import { startpagina } from "~/domain/startpagina";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSubmit } from "@remix-run/react";
import {
  browserSupportsWebAuthn,
  startAuthentication,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { useEffect, useState } from "react";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { logInAlsMedewerker } from "~/services/medewerkers.server";
import { getSessie, veiligTerugpad } from "~/services/sessies.server";
import { usePasskeyAdresFout } from "~/ui/passkey-adres";
import { isAfgebroken } from "~/ui/passkey-fouten";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/backoffice";

/**
 * /backoffice/inloggen: staff sign in ONLY with a passkey (discoverable, user verification
 * required). Outside the backoffice layout (`backoffice_`), so it needs no session.
 */
export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].medewerkerToegang.inloggen.metaTitel }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const terug = url.searchParams.get("terug");
  const sessie = await getSessie(request);
  if (sessie?.soort === "medewerker") throw redirect(veiligTerugpad(terug, startpagina(sessie.medewerker.rollen)));
  return {
    // An unsafe path is dropped: after sign-in the role's own start page (app/domain/startpagina.ts).
    terug: terug ? veiligTerugpad(terug, "") : "",
    uitgelogd: url.searchParams.get("melding") === "uitgelogd",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const t = BERICHTEN[await taalVanRequest(request)].medewerkerToegang.inloggen;
  const formData = await leesFormulier(request);
  const gevraagd = formData.get("terug") || undefined;
  if (formData.get("intent") !== "passkey") throw new Response("Onbekende actie.", { status: 400 });

  const resultaat = await logInAlsMedewerker(leesJson(formData.get("antwoord")));
  // Without a page to return to, each role lands where its work is (app/domain/startpagina.ts).
  if (resultaat.ok) {
    const terug = veiligTerugpad(gevraagd, startpagina(resultaat.rollen));
    throw redirect(terug, { headers: { "Set-Cookie": resultaat.cookie } });
  }
  return {
    fout:
      resultaat.reden === "geen_medewerker"
        ? t.geenMedewerker
        : resultaat.reden === "gedeactiveerd"
          ? t.gedeactiveerd
          : t.mislukt,
    clientLink: resultaat.reden === "geen_medewerker",
  };
}

function leesJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string" || value.length > 64_000) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export default function MedewerkerInloggen() {
  const { terug, uitgelogd } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useBerichten().medewerkerToegang.inloggen;
  const submit = useSubmit();
  const [beschikbaar, setBeschikbaar] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<{ tekst: string; clientLink: boolean } | null>(null);
  const adresFout = usePasskeyAdresFout();

  useEffect(() => setBeschikbaar(browserSupportsWebAuthn()), []);
  useEffect(
    () => setFout(actionData ? { tekst: actionData.fout, clientLink: actionData.clientLink } : null),
    [actionData],
  );

  async function inloggen() {
    const verkeerdAdres = adresFout();
    if (verkeerdAdres) return setFout({ tekst: verkeerdAdres, clientLink: false });
    setBezig(true);
    setFout(null);
    try {
      const res = await fetch("/backoffice/passkey/inloggen", {
        method: "POST",
        headers: { Accept: "application/json" },
      });
      if (!res.ok) throw new Error(`opties ${res.status}`);
      const optionsJSON = (await res.json()) as PublicKeyCredentialRequestOptionsJSON;
      const antwoord = await startAuthentication({ optionsJSON });
      const formData = new FormData();
      formData.set("intent", "passkey");
      formData.set("antwoord", JSON.stringify(antwoord));
      formData.set("terug", terug);
      submit(formData, { method: "post" });
    } catch (error) {
      setFout({ tekst: adresFout(error) ?? (isAfgebroken(error) ? t.afgebroken : t.mislukt), clientLink: false });
    } finally {
      setBezig(false);
    }
  }

  return (
    <div className="pagina smal medewerker-inloggen">
      <h1>{t.titel}</h1>
      {uitgelogd ? (
        <p className="melding" role="status">
          {t.uitgelogd}
        </p>
      ) : null}
      {fout ? (
        <div className="melding fout" role="alert">
          <p>{fout.tekst}</p>
          {fout.clientLink ? (
            <p>
              <Link to="/inloggen">{t.naarClientInloggen}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <p>{t.intro}</p>
      {beschikbaar ? (
        <p>
          <button type="button" className="knop" onClick={inloggen} disabled={bezig} aria-disabled={bezig}>
            {bezig ? t.bezig : t.knop}
          </button>
        </p>
      ) : (
        <p className="melding let-op">{t.geenJavascript}</p>
      )}
      <p className="hint">{t.geenPasskey}</p>
    </div>
  );
}
