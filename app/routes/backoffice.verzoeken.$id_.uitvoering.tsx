import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { DomainError } from "~/domain/errors";
import { BehandelFout } from "~/domain/behandeling";
import { BEWAAR_CATEGORIEEN, VERWIJDER_GRONDEN } from "~/domain/bewaring";
import { kiesVerwijderSelectie, zetBewaarUitzondering } from "~/services/verwijdering.server";
import { BERICHTEN } from "~/i18n/berichten";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { requireMedewerker } from "~/services/sessies.server";
import {
  honoreerBezwaar,
  schermAf,
  trekToestemmingIn,
  uitvoeringOverzicht,
  UitvoeringFout,
  registreerVerstrekkingBijVerzoek,
  voerCorrectieUit,
  voerVerwijderingUit,
} from "~/services/uitvoering.server";
import { schermTussentijdsAf } from "~/services/tussentijdse-afscherming.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";

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
    wijzigingen: z.array(z.object({ dossierItemId: z.string(), veld: z.string(), nieuweWaarde: tekst })).optional().default([]),
    nieuw: z.array(z.object({ dossierItemId: z.string(), veld: tekst, nieuweWaarde: tekst })).optional().default([]),
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
]);

/** The field an error belongs to, per form (for the error summary link and aria-invalid). */
const VELD_ID: Record<string, Record<string, string>> = {
  correctie: { default: "correctie-eerste" },
  verwijdering: { default: "verwijder-knop" },
  afscherming: { itemIds: "afscherm-item-0", reden: "afscherm-reden", default: "afscherm-item-0" },
  bezwaar: { default: "verwerking-0" },
  intrekking: { default: "toestemming-0" },
  selectie: { default: "selectie-item-0" },
  tussentijds: { default: "tussentijds-item-0" },
  verstrekking: { ontvanger: "vs-ontvanger", datum: "vs-datum", rechtsgrond: "vs-rechtsgrond", toestemmingId: "vs-toestemming", uitstelReden: "vs-uitstel", default: "vs-ontvanger" },
  uitzondering: { categorie: "uitzondering-categorie", grond: "uitzondering-grond", motivering: "uitzondering-motivering", default: "uitzondering-categorie" },
};

function sessieOf404(error: unknown): never {
  if (error instanceof UitvoeringFout && error.code === "niet_gevonden") throw new Response("Niet gevonden", { status: 404 });
  if (error instanceof UitvoeringFout && error.code === "geen_toegang") throw new Response(error.message, { status: 403 });
  throw error;
}

/** /backoffice/verzoeken/:id/uitvoering: carry out a granted correction, erasure, restriction, objection or consent withdrawal. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  try {
    return { overzicht: await uitvoeringOverzicht(sessie, params.id ?? "") };
  } catch (error) {
    sessieOf404(error);
  }
}

/** A value from the request's details as plain text (never raw JSON). */
function tekstVan(waarde: unknown): string {
  if (typeof waarde === "string") return waarde;
  if (typeof waarde === "number") return String(waarde);
  if (Array.isArray(waarde)) return waarde.map(tekstVan).filter(Boolean).join(", ");
  return "";
}

type ActieData = { actie: string; fout: { veldId: string; tekst: string } };

