import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { IMPORT_MAX_BODY } from "~/server/http.server";
import { leesFormulier } from "~/server/invoer.server";
import { ImportGeweigerd, proefImport, voerImportUit, type ImportPlan } from "~/services/import.server";
import { stopBijGeenToegang } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.import.metaTitel }];
};

const MAX_BYTES = 2 * 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  await vereisMedewerker(request, "beheer.importeren");
  return null;
}

type Resultaat = { soort: "proef" | "echt" | "geweigerd"; plan: ImportPlan } | { soort: "fout"; tekst: string };

export async function action({ request }: ActionFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.importeren");
  const t = BERICHTEN[await taalVanRequest(request)].beheer;
  let form: FormData;
  try {
    // The file, or the same JSON pasted as text: each up to 2 MB (the server entry allows 5 MB bodies here).
    form = await leesFormulier(request, {
      maxBytes: IMPORT_MAX_BODY,
      waardeTekens: MAX_BYTES,
      bestanden: { bestand: MAX_BYTES },
    });
  } catch (e) {
    if (e instanceof Response && e.status === 413)
      return data({ soort: "fout", tekst: t.import.teGroot } as Resultaat, { status: 413 });
    throw e;
  }
  const bestand = form.get("bestand");
  let tekst = String(form.get("tekst") ?? "");
  if (bestand instanceof File && bestand.size > 0) tekst = await bestand.text();
  if (tekst.trim() === "") return data({ soort: "fout", tekst: t.import.geenInvoer } as Resultaat, { status: 400 });
  try {
    if (form.get("intent") === "importeren") {
      return { soort: "echt", plan: await voerImportUit(medewerker.id, tekst) } as Resultaat;
    }
    return { soort: "proef", plan: await proefImport(medewerker.id, tekst) } as Resultaat;
  } catch (e) {
    if (e instanceof ImportGeweigerd) return data({ soort: "geweigerd", plan: e.plan } as Resultaat, { status: 400 });
    await stopBijGeenToegang(e, request);
    throw e;
  }
}

export default function Import() {
  const resultaat = useActionData<typeof action>() as Resultaat | undefined;
  const t = useBerichten().beheer.import;
  const taal = useTaal();
  const plan = resultaat && resultaat.soort !== "fout" ? resultaat.plan : null;
  // Reasons come in Dutch and English (Reason): shown in the language the beheerder chose.
  const bestandsfout = resultaat?.soort === "fout" ? resultaat.tekst : plan?.fout ? plan.fout[taal] : null;

  return (
    <div className="pagina">
      <h1>{t.titel}</h1>
      <p>{t.intro}</p>
      <p className="hint">
        {t.formaat} <Link to="/beheer/import/formaat">{t.formaatLink}</Link>
      </p>
      {bestandsfout ? (
        <div className="melding fout" role="alert">
          <p>{bestandsfout}</p>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <label htmlFor="import-bestand">{t.bestand}</label>
        <input type="file" id="import-bestand" name="bestand" accept=".json,.csv,application/json,text/csv" />
        <label htmlFor="import-tekst">{t.tekst}</label>
        <p className="hint" id="import-tekst-hint">
          {t.tekstHint}
        </p>
        <textarea id="import-tekst" name="tekst" aria-describedby="import-tekst-hint" spellCheck={false} />
        <div className="knoppen">
          <button type="submit" name="intent" value="proef" className="knop">
            {t.proef}
          </button>
          <button type="submit" name="intent" value="importeren" className="knop secundair">
            {t.echt}
          </button>
        </div>
      </Form>

      {plan && !plan.fout ? (
        <section aria-labelledby="import-resultaat" className="import-resultaat">
          <h2 id="import-resultaat" tabIndex={-1}>
            {resultaat?.soort === "echt" ? t.resultaatEcht : t.resultaatProef}
          </h2>
          {resultaat?.soort === "geweigerd" ? (
            <p className="melding fout" role="alert">
              {t.geweigerd}
            </p>
          ) : null}
          <p role="status">
            {t.telling(
              plan.telling.aanmaken,
              plan.telling.wijzigen,
              plan.telling.ongewijzigd,
              plan.telling.afgewezen,
              plan.telling.overgeslagen,
            )}
          </p>
          <div className="tabel-scroll" tabIndex={0} role="region" aria-label={t.resultaatProef}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.regel}</th>
                  <th scope="col">{t.soort}</th>
                  <th scope="col">{t.sleutel}</th>
                  <th scope="col">{t.actie}</th>
                  <th scope="col">{t.reden}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rijen.map((r) => (
                  <tr
                    key={`${r.soort}-${r.regel}-${r.sleutel}`}
                    className={r.actie === "afgewezen" ? "import-afgewezen" : undefined}
                  >
                    <td>{r.regel}</td>
                    <td>{r.soort}</td>
                    <td>{r.sleutel}</td>
                    <td>
                      {/* After the real import the rows say what was done ("Aangemaakt"), not what will be. */}
                      <strong>{(resultaat?.soort === "echt" ? t.actiesGedaan : t.acties)[r.actie]}</strong>
                    </td>
                    <td>{r.reden[taal]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
