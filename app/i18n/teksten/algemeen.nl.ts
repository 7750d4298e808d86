import type { Taal } from "../taal";

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
  },
  snelheidslimiet: {
    teVaak: "U heeft te vaak achter elkaar iets verstuurd. Wacht een minuut en probeer het opnieuw.",
  },
  invoer: {
    soort: "Dit formulier is in een vorm verstuurd die deze website niet aanneemt. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    kapot: "Dit formulier kwam beschadigd of onvolledig aan. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    teGroot: "Wat u verstuurt is te groot. Maak het kleiner (bijvoorbeeld een korter bericht of een kleiner bestand) en probeer het opnieuw.",
    bestandTeGroot: (mb: string) => `Het bestand is te groot. Het mag niet groter zijn dan ${mb} MB.`,
    bestandNietVerwacht: "Dit formulier neemt geen bestanden aan. Open de pagina opnieuw en verstuur het formulier zonder bestand.",
    teVeelVelden: (max: number) => `Dit formulier heeft te veel velden (meer dan ${max}). Open de pagina opnieuw en verstuur het formulier nog een keer.`,
    naam: "Dit formulier heeft een veld dat deze website niet kent. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    lijst: "Dit formulier heeft een lijst die te lang is. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    waardeTeLang: (max: number) => `Een veld is te lang (meer dan ${max} tekens). Maak de tekst korter en probeer het opnieuw.`,
    teken: "Een veld bevat een teken dat niet kan worden opgeslagen. Haal het weg en probeer het opnieuw.",
  },
};

export type Teksten = typeof teksten;
