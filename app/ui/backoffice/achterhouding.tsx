import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { ACHTERHOUDING_TOELICHTING_MAX } from "~/domain/achterhouding";
import { MOTIVERING_MAX_TEKENS } from "~/domain/behandeling";
import { formatDatum } from "~/i18n/taal";
import { useBerichten, useTaal } from "~/root";
import type { AchterhoudingOverzicht } from "~/services/achterhouding.server";
import { Keuzegroep, Keuzelijst, Veld } from "./verzoek-velden";
import "~/i18n/teksten/pakket";

/** The last refused action of the package page: its message, and where it belongs. */
export type PakketActieFout = { fout: string; intent: string; itemId?: string; veld?: string };

/**
 * Withholding before the decision (docs/decisions/013): the entries or
 * fields withheld so far, the partial refusal that follows from them, and per dossier entry a form
 * to withhold it or one of its fields.
 */
export function AchterhoudingSectie({
  ah,
  actie,
}: {
  ah: SerializeFrom<AchterhoudingOverzicht>;
  actie: PakketActieFout | undefined;
}) {
  const alles = useBerichten();
  const a = alles.achterhouding;
  const taal = useTaal();
  return (
    <section aria-labelledby="achterhouding-titel" className="achterhouding">
      <h2 id="achterhouding-titel">{a.titel}</h2>
      <p>{a.uitleg}</p>
      {ah.blokkade ? <p className="melding let-op">{a.blokkade[ah.blokkade]}</p> : null}
      {ah.deelafwijzing ? (
        <p className="melding">{a.deelafwijzing[ah.deelafwijzing.status] ?? ah.deelafwijzing.status}</p>
      ) : null}

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
  );
}
