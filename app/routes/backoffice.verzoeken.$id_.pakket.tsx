import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import {
  achterhoudingOverzicht,
  maakAchterhoudingOngedaan,
  voegAchterhoudingToe,
} from "~/services/achterhouding.server";
import { stelAfwijzingOp } from "~/services/behandeling.server";
import { leverPakket, pakketVoorbereiding } from "~/services/pakket.server";
import { alsFormulierFout, nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { AchterhoudingSectie, type PakketActieFout } from "~/ui/backoffice/achterhouding";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/pakket";
import "~/i18n/teksten/behandeling";
import "~/i18n/teksten/pakketten";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const nummer = (d as { verzoek?: { nummer: string } } | undefined)?.verzoek?.nummer ?? "";
  return [{ title: BERICHTEN[root?.taal ?? "nl"].pakket.maakMetaTitel(nummer) }];
};

/**
 * /backoffice/verzoeken/:id/pakket: "Pakket maken" (backoffice, directie). Builds the encrypted
 * package for a granted inzage or portability request matched to a client, e-mails the client and,
 * for a transfer to another provider, that provider (app/services/pakket.server.ts `leverPakket`).
 * Before the decision, the backoffice withholds entries or fields here and drafts the partial
 * refusal that follows from it (app/services/achterhouding.server.ts, docs/decisions/013).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const v = await pakketVoorbereiding(sessie, params.id ?? "");
  if (!v) throw await nietGevonden(request);
  const achterhouding = await achterhoudingOverzicht(sessie, v.verzoek.id);
  return { ...v, achterhouding };
}

type ActieData = PakketActieFout;

const INTENTS = ["pakket", "achterhouden", "ongedaan", "deelafwijzing"] as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await vereisMedewerker(request, "verzoek.behandelen");
  const berichten = BERICHTEN[await taalVanRequest(request)];
  const t = berichten.pakket;
  const a = berichten.achterhouding;
  const id = params.id ?? "";
  const form = await leesFormulier(request);
  const ruw = form.get("intent");
  const intent = (INTENTS as readonly unknown[]).includes(ruw) ? (ruw as (typeof INTENTS)[number]) : "pakket";
  const versie = Number(form.get("versie"));
  const tekst = (naam: string) => (typeof form.get(naam) === "string" ? (form.get(naam) as string) : "");
  const terug = `/backoffice/verzoeken/${encodeURIComponent(id)}/pakket`;
  try {
    if (intent === "pakket") {
      await leverPakket(sessie, id);
      return redirect(`${terug}?gemaakt=1`);
    }
    if (intent === "achterhouden") {
      await voegAchterhoudingToe(sessie, id, versie, {
        dossierItemId: tekst("dossierItemId"),
        veld: tekst("veld"),
        grond: tekst("grond"),
        toelichting: tekst("toelichting"),
      });
      return redirect(`${terug}?gedaan=achterhouden#achterhoudingen-titel`);
    }
    if (intent === "ongedaan") {
      await maakAchterhoudingOngedaan(sessie, id, versie, { achterhoudingId: tekst("achterhoudingId") });
      return redirect(`${terug}?gedaan=ongedaan#achterhoudingen-titel`);
    }
    await stelAfwijzingOp(sessie, id, versie, {
      soort: "gedeeltelijke_afwijzing",
      gronden: form.getAll("gronden").filter((g): g is string => typeof g === "string"),
      motivering: tekst("motivering"),
    });
    return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}?gedaan=afwijzing`);
  } catch (error) {
    // The texts of the form that was sent, by code; never the error's own message.
    const teksten: Record<string, string | undefined> =
      intent === "pakket"
        ? { ...a.pakketFouten, ...t.maakFouten }
        : intent === "deelafwijzing"
          ? { ...a.fouten, ...berichten.behandeling.fouten }
          : { ...a.fouten };
    const fout = await alsFormulierFout(error, request, teksten);
    const veld = fout.veld;
    const body: ActieData = {
      fout: fout.tekst,
      intent,
      ...(intent === "achterhouden" ? { itemId: tekst("dossierItemId") } : {}),
      ...(veld ? { veld } : {}),
    };
    return data(body, { status: fout.status });
  }
}

export default function PakketMaken() {
  const v = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as ActieData | undefined;
  const [zoek] = useSearchParams();
  const navigation = useNavigation();
  const alles = useBerichten();
  const t = alles.pakket;
  const a = alles.achterhouding;
  const taal = useTaal();
  const blokkade = v.blokkade ? (t.maakFouten[v.blokkade] ?? a.pakketFouten[v.blokkade]) : null;
  const gedaan = zoek.get("gedaan");
  const ah = v.achterhouding;
  return (
    <div className="pagina backoffice pakket-maken">
      <p className="terug-link">
        <Link to={`/backoffice/verzoeken/${v.verzoek.id}`}>{t.terugNaarVerzoek}</Link>
      </p>
      <h1>{t.maakTitel(v.verzoek.nummer)}</h1>
      {zoek.get("gemaakt") === "1" && !actie ? (
        <p className="melding" role="status">
          {t.gemaakt}
        </p>
      ) : null}
      {gedaan && a.gedaan[gedaan] && !actie ? (
        <p className="melding" role="status">
          {a.gedaan[gedaan]}
        </p>
      ) : null}
      {actie?.fout ? (
        <div className="melding fout" role="alert">
          <p>{actie.fout}</p>
        </div>
      ) : null}
      <p>{t.maakUitleg}</p>
      {v.verzoek.type === "dataportabiliteit" ? (
        <section aria-labelledby="portabel-titel" className="melding">
          <h2 id="portabel-titel">{t.portabelTitel}</h2>
          <p>{t.portabelWel}</p>
          <p>{t.portabelNiet}</p>
          <ul>
            {t.portabelNietLijst.map((regel) => (
              <li key={regel}>{regel}</li>
            ))}
          </ul>
          <p>{t.portabelInzage}</p>
        </section>
      ) : null}
      {v.ontvanger ? <p>{t.maakOntvanger(v.ontvanger.naam, v.ontvanger.email)}</p> : null}
      {blokkade ? (
        <p className="melding let-op">{blokkade}</p>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="pakket" />
          <button type="submit" className="knop" disabled={navigation.state === "submitting"}>
            {t.maakKnop}
          </button>
        </Form>
      )}
      <section aria-labelledby="pakketten-titel">
        <h2 id="pakketten-titel">{t.bestaandeTitel}</h2>
        {v.pakketten.length === 0 ? (
          <p>{t.geenPakketten}</p>
        ) : (
          <ul>
            {v.pakketten.map((p) => (
              <li key={p.id}>
                {alles.pakketten.soort[p.soort] ?? p.soort}:{" "}
                {alles.pakketten.gemaaktOp(formatDatum(p.aangemaaktOp, taal))}{" "}
                {p.beschikbaar
                  ? alles.pakketten.beschikbaarTot(
                      `${formatDatum(p.verlooptOp, taal)} ${p.verlooptTijd}`,
                      p.maxDownloads - p.aantalDownloads,
                    )
                  : p.reden === "limiet"
                    ? alles.pakketten.redenLimiet
                    : alles.pakketten.redenVerlopen}
              </li>
            ))}
          </ul>
        )}
      </section>

      {ah ? <AchterhoudingSectie ah={ah} actie={actie} /> : null}
    </div>
  );
}
