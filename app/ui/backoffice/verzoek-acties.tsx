import { Fragment } from "react";
import type { SubmissionResult } from "@conform-to/react";
import {
  MOTIVERING_MAX_TEKENS,
  TOELICHTING_MAX_TEKENS,
  AFWIJZING_SOORTEN,
  type BehandelStap,
} from "~/domain/behandeling";
import { SLUIT_REDENEN } from "~/domain/verzoek-status";
import type { Verzoektype } from "~/domain/request-types";
import type { Berichten } from "~/i18n/berichten";
import { StapFormulier, type StapVeld } from "./verzoek-formulier";
import { stapSchema } from "./verzoek-stappen";
import { Keuzegroep, Keuzelijst, Veld } from "./verzoek-velden";
import type { VolgendeStap } from "~/domain/volgende-stap";
import "~/i18n/teksten/behandeling";

/**
 * The steps this staff member may take now (app/domain/behandeling.ts `beschikbareStappen`), each
 * as its own form. Steps that only add to the file (identity, messages, client record) are in
 * their own sections of the page.
 */
export function VerzoekActies(p: {
  stappen: BehandelStap[];
  versie: number;
  type: Verzoektype;
  behandelaarId: string | null;
  collegas: { id: string; naam: string }[];
  afwijzingsgronden: string[];
  toewijzingGeblokkeerd: string | null;
  verlengingMogelijk: boolean;
  /** With withholdings (docs/decisions/013) the refusal form starts as this partial refusal. */
  deelafwijzingConcept?: {
    soort: string;
    gronden: string[];
    motivering: string;
  } | null;
  status: string;
  /** What the page leads with (app/domain/volgende-stap.ts); the other steps go under "Meer acties". */
  volgende: VolgendeStap;
  resultaat: (stap: string) => SubmissionResult<string[]> | undefined;
  alles: Berichten;
}) {
  const t = p.alles.behandeling.acties;
  const heeft = (stap: BehandelStap) => p.stappen.includes(stap);
  const gemeen = (stap: BehandelStap) => ({
    stap,
    versie: p.versie,
    schema: stapSchema(stap, p.type),
    resultaat: p.resultaat(stap),
  });
  const toelichting = (label: string, hint?: string) => (veld: (naam: string) => StapVeld) => {
    const v = veld("toelichting");
    return (
      <Veld
        id={v.id}
        name={v.name}
        label={label}
        hint={hint}
        fouten={v.fouten}
        defaultValue={v.waarde}
        meerregelig
        rijen={3}
        maxLength={TOELICHTING_MAX_TEKENS + 200}
      />
    );
  };
  const motivering = (veld: (naam: string) => StapVeld) => {
    const v = veld("motivering");
    return (
      <Veld
        id={v.id}
        name={v.name}
        label={t.motiveringLabel}
        hint={t.motiveringHint}
        fouten={v.fouten}
        defaultValue={v.waarde}
        meerregelig
        rijen={5}
        maxLength={MOTIVERING_MAX_TEKENS + 500}
      />
    );
  };
  const zichtbaar = p.stappen.filter(
    (s) =>
      ![
        "koppelen",
        "legitimatie",
        "vertegenwoordiging",
        "kind_geraadpleegd",
        "vraag_stellen",
        "notitie",
        "bericht",
      ].includes(s),
  );

  /** Per step, its form (or why it cannot be taken now); null when this staff member cannot take it. */
  const formulieren: Partial<Record<BehandelStap, React.ReactNode>> = {
    oppakken: heeft("oppakken") ? (
      <StapFormulier
        {...gemeen("oppakken")}
        titel={t.oppakkenTitel}
        uitleg={t.oppakkenUitleg}
        knop={p.status === "ontvangen" ? t.oppakkenKnop : t.overnemenKnop}
      />
    ) : null,
    toewijzen: heeft("toewijzen") ? (
      <StapFormulier
        {...gemeen("toewijzen")}
        inklapbaar
        titel={t.toewijzenTitel}
        knop={t.toewijzenKnop}
        knopKlasse="knop secundair"
      >
        {(veld) => {
          const v = veld("medewerkerId");
          return (
            <Keuzelijst
              id={v.id}
              name={v.name}
              label={t.collegaLabel}
              leeg={t.kiesCollega}
              fouten={v.fouten}
              defaultValue={v.waarde}
              opties={p.collegas.filter((c) => c.id !== p.behandelaarId).map((c) => ({ waarde: c.id, label: c.naam }))}
            />
          );
        }}
      </StapFormulier>
    ) : null,
    hervatten: heeft("hervatten") ? (
      <StapFormulier {...gemeen("hervatten")} titel={t.hervatTitel} uitleg={t.hervatUitleg} knop={t.hervatKnop}>
        {toelichting(t.hervatLabel, t.hervatHint)}
      </StapFormulier>
    ) : null,
    toewijzing: heeft("toewijzing") ? (
      p.toewijzingGeblokkeerd ? (
        <section className="stap" aria-labelledby="toewijzing-geblokkeerd-titel">
          <h3 id="toewijzing-geblokkeerd-titel">{t.toewijzingTitel}</h3>
          <p className="melding let-op">
            {p.toewijzingGeblokkeerd === "geen_dossier"
              ? p.alles.behandeling.fouten.geen_dossier
              : (t.geblokkeerd[p.toewijzingGeblokkeerd] ?? p.toewijzingGeblokkeerd)}
          </p>
        </section>
      ) : (
        <StapFormulier
          {...gemeen("toewijzing")}
          titel={t.toewijzingTitel}
          uitleg={t.toewijzingUitleg}
          knop={t.toewijzingKnop}
        />
      )
    ) : null,
    afwijzing: heeft("afwijzing") ? (
      <StapFormulier
        {...gemeen("afwijzing")}
        inklapbaar
        titel={t.afwijzingTitel}
        uitleg={t.afwijzingUitleg}
        verborgen={{ type: p.type }}
        standaard={p.deelafwijzingConcept ?? undefined}
        knop={t.afwijzingKnop}
        knopKlasse="knop secundair"
      >
        {(veld) => {
          const soort = veld("soort");
          const gronden = veld("gronden");
          return (
            <>
              <Keuzegroep
                id={soort.id}
                name={soort.name}
                legend={t.soortLegend}
                fouten={soort.fouten}
                gekozen={soort.waarde}
                opties={AFWIJZING_SOORTEN.map((s) => ({
                  waarde: s,
                  label: t.soorten[s] ?? s,
                }))}
              />
              <Keuzegroep
                id={gronden.id}
                name={gronden.name}
                legend={t.grondenLegend}
                hint={t.grondenHint}
                soort="checkbox"
                fouten={gronden.fouten}
                gekozen={gronden.waarden}
                opties={p.afwijzingsgronden.map((g) => ({
                  waarde: g,
                  label: p.alles.behandeling.gronden[g] ?? g,
                }))}
              />
              {motivering(veld)}
            </>
          );
        }}
      </StapFormulier>
    ) : null,
    kennelijk_ongegrond: heeft("kennelijk_ongegrond") ? (
      <StapFormulier
        {...gemeen("kennelijk_ongegrond")}
        inklapbaar
        titel={t.ongegrondTitel}
        uitleg={t.ongegrondUitleg}
        knop={t.ongegrondKnop}
        knopKlasse="knop secundair"
      >
        {motivering}
      </StapFormulier>
    ) : null,
    verlenging: heeft("verlenging") ? (
      p.verlengingMogelijk ? (
        <StapFormulier
          {...gemeen("verlenging")}
          inklapbaar
          titel={t.verlengingTitel}
          uitleg={t.verlengingUitleg}
          knop={t.verlengingKnop}
          knopKlasse="knop secundair"
        >
          {(veld) => {
            const v = veld("reden");
            return (
              <Veld
                id={v.id}
                name={v.name}
                label={t.verlengingLabel}
                fouten={v.fouten}
                defaultValue={v.waarde}
                meerregelig
                rijen={4}
                maxLength={MOTIVERING_MAX_TEKENS + 500}
              />
            );
          }}
        </StapFormulier>
      ) : (
        <section className="stap" aria-labelledby="verlenging-te-laat-titel">
          <h3 id="verlenging-te-laat-titel">{t.verlengingTitel}</h3>
          <p className="melding let-op">{t.verlengingTeLaat}</p>
        </section>
      )
    ) : null,
    uitvoering_afronden: heeft("uitvoering_afronden") ? (
      <StapFormulier
        {...gemeen("uitvoering_afronden")}
        titel={t.afrondenTitel}
        uitleg={t.afrondenUitleg}
        knop={t.afrondenKnop}
      />
    ) : null,
    intrekken: heeft("intrekken") ? (
      <StapFormulier
        {...gemeen("intrekken")}
        inklapbaar
        titel={t.intrekkenTitel}
        uitleg={t.intrekkenUitleg}
        knop={t.intrekkenKnop}
        knopKlasse="knop secundair"
      >
        {toelichting(t.intrekkenLabel, t.intrekkenHint)}
      </StapFormulier>
    ) : null,
    sluiten_zonder_besluit: heeft("sluiten_zonder_besluit") ? (
      <StapFormulier
        {...gemeen("sluiten_zonder_besluit")}
        inklapbaar
        titel={t.sluitenTitel}
        uitleg={t.sluitenUitleg}
        knop={t.sluitenKnop}
        knopKlasse="knop secundair"
      >
        {(veld) => {
          const reden = veld("sluitReden");
          return (
            <>
              <Keuzegroep
                id={reden.id}
                name={reden.name}
                legend={t.sluitRedenLegend}
                fouten={reden.fouten}
                gekozen={reden.waarde}
                opties={SLUIT_REDENEN.map((r) => ({
                  waarde: r,
                  label: t.sluitRedenen[r] ?? r,
                }))}
              />
              {toelichting(t.sluitenLabel, t.sluitenHint)(veld)}
            </>
          );
        }}
      </StapFormulier>
    ) : null,
  };
  // The step in the natural order comes first (1 identity → 2 dossier → 3 decide → 4 carry out).
  const voorop: BehandelStap[] =
    p.volgende === "oppakken"
      ? ["oppakken"]
      : p.volgende === "besluiten"
        ? ["oppakken", "toewijzing", "afwijzing", "kennelijk_ongegrond"]
        : p.volgende === "uitvoeren"
          ? ["oppakken", "uitvoering_afronden"]
          : p.volgende === "wacht_op_client"
            ? ["oppakken", "hervatten"]
            : ["oppakken"];
  const eerst = voorop.filter((s) => formulieren[s]);
  const rest = (Object.keys(formulieren) as BehandelStap[]).filter((s) => formulieren[s] && !voorop.includes(s));

  return (
    <section aria-labelledby="acties-titel" className="acties">
      <h2 id="acties-titel">{t.titel}</h2>
      {zichtbaar.length === 0 ? <p>{t.geen}</p> : null}
      {eerst.map((s) => (
        <Fragment key={s}>{formulieren[s]}</Fragment>
      ))}
      {rest.length > 0 ? (
        <details className="meer-acties" open={rest.some((s) => p.resultaat(s)?.status === "error") || undefined}>
          <summary>{p.alles.behandeling.volgorde.meerActies}</summary>
          <p className="hint">{p.alles.behandeling.volgorde.meerActiesUitleg}</p>
          {rest.map((s) => (
            <Fragment key={s}>{formulieren[s]}</Fragment>
          ))}
        </details>
      ) : null}
    </section>
  );
}
