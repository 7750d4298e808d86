import { startpagina } from "~/domain/startpagina";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSubmit } from "@remix-run/react";
import {
  browserSupportsWebAuthn,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/browser";
import { useEffect, useState } from "react";
import type { MedewerkerRol } from "../../db/schema";
import { BERICHTEN } from "~/i18n/geladen";
import type { Taal } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { accepteerUitnodiging, bekijkUitnodiging } from "~/services/medewerkers.server";
import { usePasskeyAdresFout } from "~/ui/passkey-adres";
import { isAfgebroken, isAlGeregistreerd } from "~/ui/passkey-fouten";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/backoffice";

/**
 * /backoffice/uitnodiging/:token: the one-time staff invitation. Shows who is invited and in which
 * role; "Passkey aanmaken" registers a discoverable passkey with user verification required, then
 * the invitation is used, a staff session starts and the browser goes to /backoffice.
 * Outside the backoffice layout (`backoffice_`): the invited person has no session yet.
 * Unknown token: 404; expired or used: 410; both with the same plain message.
 */
export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  // The token never leaves the site in a Referer: server.ts sets Referrer-Policy same-origin.
  return [{ title: BERICHTEN[root?.taal ?? "nl"].medewerkerToegang.uitnodiging.metaTitel }];
};

type UitnodigingData =
  { geldig: false } | { geldig: true; naam: string; email: string; rollen: MedewerkerRol[]; verlooptOp: string };
type ActieData = { fout: string };

export async function loader({ params }: LoaderFunctionArgs) {
  const uitnodiging = await bekijkUitnodiging(params.token);
  // The token is a credential: keep the page out of caches.
  const headers = { "Cache-Control": "no-store" };
  if (uitnodiging.status !== "geldig") {
    return data<UitnodigingData>({ geldig: false }, { status: uitnodiging.status === "onbekend" ? 404 : 410, headers });
  }
  const { naam, email, rollen } = uitnodiging.medewerker;
  return data<UitnodigingData>(
    { geldig: true, naam, email, rollen, verlooptOp: uitnodiging.verlooptOp.toISOString() },
    { headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const t = BERICHTEN[await taalVanRequest(request)].medewerkerToegang.uitnodiging;
  const formData = await leesFormulier(request);
  if (formData.get("intent") !== "passkey") throw new Response("Onbekende actie.", { status: 400 });
  const resultaat = await accepteerUitnodiging({
    token: params.token,
    antwoord: leesJson(formData.get("antwoord")),
    passkeyNaam: t.eerstePasskeyNaam,
  });
  if (resultaat.ok) throw redirect(startpagina(resultaat.rollen), { headers: { "Set-Cookie": resultaat.cookie } });
  if (resultaat.reden === "verlopen_of_gebruikt") return data<ActieData>({ fout: t.ongeldig }, { status: 410 });
  return data<ActieData>(
    { fout: resultaat.reden === "al_geregistreerd" ? t.alGeregistreerd : t.mislukt },
    { status: 400 },
  );
}

function leesJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string" || value.length > 64_000) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** A moment as date and time in Europe/Amsterdam, e.g. "donderdag 5 maart 2026 om 14:30". */
function formatMoment(iso: string, taal: Taal): string {
  const datum = new Date(iso);
  const locale = taal === "nl" ? "nl-NL" : "en-GB";
  const dag = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
  const tijd = new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
  return taal === "nl" ? `${dag} om ${tijd}` : `${dag} at ${tijd}`;
}

export default function Uitnodiging() {
  // Single fetch: data() with a status is typed as its wrapper, so name the shape (as mijn.verzoeken does).
  const gegevens = useLoaderData<typeof loader>() as unknown as UitnodigingData;
  const alles = useBerichten().medewerkerToegang;
  const t = alles.uitnodiging;

  if (!gegevens.geldig) {
    return (
      <div className="pagina smal uitnodiging">
        <h1>{t.ongeldigTitel}</h1>
        <p className="melding let-op">{t.ongeldig}</p>
        <p>
          <Link to="/backoffice/inloggen">{t.naarInloggen}</Link>
        </p>
      </div>
    );
  }
  return <GeldigeUitnodiging {...gegevens} />;
}

function GeldigeUitnodiging(props: { naam: string; email: string; rollen: MedewerkerRol[]; verlooptOp: string }) {
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const taal = useTaal();
  const alles = useBerichten().medewerkerToegang;
  const t = alles.uitnodiging;
  const submit = useSubmit();
  const [beschikbaar, setBeschikbaar] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const adresFout = usePasskeyAdresFout();

  useEffect(() => setBeschikbaar(browserSupportsWebAuthn()), []);
  useEffect(() => setFout(actionData?.fout ?? null), [actionData]);

  async function maakPasskey() {
    const verkeerdAdres = adresFout();
    if (verkeerdAdres) return setFout(verkeerdAdres);
    setBezig(true);
    setFout(null);
    try {
      // The token is in this page's path; the options endpoint gets it in the body.
      const token = window.location.pathname.split("/").pop() ?? "";
      const res = await fetch("/backoffice/passkey/registratie", {
        method: "POST",
        headers: { Accept: "application/json" },
        body: new URLSearchParams({ token }),
      });
      if (res.status === 410) {
        setFout(t.ongeldig);
        return;
      }
      if (!res.ok) throw new Error(`opties ${res.status}`);
      const optionsJSON = (await res.json()) as PublicKeyCredentialCreationOptionsJSON;
      const antwoord = await startRegistration({ optionsJSON });
      const formData = new FormData();
      formData.set("intent", "passkey");
      formData.set("antwoord", JSON.stringify(antwoord));
      submit(formData, { method: "post" });
    } catch (error) {
      setFout(
        adresFout(error) ??
          (isAlGeregistreerd(error) ? t.alGeregistreerd : isAfgebroken(error) ? t.afgebroken : t.mislukt),
      );
    } finally {
      setBezig(false);
    }
  }

  const rollen = props.rollen.map((rol) => alles.rollen[rol]).join(", ");
  return (
    <div className="pagina smal uitnodiging">
      <h1>{t.titel}</h1>
      <p>{t.wie(props.naam, props.email)}</p>
      <p>{t.rol(rollen)}</p>
      <p>{t.geldigTot(formatMoment(props.verlooptOp, taal))}</p>
      <section aria-labelledby="passkey-maken-titel">
        <h2 id="passkey-maken-titel">{t.passkeyTitel}</h2>
        <p>{t.passkeyUitleg}</p>
        {fout ? (
          <p className="melding fout" role="alert">
            {fout}
          </p>
        ) : null}
        {beschikbaar ? (
          <p>
            <button type="button" className="knop" onClick={maakPasskey} disabled={bezig} aria-disabled={bezig}>
              {bezig ? t.bezig : t.knop}
            </button>
          </p>
        ) : (
          <p className="melding let-op">{t.geenJavascript}</p>
        )}
      </section>
    </div>
  );
}
