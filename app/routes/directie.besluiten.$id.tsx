import { type SubmissionResult, getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { controleerTerugstuurOpmerking } from "~/domain/besluitbrief";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/geladen";
import type { Berichten } from "~/i18n/berichten";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { conceptVoorDirectie, stuurConceptTerug, voltooiOndertekening } from "~/services/ondertekening.server";
import { alsFormulierFout, alsPaginaFout, nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { BesluitOndertekenen } from "~/ui/besluit-ondertekenen";
import { Besluitbrief } from "~/ui/besluitbrief";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/ondertekening";

type T = Berichten["ondertekening"];

/** "Terugsturen met opmerking": the comment (same rule as the service) and the versions seen. */
function terugSchema(t: T) {
  return z.object({
    intent: z.literal("terugsturen"),
    opmerking: z.string({ error: t.fouten.opmerking_verplicht }).transform((waarde, ctx) => {
      try {
        return controleerTerugstuurOpmerking(waarde);
      } catch (error) {
        const code = error instanceof DomainError ? error.code : "opmerking_verplicht";
        ctx.addIssue({ code: "custom", message: t.fouten[code] ?? t.fouten.opmerking_verplicht! });
        return z.NEVER;
      }
    }),
    besluitVersie: z.coerce.number().int().positive(),
    verzoekVersie: z.coerce.number().int().positive(),
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].ondertekening.detail.metaTitel(loaderData?.concept.nummer ?? "") }];
};

/** /directie/besluiten/:id: one draft, the exact letter, sign with a passkey or send back. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "besluit.ondertekenen");
  try {
    const concept = await conceptVoorDirectie(sessie, params.id ?? "");
    if (!concept) throw await nietGevonden(request);
    return { concept };
  } catch (error) {
    return alsPaginaFout(error, request);
  }
}

type ActieData = { resultaat?: SubmissionResult<string[]>; ondertekenFout?: { fout: string } };

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "besluit.ondertekenen");
  const t = BERICHTEN[await taalVanRequest(request)].ondertekening;
  const besluitId = params.id ?? "";
  const formData = await leesFormulier(request);

  if (formData.get("intent") === "ondertekenen") {
    let antwoord: unknown = null;
    try {
      antwoord = JSON.parse(String(formData.get("antwoord") ?? ""));
    } catch {
      antwoord = null;
    }
    const uitkomst = await voltooiOndertekening(sessie, besluitId, antwoord);
    if (uitkomst.ok) {
      const query = new URLSearchParams({ ondertekend: uitkomst.nummer, code: uitkomst.verificatiecode });
      return redirect(`/directie?${query}`);
    }
    return data({ ondertekenFout: { fout: t.fouten[uitkomst.reden] ?? t.fouten.mislukt! } } satisfies ActieData, {
      status: 409,
    });
  }

  const submission = parseWithZod(formData, { schema: terugSchema(t) });
  if (submission.status !== "success") {
    return data({ resultaat: submission.reply() } satisfies ActieData, { status: 400 });
  }
  try {
    const { nummer } = await stuurConceptTerug(sessie, besluitId, submission.value);
    return redirect(`/directie?${new URLSearchParams({ teruggestuurd: nummer })}`);
  } catch (error) {
    const fout = await alsFormulierFout(error, request, { ...t.fouten, ongeldig: t.fouten.mislukt });
    const tekst = fout.tekst;
    if (
      fout.code === "opmerking_verplicht" ||
      fout.code === "opmerking_te_lang" ||
      fout.code === "bsn_niet_toegestaan"
    ) {
      return data({ resultaat: submission.reply({ fieldErrors: { opmerking: [tekst] } }) } satisfies ActieData, {
        status: 400,
      });
    }
    return data({ resultaat: submission.reply({ formErrors: [tekst] }) } satisfies ActieData, { status: 409 });
  }
}

export default function DirectieBesluit() {
  const { concept } = useLoaderData<typeof loader>();
  // v3_singleFetch without the Future type flag types `data()` wrongly; the shape is the action's.
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const navigation = useNavigation();
  const t = useBerichten().ondertekening;
  const taal = useTaal();
  const datum = (iso: string) => <time dateTime={iso}>{formatDatum(iso, taal)}</time>;

  const [form, fields] = useForm({
    id: "terugsturen",
    lastResult: navigation.state === "idle" ? actionData?.resultaat : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: terugSchema(t) }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const { key: _key, ...opmerkingProps } = getTextareaProps(fields.opmerking, { ariaDescribedBy: "opmerking-hint" });
  const veldFouten = (fields.opmerking.errors ?? []).map((tekst) => ({ veldId: fields.opmerking.id, tekst }));

  return (
    <div className="pagina directie-besluit">
      <p className="terug-link">
        <Link to="/directie">{t.detail.terug}</Link>
      </p>
      <h1>{t.detail.titel(t.soorten[concept.soort] ?? concept.soort, concept.nummer)}</h1>

      <section aria-labelledby="over-titel">
        <h2 id="over-titel">{t.detail.overTitel}</h2>
        <dl className="gegevens">
          <div>
            <dt>{t.detail.opsteller}</dt>
            <dd>
              {concept.opsteller}
              {concept.ikBenOpsteller ? ` (${t.inbox.zelfOpgesteld})` : null}
            </dd>
          </div>
          <div>
            <dt>{t.detail.ontvangenOp}</dt>
            <dd>{datum(concept.ontvangenOp)}</dd>
          </div>
          <div>
            <dt>{t.detail.doelTermijn}</dt>
            <dd>{datum(concept.doelTermijn)}</dd>
          </div>
          <div>
            <dt>{t.detail.wettelijkeTermijn}</dt>
            <dd>{datum(concept.wettelijkeTermijn)}</dd>
          </div>
        </dl>
      </section>

      {concept.document && concept.verificatiecode ? (
        <section aria-labelledby="brief-titel">
          <h2 id="brief-titel">{t.detail.briefTitel}</h2>
          <p>{t.detail.briefUitleg}</p>
          <Besluitbrief
            document={concept.document}
            verificatiecode={concept.verificatiecode}
            kopNiveau={3}
            id="brief"
          />
        </section>
      ) : (
        // The letter no longer fits the request (docs/decisions/035): no letter, no signing, only sending back.
        <section aria-labelledby="verouderd-titel" className="melding let-op">
          <h2 id="verouderd-titel">{t.detail.verouderdTitel}</h2>
          <p>{t.detail.verouderdUitleg}</p>
        </section>
      )}

      {concept.document ? (
        <section aria-labelledby="onderteken-titel" className="directie-actie">
          <h2 id="onderteken-titel">{t.detail.ondertekenTitel}</h2>
          {concept.nietOndertekenen ? (
            <div className="melding let-op" role="status">
              <p>
                <strong>{t.detail.kanNiet}</strong> {t.fouten[concept.nietOndertekenen]}
              </p>
            </div>
          ) : (
            <>
              <p>{t.detail.ondertekenUitleg}</p>
              <BesluitOndertekenen
                besluitId={concept.besluitId}
                besluitVersie={concept.besluitVersie}
                verzoekVersie={concept.verzoekVersie}
                serverFout={actionData?.ondertekenFout ?? null}
              />
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="terug-titel" className="directie-actie">
        <h2 id="terug-titel">{t.detail.terugTitel}</h2>
        <p>{t.detail.terugUitleg}</p>
        <Form method="post" {...getFormProps(form)} className="formulier">
          {form.errors?.length ? (
            <div className="melding fout" role="alert" id={form.errorId}>
              {form.errors.map((fout) => (
                <p key={fout}>{fout}</p>
              ))}
            </div>
          ) : null}
          <Foutoverzicht titel={t.detail.foutTitel} fouten={veldFouten} id="terug-fouten" />
          <input type="hidden" name="intent" value="terugsturen" />
          <input type="hidden" name="besluitVersie" value={concept.besluitVersie} />
          <input type="hidden" name="verzoekVersie" value={concept.verzoekVersie} />
          <label htmlFor={fields.opmerking.id}>{t.detail.opmerkingLabel}</label>
          <p className="hint" id="opmerking-hint">
            {t.detail.opmerkingHint}
          </p>
          {fields.opmerking.errors?.length ? (
            <p className="veldfout" id={fields.opmerking.errorId}>
              {fields.opmerking.errors.join(" ")}
            </p>
          ) : null}
          <textarea {...opmerkingProps} rows={5} />
          <p>
            <button type="submit" className="knop secundair">
              {t.detail.terugKnop}
            </button>
          </p>
        </Form>
      </section>
    </div>
  );
}