export async function action({ request, params }: ActionFunctionArgs) {
  const sessie = await requireMedewerker(request, ["backoffice", "directie"]);
  const t = BERICHTEN[await taalVanRequest(request)].uitvoering;
  const id = params.id ?? "";
  const submission = parseWithZod(await leesFormulier(request), { schema: Schema });
  if (submission.status !== "success") {
    return data({ actie: "onbekend", fout: { veldId: "uitvoering-titel", tekst: t.fouten.onbekend! } } satisfies ActieData, { status: 400 });
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
        await zetBewaarUitzondering(sessie, id, w.versie, { categorie: w.categorie, grond: w.grond || null, motivering: w.motivering });
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
    }
    return redirect(`/backoffice/verzoeken/${encodeURIComponent(id)}/uitvoering?klaar=1`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "niet_gevonden") throw new Response("Niet gevonden", { status: 404 });
    const veld = error instanceof UitvoeringFout || error instanceof BehandelFout ? error.veld : undefined;
    const ids = VELD_ID[w.actie]!;
    const veldId = (veld && ids[veld]) || ids.default!;
    const status = error.code === "intussen_gewijzigd" || error.code === "stap_niet_mogelijk" ? 409 : 400;
    const tekstVoor = (w.actie === "tussentijds" ? t.fouten[`tussentijds_${error.code}`] : undefined) ?? t.fouten[error.code] ?? t.fouten.onbekend!;
    return data({ actie: w.actie, fout: { veldId, tekst: tekstVoor } } satisfies ActieData, { status });
  }
}

