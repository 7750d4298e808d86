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

/** The field an error belongs to, per form (for the error summary link and aria-invalid). */
export const VELD_ID: Record<string, Record<string, string>> = {
  correctie: { default: "correctie-eerste" },
  verwijdering: { default: "verwijder-knop" },
  afscherming: { itemIds: "afscherm-item-0", reden: "afscherm-reden", default: "afscherm-item-0" },
  bezwaar: { default: "verwerking-0" },
  intrekking: { default: "toestemming-0" },
  selectie: { default: "selectie-item-0" },
  tussentijds: { default: "tussentijds-item-0" },
  verstrekking: {
    ontvanger: "vs-ontvanger",
    datum: "vs-datum",
    rechtsgrond: "vs-rechtsgrond",
    toestemmingId: "vs-toestemming",
    uitstelReden: "vs-uitstel",
    default: "vs-ontvanger",
  },
  melden: { default: "vu-titel" },
  uitzondering: {
    categorie: "uitzondering-categorie",
    grond: "uitzondering-grond",
    motivering: "uitzondering-motivering",
    default: "uitzondering-categorie",
  },
};
