import { Form } from "@remix-run/react";
import { useBerichten } from "~/root";
import { uitvoeringFouten, type Overzicht, type UitvoeringVeldFout } from "./gemeen";
import "~/i18n/teksten/behandeling";

/**
 * Registering a disclosure of this client (AVG art. 15 lid 1 sub c, art. 30; docs/decisions/023 and
 * 030), e.g. without consent on a legal duty: the client is told without delay unless staff give a
 * reason to postpone it.
 */
export function VerstrekkingFormulier({
  o,
  fout,
  gemeld,
}: {
  o: Overzicht;
  fout: UitvoeringVeldFout | undefined;
  gemeld: string | null;
}) {
  const t = useBerichten().uitvoering;
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  if (!o.gekoppeld) return null;
  return (
    <section aria-labelledby="vs-titel">
      <h2 id="vs-titel">{t.vsTitel}</h2>
      <p>{t.vsUitleg}</p>
      {gemeld ? (
        <p className="melding" role="status">
          {t.vsVastgelegd[gemeld] ?? t.vsVastgelegd.gemeld}
        </p>
      ) : null}
      <Form method="post" className="formulier">
        <input type="hidden" name="actie" value="verstrekking" />
        <input type="hidden" name="versie" value={String(v.versie)} />
        <label htmlFor="vs-ontvanger">{t.vsOntvanger}</label>
        {veldFout("vs-ontvanger")}
        <input id="vs-ontvanger" name="ontvanger" type="text" maxLength={200} {...foutOp("vs-ontvanger")} />
        <label htmlFor="vs-email">{t.vsOntvangerEmail}</label>
        <input id="vs-email" name="ontvangerEmail" type="email" maxLength={320} />
        <label htmlFor="vs-datum">{t.vsDatum}</label>
        {veldFout("vs-datum")}
        <input id="vs-datum" name="datum" type="date" {...foutOp("vs-datum")} />
        <label htmlFor="vs-rechtsgrond">{t.vsRechtsgrond}</label>
        {veldFout("vs-rechtsgrond")}
        <input id="vs-rechtsgrond" name="rechtsgrond" type="text" maxLength={300} {...foutOp("vs-rechtsgrond")} />
        <label htmlFor="vs-toestemming">{t.vsToestemming}</label>
        {veldFout("vs-toestemming")}
        <select id="vs-toestemming" name="toestemmingId" {...foutOp("vs-toestemming")}>
          <option value="">{t.vsZonderToestemming}</option>
          {o.toestemmingen.map((ts) => (
            <option key={ts.id} value={ts.id}>
              {ts.omschrijving}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t.vsCategorieen}</legend>
          {Object.entries(t.categorieen).map(([code, naam]) => (
            <p key={code}>
              <input type="checkbox" id={`vs-cat-${code}`} name="categorieen" value={code} />{" "}
              <label htmlFor={`vs-cat-${code}`}>{naam}</label>
            </p>
          ))}
        </fieldset>
        <label htmlFor="vs-omschrijving">{t.vsOmschrijving}</label>
        <textarea id="vs-omschrijving" name="omschrijving" rows={3} maxLength={5000} />
        <label htmlFor="vs-uitstel">{t.vsUitstel}</label>
        <p className="hint" id="vs-uitstel-hint">
          {t.vsUitstelHint}
        </p>
        {veldFout("vs-uitstel")}
        <textarea
          id="vs-uitstel"
          name="uitstelReden"
          rows={2}
          maxLength={1000}
          aria-describedby="vs-uitstel-hint"
          {...(fout?.veldId === "vs-uitstel" ? { "aria-invalid": true } : {})}
        />
        <p className="knoppen">
          <button type="submit" className="knop">
            {t.vsKnop}
          </button>
        </p>
      </Form>
    </section>
  );
}
