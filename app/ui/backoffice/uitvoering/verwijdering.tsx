import { Form } from "@remix-run/react";
import { BEWAAR_CATEGORIEEN, VERWIJDER_GRONDEN } from "~/domain/bewaring";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
import { uitvoeringFouten, type Overzicht, type UitvoeringVeldFout } from "./gemeen";
import "~/i18n/teksten/behandeling";

type Plan = NonNullable<Overzicht["plan"]>;

/** Before the decision (docs/decisions/022): the scope of a partial erasure and the exceptions per category. */
export function VerwijderVoorbereiding({
  o,
  plan,
  fout,
}: {
  o: Overzicht;
  plan: Plan;
  fout: UitvoeringVeldFout | undefined;
}) {
  const t = useBerichten().uitvoering;
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  return (
    <section aria-labelledby="voorbereid-titel">
      <h2 id="voorbereid-titel">{t.voorbereidTitel}</h2>
      <p>{t.voorbereidUitleg}</p>
      {plan.omvang === "deel" ? (
        <Form method="post">
          <input type="hidden" name="actie" value="selectie" />
          <input type="hidden" name="versie" value={String(v.versie)} />
          <fieldset>
            <legend>{t.selectieLegend}</legend>
            {veldFout("selectie-item-0")}
            {o.dossier.map((i, n) => (
              <p key={i.id}>
                <input
                  type="checkbox"
                  id={`selectie-item-${n}`}
                  name="itemIds"
                  value={i.id}
                  defaultChecked={o.selectie.includes(i.id)}
                  {...(n === 0 ? foutOp("selectie-item-0") : {})}
                />{" "}
                <label htmlFor={`selectie-item-${n}`}>
                  {t.categorieen[i.categorie] ?? i.categorie}: {i.titel}
                </label>
              </p>
            ))}
          </fieldset>
          <button type="submit" className="knop">
            {t.selectieKnop}
          </button>
        </Form>
      ) : null}
      {plan.uitzonderingen.length > 0 ? (
        <ul>
          {plan.uitzonderingen.map((u) => (
            <li key={u.categorie}>
              {t.categorieen[u.categorie] ?? u.categorie}: {t.verwijderGronden[u.grond]} — {u.motivering}{" "}
              <Form method="post" className="inline-form">
                <input type="hidden" name="actie" value="uitzondering" />
                <input type="hidden" name="versie" value={String(v.versie)} />
                <input type="hidden" name="categorie" value={u.categorie} />
                <input type="hidden" name="grond" value="" />
                <button type="submit" className="knop secundair">
                  {t.uitzonderingWeg(t.categorieen[u.categorie] ?? u.categorie)}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post">
        <input type="hidden" name="actie" value="uitzondering" />
        <input type="hidden" name="versie" value={String(v.versie)} />
        <fieldset>
          <legend>{t.uitzonderingLegend}</legend>
          <p>
            <label htmlFor="uitzondering-categorie">{t.categorie}</label>
            {veldFout("uitzondering-categorie")}
            <select id="uitzondering-categorie" name="categorie" {...foutOp("uitzondering-categorie")}>
              {BEWAAR_CATEGORIEEN.map((c) => (
                <option key={c} value={c}>
                  {t.categorieen[c] ?? c}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="uitzondering-grond">{t.uitzonderingGrond}</label>
            {veldFout("uitzondering-grond")}
            <select id="uitzondering-grond" name="grond" {...foutOp("uitzondering-grond")}>
              {VERWIJDER_GRONDEN.map((g) => (
                <option key={g} value={g}>
                  {t.verwijderGronden[g]}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="uitzondering-motivering">{t.uitzonderingMotivering}</label>
            {veldFout("uitzondering-motivering")}
            <textarea id="uitzondering-motivering" name="motivering" rows={3} {...foutOp("uitzondering-motivering")} />
          </p>
        </fieldset>
        <button type="submit" className="knop">
          {t.uitzonderingKnop}
        </button>
      </Form>
    </section>
  );
}

/** The erasure plan per category (AVG art. 17 lid 3: what is kept, and why), and the button that carries it out. */
export function VerwijderPlan({
  o,
  plan,
  kan,
  fout,
}: {
  o: Overzicht;
  plan: Plan;
  kan: boolean;
  fout: UitvoeringVeldFout | undefined;
}) {
  const t = useBerichten().uitvoering;
  const taal = useTaal();
  const { foutOp, veldFout } = uitvoeringFouten(fout);
  const v = o.verzoek;
  return (
    <section aria-labelledby="plan-titel">
      <h2 id="plan-titel">{t.planTitel}</h2>
      <p>{plan.samenvatting[taal]}</p>
      <div className="tabel-scroll">
        <table className="behandel-tabel">
          <thead>
            <tr>
              <th scope="col">{t.categorie}</th>
              <th scope="col">{t.verwijderd}</th>
              <th scope="col">{t.afgeschermd}</th>
              <th scope="col">{t.reden}</th>
            </tr>
          </thead>
          <tbody>
            {plan.categorieen.map((c) => (
              <tr key={c.categorie}>
                <th scope="row">{t.categorieen[c.categorie] ?? c.categorie}</th>
                <td>{c.verwijderd}</td>
                <td>{c.afgeschermd}</td>
                <td>
                  {c.redenen.map((r) => (
                    <span key={r.code} className="uitvoering-reden">
                      {r[taal]}
                      {r.bewarenTot ? ` (${t.bewarenTot(formatDatum(r.bewarenTot, taal, { weekday: false }))})` : ""}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {kan ? (
        <Form method="post">
          <input type="hidden" name="actie" value="verwijdering" />
          <input type="hidden" name="versie" value={String(v.versie)} />
          {veldFout("verwijder-knop")}
          <button id="verwijder-knop" type="submit" className="knop gevaar" {...foutOp("verwijder-knop")}>
            {t.verwijderKnop}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
