import { getFormProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { isBehandelFoutCode } from "~/domain/behandeling";
import type { Berichten } from "~/i18n/berichten";
import { useBerichten } from "~/root";
import { Foutoverzicht } from "~/ui/foutoverzicht";
import "~/i18n/teksten/behandeling";

/** What the detail page's action answers when a step is refused: which form, and conform's reply. */
export type StapActieData = { stap: string; resultaat: SubmissionResult<string[]> };

/** A field of a step form: its id and name, its errors in the chosen language, its value after an error. */
export type StapVeld = { id: string; name: string; fouten: string[]; waarde: string | undefined; waarden: string[] };

/** The text of a message code (app/domain/behandeling.ts `BehandelFoutCode`). */
export function foutTekst(t: Berichten["behandeling"], code: string): string {
  return isBehandelFoutCode(code) ? t.fouten[code] : t.fouten.ongeldig;
}

/**
 * One step of the detail page as a plain POST form (works without JavaScript): a hidden `intent`
 * (the step) and `versie` (the version of the request this page showed: optimistic locking), the
 * step's own fields, and errors per field plus an error summary that links to them. With
 * JavaScript, conform validates with the same zod schema before sending.
 */
export function StapFormulier<S extends z.ZodType>({
  stap,
  versie,
  schema,
  resultaat,
  titel,
  uitleg,
  knop,
  knopKlasse = "knop",
  verborgen,
  inklapbaar = false,
  standaard,
  children,
}: {
  stap: string;
  versie: number;
  schema: S;
  resultaat: SubmissionResult<string[]> | undefined;
  titel: string;
  uitleg?: ReactNode;
  knop: string;
  knopKlasse?: string;
  /** Extra hidden fields (e.g. the request type, for the grounds that fit it). */
  verborgen?: Record<string, string>;
  /** A less common step: folded (details/summary, works without JavaScript), open when it has errors. */
  inklapbaar?: boolean;
  /** Values the form starts with (e.g. the partial refusal that withholdings lead to). */
  standaard?: Record<string, string | string[]>;
  children?: (veld: (naam: string) => StapVeld) => ReactNode;
}) {
  const t = useBerichten().behandeling;
  const { pathname } = useLocation();
  const [form, fields] = useForm({
    id: `form-${stap}`,
    lastResult: resultaat,
    defaultValue: standaard,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const metadata = fields as unknown as Record<string, FieldMetadata<unknown>>;
  const veld = (naam: string): StapVeld => {
    const m = metadata[naam];
    const initieel = m?.initialValue as unknown;
    return {
      id: m?.id ?? `${form.id}-${naam}`,
      name: naam,
      fouten: (m?.errors ?? []).map((code) => foutTekst(t, code)),
      waarde: typeof initieel === "string" ? initieel : undefined,
      waarden: Array.isArray(initieel)
        ? initieel.filter((v): v is string => typeof v === "string")
        : typeof initieel === "string"
          ? [initieel]
          : [],
    };
  };
  const overzicht = Object.entries(form.allErrors)
    .filter(([naam]) => naam !== "")
    .flatMap(([naam, codes]) =>
      codes.map((code) => ({ veldId: `${form.id}-${naam.replace(/\[\d+\]$/, "")}`, tekst: foutTekst(t, code) })),
    );
  const formulierFouten = form.errors ?? [];

  const inhoud = (
    <>
      {uitleg ? <p className="stap-uitleg">{uitleg}</p> : null}
      <Form method="post" {...getFormProps(form)} className="formulier">
        {formulierFouten.length ? (
          <div className="melding fout" role="alert" id={form.errorId}>
            {formulierFouten.map((code) => (
              <p key={code}>{foutTekst(t, code)}</p>
            ))}
            {formulierFouten.some((code) => code === "intussen_gewijzigd" || code === "stap_niet_mogelijk") ? (
              <p>
                <a href={pathname}>{t.herladen}</a>
              </p>
            ) : null}
          </div>
        ) : null}
        <Foutoverzicht titel={t.foutTitel} fouten={overzicht} id={`${form.id}-fouten`} />
        <input type="hidden" name="intent" value={stap} />
        <input type="hidden" name="versie" value={versie} />
        {Object.entries(verborgen ?? {}).map(([naam, waarde]) => (
          <input key={naam} type="hidden" name={naam} value={waarde} />
        ))}
        {children?.(veld)}
        <div className="knoppen">
          <button type="submit" className={knopKlasse}>
            {knop}
          </button>
        </div>
      </Form>
    </>
  );
  if (inklapbaar) {
    return (
      <details className="stap stap-ingeklapt" open={resultaat?.status === "error" || undefined}>
        <summary id={`${form.id}-titel`}>{titel}</summary>
        {inhoud}
      </details>
    );
  }
  return (
    <section className="stap" aria-labelledby={`${form.id}-titel`}>
      <h3 id={`${form.id}-titel`}>{titel}</h3>
      {inhoud}
    </section>
  );
}
