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
import "~/i18n/teksten/ondertekening";

/**
 * "Ondertekenen met passkey": asks the server for WebAuthn options bound to this letter
 * (POST /directie/besluiten/:id/ondertekenen, the challenge stays on the server), lets the
 * director's authenticator sign with user verification, and posts the assertion to the page's
 * action, which verifies and stores it. Needs JavaScript and WebAuthn; otherwise the page says so.
 */
export function BesluitOndertekenen({
  besluitId,
  besluitVersie,
  verzoekVersie,
  serverFout,
}: {
  besluitId: string;
  besluitVersie: number;
  verzoekVersie: number;
  /** The action's answer after a refused signature (a new object per attempt). */
  serverFout?: { fout: string } | null;
}) {
  const t = useBerichten().ondertekening;
  const submit = useSubmit();
  const [beschikbaar, setBeschikbaar] = useState<boolean | null>(null);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const adresFout = usePasskeyAdresFout();

  useEffect(() => setBeschikbaar(browserSupportsWebAuthn()), []);
  useEffect(() => {
    setFout(serverFout?.fout ?? null);
    setBezig(false);
  }, [serverFout]);

  async function onderteken() {
    const verkeerdAdres = adresFout();
    if (verkeerdAdres) return setFout(verkeerdAdres);
    setBezig(true);
    setFout(null);
    try {
      const body = new URLSearchParams({ besluitVersie: String(besluitVersie), verzoekVersie: String(verzoekVersie) });
      const res = await fetch(`/directie/besluiten/${besluitId}/ondertekenen`, {
        method: "POST",
        headers: { Accept: "application/json" },
        body,
      });
      const json = (await res.json().catch(() => null)) as
        { fout?: string } | PublicKeyCredentialRequestOptionsJSON | null;
      if (!res.ok || !json || "fout" in json) {
        setFout((json && "fout" in json && json.fout) || t.fouten.mislukt!);
        setBezig(false);
        return;
      }
      const antwoord = await startAuthentication({ optionsJSON: json as PublicKeyCredentialRequestOptionsJSON });
      const formData = new FormData();
      formData.set("intent", "ondertekenen");
      formData.set("antwoord", JSON.stringify(antwoord));
      submit(formData, { method: "post" });
    } catch (error) {
      setFout(adresFout(error) ?? (isAfgebroken(error) ? t.fouten.afgebroken! : t.fouten.mislukt!));
      setBezig(false);
    }
  }

  return (
    <div className="ondertekenen">
      {fout ? (
        <p className="melding fout" role="alert">
          {fout}
        </p>
      ) : null}
      {beschikbaar === false ? (
        <p className="melding let-op">{t.detail.geenJavascript}</p>
      ) : (
        <button
          type="button"
          className="knop"
          onClick={onderteken}
          disabled={bezig || beschikbaar !== true}
          aria-disabled={bezig || beschikbaar !== true}
        >
          {bezig ? t.detail.bezig : t.detail.ondertekenKnop}
        </button>
      )}
      <noscript>
        <p className="melding let-op">{t.detail.geenJavascript}</p>
      </noscript>
    </div>
  );
}
