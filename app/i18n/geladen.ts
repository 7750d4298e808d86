import type { Berichten } from "./berichten";
import { isTaal, TALEN, type Taal } from "./taal";

/**
 * The texts for code that also runs in the browser (routes, components): the areas this page or
 * process has loaded. A module that uses an area imports it, e.g. `import "~/i18n/teksten/mijn"`;
 * that import waits until the area is here, so `BERICHTEN[taal].mijn` is filled when the module runs.
 * The browser loads the page's language only; the server both (docs/decisions/029).
 * Server-only code (e-mails, letters, services) may import everything from ./berichten instead.
 */
export const BERICHTEN: Record<Taal, Berichten> = { nl: {} as Berichten, en: {} as Berichten };

type Lader = () => Promise<{ teksten: Partial<Berichten> }>;

/** In the browser the language the server rendered the page in (<html lang>); on the server both. */
function talenHier(): readonly Taal[] {
  if (typeof document === "undefined") return TALEN;
  const lang = document.documentElement.lang;
  const taal: Taal = isTaal(lang) ? lang : "nl";
  // A page has one language; the language switch (/taal) loads a new page. Should the root data
  // name the other language before that (e.g. an administrator just turned English off), the page
  // shows its own language instead of failing.
  BERICHTEN[taal === "nl" ? "en" : "nl"] = BERICHTEN[taal];
  return [taal];
}

/** Loads one area's texts (app/i18n/teksten/<gebied>.ts). */
export async function laad(laders: Record<Taal, Lader>): Promise<void> {
  await Promise.all(
    talenHier().map(async (taal) => {
      Object.assign(BERICHTEN[taal], (await laders[taal]()).teksten);
    }),
  );
}
