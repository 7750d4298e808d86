import type { SubmissionResult } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { BERICHT_MAX_TEKENS, normaliseerTekst } from "~/domain/bericht";
import { BIJLAGE_VELD, MB, toegestaneSoorten } from "~/domain/bestanden";
import { DomainError } from "~/domain/errors";
import type { Berichten } from "~/i18n/berichten";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { bestandsregels } from "~/services/bestandscontrole.server";
import { MAX_BIJLAGEN_PER_BERICHT, ruimBestandenOp } from "~/services/bijlagen.server";
import { antwoordVanClient } from "~/services/mijn.server";
import { formulierVanClient } from "~/http/bijlagen.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisClient, vereisEigenVerzoek } from "~/http/sessie.server";
import { parseWithZod, z } from "~/server/zod.server";
import { BijlagenVeld } from "~/ui/bijlagen";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { getFormProps, getTextareaProps, useForm } from "~/ui/formulier";
import "~/i18n/teksten/mijn";
import "~/i18n/teksten/bestanden";
import "~/i18n/teksten/bijlagen";

export const meta: MetaFunction = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].mijn.berichtMetaTitel(params.nummer ?? "") }];
};

type ActieData = { resultaat: SubmissionResult<string[]> };

const naarVerzoek = (nummer: string) => `/mijn/verzoeken/${encodeURIComponent(nummer)}`;

/**
 * /mijn/verzoeken/:nummer/bericht: a message to the practice, or the answer to its question (which
 * starts the clock again, AVG art. 12 lid 3), with up to 5 files (docs/decisions/032). One task on
 * its own page, so the request page stays light; a closed request sends the client back there.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { verzoek } = await vereisEigenVerzoek(request, params.nummer);
  if (!verzoek.kanBerichtSturen) throw redirect(naarVerzoek(verzoek.nummer));
  const regels = bestandsregels();
  return {
    nummer: verzoek.nummer,
    /** While the clock stands still for our question, this message is the answer. */
    antwoord: verzoek.openPauze !== null,
    vraag: verzoek.openPauze?.reden ?? null,
    bestandsregels: {
      soorten: toegestaneSoorten(regels),
      maxMb: Math.floor(regels.maxBytesPerBestand / MB),
      max: MAX_BIJLAGEN_PER_BERICHT,
    },
  };
}

/** The message: 1 to 5000 characters after trimming, counted with LF line endings. */
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

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisClient(request);
  const alles = BERICHTEN[await taalVanRequest(request)];
  const t = alles.mijn;
  const nummer = params.nummer ?? "";
  // With files (docs/decisions/032) they are checked and stored while the form streams in.
  const ontvangen = await formulierVanClient(request, sessie, nummer).catch(async (e: unknown) => {
    if (e instanceof DomainError && e.code === "niet_gevonden") throw await nietGevonden(request);
    throw e;
  });
  const submission = parseWithZod(ontvangen.form, { schema: berichtSchema(t) });
  if (ontvangen.weigering) {
    const tekst =
      ontvangen.weigering === "te_veel"
        ? alles.bijlagen.client.fouten.te_veel
        : alles.bestanden.weigering[ontvangen.weigering];
    return data({ resultaat: submission.reply({ formErrors: [tekst] }) }, { status: 400 });
  }
  if (submission.status !== "success") {
    await ruimBestandenOp(ontvangen.bestanden);
    return data({ resultaat: submission.reply() }, { status: 400 });
  }
  try {
    const { klokHervat } = await antwoordVanClient(sessie, nummer, submission.value.tekst, {
      bijlagen: ontvangen.bestanden,
    });
    return redirect(`${naarVerzoek(nummer)}?verstuurd=${klokHervat ? "antwoord" : "bericht"}#berichten`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    switch (error.code) {
      case "niet_gevonden":
        throw await nietGevonden(request);
      case "bericht_leeg":
        return data(
          { resultaat: submission.reply({ fieldErrors: { tekst: [t.fouten.bericht_leeg] } }) },
          { status: 400 },
        );
      case "bericht_te_lang":
        return data(
          {
            resultaat: submission.reply({
              fieldErrors: { tekst: [t.fouten.bericht_te_lang(submission.value.tekst.length)] },
            }),
          },
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

export default function BerichtPagina() {
  const { nummer, antwoord, vraag, bestandsregels: regels } = useLoaderData<typeof loader>();
  // v3_singleFetch without the Future type flag types `data()` wrongly; the shape is the action's.
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const alles = useBerichten();
  const t = alles.mijn;
  const navigation = useNavigation();
  // The server's last answer while idle (checked on the server only, docs/decisions/029).
  const [form, fields] = useForm<{ tekst: string }>({
    id: "bericht",
    lastResult: navigation.state === "idle" ? actionData?.resultaat : undefined,
  });
  const { key: _key, ...tekstProps } = getTextareaProps(fields.tekst, { ariaDescribedBy: "bericht-hint" });
  const veldFouten = (fields.tekst.errors ?? []).map((tekst) => ({ veldId: fields.tekst.id, tekst }));
  return (
    <div className="pagina smal mijn-status">
      <p className="terug-link">
        <Link to={naarVerzoek(nummer)}>{t.terugNaarVerzoek}</Link>
      </p>
      <h1>{antwoord ? t.antwoordTitel : t.berichtTitel}</h1>
      <p>{t.berichtIntro(nummer)}</p>
      {vraag ? (
        <p className="melding let-op">
          <strong>{t.pauzeVraag}</strong> <span lang="nl">{vraag}</span>
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="formulier">
        {form.errors?.length ? (
          <div className="melding fout" role="alert" id={form.errorId}>
            {form.errors.map((fout) => (
              <p key={fout}>{fout}</p>
            ))}
            <p>
              <a href={naarVerzoek(nummer)}>{t.terugNaarVerzoek}</a>
            </p>
          </div>
        ) : null}
        <Foutoverzicht titel={t.foutTitel} fouten={veldFouten} id="bericht-fouten" />
        <label htmlFor={fields.tekst.id}>{antwoord ? t.antwoordLabel : t.berichtLabel}</label>
        <p className="hint" id="bericht-hint">
          {t.berichtHint}
        </p>
        {fields.tekst.errors?.length ? (
          <p className="veldfout" id={fields.tekst.errorId}>
            {fields.tekst.errors.join(" ")}
          </p>
        ) : null}
        <textarea {...tekstProps} rows={6} maxLength={BERICHT_MAX_TEKENS} />
        <BijlagenVeld t={alles.bijlagen.client} regels={regels} naam={BIJLAGE_VELD} />
        <p>
          <button type="submit" className="knop">
            {antwoord ? t.antwoordVersturen : t.berichtVersturen}
          </button>
        </p>
      </Form>
    </div>
  );
}
