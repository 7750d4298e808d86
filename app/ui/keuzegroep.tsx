import type { ReactNode } from "react";

/**
 * Pieces shared by the forms of the client pages (the request wizard) and the backoffice: a group
 * of choices and its error text, accessible without JavaScript (WCAG 1.3.1, 3.3.1, 3.3.2).
 */

/** The ids an aria-describedby names (hint, error), or nothing. */
export function beschrijving(...ids: (string | false | null | undefined)[]): string | undefined {
  const lijst = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return lijst.length ? lijst.join(" ") : undefined;
}

/** The error text of a field, above its control. */
export function Veldfout({ id, fouten }: { id: string; fouten: string[] }) {
  return fouten.length ? (
    <p className="veldfout" id={id}>
      {fouten.join(" ")}
    </p>
  ) : null;
}

export type Optie = { waarde: string; label: string; hint?: string };

/**
 * Radio buttons or checkboxes in a fieldset with a legend. The first option carries `id`, so an
 * error summary can link to the group. With an error every option is aria-invalid, and the fieldset
 * is described by the hint and the error text.
 */
export function Keuzegroep(p: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: string;
  fouten?: string[];
  opties: Optie[];
  soort?: "radio" | "checkbox";
  /** The chosen value(s). */
  gekozen?: string | string[];
}) {
  const fouten = p.fouten ?? [];
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const foutId = `${p.id}-fout`;
  const gekozen = Array.isArray(p.gekozen) ? p.gekozen : p.gekozen ? [p.gekozen] : [];
  return (
    <fieldset className="keuzes" aria-describedby={beschrijving(hintId, fouten.length > 0 && foutId)}>
      <legend>{p.legend}</legend>
      {p.hint ? (
        <p className="hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
      <Veldfout id={foutId} fouten={fouten} />
      {p.opties.map((optie, i) => {
        const optieId = i === 0 ? p.id : `${p.id}-${optie.waarde}`;
        return (
          <div className="keuze" key={optie.waarde}>
            <input
              type={p.soort ?? "radio"}
              id={optieId}
              name={p.name}
              value={optie.waarde}
              defaultChecked={gekozen.includes(optie.waarde)}
              aria-invalid={fouten.length ? true : undefined}
              aria-describedby={optie.hint ? `${optieId}-uitleg` : undefined}
            />
            <label htmlFor={optieId}>{optie.label}</label>
            {optie.hint ? (
              <p className="hint keuze-uitleg" id={`${optieId}-uitleg`}>
                {optie.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
