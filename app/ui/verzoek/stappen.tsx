import { VERTEGENWOORDIGER_RELATIES } from "~/domain/intake-stappen";
import { VERZOEKTYPEN } from "~/domain/request-types";
import { useBerichten } from "~/root";
import { Keuzes, TekstVeld, type VeldContext } from "./velden";
import "~/i18n/teksten/rechten";

/** The wizard's first steps: who files, their relation, the person concerned, and the right. */

export function StapWie({ ctx }: { ctx: VeldContext }) {
  const { t } = ctx;
  return (
    <Keuzes
      ctx={ctx}
      naam="indiener.voorWie"
      legend={t.stappen.wie}
      legendAlsKop
      opties={[
        { waarde: "zelf", label: t.voorMijzelf, hint: t.voorMijzelfHint },
        { waarde: "ander", label: t.voorAnder, hint: t.voorAnderHint },
      ]}
    />
  );
}

export function StapRelatie({ ctx }: { ctx: VeldContext }) {
  const { t } = ctx;
  return (
    <>
      <Keuzes
        ctx={ctx}
        naam="indiener.relatie"
        legend={t.stappen.relatie}
        opties={VERTEGENWOORDIGER_RELATIES.map((relatie) => ({
          waarde: relatie,
          label: t.relaties[relatie],
          hint: t.relatieHints[relatie],
        }))}
      />
      <TekstVeld
        ctx={ctx}
        naam="indiener.naam"
        label={t.indienerNaam}
        hint={t.indienerNaamHint}
        autoComplete="name"
        limiet="naam"
      />
    </>
  );
}

export function StapBetrokkene({
  ctx,
  voorWie,
  accountEmail,
}: {
  ctx: VeldContext;
  voorWie: string | undefined;
  accountEmail: string;
}) {
  const { t } = ctx;
  const zelf = voorWie !== "ander";
  return (
    <>
      <TekstVeld
        ctx={ctx}
        naam="betrokkene.naam"
        label={zelf ? t.naamZelf : t.naamAnder}
        hint={t.naamHint}
        autoComplete={zelf ? "name" : "off"}
        limiet="naam"
      />
      <TekstVeld
        ctx={ctx}
        naam="betrokkene.geboortedatum"
        label={zelf ? t.geboortedatumZelf : t.geboortedatum}
        hint={t.geboortedatumHint}
        autoComplete={zelf ? "bday" : "off"}
        inputMode="text"
      />
      {zelf ? (
        <p>{t.emailZelf(accountEmail)}</p>
      ) : (
        <TekstVeld
          ctx={ctx}
          naam="betrokkene.email"
          label={t.emailAnder}
          hint={t.emailAnderHint}
          type="email"
          optioneel
          autoComplete="off"
        />
      )}
      <TekstVeld
        ctx={ctx}
        naam="betrokkene.clientnummer"
        label={t.clientnummer}
        hint={t.clientnummerHint}
        optioneel
        autoComplete="off"
        maxLength={30}
      />
      <TekstVeld
        ctx={ctx}
        naam="betrokkene.postcode"
        label={t.postcode}
        hint={t.postcodeHint}
        optioneel
        autoComplete={zelf ? "postal-code" : "off"}
        maxLength={7}
      />
      <p className="melding">{t.geenBsn}</p>
    </>
  );
}

export function StapRecht({ ctx }: { ctx: VeldContext }) {
  const rechten = useBerichten().rechten;
  return (
    <Keuzes
      ctx={ctx}
      naam="type"
      legend={ctx.t.stappen.recht}
      legendAlsKop
      opties={VERZOEKTYPEN.map((type) => ({ waarde: type, label: rechten[type].naam, hint: rechten[type].uitleg }))}
    />
  );
}
