import type { ReactNode } from "react";
import type { GevraagdRegel } from "~/domain/gevraagd";
import type { Stap, VerzoekInvoer } from "~/domain/intake";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
import "~/i18n/teksten/verzoek";
import "~/i18n/teksten/rechten";

/** The wizard's check step: everything in one overview, with a button per part to change it. */

/** Each button says what it changes, on screen and for a screen reader alike (WCAG 2.4.6). */
function Wijzig({ stap, tekst }: { stap: Stap; tekst: string }) {
  return (
    <button type="submit" name="intent" value={`naar:${stap}`} className="link-knop wijzig-knop">
      {tekst}
    </button>
  );
}

function Regel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function StapControle({
  invoer,
  gevraagd,
  accountEmail,
}: {
  invoer: VerzoekInvoer;
  /** The details as lines, made by the server (WizardScherm `gevraagd`): as the request page shows them later. */
  gevraagd: readonly GevraagdRegel[];
  accountEmail: string;
}) {
  const berichten = useBerichten();
  const t = berichten.verzoek;
  const taal = useTaal();
  const { indiener, betrokkene, verzoek } = invoer;
  const zelf = indiener.relatie === "zelf";
  const optioneel = (waarde: string | undefined) => waarde ?? <span className="leeg">{t.leeg}</span>;
  return (
    <>
      <p>{t.controleIntro}</p>
      <section aria-labelledby="controle-wie" className="controle-blok">
        <h2 id="controle-wie">{t.controleWie}</h2>
        <dl className="gegevens">
          <Regel label={t.controleWie}>{zelf ? t.voorMijzelf : t.voorAnder}</Regel>
          {!zelf ? <Regel label={t.controleRol}>{t.relaties[indiener.relatie]}</Regel> : null}
          {!zelf ? <Regel label={t.controleIndiener}>{indiener.naam}</Regel> : null}
        </dl>
        <p>
          <Wijzig stap={zelf ? "wie" : "relatie"} tekst={t.wijzigKnop.wie} />
        </p>
      </section>
      <section aria-labelledby="controle-betrokkene" className="controle-blok">
        <h2 id="controle-betrokkene">{zelf ? t.betrokkeneZelfTitel : t.controleBetrokkene}</h2>
        <dl className="gegevens">
          <Regel label={zelf ? t.naamZelf : t.naamAnder}>{betrokkene.naam}</Regel>
          <Regel label={t.geboortedatum}>{formatDatum(betrokkene.geboortedatum, taal, { weekday: false })}</Regel>
          <Regel label={t.controleEmail}>{zelf ? accountEmail : optioneel(betrokkene.email)}</Regel>
          <Regel label={t.clientnummer}>{optioneel(betrokkene.clientnummer)}</Regel>
          <Regel label={t.postcode}>{optioneel(betrokkene.postcode)}</Regel>
        </dl>
        <p>
          <Wijzig stap="betrokkene" tekst={zelf ? t.wijzigKnop.betrokkeneZelf : t.wijzigKnop.betrokkene} />
        </p>
      </section>
      <section aria-labelledby="controle-verzoek" className="controle-blok">
        <h2 id="controle-verzoek">{t.controleDetails}</h2>
        <dl className="gegevens">
          <Regel label={t.controleRecht}>{berichten.rechten[verzoek.type].naam}</Regel>
          {gevraagd.map((r, i) => (
            <Regel key={i} label={r.label}>
              <span className="vrije-tekst">{r.waarde}</span>
            </Regel>
          ))}
        </dl>
        <p className="wijzig-regel">
          <Wijzig stap="recht" tekst={t.wijzigKnop.recht} /> <Wijzig stap="details" tekst={t.wijzigKnop.details} />
        </p>
      </section>
      <p>{t.controleNaVersturen}</p>
    </>
  );
}
