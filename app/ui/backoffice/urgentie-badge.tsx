import { urgentieTekst, urgentieVan } from "~/domain/wachtrij";
import type { Taal } from "~/i18n/taal";

/**
 * Days to the target as a badge: the words carry the meaning ("Te laat: 3 dagen", "Nog 5 dagen"),
 * the colour (red, amber, neutral; contrast at least 4.5:1) only repeats it (WCAG 1.4.1).
 */
export function UrgentieBadge({ dagenOver, taal }: { dagenOver: number; taal: Taal }) {
  return <span className={`urgentie urgentie-${urgentieVan(dagenOver)}`}>{urgentieTekst(dagenOver)[taal]}</span>;
}
