import type { GevraagdRegel } from "~/domain/gevraagd";

/**
 * The section "Wat u vroeg" on /mijn/verzoeken/:nummer: the client's own words, as lines the loader
 * made in the page's language (`gevraagdeRegels`), so the wizard's texts stay off this page.
 */
export function WatUVroeg({ regels, titel }: { regels: readonly GevraagdRegel[]; titel: string }) {
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
