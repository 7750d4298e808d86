import { Form } from "@remix-run/react";
import { DOCUMENT_TYPES, isBehandelFoutCode, LEGITIMATIE_WIJZEN, REGISTRATIE_KANALEN } from "~/domain/behandeling";
import { isIntakeFoutCode, VERTEGENWOORDIGER_RELATIES } from "~/domain/intake";
import { VERZOEKTYPEN, type Verzoektype } from "~/domain/request-types";
import type { Berichten } from "~/i18n/berichten";
import type { Taal } from "~/i18n/taal";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { Keuzegroep, Keuzelijst, Veld, type Optie } from "./verzoek-velden";
import "~/i18n/teksten/intake";
import "~/i18n/teksten/behandeling";
import "~/i18n/teksten/rechten";

/** Rows of a correction in the registration form (without JavaScript there is no "add a row"). */
export const REGISTRATIE_CORRECTIE_RIJEN = 5;

export type RegistratieScherm = {
  /** What was typed (by field name), to fill the form again after an error. */
  waarden: Record<string, string>;
  /** Message codes per field name. */
  fouten: Record<string, string[]>;
  /** Why this filer may not file for this person (app/domain/eligibility.ts), NL and EN. */
  weigering: { nl: string; en: string } | null;
};

export function veldId(naam: string): string {
  return `veld-${naam.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;
}

function tekstVanCode(alles: Berichten, code: string): string {
  if (isBehandelFoutCode(code)) return alles.behandeling.fouten[code];
  if (isIntakeFoutCode(code)) return alles.intakeFouten.fouten[code];
  return alles.behandeling.fouten.ongeldig;
}

/**
 * The manual registration form: one page, plain POST, works without JavaScript. The details of
 * every right are on the page; only the chosen right's part is read (the wizard's schema decides).
 */
export function RegistratieFormulier({
  scherm,
  verwerkingen,
  alles,
  taal,
}: {
  scherm: RegistratieScherm | null;
  verwerkingen: { sleutel: string; naam: string; doel: string }[];
  alles: Berichten;
  taal: Taal;
}) {
  const t = alles.behandeling.registratie;
  const waarden = scherm?.waarden ?? {};
  const fouten = scherm?.fouten ?? {};
  const f = (naam: string) => (fouten[naam] ?? []).map((code) => tekstVanCode(alles, code));
  const optioneel = alles.behandeling.nietVerplicht;
  const overzicht = Object.entries(fouten).flatMap(([naam, codes]) =>
    codes.map((code) => ({ veldId: veldId(naam), tekst: tekstVanCode(alles, code) })),
  );
  const tekstveld = (naam: string, label: string, extra: Partial<Parameters<typeof Veld>[0]> = {}) => (
    <Veld id={veldId(naam)} name={naam} label={label} fouten={f(naam)} defaultValue={waarden[naam]} {...extra} />
  );
  const keuzes = (naam: string, legend: string, opties: Optie[], extra: { hint?: string; standaard?: string } = {}) => (
    <Keuzegroep
      id={veldId(naam)}
      name={naam}
      legend={legend}
      hint={extra.hint}
      fouten={f(naam)}
      gekozen={waarden[naam] ?? extra.standaard}
      opties={opties}
    />
  );
  const recht = (type: Verzoektype) => alles.rechten[type].naam;
  const groep = (type: Verzoektype, inhoud: React.ReactNode) => (
    <fieldset className="groep registratie-groep" key={type}>
      <legend>{t.alleenBij(recht(type))}</legend>
      {inhoud}
    </fieldset>
  );

  return (
    <>
      <Foutoverzicht titel={alles.behandeling.foutTitel} fouten={overzicht} />
      {scherm?.weigering ? (
        <div className="melding fout" role="alert" aria-labelledby="weigering-titel">
          <h2 id="weigering-titel">{t.weigeringTitel}</h2>
          <p>{scherm.weigering[taal]}</p>
        </div>
      ) : null}
      <Form method="post" noValidate className="formulier registratie">
        <section aria-labelledby="ontvangst-titel">
          <h2 id="ontvangst-titel">{t.ontvangstTitel}</h2>
          {keuzes(
            "kanaal",
            t.kanaalLegend,
            REGISTRATIE_KANALEN.map((k) => ({ waarde: k, label: t.kanalen[k] ?? k })),
          )}
          {tekstveld("ontvangenOp", t.ontvangenOpLabel, {
            hint: t.ontvangenOpHint,
            maxLength: 10,
            className: "veld kort-veld",
          })}
        </section>

        <section aria-labelledby="indiener-titel">
          <h2 id="indiener-titel">{t.indienerTitel}</h2>
          {keuzes("indiener.voorWie", t.voorWieLegend, [
            { waarde: "zelf", label: t.zelf },
            { waarde: "ander", label: t.ander },
          ])}
          <Keuzelijst
            id={veldId("indiener.relatie")}
            name="indiener.relatie"
            label={t.relatieLabel}
            hint={t.relatieHint}
            leeg={t.kiesRelatie}
            fouten={f("indiener.relatie")}
            defaultValue={waarden["indiener.relatie"]}
            opties={VERTEGENWOORDIGER_RELATIES.map((r) => ({
              waarde: r,
              label: alles.behandeling.persoon.relaties[r] ?? r,
            }))}
          />
          {tekstveld("indiener.naam", t.indienerNaamLabel, { hint: t.indienerNaamHint, maxLength: 200 })}
          {tekstveld("contactEmail", t.contactEmailLabel, { hint: t.contactEmailHint, type: "email", optioneel })}
          {tekstveld("contactTelefoon", t.telefoonLabel, { type: "tel", optioneel, maxLength: 20 })}
          {keuzes(
            "taal",
            t.taalLegend,
            [
              { waarde: "nl", label: t.talen.nl ?? "nl" },
              { waarde: "en", label: t.talen.en ?? "en" },
            ],
            { standaard: "nl" },
          )}
        </section>

        <section aria-labelledby="betrokkene-titel">
          <h2 id="betrokkene-titel">{t.betrokkeneTitel}</h2>
          {tekstveld("betrokkene.naam", t.naamLabel, { maxLength: 200 })}
          {tekstveld("betrokkene.geboortedatum", t.geboortedatumLabel, {
            hint: t.geboortedatumHint,
            maxLength: 10,
            className: "veld kort-veld",
          })}
          {tekstveld("betrokkene.email", t.emailLabel, { type: "email", optioneel })}
          {tekstveld("betrokkene.clientnummer", t.clientnummerLabel, {
            hint: t.clientnummerHint,
            optioneel,
            maxLength: 30,
          })}
          {tekstveld("betrokkene.postcode", t.postcodeLabel, { optioneel, maxLength: 7, className: "veld kort-veld" })}
        </section>

        <section aria-labelledby="recht-titel">
          <h2 id="recht-titel">{t.rechtTitel}</h2>
          {keuzes(
            "type",
            t.rechtLegend,
            VERZOEKTYPEN.map((type) => ({ waarde: type, label: recht(type) })),
          )}
        </section>

        <section aria-labelledby="details-titel">
          <h2 id="details-titel">{t.detailsTitel}</h2>
          <p className="hint">{t.detailsUitleg}</p>
          {groep(
            "inzage",
            <>
              {keuzes("inzage.afschrift", t.afschriftLegend, [
                { waarde: "ja", label: t.afschriftJa },
                { waarde: "nee", label: t.afschriftNee },
              ])}
              {tekstveld("inzage.periode", t.periodeLabel, { optioneel, maxLength: 200 })}
            </>,
          )}
          {groep(
            "correctie",
            <>
              {f("correctie.rijen").length ? (
                <p className="veldfout" id={veldId("correctie.rijen")} tabIndex={-1}>
                  {f("correctie.rijen").join(" ")}
                </p>
              ) : null}
              {Array.from({ length: REGISTRATIE_CORRECTIE_RIJEN }, (_, i) => (
                <fieldset className="correctie-rij" key={i}>
                  <legend>{t.rij(i + 1)}</legend>
                  {tekstveld(`correctie.rijen[${i}].welk`, t.welkLabel, { maxLength: 200 })}
                  {tekstveld(`correctie.rijen[${i}].nu`, t.nuLabel, { optioneel, meerregelig: true, rijen: 2 })}
                  {tekstveld(`correctie.rijen[${i}].moetZijn`, t.moetZijnLabel, { meerregelig: true, rijen: 2 })}
                  {tekstveld(`correctie.rijen[${i}].waarom`, t.waaromLabel, { optioneel, meerregelig: true, rijen: 2 })}
                </fieldset>
              ))}
            </>,
          )}
          {groep(
            "verwijdering",
            <>
              {keuzes("verwijdering.omvang", t.omvangLegend, [
                { waarde: "alles", label: t.omvangAlles },
                { waarde: "deel", label: t.omvangDeel },
              ])}
              {tekstveld("verwijdering.welkDeel", t.welkDeelLabel, { meerregelig: true, rijen: 2 })}
              {tekstveld("verwijdering.waarom", t.waaromLabel, { optioneel, meerregelig: true, rijen: 2 })}
            </>,
          )}
          {groep(
            "afscherming",
            <>
              {tekstveld("afscherming.wat", t.watLabel, { meerregelig: true, rijen: 2 })}
              {tekstveld("afscherming.waarom", t.waaromLabel, { meerregelig: true, rijen: 2 })}
            </>,
          )}
          {groep(
            "bezwaar",
            <>
              {verwerkingen.length === 0 ? (
                <p className="melding let-op">{t.geenVerwerkingen}</p>
              ) : (
                keuzes(
                  "bezwaar.verwerking",
                  t.verwerkingLegend,
                  verwerkingen.map((v) => ({ waarde: v.sleutel, label: v.naam, hint: v.doel })),
                )
              )}
              {tekstveld("bezwaar.situatie", t.situatieLabel, { meerregelig: true, rijen: 3 })}
            </>,
          )}
          {groep(
            "dataportabiliteit",
            <>
              {keuzes("dataportabiliteit.bestemming", t.bestemmingLegend, [
                { waarde: "mij", label: t.bestemmingMij },
                { waarde: "zorgaanbieder", label: t.bestemmingAanbieder },
              ])}
              {tekstveld("dataportabiliteit.aanbiederNaam", t.aanbiederNaamLabel, { maxLength: 200 })}
              {tekstveld("dataportabiliteit.aanbiederEmail", t.aanbiederEmailLabel, { type: "email" })}
              {tekstveld("dataportabiliteit.agb", t.agbLabel, {
                optioneel,
                inputMode: "numeric",
                maxLength: 8,
                className: "veld kort-veld",
              })}
            </>,
          )}
          {groep(
            "intrekking_toestemming",
            <>
              {tekstveld("intrekking_toestemming.toestemming", t.toestemmingLabel, { meerregelig: true, rijen: 2 })}
              {tekstveld("intrekking_toestemming.toelichting", t.toelichtingLabel, {
                optioneel,
                meerregelig: true,
                rijen: 2,
              })}
            </>,
          )}
        </section>

        <section aria-labelledby="legitimatie-titel">
          <h2 id="legitimatie-titel">{t.legitimatieTitel}</h2>
          <p>{t.legitimatieUitleg}</p>
          {keuzes(
            "legitimatie.wijze",
            alles.behandeling.identiteit.wijzeLegend,
            LEGITIMATIE_WIJZEN.map((w) => ({ waarde: w, label: alles.behandeling.identiteit.wijzen[w] ?? w })),
          )}
          <Keuzelijst
            id={veldId("legitimatie.documentType")}
            name="legitimatie.documentType"
            label={alles.behandeling.identiteit.documentTypeLabel}
            leeg={alles.behandeling.identiteit.kiesDocument}
            fouten={f("legitimatie.documentType")}
            defaultValue={waarden["legitimatie.documentType"]}
            opties={DOCUMENT_TYPES.map((d) => ({
              waarde: d,
              label: alles.behandeling.identiteit.documenttypen[d] ?? d,
            }))}
          />
          {tekstveld("legitimatie.laatsteVier", alles.behandeling.identiteit.laatsteVierLabel, {
            hint: alles.behandeling.identiteit.laatsteVierHint,
            maxLength: 12,
            className: "veld kort-veld",
          })}
        </section>

        <div className="knoppen">
          <button type="submit" className="knop">
            {t.knop}
          </button>
        </div>
      </Form>
    </>
  );
}
