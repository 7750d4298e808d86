import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { isBehandelFoutCode } from "~/domain/behandeling";
import { alsFormulierFout, alsPaginaFout } from "~/http/fouten.server";
import { isVerzoektype } from "~/domain/request-types";
import { BERICHTEN } from "~/i18n/geladen";
import { useBerichten, useTaal, type RootData } from "~/root";
import { bekijkVerzoek, STAP_FUNCTIES } from "~/services/behandeling.server";
import { kandidaten, koppel, ontkoppel } from "~/services/koppeling.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { VerzoekActies } from "~/ui/backoffice/verzoek-acties";
import { VerzoekBerichten } from "~/ui/backoffice/verzoek-berichten";
import type { StapActieData } from "~/ui/backoffice/verzoek-formulier";
import { KindOverleg, VerzoekIdentiteit } from "~/ui/backoffice/verzoek-identiteit";
import { VerzoekKoppeling } from "~/ui/backoffice/verzoek-koppeling";
import {
  VerzoekBesluiten,
  VerzoekDetails,
  VerzoekOverzicht,
  VerzoekPersonen,
  VerzoekTermijnen,
} from "~/ui/backoffice/verzoek-overzicht";
import { isFormulier, postSchema, type Formulier } from "~/ui/backoffice/verzoek-stappen";
import { StaffTijdlijn } from "~/ui/backoffice/verzoek-tijdlijn";
import { leesFormulier } from "~/server/invoer.server";
import { volgendeStap, volgordeStand } from "~/domain/volgende-stap";
import { VerzoekVolgorde } from "~/ui/backoffice/verzoek-volgorde";
import { bijlagenVoorMedewerker } from "~/services/bijlagen.server";
import { VerzoekBijlagen } from "~/ui/backoffice/verzoek-bijlagen";
import "~/i18n/teksten/pakket";
import "~/i18n/teksten/behandeling";
import "~/i18n/teksten/bestanden";
import "~/i18n/teksten/rechten";
import "~/i18n/teksten/bijlagen";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const nummer = (data as { verzoek?: { nummer: string } } | undefined)?.verzoek?.nummer ?? "";
  return [{ title: BERICHTEN[root?.taal ?? "nl"].behandeling.metaTitel(nummer) }];
};

/**
 * /backoffice/verzoeken/:id: one request for staff. Opening it is logged (NEN 7513) by the service.
 * `?koppelen=1` also shows the client records that may match (each shown one is logged too).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  // The backoffice menu links "new request" here; registration has its own page.
  if (params.id === "nieuw") throw redirect("/backoffice/registreren");
  const url = new URL(request.url);
  try {
    const verzoek = await bekijkVerzoek(sessie, params.id ?? "");
    const zoeken = url.searchParams.get("koppelen") === "1" && !verzoek.client && verzoek.stappen.includes("koppelen");
    return {
      verzoek,
      kandidaten: zoeken ? await kandidaten(sessie, verzoek.id) : null,
      // Files the requester sent (docs/decisions/032).
      bijlagen: await bijlagenVoorMedewerker(sessie, verzoek.id),
      gedaan: url.searchParams.get("gedaan"),
    };
  } catch (error) {
    return alsPaginaFout(error, request);
  }
}

/** One POST = one step: parse it with the step's schema, call its one service function, redirect. */
export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const verzoekId = params.id ?? "";
  const formData = await leesFormulier(request);
  const intent = formData.get("intent");
  if (!isFormulier(intent))
    return data({ stap: "", resultaat: { status: "error" as const, error: { "": ["ongeldig"] } } }, { status: 400 });
  const typeVeld = formData.get("type");
  // The grounds that fit the request type are checked again by the service with the stored type.
  const type = isVerzoektype(typeVeld) ? typeVeld : "inzage";
  const submission = parseWithZod(formData, { schema: postSchema(intent, type) });
  if (submission.status !== "success") {
    const fouten = submission.error ?? {};
    // A missing or mangled version: the page is stale, whatever else is wrong.
    if (fouten.versie?.length || fouten.intent?.length) {
      return data(
        { stap: intent, resultaat: submission.reply({ formErrors: ["intussen_gewijzigd"] }) },
        { status: 409 },
      );
    }
    return data({ stap: intent, resultaat: submission.reply() }, { status: 400 });
  }
  const {
    intent: _intent,
    versie,
    ...invoer
  } = submission.value as { intent: Formulier; versie: number } & Record<string, unknown>;
  try {
    if (intent === "koppelen") await koppel(sessie, verzoekId, versie, invoer);
    else if (intent === "ontkoppelen") await ontkoppel(sessie, verzoekId, versie, invoer);
    else if (intent === "oppakken") await STAP_FUNCTIES.oppakken(sessie, verzoekId, versie, {});
    else await STAP_FUNCTIES[intent](sessie, verzoekId, versie, invoer as never);
  } catch (error) {
    const fout = await alsFormulierFout(error, request);
    // Another module's rule (e.g. a message check): shown as a general message, nothing changed.
    const code = isBehandelFoutCode(fout.code) ? fout.code : "ongeldig";
    const resultaat = fout.veld
      ? submission.reply({ fieldErrors: { [fout.veld]: [code] } })
      : submission.reply({ formErrors: [code] });
    return data({ stap: intent, resultaat }, { status: fout.status });
  }
  return redirect(`/backoffice/verzoeken/${encodeURIComponent(verzoekId)}?gedaan=${intent}`);
}

