import type { Verzoektype } from "~/domain/request-types";
import { useBerichten } from "~/root";
import type { BezwaarVerwerking } from "~/services/intake.server";
import { TussentijdseAfscherming } from "./tussentijdse-afscherming";
import { foutTekst, Keuzes, TekstVeld, veldId, type VeldContext } from "./velden";
import "~/i18n/teksten/rechten";

/** The wizard's details step: the fields of the chosen right. */

export function StapDetails({
  ctx,
  type,
  rijen,
  verwerkingen,
}: {
  ctx: VeldContext;
  type: Verzoektype;
  rijen: number;
  verwerkingen: BezwaarVerwerking[];
}) {
  const { t } = ctx;
  const recht = useBerichten().rechten[type];
  return (
    <>
      <p className="details-recht">
        <strong>{recht.naam}:</strong> {recht.uitleg}
      </p>
      {type === "inzage" ? (
        <>
          <Keuzes
            ctx={ctx}
            naam="inzage.afschrift"
            legend={t.inzageAfschrift}
            opties={[
              { waarde: "ja", label: t.inzageAfschriftJa },
              { waarde: "nee", label: t.inzageAfschriftNee },
            ]}
          />
          <TekstVeld
            ctx={ctx}
            naam="inzage.periode"
            label={t.inzagePeriode}
            hint={t.inzagePeriodeHint}
            optioneel
            limiet="kort"
          />
        </>
      ) : null}
      {type === "correctie" ? (
        <>
          <p>{t.correctieIntro}</p>
          {ctx.fouten["correctie.rijen"]?.length ? (
            <p className="veldfout" id={veldId("correctie.rijen")} tabIndex={-1}>
              {foutTekst(ctx, ctx.fouten["correctie.rijen"][0]!)}
            </p>
          ) : null}
          {Array.from({ length: rijen }, (_, i) => (
            <fieldset className="correctie-rij" key={i}>
              <legend>{t.correctieRij(i + 1)}</legend>
              <TekstVeld
                ctx={ctx}
                naam={`correctie.rijen[${i}].welk`}
                label={t.correctieWelk}
                hint={i === 0 ? t.correctieWelkHint : undefined}
                limiet="kort"
              />
              <TekstVeld
                ctx={ctx}
                naam={`correctie.rijen[${i}].nu`}
                label={t.correctieNu}
                optioneel
                meerregelig
                limiet="lang"
              />
              <TekstVeld
                ctx={ctx}
                naam={`correctie.rijen[${i}].moetZijn`}
                label={t.correctieMoetZijn}
                meerregelig
                limiet="lang"
              />
              <TekstVeld
                ctx={ctx}
                naam={`correctie.rijen[${i}].waarom`}
                label={t.correctieWaarom}
                optioneel
                meerregelig
                limiet="lang"
              />
            </fieldset>
          ))}
          <TussentijdseAfscherming
            naam="correctie.nietGebruiken"
            waarden={ctx.waarden}
            fouten={ctx.fouten}
            foutTeksten={ctx.foutTeksten}
          />
        </>
      ) : null}
      {type === "verwijdering" ? (
        <>
          <p className="melding let-op">{t.verwijderingBewaarplicht}</p>
          <Keuzes
            ctx={ctx}
            naam="verwijdering.omvang"
            legend={t.verwijderingOmvang}
            opties={[
              { waarde: "alles", label: t.verwijderingAlles },
              { waarde: "deel", label: t.verwijderingDeel },
            ]}
          />
          <TekstVeld
            ctx={ctx}
            naam="verwijdering.welkDeel"
            label={t.verwijderingWelkDeel}
            hint={t.verwijderingWelkDeelHint}
            meerregelig
            limiet="lang"
          />
          <TekstVeld
            ctx={ctx}
            naam="verwijdering.waarom"
            label={t.verwijderingWaarom}
            optioneel
            meerregelig
            limiet="lang"
          />
        </>
      ) : null}
      {type === "afscherming" ? (
        <>
          <TekstVeld ctx={ctx} naam="afscherming.wat" label={t.afschermingWat} meerregelig limiet="lang" />
          <TekstVeld
            ctx={ctx}
            naam="afscherming.waarom"
            label={t.afschermingWaarom}
            hint={t.afschermingWaaromHint}
            meerregelig
            limiet="lang"
          />
        </>
      ) : null}
      {type === "bezwaar" ? (
        verwerkingen.length === 0 ? (
          <p className="melding let-op">{t.bezwaarGeenVerwerkingen}</p>
        ) : (
          <>
            <Keuzes
              ctx={ctx}
              naam="bezwaar.verwerking"
              legend={t.bezwaarVerwerking}
              opties={verwerkingen.map((v) => ({
                waarde: v.sleutel,
                label: v.naam,
                hint: v.bezwaarMogelijk ? v.doel : `${v.doel} ${t.bezwaarMeestalNiet}`,
              }))}
            />
            <TekstVeld
              ctx={ctx}
              naam="bezwaar.situatie"
              label={t.bezwaarSituatie}
              hint={t.bezwaarSituatieHint}
              meerregelig
              limiet="lang"
            />
            <TussentijdseAfscherming
              naam="bezwaar.nietGebruiken"
              waarden={ctx.waarden}
              fouten={ctx.fouten}
              foutTeksten={ctx.foutTeksten}
            />
          </>
        )
      ) : null}
      {type === "dataportabiliteit" ? (
        <>
          <Keuzes
            ctx={ctx}
            naam="dataportabiliteit.bestemming"
            legend={t.portabiliteitBestemming}
            opties={[
              { waarde: "mij", label: t.portabiliteitMij, hint: t.portabiliteitMijHint },
              { waarde: "zorgaanbieder", label: t.portabiliteitAanbieder },
            ]}
          />
          <fieldset className="groep" aria-describedby="aanbieder-hint">
            <legend>{t.portabiliteitAanbiederGroep}</legend>
            <p className="hint" id="aanbieder-hint">
              {t.portabiliteitAanbiederGroepHint}
            </p>
            <TekstVeld
              ctx={ctx}
              naam="dataportabiliteit.aanbiederNaam"
              label={t.portabiliteitAanbiederNaam}
              autoComplete="off"
              limiet="kort"
            />
            <TekstVeld
              ctx={ctx}
              naam="dataportabiliteit.aanbiederEmail"
              label={t.portabiliteitAanbiederEmail}
              type="email"
              autoComplete="off"
            />
            <TekstVeld
              ctx={ctx}
              naam="dataportabiliteit.agb"
              label={t.portabiliteitAgb}
              hint={t.portabiliteitAgbHint}
              optioneel
              inputMode="numeric"
              autoComplete="off"
              maxLength={8}
            />
          </fieldset>
        </>
      ) : null}
      {type === "intrekking_toestemming" ? (
        <>
          <TekstVeld
            ctx={ctx}
            naam="intrekking_toestemming.toestemming"
            label={t.intrekkingToestemming}
            hint={t.intrekkingToestemmingHint}
            meerregelig
            limiet="lang"
          />
          <TekstVeld
            ctx={ctx}
            naam="intrekking_toestemming.toelichting"
            label={t.intrekkingToelichting}
            optioneel
            meerregelig
            limiet="lang"
          />
        </>
      ) : null}
    </>
  );
}
