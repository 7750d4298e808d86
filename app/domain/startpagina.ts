/**
 * Where a staff member lands after accepting the invitation and after every sign-in: where their
 * work is. The directie first (decisions await their signature), then the backoffice queue, then
 * the beheerder's settings. Pure.
 */
export function startpagina(rollen: readonly string[]): "/directie" | "/backoffice" | "/beheer" {
  if (rollen.includes("directie")) return "/directie";
  if (rollen.includes("backoffice")) return "/backoffice";
  if (rollen.includes("beheerder")) return "/beheer";
  return "/backoffice";
}
