import { verificatieTekst, type Alinea, type BesluitDocument } from "~/domain/besluitbrief";
import { BERICHTEN } from "~/i18n/geladen";
import { useRootData } from "~/root";
import "~/i18n/teksten/ondertekening";

/**
 * The decision letter in HTML, rendered from the signed (or to-be-signed) decision document: the
 * same text as the PDF and the same text the director signs. The letter keeps its own language
 * (`lang`), whatever language the page around it has.
 */
export function Besluitbrief({
  document,
  verificatiecode,
  kopNiveau = 2,
  id,
}: {
  document: BesluitDocument;
  verificatiecode: string;
  /** Heading level of the letter's subject; its sections are one level deeper. */
  kopNiveau?: 2 | 3;
  /** Unique on the page (several letters can be on one page). */
  id: string;
}) {
  const { afzender: org, brief, taal } = document;
  const t = BERICHTEN[taal].ondertekening.brief;
  // The organisation's current logo (GET /logo): letterhead only, not part of the signed text.
  const logoUrl = useRootData()?.logoUrl ?? null;
  const Kop = `h${kopNiveau}` as const;
  const Sectiekop = `h${kopNiveau + 1}` as "h3" | "h4";
  const P = ({ alinea }: { alinea: Alinea }) =>
    alinea.tekst ? <p lang={alinea.taal && alinea.taal !== taal ? alinea.taal : undefined}>{alinea.tekst}</p> : null;

  return (
    <article className="besluitbrief" lang={taal} aria-labelledby={`${id}-onderwerp`}>
      <header className="brief-kop">
        {logoUrl ? <img src={logoUrl} alt={org.naam} className="brief-logo" height={56} /> : null}
        <p className="brief-afzender">{org.naam}</p>
        <p>
          {org.straat}, {org.postcode} {org.plaats}
          <br />
          {[org.email, org.telefoon].filter(Boolean).join(" · ")}
          <br />
          {t.fg}: {org.fgNaam}, {[org.fgEmail, org.fgTelefoon].filter(Boolean).join(", ")}
        </p>
      </header>
      <p className="brief-geadresseerde">{document.geadresseerde.naam}</p>
      <dl className="brief-kenmerken">
        {brief.kenmerken.map((k) => (
          <div key={k.label}>
            <dt>{k.label}</dt>
            <dd>{k.waarde}</dd>
          </div>
        ))}
      </dl>
      <Kop id={`${id}-onderwerp`} className="brief-onderwerp">
        {brief.onderwerp}
      </Kop>
      <p>{brief.aanhef}</p>
      {brief.inleiding.map((alinea, i) => (
        <P key={i} alinea={alinea} />
      ))}
      {brief.onderdelen.map((onderdeel) => (
        <section key={onderdeel.kop}>
          <Sectiekop>{onderdeel.kop}</Sectiekop>
          {onderdeel.alineas.map((alinea, i) => (
            <P key={i} alinea={alinea} />
          ))}
          {onderdeel.opsomming?.length ? (
            <ul>
              {onderdeel.opsomming.map((regel) => (
                <li key={regel}>{regel}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <p className="brief-slot">{brief.slot}</p>
      <p className="brief-ondertekening">
        <strong>{brief.ondertekening[0]}</strong>
        {brief.ondertekening.slice(1).map((regel) => (
          <span key={regel}>
            <br />
            {regel}
          </span>
        ))}
      </p>
      <section className="brief-handtekening">
        <Sectiekop>{t.handtekeningTitel}</Sectiekop>
        {verificatieTekst(document, verificatiecode).map((alinea, i) => (
          <p key={i}>{alinea.tekst}</p>
        ))}
      </section>
    </article>
  );
}
