import { Form } from "@remix-run/react";
import { VASTHOUD_LIMIET, type VasthoudStap } from "~/domain/vasthouden";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import { Foutoverzicht } from "~/ui/foutoverzicht";

/** What the dossier page's loader sends: the hold as it stands, dates as Amsterdam days. */
export type VasthoudWeergave = {
  klacht: { actief: boolean; reden: string | null; sinds: string | null };
  rechtsvordering: { omschrijving: string | null; reden: string | null; sinds: string | null };
  gewist: boolean;
  token: string;
};

/** The last step that failed: which form, which field, the message, and what was typed. */
export type VasthoudFout = {
  /** The id of the form that was sent. */
  formulier: string;
  veld: string;
  tekst: string;
  invoer: { reden: string; rechtsvordering: string };
};

const veldId = (formId: string, veld: string) => `${formId}-${veld === "rechtsvordering" ? "omschrijving" : "reden"}`;

/**
 * On the client's dossier page: what holds the client's data from destruction (AVG art. 17 lid 3
 * sub e; docs/decisions/036), and for the directie the forms to record and lift it, each with a
 * reason. One form per step, so it works without JavaScript; the page's token detects a stale page.
 */
export function ClientVasthouden({
  stand,
  magWijzigen,
  fout,
  gedaan,
  taal,
  t,
}: {
  stand: VasthoudWeergave;
  magWijzigen: boolean;
  fout: VasthoudFout | null;
  gedaan: string | null;
  taal: Taal;
  t: Berichten["vasthouden"];
}) {
  const datum = (d: string | null) => (d ? formatDatum(d, taal, { weekday: false }) : t.buitenPortaal);
  const { klacht, rechtsvordering: rv } = stand;

  /** One form: a hidden step and token, the claim's description when it records one, a reason. */
  const formulier = (formId: string, stap: VasthoudStap, knop: string, omschrijving?: string) => {
    const mijn = fout?.formulier === formId ? fout : null;
    const fouteVeld = mijn ? veldId(formId, mijn.veld) : null;
    const veld = (id: string) =>
      fouteVeld === id
        ? { "aria-invalid": true as const, "aria-describedby": `${id}-fout ${id}-hint` }
        : { "aria-describedby": `${id}-hint` };
    const foutTekst = (id: string) =>
      fouteVeld === id ? (
        <p className="veldfout" id={`${id}-fout`}>
          {mijn!.tekst}
        </p>
      ) : null;
    return (
      <Form method="post" className="formulier" id={formId}>
        <input type="hidden" name="intent" value="vasthouden" />
        <input type="hidden" name="formulier" value={formId} />
        <input type="hidden" name="stap" value={stap} />
        <input type="hidden" name="token" value={stand.token} />
        {omschrijving !== undefined ? (
          <>
            <label htmlFor={`${formId}-omschrijving`}>{t.omschrijving}</label>
            <p className="hint" id={`${formId}-omschrijving-hint`}>
              {t.omschrijvingHint(VASTHOUD_LIMIET.rechtsvordering)}
            </p>
            {foutTekst(`${formId}-omschrijving`)}
            <textarea
              id={`${formId}-omschrijving`}
              name="rechtsvordering"
              rows={2}
              maxLength={VASTHOUD_LIMIET.rechtsvordering}
              required
              defaultValue={mijn ? mijn.invoer.rechtsvordering : omschrijving}
              {...veld(`${formId}-omschrijving`)}
            />
          </>
        ) : null}
        <label htmlFor={`${formId}-reden`}>{t.reden}</label>
        <p className="hint" id={`${formId}-reden-hint`}>
          {t.redenHint(VASTHOUD_LIMIET.reden)}
        </p>
        {foutTekst(`${formId}-reden`)}
        <textarea
          id={`${formId}-reden`}
          name="reden"
          rows={2}
          maxLength={VASTHOUD_LIMIET.reden}
          required
          defaultValue={mijn?.invoer.reden ?? ""}
          {...veld(`${formId}-reden`)}
        />
        <p className="knoppen">
          <button type="submit" className="knop">
            {knop}
          </button>
        </p>
      </Form>
    );
  };

  return (
    <section aria-labelledby="vh-titel" className="client-vasthouden">
      <h2 id="vh-titel">{t.titel}</h2>
      <p>{t.uitleg}</p>
      {gedaan && t.gedaan[gedaan] ? (
        <p className="melding" role="status">
          {t.gedaan[gedaan]}
        </p>
      ) : null}
      <Foutoverzicht
        titel={t.foutTitel}
        id="vh-fouten"
        fouten={
          fout
            ? [{ veldId: fout.veld === "stap" ? fout.formulier : veldId(fout.formulier, fout.veld), tekst: fout.tekst }]
            : []
        }
      />
      {stand.gewist ? <p>{t.gewist}</p> : null}

      <h3>{t.klachtTitel}</h3>
      <p>{klacht.actief ? t.klachtJa : t.klachtNee}</p>
      {klacht.actief ? (
        <dl>
          <dt>{t.redenLabel}</dt>
          <dd>{klacht.reden ?? "–"}</dd>
          <dt>{t.sindsLabel}</dt>
          <dd>{datum(klacht.sinds)}</dd>
        </dl>
      ) : null}
      {magWijzigen && !stand.gewist
        ? klacht.actief
          ? formulier("vh-klacht-op", "klacht_opheffen", t.knop.klacht_opheffen)
          : formulier("vh-klacht", "klacht_vastleggen", t.knop.klacht_vastleggen)
        : null}

      <h3>{t.rechtsvorderingTitel}</h3>
      <p>{rv.omschrijving !== null ? t.rechtsvorderingJa : t.rechtsvorderingNee}</p>
      {rv.omschrijving !== null ? (
        <dl>
          <dt>{t.omschrijvingLabel}</dt>
          <dd>{rv.omschrijving}</dd>
          <dt>{t.redenLabel}</dt>
          <dd>{rv.reden ?? "–"}</dd>
          <dt>{t.sindsLabel}</dt>
          <dd>{datum(rv.sinds)}</dd>
        </dl>
      ) : null}
      {magWijzigen && !stand.gewist ? (
        rv.omschrijving !== null ? (
          <>
            <h4>{t.wijzigenTitel}</h4>
            {formulier("vh-rv-wijzig", "rechtsvordering_vastleggen", t.wijzigenKnop, rv.omschrijving)}
            <h4>{t.opheffenTitel}</h4>
            {formulier("vh-rv-op", "rechtsvordering_opheffen", t.knop.rechtsvordering_opheffen)}
          </>
        ) : (
          formulier("vh-rv", "rechtsvordering_vastleggen", t.knop.rechtsvordering_vastleggen, "")
        )
      ) : null}
      {!magWijzigen ? <p className="hint">{t.alleenDirectie}</p> : null}
    </section>
  );
}
