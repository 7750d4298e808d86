/** The languages of the portal: Dutch first, English second. */
export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];

export function isTaal(value: unknown): value is Taal {
  return value === "nl" || value === "en";
}

/** Dates are shown as calendar dates in Europe/Amsterdam, e.g. "maandag 5 april 2027". */
export function formatDatum(isoDate: string, taal: Taal, options?: { weekday?: boolean }): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", {
    weekday: options?.weekday === false ? undefined : "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
