import { useEffect, useRef } from "react";

export type VeldFout = { /** id of the field the message belongs to */ veldId: string; tekst: string };

/**
 * Error summary at the top of a form (WCAG 3.3.1, 3.3.3): each message links to its field.
 * With JavaScript it takes focus after a failed submit so a screen reader reads it at once, and a
 * link focuses its field itself: a fragment navigation would make Remix drop the action data, and
 * with it the answers on the page (the request wizard's steps).
 */
export function Foutoverzicht({
  titel,
  fouten,
  id = "foutoverzicht",
}: {
  titel: string;
  fouten: VeldFout[];
  id?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const sleutel = fouten.map((f) => `${f.veldId}:${f.tekst}`).join("|");
  useEffect(() => {
    if (sleutel) ref.current?.focus();
  }, [sleutel]);
  if (fouten.length === 0) return null;
  return (
    <div ref={ref} className="melding fout foutoverzicht" tabIndex={-1} aria-labelledby={`${id}-titel`} id={id}>
      <h2 id={`${id}-titel`}>{titel}</h2>
      <ul>
        {fouten.map((fout) => (
          <li key={`${fout.veldId}:${fout.tekst}`}>
            <a
              href={`#${fout.veldId}`}
              onClick={(event) => {
                const veld = document.getElementById(fout.veldId);
                if (!veld) return;
                event.preventDefault();
                veld.scrollIntoView({ block: "center" });
                veld.focus();
              }}
            >
              {fout.tekst}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