export default function VerzoekDetailPagina() {
  const { verzoek: v, kandidaten: lijst, gedaan, bijlagen } = useLoaderData<typeof loader>();
  // v3_singleFetch without the Future type flag types `data()` wrongly; the shape is the action's.
  const actionData = useActionData<typeof action>() as StapActieData | undefined;
  const navigation = useNavigation();
  const alles = useBerichten();
  const taal = useTaal();
  const t = alles.behandeling;
  const resultaat = (stap: string) =>
    navigation.state === "idle" && actionData?.stap === stap ? actionData.resultaat : undefined;
  const gemeen = { stappen: v.stappen, versie: v.versie, type: v.type, resultaat, alles, taal };
  const melding = !actionData && gedaan ? t.gedaan[gedaan] : undefined;
  const situatie = {
    status: v.status,
    ikBenBehandelaar: v.ikBenBehandelaar,
    identiteitOntbreekt: v.identiteitsStand.blokkade !== null,
    gekoppeld: v.client !== null,
  };
  const volgende = volgendeStap(situatie);

  return (
    <div className="pagina backoffice verzoek-detail" key={v.id}>
      <p className="terug-link">
        <Link to="/backoffice">{t.terug}</Link>
      </p>
      <h1>{t.titel(v.nummer)}</h1>
      <p className="mijn-ondertitel">{alles.rechten[v.type].naam}</p>
      {melding ? (
        <div className="melding" role="status">
          <p>{melding}</p>
        </div>
      ) : null}

      <VerzoekVolgorde id={v.id} volgende={volgende} stand={volgordeStand(situatie)} type={v.type} alles={alles} />

      {v.kindOverlegNodig ? (
        <KindOverleg {...gemeen} uitkomst={v.kindUitkomst} blokkade={v.toewijzingGeblokkeerd} />
      ) : null}

      <div className="detail-raster">
        <div>
          <VerzoekOverzicht v={v} alles={alles} taal={taal} />
          <VerzoekTermijnen v={v} alles={alles} taal={taal} />
          <VerzoekPersonen v={v} alles={alles} taal={taal} />
          <VerzoekDetails v={v} alles={alles} />
        </div>
        <div>
          {/* Keyed by version: after a step, every form starts empty again. */}
          <VerzoekActies
            key={`acties-${v.versie}`}
            stappen={v.stappen}
            versie={v.versie}
            type={v.type}
            status={v.status}
            volgende={volgende}
            behandelaarId={v.behandelaar?.id ?? null}
            collegas={v.collegas}
            afwijzingsgronden={v.afwijzingsgronden}
            toewijzingGeblokkeerd={v.toewijzingGeblokkeerd}
            verlengingMogelijk={v.verlengingMogelijk}
            deelafwijzingConcept={v.deelafwijzingConcept}
            resultaat={resultaat}
            alles={alles}
          />
        </div>
      </div>

      <VerzoekIdentiteit
        key={`identiteit-${v.versie}`}
        {...gemeen}
        controles={v.identiteitscontroles}
        stand={{ niveau: v.identiteit, ...v.identiteitsStand, relatie: v.indiener.relatie }}
        bijlagen={bijlagen}
      />
      <VerzoekKoppeling
        key={`koppeling-${v.versie}`}
        client={v.client}
        kandidaten={lijst}
        kanKoppelen={v.stappen.includes("koppelen")}
        versie={v.versie}
        type={v.type}
        resultaat={resultaat}
        alles={alles}
        taal={taal}
      />
      <VerzoekBerichten key={`berichten-${v.versie}`} {...gemeen} berichten={v.berichten} />
      <VerzoekBijlagen verzoekId={v.id} bijlagen={bijlagen} t={alles.bijlagen.medewerker} taal={taal} />
      <VerzoekBesluiten v={v} alles={alles} taal={taal} />
      <StaffTijdlijn items={v.tijdlijn} alles={alles} taal={taal} />

      {v.tussentijds.gevraagd ? (
        <section className="melding let-op" aria-labelledby="tussentijds-titel">
          <h2 id="tussentijds-titel">{alles.uitvoering.tussentijdsTitel}</h2>
          <p>{alles.uitvoering.tussentijdsGevraagd}</p>
          <p>
            {v.tussentijds.nu
              ? alles.uitvoering.tussentijdsNu(v.tussentijds.nu.aantal)
              : v.tussentijds.opgeheven
                ? alles.uitvoering.tussentijdsOpgeheven
                : alles.uitvoering.tussentijdsNogNiet}
          </p>
          {v.status !== "in_uitvoering" &&
          !v.tussentijds.opgeheven &&
          v.status !== "afgerond" &&
          v.status !== "ingetrokken" ? (
            <p>
              <Link to={`/backoffice/verzoeken/${v.id}/uitvoering`}>{alles.uitvoering.tussentijdsLink}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <ul className="audit-link">
        {v.client ? (
          <li>
            <Link to={`/backoffice/verzoeken/${v.id}/uitvoering#vs-titel`}>{alles.uitvoering.vsTitel}</Link>
          </li>
        ) : null}
        {v.status === "in_uitvoering" ? (
          <li>
            <Link to={`/backoffice/verzoeken/${v.id}/uitvoering`}>{t.uitvoeringLink}</Link>
          </li>
        ) : v.type === "verwijdering" && v.status === "in_behandeling" ? (
          <li>
            <Link to={`/backoffice/verzoeken/${v.id}/uitvoering`}>{alles.uitvoering.voorbereidLink}</Link>
          </li>
        ) : null}
        {v.type === "inzage" || v.type === "dataportabiliteit" ? (
          <li>
            <Link to={`/backoffice/verzoeken/${v.id}/pakket`}>
              {v.status === "in_uitvoering" || v.status === "afgerond" ? t.pakketLink : alles.achterhouding.detailLink}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={`/backoffice/verzoeken/${v.id}/documenten`}>{alles.bestanden.pagina.nieuw}</Link>
        </li>
        {v.client ? (
          <li>
            <Link to={`/backoffice/clienten/${v.client.id}/documenten`}>{alles.bestanden.dossier.link}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`/backoffice/verzoeken/${v.id}/audit`}>{t.auditLink}</Link>
        </li>
      </ul>
    </div>
  );
}
