import {
  browserSupportsWebAuthn,
  startAuthentication,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { useSubmit } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useBerichten } from "~/root";
import { usePasskeyAdresFout } from "./passkey-adres";
import { isAfgebroken } from "./passkey-fouten";
import "~/i18n/teksten/inloggen";

/**
 * "Inloggen met een passkey" (progressive enhancement): rendered only once JavaScript runs and the
 * browser has WebAuthn. Options come from POST /passkey/inloggen (the challenge stays on the
 * server); the signed answer is posted as a form field to the /inloggen action, which starts the
 * session and redirects like the code sign-in does.
 */
export function PasskeyInloggen({
  terug,
  serverFout,
}: {
  terug: string;
  /** The action's answer after a failed passkey sign-in (a new object per attempt). */
  serverFout?: { fout: string } | null;
}) {
  const t = useBerichten().inloggen;
  const submit = useSubmit();
  const [beschikbaar, setBeschikbaar] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const adresFout = usePasskeyAdresFout();

  useEffect(() => setBeschikbaar(browserSupportsWebAuthn()), []);
  useEffect(() => setFout(serverFout?.fout ?? null), [serverFout]);

  if (!beschikbaar) return null;

  async function inloggen() {
    const verkeerdAdres = adresFout();
    if (verkeerdAdres) return setFout(verkeerdAdres);
    setBezig(true);
    setFout(null);
    try {
      const res = await fetch("/passkey/inloggen", { method: "POST", headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(`opties ${res.status}`);
      const optionsJSON = (await res.json()) as PublicKeyCredentialRequestOptionsJSON;
      const antwoord = await startAuthentication({ optionsJSON });
      const formData = new FormData();
      formData.set("intent", "passkey");
      formData.set("antwoord", JSON.stringify(antwoord));
      formData.set("terug", terug);
      submit(formData, { method: "post", action: "/inloggen" });
    } catch (error) {
      setFout(adresFout(error) ?? (isAfgebroken(error) ? t.passkeyAfgebroken : t.passkeyMislukt));
    } finally {
      setBezig(false);
    }
  }

  return (
    <section aria-labelledby="passkey-titel" className="passkey-inloggen">
      <h2 id="passkey-titel">{t.passkeyTitel}</h2>
      <p>{t.passkeyUitleg}</p>
      {fout ? (
        <p className="melding fout" role="alert">
          {fout}
        </p>
      ) : null}
      <button type="button" className="knop secundair" onClick={inloggen} disabled={bezig} aria-disabled={bezig}>
        {bezig ? t.passkeyBezig : t.passkeyKnop}
      </button>
    </section>
  );
}
