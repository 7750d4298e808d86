import type { IntakeFoutCode, IntakeFouten } from "~/domain/intake";
import { TEKSTLIMIET, type Tekstsoort } from "~/domain/tekstlimieten";
import type { Berichten } from "~/i18n/berichten";
import { beschrijving, Keuzegroep, Veldfout, type Optie } from "~/ui/keuzegroep";

/** What every field of a wizard step needs: the answers so far, the errors, and the texts. */
export type VeldContext = {
  waarden: Record<string, string>;
  fouten: IntakeFouten;
  /** The texts of the errors on this screen, from the server (WizardScherm `foutTeksten`). */
  foutTeksten: Partial<Record<string, string>>;
  t: Berichten["verzoek"];
};

/** The id of a field ("betrokkene.naam" → "veld-betrokkene-naam"); the error summary links to it. */
export function veldId(naam: string): string {
  return `veld-${naam.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;
}

export function foutTekst(ctx: Pick<VeldContext, "foutTeksten" | "t">, code: IntakeFoutCode): string {
  return ctx.foutTeksten[code] ?? ctx.foutTeksten.ongeldig ?? ctx.t.neutraleFout;
}

/** The first error of a field, as text (none: an empty list). */
function foutTeksten(naam: string, ctx: VeldContext): string[] {
  const code = ctx.fouten[naam]?.[0];
  return code ? [foutTekst(ctx, code)] : [];
}

export function TekstVeld({
  ctx,
  naam,
  label,
  hint,
  optioneel = false,
  meerregelig = false,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
  limiet,
}: {
  ctx: VeldContext;
  naam: string;
  label: string;
  hint?: string;
  optioneel?: boolean;
  meerregelig?: boolean;
  type?: "text" | "email";
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
  maxLength?: number;
  /** A free text: its limit (app/domain/tekstlimieten.ts) is shown in the hint and set as maxlength. */
  limiet?: Tekstsoort;
}) {
  const id = veldId(naam);
  const fout = Boolean(ctx.fouten[naam]?.length);
  const max = limiet ? TEKSTLIMIET[limiet] : maxLength;
  const uitleg = limiet ? [hint, ctx.t.maxTekens(TEKSTLIMIET[limiet])].filter(Boolean).join(" ") : hint;
  const props = {
    id,
    name: naam,
    defaultValue: ctx.waarden[naam] ?? "",
    "aria-invalid": fout ? true : undefined,
    "aria-describedby": beschrijving(uitleg && `${id}-hint`, fout && `${id}-fout`),
    maxLength: max,
  } as const;
  return (
    <div className="veld">
      <label htmlFor={id}>
        {label}
        {optioneel ? <span className="optioneel"> {ctx.t.nietVerplicht}</span> : null}
      </label>
      {uitleg ? (
        <p className="hint" id={`${id}-hint`}>
          {uitleg}
        </p>
      ) : null}
      <Veldfout id={`${id}-fout`} fouten={foutTeksten(naam, ctx)} />
      {meerregelig ? (
        <textarea {...props} rows={4} />
      ) : (
        <input
          {...props}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={type === "email" ? false : undefined}
        />
      )}
    </div>
  );
}

/** A radio group of the wizard (the shared `Keuzegroep`), with the field's id, answer and error. */
export function Keuzes({
  ctx,
  naam,
  legend,
  hint,
  opties,
  legendAlsKop = false,
}: {
  ctx: VeldContext;
  naam: string;
  legend: string;
  hint?: string;
  opties: Optie[];
  legendAlsKop?: boolean;
}) {
  return (
    <Keuzegroep
      id={veldId(naam)}
      name={naam}
      legend={legendAlsKop ? <h1>{legend}</h1> : legend}
      hint={hint}
      fouten={foutTeksten(naam, ctx)}
      opties={opties}
      gekozen={ctx.waarden[naam]}
    />
  );
}
