import type { SubmissionResult } from "@conform-to/react";
import { amsterdamDate } from "~/domain/calendar";
import { DOCUMENT_TYPES, LEGITIMATIE_WIJZEN, TOELICHTING_MAX_TEKENS, type BehandelStap } from "~/domain/behandeling";
import { BEWIJS_VOOR_RELATIE, BEWIJS_SOORTEN, type Identiteitsniveau } from "~/domain/identiteit";
import { KIND_UITKOMSTEN, type KindUitkomst } from "~/domain/kindraadpleging";
import type { Verzoektype } from "~/domain/request-types";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import { StapFormulier } from "./verzoek-formulier";
import { stapSchema } from "./verzoek-stappen";
import { Keuzegroep, Keuzelijst, Veld } from "./verzoek-velden";
import "~/i18n/teksten/behandeling";
import "~/i18n/teksten/bijlagen";

export type ControleRegel = {
  id: string;
  soort: string;
  betreft: string;
  wijze: string | null;
  documentType: string | null;
  laatsteVier: string | null;
  bewijsSoort?: string | null;
  bijlageId?: string | null;
  toelichting: string;
  door: string | null;
  op: string;
};

type Gemeenschappelijk = {
  stappen: BehandelStap[];
  versie: number;
  type: Verzoektype;
  resultaat: (stap: string) => SubmissionResult<string[]> | undefined;
  alles: Berichten;
  taal: Taal;
};

export type IdentiteitsStandWeergave = {
  niveau: Identiteitsniveau;
  vereist: Identiteitsniveau;
  tekort: Identiteitsniveau | null;
  vertegenwoordigingNodig: boolean;
  relatie: string;
};

/**
 * The identity level as derived now (docs/decisions/018), what the request needs, what is missing and
 * what staff can do; the evidence (never a copy: type and last four only), and the forms to add to it.
 */
