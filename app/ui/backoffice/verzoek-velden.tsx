import { beschrijving, Veldfout as Fout, type Optie } from "~/ui/keuzegroep";

// The choice group is shared with the request wizard (app/ui/keuzegroep.tsx).
export { Keuzegroep, type Optie } from "~/ui/keuzegroep";

/**
 * Form fields of the backoffice request pages (detail page and manual registration), accessible
 * without JavaScript: a visible label, an optional hint, the error text above the control, and
 * aria-invalid / aria-describedby pointing at both (WCAG 1.3.1, 3.3.1, 3.3.2).
 */

export type VeldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** Texts of the errors of this field (already in the chosen language). */
  fouten?: string[];
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "search";
  meerregelig?: boolean;
  rijen?: number;
  optioneel?: string;
  maxLength?: number;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel";
  className?: string;
};

/** A text input or textarea with its label, hint and error. */
export function Veld(p: VeldProps) {
  const fouten = p.fouten ?? [];
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const foutId = `${p.id}-fout`;
  const gemeenschappelijk = {
    id: p.id,
    name: p.name,
    defaultValue: p.defaultValue ?? "",
    maxLength: p.maxLength,
    "aria-invalid": fouten.length ? true : undefined,
    "aria-describedby": beschrijving(hintId, fouten.length > 0 && foutId),
  } as const;
  return (
    <div className={p.className ?? "veld"}>
      <label htmlFor={p.id}>
        {p.label}
        {p.optioneel ? <span className="optioneel"> {p.optioneel}</span> : null}
      </label>
      {p.hint ? (
        <p className="hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
      <Fout id={foutId} fouten={fouten} />
      {p.meerregelig ? (
        <textarea {...gemeenschappelijk} rows={p.rijen ?? 4} />
      ) : (
        <input
          {...gemeenschappelijk}
          type={p.type ?? "text"}
          autoComplete={p.autoComplete ?? "off"}
          inputMode={p.inputMode}
          spellCheck={p.type === "email" ? false : undefined}
        />
      )}
    </div>
  );
}

/** A select with a first, empty choice. */
export function Keuzelijst(p: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  fouten?: string[];
  leeg: string;
  opties: Optie[];
  defaultValue?: string;
}) {
  const fouten = p.fouten ?? [];
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const foutId = `${p.id}-fout`;
  return (
    <div className="veld">
      <label htmlFor={p.id}>{p.label}</label>
      {p.hint ? (
        <p className="hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
      <Fout id={foutId} fouten={fouten} />
      <select
        id={p.id}
        name={p.name}
        defaultValue={p.defaultValue ?? ""}
        aria-invalid={fouten.length ? true : undefined}
        aria-describedby={beschrijving(hintId, fouten.length > 0 && foutId)}
      >
        <option value="">{p.leeg}</option>
        {p.opties.map((o) => (
          <option key={o.waarde} value={o.waarde}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One checkbox with its label after it (e.g. "Het kind is geraadpleegd"). */
export function Vinkje(p: {
  id: string;
  name: string;
  label: string;
  waarde: string;
  fouten?: string[];
  gekozen?: boolean;
}) {
  const fouten = p.fouten ?? [];
  const foutId = `${p.id}-fout`;
  return (
    <div className="veld">
      <Fout id={foutId} fouten={fouten} />
      <div className="vinkje">
        <input
          type="checkbox"
          id={p.id}
          name={p.name}
          value={p.waarde}
          defaultChecked={p.gekozen}
          aria-invalid={fouten.length ? true : undefined}
          aria-describedby={fouten.length ? foutId : undefined}
        />
        <label htmlFor={p.id}>{p.label}</label>
      </div>
    </div>
  );
}
