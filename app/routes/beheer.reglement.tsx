import { leesEuroBedrag } from "~/domain/artikel15";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { DEFAULT_REGLEMENT, type Period } from "~/domain/deadlines";
import { VERZOEKTYPEN, type Verzoektype } from "~/domain/request-types";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { ReglementGeweigerd, slaReglementOp, type ReglementInvoer } from "~/services/beheer.server";
import { getOrganisatie } from "~/services/organisatie.server";
import { stopBijGeenToegang } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/beheer";
import "~/i18n/teksten/rechten";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.reglement.metaTitel }];
};

const EENHEDEN = ["weeks", "months", "workingDays"] as const;
type Eenheid = (typeof EENHEDEN)[number];
type Wat = "target" | "execution";
/** Form values: "inzage.target.aantal" → "4", "inzage.target.eenheid" → "weeks", …. */
type Waarden = Record<string, string>;

function periodeNaarWaarden(w: Waarden, sleutel: string, p: unknown) {
  const period = p as Record<string, number> | undefined;
  const eenheid = period ? (EENHEDEN.find((e) => e in period) ?? "weeks") : "weeks";
  w[`${sleutel}.aantal`] = period ? String(period[eenheid]) : "";
  w[`${sleutel}.eenheid`] = eenheid;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await vereisMedewerker(request, "beheer.instellingen");
  const org = await getOrganisatie();
  const w: Waarden = {};
  for (const type of VERZOEKTYPEN) {
    const termijn =
      (org.reglement[type] as { target: unknown; execution?: unknown } | undefined) ?? DEFAULT_REGLEMENT[type];
    periodeNaarWaarden(w, `${type}.target`, termijn.target);
    periodeNaarWaarden(w, `${type}.execution`, termijn.execution);
  }
  w.extraSluitingsdagen = org.extraSluitingsdagen.join("\n");
  w.downloadGeldigDagen = String(org.downloadGeldigDagen);
  w.maxDownloads = String(org.maxDownloads);
  w.kostenExtraKopie = `${Math.floor(org.kostenExtraKopieCent / 100)},${String(org.kostenExtraKopieCent % 100).padStart(2, "0")}`;
  return { waarden: w, opgeslagen: new URL(request.url).searchParams.has("opgeslagen") };
}

function leesPeriode(form: FormData, sleutel: string): Period | undefined | "ongeldig" {
  const aantal = String(form.get(`${sleutel}.aantal`) ?? "").trim();
  const eenheid = String(form.get(`${sleutel}.eenheid`) ?? "");
  if (aantal === "") return undefined;
  if (!/^\d{1,4}$/.test(aantal) || !(EENHEDEN as readonly string[]).includes(eenheid)) return "ongeldig";
  return { [eenheid]: Number(aantal) } as Period;
}

export async function action({ request }: ActionFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.instellingen");
  const taal = await taalVanRequest(request);
  const form = await leesFormulier(request);
  const waarden: Waarden = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") waarden[k] = v;
  const fouten: Record<string, string> = {};
  const termijnen: ReglementInvoer["termijnen"] = {};
  for (const type of VERZOEKTYPEN) {
    const target = leesPeriode(form, `${type}.target`);
    const execution = leesPeriode(form, `${type}.execution`);
    // An empty decision deadline is as wrong as an impossible one: parsePeriod gives the reason.
    termijnen[type] = {
      target: target === "ongeldig" || target === undefined ? { weeks: 0 } : target,
      ...(execution === "ongeldig" ? { execution: { weeks: 0 } } : execution ? { execution } : {}),
    };
  }
  const invoer: ReglementInvoer = {
    termijnen,
    extraSluitingsdagen: String(form.get("extraSluitingsdagen") ?? "")
      .split(/[\s,]+/)
      .filter(Boolean),
    downloadGeldigDagen: Number(form.get("downloadGeldigDagen") || NaN),
    maxDownloads: Number(form.get("maxDownloads") || NaN),
    kostenExtraKopieCent: leesEuroBedrag(String(form.get("kostenExtraKopie") ?? "")) ?? NaN,
  };
  try {
    await slaReglementOp(medewerker.id, invoer);
  } catch (e) {
    if (e instanceof ReglementGeweigerd) {
      // Each reason in the language the beheerder chose (Reason: nl and en).
      for (const [k, reden] of Object.entries(e.fouten)) fouten[k] = reden[taal];
      return data({ fouten, waarden }, { status: 400 });
    }
    await stopBijGeenToegang(e, request);
    throw e;
  }
  return redirect("/beheer/reglement?opgeslagen=1");
}

function veldId(sleutel: string) {
  return `rg-${sleutel.replace(/\./g, "-")}`;
}

