import { type SubmissionResult, getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { BERICHT_MAX_TEKENS, normaliseerTekst } from "~/domain/bericht";
import { amsterdamDate } from "~/domain/calendar";
import { DomainError } from "~/domain/errors";
import { STATUS_LABELS, type VerzoekStatus } from "~/domain/request-state";
import { BERICHTEN, type Berichten } from "~/i18n/berichten";
import { formatDatum, type Taal } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useRootData, useTaal, type RootData } from "~/root";
import { antwoordVanClient, mijnVerzoekVoorPagina, nietGevondenPagina } from "~/services/mijn.server";
import { besluitenVoorClient } from "~/services/ondertekening.server";
import { pakkettenVoorClient } from "~/services/pakket.server";
import { requireClient } from "~/services/sessies.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { PakketDownloads } from "~/ui/pakket-downloads";
import { Tijdlijn } from "~/ui/tijdlijn";
import { WatUVroeg } from "~/ui/wat-u-vroeg";
import { leesFormulier } from "~/server/invoer.server";

/** The message form: 1 to 5000 characters after trimming, counted with LF line endings. */
function berichtSchema(t: Berichten["mijn"]) {
  return z.object({
    tekst: z.string({ error: t.fouten.bericht_leeg }).transform((waarde, ctx) => {
      const schoon = normaliseerTekst(waarde);
      if (schoon.length === 0) ctx.addIssue({ code: "custom", message: t.fouten.bericht_leeg });
      else if (schoon.length > BERICHT_MAX_TEKENS) {
        ctx.addIssue({ code: "custom", message: t.fouten.bericht_te_lang(schoon.length) });
      }
      return schoon;
    }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].mijn.verzoekMetaTitel(params.nummer ?? "") }];
};

const WACHT_OP_BESLUIT: readonly VerzoekStatus[] = ["ontvangen", "in_behandeling", "wacht_op_client", "wacht_op_directie"];

type ActieData = { resultaat: SubmissionResult<string[]> };

