/**
 * Layout, error page, passkey address, rate limit and refused input: every page and the server.
 * Dutch is the source (B1: short sentences, common words, "u"); algemeen.en.ts has the same keys.
 */
export const teksten = {
  layout: {
    skipLink: "Ga direct naar de inhoud",
    portaal: "Rechtenloket",
    taalKiezen: "Taal",
    naarEngels: "English",
    naarNederlands: "Nederlands",
    hoofdmenu: "Hoofdmenu",
    home: "Home",
    verzoekIndienen: "Verzoek indienen",
    mijnVerzoeken: "Mijn verzoeken",
    /** The header menu for staff: per role, where their work is. */
    medewerkerMenu: "Menu voor medewerkers",
    wachtrij: "Wachtrij",
    ondertekenen: "Te ondertekenen",
    beheer: "Beheer",
    inloggen: "Inloggen",
    uitloggen: "Uitloggen",
    fg: "Functionaris gegevensbescherming",
    klachten: "Klachten",
    klachtenKort: "Niet tevreden over ons of over hoe wij met uw gegevens omgaan?",
    klachtenLink: "Zo dient u een klacht in",
    ap: "Autoriteit Persoonsgegevens",
  },
  passkeyAdres: (adres: string) =>
    `Een passkey werkt alleen op het adres van dit portaal: ${adres}. U gebruikt nu een ander adres. Ga naar ${adres} en probeer het daar opnieuw.`,
  fout: {
    titel: "Er ging iets mis",
    nietGevonden: "Deze pagina bestaat niet.",
    tekst: "Probeer het later opnieuw. Lukt het dan nog niet? Neem contact met ons op.",
    terug: "Terug naar de startpagina",
    invoerTitel: "Dit formulier is niet verwerkt",
    geenToegangTitel: "Geen toegang",
    geenToegangPagina:
      "U heeft met uw rol geen toegang tot deze pagina. Heeft u deze pagina nodig voor uw werk? Vraag de beheerder om de juiste rol.",
  },
  snelheidslimiet: {
    teVaak: "U heeft te vaak achter elkaar iets verstuurd. Wacht een minuut en probeer het opnieuw.",
  },
};

export type Teksten = typeof teksten;
