import { Link } from "@remix-run/react";
import { useBerichten } from "~/root";
import "~/i18n/teksten/inloggen";

/**
 * For the intake confirmation and other pages after a verified visit (docs/recht.md "Identiteit": a
 * returning client signs in with a passkey registered after a verified visit).
 */
export function PasskeyAanmoediging({ kopNiveau = 2 }: { kopNiveau?: 2 | 3 }) {
  const t = useBerichten().passkeyAanmoediging;
  const Kop = kopNiveau === 2 ? "h2" : "h3";
  return (
    <aside className="melding passkey-aanmoediging" aria-labelledby="passkey-aanmoediging-titel">
      <Kop id="passkey-aanmoediging-titel">{t.titel}</Kop>
      <p>{t.tekst}</p>
      <p>
        <Link to="/mijn/beveiliging">{t.link}</Link>
      </p>
    </aside>
  );
}
