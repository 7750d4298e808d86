import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { alsFormulierFout, alsPaginaFout } from "~/http/fouten.server";
import { kiesVerwijderSelectie, zetBewaarUitzondering } from "~/services/verwijdering.server";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { vereisMedewerker } from "~/http/sessie.server";
import {
  honoreerBezwaar,
  schermAf,
  trekToestemmingIn,
  uitvoeringOverzicht,
  registreerVerstrekkingBijVerzoek,
  voerCorrectieUit,
  voerVerwijderingUit,
} from "~/services/uitvoering.server";
import { schermTussentijdsAf } from "~/services/tussentijdse-afscherming.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { AfschermFormulier } from "~/ui/backoffice/uitvoering/afscherming";
import { BezwaarFormulier, IntrekkingFormulier } from "~/ui/backoffice/uitvoering/bezwaar-intrekking";
import { CorrectieFormulier } from "~/ui/backoffice/uitvoering/correctie";
import { VELD_ID, type UitvoeringVeldFout } from "~/ui/backoffice/uitvoering/gemeen";
import { UitvoeringGevraagd, UitvoeringMeldingen } from "~/ui/backoffice/uitvoering/gevraagd";
import { TussentijdseAfschermingFormulier } from "~/ui/backoffice/uitvoering/tussentijds";
import { UitgesteldeVerstrekkingen, VerstrekkingFormulier } from "~/ui/backoffice/uitvoering/verstrekking";
import { meldUitgesteldeVerstrekking } from "~/services/verstrekking-melding.server";
import { VerwijderPlan, VerwijderVoorbereiding } from "~/ui/backoffice/uitvoering/verwijdering";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/behandeling";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const nummer = (d as { overzicht?: { verzoek: { nummer: string } } } | undefined)?.overzicht?.verzoek.nummer ?? "";
  return [{ title: BERICHTEN[root?.taal ?? "nl"].uitvoering.metaTitel(nummer) }];
};

const versie = z.coerce.number().int().positive();
const tekst = z.string().optional().default("");
const lijst = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((w) => (w === undefined ? [] : Array.isArray(w) ? w : [w]));
const Schema = z.discriminatedUnion("actie", [
  z.object({
    actie: z.literal("correctie"),
    versie,
    wijzigingen: z
      .array(z.object({ dossierItemId: z.string(), veld: z.string(), nieuweWaarde: tekst }))
      .optional()
      .default([]),
    nieuw: z
      .array(z.object({ dossierItemId: z.string(), veld: tekst, nieuweWaarde: tekst }))
      .optional()
      .default([]),
  }),
  z.object({ actie: z.literal("verwijdering"), versie }),
  z.object({ actie: z.literal("afscherming"), versie, itemIds: lijst, reden: tekst }),
  z.object({ actie: z.literal("bezwaar"), versie, verwerkingSleutel: tekst }),
  z.object({ actie: z.literal("intrekking"), versie, toestemmingId: tekst }),
  // Docs/decisions/022: before the decision, the scope of a partial erasure and the exceptions per category.
  z.object({ actie: z.literal("selectie"), versie, itemIds: lijst }),
  z.object({ actie: z.literal("uitzondering"), versie, categorie: tekst, grond: tekst, motivering: tekst }),
  // Docs/decisions/030: the temporary restriction the client asked for, before the decision.
  z.object({ actie: z.literal("tussentijds"), versie, itemIds: lijst }),
  // Docs/decisions/023 and 030: a disclosure of this client, e.g. without consent on a legal duty.
  z.object({
    actie: z.literal("verstrekking"),
    versie,
    ontvanger: tekst,
    ontvangerEmail: tekst,
    datum: tekst,
    rechtsgrond: tekst,
    toestemmingId: tekst,
    categorieen: lijst,
    omschrijving: tekst,
    uitstelReden: tekst,
  }),
  // Docs/decisions/023: the postponed message to the client, sent now that the danger is over.
  z.object({ actie: z.literal("melden"), verstrekkingId: tekst }),
]);