export default function Reglement() {
  const { waarden, opgeslagen } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as { fouten: Record<string, string>; waarden: Waarden } | undefined;
  const alles = useBerichten();
  const t = alles.beheer.reglement;
  const fouten = actie?.fouten ?? {};
  const w = actie?.waarden ?? waarden;
  const doelVeld = (k: string) =>
    k.endsWith(".target") || k.endsWith(".execution") ? `${veldId(k)}-aantal` : veldId(k);
  const veldFouten = Object.entries(fouten).map(([k, tekst]) => ({ veldId: doelVeld(k), tekst }));

  const periode = (type: Verzoektype, wat: Wat) => {
    const sleutel = `${type}.${wat}`;
    const id = veldId(sleutel);
    const fout = fouten[sleutel];
    const recht = alles.rechten[type].naam;
    const watTekst = wat === "target" ? t.doel : t.uitvoering;
    return (
      <td>
        <label htmlFor={`${id}-aantal`} className="visueel-verborgen">
          {t.aantal(recht, watTekst)}
        </label>
        {fout ? (
          <p className="veldfout" id={`${id}-fout`}>
            {fout}
          </p>
        ) : null}
        <input
          type="text"
          inputMode="numeric"
          className="beheer-aantal"
          id={`${id}-aantal`}
          name={`${sleutel}.aantal`}
          defaultValue={w[`${sleutel}.aantal`] ?? ""}
          aria-invalid={fout ? true : undefined}
          aria-describedby={fout ? `${id}-fout` : undefined}
        />
        <label htmlFor={`${id}-eenheid`} className="visueel-verborgen">
          {t.eenheid(recht, watTekst)}
        </label>
        <select
          id={`${id}-eenheid`}
          name={`${sleutel}.eenheid`}
          defaultValue={w[`${sleutel}.eenheid`] ?? "weeks"}
          className="beheer-eenheid"
        >
          {EENHEDEN.map((e: Eenheid) => (
            <option key={e} value={e}>
              {t.eenheden[e]}
            </option>
          ))}
        </select>
      </td>
    );
  };

  const getal = (naam: "downloadGeldigDagen" | "maxDownloads" | "kostenExtraKopie") => (
    <div>
      <label htmlFor={veldId(naam)}>{t[naam]}</label>
      {fouten[naam] ? (
        <p className="veldfout" id={`${veldId(naam)}-fout`}>
          {fouten[naam]}
        </p>
      ) : null}
      <input
        type="text"
        inputMode="numeric"
        id={veldId(naam)}
        name={naam}
        defaultValue={w[naam] ?? ""}
        aria-invalid={fouten[naam] ? true : undefined}
        aria-describedby={fouten[naam] ? `${veldId(naam)}-fout` : undefined}
      />
    </div>
  );

  return (
    <div className="pagina">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      {opgeslagen && !actie ? (
        <p className="melding" role="status">
          {alles.beheer.opgeslagen}
        </p>
      ) : null}
      <Foutoverzicht titel={alles.beheer.foutTitel} fouten={veldFouten} id="reglement-fouten" />
      <Form method="post" noValidate>
        <div className="tabel-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.recht}</th>
                <th scope="col">{t.doel}</th>
                <th scope="col">{t.uitvoering}</th>
                <th scope="col">{t.wettelijk}</th>
              </tr>
            </thead>
            <tbody>
              {VERZOEKTYPEN.map((type) => (
                <tr key={type}>
                  <th scope="row">{alles.rechten[type].naam}</th>
                  {periode(type, "target")}
                  {periode(type, "execution")}
                  <td>{t.wettelijkTekst}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <label htmlFor={veldId("extraSluitingsdagen")}>{t.sluitingsdagen}</label>
        <p className="hint" id="rg-sluitingsdagen-hint">
          {t.sluitingsdagenHint}
        </p>
        {fouten.extraSluitingsdagen ? (
          <p className="veldfout" id={`${veldId("extraSluitingsdagen")}-fout`}>
            {fouten.extraSluitingsdagen}
          </p>
        ) : null}
        <textarea
          id={veldId("extraSluitingsdagen")}
          name="extraSluitingsdagen"
          defaultValue={w.extraSluitingsdagen ?? ""}
          aria-invalid={fouten.extraSluitingsdagen ? true : undefined}
          aria-describedby={`rg-sluitingsdagen-hint${fouten.extraSluitingsdagen ? ` ${veldId("extraSluitingsdagen")}-fout` : ""}`}
        />
        {getal("downloadGeldigDagen")}
        {getal("maxDownloads")}
        {getal("kostenExtraKopie")}
        <div className="knoppen">
          <button type="submit" className="knop">
            {alles.beheer.opslaan}
          </button>
        </div>
      </Form>
    </div>
  );
}
