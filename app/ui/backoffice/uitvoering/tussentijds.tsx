import { Form } from "@remix-run/react";
import { useBerichten } from "~/root";
import { uitvoeringFouten, type Overzicht, type UitvoeringVeldFout } from "./gemeen";
import "~/i18n/teksten/behandeling";

/**
 * AVG art. 18 lid 1 sub a and d (docs/decisions/030): the client asked that the data concerned is not
 * used while a correction or objection is decided; staff choose the dossier items to restrict meanwhile.
 */
export function TussentijdseAfschermingFormulier({ o, fout }: { o: Overzicht; fout: UitvoeringVeldFout | undefined }) {
  const t = useBerichten().uitvoering;
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  if (!o.tussentijds.gevraagd) return null;
  return (
    <section aria-labelledby="tussentijds-titel">
      <h2 id="tussentijds-titel">{t.tussentijdsTitel}</h2>
      <p>{t.tussentijdsUitleg}</p>
      {o.tussentijds.nu ? <p className="melding">{t.tussentijdsNu(o.tussentijds.nu.aantal)}</p> : null}
      {o.tussentijds.opgeheven ? <p className="melding">{t.tussentijdsOpgeheven}</p> : null}
      {o.tussentijds.kanNu ? (
        <Form method="post">
          <input type="hidden" name="actie" value="tussentijds" />
          <input type="hidden" name="versie" value={String(v.versie)} />
          <fieldset>
            <legend>{t.tussentijdsLegend}</legend>
            {veldFout("tussentijds-item-0")}
            {o.dossier
              .filter((i) => !o.tussentijds.itemIds.includes(i.id))
              .map((i, n) => (
                <p key={i.id}>
                  <input
                    type="checkbox"
                    id={`tussentijds-item-${n}`}
                    name="itemIds"
                    value={i.id}
                    {...(n === 0 ? foutOp("tussentijds-item-0") : {})}
                  />{" "}
                  <label htmlFor={`tussentijds-item-${n}`}>
                    {t.categorieen[i.categorie] ?? i.categorie}: {i.titel}
                  </label>
                </p>
              ))}
          </fieldset>
          <button type="submit" className="knop">
            {t.tussentijdsKnop}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
