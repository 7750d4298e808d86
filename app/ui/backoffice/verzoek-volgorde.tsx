import { Link } from "@remix-run/react";
import { BEHANDEL_VOLGORDE, type VolgendeStap, type VolgordeStap } from "~/domain/volgende-stap";
import type { Berichten } from "~/i18n/berichten";
import "~/i18n/teksten/behandeling";

/**
 * The top of the backoffice request page: the four steps in their natural order (1 identity and
 * authority → 2 link the client's dossier → 3 decide → 4 carry out), which one is done, which is
 * next, and a link to where that step is taken. Plain links: works without JavaScript.
 */
export function VerzoekVolgorde(p: {
  id: string;
  volgende: VolgendeStap;
  stand: Record<VolgordeStap, "klaar" | "nu" | "straks">;
  type: string;
  alles: Berichten;
}) {
  const t = p.alles.behandeling.volgorde;
  if (p.volgende === null) return null;
  const links: { naar: string; tekst: string }[] = [];
  if (p.volgende === "identiteit") links.push({ naar: "#identiteit-titel", tekst: t.naarIdentiteit });
  if (p.volgende === "koppelen") links.push({ naar: "?koppelen=1#koppeling", tekst: t.naarKoppeling });
  if (p.volgende === "besluiten") links.push({ naar: "#acties-titel", tekst: t.naarBesluit });
  if (p.volgende === "uitvoeren") {
    if (p.type === "inzage" || p.type === "dataportabiliteit")
      links.push({
        naar: `/backoffice/verzoeken/${p.id}/pakket`,
        tekst: t.naarPakket,
      });
    else
      links.push({
        naar: `/backoffice/verzoeken/${p.id}/uitvoering`,
        tekst: t.naarUitvoering,
      });
  }
  return (
    <section aria-labelledby="volgende-stap-titel" className="volgende-stap">
      <h2 id="volgende-stap-titel">{t.titel}</h2>
      <ol className="volgorde" aria-label={t.lijstLabel}>
        {BEHANDEL_VOLGORDE.map((stap) => (
          <li
            key={stap}
            className={`volgorde-${p.stand[stap]}`}
            aria-current={p.stand[stap] === "nu" ? "step" : undefined}
          >
            {t.stappen[stap]} <span className="volgorde-stand">({t.stand[p.stand[stap]]})</span>
          </li>
        ))}
      </ol>
      <p className="volgende-uitleg">
        <strong>{t.uitleg[p.volgende]}</strong>
      </p>
      {links.map((l) => (
        <p key={l.naar}>
          {l.naar.startsWith("/") ? <Link to={l.naar}>{l.tekst}</Link> : <a href={l.naar}>{l.tekst}</a>}
        </p>
      ))}
    </section>
  );
}
