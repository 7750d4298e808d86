import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { MEDEWERKER_ROLLEN, type MedewerkerRol } from "../../db/schema";
import { DomainError } from "~/domain/errors";
import { BERICHTEN } from "~/i18n/geladen";
import type { Taal } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { deactiveerMedewerker, medewerkersOverzicht, wijzigRollen } from "~/services/beheer.server";
import { nodigMedewerkerUit } from "~/services/medewerkers.server";
import { stopBijGeenToegang } from "~/http/fouten.server";
import { vereisMedewerker } from "~/http/sessie.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import "~/i18n/teksten/beheer";

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beheer.medewerkers.metaTitel }];
};

const MELDINGEN = ["uitgenodigd", "gedeactiveerd", "rollen"] as const;

function tijdstip(d: Date, taal: Taal) {
  return new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeZone: "Europe/Amsterdam",
  }).format(d);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.medewerkers");
  const taal = await taalVanRequest(request);
  const lijst = await medewerkersOverzicht(medewerker.id);
  const url = new URL(request.url);
  const melding = url.searchParams.get("melding");
  return {
    lijst: lijst.map((m) => ({
      ...m,
      passkeys: m.passkeys.map((p) => ({ id: p.id, naam: p.naam, aangemaaktOp: tijdstip(p.aangemaaktOp, taal) })),
    })),
    melding: (MELDINGEN as readonly string[]).includes(melding ?? "") ? (melding as (typeof MELDINGEN)[number]) : null,
    email: url.searchParams.get("email")?.slice(0, 254) ?? "",
  };
}

type Fout = { veld: "email" | "naam" | "rol" | "algemeen"; tekst: string; medewerkerId?: string };

export async function action({ request }: ActionFunctionArgs) {
  const { medewerker } = await vereisMedewerker(request, "beheer.medewerkers");
  const t = BERICHTEN[await taalVanRequest(request)].beheer.medewerkers;
  const form = await leesFormulier(request);
  const intent = String(form.get("intent") ?? "");
  const doelId = String(form.get("medewerkerId") ?? "");
  try {
    if (intent === "uitnodigen") {
      const email = String(form.get("email") ?? "").trim();
      const naam = String(form.get("naam") ?? "").trim();
      await nodigMedewerkerUit({
        email,
        naam: naam || undefined,
        rol: String(form.get("rol") ?? "") as MedewerkerRol,
        door: medewerker.id,
      });
      return redirect(`/beheer/medewerkers?melding=uitgenodigd&email=${encodeURIComponent(email.toLowerCase())}`);
    }
    if (intent === "rollen") {
      await wijzigRollen(medewerker.id, doelId, form.getAll("rollen").map(String));
      return redirect("/beheer/medewerkers?melding=rollen");
    }
    if (intent === "deactiveren") {
      await deactiveerMedewerker(medewerker.id, doelId);
      return redirect("/beheer/medewerkers?melding=gedeactiveerd");
    }
    return data({ fout: { veld: "algemeen", tekst: t.fouten.onbekend } satisfies Fout }, { status: 400 });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    await stopBijGeenToegang(e, request);
    const tekst = t.fouten[e.code as keyof typeof t.fouten] ?? t.fouten.onbekend;
    const veld: Fout["veld"] =
      intent === "uitnodigen"
        ? e.code === "ongeldig_email"
          ? "email"
          : e.code === "ongeldige_naam"
            ? "naam"
            : e.code === "ongeldige_rol"
              ? "rol"
              : "algemeen"
        : "algemeen";
    return data({ fout: { veld, tekst, medewerkerId: doelId } satisfies Fout }, { status: 400 });
  }
}

