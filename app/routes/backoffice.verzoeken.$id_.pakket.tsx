import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ACHTERHOUDING_TOELICHTING_MAX } from "~/domain/achterhouding";
import { MOTIVERING_MAX_TEKENS } from "~/domain/behandeling";
import { BERICHTEN } from "~/i18n/berichten";
import { formatDatum } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, useTaal, type RootData } from "~/root";
import { achterhoudingOverzicht, maakAchterhoudingOngedaan, voegAchterhoudingToe } from "~/services/achterhouding.server";
import { stelAfwijzingOp } from "~/services/behandeling.server";
import { leverPakket, pakketVoorbereiding } from "~/services/pakket.server";
import { alsFormulierFout, nietGevonden } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { Keuzegroep, Keuzelijst, Veld } from "~/ui/backoffice/verzoek-velden";
import { leesFormulier } from "~/server/invoer.server";

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

type ActieData = { fout: string; intent: string; itemId?: string; veld?: string };

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
    const body: ActieData = { fout: fout.tekst, intent, ...(intent === "achterhouden" ? { itemId: tekst("dossierItemId") } : {}), ...(veld ? { veld } : {}) };
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
                {t.soort[p.soort] ?? p.soort}: {t.gemaaktOp(formatDatum(p.aangemaaktOp, taal))}{" "}
                {p.beschikbaar
                  ? t.beschikbaarTot(`${formatDatum(p.verlooptOp, taal)} ${p.verlooptTijd}`, p.maxDownloads - p.aantalDownloads)
                  : p.reden === "limiet"
                    ? t.redenLimiet
                    : t.redenVerlopen}
              </li>
            ))}
          </ul>
        )}
      </section>

      {ah ? (
        <section aria-labelledby="achterhouding-titel" className="achterhouding">
          <h2 id="achterhouding-titel">{a.titel}</h2>
          <p>{a.uitleg}</p>
          {ah.blokkade ? <p className="melding let-op">{a.blokkade[ah.blokkade]}</p> : null}
          {ah.deelafwijzing ? <p className="melding">{a.deelafwijzing[ah.deelafwijzing.status] ?? ah.deelafwijzing.status}</p> : null}

          <h3 id="achterhoudingen-titel">{a.lijstTitel}</h3>
          {ah.achterhoudingen.length === 0 ? (
            <p>{a.geen}</p>
          ) : (
            <div className="tabel-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{a.kolomOnderdeel}</th>
                    <th scope="col">{a.kolomVeld}</th>
                    <th scope="col">{a.kolomGrond}</th>
                    <th scope="col">{a.kolomToelichting}</th>
                    <th scope="col">{a.kolomDoor}</th>
                    {ah.blokkade ? null : <th scope="col">{a.kolomActie}</th>}
                  </tr>
                </thead>
                <tbody>
                  {ah.achterhoudingen.map((r) => {
                    const wat = `${r.titel} – ${r.veld ?? a.heelOnderdeel}`;
                    return (
                      <tr key={r.id}>
                        <td>
                          {alles.pakket.categorie[r.categorie] ?? r.categorie}: {r.titel}
                        </td>
                        <td>{r.veld ?? a.heelOnderdeel}</td>
                        <td>{a.gronden[r.grond] ?? r.grond}</td>
                        <td>{r.toelichting}</td>
                        <td>{r.door ?? ""}</td>
                        {ah.blokkade ? null : (
                          <td>
                            <Form method="post">
                              <input type="hidden" name="intent" value="ongedaan" />
                              <input type="hidden" name="versie" value={ah.versie} />
                              <input type="hidden" name="achterhoudingId" value={r.id} />
                              <button type="submit" className="knop secundair" aria-label={a.ongedaanLabel(wat)}>
                                {a.ongedaanKnop}
                              </button>
                            </Form>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}

          {ah.concept ? (
            <section aria-labelledby="deelafwijzing-titel" className="stap">
              <h3 id="deelafwijzing-titel">{a.conceptTitel}</h3>
              <p className="stap-uitleg">{a.conceptUitleg}</p>
              <Form method="post" className="formulier">
                <input type="hidden" name="intent" value="deelafwijzing" />
                <input type="hidden" name="versie" value={ah.versie} />
                <Keuzegroep
                  id="deelafwijzing-gronden"
                  name="gronden"
                  legend={a.conceptGronden}
                  soort="checkbox"
                  gekozen={ah.concept.gronden}
                  fouten={actie?.intent === "deelafwijzing" && actie.veld === "gronden" ? [actie.fout] : []}
                  opties={ah.gronden.map((g) => ({ waarde: g, label: a.gronden[g] ?? g }))}
                />
                <Veld
                  id="deelafwijzing-motivering"
                  name="motivering"
                  label={a.motiveringLabel}
                  hint={a.motiveringHint}
                  defaultValue={ah.concept.motivering}
                  fouten={actie?.intent === "deelafwijzing" && actie.veld === "motivering" ? [actie.fout] : []}
                  meerregelig
                  rijen={5}
                  maxLength={MOTIVERING_MAX_TEKENS + 500}
                />
                <div className="knoppen">
                  <button type="submit" className="knop">
                    {a.conceptKnop}
                  </button>
                </div>
              </Form>
            </section>
          ) : null}

          <h3>{a.itemsTitel}</h3>
          {ah.items.length === 0 ? <p>{a.geenItems}</p> : null}
          {ah.items.map((item) => {
            const heel = ah.achterhoudingen.some((r) => r.dossierItemId === item.id && r.veld === null);
            const velden = new Set(ah.achterhoudingen.filter((r) => r.dossierItemId === item.id).map((r) => r.veld));
            const fout = actie?.intent === "achterhouden" && actie.itemId === item.id ? actie : undefined;
            const fid = (naam: string) => `ah-${item.id}-${naam}`;
            return (
              <article key={item.id} className="inzage-item" aria-labelledby={fid("titel")}>
                <h4 id={fid("titel")}>
                  {alles.pakket.categorie[item.categorie] ?? item.categorie}: {item.titel} {heel ? a.achtergehouden : null}
                </h4>
                <p className="hint">{a.vastgelegd(formatDatum(item.vastgelegd, taal))}</p>
                <dl>
                  {item.velden.map(([k, w]) => (
                    <div key={k}>
                      <dt>
                        {k} {velden.has(k) ? a.achtergehouden : null}
                      </dt>
                      <dd>{w}</dd>
                    </div>
                  ))}
                  {item.bestandsnaam ? (
                    <div>
                      <dt>{a.bestand}</dt>
                      <dd>{item.bestandsnaam}</dd>
                    </div>
                  ) : null}
                </dl>
                {ah.blokkade || heel ? null : (
                  <details className="stap stap-ingeklapt" open={fout ? true : undefined}>
                    <summary>{a.formulierTitel(item.titel)}</summary>
                    {fout ? (
                      <div className="melding fout" role="alert">
                        <p>{fout.fout}</p>
                      </div>
                    ) : null}
                    <Form method="post" className="formulier">
                      <input type="hidden" name="intent" value="achterhouden" />
                      <input type="hidden" name="versie" value={ah.versie} />
                      <input type="hidden" name="dossierItemId" value={item.id} />
                      <Keuzelijst
                        id={fid("veld")}
                        name="veld"
                        label={a.veldLabel}
                        leeg={a.heelOnderdeel}
                        opties={item.velden.filter(([k]) => !velden.has(k)).map(([k]) => ({ waarde: k, label: k }))}
                      />
                      <Keuzegroep
                        id={fid("grond")}
                        name="grond"
                        legend={a.grondLegend}
                        fouten={fout?.veld === "grond" ? [fout.fout] : []}
                        opties={ah.gronden.map((g) => ({ waarde: g, label: a.gronden[g] ?? g }))}
                      />
                      <Veld
                        id={fid("toelichting")}
                        name="toelichting"
                        label={a.toelichtingLabel}
                        hint={a.toelichtingHint}
                        fouten={fout?.veld === "toelichting" ? [fout.fout] : []}
                        meerregelig
                        rijen={3}
                        maxLength={ACHTERHOUDING_TOELICHTING_MAX + 100}
                      />
                      <div className="knoppen">
                        <button type="submit" className="knop secundair">
                          {a.knop}
                        </button>
                      </div>
                    </Form>
                  </details>
                )}
              </article>
            );
          })}
        </section>
      ) : null}
    </div>
  );
}
