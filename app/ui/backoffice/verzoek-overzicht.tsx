import { STATUS_LABELS, type VerzoekStatus } from "~/domain/verzoek-status";
import type { Verzoektype } from "~/domain/request-types";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";

/** Hours and minutes in Europe/Amsterdam (the practice's time). */
function formatTijd(iso: string, taal: Taal): string {
  return new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}
import { amsterdamDate } from "~/domain/calendar";
import "~/i18n/teksten/behandeling";
import "~/i18n/teksten/ondertekening";
import "~/i18n/teksten/rechten";

/** The request as the detail page's loader gives it (the JSON form of VerzoekDetail). */
export type DetailVoorWeergave = {
  id: string;
  nummer: string;
  type: Verzoektype;
  status: VerzoekStatus;
  kanaal: string;
  ontvangenOp: string;
  doelTermijn: string;
  wettelijkeTermijn: string;
  uitvoeringTermijn: string | null;
  gepauzeerdeDagen: number;
  verlengd: boolean;
  verlengingReden: string | null;
  besluitOp: string | null;
  afgerondOp: string | null;
  identiteit: string;
  behandelaar: { id: string; naam: string } | null;
  ikBenBehandelaar: boolean;
  indiener: { naam: string; email: string; relatie: string };
  betrokkene: { naam: string; geboortedatum: string; email: string; clientnummer?: string; postcode?: string };
  details: Record<string, unknown>;
  geschiktheid: { overlegMetKind: boolean; notitie?: string; tekst?: string } | null;
  client: { id: string; clientnummer: string; naam: string; geboortedatum: string; status: string } | null;
  openPauze: { van: string; reden: string } | null;
  besluiten: {
    id: string;
    soort: string;
    status: string;
    gronden: string[];
    motivering: string;
    opsteller: string;
    op: string;
    ondertekenaar: string | null;
    ondertekendOp: string | null;
  }[];
};

