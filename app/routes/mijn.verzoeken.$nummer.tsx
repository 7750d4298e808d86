import type { SubmissionResult } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { DomainError } from "~/domain/errors";
import { BERICHT_MAX_TEKENS, normaliseerTekst } from "~/domain/bericht";
import { amsterdamDate } from "~/domain/calendar";
import type { Berichten } from "~/i18n/berichten";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { antwoordVanClient, watUVroeg } from "~/services/mijn.server";
import { besluitenVoorClient } from "~/services/ondertekening.server";
import { pakkettenVoorClient } from "~/services/pakket.server";
import { nietGevonden } from "~/http/fouten.server";
import { vereisClient, vereisEigenVerzoek } from "~/http/sessie.server";
import { BerichtenSectie, useBerichtFormulier } from "~/ui/mijn/berichten";
import { OverHetVerzoek, VerzoekMeldingen, VerzoekTermijn } from "~/ui/mijn/verzoek-status";
import { PakketDownloads } from "~/ui/pakket-downloads";
import { Tijdlijn } from "~/ui/tijdlijn";
import { WatUVroeg } from "~/ui/wat-u-vroeg";
import { parseWithZod, z } from "~/server/zod.server";
import { MB, toegestaneSoorten } from "~/domain/bestanden";
import { bestandsregels } from "~/services/bestandscontrole.server";
import {
  BIJLAGE_VELD,
  MAX_BIJLAGEN_PER_BERICHT,
  bijlagenVanMijnVerzoek,
  ruimBestandenOp,
} from "~/services/bijlagen.server";
import { formulierVanClient } from "~/http/bijlagen.server";
import { BewijsVanVertegenwoordiging } from "~/ui/bijlagen";
import "~/i18n/teksten/mijn";
import "~/i18n/teksten/pakketten";
import "~/i18n/teksten/brieven";
import "~/i18n/teksten/bestanden";
import "~/i18n/teksten/rechten";

export const meta: MetaFunction<typeof loader> = ({ matches, params }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].mijn.verzoekMetaTitel(params.nummer ?? "") }];
};

type ActieData = { resultaat: SubmissionResult<string[]> };

/** /mijn/verzoeken/:nummer: status, deadlines, timeline, messages, documents, withdrawal. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sessie, verzoek } = await vereisEigenVerzoek(request, params.nummer);
  // The signed decision letters (refusals, extensions): app/services/ondertekening.server.ts.
  const besluiten = await besluitenVoorClient(sessie, verzoek.nummer);
  // Export packages (inzage copy, portability) and who downloaded them: app/services/pakket.server.ts.
  const pakketten = await pakkettenVoorClient(sessie, verzoek.nummer);
  // Files sent with messages or as proof of authority (docs/decisions/032), and the rules for new ones.
  const bijlagen = await bijlagenVanMijnVerzoek(sessie, verzoek.nummer);
  const regels = bestandsregels();
  const bestandsregelsWeergave = {
    soorten: toegestaneSoorten(regels),
    maxMb: Math.floor(regels.maxBytesPerBestand / MB),
    max: MAX_BIJLAGEN_PER_BERICHT,
  };
  const gevraagd = watUVroeg(verzoek.gevraagd, await taalVanRequest(request));
  return { verzoek, gevraagd, besluiten, pakketten, bijlagen, bestandsregels: bestandsregelsWeergave };
}

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
    return redirect(`/mijn/verzoeken/${encodeURIComponent(nummer)}?verstuurd=${klokHervat ? "antwoord" : "bericht"}`);
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

export default function StatusPagina() {
  const { verzoek, gevraagd, besluiten, pakketten, bijlagen, bestandsregels } = useLoaderData<typeof loader>();
  // v3_singleFetch without the Future type flag types `data()` wrongly; the shape is the action's.
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const [zoek] = useSearchParams();
  const alles = useBerichten();
  const t = alles.mijn;
  const taal = useTaal();
  const bericht = useBerichtFormulier(actionData?.resultaat);

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
        {alles.rechten[verzoek.type].naam}
        {verzoek.voor ? ` – ${t.voor(verzoek.voor)}` : null}
      </p>

      {succes ? (
        <div className="melding" role="status">
          <p>{succes}</p>
        </div>
      ) : null}

      <VerzoekMeldingen verzoek={verzoek} berichtVeldId={bericht.fields.tekst.id} />

      <OverHetVerzoek verzoek={verzoek} />

      <WatUVroeg regels={gevraagd} titel={t.gevraagdTitel} />
      {verzoek.tussentijds.gevraagd ? (
        <section aria-labelledby="tussentijds-titel">
          <h2 id="tussentijds-titel">{t.tussentijdsTitel}</h2>
          <p>
            {verzoek.tussentijds.nu
              ? t.tussentijdsNu(verzoek.tussentijds.nu.aantal)
              : verzoek.tussentijds.opgeheven
                ? t.tussentijdsOpgeheven(
                    formatDatum(amsterdamDate(new Date(verzoek.tussentijds.opgeheven.op)), taal, { weekday: false }),
                  )
                : t.tussentijdsGevraagd}
          </p>
        </section>
      ) : null}

      <VerzoekTermijn verzoek={verzoek} />

      <section aria-labelledby="tijdlijn-titel">
        <h2 id="tijdlijn-titel">{t.tijdlijnTitel}</h2>
        <Tijdlijn items={verzoek.tijdlijn} t={t.tijdlijn} taal={taal} leeg={t.tijdlijnLeeg} />
      </section>

      <BerichtenSectie
        verzoek={verzoek}
        formulier={bericht}
        bijlagen={bijlagen}
        bestandsregels={bestandsregels}
        bijlageVeld={BIJLAGE_VELD}
      />

      {verzoek.voor && verzoek.kanBerichtSturen ? (
        <BewijsVanVertegenwoordiging
          t={alles.bijlagen.client}
          weigeringen={alles.bestanden.weigering}
          nummer={verzoek.nummer}
          regels={bestandsregels}
          eerder={bijlagen.filter((x) => x.doel === "vertegenwoordiging")}
          melding={zoek.get("bewijs") === "ontvangen"}
          fout={zoek.get("bewijsFout")}
          naam={BIJLAGE_VELD}
        />
      ) : null}

      {besluiten.length > 0 ? (
        <section aria-labelledby="besluiten-titel">
          <h2 id="besluiten-titel">{alles.brieven.besluitenTitel}</h2>
          <ul className="besluiten-brieven">
            {besluiten.map((b) => (
              <li key={b.id}>
                <Link to={`/mijn/verzoeken/${encodeURIComponent(verzoek.nummer)}/besluit/${b.id}`}>
                  {alles.brieven.besluitLink(b.onderwerp, formatDatum(b.datum, taal))}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="documenten-titel">
        <h2 id="documenten-titel">{pakketten.length > 0 ? alles.pakketten.lijstTitel : t.documentenTitel}</h2>
        {pakketten.length > 0 ? (
          <PakketDownloads nummer={verzoek.nummer} pakketten={pakketten} t={alles.pakketten} taal={taal} />
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
