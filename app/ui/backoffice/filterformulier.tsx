import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { OPEN_STATUSSEN, STATUS_LABELS } from "~/domain/verzoek-status";
import { VERZOEKTYPEN } from "~/domain/request-types";
import { WACHTRIJ_SORTERINGEN, ZOEK_MAX_TEKENS, wachtrijFilterSchema } from "~/domain/wachtrij";
import type { Berichten } from "~/i18n/berichten";
import type { Taal } from "~/i18n/taal";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import "~/i18n/teksten/backoffice";
import "~/i18n/teksten/rechten";

type Veldfout = { errors?: string[]; errorId: string };

function FoutTekst({ veld }: { veld: Veldfout }) {
  return veld.errors?.[0] ? (
    <p className="veldfout" id={veld.errorId}>
      {veld.errors[0]}
    </p>
  ) : null;
}

/**
 * The queue's filter form: GET, so it works without JavaScript and every filtered view is a link.
 * The same zod schema validates in the browser (conform) and in the loader; a new filter always
 * starts at the first page (the cursor is not part of the form).
 */
export function Filterformulier({
  resultaat,
  behandelaars,
  alles,
  taal,
}: {
  resultaat: SubmissionResult<string[]>;
  behandelaars: { id: string; naam: string }[];
  alles: Berichten;
  taal: Taal;
}) {
  const t = alles.backoffice;
  const [form, fields] = useForm({
    id: "wachtrij-filters",
    lastResult: resultaat,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: wachtrijFilterSchema(t.fouten) }),
  });

  const velden = [
    fields.zoek,
    fields.type,
    fields.status,
    fields.behandelaar,
    fields.sorteer,
    fields.teLaat,
    fields.wachtOpClient,
  ];
  const cursorFout = fields.na.errors?.[0] ?? fields.voor.errors?.[0];
  const fouten = velden.flatMap((veld) => (veld.errors ?? []).map((tekst) => ({ veldId: veld.id, tekst })));
  // A broken page link has no field of its own: point at the search field, where a new search starts.
  if (cursorFout) fouten.push({ veldId: fields.zoek.id, tekst: cursorFout });

  const { key: zoekKey, ...zoekProps } = getInputProps(fields.zoek, {
    type: "search",
    ariaDescribedBy: fields.zoek.descriptionId,
  });
  const { key: typeKey, ...typeProps } = getSelectProps(fields.type);
  const { key: statusKey, ...statusProps } = getSelectProps(fields.status);
  const { key: behandelaarKey, ...behandelaarProps } = getSelectProps(fields.behandelaar);
  const { key: sorteerKey, ...sorteerProps } = getSelectProps(fields.sorteer);
  const { key: teLaatKey, ...teLaatProps } = getInputProps(fields.teLaat, { type: "checkbox", value: "ja" });
  const { key: wachtKey, ...wachtProps } = getInputProps(fields.wachtOpClient, { type: "checkbox", value: "ja" });

  return (
    <section aria-labelledby="filters-titel" className="wachtrij-filters">
      <h2 id="filters-titel">{t.filters.titel}</h2>
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} id="filter-fouten" />
      <Form method="get" action="/backoffice" {...getFormProps(form)}>
        <div className="filter-raster">
          <div>
            <label htmlFor={fields.zoek.id}>{t.filters.zoekLabel}</label>
            <p className="hint" id={fields.zoek.descriptionId}>
              {t.filters.zoekHint}
            </p>
            <FoutTekst veld={fields.zoek} />
            <input {...zoekProps} key={zoekKey} maxLength={ZOEK_MAX_TEKENS} spellCheck={false} autoComplete="off" />
          </div>
          <div>
            <label htmlFor={fields.type.id}>{t.filters.typeLabel}</label>
            <FoutTekst veld={fields.type} />
            <select {...typeProps} key={typeKey}>
              <option value="">{t.filters.alleRechten}</option>
              {VERZOEKTYPEN.map((type) => (
                <option key={type} value={type}>
                  {alles.rechten[type].naam}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={fields.status.id}>{t.filters.statusLabel}</label>
            <FoutTekst veld={fields.status} />
            <select {...statusProps} key={statusKey}>
              <option value="">{t.filters.alleStatussen}</option>
              {OPEN_STATUSSEN.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status].staff[taal]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={fields.behandelaar.id}>{t.filters.behandelaarLabel}</label>
            <FoutTekst veld={fields.behandelaar} />
            <select {...behandelaarProps} key={behandelaarKey}>
              <option value="">{t.filters.iedereen}</option>
              <option value="ik">{t.filters.ik}</option>
              <option value="niemand">{t.filters.niemand}</option>
              {behandelaars.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.naam}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={fields.sorteer.id}>{t.filters.sorteerLabel}</label>
            <FoutTekst veld={fields.sorteer} />
            <select {...sorteerProps} key={sorteerKey}>
              {WACHTRIJ_SORTERINGEN.map((s) => (
                <option key={s} value={s}>
                  {t.filters.sorteringen[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="filter-vinkjes">
          <legend>{t.filters.vinkjesLegend}</legend>
          <FoutTekst veld={fields.teLaat} />
          <div className="vinkje">
            <input {...teLaatProps} key={teLaatKey} />
            <label htmlFor={fields.teLaat.id}>{t.filters.teLaat}</label>
          </div>
          <FoutTekst veld={fields.wachtOpClient} />
          <div className="vinkje">
            <input {...wachtProps} key={wachtKey} />
            <label htmlFor={fields.wachtOpClient.id}>{t.filters.wachtOpClient}</label>
          </div>
        </fieldset>
        <p className="filter-knoppen">
          <button type="submit" className="knop">
            {t.filters.toepassen}
          </button>
          <Link to="/backoffice">{t.filters.wissen}</Link>
        </p>
      </Form>
    </section>
  );
}
