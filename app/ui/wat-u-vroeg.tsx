import type { Gevraagd } from "~/domain/gevraagd";
import type { Berichten } from "~/i18n/berichten";

export type GevraagdRegel = { label: string; waarde: string };

/**
 * What the client asked (app/domain/gevraagd.ts) as question-and-answer lines, with the wizard's
 * own questions as labels: the client recognises what they filled in. Empty answers say so.
 */
export function gevraagdeRegels(g: Gevraagd, t: Berichten["verzoek"]): GevraagdRegel[] {
  const of = (waarde: string | null) => waarde ?? t.leeg;
  switch (g.type) {
    case "inzage":
      return [
        ...(g.afschrift === null
          ? []
          : [{ label: t.inzageAfschrift, waarde: g.afschrift ? t.inzageAfschriftJa : t.inzageAfschriftNee }]),
        { label: t.inzagePeriode, waarde: of(g.periode) },
      ];
    case "correctie":
      return g.rijen.map((r, i) => ({
        label: t.correctieRij(i + 1),
        waarde: [
          `${t.correctieWelk} ${of(r.welk)}`,
          `${t.correctieNu} ${of(r.nu)}`,
          `${t.correctieMoetZijn} ${of(r.moetZijn)}`,
          ...(r.waarom ? [`${t.correctieWaarom} ${r.waarom}`] : []),
        ].join("\n"),
      }));
    case "verwijdering":
      return [
        ...(g.omvang === null
          ? []
          : [{ label: t.verwijderingOmvang, waarde: g.omvang === "alles" ? t.verwijderingAlles : t.verwijderingDeel }]),
        ...(g.omvang === "deel" ? [{ label: t.verwijderingWelkDeel, waarde: of(g.welkDeel) }] : []),
        { label: t.verwijderingWaarom, waarde: of(g.waarom) },
      ];
    case "afscherming":
      return [
        { label: t.afschermingWat, waarde: of(g.wat) },
        { label: t.afschermingWaarom, waarde: of(g.waarom) },
      ];
    case "bezwaar":
      return [
        { label: t.bezwaarVerwerking, waarde: of(g.verwerking) },
        { label: t.bezwaarSituatie, waarde: of(g.situatie) },
      ];
    case "dataportabiliteit":
      return [
        ...(g.bestemming === null
          ? []
          : [
              {
                label: t.portabiliteitBestemming,
                waarde: g.bestemming === "mij" ? t.portabiliteitMij : t.portabiliteitAanbieder,
              },
            ]),
        ...(g.aanbieder
          ? [
              { label: t.portabiliteitAanbiederNaam, waarde: of(g.aanbieder.naam) },
              { label: t.portabiliteitAanbiederEmail, waarde: of(g.aanbieder.email) },
              ...(g.aanbieder.agb ? [{ label: t.portabiliteitAgb, waarde: g.aanbieder.agb }] : []),
            ]
          : []),
      ];
    case "intrekking_toestemming":
      return [
        { label: t.intrekkingToestemming, waarde: of(g.toestemming) },
        { label: t.intrekkingToelichting, waarde: of(g.toelichting) },
      ];
  }
}

/** The section "Wat u vroeg" on /mijn/verzoeken/:nummer: the client's own words. */
export function WatUVroeg({
  gevraagd,
  t,
  titel,
}: {
  gevraagd: Gevraagd | null;
  t: Berichten["verzoek"];
  titel: string;
}) {
  if (!gevraagd) return null;
  const regels = gevraagdeRegels(gevraagd, t);
  if (regels.length === 0) return null;
  return (
    <section aria-labelledby="gevraagd-titel">
      <h2 id="gevraagd-titel">{titel}</h2>
      <dl className="gegevens">
        {regels.map((r, i) => (
          <div key={i}>
            <dt>{r.label}</dt>
            <dd className="vrije-tekst">{r.waarde}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
