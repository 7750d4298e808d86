import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import type { Berichten } from "~/i18n/berichten";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { ontvangerPagina, vraagOntvangerCodeAan } from "~/services/ontvanger.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/pakket";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [
    { title: BERICHTEN[root?.taal ?? "nl"].pakket.ontvangerMetaTitel },
    { name: "referrer", content: "same-origin" },
  ];
};

/**
 * /ontvanger/:token: a receiving care provider (AVG art. 20 lid 2) asks for a one-time code, sent
 * only to the address the client named, and downloads with it (POST to ./download). Nothing about
 * the client is shown here: the link may have been forwarded.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const pagina = await ontvangerPagina(params.token ?? "");
  // One plain page for a link that does not work, with a status the provider's tools and logs see:
  // 404 for a link we never made, 410 for one that expired or was downloaded as often as allowed.
  if (!pagina) return json({ bekend: false as const, status: 404 as const }, { status: 404 });
  if (!pagina.beschikbaar) return json({ bekend: false as const, status: 410 as const }, { status: 410 });
  return json({ bekend: true as const, naam: pagina.naam, emailHint: pagina.emailHint });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await leesFormulier(request);
  const taal = await taalVanRequest(request);
  const t = BERICHTEN[taal].pakket;
  const r = await vraagOntvangerCodeAan(params.token ?? "", { taal });
  if (r.ok) return { melding: t.ontvangerCodeVerstuurd, fout: null };
  if (r.reden === "te_vaak") return { melding: null, fout: t.fouten.te_vaak(r.wachtSeconden) };
  const status = r.reden === "niet_gevonden" ? 404 : 410;
  return json({ melding: null, fout: status === 404 ? t.ontvangerOnbekend : t.ontvangerNietBeschikbaar }, { status });
}

/** The message for a failed download (the download route sends the reason back in the URL). */
function foutTekst(t: Berichten["pakket"], fout: string | null): string | null {
  switch (fout) {
    case "code_verplicht":
    case "onjuist":
      return fout === "onjuist" ? t.fouten.onjuist : t.fouten.code_verplicht;
    case "geblokkeerd":
      return t.fouten.geblokkeerd;
    case "verlopen_code":
      return t.fouten.verlopen_code;
    case "geen_code":
      return t.fouten.geen_code;
    case "identiteit":
      return t.fouten.identiteit;
    default:
      return null;
  }
}

export default function OntvangerPagina() {
  const d = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const [zoek] = useSearchParams();
  const t = useBerichten().pakket;
  if (!d.bekend) {
    return (
      <div className="pagina smal ontvanger">
        <h1>{t.ontvangerTitel}</h1>
        <p className="melding let-op">{d.status === 404 ? t.ontvangerOnbekend : t.ontvangerNietBeschikbaar}</p>
      </div>
    );
  }
  const fout = foutTekst(t, zoek.get("fout"));
  const fouten = fout ? [{ veldId: "ontvanger-code", tekst: fout }] : [];
  return (
    <div className="pagina smal ontvanger">
      <h1>{t.ontvangerTitel}</h1>
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} id="ontvanger-fouten" />
      <p>{t.ontvangerIntro(d.naam)}</p>
      <section aria-labelledby="stap-1">
        <h2 id="stap-1">{t.ontvangerStap1}</h2>
        <p>{t.ontvangerCodeUitleg(d.emailHint)}</p>
        {actie?.melding ? (
          <p className="melding" role="status">
            {actie.melding}
          </p>
        ) : null}
        {actie?.fout ? (
          <p className="melding let-op" role="alert">
            {actie.fout}
          </p>
        ) : null}
        <Form method="post">
          <button type="submit" className="knop secundair">
            {t.ontvangerCodeKnop}
          </button>
        </Form>
      </section>
      <section aria-labelledby="stap-2">
        <h2 id="stap-2">{t.ontvangerStap2}</h2>
        {/* A native POST (reloadDocument), so the browser saves the ZIP it gets back. */}
        <Form method="post" action="download" relative="path" reloadDocument>
          <label htmlFor="ontvanger-code">{t.codeLabel}</label>
          {fout ? (
            <p className="veldfout" id="ontvanger-code-fout">
              {fout}
            </p>
          ) : null}
          <input
            id="ontvanger-code"
            name="code"
            className="code-invoer"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            required
            pattern="\s*[0-9]{3}[\s\-]?[0-9]{3}\s*"
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? "ontvanger-code-fout" : undefined}
          />
          <p>
            <button type="submit" className="knop">
              {t.downloadOntvangerKnop}
            </button>
          </p>
        </Form>
      </section>
    </div>
  );
}
