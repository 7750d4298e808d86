import type { Teksten } from "./algemeen.nl";

/** Layout, error page, passkey address, rate limit and refused input: every page and the server. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  layout: {
    skipLink: "Skip to content",
    portaal: "Rights desk",
    taalKiezen: "Language",
    naarEngels: "English",
    naarNederlands: "Nederlands",
    hoofdmenu: "Main menu",
    home: "Home",
    verzoekIndienen: "Make a request",
    mijnVerzoeken: "My requests",
    medewerkerMenu: "Staff menu",
    wachtrij: "Queue",
    ondertekenen: "To sign",
    beheer: "Settings",
    inloggen: "Sign in",
    uitloggen: "Sign out",
    fg: "Data protection officer",
    klachten: "Complaints",
    klachtenKort: "Unhappy with us, or with how we handle your data?",
    klachtenLink: "How to make a complaint",
    ap: "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
  },
  passkeyAdres: (adres: string) =>
    `A passkey only works at this portal's own address: ${adres}. You are using another address now. Go to ${adres} and try again there.`,
  fout: {
    titel: "Something went wrong",
    nietGevonden: "This page does not exist.",
    tekst: "Please try again later. If it still does not work, contact us.",
    terug: "Back to the start page",
    invoerTitel: "This form was not processed",
  },
  snelheidslimiet: {
    teVaak: "You have sent something too many times in a row. Wait a minute and try again.",
  },
  invoer: {
    soort:
      "This form was sent in a format this website does not accept. Open the page again and send the form once more.",
    kapot: "This form arrived damaged or incomplete. Open the page again and send the form once more.",
    teGroot:
      "What you are sending is too large. Make it smaller (for example a shorter message or a smaller file) and try again.",
    bestandTeGroot: (mb: string) => `The file is too large. It may be at most ${mb} MB.`,
    bestandNietVerwacht: "This form does not accept files. Open the page again and send the form without a file.",
    teVeelVelden: (max: number) =>
      `This form has too many fields (more than ${max}). Open the page again and send the form once more.`,
    naam: "This form has a field this website does not know. Open the page again and send the form once more.",
    lijst: "This form has a list that is too long. Open the page again and send the form once more.",
    waardeTeLang: (max: number) =>
      `A field is too long (more than ${max} characters). Make the text shorter and try again.`,
    teken: "A field contains a character that cannot be stored. Remove it and try again.",
  },
  toegang: {
    geenToegangTitel: "No access",
    geenToegangPagina:
      "Your role does not give you access to this page. Do you need this page for your work? Ask the administrator for the right role.",
    geenBevoegdheid: {
      "verzoek.behandelen": "You have no access to requests. Only the back office and the management handle requests.",
      "achterhouding.voorstellen": "Only the back office proposes to withhold something.",
      "besluit.ondertekenen": "Only the management may sign decisions or send them back.",
      "afscherming.opheffen": "Only the management may view restricted data or lift the restriction.",
      "audit.controleren": "Only the management checks the audit chain.",
      "bewaring.vasthouden":
        "Only the management records or lifts a complaint, calamity or legal claim that holds data from destruction.",
      "beheer.instellingen": "Only an active administrator may do this.",
      "beheer.medewerkers": "Only an active administrator may invite or change staff.",
      "beheer.importeren": "Only an active administrator may import.",
    },
    fouten: {
      niet_gevonden: "This does not exist (any more). Go back and choose again.",
      intussen_gewijzigd: "Someone else changed this in the meantime. Reload the page.",
      ongeldig: "That was not possible. Nothing was changed. Check what you entered and try again.",
    },
  },
  bewaarbeleidFouten: {
    ontbreekt: (c: string) => `Give a retention period for ${c}.`,
    jaren: (c: string) => `The retention period for ${c} is a whole number of years from 0 to 115.`,
    vanaf: (c: string) => `Choose for ${c} from when the period runs.`,
    minimum: (c: string, jaren: number) => `The law requires keeping ${c} for at least ${jaren} years.`,
  },
  registerFouten: {
    ongeldige_invoer: (velden: string) => `These fields are not right: ${velden}. Correct them and try again.`,
    datum_te_vroeg: (datum: string, versie: number) =>
      `A new version must start after ${datum}, the start date of version ${versie}. Choose a later date.`,
    ongeldige_datum: "Enter a real date under 'Valid from', for example 2026-01-31.",
  },
};