/** /backoffice/verzoeken/:id/uitvoering: carry out a granted correction, erasure, restriction, objection or consent withdrawal. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  try {
    return { overzicht: await uitvoeringOverzicht(sessie, params.id ?? "") };
  } catch (error) {
    return alsPaginaFout(error, request);
  }
}

type ActieData = { actie: string; fout: UitvoeringVeldFout };

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const t = BERICHTEN[await taalVanRequest(request)].uitvoering;
  const id = params.id ?? "";
  const submission = parseWithZod(await leesFormulier(request), { schema: Schema });
  if (submission.status !== "success") {
    return data(
      { actie: "onbekend", fout: { veldId: "uitvoering-titel", tekst: t.fouten.onbekend! } } satisfies ActieData,
      { status: 400 },
    );
  }
  const w = submission.value;
  try {
    switch (w.actie) {
      case "correctie": {
        const wijzigingen = [...w.wijzigingen, ...w.nieuw].filter((x) => x.nieuweWaarde !== "");
        await voerCorrectieUit(sessie, id, w.versie, wijzigingen);
        break;
      }
      case "verwijdering":
        await voerVerwijderingUit(sessie, id, w.versie);
        break;
      case "afscherming":
        await schermAf(sessie, id, w.versie, w.itemIds, w.reden);
        break;
      case "bezwaar":
        await honoreerBezwaar(sessie, id, w.versie, w.verwerkingSleutel);
        break;
      case "intrekking":
        await trekToestemmingIn(sessie, id, w.versie, w.toestemmingId);
        break;
      case "selectie":
        await kiesVerwijderSelectie(sessie, id, w.versie, w.itemIds);
        return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/uitvoering?opgeslagen=1`);
      case "uitzondering":
        await zetBewaarUitzondering(sessie, id, w.versie, {
          categorie: w.categorie,
          grond: w.grond || null,
          motivering: w.motivering,
        });
        return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/uitvoering?opgeslagen=1`);
      case "tussentijds":
        await schermTussentijdsAf(sessie, id, w.versie, w.itemIds);
        return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/uitvoering?opgeslagen=1`);
      case "verstrekking": {
        const { client } = await registreerVerstrekkingBijVerzoek(sessie, id, {
          ontvanger: w.ontvanger,
          ontvangerEmail: w.ontvangerEmail || null,
          datum: w.datum,
          rechtsgrond: w.rechtsgrond,
          toestemmingId: w.toestemmingId || null,
          categorieen: w.categorieen.filter((c) => c in t.categorieen),
          omschrijving: w.omschrijving,
          uitstelReden: w.uitstelReden || null,
        });
        return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/uitvoering?verstrekking=${client}`);
      }
      case "melden": {
        const uit = await meldUitgesteldeVerstrekking(sessie, w.verstrekkingId, { verzoekId: id });
        return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/uitvoering?uitgesteld=${uit}#vu-titel`);
      }
    }
    return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/uitvoering?klaar=1`);
  } catch (error) {
    const fout = await alsFormulierFout(error, request, { ...t.fouten, ongeldig: t.fouten.onbekend });
    const ids = VELD_ID[w.actie]!;
    const tussentijds = w.actie === "tussentijds" ? t.fouten[`tussentijds_${fout.code}`] : undefined;
    const veldId = (fout.veld && ids[fout.veld]) || ids.default!;
    // Here a step that is no longer possible is a conflict with the request's state, as a stale page is.
    // A postponed message sent meanwhile (by someone else, or a second click) is stale too.
    const status = fout.code === "stap_niet_mogelijk" || fout.code === "niet_uitgesteld" ? 409 : fout.status;
    return data({ actie: w.actie, fout: { veldId, tekst: tussentijds ?? fout.tekst } } satisfies ActieData, { status });
  }
}

export default function UitvoeringPagina() {
  const { overzicht: o } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const [params] = useSearchParams();
  const t = useBerichten().uitvoering;
  const taal = useTaal();
  const fout = actionData?.fout;
  const v = o.verzoek;
  const kan = v.status === "in_uitvoering";

  return (
    <div className="pagina backoffice uitvoering-pagina">
      <p className="terug-link">
        <Link to={`/backoffice/verzoeken/${v.id}`}>{t.terug(v.nummer)}</Link>
      </p>
      <h1 id="uitvoering-titel" tabIndex={-1}>
        {t.titel(v.nummer)}
      </h1>
      {params.get("klaar") === "1" ? (
        <p className="melding" role="status">
          {t.klaar}
        </p>
      ) : null}
      {params.get("opgeslagen") === "1" ? (
        <p className="melding" role="status">
          {t.voorbereidOpgeslagen}
        </p>
      ) : null}
      <Foutoverzicht titel={t.foutTitel} fouten={fout ? [fout] : []} id="uitvoering-fouten" />

      <section aria-labelledby="termijn-titel" className="uitvoering-termijn">
        <h2 id="termijn-titel">{t.termijnTitel}</h2>
        {/* Days left only while it is being carried out: never "Nog 90 dagen" next to "niets uit te voeren". */}
        {!kan && o.uitvoeringTermijn ? (
          <p>{t.geenLopendeTermijn}</p>
        ) : o.uitvoeringTermijn ? (
          <p>
            {t.termijn(formatDatum(o.uitvoeringTermijn, taal))} <strong>{t.dagenOver(o.dagenOver ?? 0)}</strong>
          </p>
        ) : (
          <p>{t.geenTermijn}</p>
        )}
      </section>

      {!kan ? <p className="melding let-op">{t.nietInUitvoering}</p> : null}

      {v.type === "correctie" || v.type === "afscherming" ? <UitvoeringGevraagd o={o} /> : null}

      {kan && v.type === "correctie" ? <CorrectieFormulier o={o} fout={fout} /> : null}

      <TussentijdseAfschermingFormulier o={o} fout={fout} />
      <VerstrekkingFormulier o={o} fout={fout} gemeld={params.get("verstrekking")} />
      <UitgesteldeVerstrekkingen o={o} fout={fout} verstuurd={params.get("uitgesteld")} />
      {v.type === "verwijdering" && v.status === "in_behandeling" && o.plan ? (
        <VerwijderVoorbereiding o={o} plan={o.plan} fout={fout} />
      ) : null}

      {v.type === "verwijdering" && o.plan ? <VerwijderPlan o={o} plan={o.plan} kan={kan} fout={fout} /> : null}

      {kan && v.type === "afscherming" ? <AfschermFormulier o={o} fout={fout} /> : null}

      {kan && v.type === "bezwaar" ? <BezwaarFormulier o={o} fout={fout} /> : null}

      {kan && v.type === "intrekking_toestemming" ? <IntrekkingFormulier o={o} fout={fout} /> : null}

      {v.type === "correctie" || v.type === "verwijdering" || v.type === "afscherming" ? (
        <UitvoeringMeldingen o={o} />
      ) : null}
    </div>
  );
}
