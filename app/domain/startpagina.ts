/**
 * Where a staff member lands after accepting the invitation and after every sign-in: where their
 * work is. The first page in this list whose guard permission (app/domain/bevoegdheden.ts) the
 * roles hold: what awaits a signature first, then the queue, then the settings. Pure.
 */
import { mag, type Bevoegdheid } from "./bevoegdheden";

export type Startpagina = "/directie" | "/backoffice" | "/beheer";

/** Each landing page with the permission its route guards with (app/routes/directie.tsx, backoffice._index.tsx, beheer.tsx). */
export const STARTPAGINAS = [
  ["/directie", "besluit.ondertekenen"],
  ["/backoffice", "verzoek.behandelen"],
  ["/beheer", "beheer.instellingen"],
] as const satisfies readonly (readonly [Startpagina, Bevoegdheid])[];

export function startpagina(rollen: readonly string[]): Startpagina {
  for (const [pagina, bevoegdheid] of STARTPAGINAS) if (mag(rollen, bevoegdheid)) return pagina;
  return "/backoffice";
}
