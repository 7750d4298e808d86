import { Link, Text } from "@react-email/components";
import { MailLayout, tekstStijl } from "./layout";
import type { MailOrganisatie, MailTaal } from "./types";

/** An invitation to the backoffice: the one-time link to make a passkey (app/services/medewerkers.server.ts). */
export type MedewerkerUitnodigingData = {
  naam: string;
  rol: "backoffice" | "directie" | "beheerder";
  /** The one-time invitation URL. */
  url: string;
  /** ISO timestamp after which the link no longer works. */
  verlooptOp: string;
};

const ROLLEN = {
  nl: {
    backoffice: "backoffice (verzoeken behandelen)",
    directie: "directie (besluiten nemen en ondertekenen)",
    beheerder: "beheerder (organisatie en medewerkers instellen)",
  },
  en: {
    backoffice: "backoffice (handling requests)",
    directie: "management (deciding and signing decisions)",
    beheerder: "administrator (setting up the organisation and staff)",
  },
} as const;

/** Date and time in Europe/Amsterdam, e.g. "donderdag 5 maart 2026 om 14:30". */
function moment(iso: string, taal: MailTaal): string {
  const datum = new Date(iso);
  const locale = taal === "nl" ? "nl-NL" : "en-GB";
  const dag = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
  const tijd = new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
  return taal === "nl" ? `${dag} om ${tijd}` : `${dag} at ${tijd}`;
}

const T = {
  nl: {
    onderwerp: "Uw uitnodiging voor het Rechtenloket",
    aanhef: (d: MedewerkerUitnodigingData) => `Beste ${d.naam},`,
    intro: (d: MedewerkerUitnodigingData, o: string) =>
      `U bent uitgenodigd om te werken in het Rechtenloket van ${o}. Uw rol is: ${ROLLEN.nl[d.rol]}.`,
    passkey:
      "U logt in met een passkey. Dat is een veilige sleutel op uw telefoon of computer. U gebruikt dan uw vingerafdruk, uw gezicht of de pincode van uw apparaat. U heeft geen wachtwoord nodig.",
    stap: "Open de link hieronder en klik op „Passkey aanmaken”:",
    link: "Passkey aanmaken",
    geldig: (d: MedewerkerUitnodigingData) =>
      `De link werkt één keer en is geldig tot ${moment(d.verlooptOp, "nl")}. Daarna vraagt u de beheerder om een nieuwe uitnodiging.`,
    delen: "Stuur deze e-mail niet door. Met de link kan iemand anders inloggen als u.",
    nietVerwacht: "Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.",
  },
  en: {
    onderwerp: "Your invitation to the Rights desk",
    aanhef: (d: MedewerkerUitnodigingData) => `Dear ${d.naam},`,
    intro: (d: MedewerkerUitnodigingData, o: string) =>
      `You have been invited to work in the Rights desk of ${o}. Your role is: ${ROLLEN.en[d.rol]}.`,
    passkey:
      "You sign in with a passkey: a secure key on your phone or computer. You use your fingerprint, your face or the PIN of your device. You do not need a password.",
    stap: "Open the link below and click “Create passkey”:",
    link: "Create passkey",
    geldig: (d: MedewerkerUitnodigingData) =>
      `The link works once and is valid until ${moment(d.verlooptOp, "en")}. After that, ask the administrator for a new invitation.`,
    delen: "Do not forward this e-mail. With the link someone else could sign in as you.",
    nietVerwacht: "Did you not expect this invitation? Then you can ignore this e-mail.",
  },
} as const;

export const medewerkerUitnodigingMail = {
  onderwerp: (_d: MedewerkerUitnodigingData, taal: MailTaal) => T[taal].onderwerp,
  Component: ({
    data,
    taal,
    organisatie,
  }: {
    data: MedewerkerUitnodigingData;
    taal: MailTaal;
    organisatie: MailOrganisatie;
  }) => {
    const t = T[taal];
    // Keep the preview under ~50 characters: react-email pads a shorter preview with multi-byte
    // whitespace, and React 18.2's stream writer leaves NUL bytes where such a run crosses its
    // 2048-byte buffer (PostgreSQL refuses NUL in text); a longer padding run is written safely.
    return (
      <MailLayout taal={taal} organisatie={organisatie} preview={t.onderwerp}>
        <Text style={tekstStijl}>{t.aanhef(data)}</Text>
        <Text style={tekstStijl}>{t.intro(data, organisatie.naam)}</Text>
        <Text style={tekstStijl}>{t.passkey}</Text>
        <Text style={tekstStijl}>{t.stap}</Text>
        <Text style={tekstStijl}>
          <Link href={data.url}>{t.link}</Link>: {data.url}
        </Text>
        <Text style={tekstStijl}>{t.geldig(data)}</Text>
        <Text style={tekstStijl}>{t.delen}</Text>
        <Text style={tekstStijl}>{t.nietVerwacht}</Text>
      </MailLayout>
    );
  },
};
