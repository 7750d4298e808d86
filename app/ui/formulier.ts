import type { SubmissionResult } from "@conform-to/react";
import type { FormEvent } from "react";

/**
 * The part of @conform-to/react that the client's own forms use (inloggen, code, bericht, intrekken,
 * passkey toevoegen), without conform's browser runtime (~10 KB gzipped, docs/decisions/029). These
 * forms are checked on the server only, with and without JavaScript: the action returns conform's
 * `submission.reply()` and this shows its errors and values. Same ids and ARIA attributes as conform.
 */
export type VeldGegevens = {
  id: string;
  name: string;
  formId: string;
  errorId: string;
  descriptionId: string;
  errors: string[] | undefined;
  initialValue: string | undefined;
};

export type FormulierGegevens = {
  id: string;
  errorId: string;
  errors: string[] | undefined;
  noValidate: boolean;
  onSubmit: ((event: FormEvent<HTMLFormElement>) => void) | undefined;
};

type Opties = {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  /** Called on submit with the form's data (e.g. to start a passkey dialog first). */
  onSubmit?: (event: FormEvent<HTMLFormElement>, context: { formData: FormData }) => void;
};

export function useForm<Schema extends Record<string, unknown>>(
  opties: Opties,
): [FormulierGegevens, { [Naam in keyof Schema & string]-?: VeldGegevens }] {
  const fouten = opties.lastResult?.error ?? {};
  const waarden = (opties.lastResult?.initialValue ?? {}) as Record<string, unknown>;
  const { onSubmit } = opties;
  const form: FormulierGegevens = {
    id: opties.id,
    errorId: `${opties.id}-error`,
    errors: fouten[""] ?? undefined,
    // As conform: the browser does not block the post; the server's specific messages show instead.
    noValidate: true,
    onSubmit: onSubmit
      ? (event) =>
          onSubmit(event, { formData: new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter) })
      : undefined,
  };
  const velden = new Proxy({} as { [Naam in keyof Schema & string]-?: VeldGegevens }, {
    get(_doel, naam) {
      if (typeof naam !== "string") return undefined;
      const id = `${opties.id}-${naam}`;
      const waarde = waarden[naam];
      return {
        id,
        name: naam,
        formId: opties.id,
        errorId: `${id}-error`,
        descriptionId: `${id}-description`,
        errors: fouten[naam] ?? undefined,
        initialValue: typeof waarde === "string" ? waarde : undefined,
      } satisfies VeldGegevens;
    },
  });
  return [form, velden];
}

type AriaOpties = { ariaDescribedBy?: string };

function aria(meta: { errorId: string; errors: string[] | undefined }, opties: AriaOpties, veld: boolean) {
  const ongeldig = meta.errors !== undefined;
  return {
    ...(veld && ongeldig ? { "aria-invalid": true as const } : {}),
    ...(ongeldig
      ? { "aria-describedby": `${meta.errorId} ${opties.ariaDescribedBy ?? ""}`.trim() }
      : opties.ariaDescribedBy
        ? { "aria-describedby": opties.ariaDescribedBy }
        : {}),
  };
}

export function getFormProps(form: FormulierGegevens, opties: AriaOpties = {}) {
  return {
    id: form.id,
    noValidate: form.noValidate,
    ...(form.onSubmit ? { onSubmit: form.onSubmit } : {}),
    ...aria(form, opties, false),
  };
}

function veldProps(veld: VeldGegevens, opties: AriaOpties) {
  return {
    key: undefined as string | undefined,
    id: veld.id,
    name: veld.name,
    form: veld.formId,
    ...aria(veld, opties, true),
    ...(veld.initialValue !== undefined ? { defaultValue: veld.initialValue } : {}),
  };
}

export function getInputProps(veld: VeldGegevens, opties: AriaOpties & { type: "text" | "email" }) {
  return { ...veldProps(veld, opties), type: opties.type };
}

export function getTextareaProps(veld: VeldGegevens, opties: AriaOpties = {}) {
  return veldProps(veld, opties);
}
