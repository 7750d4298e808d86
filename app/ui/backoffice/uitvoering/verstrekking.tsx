import { Form } from "@remix-run/react";
import { amsterdamDate } from "~/domain/calendar";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
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

/**
 * Disclosures of this client whose message to the client was postponed (docs/decisions/023): the
 * recipient, the date, the reason recorded, and a button to send the message now that the danger
 * is over (`meldUitgesteldeVerstrekking`: e-mail and audit row in one transaction; without an
 * e-mail address the postponement ends and staff send a letter). One form per row, no JavaScript needed.
 */
export function UitgesteldeVerstrekkingen({
  o,
  fout,
  verstuurd,
}: {
  o: Overzicht;
  fout: UitvoeringVeldFout | undefined;
  verstuurd: string | null;
}) {
  const t = useBerichten().uitvoering;
  const taal = useTaal();
  const { veldFout } = uitvoeringFouten(fout);
  if (!o.gekoppeld || (o.uitgesteld.length === 0 && !verstuurd && fout?.veldId !== "vu-titel")) return null;
  const dag = (d: string | Date) => formatDatum(amsterdamDate(new Date(d)), taal, { weekday: false });
  return (
    <section aria-labelledby="vu-titel">
      <h2 id="vu-titel" tabIndex={-1}>
        {t.uitgesteldTitel}
      </h2>
      {verstuurd ? (
        <p className="melding" role="status">
          {t.uitgesteldVerstuurd[verstuurd] ?? t.uitgesteldVerstuurd.gemeld}
        </p>
      ) : null}
      {veldFout("vu-titel")}
      {o.uitgesteld.length > 0 ? (
        <>
          <p>{t.uitgesteldUitleg}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.uitgesteldOntvanger}</th>
                <th scope="col">{t.uitgesteldDatum}</th>
                <th scope="col">{t.uitgesteldReden}</th>
                <th scope="col">{t.uitgesteldVastgelegd}</th>
                <th scope="col">
                  <span className="visueel-verborgen">{t.uitgesteldActie}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {o.uitgesteld.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.ontvanger}</th>
                  <td>{formatDatum(u.datum, taal, { weekday: false })}</td>
                  <td>{u.reden}</td>
                  <td>{dag(u.geregistreerdOp)}</td>
                  <td>
                    {u.perPost ? <p className="hint">{t.uitgesteldGeenEmail}</p> : null}
                    <Form method="post">
                      <input type="hidden" name="actie" value="melden" />
                      <input type="hidden" name="verstrekkingId" value={u.id} />
                      <button type="submit" className="knop">
                        {u.perPost ? t.uitgesteldKnopPost(u.ontvanger) : t.uitgesteldKnop(u.ontvanger)}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
