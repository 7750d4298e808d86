import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import type { Taal } from "~/i18n/taal";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { logOveralUit } from "~/services/inloggen.server";
import { passkeysVan, verwijderPasskey, voltooiPasskeyRegistratie } from "~/services/passkeys.server";
import { vereisClient } from "~/http/sessie.server";
import { passkeyToevoegenSchema, PasskeyToevoegen } from "~/ui/passkey-toevoegen";
import { leesFormulier } from "~/server/invoer.server";
import { parseWithZod } from "~/server/zod.server";
import "~/i18n/teksten/inloggen";

const MELDINGEN = ["toegevoegd", "verwijderd"] as const;
type Melding = (typeof MELDINGEN)[number];

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].beveiliging.metaTitel }];
};

/** Date and time in Europe/Amsterdam, formatted on the server (the same text before and after hydration). */
function tijdstip(datum: Date, taal: Taal): string {
  return new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await vereisClient(request);
  const taal = await taalVanRequest(request);
  const passkeys = await passkeysVan({ accountId: sessie.account.id });
  const melding = new URL(request.url).searchParams.get("melding");
  return {
    email: sessie.account.email,
    passkeys: passkeys.map((p) => ({
      id: p.id,
      naam: p.naam,
      aangemaaktOp: tijdstip(p.aangemaaktOp, taal),
      laatstGebruiktOp: p.laatstGebruiktOp ? tijdstip(p.laatstGebruiktOp, taal) : null,
    })),
    melding: MELDINGEN.includes(melding as Melding) ? (melding as Melding) : null,
  };
}

function leesJson(value: FormDataEntryValue | null | undefined): unknown {
  if (typeof value !== "string" || value.length > 64_000) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const sessie = await vereisClient(request);
  const t = BERICHTEN[await taalVanRequest(request)].beveiliging;
  const formData = await leesFormulier(request);
  const eigenaar = { accountId: sessie.account.id };

  switch (formData.get("intent")) {
    case "passkey-toevoegen": {
      const submission = parseWithZod(formData, { schema: passkeyToevoegenSchema(t) });
      if (submission.status !== "success")
        return { soort: "toevoegen" as const, result: submission.reply(), fout: null };
      const resultaat = await voltooiPasskeyRegistratie(eigenaar, leesJson(submission.value.antwoord), {
        userVerification: "preferred",
        naam: submission.value.naam,
      });
      if (resultaat.ok) throw redirect("/mijn/beveiliging?melding=toegevoegd");
      return {
        soort: "toevoegen" as const,
        result: submission.reply(),
        fout: resultaat.reden === "al_geregistreerd" ? t.alToegevoegd : t.toevoegenMislukt,
      };
    }
    case "passkey-verwijderen": {
      const id = formData.get("passkeyId");
      const verwijderd = typeof id === "string" && id.length <= 1024 && (await verwijderPasskey(eigenaar, id));
      if (verwijderd) throw redirect("/mijn/beveiliging?melding=verwijderd");
      return { soort: "verwijderen" as const, result: null, fout: t.nietGevonden };
    }
    case "overal-uitloggen": {
      const uit = await logOveralUit(request);
      throw redirect("/inloggen?melding=overal-uitgelogd", uit ? { headers: { "Set-Cookie": uit.cookie } } : undefined);
    }
    default:
      throw new Response("Onbekende actie.", { status: 400 });
  }
}

export default function Beveiliging() {
  const { email, passkeys, melding } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useBerichten().beveiliging;

  return (
    <div className="pagina smal beveiliging">
      <h1>{t.titel}</h1>
      {melding ? (
        <p className="melding" role="status">
          {melding === "toegevoegd" ? t.toegevoegd : t.verwijderd}
        </p>
      ) : null}
      {actionData?.soort === "verwijderen" && actionData.fout ? (
        <p className="melding fout" role="alert">
          {actionData.fout}
        </p>
      ) : null}
      <p>{t.ingelogdAls(email)}</p>

      <section aria-labelledby="passkeys-titel">
        <h2 id="passkeys-titel">{t.passkeysTitel}</h2>
        <p>{t.passkeysUitleg}</p>
        {passkeys.length === 0 ? (
          <p>{t.geenPasskeys}</p>
        ) : (
          <div className="tabel-scroll">
            <table>
              <caption className="visueel-verborgen">{t.tabelTitel}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.kolomNaam}</th>
                  <th scope="col">{t.kolomAangemaakt}</th>
                  <th scope="col">{t.kolomGebruikt}</th>
                  <th scope="col">{t.kolomActie}</th>
                </tr>
              </thead>
              <tbody>
                {passkeys.map((p) => {
                  const naam = p.naam || t.zonderNaam;
                  return (
                    <tr key={p.id}>
                      <th scope="row">{naam}</th>
                      <td>{p.aangemaaktOp}</td>
                      <td>{p.laatstGebruiktOp ?? t.nooitGebruikt}</td>
                      <td>
                        <Form method="post" className="inline-formulier">
                          <input type="hidden" name="intent" value="passkey-verwijderen" />
                          <input type="hidden" name="passkeyId" value={p.id} />
                          <button type="submit" className="knop secundair" aria-label={t.verwijderLabel(naam)}>
                            {t.verwijderKnop}
                          </button>
                        </Form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <PasskeyToevoegen
        lastResult={actionData?.soort === "toevoegen" ? actionData.result : null}
        serverFout={actionData?.soort === "toevoegen" ? actionData : null}
      />

      <section aria-labelledby="overal-titel">
        <h2 id="overal-titel">{t.overalTitel}</h2>
        <p>{t.overalUitleg}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="overal-uitloggen" />
          <button type="submit" className="knop secundair">
            {t.overalKnop}
          </button>
        </Form>
      </section>
    </div>
  );
}
