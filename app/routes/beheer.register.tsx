import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { huidigRegister, legVerwerkingVast } from "~/services/beheer.server";
import { alsFormulierFout } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.register.metaTitel }];
};

const TEKSTVELDEN = [
  "sleutel",
  "naam",
  "doel",
  "rechtsgrond",
  "categorieen",
  "ontvangers",
  "bewaartermijn",
  "bron",
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await vereisMedewerker(request, "beheer.instellingen");
  return { register: await huidigRegister(), opgeslagen: new URL(request.url).searchParams.has("opgeslagen") };
}

const lijst = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export async function action({ request }: ActionFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.instellingen");
  const form = await leesFormulier(request);
  try {
    await legVerwerkingVast(medewerker.id, {
      sleutel: String(form.get("sleutel") ?? ""),
      naam: String(form.get("naam") ?? ""),
      doel: String(form.get("doel") ?? ""),
      rechtsgrond: String(form.get("rechtsgrond") ?? ""),
      categorieen: lijst(form.get("categorieen")),
      ontvangers: lijst(form.get("ontvangers")),
      bewaartermijn: String(form.get("bewaartermijn") ?? ""),
      bron: String(form.get("bron") ?? ""),
      bezwaarMogelijk: form.get("bezwaarMogelijk") === "ja",
      geautomatiseerdeBesluitvorming: String(form.get("geautomatiseerdeBesluitvorming") ?? ""),
      doorgifteBuitenEer: String(form.get("doorgifteBuitenEer") ?? ""),
      geldigVanaf: String(form.get("geldigVanaf") ?? ""),
    });
  } catch (e) {
    const fout = await alsFormulierFout(e, request);
    // Worded here by code and parameters, never the service's own (Dutch) message.
    const alles = BERICHTEN[await taalVanRequest(request)];
    const p = e instanceof DomainError ? (e.parameters ?? {}) : {};
    const labels = alles.beheer.register as unknown as Record<string, unknown>;
    const naamVan = (veld: string) => (typeof labels[veld] === "string" ? (labels[veld] as string) : veld);
    const tekst =
      fout.code === "ongeldige_invoer"
        ? alles.registerFouten.ongeldige_invoer(
            String(p.velden ?? "")
              .split(",")
              .filter(Boolean)
              .map(naamVan)
              .join(", "),
          )
        : fout.code === "datum_te_vroeg"
          ? alles.registerFouten.datum_te_vroeg(String(p.datum ?? ""), Number(p.versie))
          : fout.code === "ongeldige_datum"
            ? alles.registerFouten.ongeldige_datum
            : fout.tekst;
    return data(
      { fout: tekst, waarden: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])) },
      { status: fout.status },
    );
  }
  return redirect("/beheer/register?opgeslagen=1");
}

export default function Register() {
  const { register, opgeslagen } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as { fout: string; waarden: Record<string, string> } | undefined;
  const alles = useBerichten();
  const t = alles.beheer.register;
  const w = actie?.waarden ?? {};
  return (
    <div className="pagina">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      {opgeslagen && !actie ? (
        <p className="melding" role="status">
          {alles.beheer.opgeslagen}
        </p>
      ) : null}
      {register.length === 0 ? (
        <p>{t.leeg}</p>
      ) : (
        <div className="tabel-scroll" tabIndex={0} role="region" aria-label={t.titel}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.naam}</th>
                <th scope="col">{t.doel}</th>
                <th scope="col">{t.rechtsgrond}</th>
                <th scope="col">{t.categorieen}</th>
                <th scope="col">{t.ontvangers}</th>
                <th scope="col">{t.bewaartermijn}</th>
                <th scope="col">{t.bron}</th>
                <th scope="col">{t.geautomatiseerd}</th>
                <th scope="col">{t.doorgifte}</th>
                <th scope="col">{t.versie}</th>
              </tr>
            </thead>
            <tbody>
              {register.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    {v.naam} <span className="hint">({v.sleutel})</span>
                  </th>
                  <td>{v.doel}</td>
                  <td>
                    {v.rechtsgrond}
                    <br />
                    {t.bezwaar}: {v.bezwaarMogelijk ? t.ja : t.nee}
                  </td>
                  <td>{v.categorieen.join(", ")}</td>
                  <td>{v.ontvangers.join(", ")}</td>
                  <td>{v.bewaartermijn}</td>
                  <td>{v.bron}</td>
                  <td>{v.geautomatiseerdeBesluitvorming ?? t.geen}</td>
                  <td>{v.doorgifteBuitenEer ?? t.geen}</td>
                  <td>
                    {v.versie} ({v.geldigVanaf})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="register-nieuw">
        <h2 id="register-nieuw">{t.toevoegen}</h2>
        {actie ? (
          <p className="melding fout" role="alert" id="register-fout">
            {actie.fout}
          </p>
        ) : null}
        <Form method="post" noValidate aria-describedby={actie ? "register-fout" : undefined}>
          {TEKSTVELDEN.map((v) => (
            <div key={v}>
              <label htmlFor={`reg-${v}`}>{t[v]}</label>
              <input type="text" id={`reg-${v}`} name={v} defaultValue={w[v] ?? ""} />
            </div>
          ))}
          <label htmlFor="reg-geautomatiseerd">{t.geautomatiseerd}</label>
          <p className="hint" id="reg-geautomatiseerd-hint">
            {t.geautomatiseerdHint}
          </p>
          <textarea
            id="reg-geautomatiseerd"
            name="geautomatiseerdeBesluitvorming"
            rows={3}
            aria-describedby="reg-geautomatiseerd-hint"
            defaultValue={w.geautomatiseerdeBesluitvorming ?? ""}
          />
          <label htmlFor="reg-doorgifte">{t.doorgifte}</label>
          <p className="hint" id="reg-doorgifte-hint">
            {t.doorgifteHint}
          </p>
          <textarea
            id="reg-doorgifte"
            name="doorgifteBuitenEer"
            rows={3}
            aria-describedby="reg-doorgifte-hint"
            defaultValue={w.doorgifteBuitenEer ?? ""}
          />
          <label htmlFor="reg-geldigVanaf">{t.geldigVanaf}</label>
          <input type="date" id="reg-geldigVanaf" name="geldigVanaf" defaultValue={w.geldigVanaf ?? ""} />
          <div className="keuze">
            <input
              type="checkbox"
              id="reg-bezwaar"
              name="bezwaarMogelijk"
              value="ja"
              defaultChecked={w.bezwaarMogelijk === "ja"}
            />
            <label htmlFor="reg-bezwaar">{t.bezwaar}</label>
          </div>
          <div className="knoppen">
            <button type="submit" className="knop">
              {t.opslaan}
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}
