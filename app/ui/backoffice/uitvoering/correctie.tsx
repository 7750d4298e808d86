import { Form } from "@remix-run/react";
import { useBerichten } from "~/root";
import { uitvoeringFouten, type Overzicht, type UitvoeringVeldFout } from "./gemeen";
import "~/i18n/teksten/behandeling";

/** Carry out a correction (AVG art. 16): a new value per field of the visible dossier, or an addition per item. */
export function CorrectieFormulier({ o, fout }: { o: Overzicht; fout: UitvoeringVeldFout | undefined }) {
  const t = useBerichten().uitvoering;
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  return (
    <Form method="post" className="formulier">
      <input type="hidden" name="actie" value="correctie" />
      <input type="hidden" name="versie" value={String(v.versie)} />
      <h2>{t.dossierTitel}</h2>
      <p className="hint">{t.afgeschermdUitleg}</p>
      <p className="hint">{t.correctieHint}</p>
      {veldFout("correctie-eerste")}
      {o.dossier.length === 0 ? (
        <div className="melding let-op" id="correctie-leeg">
          <p>{t.leegDossierCorrectie}</p>
          <p>{t.leegDossierHoe}</p>
        </div>
      ) : null}
      {(() => {
        let n = 0;
        return o.dossier.map((item, k) => (
          <fieldset key={item.id} className="correctie-rij">
            <legend>
              {item.titel} ({t.categorieen[item.categorie] ?? item.categorie})
            </legend>
            <div className="tabel-scroll">
              <table className="behandel-tabel">
                <thead>
                  <tr>
                    <th scope="col">{t.veld}</th>
                    <th scope="col">{t.huidig}</th>
                    <th scope="col">{t.nieuw}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(item.inhoud).map(([veld, waarde]) => {
                    const i = n++;
                    const inputId = i === 0 ? "correctie-eerste" : `correctie-${i}`;
                    return (
                      <tr key={veld}>
                        <th scope="row">{veld}</th>
                        <td>{waarde}</td>
                        <td>
                          <input type="hidden" name={`wijzigingen[${i}].dossierItemId`} value={item.id} />
                          <input type="hidden" name={`wijzigingen[${i}].veld`} value={veld} />
                          <label className="visueel-verborgen" htmlFor={inputId}>
                            {t.nieuwLabel(item.titel, veld)}
                          </label>
                          <input
                            id={inputId}
                            name={`wijzigingen[${i}].nieuweWaarde`}
                            type="text"
                            {...foutOp(inputId)}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <input type="hidden" name={`nieuw[${k}].dossierItemId`} value={item.id} />
            <label htmlFor={`nieuw-veld-${k}`}>{t.aanvullingVeld(item.titel)}</label>
            <input id={`nieuw-veld-${k}`} name={`nieuw[${k}].veld`} type="text" maxLength={60} />
            <label htmlFor={`nieuw-waarde-${k}`}>{t.aanvullingWaarde(item.titel)}</label>
            <input id={`nieuw-waarde-${k}`} name={`nieuw[${k}].nieuweWaarde`} type="text" />
          </fieldset>
        ));
      })()}
      {o.dossier.length > 0 ? (
        <p className="knoppen">
          <button type="submit" className="knop">
            {t.correctieKnop}
          </button>
        </p>
      ) : null}
    </Form>
  );
}
