import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import {
  isEmailIntent,
  leegEmailScherm,
  leegWizard,
  type AanmeldScherm,
  type WizardScherm,
} from "~/domain/verzoek-wizard";
import { BERICHTEN } from "~/i18n/geladen";
import "~/i18n/teksten/verzoek";
import { taalVanRequest } from "~/i18n/taal.server";
import { type RootData } from "~/root";
import { leesFormulier } from "~/server/invoer.server";
import { parseWithZod, z } from "~/server/zod.server";
import { dienVerzoekIn, intakeFormulier, IntakeFout } from "~/services/intake.server";
import { getSessie } from "~/services/sessies.server";
import { aanmeldScherm, emailStap, wizardInWoorden, wizardStap } from "~/services/verzoek-wizard.server";
import { CodeStap, EmailStap } from "~/ui/verzoek/email-code";
import { Wizard } from "~/ui/verzoek/wizard";

/**
 * /verzoek: the request wizard (docs/decisions/006-intake-wizard.md). First the e-mail address is
 * verified with a code (that signs the visitor in); then, as a signed-in account, one step per
 * page: who files, the person concerned, the right, its details, check and send. Every step is a
 * plain POST that works without JavaScript; the answers of the other steps travel along in hidden
 * fields, and every step is validated again on the server with the same schema as the service.
 * Which screen comes next: app/domain/verzoek-wizard.ts; the screens: app/ui/verzoek/.
 */

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return [{ title: BERICHTEN[root?.taal ?? "nl"].verzoek.metaTitel }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const sessie = await getSessie(request);
  const { verwerkingen } = await intakeFormulier();
  const account = sessie?.soort === "client" ? { email: sessie.account.email } : null;
  return {
    account,
    verwerkingen,
    // Not signed in: the e-mail screen, with its sentences (docs/decisions/033).
    aanmelden: account ? null : aanmeldScherm(leegEmailScherm(), await taalVanRequest(request)),
  };
}

export async function action({ request }: ActionFunctionArgs): Promise<AanmeldScherm | WizardScherm | Response> {
  const taal = await taalVanRequest(request);
  const formData = await leesFormulier(request);
  const intent = String(formData.get("intent") ?? "volgende");
  const honeypotGevuld = String(formData.get("website") ?? "").trim() !== "";

  if (isEmailIntent(intent)) {
    const scherm = await emailStap(intent, formData, taal, honeypotGevuld);
    if ("ingelogd" in scherm) return redirect("/verzoek", { headers: { "Set-Cookie": scherm.ingelogd } });
    return scherm.scherm === "wizard" ? await wizardInWoorden(scherm, taal) : aanmeldScherm(scherm, taal);
  }

  const sessie = await getSessie(request);
  // The session ended (or never was): back to the e-mail step, nothing kept.
  if (sessie?.soort !== "client") return aanmeldScherm(leegEmailScherm(), taal);

  // The nested form data (conform's names: "betrokkene.naam", "correctie.rijen[0].welk").
  const payload = (parseWithZod(formData, { schema: z.unknown() }).payload ?? {}) as Record<string, unknown>;

  if (intent === "indienen" && !honeypotGevuld) {
    // The service validates everything itself; the page is only rebuilt when it refuses.
    try {
      const resultaat = await dienVerzoekIn(
        { accountId: sessie.account.id },
        {
          gegevens: payload,
          idempotentieSleutel: String(formData.get("sleutel") ?? ""),
          website: String(formData.get("website") ?? ""),
          taal,
        },
      );
      return redirect(`/verzoek/ontvangen/${resultaat.nummer}`);
    } catch (error) {
      if (!(error instanceof IntakeFout)) throw error;
      return await wizardInWoorden(await wizardStap(formData, payload, "indienen", false, error), taal);
    }
  }
  return await wizardInWoorden(await wizardStap(formData, payload, intent, honeypotGevuld, null), taal);
}

export default function Verzoek() {
  const { account, verwerkingen, aanmelden } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>() as AanmeldScherm | WizardScherm | undefined;
  const scherm: AanmeldScherm | WizardScherm | null =
    actie && (actie.scherm !== "wizard" || account) ? actie : account ? leegWizard() : aanmelden;

  return (
    <div className="pagina smal verzoek">
      {scherm?.scherm === "email" ? <EmailStap scherm={scherm} /> : null}
      {scherm?.scherm === "code" ? <CodeStap scherm={scherm} /> : null}
      {scherm?.scherm === "wizard" && account ? (
        <Wizard scherm={scherm} accountEmail={account.email} verwerkingen={verwerkingen} />
      ) : null}
    </div>
  );
}
