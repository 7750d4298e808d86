import { Form } from "@remix-run/react";
import { useBerichten } from "~/root";
import { uitvoeringFouten, type Overzicht, type UitvoeringVeldFout } from "./gemeen";
import "~/i18n/teksten/behandeling";

/** Carry out a restriction (AVG art. 18): the items to restrict, and why. */
export function AfschermFormulier({ o, fout }: { o: Overzicht; fout: UitvoeringVeldFout | undefined }) {
  const t = useBerichten().uitvoering;
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  return (
    <Form method="post" className="formulier">
      <input type="hidden" name="actie" value="afscherming" />
      <input type="hidden" name="versie" value={String(v.versie)} />
      <fieldset
        className="groep"
        {...(fout?.veldId === "afscherm-item-0" ? { "aria-describedby": "uitvoering-fout" } : {})}
      >
        <legend>{t.afschermLegend}</legend>
        {veldFout("afscherm-item-0")}
        {o.dossier.length === 0 ? <p>{t.leegDossier}</p> : null}
        {o.dossier.map((item, i) => (
          <div key={item.id} className="keuze">
            <input type="checkbox" id={`afscherm-item-${i}`} name="itemIds" value={item.id} />
            <label htmlFor={`afscherm-item-${i}`}>
              {item.titel} ({t.categorieen[item.categorie] ?? item.categorie})
            </label>
          </div>
        ))}
      </fieldset>
      <label htmlFor="afscherm-reden">{t.afschermReden}</label>
      {veldFout("afscherm-reden")}
      <textarea id="afscherm-reden" name="reden" rows={3} maxLength={500} {...foutOp("afscherm-reden")} />
      <p className="knoppen">
        <button type="submit" className="knop">
          {t.afschermKnop}
        </button>
      </p>
    </Form>
  );
}
