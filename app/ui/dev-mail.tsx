import type { Berichten } from "~/i18n/berichten";
import type { Taal } from "~/i18n/taal";

/** A moment as date and time in Europe/Amsterdam, e.g. "5 april 2027 14:03:07" (development mailbox). */
export function formatMoment(iso: string, taal: Taal): string {
  return new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}

/** The outbox status in words (never colour alone). */
export function statusTekst(t: Berichten["devMail"], status: string): string {
  return t.statussen[status] ?? status;
}