export default function Medewerkers() {
  const { lijst, melding, email } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as { fout: Fout } | undefined;
  const alles = useBerichten();
  const t = alles.beheer.medewerkers;
  const fout = actie?.fout;
  const veldFout = (v: Fout["veld"]) => (fout?.veld === v ? fout.tekst : null);
  const overzicht = fout && fout.veld !== "algemeen" ? [{ veldId: `uit-${fout.veld}`, tekst: fout.tekst }] : [];

  const invoer = (v: "email" | "naam", type: string) => (
    <div>
      <label htmlFor={`uit-${v}`}>{t[v]}</label>
      {veldFout(v) ? (
        <p className="veldfout" id={`uit-${v}-fout`}>
          {veldFout(v)}
        </p>
      ) : null}
      <input
        type={type}
        id={`uit-${v}`}
        name={v}
        required={v === "email"}
        autoComplete="off"
        aria-invalid={veldFout(v) ? true : undefined}
        aria-describedby={veldFout(v) ? `uit-${v}-fout` : undefined}
      />
    </div>
  );

  return (
    <div className="pagina">
      <h1>{t.titel}</h1>
      {melding && !actie ? (
        <p className="melding" role="status">
          {melding === "uitgenodigd"
            ? t.uitgenodigd(email)
            : melding === "rollen"
              ? t.rollenGewijzigd
              : t.gedeactiveerd}
        </p>
      ) : null}
      {fout?.veld === "algemeen" ? (
        <p className="melding fout" role="alert">
          {fout.tekst}
        </p>
      ) : null}
      <Foutoverzicht titel={alles.beheer.foutTitel} fouten={overzicht} id="medewerker-fouten" />

      <section aria-labelledby="uitnodigen-titel">
        <h2 id="uitnodigen-titel">{t.uitnodigenTitel}</h2>
        <p>{t.uitnodigenUitleg}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="uitnodigen" />
          {invoer("email", "email")}
          {invoer("naam", "text")}
          <label htmlFor="uit-rol">{t.rol}</label>
          <select id="uit-rol" name="rol" defaultValue="backoffice">
            {MEDEWERKER_ROLLEN.map((r) => (
              <option key={r} value={r}>
                {t.rollen[r]}
              </option>
            ))}
          </select>
          <div className="knoppen">
            <button type="submit" className="knop">
              {t.uitnodigen}
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="lijst-titel">
        <h2 id="lijst-titel">{t.tabelLabel}</h2>
        <div className="tabel-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.naam}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.passkeys}</th>
                <th scope="col">{t.acties}</th>
              </tr>
            </thead>
            <tbody>
              {lijst.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.naam}
                    <br />
                    <span className="hint">{m.email}</span>
                  </th>
                  <td>
                    {m.actief ? t.actief : t.inactief}
                    <br />
                    {m.rollen.map((r) => t.rollen[r]).join(", ")}
                  </td>
                  <td>
                    {m.passkeys.length === 0 ? (
                      t.geenPasskeys
                    ) : (
                      <ul>
                        {m.passkeys.map((p) => (
                          <li key={p.id}>
                            {p.naam || "passkey"} ({p.aangemaaktOp})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {m.actief ? (
                      <>
                        <Form method="post">
                          <input type="hidden" name="intent" value="rollen" />
                          <input type="hidden" name="medewerkerId" value={m.id} />
                          <fieldset>
                            <legend>{t.rollenWijzigen(m.naam)}</legend>
                            {MEDEWERKER_ROLLEN.map((r) => (
                              <div className="keuze" key={r}>
                                <input
                                  type="checkbox"
                                  id={`rol-${m.id}-${r}`}
                                  name="rollen"
                                  value={r}
                                  defaultChecked={m.rollen.includes(r)}
                                />
                                <label htmlFor={`rol-${m.id}-${r}`}>{t.rollen[r]}</label>
                              </div>
                            ))}
                          </fieldset>
                          <button type="submit" className="link-knop">
                            {t.rollenOpslaan}
                          </button>
                        </Form>
                        <Form method="post">
                          <input type="hidden" name="intent" value="deactiveren" />
                          <input type="hidden" name="medewerkerId" value={m.id} />
                          <p className="hint">{t.deactiverenUitleg}</p>
                          <button type="submit" className="link-knop">
                            {t.deactiveren(m.naam)}
                          </button>
                        </Form>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
