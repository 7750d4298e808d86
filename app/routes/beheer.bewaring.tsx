import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BEWAAR_CATEGORIEEN } from "~/domain/bewaring";
import { controleerPortaalbewaring, PORTAALBEWARING_GRENZEN, type Portaalbewaring } from "~/domain/vernietiging";
import { BERICHTEN } from "~/i18n/geladen";
import "~/i18n/teksten/beheer";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { slaPortaalbewaringOp } from "~/services/beheer.server";
import { stopBijGeenToegang } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { bewaarOverzicht } from "~/services/vernietiging.server";
import { vasthoudOverzicht } from "~/services/vasthouden.server";
import { BewaringVastgehouden } from "~/ui/beheer/bewaring-vastgehouden";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";

/**
 * Destruction after the retention term (AVG art. 5 lid 1 sub e; docs/decisions/031): what the
 * nightly job destroys next, what it keeps and why, what it destroyed per run (counts only), and
 * how long the portal keeps its own records.
 */
export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.bewaring.metaTitel }];
};

const VELDEN = Object.keys(PORTAALBEWARING_GRENZEN) as (keyof Portaalbewaring)[];

export async function loader({ request }: LoaderFunctionArgs) {
  await vereisMedewerker(request, "beheer.instellingen");
  return {
    overzicht: await bewaarOverzicht(),
    vasthouden: await vasthoudOverzicht(),
    opgeslagen: new URL(request.url).searchParams.has("opgeslagen"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.instellingen");
  const t = BERICHTEN[await taalVanRequest(request)].beheer;
  const form = await leesFormulier(request);
  const invoer = Object.fromEntries(VELDEN.map((v) => [v, String(form.get(v) ?? "")]));
  const check = controleerPortaalbewaring(invoer);
  if (!check.ok) {
    const { veld, code, min, max } = check.fout;
    return data({ fout: { veld, tekst: t.bewaring.fout(t.bewaring[veld], code, min, max) }, invoer }, { status: 400 });
  }
  try {
    await slaPortaalbewaringOp(medewerker.id, check.waarde);
  } catch (e) {
    await stopBijGeenToegang(e, request);
    throw e;
  }
  return redirect("/beheer/bewaring?opgeslagen=1");
}

export default function Bewaring() {
  const { overzicht, vasthouden, opgeslagen } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as
    { fout: { veld: keyof Portaalbewaring; tekst: string }; invoer: Record<string, string> } | undefined;
  const alles = useBerichten();
  const taal = useTaal();
  const t = alles.beheer.bewaring;
  const fout = actie?.fout;
  const nu = BEWAAR_CATEGORIEEN.filter((c) => (overzicht.nuTeVernietigen[c] ?? 0) > 0);
  const maandNaam = (maand: string) =>
    new Intl.DateTimeFormat(taal === "en" ? "en-GB" : "nl-NL", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${maand}-01T00:00:00Z`));
  const datumNaam = (datum: string) =>
    new Intl.DateTimeFormat(taal === "en" ? "en-GB" : "nl-NL", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${datum}T00:00:00Z`));
  const som = (r: Partial<Record<string, number>>) => Object.values(r).reduce<number>((s, n) => s + (n ?? 0), 0);
  return (
    <div className="pagina">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      {opgeslagen && !actie ? (
        <p className="melding" role="status">
          {alles.beheer.opgeslagen}
        </p>
      ) : null}

      <section aria-labelledby="bw-nu">
        <h2 id="bw-nu">{t.nuTitel}</h2>
        {nu.length === 0 ? (
          <p>{t.nuLeeg}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.soort}</th>
                <th scope="col">{t.aantal}</th>
              </tr>
            </thead>
            <tbody>
              {nu.map((c) => (
                <tr key={c}>
                  <th scope="row">{t.categorieen[c]}</th>
                  <td>{overzicht.nuTeVernietigen[c]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {overzicht.teLaat > 0 ? <p className="melding waarschuwing">{t.teLaat(overzicht.teLaat)}</p> : null}
        <p>{t.verzoeken(overzicht.verzoekenNu, overzicht.verzoekenVerwacht)}</p>
      </section>

      <section aria-labelledby="bw-verwacht">
        <h2 id="bw-verwacht">{t.verwachtTitel}</h2>
        {overzicht.verwacht.length === 0 ? (
          <p>{t.verwachtLeeg}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.maand}</th>
                <th scope="col">{t.soort}</th>
                <th scope="col">{t.aantal}</th>
              </tr>
            </thead>
            <tbody>
              {overzicht.verwacht.map((r) => (
                <tr key={`${r.maand}-${r.categorie}`}>
                  <td>{maandNaam(r.maand)}</td>
                  <td>{t.categorieen[r.categorie]}</td>
                  <td>{r.aantal}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <BewaringVastgehouden vastgehouden={overzicht.vastgehouden} vh={vasthouden} />

      <section aria-labelledby="bw-rondes">
        <h2 id="bw-rondes">{t.rondesTitel}</h2>
        {overzicht.rondes.length === 0 ? (
          <p>{t.rondesLeeg}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.datum}</th>
                <th scope="col">{t.dossier}</th>
                <th scope="col">{t.bestanden}</th>
                <th scope="col">{t.opgeschoond}</th>
                <th scope="col">{t.toegangslog}</th>
              </tr>
            </thead>
            <tbody>
              {overzicht.rondes.map((r, i) => (
                <tr key={`${r.datum}-${i}`}>
                  <th scope="row">{datumNaam(r.datum)}</th>
                  <td>
                    {som(r.dossier.perCategorie)}
                    {som(r.dossier.perCategorie) > 0
                      ? ` (${BEWAAR_CATEGORIEEN.filter((c) => r.dossier.perCategorie[c])
                          .map((c) => `${t.categorieen[c]}: ${r.dossier.perCategorie[c]}`)
                          .join(", ")})`
                      : ""}
                  </td>
                  <td>{r.dossier.bestanden}</td>
                  <td>{r.verzoeken}</td>
                  <td>{r.toegangslog}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="bw-instellingen" className="smal">
        <h2 id="bw-instellingen">{t.instellingenTitel}</h2>
        <p>{t.instellingenIntro}</p>
        <Foutoverzicht
          titel={alles.beheer.foutTitel}
          fouten={fout ? [{ veldId: `bw-${fout.veld}`, tekst: fout.tekst }] : []}
          id="bewaring-fouten"
        />
        <Form method="post" noValidate>
          {VELDEN.map((v) => {
            const heeftFout = fout?.veld === v;
            return (
              <div className="veld" key={v}>
                <label htmlFor={`bw-${v}`}>{t[v]}</label>
                <p className="hint" id={`bw-${v}-hint`}>
                  {t[`${v}Hint`]}
                </p>
                {heeftFout ? (
                  <p className="veldfout" id={`bw-${v}-fout`}>
                    {fout.tekst}
                  </p>
                ) : null}
                <input
                  type="text"
                  inputMode="numeric"
                  id={`bw-${v}`}
                  name={v}
                  defaultValue={actie?.invoer[v] ?? String(overzicht.instellingen.portaal[v])}
                  aria-invalid={heeftFout ? true : undefined}
                  aria-describedby={heeftFout ? `bw-${v}-hint bw-${v}-fout` : `bw-${v}-hint`}
                />
              </div>
            );
          })}
          <div className="knoppen">
            <button type="submit" className="knop">
              {alles.beheer.opslaan}
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}
