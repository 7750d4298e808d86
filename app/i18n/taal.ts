/** The languages of the portal: Dutch first, English second. */
export const TALEN = ["nl", "en"] as const;
export type Taal = (typeof TALEN)[number];

export function isTaal(value: unknown): value is Taal {
  return value === "nl" || value === "en";
}

/**
 * One formatter per language and option: building an Intl.DateTimeFormat costs far more than
 * formatting with it (bench/README.md "Intake").
 */
const DATUM_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Dates are shown as calendar dates in Europe/Amsterdam, e.g. "maandag 5 april 2027". */
export function formatDatum(isoDate: string, taal: Taal, options?: { weekday?: boolean }): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const metDag = options?.weekday !== false;
  const locale = taal === "nl" ? "nl-NL" : "en-GB";
  const sleutel = `${locale}:${metDag}`;
  let format = DATUM_FORMATS.get(sleutel);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: metDag ? "long" : undefined,
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    DATUM_FORMATS.set(sleutel, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}