function Rij({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const tekst = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

/** Number, right, status (staff label), assignee, channel, receipt, identity, client file. */
export function VerzoekOverzicht({ v, alles, taal }: { v: DetailVoorWeergave; alles: Berichten; taal: Taal }) {
  const t = alles.behandeling.overzicht;
  return (
    <section aria-labelledby="overzicht-titel">
      <h2 id="overzicht-titel">{t.titel}</h2>
      <dl className="gegevens">
        <Rij term={t.recht}>{alles.rechten[v.type].naam}</Rij>
        <Rij term={t.status}>
          <strong>{STATUS_LABELS[v.status].staff[taal]}</strong>
        </Rij>
        <Rij term={t.behandelaar}>
          {v.behandelaar ? (v.ikBenBehandelaar ? t.u(v.behandelaar.naam) : v.behandelaar.naam) : t.niemand}
        </Rij>
        <Rij term={t.kanaal}>{t.kanalen[v.kanaal] ?? v.kanaal}</Rij>
        <Rij term={t.ontvangenOp}>
          <time dateTime={v.ontvangenOp}>{formatDatum(v.ontvangenOp, taal)}</time>
        </Rij>
        <Rij term={t.identiteit}>{t.identiteiten[v.identiteit] ?? v.identiteit}</Rij>
        <Rij term={t.clientdossier}>{v.client ? `${v.client.clientnummer} – ${v.client.naam}` : t.nietGekoppeld}</Rij>
      </dl>
    </section>
  );
}

/** Target, legal limit, execution; paused days and extension; the open pause. */
export function VerzoekTermijnen({ v, alles, taal }: { v: DetailVoorWeergave; alles: Berichten; taal: Taal }) {
  const t = alles.behandeling.termijnen;
  const datum = (iso: string) => <time dateTime={iso}>{formatDatum(iso, taal)}</time>;
  return (
    <section aria-labelledby="termijnen-titel">
      <h2 id="termijnen-titel">{t.titel}</h2>
      {v.openPauze ? <p className="melding let-op">{t.klokStil(formatDatum(v.openPauze.van, taal))}</p> : null}
      <dl className="gegevens">
        <Rij term={t.doel}>{datum(v.doelTermijn)}</Rij>
        <Rij term={t.wettelijk}>{datum(v.wettelijkeTermijn)}</Rij>
        <Rij term={t.uitvoering}>
          {v.uitvoeringTermijn
            ? datum(v.uitvoeringTermijn)
            : v.status === "afgerond" || v.status === "ingetrokken"
              ? t.geenUitvoeringDicht
              : v.status === "in_uitvoering"
                ? t.geenUitvoeringSoort
                : t.geenUitvoeringOpen}
        </Rij>
        <Rij term={t.gepauzeerd}>{t.dagen(v.gepauzeerdeDagen)}</Rij>
        <Rij term={t.verlengd}>{v.verlengd ? t.verlengdJa(v.verlengingReden ?? "") : alles.behandeling.nee}</Rij>
        {v.besluitOp ? <Rij term={t.besluitOp}>{datum(v.besluitOp)}</Rij> : null}
        {v.afgerondOp ? <Rij term={t.afgerondOp}>{datum(amsterdamDate(new Date(v.afgerondOp)))}</Rij> : null}
      </dl>
    </section>
  );
}

/** The filer and the person concerned as filed, and the eligibility note (e.g. consult the child). */
export function VerzoekPersonen({ v, alles, taal }: { v: DetailVoorWeergave; alles: Berichten; taal: Taal }) {
  const t = alles.behandeling.persoon;
  const telefoon = tekst((v.details.registratie as Record<string, unknown> | undefined)?.telefoon);
  return (
    <section aria-labelledby="personen-titel">
      <h2 id="personen-titel">{t.titel}</h2>
      <h3>{t.indiener}</h3>
      <dl className="gegevens">
        <Rij term={t.naam}>{v.indiener.naam}</Rij>
        <Rij term={t.relatie}>{t.relaties[v.indiener.relatie] ?? v.indiener.relatie}</Rij>
        <Rij term={t.email}>{v.indiener.email || alles.behandeling.geen}</Rij>
        {telefoon ? <Rij term={t.telefoon}>{telefoon}</Rij> : null}
      </dl>
      <h3>{t.betrokkene}</h3>
      <dl className="gegevens">
        <Rij term={t.naam}>{v.betrokkene.naam}</Rij>
        <Rij term={t.geboortedatum}>
          <time dateTime={v.betrokkene.geboortedatum}>
            {formatDatum(v.betrokkene.geboortedatum, taal, { weekday: false })}
          </time>
        </Rij>
        <Rij term={t.email}>{v.betrokkene.email || alles.behandeling.geen}</Rij>
        {v.betrokkene.clientnummer ? <Rij term={t.clientnummer}>{v.betrokkene.clientnummer}</Rij> : null}
        {v.betrokkene.postcode ? <Rij term={t.postcode}>{v.betrokkene.postcode}</Rij> : null}
      </dl>
      {v.geschiktheid?.tekst ? (
        <div className="melding let-op">
          <h3>{t.geschiktheidTitel}</h3>
          <p lang="nl">{v.geschiktheid.tekst}</p>
        </div>
      ) : null}
    </section>
  );
}

/** What the requester asks, per right (verzoeken.details). */
export function VerzoekDetails({ v, alles }: { v: DetailVoorWeergave; alles: Berichten }) {
  const t = alles.behandeling.details;
  const d = v.details;
  const regels: { term: string; waarde: string }[] = [];
  const voeg = (term: string, waarde: unknown) => {
    if (typeof waarde === "boolean")
      regels.push({ term, waarde: waarde ? alles.behandeling.ja : alles.behandeling.nee });
    else if (tekst(waarde)) regels.push({ term, waarde: String(waarde) });
  };
  voeg(t.afschrift, d.afschrift);
  voeg(t.periode, d.periode);
  if (typeof d.omvang === "string") voeg(t.omvang, t.omvangen[d.omvang] ?? d.omvang);
  voeg(t.welkDeel, d.welkDeel);
  voeg(t.wat, d.wat);
  if (d.verwerking && typeof d.verwerking === "object") {
    const w = d.verwerking as Record<string, unknown>;
    voeg(t.verwerking, tekst(w.naam) ?? w.sleutel);
  }
  voeg(t.situatie, d.situatie);
  if (typeof d.bestemming === "string") voeg(t.bestemming, t.bestemmingen[d.bestemming] ?? d.bestemming);
  if (d.aanbieder && typeof d.aanbieder === "object") {
    const a = d.aanbieder as Record<string, unknown>;
    voeg(t.aanbieder, [a.naam, a.email, a.agb].filter((x) => tekst(x)).join(", "));
  }
  voeg(t.toestemming, d.toestemming);
  voeg(t.toelichting, d.toelichting);
  voeg(t.waarom, d.waarom);
  const rijen = Array.isArray(d.rijen) ? (d.rijen as Record<string, unknown>[]) : [];

  return (
    <section aria-labelledby="details-titel">
      <h2 id="details-titel">{t.titel}</h2>
      {regels.length === 0 && rijen.length === 0 ? <p>{t.geen}</p> : null}
      {regels.length ? (
        <dl className="gegevens">
          {regels.map((r) => (
            <Rij key={r.term} term={r.term}>
              <span className="vrije-tekst">{r.waarde}</span>
            </Rij>
          ))}
        </dl>
      ) : null}
      {rijen.map((rij, i) => (
        <div key={i} className="correctie-regel">
          <h3>{t.rij(i + 1)}</h3>
          <dl className="gegevens">
            {(
              [
                [t.welk, rij.welk],
                [t.nu, rij.nu],
                [t.moetZijn, rij.moetZijn],
                [t.waarom, rij.waarom],
              ] as const
            )
              .filter(([, w]) => tekst(w))
              .map(([term, w]) => (
                <Rij key={term} term={term}>
                  <span className="vrije-tekst">{String(w)}</span>
                </Rij>
              ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

/** The decisions and drafts on this request. */
export function VerzoekBesluiten({ v, alles, taal }: { v: DetailVoorWeergave; alles: Berichten; taal: Taal }) {
  const t = alles.behandeling.besluiten;
  return (
    <section aria-labelledby="besluiten-titel">
      <h2 id="besluiten-titel">{t.titel}</h2>
      {v.besluiten.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <ul className="besluiten-lijst">
          {v.besluiten.map((b) => (
            <li key={b.id} className="kaart">
              <h3>
                {t.soorten[b.soort] ?? b.soort}: {t.statussen[b.status] ?? b.status}
              </h3>
              <p className="hint">{t.opgesteldDoor(b.opsteller, formatDatum(amsterdamDate(new Date(b.op)), taal))}</p>
              {b.ondertekenaar && b.ondertekendOp ? (
                <p className="ondertekend-door">
                  <strong>
                    {alles.behandeling.ondertekend.door(
                      b.ondertekenaar,
                      t.soorten[b.soort] ?? b.soort,
                      formatDatum(amsterdamDate(new Date(b.ondertekendOp)), taal),
                      formatTijd(b.ondertekendOp, taal),
                    )}
                  </strong>
                </p>
              ) : null}
              {b.gronden.length ? (
                <p>
                  <strong>{t.gronden}:</strong> {b.gronden.map((g) => alles.behandeling.gronden[g] ?? g).join("; ")}
                </p>
              ) : null}
              {b.motivering ? (
                <p className="vrije-tekst">
                  <strong>{t.motivering}:</strong> {b.motivering}
                </p>
              ) : null}
              {b.status === "ondertekend" || b.status === "verzonden" ? (
                <p>
                  {/* A file download (resource route): a plain link, not client-side navigation. */}
                  <a href={`/backoffice/verzoeken/${v.id}/besluit/${b.id}.pdf`} download>
                    {alles.besluitPdf.link}
                  </a>
                  <br />
                  <span className="hint">{alles.besluitPdf.hint}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
