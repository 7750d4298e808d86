import type { IntakeFouten } from "~/domain/intake";
import { useBerichten } from "~/root";
import "~/i18n/teksten/verzoek";

/**
 * The wizard's choice "do not use this data while you decide" on a correction or an objection
 * (AVG art. 18 lid 1 sub a and d; docs/decisions/030). A plain checkbox with its explanation: the
 * form works without JavaScript (unticked sends nothing).
 */
export function TussentijdseAfscherming({
  naam,
  waarden,
  fouten,
  foutTeksten,
}: {
  naam: "correctie.nietGebruiken" | "bezwaar.nietGebruiken";
  waarden: Record<string, string>;
  fouten: IntakeFouten;
  foutTeksten: Partial<Record<string, string>>;
}) {
  const t = useBerichten().verzoek;
  const id = `veld-${naam.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const fout = fouten[naam]?.[0];
  const uitleg = naam.startsWith("correctie") ? t.tussentijdsUitlegCorrectie : t.tussentijdsUitlegBezwaar;
  return (
    <fieldset
      className="keuzes tussentijdse-afscherming"
      aria-describedby={[`${id}-hint`, fout ? `${id}-fout` : null].filter(Boolean).join(" ")}
    >
      <legend>{t.tussentijdsLegend}</legend>
      <p className="hint" id={`${id}-hint`}>
        {uitleg}
      </p>
      {fout ? (
        <p className="veldfout" id={`${id}-fout`}>
          {foutTeksten[fout] ?? foutTeksten.ongeldig ?? t.neutraleFout}
        </p>
      ) : null}
      <div className="keuze">
        <input
          type="checkbox"
          id={id}
          name={naam}
          value="ja"
          defaultChecked={waarden[naam] === "ja"}
          aria-invalid={fout ? true : undefined}
        />
        <label htmlFor={id}>{t.tussentijdsLabel}</label>
      </div>
    </fieldset>
  );
}
