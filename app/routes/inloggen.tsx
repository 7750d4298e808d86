import { getFormProps, getInputProps, useForm } from "~/ui/formulier";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import type { Berichten } from "~/i18n/berichten";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { vraagCodeAan } from "~/services/email-codes.server";
import { logInMetPasskey } from "~/services/inloggen.server";
import { getSessie, veiligTerugpad } from "~/services/sessies.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { PasskeyInloggen } from "~/ui/passkey-inloggen";
import { leesFormulier } from "~/server/invoer.server";
import { parseWithZod, z } from "~/server/zod.server";
import "~/i18n/teksten/inloggen";

/** Step 1 of the code sign-in: the e-mail address (checked on the server). */
function emailSchema(t: Berichten["inloggen"]) {
  return z.object({
    email: z
      .string({ error: t.emailLeeg })
      .trim()
      .min(1, t.emailLeeg)
      .max(254, t.emailOngeldig)
      .pipe(z.email({ error: t.emailOngeldig })),
    terug: z.string().optional(),
  });
}

/** Where step 2 lives; the address travels in the URL, the code check binds it. */
function codeStapUrl(email: string, terug: string | null | undefined): string {
  const params = new URLSearchParams({ email });
  if (terug) params.set("terug", terug);
  return `/inloggen/code?${params.toString()}`;
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].inloggen.metaTitel }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const terug = url.searchParams.get("terug");
  const sessie = await getSessie(request);
  if (sessie?.soort === "client") throw redirect(veiligTerugpad(terug));
  return {
    terug: terug ? veiligTerugpad(terug) : "",
    overalUitgelogd: url.searchParams.get("melding") === "overal-uitgelogd",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const taal = await taalVanRequest(request);
  const t = BERICHTEN[taal].inloggen;
  const formData = await leesFormulier(request);
  const terugVeld = formData.get("terug");
  const terug = typeof terugVeld === "string" && terugVeld ? veiligTerugpad(terugVeld) : "";

  if (formData.get("intent") === "passkey") {
    const resultaat = await logInMetPasskey(leesJson(formData.get("antwoord")));
    if (resultaat.ok) throw redirect(veiligTerugpad(terug), { headers: { "Set-Cookie": resultaat.cookie } });
    return { soort: "passkey" as const, fout: t.passkeyMislukt };
  }

  const submission = parseWithZod(formData, { schema: emailSchema(t) });
  if (submission.status !== "success") return { soort: "email" as const, result: submission.reply(), wacht: null };
  const aanvraag = await vraagCodeAan({ email: submission.value.email, doel: "inloggen", taal });
  if (!aanvraag.ok) {
    return {
      soort: "email" as const,
      result: submission.reply(),
      wacht: {
        seconden: aanvraag.wachtSeconden,
        geldigeCode: aanvraag.geldigeCode,
        codeUrl: codeStapUrl(submission.value.email, terug),
      },
    };
  }
  throw redirect(codeStapUrl(submission.value.email, terug));
}

function leesJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string" || value.length > 64_000) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export default function Inloggen() {
  const { terug, overalUitgelogd } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useBerichten().inloggen;
  const [form, fields] = useForm<z.input<ReturnType<typeof emailSchema>>>({
    id: "inloggen-email",
    lastResult: actionData?.soort === "email" ? actionData.result : undefined,
    // Checked on the server only, as without JavaScript: zod stays out of the browser (docs/decisions/029).
  });
  const wacht = actionData?.soort === "email" ? actionData.wacht : undefined;
  const fouten = (fields.email.errors ?? []).map((tekst) => ({ veldId: fields.email.id, tekst }));
  const { key: emailKey, ...emailProps } = getInputProps(fields.email, {
    type: "email",
    ariaDescribedBy: fields.email.descriptionId,
  });

  return (
    <div className="pagina smal inloggen">
      <h1>{t.titel}</h1>
      {overalUitgelogd ? <p className="melding">{t.overalUitgelogd}</p> : null}
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} />
      {wacht ? (
        <div className="melding let-op" role="alert">
          <p>{t.teVaak(wacht.seconden, wacht.geldigeCode)}</p>
          {wacht.geldigeCode ? (
            <p>
              {t.alEenCode} <Link to={wacht.codeUrl}>{t.codeInvullen}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <p>{t.intro}</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="terug" value={terug} />
        <label htmlFor={fields.email.id}>{t.emailLabel}</label>
        <p className="hint" id={fields.email.descriptionId}>
          {t.emailHint}
        </p>
        {fields.email.errors?.[0] ? (
          <p className="veldfout" id={fields.email.errorId}>
            {fields.email.errors[0]}
          </p>
        ) : null}
        <input {...emailProps} key={emailKey} autoComplete="email" spellCheck={false} required />
        <p>
          <button type="submit" className="knop">
            {t.codeVersturen}
          </button>
        </p>
      </Form>
      <PasskeyInloggen terug={terug} serverFout={actionData?.soort === "passkey" ? actionData : null} />
    </div>
  );
}