export default function UitvoeringPagina() {
  const { overzicht: o } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActieData | undefined;
  const [params] = useSearchParams();
  const t = useBerichten().uitvoering;
  const taal = useTaal();
  const fout = actionData?.fout;
  const foutOp = (veldId: string) =>
    fout?.veldId === veldId ? { "aria-invalid": true as const, "aria-describedby": "uitvoering-fout" } : {};
  const veldFout = (veldId: string) =>
    fout?.veldId === veldId ? (
      <p className="veldfout" id="uitvoering-fout">
        {fout.tekst}
      </p>
    ) : null;
  const v = o.verzoek;
  const kan = v.status === "in_uitvoering";
  const details = Object.entries(v.details ?? {});
  // What the client asks, in words: the rows of a correction as a table (field, now, should be).
  const rijen = Array.isArray(v.details?.rijen) ? (v.details.rijen as Record<string, unknown>[]) : [];
  const overig = details.filter(([k, w]) => k !== "rijen" && k !== "type" && tekstVan(w) !== "");

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

      {v.type === "correctie" || v.type === "afscherming" ? (
        <section aria-labelledby="gevraagd-titel">
          <h2 id="gevraagd-titel">{t.gevraagdTitel}</h2>
          {details.length === 0 ? (
            <p>{t.geenDetails}</p>
          ) : (
            <>
              {rijen.length > 0 ? (
                <div className="tabel-scroll">
                  <table className="behandel-tabel correctie-gevraagd">
                    <caption>{t.gevraagdCaption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.gevraagdVeld}</th>
                        <th scope="col">{t.gevraagdNu}</th>
                        <th scope="col">{t.gevraagdMoetZijn}</th>
                        <th scope="col">{t.gevraagdWaarom}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rijen.map((r, i) => (
                        <tr key={i}>
                          <th scope="row" className="vrije-tekst">
                            {tekstVan(r.welk)}
                          </th>
                          <td className="vrije-tekst">{tekstVan(r.nu)}</td>
                          <td className="vrije-tekst">{tekstVan(r.moetZijn)}</td>
                          <td className="vrije-tekst">{tekstVan(r.waarom)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              {overig.length > 0 ? (
                <dl className="uitvoering-details">
                  {overig.map(([k, waarde]) => (
                    <div key={k}>
                      <dt>{t.gevraagdLabels[k] ?? k}</dt>
                      <dd className="vrije-tekst">{tekstVan(waarde)}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      {kan && v.type === "correctie" ? (
        <Form method="post" className="formulier">
          <input type="hidden" name="actie" value="correctie" />
          <input type="hidden" name="versie" value={String(v.versie)} />
          <h2>{t.dossierTitel}</h2>
          <p className="hint">{t.afgeschermdUitleg}</p>
          <p className="hint">{t.correctieHint}</p>
          {veldFout("correctie-eerste")}
          {o.dossier.length === 0 ? (
            <div className="melding let-op" id="correctie-leeg">
              <p>{t.leegDossierCorrectie}</p>
              <p>{t.leegDossierHoe}</p>
            </div>
          ) : null}
          {(() => {
            let n = 0;
            return o.dossier.map((item, k) => (
              <fieldset key={item.id} className="correctie-rij">
                <legend>
                  {item.titel} ({t.categorieen[item.categorie] ?? item.categorie})
                </legend>
                <div className="tabel-scroll">
                  <table className="behandel-tabel">
                    <thead>
                      <tr>
                        <th scope="col">{t.veld}</th>
                        <th scope="col">{t.huidig}</th>
                        <th scope="col">{t.nieuw}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(item.inhoud).map(([veld, waarde]) => {
                        const i = n++;
                        const inputId = i === 0 ? "correctie-eerste" : `correctie-${i}`;
                        return (
                          <tr key={veld}>
                            <th scope="row">{veld}</th>
                            <td>{waarde}</td>
                            <td>
                              <input type="hidden" name={`wijzigingen[${i}].dossierItemId`} value={item.id} />
                              <input type="hidden" name={`wijzigingen[${i}].veld`} value={veld} />
                              <label className="visueel-verborgen" htmlFor={inputId}>
                                {t.nieuwLabel(item.titel, veld)}
                              </label>
                              <input id={inputId} name={`wijzigingen[${i}].nieuweWaarde`} type="text" {...foutOp(inputId)} />
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                <input type="hidden" name={`nieuw[${k}].dossierItemId`} value={item.id} />
                <label htmlFor={`nieuw-veld-${k}`}>{t.aanvullingVeld(item.titel)}</label>
                <input id={`nieuw-veld-${k}`} name={`nieuw[${k}].veld`} type="text" maxLength={60} />
                <label htmlFor={`nieuw-waarde-${k}`}>{t.aanvullingWaarde(item.titel)}</label>
                <input id={`nieuw-waarde-${k}`} name={`nieuw[${k}].nieuweWaarde`} type="text" />
              </fieldset>
            ));
          })()}
          {o.dossier.length > 0 ? (
            <p className="knoppen">
              <button type="submit" className="knop">
                {t.correctieKnop}
              </button>
            </p>
          ) : null}
        </Form>
      ) : null}

      {o.tussentijds.gevraagd ? (
        <section aria-labelledby="tussentijds-titel">
          <h2 id="tussentijds-titel">{t.tussentijdsTitel}</h2>
          <p>{t.tussentijdsUitleg}</p>
          {o.tussentijds.nu ? <p className="melding">{t.tussentijdsNu(o.tussentijds.nu.aantal)}</p> : null}
          {o.tussentijds.opgeheven ? <p className="melding">{t.tussentijdsOpgeheven}</p> : null}
          {o.tussentijds.kanNu ? (
            <Form method="post">
              <input type="hidden" name="actie" value="tussentijds" />
              <input type="hidden" name="versie" value={String(v.versie)} />
              <fieldset>
                <legend>{t.tussentijdsLegend}</legend>
                {veldFout("tussentijds-item-0")}
                {o.dossier
                  .filter((i) => !o.tussentijds.itemIds.includes(i.id))
                  .map((i, n) => (
                    <p key={i.id}>
                      <input type="checkbox" id={`tussentijds-item-${n}`} name="itemIds" value={i.id} {...(n === 0 ? foutOp("tussentijds-item-0") : {})} />{" "}
                      <label htmlFor={`tussentijds-item-${n}`}>
                        {t.categorieen[i.categorie] ?? i.categorie}: {i.titel}
                      </label>
                    </p>
                  ))}
              </fieldset>
              <button type="submit" className="knop">
                {t.tussentijdsKnop}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {o.gekoppeld ? (
        <section aria-labelledby="vs-titel">
          <h2 id="vs-titel">{t.vsTitel}</h2>
          <p>{t.vsUitleg}</p>
          {params.get("verstrekking") ? (
            <p className="melding" role="status">
              {t.vsVastgelegd[params.get("verstrekking")!] ?? t.vsVastgelegd.gemeld}
            </p>
          ) : null}
          <Form method="post" className="formulier">
            <input type="hidden" name="actie" value="verstrekking" />
            <input type="hidden" name="versie" value={String(v.versie)} />
            <label htmlFor="vs-ontvanger">{t.vsOntvanger}</label>
            {veldFout("vs-ontvanger")}
            <input id="vs-ontvanger" name="ontvanger" type="text" maxLength={200} {...foutOp("vs-ontvanger")} />
            <label htmlFor="vs-email">{t.vsOntvangerEmail}</label>
            <input id="vs-email" name="ontvangerEmail" type="email" maxLength={320} />
            <label htmlFor="vs-datum">{t.vsDatum}</label>
            {veldFout("vs-datum")}
            <input id="vs-datum" name="datum" type="date" {...foutOp("vs-datum")} />
            <label htmlFor="vs-rechtsgrond">{t.vsRechtsgrond}</label>
            {veldFout("vs-rechtsgrond")}
            <input id="vs-rechtsgrond" name="rechtsgrond" type="text" maxLength={300} {...foutOp("vs-rechtsgrond")} />
            <label htmlFor="vs-toestemming">{t.vsToestemming}</label>
            {veldFout("vs-toestemming")}
            <select id="vs-toestemming" name="toestemmingId" {...foutOp("vs-toestemming")}>
              <option value="">{t.vsZonderToestemming}</option>
              {o.toestemmingen.map((ts) => (
                <option key={ts.id} value={ts.id}>
                  {ts.omschrijving}
                </option>
              ))}
            </select>
            <fieldset>
              <legend>{t.vsCategorieen}</legend>
              {Object.entries(t.categorieen).map(([code, naam]) => (
                <p key={code}>
                  <input type="checkbox" id={`vs-cat-${code}`} name="categorieen" value={code} />{" "}
                  <label htmlFor={`vs-cat-${code}`}>{naam}</label>
                </p>
              ))}
            </fieldset>
            <label htmlFor="vs-omschrijving">{t.vsOmschrijving}</label>
            <textarea id="vs-omschrijving" name="omschrijving" rows={3} maxLength={5000} />
            <label htmlFor="vs-uitstel">{t.vsUitstel}</label>
            <p className="hint" id="vs-uitstel-hint">
              {t.vsUitstelHint}
            </p>
            {veldFout("vs-uitstel")}
            <textarea id="vs-uitstel" name="uitstelReden" rows={2} maxLength={1000} aria-describedby="vs-uitstel-hint" {...(fout?.veldId === "vs-uitstel" ? { "aria-invalid": true } : {})} />
            <p className="knoppen">
              <button type="submit" className="knop">
                {t.vsKnop}
              </button>
            </p>
          </Form>
        </section>
      ) : null}

      {v.type === "verwijdering" && v.status === "in_behandeling" && o.plan ? (
        <section aria-labelledby="voorbereid-titel">
          <h2 id="voorbereid-titel">{t.voorbereidTitel}</h2>
          <p>{t.voorbereidUitleg}</p>
          {o.plan.omvang === "deel" ? (
            <Form method="post">
              <input type="hidden" name="actie" value="selectie" />
              <input type="hidden" name="versie" value={String(v.versie)} />
              <fieldset>
                <legend>{t.selectieLegend}</legend>
                {veldFout("selectie-item-0")}
                {o.dossier.map((i, n) => (
                  <p key={i.id}>
                    <input
                      type="checkbox"
                      id={`selectie-item-${n}`}
                      name="itemIds"
                      value={i.id}
                      defaultChecked={o.selectie.includes(i.id)}
                      {...(n === 0 ? foutOp("selectie-item-0") : {})}
                    />{" "}
                    <label htmlFor={`selectie-item-${n}`}>
                      {t.categorieen[i.categorie] ?? i.categorie}: {i.titel}
                    </label>
                  </p>
                ))}
              </fieldset>
              <button type="submit" className="knop">
                {t.selectieKnop}
              </button>
            </Form>
          ) : null}
          {o.plan.uitzonderingen.length > 0 ? (
            <ul>
              {o.plan.uitzonderingen.map((u) => (
                <li key={u.categorie}>
                  {t.categorieen[u.categorie] ?? u.categorie}: {t.verwijderGronden[u.grond]} — {u.motivering}{" "}
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="actie" value="uitzondering" />
                    <input type="hidden" name="versie" value={String(v.versie)} />
                    <input type="hidden" name="categorie" value={u.categorie} />
                    <input type="hidden" name="grond" value="" />
                    <button type="submit" className="knop secundair">
                      {t.uitzonderingWeg(t.categorieen[u.categorie] ?? u.categorie)}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          ) : null}
          <Form method="post">
            <input type="hidden" name="actie" value="uitzondering" />
            <input type="hidden" name="versie" value={String(v.versie)} />
            <fieldset>
              <legend>{t.uitzonderingLegend}</legend>
              <p>
                <label htmlFor="uitzondering-categorie">{t.categorie}</label>
                {veldFout("uitzondering-categorie")}
                <select id="uitzondering-categorie" name="categorie" {...foutOp("uitzondering-categorie")}>
                  {BEWAAR_CATEGORIEEN.map((c) => (
                    <option key={c} value={c}>
                      {t.categorieen[c] ?? c}
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label htmlFor="uitzondering-grond">{t.uitzonderingGrond}</label>
                {veldFout("uitzondering-grond")}
                <select id="uitzondering-grond" name="grond" {...foutOp("uitzondering-grond")}>
                  {VERWIJDER_GRONDEN.map((g) => (
                    <option key={g} value={g}>
                      {t.verwijderGronden[g]}
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label htmlFor="uitzondering-motivering">{t.uitzonderingMotivering}</label>
                {veldFout("uitzondering-motivering")}
                <textarea id="uitzondering-motivering" name="motivering" rows={3} {...foutOp("uitzondering-motivering")} />
              </p>
            </fieldset>
            <button type="submit" className="knop">
              {t.uitzonderingKnop}
            </button>
          </Form>
        </section>
      ) : null}

      {v.type === "verwijdering" && o.plan ? (
        <section aria-labelledby="plan-titel">
          <h2 id="plan-titel">{t.planTitel}</h2>
          <p>{o.plan.samenvatting[taal]}</p>
          <div className="tabel-scroll">
            <table className="behandel-tabel">
              <thead>
                <tr>
                  <th scope="col">{t.categorie}</th>
                  <th scope="col">{t.verwijderd}</th>
                  <th scope="col">{t.afgeschermd}</th>
                  <th scope="col">{t.reden}</th>
                </tr>
              </thead>
              <tbody>
                {o.plan.categorieen.map((c) => (
                  <tr key={c.categorie}>
                    <th scope="row">{t.categorieen[c.categorie] ?? c.categorie}</th>
                    <td>{c.verwijderd}</td>
                    <td>{c.afgeschermd}</td>
                    <td>
                      {c.redenen.map((r) => (
                        <span key={r.code} className="uitvoering-reden">
                          {r[taal]}
                          {r.bewarenTot ? ` (${t.bewarenTot(formatDatum(r.bewarenTot, taal, { weekday: false }))})` : ""}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {kan ? (
            <Form method="post">
              <input type="hidden" name="actie" value="verwijdering" />
              <input type="hidden" name="versie" value={String(v.versie)} />
              {veldFout("verwijder-knop")}
              <button id="verwijder-knop" type="submit" className="knop gevaar" {...foutOp("verwijder-knop")}>
                {t.verwijderKnop}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {kan && v.type === "afscherming" ? (
        <Form method="post" className="formulier">
          <input type="hidden" name="actie" value="afscherming" />
          <input type="hidden" name="versie" value={String(v.versie)} />
          <fieldset className="groep" {...(fout?.veldId === "afscherm-item-0" ? { "aria-describedby": "uitvoering-fout" } : {})}>
            <legend>{t.afschermLegend}</legend>
            {veldFout("afscherm-item-0")}
            {o.dossier.length === 0 ? <p>{t.leegDossier}</p> : null}
            {o.dossier.map((item, i) => (
              <div key={item.id} className="keuze">
                <input type="checkbox" id={`afscherm-item-${i}`} name="itemIds" value={item.id} />
                <label htmlFor={`afscherm-item-${i}`}>
                  {item.titel} ({t.categorieen[item.categorie] ?? item.categorie})
                </label>
              </div>
            ))}
          </fieldset>
          <label htmlFor="afscherm-reden">{t.afschermReden}</label>
          {veldFout("afscherm-reden")}
          <textarea id="afscherm-reden" name="reden" rows={3} maxLength={500} {...foutOp("afscherm-reden")} />
          <p className="knoppen">
            <button type="submit" className="knop">
              {t.afschermKnop}
            </button>
          </p>
        </Form>
      ) : null}

      {kan && v.type === "bezwaar" ? (
        <Form method="post" className="formulier">
          <input type="hidden" name="actie" value="bezwaar" />
          <input type="hidden" name="versie" value={String(v.versie)} />
          {o.verwerkingen.length === 0 ? (
            <p>{t.geenVerwerkingen}</p>
          ) : (
            <fieldset className="groep">
              <legend>{t.bezwaarLegend}</legend>
              {veldFout("verwerking-0")}
              {o.verwerkingen.map((vw, i) => (
                <div key={vw.sleutel} className="keuze">
                  <input type="radio" id={`verwerking-${i}`} name="verwerkingSleutel" value={vw.sleutel} required {...foutOp(`verwerking-${i}`)} />
                  <label htmlFor={`verwerking-${i}`}>{vw.naam}</label>
                </div>
              ))}
            </fieldset>
          )}
          <p className="hint">{t.bezwaarUitleg}</p>
          <p className="knoppen">
            <button type="submit" className="knop">
              {t.bezwaarKnop}
            </button>
          </p>
        </Form>
      ) : null}

      {kan && v.type === "intrekking_toestemming" ? (
        <Form method="post" className="formulier">
          <input type="hidden" name="actie" value="intrekking" />
          <input type="hidden" name="versie" value={String(v.versie)} />
          {o.toestemmingen.filter((ts) => !ts.ingetrokkenOp).length === 0 ? (
            <p>{t.geenToestemmingen}</p>
          ) : (
            <fieldset className="groep">
              <legend>{t.toestemmingLegend}</legend>
              {veldFout("toestemming-0")}
              {o.toestemmingen
                .filter((ts) => !ts.ingetrokkenOp)
                .map((ts, i) => (
                  <div key={ts.id} className="keuze">
                    <input type="radio" id={`toestemming-${i}`} name="toestemmingId" value={ts.id} required {...foutOp(`toestemming-${i}`)} />
                    <label htmlFor={`toestemming-${i}`}>
                      {ts.omschrijving} ({t.gegevenOp(formatDatum(ts.gegevenOp, taal, { weekday: false }))})
                    </label>
                  </div>
                ))}
            </fieldset>
          )}
          <p className="hint" id="intrek-per-hint">
            {t.perHint(formatDatum(v.ontvangenOp, taal, { weekday: false }))}
          </p>
          <p className="knoppen">
            <button type="submit" className="knop">
              {t.intrekKnop}
            </button>
          </p>
        </Form>
      ) : null}

      {v.type === "correctie" || v.type === "verwijdering" || v.type === "afscherming" ? (
        <section aria-labelledby="meldingen-titel">
          <h2 id="meldingen-titel">{t.meldingenTitel}</h2>
          {o.meldingen.length === 0 ? (
            <p>{t.geenMeldingen}</p>
          ) : (
            <ul>
              {o.meldingen.map((m) => (
                <li key={`${m.ontvanger}:${m.soort}`}>
                  {m.ontvanger}: <strong>{m.perPost ? t.perPost : t.perEmail}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
