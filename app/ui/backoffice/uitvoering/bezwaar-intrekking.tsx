import { Form } from "@remix-run/react";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
import { uitvoeringFouten, type Overzicht, type UitvoeringVeldFout } from "./gemeen";
import "~/i18n/teksten/behandeling";

/** Honour an objection (AVG art. 21): the processing it is about. */
export function BezwaarFormulier({ o, fout }: { o: Overzicht; fout: UitvoeringVeldFout | undefined }) {
  const t = useBerichten().uitvoering;
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  return (
    <Form method="post" className="formulier">
      <input type="hidden" name="actie" value="bezwaar" />
      <input type="hidden" name="versie" value={String(v.versie)} />
      {o.verwerkingen.length === 0 ? (
        <p>{t.geenVerwerkingen}</p>
      ) : (
        <fieldset className="groep">
          <legend>{t.bezwaarLegend}</legend>
          {veldFout("verwerking-0")}
          {o.verwerkingen.map((vw, i) => (
            <div key={vw.sleutel} className="keuze">
              <input
                type="radio"
                id={`verwerking-${i}`}
                name="verwerkingSleutel"
                value={vw.sleutel}
                required
                {...foutOp(`verwerking-${i}`)}
              />
              <label htmlFor={`verwerking-${i}`}>{vw.naam}</label>
            </div>
          ))}
        </fieldset>
      )}
      <p className="hint">{t.bezwaarUitleg}</p>
      <p className="knoppen">
        <button type="submit" className="knop">
          {t.bezwaarKnop}
        </button>
      </p>
    </Form>
  );
}

/** Record a withdrawn consent (AVG art. 7 lid 3): which consent. */
export function IntrekkingFormulier({ o, fout }: { o: Overzicht; fout: UitvoeringVeldFout | undefined }) {
  const t = useBerichten().uitvoering;
  const taal = useTaal();
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  return (
    <Form method="post" className="formulier">
      <input type="hidden" name="actie" value="intrekking" />
      <input type="hidden" name="versie" value={String(v.versie)} />
      {o.toestemmingen.filter((ts) => !ts.ingetrokkenOp).length === 0 ? (
        <p>{t.geenToestemmingen}</p>
      ) : (
        <fieldset className="groep">
          <legend>{t.toestemmingLegend}</legend>
          {veldFout("toestemming-0")}
          {o.toestemmingen
            .filter((ts) => !ts.ingetrokkenOp)
            .map((ts, i) => (
              <div key={ts.id} className="keuze">
                <input
                  type="radio"
                  id={`toestemming-${i}`}
                  name="toestemmingId"
                  value={ts.id}
                  required
                  {...foutOp(`toestemming-${i}`)}
                />
                <label htmlFor={`toestemming-${i}`}>
                  {ts.omschrijving} ({t.gegevenOp(formatDatum(ts.gegevenOp, taal, { weekday: false }))})
                </label>
              </div>
            ))}
        </fieldset>
      )}
      <p className="hint" id="intrek-per-hint">
        {t.perHint(formatDatum(v.ontvangenOp, taal, { weekday: false }))}
      </p>
      <p className="knoppen">
        <button type="submit" className="knop">
          {t.intrekKnop}
        </button>
      </p>
    </Form>
  );
}
