import { Form } from "@remix-run/react";
import { CORRECTIE_RIJEN_MAX, stappenVoor } from "~/domain/intake-stappen";
import type { Reason } from "~/domain/verzoek-status";
import { isVerzoektype } from "~/domain/request-types";
import { rijIndex, zichtbaar, type WizardMelding, type WizardScherm } from "~/domain/verzoek-wizard";
import { useBerichten, useTaal } from "~/root";
import type { BezwaarVerwerking } from "~/services/intake.server";
import { Foutoverzicht, type VeldFout } from "~/ui/foutoverzicht";
import { Honingpot } from "~/ui/honingpot";
import { StapControle } from "./controle";
import { StapDetails } from "./details";
import { StapBetrokkene, StapRecht, StapRelatie, StapWie } from "./stappen";
import { foutTekst, veldId, type VeldContext } from "./velden";
import "~/i18n/teksten/verzoek";

/**
 * The wizard after sign-in, one step per page (app/domain/verzoek-wizard.ts says which). Every step
 * is a plain POST that works without JavaScript; the answers of the other steps travel along in
 * hidden fields.
 */

export function Wizard({
  scherm,
  accountEmail,
  verwerkingen,
}: {
  scherm: WizardScherm;
  accountEmail: string;
  verwerkingen: BezwaarVerwerking[];
}) {
  const berichten = useBerichten();
  const t = berichten.verzoek;
  const { stap, waarden, fouten } = scherm;
  const voorWie = waarden["indiener.voorWie"];
  const type = isVerzoektype(waarden.type) ? waarden.type : undefined;
  const volgorde = stappenVoor(voorWie);
  const nummer = volgorde.indexOf(stap) + 1;
  // Filing for oneself, the messages speak to "you" like the labels ("Uw naam": "Vul uw naam in.").
  const ctx: VeldContext = { waarden, fouten, foutTeksten: scherm.foutTeksten ?? {}, t };

  const overzicht: VeldFout[] = Object.entries(fouten).flatMap(([naam, codes]) =>
    codes.map((code) => ({ veldId: veldId(naam), tekst: foutTekst(ctx, code) })),
  );
  const titel = stap === "betrokkene" && voorWie !== "ander" ? t.betrokkeneZelfTitel : t.stappen[stap];

  return (
    <>
      <p className="stap-teller">{t.stapVan(nummer, volgorde.length)}</p>
      {stap === "wie" || stap === "recht" ? null : <h1>{titel}</h1>}
      <Foutoverzicht titel={t.foutTitel} fouten={overzicht} />
      {scherm.melding ? <WizardMeldingTekst melding={scherm.melding} /> : null}
      {scherm.weigering ? <Weigering reden={scherm.weigering} /> : null}
      {(stap === "recht" || stap === "controle") && scherm.notitie ? <Notitie reden={scherm.notitie} /> : null}

      {/* Keyed by step: with JavaScript, React must not reuse one step's inputs for the next step's fields. */}
      <Form method="post" noValidate className="formulier wizard" key={stap}>
        <Honingpot label={t.honeypotLabel} />
        <input type="hidden" name="stap" value={stap} />
        <input type="hidden" name="rijen" value={scherm.rijen} />
        {Object.entries(waarden)
          .filter(([naam]) => !zichtbaar(stap, naam, type, voorWie))
          .filter(
            ([naam]) => !(stap === "details" && naam.startsWith("correctie.rijen[") && rijIndex(naam) >= scherm.rijen),
          )
          .map(([naam, waarde]) => (
            <input key={naam} type="hidden" name={naam} value={waarde} />
          ))}

        {stap === "wie" ? <StapWie ctx={ctx} /> : null}
        {stap === "relatie" ? <StapRelatie ctx={ctx} /> : null}
        {stap === "betrokkene" ? <StapBetrokkene ctx={ctx} voorWie={voorWie} accountEmail={accountEmail} /> : null}
        {stap === "recht" ? <StapRecht ctx={ctx} /> : null}
        {stap === "details" && type ? (
          <StapDetails ctx={ctx} type={type} rijen={scherm.rijen} verwerkingen={verwerkingen} />
        ) : null}
        {stap === "controle" && scherm.invoer ? (
          <StapControle invoer={scherm.invoer} gevraagd={scherm.gevraagd ?? []} accountEmail={accountEmail} />
        ) : null}
        {stap === "controle" && scherm.sleutel ? <input type="hidden" name="sleutel" value={scherm.sleutel} /> : null}

        <div className="knoppen">
          {stap === "controle" ? (
            <button type="submit" name="intent" value="indienen" className="knop">
              {t.versturen}
            </button>
          ) : (
            <button type="submit" name="intent" value="volgende" className="knop">
              {t.volgende}
            </button>
          )}
          {stap === "details" && type === "correctie" && scherm.rijen < CORRECTIE_RIJEN_MAX ? (
            <button type="submit" name="intent" value="rij_toevoegen" className="knop secundair">
              {t.correctieRijToevoegen}
            </button>
          ) : null}
          {nummer > 1 ? (
            <button type="submit" name="intent" value="terug" className="knop secundair">
              {t.terug}
            </button>
          ) : null}
        </div>
      </Form>
      <p className="hint wizard-account">{t.ingelogdAls(accountEmail)}</p>
    </>
  );
}

function WizardMeldingTekst({ melding }: { melding: WizardMelding }) {
  const t = useBerichten().verzoek;
  const tekst =
    melding.soort === "te_vaak"
      ? t.teVaak(melding.minuten)
      : melding.soort === "sleutel"
        ? t.sleutelOngeldig
        : t.neutraleFout;
  return (
    <p className={melding.soort === "te_vaak" ? "melding let-op" : "melding fout"} role="alert">
      {tekst}
    </p>
  );
}

function Weigering({ reden }: { reden: Reason }) {
  const t = useBerichten().verzoek;
  const taal = useTaal();
  return (
    <div className="melding fout" role="alert" aria-labelledby="weigering-titel">
      <h2 id="weigering-titel">{t.weigeringTitel}</h2>
      <p>{reden[taal]}</p>
      <p>{t.weigeringAnders}</p>
    </div>
  );
}

function Notitie({ reden }: { reden: Reason }) {
  const t = useBerichten().verzoek;
  const taal = useTaal();
  return (
    <div className="melding let-op" aria-labelledby="notitie-titel">
      <h2 id="notitie-titel">{t.notitieTitel}</h2>
      <p>{reden[taal]}</p>
    </div>
  );
}
