import type { SubmissionResult } from "@conform-to/react";
import type { SerializeFrom } from "@remix-run/node";
import { Form, useNavigation } from "@remix-run/react";
import type { ComponentProps } from "react";
import { amsterdamDate } from "~/domain/calendar";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useRootData, useTaal } from "~/root";
import type { MijnVerzoek } from "~/services/mijn.server";
import { BERICHT_MAX_TEKENS } from "~/domain/bericht";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { BijlagenVeld, MeegestuurdeBijlagen } from "~/ui/bijlagen";
import { getFormProps, getTextareaProps, useForm } from "~/ui/formulier";
import "~/i18n/teksten/mijn";
import "~/i18n/teksten/bestanden";

/** The message form's state: the server's last answer while idle (checked on the server only, docs/decisions/029). */
export function useBerichtFormulier(resultaat: SubmissionResult<string[]> | undefined) {
  const navigation = useNavigation();
  const [form, fields] = useForm<{ tekst: string }>({
    id: "bericht",
    lastResult: navigation.state === "idle" ? resultaat : undefined,
  });
  const { key: _key, ...tekstProps } = getTextareaProps(fields.tekst, { ariaDescribedBy: "bericht-hint" });
  const veldFouten = (fields.tekst.errors ?? []).map((tekst) => ({ veldId: fields.tekst.id, tekst }));
  return { form, fields, tekstProps, veldFouten };
}

/** The thread with the practice (without internal notes), and the form for a message or an answer. */
export function BerichtenSectie({
  verzoek,
  formulier,
  bijlagen,
  bestandsregels,
  bijlageVeld,
}: {
  verzoek: SerializeFrom<MijnVerzoek>;
  formulier: ReturnType<typeof useBerichtFormulier>;
  /** Files the client sent with their messages (docs/decisions/032). */
  bijlagen: ComponentProps<typeof MeegestuurdeBijlagen>["bijlagen"];
  bestandsregels: ComponentProps<typeof BijlagenVeld>["regels"];
  bijlageVeld: string;
}) {
  const tb = useBerichten().bijlagen.client;
  const t = useBerichten().mijn;
  const taal = useTaal();
  const orgNaam = useRootData()?.organisatie.naam ?? "";
  const wachtOpAntwoord = verzoek.openPauze !== null;
  const { form, fields, tekstProps, veldFouten } = formulier;
  return (
    <section aria-labelledby="berichten-titel" id="berichten">
      <h2 id="berichten-titel">{t.berichtenTitel}</h2>
      {verzoek.berichten.length === 0 ? (
        <p>{t.geenBerichten}</p>
      ) : (
        <ol className="berichten">
          {verzoek.berichten.map((b) => {
            const dag = amsterdamDate(new Date(b.op));
            return (
              <li key={b.id} className={`bericht bericht-${b.van}`}>
                <p className="bericht-kop">
                  <span className="bericht-van">{b.van === "client" ? t.vanU : orgNaam}</span>,{" "}
                  <time dateTime={dag}>{formatDatum(dag, taal)}</time>
                </p>
                <p className="bericht-tekst">{b.tekst}</p>
                <MeegestuurdeBijlagen
                  t={tb}
                  nummer={verzoek.nummer}
                  bijlagen={bijlagen.filter((x) => x.berichtId === b.id)}
                />
              </li>
            );
          })}
        </ol>
      )}

      {verzoek.kanBerichtSturen ? (
        <Form
          method="post"
          encType="multipart/form-data"
          {...getFormProps(form)}
          key={verzoek.berichten.length}
          className="formulier"
        >
          {form.errors?.length ? (
            <div className="melding fout" role="alert" id={form.errorId}>
              {form.errors.map((fout) => (
                <p key={fout}>{fout}</p>
              ))}
              <p>
                <a href={`/mijn/verzoeken/${verzoek.nummer}`}>{t.herladen}</a>
              </p>
            </div>
          ) : null}
          <Foutoverzicht titel={t.foutTitel} fouten={veldFouten} id="bericht-fouten" />
          <label htmlFor={fields.tekst.id}>{wachtOpAntwoord ? t.antwoordLabel : t.berichtLabel}</label>
          <p className="hint" id="bericht-hint">
            {t.berichtHint}
          </p>
          {fields.tekst.errors?.length ? (
            <p className="veldfout" id={fields.tekst.errorId}>
              {fields.tekst.errors.join(" ")}
            </p>
          ) : null}
          <textarea {...tekstProps} rows={6} maxLength={BERICHT_MAX_TEKENS} />
          <BijlagenVeld t={tb} regels={bestandsregels} naam={bijlageVeld} />
          <p>
            <button type="submit" className="knop">
              {wachtOpAntwoord ? t.antwoordVersturen : t.berichtVersturen}
            </button>
          </p>
        </Form>
      ) : (
        <p>{t.afgeslotenBericht}</p>
      )}
    </section>
  );
}