/** /mijn/verzoeken/:nummer: status, deadlines, timeline, messages, documents, withdrawal. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sessie, verzoek } = await mijnVerzoekVoorPagina(request, params.nummer);
  // The signed decision letters (refusals, extensions): app/services/ondertekening.server.ts.
  const besluiten = await besluitenVoorClient(sessie, verzoek.nummer);
  // Export packages (inzage copy, portability) and who downloaded them: app/services/pakket.server.ts.
  const pakketten = await pakkettenVoorClient(sessie, verzoek.nummer);
  return { verzoek, besluiten, pakketten };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await requireClient(request);
  const t = BERICHTEN[await taalVanRequest(request)].mijn;
  const nummer = params.nummer ?? "";
  const submission = parseWithZod(await leesFormulier(request), { schema: berichtSchema(t) });
  if (submission.status !== "success") {
    return data({ resultaat: submission.reply() }, { status: 400 });
  }
  try {
    const { klokHervat } = await antwoordVanClient(sessie, nummer, submission.value.tekst);
    return redirect(`/mijn/verzoeken/${encodeURIComponent(nummer)}?verstuurd=${klokHervat ? "antwoord" : "bericht"}`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    switch (error.code) {
      case "niet_gevonden":
        throw nietGevondenPagina();
      case "bericht_leeg":
        return data({ resultaat: submission.reply({ fieldErrors: { tekst: [t.fouten.bericht_leeg] } }) }, { status: 400 });
      case "bericht_te_lang":
        return data(
          { resultaat: submission.reply({ fieldErrors: { tekst: [t.fouten.bericht_te_lang(submission.value.tekst.length)] } }) },
          { status: 400 },
        );
      case "intussen_gewijzigd":
      case "afgesloten":
        return data({ resultaat: submission.reply({ formErrors: [t.fouten[error.code]] }) }, { status: 409 });
      default:
        return data({ resultaat: submission.reply({ formErrors: [t.fouten.onbekend] }) }, { status: 400 });
    }
  }
}

function Datum({ iso, taal }: { iso: string; taal: Taal }) {
  return <time dateTime={iso}>{formatDatum(iso, taal)}</time>;
}

export default function StatusPagina() {
  const { verzoek, besluiten, pakketten } = useLoaderData<typeof loader>();
  // v3_singleFetch without the Future type flag types `data()` wrongly; the shape is the action's.
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const [zoek] = useSearchParams();
  const navigation = useNavigation();
  const alles = useBerichten();
  const t = alles.mijn;
  const taal = useTaal();
  const orgNaam = useRootData()?.organisatie.naam ?? "";
  // Before the decision the client waits for an answer; after it, for the execution.
  const voorBesluit = WACHT_OP_BESLUIT.includes(verzoek.status);
  const wachtOpAntwoord = verzoek.openPauze !== null;

  const [form, fields] = useForm({
    id: "bericht",
    lastResult: navigation.state === "idle" ? actionData?.resultaat : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: berichtSchema(t) }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const { key: _key, ...tekstProps } = getTextareaProps(fields.tekst, { ariaDescribedBy: "bericht-hint" });
  const veldFouten = (fields.tekst.errors ?? []).map((tekst) => ({ veldId: fields.tekst.id, tekst }));

  const verstuurd = zoek.get("verstuurd");
  // A notice from the previous step, unless this page shows the errors of a new attempt.
  const succes = actionData
    ? null
    : zoek.get("ingetrokken") === "1" && verzoek.status === "ingetrokken"
      ? t.ingetrokken
      : verstuurd === "antwoord"
        ? t.antwoordVerstuurd
        : verstuurd === "bericht"
          ? t.berichtVerstuurd
          : null;

  return (
    <div className="pagina smal mijn-status">
      <p className="terug-link">
        <Link to="/mijn">{t.terug}</Link>
      </p>
      <h1>{t.verzoekTitel(verzoek.nummer)}</h1>
      <p className="mijn-ondertitel">
        {alles.home.rechten[verzoek.type].naam}
        {verzoek.voor ? ` – ${t.voor(verzoek.voor)}` : null}
      </p>

      {succes ? (
        <div className="melding" role="status">
          <p>{succes}</p>
        </div>
      ) : null}

      {verzoek.identiteitNogControleren ? (
        <section className="melding let-op" aria-labelledby="identiteit-titel" data-testid="identiteit-nog-controleren">
          <h2 id="identiteit-titel">{t.identiteitTitel}</h2>
          <p>{t.identiteitUitleg}</p>
        </section>
      ) : null}

      {verzoek.bewijsNogNodig ? (
        <section className="melding let-op" aria-labelledby="bewijs-titel">
          <h2 id="bewijs-titel">{t.bewijsNogTitel}</h2>
          <p>{alles.verzoek.bewijs[verzoek.bewijsNogNodig]}</p>
          <p>{alles.verzoek.bewijsAanleveren}</p>
        </section>
      ) : null}

      {wachtOpAntwoord && verzoek.openPauze ? (
        <section className="melding let-op" aria-labelledby="pauze-titel">
          <h2 id="pauze-titel">{t.pauzeTitel}</h2>
          <p>{t.pauzeSinds(formatDatum(verzoek.openPauze.van, taal))}</p>
          <p>
            <strong>{t.pauzeVraag}</strong> <span lang="nl">{verzoek.openPauze.reden}</span>
          </p>
          <p>
            {t.pauzeActie} <a href={`#${fields.tekst.id}`}>{t.pauzeLink}</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="over-titel">
        <h2 id="over-titel">{t.overTitel}</h2>
        <dl className="gegevens">
          <div>
            <dt>{t.nummer}</dt>
            <dd>{verzoek.nummer}</dd>
          </div>
          <div>
            <dt>{t.recht}</dt>
            <dd>{alles.home.rechten[verzoek.type].naam}</dd>
          </div>
          {verzoek.voor ? (
            <div>
              <dt>{t.ingediendVoor}</dt>
              <dd>{verzoek.voor}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.ontvangenOp}</dt>
            <dd>
              <Datum iso={verzoek.ontvangenOp} taal={taal} />
            </dd>
          </div>
          <div>
            <dt>{t.status}</dt>
            <dd>{STATUS_LABELS[verzoek.status].client[taal]}</dd>
          </div>
        </dl>
      </section>

      <WatUVroeg gevraagd={verzoek.gevraagd} t={alles.verzoek} titel={t.gevraagdTitel} />
      {verzoek.tussentijds.gevraagd ? (
        <section aria-labelledby="tussentijds-titel">
          <h2 id="tussentijds-titel">{t.tussentijdsTitel}</h2>
          <p>
            {verzoek.tussentijds.nu
              ? t.tussentijdsNu(verzoek.tussentijds.nu.aantal)
              : verzoek.tussentijds.opgeheven
                ? t.tussentijdsOpgeheven(formatDatum(amsterdamDate(new Date(verzoek.tussentijds.opgeheven.op)), taal, { weekday: false }))
                : t.tussentijdsGevraagd}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="termijn-titel">
        <h2 id="termijn-titel">{t.termijnTitel}</h2>
        {voorBesluit ? (
          <>
            <p className="mijn-termijn">
              {alles.verzoek.termijnZin(formatDatum(verzoek.doelTermijn, taal), formatDatum(verzoek.wettelijkeTermijn, taal))}
            </p>
            {verzoek.gepauzeerdeDagen > 0 ? <p>{t.gepauzeerd(verzoek.gepauzeerdeDagen)}</p> : null}
            {wachtOpAntwoord ? <p>{t.pauzeSchuift}</p> : null}
            {verzoek.verlengd ? (
              <p>
                {t.verlengd}
                {verzoek.verlengingReden ? (
                  <>
                    {" "}
                    {t.verlengdReden} <span lang="nl">{verzoek.verlengingReden}</span>
                  </>
                ) : null}
              </p>
            ) : null}
            {verzoek.uitvoeringTermijn ? <p>{t.uitvoering(formatDatum(verzoek.uitvoeringTermijn, taal))}</p> : null}
          </>
        ) : verzoek.status === "in_uitvoering" ? (
          <p className="mijn-termijn">
            {verzoek.uitvoeringTermijn
              ? t.uitvoering(formatDatum(verzoek.uitvoeringTermijn, taal))
              : STATUS_LABELS.in_uitvoering.client[taal]}
          </p>
        ) : (
          <p>{t.doelTermijnAfgesloten}</p>
        )}
      </section>

      <section aria-labelledby="tijdlijn-titel">
        <h2 id="tijdlijn-titel">{t.tijdlijnTitel}</h2>
        <Tijdlijn items={verzoek.tijdlijn} t={t.tijdlijn} taal={taal} leeg={t.tijdlijnLeeg} />
      </section>

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
                </li>
              );
            })}
          </ol>
        )}

        {verzoek.kanBerichtSturen ? (
          <Form method="post" {...getFormProps(form)} key={verzoek.berichten.length} className="formulier">
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

      {besluiten.length > 0 ? (
        <section aria-labelledby="besluiten-titel">
          <h2 id="besluiten-titel">{alles.ondertekening.client.besluitenTitel}</h2>
          <ul className="besluiten-brieven">
            {besluiten.map((b) => (
              <li key={b.id}>
                <Link to={`/mijn/verzoeken/${encodeURIComponent(verzoek.nummer)}/besluit/${b.id}`}>
                  {alles.ondertekening.client.besluitLink(b.onderwerp, formatDatum(b.datum, taal))}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="documenten-titel">
        <h2 id="documenten-titel">{pakketten.length > 0 ? alles.pakket.lijstTitel : t.documentenTitel}</h2>
        {pakketten.length > 0 ? (
          <PakketDownloads nummer={verzoek.nummer} pakketten={pakketten} t={alles.pakket} taal={taal} />
        ) : (
          <p>{t.geenDocumenten}</p>
        )}
      </section>

      {verzoek.kanIntrekken ? (
        <section aria-labelledby="intrekken-titel">
          <h2 id="intrekken-titel">{t.intrekkenTitel}</h2>
          <p>{t.intrekkenUitleg}</p>
          <p>
            <Link className="knop secundair" to={`/mijn/verzoeken/${verzoek.nummer}/intrekken`}>
              {t.intrekkenLink}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
