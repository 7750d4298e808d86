import { BESTANDSSOORTEN, type Bestandssoort } from "~/domain/bestanden";
import type { Berichten } from "~/i18n/berichten";
import { EigenBijlage, type BijlageWeergave } from "./eigen-bijlagen";

/** The rules a file field shows (decision 028): the kinds allowed and the largest size. */
export type BestandsregelsWeergave = { soorten: Bestandssoort[]; maxMb: number; max: number };

/** The `accept` attribute: a hint for the file chooser only; the server checks the content. */
export function acceptVoor(soorten: readonly Bestandssoort[]): string {
  return soorten.map((s) => `.${BESTANDSSOORTEN[s].extensie},${BESTANDSSOORTEN[s].mime}`).join(",");
}

function soortenTekst(soorten: readonly Bestandssoort[]): string {
  return soorten.map((s) => BESTANDSSOORTEN[s].extensie.toUpperCase()).join(", ");
}

/**
 * The plain warning on every form that takes files (docs/decisions/032): no copy of an ID document.
 * The Autoriteit Persoonsgegevens advises against sending one; the portal never asks for one.
 */
export function GeenIdKopie({ t, id }: { t: Berichten["bijlagen"]["client"]; id: string }) {
  return (
    <p className="melding let-op" id={id}>
      {t.geenId}
    </p>
  );
}

/** The optional file field of the message form on /mijn/verzoeken/:nummer. */
export function BijlagenVeld({
  t,
  regels,
  naam,
}: {
  t: Berichten["bijlagen"]["client"];
  regels: BestandsregelsWeergave;
  naam: string;
}) {
  return (
    <div className="veld">
      <label htmlFor="bericht-bijlagen">{t.veld}</label>
      <p className="hint" id="bericht-bijlagen-hint">
        {t.hint(soortenTekst(regels.soorten), regels.maxMb, regels.max)}
      </p>
      <GeenIdKopie t={t} id="bericht-bijlagen-id" />
      <input
        id="bericht-bijlagen"
        name={naam}
        type="file"
        multiple
        accept={acceptVoor(regels.soorten)}
        aria-describedby="bericht-bijlagen-hint bericht-bijlagen-id"
      />
    </div>
  );
}

/**
 * A representative sends the proof of authority the practice asked for (docs/decisions/018):
 * its own small form, posted to /mijn/verzoeken/:nummer/bewijs; works without JavaScript.
 */
export function BewijsVanVertegenwoordiging({
  t,
  weigeringen,
  nummer,
  regels,
  eerder,
  melding,
  fout,
  naam,
}: {
  t: Berichten["bijlagen"]["client"];
  weigeringen: Berichten["bestanden"]["weigering"];
  nummer: string;
  regels: BestandsregelsWeergave;
  eerder: readonly BijlageWeergave[];
  /** After a successful send. */
  melding: boolean;
  /** The reason of a refusal (from the query string after the redirect). */
  fout: string | null;
  naam: string;
}) {
  const foutTekst = fout
    ? ((weigeringen as Record<string, string>)[fout] ?? (t.fouten as Record<string, string>)[fout] ?? null)
    : null;
  return (
    <section aria-labelledby="bewijs-sturen-titel" id="bewijs">
      <h2 id="bewijs-sturen-titel">{t.bewijsTitel}</h2>
      {melding && !foutTekst ? (
        <p className="melding" role="status">
          {t.bewijsVerstuurd}
        </p>
      ) : null}
      {foutTekst ? (
        <div className="melding fout" role="alert" id="bewijs-fout">
          <p>{foutTekst}</p>
        </div>
      ) : null}
      <p>{t.bewijsUitleg}</p>
      {eerder.length > 0 ? (
        <>
          <p>{t.bewijsEerder}</p>
          <ul>
            {eerder.map((b) => (
              <EigenBijlage key={b.id} t={t} nummer={nummer} bijlage={b} />
            ))}
          </ul>
        </>
      ) : null}
      <form
        method="post"
        action={`/mijn/verzoeken/${encodeURIComponent(nummer)}/bewijs`}
        encType="multipart/form-data"
        className="formulier"
      >
        <div className="veld">
          <label htmlFor="bewijs-bestand">{t.bewijsVeld}</label>
          <p className="hint" id="bewijs-bestand-hint">
            {t.hint(soortenTekst(regels.soorten), regels.maxMb, regels.max)}
          </p>
          <GeenIdKopie t={t} id="bewijs-bestand-id" />
          <input
            id="bewijs-bestand"
            name={naam}
            type="file"
            required
            accept={acceptVoor(regels.soorten)}
            aria-describedby={`bewijs-bestand-hint bewijs-bestand-id${foutTekst ? " bewijs-fout" : ""}`}
            aria-invalid={foutTekst ? true : undefined}
          />
        </div>
        <p>
          <button type="submit" className="knop">
            {t.bewijsKnop}
          </button>
        </p>
      </form>
    </section>
  );
}
