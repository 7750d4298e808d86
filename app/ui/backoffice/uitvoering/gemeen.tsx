import type { SerializeFrom } from "@remix-run/node";
import type { UitvoeringOverzicht } from "~/services/uitvoering.server";

/** What the execution page shows for one request, as the loader sends it. */
export type Overzicht = SerializeFrom<UitvoeringOverzicht>;

/** The one field the last action failed on, and its message. */
export type UitvoeringVeldFout = { veldId: string; tekst: string };

/** aria-invalid / aria-describedby and the error text, for the field the last action failed on. */
export function uitvoeringFouten(fout: UitvoeringVeldFout | undefined) {
  const foutOp = (veldId: string) =>
    fout?.veldId === veldId ? { "aria-invalid": true as const, "aria-describedby": "uitvoering-fout" } : {};
  const veldFout = (veldId: string) =>
    fout?.veldId === veldId ? (
      <p className="veldfout" id="uitvoering-fout">
        {fout.tekst}
      </p>
    ) : null;
  return { foutOp, veldFout };
}
