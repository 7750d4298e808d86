import { parseWithZod } from "@conform-to/zod/v4";
import { z } from "zod";
import { beoordeelRuw, intakeFoutMap, maakIntakeSchema } from "~/domain/intake";
import {
  aantalRijen,
  foutcodes,
  leesCode,
  platteWaarden,
  volgendScherm,
  type CodeScherm,
  type EmailIntent,
  type Scherm,
  type WizardAfwijzing,
  type WizardScherm,
} from "~/domain/verzoek-wizard";
import type { Taal } from "~/i18n/taal";
import { vraagCodeAan } from "./email-codes.server";
import { bevestigEmailVoorVerzoek, intakeFormulier, nieuweIdempotentieSleutel } from "./intake.server";

/**
 * The screens of the request wizard (/verzoek) for one POST: the e-mail and code screens before the
 * visitor is signed in, then the wizard's steps (app/domain/verzoek-wizard.ts says which one).
 */

const EmailVeld = z
  .string()
  .trim()
  .min(1, "leeg")
  .max(254, "ongeldig")
  .pipe(z.email({ error: "ongeldig" }));

/** The e-mail or code screen after this POST, or the session cookie when the code was right. */
export async function emailStap(
  intent: EmailIntent,
  formData: FormData,
  taal: Taal,
  honeypotGevuld: boolean,
): Promise<Scherm | { ingelogd: string }> {
  const email = EmailVeld.safeParse(formData.get("email") ?? "");
  const getypt = String(formData.get("email") ?? "").slice(0, 254);
  if (intent === "code_aanvragen") {
    if (honeypotGevuld) return { scherm: "email", email: getypt, fout: "neutraal", wachtSeconden: null };
    if (!email.success) {
      const code = email.error.issues[0]?.message === "leeg" ? "leeg" : "ongeldig";
      return { scherm: "email", email: getypt, fout: code, wachtSeconden: null };
    }
    const aanvraag = await vraagCodeAan({ email: email.data, doel: "verzoek", taal });
    if (!aanvraag.ok) {
      // A code was sent less than a minute ago: let them enter that one, or wait.
      return {
        scherm: "code",
        email: email.data,
        fout: null,
        resterend: null,
        melding: null,
        wachtSeconden: aanvraag.wachtSeconden,
        geldigeCode: aanvraag.geldigeCode,
      };
    }
    return { scherm: "code", email: email.data, fout: null, resterend: null, melding: null, wachtSeconden: null };
  }

  if (!email.success) return { scherm: "email", email: "", fout: null, wachtSeconden: null };
  const codeScherm: CodeScherm = {
    scherm: "code",
    email: email.data,
    fout: null,
    resterend: null,
    melding: null,
    wachtSeconden: null,
  };
  if (honeypotGevuld) return { ...codeScherm, fout: "neutraal" };

  if (intent === "code_opnieuw") {
    const aanvraag = await vraagCodeAan({ email: email.data, doel: "verzoek", taal });
    return aanvraag.ok
      ? { ...codeScherm, melding: "nieuwe_code" }
      : { ...codeScherm, wachtSeconden: aanvraag.wachtSeconden, geldigeCode: aanvraag.geldigeCode };
  }

  const code = leesCode(String(formData.get("code") ?? ""));
  if (!code.ok) return { ...codeScherm, fout: code.fout };
  const resultaat = await bevestigEmailVoorVerzoek({ email: email.data, code: code.code, taal });
  if (resultaat.ok) return { ingelogd: resultaat.cookie };
  return {
    ...codeScherm,
    fout: resultaat.reden,
    resterend: resultaat.reden === "onjuist" ? resultaat.resterend : null,
  };
}

/**
 * The next page of the wizard for this POST: every step is validated again on the server with the
 * same schema as the service, and the eligibility is checked as soon as its fields are valid.
 */
export async function wizardStap(
  formData: FormData,
  payload: Record<string, unknown>,
  intent: string,
  honeypotGevuld: boolean,
  afwijzing: WizardAfwijzing | null,
): Promise<WizardScherm> {
  const { context } = await intakeFormulier();
  const submission = parseWithZod(formData, { schema: maakIntakeSchema(context), error: intakeFoutMap });
  const waarden = platteWaarden(formData);
  return volgendScherm({
    intent,
    stap: formData.get("stap"),
    waarden,
    rijen: aantalRijen(waarden, formData.get("rijen")),
    sleutel: String(formData.get("sleutel") ?? ""),
    honeypotGevuld,
    alleFouten: submission.status === "success" ? {} : foutcodes(submission.error),
    invoer: submission.status === "success" ? submission.value : null,
    beslissing: beoordeelRuw(payload, context),
    afwijzing,
    nieuweSleutel: nieuweIdempotentieSleutel,
  });
}
