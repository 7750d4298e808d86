import type { Taal } from "../taal";

/** A wait as people say it: "45 seconden", or "3 minuten" from a minute and a half on. */
export function wachttijd(seconden: number, taal: Taal): string {
  if (seconden > 90) {
    const minuten = Math.ceil(seconden / 60);
    return taal === "nl" ? `${minuten} minuten` : `${minuten} minutes`;
  }
  return taal === "nl" ? `${seconden} seconden` : `${seconden} seconds`;
}
