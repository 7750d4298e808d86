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
    geenToegangTitel: "No access",
    geenToegangPagina:
      "Your role does not give you access to this page. Do you need this page for your work? Ask the administrator for the right role.",
  },
  snelheidslimiet: {
    teVaak: "You have sent something too many times in a row. Wait a minute and try again.",
  },
};
