import type { SubmissionResult } from "@conform-to/react";
import { amsterdamDate } from "~/domain/calendar";
import { BERICHT_MAX, type BehandelStap } from "~/domain/behandeling";
import type { Verzoektype } from "~/domain/request-types";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import { StapFormulier } from "./verzoek-formulier";
import { stapSchema } from "./verzoek-stappen";
import { Veld } from "./verzoek-velden";
import "~/i18n/teksten/behandeling";

export type StaffBerichtRegel = {
  id: string;
  van: "client" | "organisatie";
  tekst: string;
  intern: boolean;
  pauzeertKlok: boolean;
  auteur: string | null;
  op: string;
};

/**
 * The thread with the client, including internal notes (marked in words), and the forms to ask a
 * question (pauses the clock), send a message, or write an internal note.
 */
export function VerzoekBerichten({
  berichten,
  stappen,
  versie,
  type,
  resultaat,
  alles,
  taal,
}: {
  berichten: StaffBerichtRegel[];
  stappen: BehandelStap[];
  versie: number;
  type: Verzoektype;
  resultaat: (stap: string) => SubmissionResult<string[]> | undefined;
  alles: Berichten;
  taal: Taal;
}) {
  const t = alles.behandeling.berichten;
  const tekstVeld =
    (label: string) => (veld: (naam: string) => { id: string; name: string; fouten: string[]; waarde?: string }) => {
      const v = veld("tekst");
      return (
        <Veld
          id={v.id}
          name={v.name}
          label={label}
          hint={t.hint}
          fouten={v.fouten}
          defaultValue={v.waarde}
          meerregelig
          rijen={5}
          maxLength={BERICHT_MAX + 500}
        />
      );
    };
  return (
    <section aria-labelledby="berichten-titel" id="berichten">
      <h2 id="berichten-titel">{t.titel}</h2>
      {berichten.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <ol className="berichten">
          {berichten.map((b) => {
            const dag = amsterdamDate(new Date(b.op));
            const van = b.van === "client" ? t.client : b.auteur ? `${t.organisatie} (${b.auteur})` : t.organisatie;
            return (
              <li key={b.id} className={`bericht bericht-${b.intern ? "intern" : b.van}`}>
                <p className="bericht-kop">
                  <span className="bericht-van">{van}</span>, <time dateTime={dag}>{formatDatum(dag, taal)}</time>
                </p>
                {b.intern ? <p className="bericht-label">{t.intern}</p> : null}
                {b.pauzeertKlok ? <p className="bericht-label">{t.vraag}</p> : null}
                <p className="bericht-tekst">{b.tekst}</p>
              </li>
            );
          })}
        </ol>
      )}
      {stappen.includes("vraag_stellen") ? (
        <StapFormulier
          stap="vraag_stellen"
          versie={versie}
          schema={stapSchema("vraag_stellen", type)}
          resultaat={resultaat("vraag_stellen")}
          titel={t.vraagTitel}
          uitleg={t.vraagUitleg}
          knop={t.vraagKnop}
        >
          {tekstVeld(t.vraagLabel)}
        </StapFormulier>
      ) : null}
      {stappen.includes("bericht") ? (
        <StapFormulier
          stap="bericht"
          inklapbaar
          versie={versie}
          schema={stapSchema("bericht", type)}
          resultaat={resultaat("bericht")}
          titel={t.berichtTitel}
          uitleg={t.berichtUitleg}
          knop={t.berichtKnop}
          knopKlasse="knop secundair"
        >
          {tekstVeld(t.berichtLabel)}
        </StapFormulier>
      ) : null}
      {stappen.includes("notitie") ? (
        <StapFormulier
          stap="notitie"
          inklapbaar
          versie={versie}
          schema={stapSchema("notitie", type)}
          resultaat={resultaat("notitie")}
          titel={t.notitieTitel}
          uitleg={t.notitieUitleg}
          knop={t.notitieKnop}
          knopKlasse="knop secundair"
        >
          {tekstVeld(t.notitieLabel)}
        </StapFormulier>
      ) : null}
    </section>
  );
}
