import type { ReactNode } from "react";
import { RELATIE_LABELS } from "~/domain/eligibility";
import type { Stap, VerzoekInvoer } from "~/domain/intake";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
import type { BezwaarVerwerking } from "~/services/intake.server";
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
  verwerkingen,
  accountEmail,
}: {
  invoer: VerzoekInvoer;
  verwerkingen: BezwaarVerwerking[];
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
          {!zelf ? <Regel label={t.controleRol}>{RELATIE_LABELS[indiener.relatie][taal]}</Regel> : null}
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
          <DetailRegels verzoek={verzoek} verwerkingen={verwerkingen} optioneel={optioneel} />
        </dl>
        <p className="wijzig-regel">
          <Wijzig stap="recht" tekst={t.wijzigKnop.recht} /> <Wijzig stap="details" tekst={t.wijzigKnop.details} />
        </p>
      </section>
      <p>{t.controleNaVersturen}</p>
    </>
  );
}

function DetailRegels({
  verzoek,
  verwerkingen,
  optioneel,
}: {
  verzoek: VerzoekInvoer["verzoek"];
  verwerkingen: BezwaarVerwerking[];
  optioneel: (waarde: string | undefined) => ReactNode;
}) {
  const t = useBerichten().verzoek;
  switch (verzoek.type) {
    case "inzage":
      return (
        <>
          <Regel label={t.inzageAfschrift}>{verzoek.afschrift ? t.ja : t.nee}</Regel>
          <Regel label={t.inzagePeriode}>{optioneel(verzoek.periode)}</Regel>
        </>
      );
    case "correctie":
      return (
        <>
          {verzoek.rijen.map((rij, i) => (
            <Regel key={i} label={t.correctieRij(i + 1)}>
              <strong>{rij.welk}</strong>
              <br />
              {t.correctieNu} {optioneel(rij.nu)}
              <br />
              {t.correctieMoetZijn} {rij.moetZijn}
              {rij.waarom ? (
                <>
                  <br />
                  {t.correctieWaarom} {rij.waarom}
                </>
              ) : null}
            </Regel>
          ))}
        </>
      );
    case "verwijdering":
      return (
        <>
          <Regel label={t.verwijderingOmvang}>
            {verzoek.omvang === "alles" ? t.verwijderingAlles : t.verwijderingDeel}
          </Regel>
          {verzoek.omvang === "deel" ? <Regel label={t.verwijderingWelkDeel}>{verzoek.welkDeel}</Regel> : null}
          <Regel label={t.verwijderingWaarom}>{optioneel(verzoek.waarom)}</Regel>
        </>
      );
    case "afscherming":
      return (
        <>
          <Regel label={t.afschermingWat}>{verzoek.wat}</Regel>
          <Regel label={t.afschermingWaarom}>{verzoek.waarom}</Regel>
        </>
      );
    case "bezwaar":
      return (
        <>
          <Regel label={t.bezwaarVerwerking}>
            {verwerkingen.find((v) => v.sleutel === verzoek.verwerking)?.naam ?? verzoek.verwerking}
          </Regel>
          <Regel label={t.bezwaarSituatie}>{verzoek.situatie}</Regel>
        </>
      );
    case "dataportabiliteit":
      return (
        <>
          <Regel label={t.portabiliteitBestemming}>
            {verzoek.bestemming === "mij" ? t.portabiliteitMij : t.portabiliteitAanbieder}
          </Regel>
          {verzoek.aanbieder ? (
            <>
              <Regel label={t.portabiliteitAanbiederNaam}>{verzoek.aanbieder.naam}</Regel>
              <Regel label={t.portabiliteitAanbiederEmail}>{verzoek.aanbieder.email}</Regel>
              <Regel label={t.portabiliteitAgb}>{optioneel(verzoek.aanbieder.agb)}</Regel>
            </>
          ) : null}
        </>
      );
    case "intrekking_toestemming":
      return (
        <>
          <Regel label={t.intrekkingToestemming}>{verzoek.toestemming}</Regel>
          <Regel label={t.intrekkingToelichting}>{optioneel(verzoek.toelichting)}</Regel>
        </>
      );
  }
}
