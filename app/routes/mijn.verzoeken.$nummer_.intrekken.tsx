import type { SubmissionResult } from "@conform-to/react";
import { getFormProps, getTextareaProps, useForm } from "~/ui/formulier";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { INTREKREDEN_MAX_TEKENS, normaliseerTekst } from "~/domain/bericht";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/geladen";
import type { Berichten } from "~/i18n/berichten";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { trekVerzoekIn } from "~/services/mijn.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisClient, vereisEigenVerzoek } from "~/http/sessie.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import { parseWithZod, z } from "~/server/zod.server";
import "~/i18n/teksten/mijn";

/** The confirm step: an optional reason (at most 1000 characters) and the version the client saw. */
function intrekSchema(t: Berichten["mijn"]) {
  return z.object({
    reden: z
      .string()
      .optional()
      .transform((waarde, ctx) => {
        const schoon = normaliseerTekst(waarde ?? "");
        if (schoon.length > INTREKREDEN_MAX_TEKENS) {
          ctx.addIssue({ code: "custom", message: t.fouten.reden_te_lang(schoon.length) });
        }
        return schoon;
      }),
    versie: z.coerce.number().int().positive(),
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].mijn.intrekkenMetaTitel(params.nummer ?? "") }];
};

type ActieData = { resultaat: SubmissionResult<string[]> };

/** GET /mijn/verzoeken/:nummer/intrekken: asks "are you sure?"; nothing changes before the POST. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { verzoek } = await vereisEigenVerzoek(request, params.nummer);
  return { nummer: verzoek.nummer, versie: verzoek.versie, kanIntrekken: verzoek.kanIntrekken };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisClient(request);
  const t = BERICHTEN[await taalVanRequest(request)].mijn;
  const nummer = params.nummer ?? "";
  const submission = parseWithZod(await leesFormulier(request), { schema: intrekSchema(t) });
  if (submission.status !== "success") {
    return data({ resultaat: submission.reply() }, { status: 400 });
  }
  try {
    await trekVerzoekIn(sessie, nummer, submission.value.reden, { versie: submission.value.versie });
    return redirect(`/mijn/verzoeken/${encodeURIComponent(nummer)}?ingetrokken=1`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    switch (error.code) {
      case "niet_gevonden":
        throw await nietGevonden(request);
      case "reden_te_lang":
        return data(
          {
            resultaat: submission.reply({
              fieldErrors: { reden: [t.fouten.reden_te_lang(submission.value.reden.length)] },
            }),
          },
          { status: 400 },
        );
      case "al_ingetrokken":
      case "al_afgerond":
      case "intussen_gewijzigd":
        return data({ resultaat: submission.reply({ formErrors: [t.fouten[error.code]] }) }, { status: 409 });
      default:
        return data({ resultaat: submission.reply({ formErrors: [t.fouten.onbekend] }) }, { status: 400 });
    }
  }
}

export default function Intrekken() {
  const { nummer, versie, kanIntrekken } = useLoaderData<typeof loader>();
  // v3_singleFetch without the Future type flag types `data()` wrongly; the shape is the action's.
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const navigation = useNavigation();
  const t = useBerichten().mijn;

  const [form, fields] = useForm<z.input<ReturnType<typeof intrekSchema>>>({
    id: "intrekken",
    lastResult: navigation.state === "idle" ? actionData?.resultaat : undefined,
    // Checked on the server only, as without JavaScript: zod stays out of the browser (docs/decisions/029).
  });
  const { key: _key, ...redenProps } = getTextareaProps(fields.reden, { ariaDescribedBy: "reden-hint" });
  const veldFouten = (fields.reden.errors ?? []).map((tekst) => ({ veldId: fields.reden.id, tekst }));
  const terug = `/mijn/verzoeken/${nummer}`;

  return (
    <div className="pagina smal mijn-intrekken">
      <p className="terug-link">
        <Link to={terug}>{t.annuleren}</Link>
      </p>
      <h1>{t.intrekkenVraag(nummer)}</h1>
      {kanIntrekken ? (
        <>
          <p>{t.intrekkenGevolg}</p>
          <Form method="post" {...getFormProps(form)} className="formulier">
            {form.errors?.length ? (
              <div className="melding fout" role="alert" id={form.errorId}>
                {form.errors.map((fout) => (
                  <p key={fout}>{fout}</p>
                ))}
                <p>
                  <Link to={terug}>{t.annuleren}</Link>
                </p>
              </div>
            ) : null}
            <Foutoverzicht titel={t.foutTitel} fouten={veldFouten} id="intrekken-fouten" />
            <input type="hidden" name={fields.versie.name} value={String(versie)} />
            <label htmlFor={fields.reden.id}>{t.redenLabel}</label>
            <p className="hint" id="reden-hint">
              {t.redenHint}
            </p>
            {fields.reden.errors?.length ? (
              <p className="veldfout" id={fields.reden.errorId}>
                {fields.reden.errors.join(" ")}
              </p>
            ) : null}
            <textarea {...redenProps} rows={4} maxLength={INTREKREDEN_MAX_TEKENS} />
            <p className="knoppen">
              <button type="submit" className="knop gevaar">
                {t.bevestigKnop}
              </button>
              <Link className="knop secundair" to={terug}>
                {t.annuleren}
              </Link>
            </p>
          </Form>
        </>
      ) : (
        <div className="melding">
          <p>{t.kanNietIntrekken}</p>
          <p>
            <Link to={terug}>{t.verzoekTitel(nummer)}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
