export type MailTaal = "nl" | "en";

/** What every e-mail shows of the organisation. */
export type MailOrganisatie = {
  naam: string;
  straat: string;
  postcode: string;
  plaats: string;
  email: string;
  telefoon: string;
  fgNaam: string;
  fgEmail: string;
  klachtenroute: string;
  /** Storage key of the logo (organisatie.logo); the e-mail links to GET /logo when set. */
  logo?: string | null;
};

export type GerenderdeMail = { onderwerp: string; html: string; tekst: string };
