/**
 * The citizen service number (BSN) the portal must not receive: no BSN fields, and free texts that
 * contain one are refused (docs/recht.md). Kept apart from the intake schema so the browser can load
 * it without zod (docs/decisions/029).
 */

/** Nine digits that pass the "elfproef": a citizen service number (BSN) we must not receive. */
export function isBsn(cijfers: string): boolean {
  if (!/^\d{9}$/.test(cijfers) || cijfers === "000000000") return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(cijfers[i]) * (9 - i);
  som -= Number(cijfers[8]);
  return som % 11 === 0;
}

/** Does a free text contain something that looks like a BSN (9 digits, possibly grouped)? */
export function bevatBsn(tekst: string): boolean {
  const kandidaten = tekst.match(/(?<!\d)\d(?:[ .]?\d){8}(?![ .]?\d)/g) ?? [];
  return kandidaten.some((k) => isBsn(k.replace(/[ .]/g, "")));
}
