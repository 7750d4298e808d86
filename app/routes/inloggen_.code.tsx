import { getFormProps, getInputProps, useForm } from "~/ui/formulier";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { BERICHTEN } from "~/i18n/geladen";
import type { Berichten } from "~/i18n/berichten";
import { taalVanRequest } from "~/i18n/taal.server";
import { useBerichten, type RootData } from "~/root";
import { vraagCodeAan } from "~/services/email-codes.server";
import { logInMetCode, type CodeInlogResultaat } from "~/services/inloggen.server";
import { getSessie, veiligTerugpad } from "~/services/sessies.server";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import { leesFormulier } from "~/server/invoer.server";
import { parseWithZod, z } from "~/server/zod.server";
import "~/i18n/teksten/inloggen";

/**
 * Step 2 of the code sign-in (/inloggen/code?email=…): the 6-digit code. The address comes from the
 * URL and a hidden field, but only the code check (bound to that address) signs anyone in.
 */
/** A function, not a module constant: zod is only there on the server (app/server/zod.server.ts). */
function emailVeld() {
  return z.string().trim().min(1).max(254).pipe(z.email());
}

function codeSchema(t: Berichten["inloggen"]) {
  return z.object({
    email: emailVeld(),
    code: z
      .string({ error: t.codeLeeg })
      // People copy "123 456" or "123-456" from the mail: keep only what matters.
      .transform((s) => s.replace(/[\s-]/g, ""))
      .pipe(
        z
          .string()
          .min(1, t.codeLeeg)
          .regex(/^\d{6}$/, t.codeFormaat),
      ),
    terug: z.string().optional(),
  });
}

function foutVoorCode(t: Berichten["inloggen"], r: Exclude<CodeInlogResultaat, { ok: true }>): string {
  switch (r.reden) {
    case "onjuist":
      return t.codeOnjuist(r.resterend);
    case "geblokkeerd":
      return t.codeGeblokkeerd;
    case "verlopen":
      return t.codeVerlopen;
    case "geen_code":
      return t.codeOntbreekt;
  }
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].inloggen.codeMetaTitel }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const terug = url.searchParams.get("terug");
  const email = emailVeld().safeParse(url.searchParams.get("email") ?? "");
  if (!email.success)
    throw redirect(terug ? `/inloggen?terug=${encodeURIComponent(veiligTerugpad(terug))}` : "/inloggen");
  const sessie = await getSessie(request);
  if (sessie?.soort === "client") throw redirect(veiligTerugpad(terug));
  return { email: email.data, terug: terug ? veiligTerugpad(terug) : "" };
}

export async function action({ request }: ActionFunctionArgs) {
  const taal = await taalVanRequest(request);
  const t = BERICHTEN[taal].inloggen;
  const formData = await leesFormulier(request);

  if (formData.get("intent") === "opnieuw") {
    const email = emailVeld().safeParse(formData.get("email") ?? "");
    if (!email.success) throw redirect("/inloggen");
    const aanvraag = await vraagCodeAan({ email: email.data, doel: "inloggen", taal });
    return aanvraag.ok
      ? { soort: "opnieuw" as const, melding: t.nieuweCodeVerstuurd, fout: null }
      : { soort: "opnieuw" as const, melding: null, fout: t.teVaak(aanvraag.wachtSeconden, aanvraag.geldigeCode) };
  }

  const submission = parseWithZod(formData, { schema: codeSchema(t) });
  if (submission.status !== "success") {
    if (submission.error?.email) throw redirect("/inloggen");
    return { soort: "code" as const, result: submission.reply() };
  }
  const resultaat = await logInMetCode({ email: submission.value.email, code: submission.value.code, taal });
  if (resultaat.ok) {
    throw redirect(veiligTerugpad(submission.value.terug), { headers: { "Set-Cookie": resultaat.cookie } });
  }
  return {
    soort: "code" as const,
    result: submission.reply({ fieldErrors: { code: [foutVoorCode(t, resultaat)] } }),
  };
}

export default function InloggenCode() {
  const { email, terug } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useBerichten().inloggen;
  const [form, fields] = useForm<z.input<ReturnType<typeof codeSchema>>>({
    id: "inloggen-code",
    lastResult: actionData?.soort === "code" ? actionData.result : undefined,
    // Checked on the server only, as without JavaScript: zod stays out of the browser (docs/decisions/029).
  });
  const fouten = (fields.code.errors ?? []).map((tekst) => ({ veldId: fields.code.id, tekst }));
  const { key: codeKey, ...codeProps } = getInputProps(fields.code, {
    type: "text",
    ariaDescribedBy: fields.code.descriptionId,
  });
  const opnieuw = actionData?.soort === "opnieuw" ? actionData : null;

  return (
    <div className="pagina smal inloggen">
      <h1>{t.codeTitel}</h1>
      <Foutoverzicht titel={t.foutTitel} fouten={fouten} />
      {opnieuw?.melding ? (
        <p className="melding" role="status">
          {opnieuw.melding}
        </p>
      ) : null}
      {opnieuw?.fout ? (
        <p className="melding let-op" role="alert">
          {opnieuw.fout}
        </p>
      ) : null}
      <p>{t.codeIntro(email)}</p>
      <p>{t.codeGeldig}</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="terug" value={terug} />
        <label htmlFor={fields.code.id}>{t.codeLabel}</label>
        <p className="hint" id={fields.code.descriptionId}>
          {t.codeHint}
        </p>
        {fields.code.errors?.[0] ? (
          <p className="veldfout" id={fields.code.errorId}>
            {fields.code.errors[0]}
          </p>
        ) : null}
        <input
          {...codeProps}
          key={codeKey}
          className="code-invoer"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          required
        />
        <p>
          <button type="submit" className="knop">
            {t.inloggenKnop}
          </button>
        </p>
      </Form>

      <section aria-labelledby="nieuwe-code">
        <h2 id="nieuwe-code">{t.nieuweCodeTitel}</h2>
        <Form method="post">
          <input type="hidden" name="intent" value="opnieuw" />
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="terug" value={terug} />
          <button type="submit" className="knop secundair">
            {t.nieuweCodeKnop}
          </button>
        </Form>
        <p>
          <Link to={terug ? `/inloggen?terug=${encodeURIComponent(terug)}` : "/inloggen"}>{t.anderAdres}</Link>
        </p>
      </section>
    </div>
  );
}
