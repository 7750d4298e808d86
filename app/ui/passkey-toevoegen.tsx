import type { SubmissionResult } from "@conform-to/react";
import { getFormProps, getInputProps, useForm } from "./formulier";
import { Form, useSubmit } from "@remix-run/react";
import {
  browserSupportsWebAuthn,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/browser";
import { useEffect, useState } from "react";
import type { Berichten } from "~/i18n/berichten";
import { useBerichten } from "~/root";
import { Foutoverzicht } from "./foutoverzicht";
import { usePasskeyAdresFout } from "./passkey-adres";
import { isAfgebroken, isAlGeregistreerd } from "./passkey-fouten";
import { z } from "~/server/zod.server";
import "~/i18n/teksten/inloggen";

/** The name's check on the server (routes/mijn.beveiliging.tsx); the browser checks only its length below. */
export function passkeyToevoegenSchema(t: Berichten["beveiliging"]) {
  return z.object({
    intent: z.literal("passkey-toevoegen"),
    naam: z.string({ error: t.naamLeeg }).trim().min(1, t.naamLeeg).max(60, t.naamTeLang),
    antwoord: z.string().max(64_000).optional(),
  });
}

/**
 * "Passkey toevoegen": a name, then the browser's passkey dialog, then a normal form post with the
 * signed answer. Needs JavaScript and WebAuthn; otherwise it says so (sign-in by code always works).
 */
export function PasskeyToevoegen({
  lastResult,
  serverFout,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  /** The action's answer after a failed registration (a new object per attempt). */
  serverFout?: { fout: string | null } | null;
}) {
  const t = useBerichten().beveiliging;
  const submit = useSubmit();
  const [beschikbaar, setBeschikbaar] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [naamFout, setNaamFout] = useState<string[] | undefined>(undefined);
  const adresFout = usePasskeyAdresFout();

  useEffect(() => setBeschikbaar(browserSupportsWebAuthn()), []);
  useEffect(() => setFout(serverFout?.fout ?? null), [serverFout]);
  // A new answer from the server replaces the browser's own name check.
  useEffect(() => setNaamFout(undefined), [lastResult]);

  async function registreer(formData: FormData) {
    const verkeerdAdres = adresFout();
    if (verkeerdAdres) return setFout(verkeerdAdres);
    // The same limits as the schema, before the passkey dialog opens (zod stays out of the browser).
    const naam = String(formData.get("naam") ?? "").trim();
    if (naam.length < 1 || naam.length > 60) return setNaamFout([naam ? t.naamTeLang : t.naamLeeg]);
    setNaamFout(undefined);
    setBezig(true);
    setFout(null);
    try {
      const res = await fetch("/passkey/registratie", { method: "POST", headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(`opties ${res.status}`);
      const optionsJSON = (await res.json()) as PublicKeyCredentialCreationOptionsJSON;
      const antwoord = await startRegistration({ optionsJSON });
      formData.set("antwoord", JSON.stringify(antwoord));
      submit(formData, { method: "post", action: "/mijn/beveiliging" });
    } catch (error) {
      setFout(
        adresFout(error) ??
          (isAlGeregistreerd(error) ? t.alToegevoegd : isAfgebroken(error) ? t.afgebroken : t.toevoegenMislukt),
      );
    } finally {
      setBezig(false);
    }
  }

  const [form, fields] = useForm<z.input<ReturnType<typeof passkeyToevoegenSchema>>>({
    id: "passkey-toevoegen",
    lastResult,
    // Checked on the server only, as without JavaScript: zod stays out of the browser (docs/decisions/029).
    onSubmit(event, { formData }) {
      event.preventDefault();
      void registreer(formData);
    },
  });

  // The name's error: from the check above, else from the server's answer.
  const naamVeld = { ...fields.naam, errors: naamFout ?? fields.naam.errors };
  const { key: naamKey, ...naamProps } = getInputProps(naamVeld, {
    type: "text",
    ariaDescribedBy: fields.naam.descriptionId,
  });
  const fouten = (naamVeld.errors ?? []).map((tekst) => ({ veldId: naamVeld.id, tekst }));

  return (
    <section aria-labelledby="passkey-toevoegen-titel">
      <h2 id="passkey-toevoegen-titel">{t.toevoegenTitel}</h2>
      {!beschikbaar ? (
        <p className="melding let-op">{t.geenWebauthn}</p>
      ) : (
        <>
          <Foutoverzicht titel={t.foutTitel} fouten={fouten} id="passkey-toevoegen-fouten" />
          {fout ? (
            <p className="melding fout" role="alert">
              {fout}
            </p>
          ) : null}
          <Form method="post" action="/mijn/beveiliging" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="passkey-toevoegen" />
            <label htmlFor={fields.naam.id}>{t.naamLabel}</label>
            <p className="hint" id={fields.naam.descriptionId}>
              {t.naamHint}
            </p>
            {naamVeld.errors?.[0] ? (
              <p className="veldfout" id={naamVeld.errorId}>
                {naamVeld.errors[0]}
              </p>
            ) : null}
            <input {...naamProps} key={naamKey} autoComplete="off" required />
            <p>
              <button type="submit" className="knop" disabled={bezig} aria-disabled={bezig}>
                {bezig ? t.toevoegenBezig : t.toevoegenKnop}
              </button>
            </p>
          </Form>
        </>
      )}
    </section>
  );
}
