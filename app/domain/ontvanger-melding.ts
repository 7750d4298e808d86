/**
 * AVG art. 19: a recipient of earlier disclosures is told about a correction, erasure or
 * restriction of the data *it* received, and only that (issue 12 item 12, docs/decisions/023).
 * Pure: no I/O.
 */

/**
 * The categories of a change that a recipient received, in the change's order. `ontvangen` holds
 * the categories of each disclosure to this recipient; a disclosure logged without categories is
 * "unknown" and counts as all of them (better told once too often than not at all).
 */
export function ontvangenCategorieen(
  ontvangen: readonly (readonly string[])[],
  gewijzigd: readonly string[],
): string[] {
  const onbekend = ontvangen.some((c) => c.length === 0);
  const alles = new Set(ontvangen.flat());
  return [...new Set(gewijzigd)].filter((c) => onbekend || alles.has(c));
}