export function VerzoekIdentiteit({
  controles,
  stand,
  bijlagen = [],
  ...p
}: Gemeenschappelijk & {
  controles: ControleRegel[];
  stand: IdentiteitsStandWeergave;
  /** Files the requester sent: the authority check can refer to one (docs/decisions/032). */
  bijlagen?: readonly { id: string; doel: string; bestandsnaam: string }[];
}) {
  const t = p.alles.behandeling.identiteit;
  const niveaus = p.alles.behandeling.overzicht.identiteiten;
  const passend = (BEWIJS_VOOR_RELATIE as Record<string, readonly string[]>)[stand.relatie] ?? [];
  const bewijsOpties = BEWIJS_SOORTEN.filter((b) => passend.includes(b));
  const gegevens = (c: ControleRegel) => {
    if (c.soort === "legitimatie" && c.documentType && c.laatsteVier) {
      const wijze = c.wijze ? `${t.wijzen[c.wijze] ?? c.wijze}: ` : "";
      return wijze + t.documentMetVier(t.documenttypen[c.documentType] ?? c.documentType, c.laatsteVier);
    }
    if (c.soort === "vertegenwoordiging" && c.bewijsSoort) {
      const bijlage = bijlagen.find((b) => b.id === c.bijlageId);
      return `${t.bewijsSoorten[c.bewijsSoort] ?? c.bewijsSoort}: ${
        c.toelichting
      }${bijlage ? ` (${p.alles.bijlagen.medewerker.metBijlage(bijlage.bestandsnaam)})` : ""}`;
    }
    return c.toelichting || "–";
  };
  const genoeg = stand.tekort === null && !stand.vertegenwoordigingNodig;
  return (
    <section aria-labelledby="identiteit-titel">
      <h2 id="identiteit-titel">{t.titel}</h2>
      <section
        className={genoeg ? "melding" : "melding let-op"}
        aria-labelledby="niveau-titel"
        data-testid="identiteitsniveau"
      >
        <h3 id="niveau-titel">{t.niveauTitel}</h3>
        <dl>
          <dt>{t.niveauNu}</dt>
          <dd data-niveau={stand.niveau}>{niveaus[stand.niveau] ?? stand.niveau}</dd>
          <dt>{t.niveauNodig}</dt>
          <dd>{niveaus[stand.vereist] ?? stand.vereist}</dd>
        </dl>
        {stand.tekort !== null ? <p>{t.ontbreekt}</p> : null}
        {stand.vertegenwoordigingNodig ? <p>{t.vertegenwoordigingOntbreekt}</p> : null}
        {genoeg ? <p>{t.voldoende}</p> : null}
      </section>
      {controles.length === 0 ? (
        <p>{t.geenControles}</p>
      ) : (
        <div className="tabel-scroll">
          <table className="behandel-tabel">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.soort}</th>
                <th scope="col">{t.gegevens}</th>
                <th scope="col">{t.door}</th>
                <th scope="col">{t.op}</th>
              </tr>
            </thead>
            <tbody>
              {controles.map((c) => {
                const dag = amsterdamDate(new Date(c.op));
                return (
                  <tr key={c.id}>
                    <td>{t.soorten[c.soort] ?? c.soort}</td>
                    <td className="vrije-tekst">{gegevens(c)}</td>
                    <td>{c.door ?? "–"}</td>
                    <td>
                      <time dateTime={dag}>{formatDatum(dag, p.taal, { weekday: false })}</time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {p.stappen.includes("legitimatie") ? (
        <StapFormulier
          stap="legitimatie"
          versie={p.versie}
          schema={stapSchema("legitimatie", p.type)}
          resultaat={p.resultaat("legitimatie")}
          titel={t.legitimatieTitel}
          uitleg={t.legitimatieUitleg}
          knop={t.legitimatieKnop}
        >
          {(veld) => {
            const wijze = veld("wijze");
            const document = veld("documentType");
            const vier = veld("laatsteVier");
            return (
              <>
                <Keuzegroep
                  id={wijze.id}
                  name={wijze.name}
                  legend={t.wijzeLegend}
                  fouten={wijze.fouten}
                  gekozen={wijze.waarde}
                  opties={LEGITIMATIE_WIJZEN.map((w) => ({
                    waarde: w,
                    label: t.wijzen[w] ?? w,
                  }))}
                />
                <Keuzelijst
                  id={document.id}
                  name={document.name}
                  label={t.documentTypeLabel}
                  leeg={t.kiesDocument}
                  fouten={document.fouten}
                  defaultValue={document.waarde}
                  opties={DOCUMENT_TYPES.map((d) => ({
                    waarde: d,
                    label: t.documenttypen[d] ?? d,
                  }))}
                />
                <Veld
                  id={vier.id}
                  name={vier.name}
                  label={t.laatsteVierLabel}
                  hint={t.laatsteVierHint}
                  fouten={vier.fouten}
                  defaultValue={vier.waarde}
                  className="veld kort-veld"
                  maxLength={12}
                />
              </>
            );
          }}
        </StapFormulier>
      ) : null}

      {p.stappen.includes("vertegenwoordiging") ? (
        <StapFormulier
          stap="vertegenwoordiging"
          versie={p.versie}
          schema={stapSchema("vertegenwoordiging", p.type)}
          resultaat={p.resultaat("vertegenwoordiging")}
          titel={t.vertegenwoordigingTitel}
          uitleg={t.vertegenwoordigingUitleg}
          knop={t.vertegenwoordigingKnop}
        >
          {(veld) => {
            const bewijs = veld("bewijs");
            const soort = veld("bewijsSoort");
            const bijlage = veld("bijlageId");
            const tb = p.alles.bijlagen.medewerker;
            return (
              <>
                <Keuzegroep
                  id={soort.id}
                  name={soort.name}
                  legend={t.bewijsSoortLegend}
                  fouten={soort.fouten}
                  gekozen={soort.waarde}
                  opties={bewijsOpties.map((b) => ({
                    waarde: b,
                    label: t.bewijsSoorten[b] ?? b,
                  }))}
                />
                <Veld
                  id={bewijs.id}
                  name={bewijs.name}
                  label={t.bewijsLabel}
                  hint={t.bewijsHint}
                  fouten={bewijs.fouten}
                  defaultValue={bewijs.waarde}
                  meerregelig
                  rijen={3}
                  maxLength={TOELICHTING_MAX_TEKENS + 200}
                />
                {bijlagen.length > 0 ? (
                  <Keuzelijst
                    id={bijlage.id}
                    name={bijlage.name}
                    label={tb.bijlageLabel}
                    hint={tb.bijlageHint}
                    leeg={tb.bijlageLeeg}
                    fouten={bijlage.fouten}
                    defaultValue={bijlage.waarde ?? bijlagen.find((b) => b.doel === "vertegenwoordiging")?.id ?? ""}
                    opties={bijlagen.map((b) => ({
                      waarde: b.id,
                      label: `${b.bestandsnaam} (${b.doel === "vertegenwoordiging" ? tb.bewijs : tb.bijBericht})`,
                    }))}
                  />
                ) : null}
              </>
            );
          }}
        </StapFormulier>
      ) : null}
    </section>
  );
}

/**
 * WGBO art. 7:465 BW: a parent's request about a child of 12-15. Staff record what came out of
 * consulting the child (agrees, objects, could not be consulted, with a note); nothing is granted
 * before that, and the age is counted again on the day of the decision (decision 030).
 */
export function KindOverleg({
  uitkomst,
  blokkade,
  ...p
}: Gemeenschappelijk & { uitkomst: KindUitkomst | null; blokkade: string | null }) {
  const t = p.alles.behandeling.kind;
  return (
    <section className="melding let-op kind-overleg" aria-labelledby="kind-titel">
      <h2 id="kind-titel">{t.titel}</h2>
      <p>
        <strong>{t.prompt}</strong>
      </p>
      {blokkade === "kind_inmiddels_16" ? <p>{p.alles.behandeling.fouten.kind_inmiddels_16}</p> : null}
      {uitkomst ? <p>{t.vastgelegdUitkomst(t.uitkomsten[uitkomst])}</p> : <p>{t.poort}</p>}
      {p.stappen.includes("kind_geraadpleegd") ? (
        <StapFormulier
          stap="kind_geraadpleegd"
          versie={p.versie}
          schema={stapSchema("kind_geraadpleegd", p.type)}
          resultaat={p.resultaat("kind_geraadpleegd")}
          titel={t.vinkje}
          knop={t.knop}
        >
          {(veld) => {
            const keuze = veld("uitkomst");
            const toelichting = veld("toelichting");
            return (
              <>
                <Keuzegroep
                  id={keuze.id}
                  name={keuze.name}
                  legend={t.uitkomstLegend}
                  fouten={keuze.fouten}
                  gekozen={keuze.waarde}
                  opties={KIND_UITKOMSTEN.map((u) => ({ waarde: u, label: t.uitkomsten[u] }))}
                />
                <Veld
                  id={toelichting.id}
                  name={toelichting.name}
                  label={t.toelichting}
                  hint={t.toelichtingHint}
                  fouten={toelichting.fouten}
                  defaultValue={toelichting.waarde}
                  meerregelig
                  rijen={3}
                />
              </>
            );
          }}
        </StapFormulier>
      ) : null}
    </section>
  );
}
