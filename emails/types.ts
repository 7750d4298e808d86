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
};

export type GerenderdeMail = { onderwerp: string; html: string; tekst: string };
