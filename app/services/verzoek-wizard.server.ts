import { parseWithZod } from "@conform-to/zod/v4";
import { z } from "zod";
import { beoordeelRuw, intakeFoutMap, maakIntakeSchema } from "~/domain/intake";
import {
  aantalRijen,
  foutcodes,
  leesCode,
  platteWaarden,
  volgendScherm,
  type AanmeldScherm,
  type CodeScherm,
  type EmailIntent,
  type EmailScherm,
  type Scherm,
  type WizardAfwijzing,
  type WizardScherm,
} from "~/domain/verzoek-wizard";
import { gevraagdeRegels, leesGevraagd } from "~/domain/gevraagd";
import { BERICHTEN } from "~/i18n/berichten";
import type { Taal } from "~/i18n/taal";
import { vraagCodeAan } from "./email-codes.server";
import {
  bevestigEmailVoorVerzoek,
  intakeFormulier,
  nieuweIdempotentieSleutel,
  opTeSlaanDetails,
} from "./intake.server";

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

/**
 * A wizard screen with its words in the page's language (docs/decisions/033): the texts of the errors
 * it shows (filing for oneself, they speak to "you" like the labels) and, on the check step, the
 * details as the lines the request page will show later (app/domain/gevraagd.ts).
 */
export async function wizardInWoorden(scherm: WizardScherm, taal: Taal): Promise<WizardScherm> {
  const t = BERICHTEN[taal].intakeFouten;
  const teksten: Partial<Record<string, string>> =
    scherm.waarden["indiener.voorWie"] === "ander" ? t.fouten : { ...t.fouten, ...t.foutenZelf };
  const codes = new Set<string>(["ongeldig", ...Object.values(scherm.fouten).flat()]);
  const foutTeksten = Object.fromEntries([...codes].map((c) => [c, teksten[c] ?? teksten.ongeldig]));
  if (!scherm.invoer) return { ...scherm, foutTeksten };
  const { verwerkingen } = await intakeFormulier();
  const gevraagd = leesGevraagd(scherm.invoer.verzoek.type, opTeSlaanDetails(scherm.invoer, verwerkingen, {}));
  return { ...scherm, foutTeksten, gevraagd: gevraagd ? gevraagdeRegels(gevraagd, BERICHTEN[taal].verzoek) : [] };
}

/**
 * The e-mail or code screen with its sentences in the page's language: only what this screen shows
 * travels to the browser, not the texts of every error and wait (docs/decisions/033).
 */
export function aanmeldScherm(scherm: EmailScherm | CodeScherm, taal: Taal): AanmeldScherm {
  const t = BERICHTEN[taal].aanmelden;
  const gemeen = {
    teVaak:
      scherm.wachtSeconden !== null
        ? t.codeTeVaak(scherm.wachtSeconden, scherm.scherm === "code" ? scherm.geldigeCode : true)
        : null,
    opnieuwKnop: t.nieuweCode,
    anderAdres: t.anderAdres,
  };
  if (scherm.scherm === "email") {
    const fout = scherm.fout === "leeg" ? t.emailLeeg : scherm.fout === "ongeldig" ? t.emailOngeldig : null;
    return {
      ...scherm,
      woorden: {
        ...gemeen,
        titel: t.emailTitel,
        alineas: t.emailIntro,
        label: t.emailLabel,
        hint: t.emailHint,
        fout,
        nieuweCode: null,
        knop: t.codeVersturen,
      },
    };
  }
  const fout =
    scherm.fout === "leeg"
      ? t.codeLeeg
      : scherm.fout === "formaat"
        ? t.codeFormaat
        : scherm.fout === "onjuist"
          ? t.codeOnjuist(scherm.resterend ?? 0)
          : scherm.fout === "geblokkeerd"
            ? t.codeGeblokkeerd
            : scherm.fout === "verlopen"
              ? t.codeVerlopen
              : scherm.fout === "geen_code"
                ? t.codeOntbreekt
                : null;
  return {
    ...scherm,
    woorden: {
      ...gemeen,
      titel: t.codeTitel,
      // Only when a code was sent (a wait message says itself what was and was not sent).
      alineas: [...(scherm.wachtSeconden === null ? [t.codeIntro(scherm.email)] : []), t.codeGeldig],
      label: t.codeLabel,
      hint: t.codeHint,
      fout,
      nieuweCode: scherm.melding === "nieuwe_code" ? t.nieuweCodeVerstuurd : null,
      knop: t.codeBevestigen,
    },
  };
}
