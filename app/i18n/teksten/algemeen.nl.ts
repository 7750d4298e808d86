import type { Bevoegdheid } from "~/domain/bevoegdheden";

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
    soort:
      "Dit formulier is in een vorm verstuurd die deze website niet aanneemt. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    kapot:
      "Dit formulier kwam beschadigd of onvolledig aan. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    teGroot:
      "Wat u verstuurt is te groot. Maak het kleiner (bijvoorbeeld een korter bericht of een kleiner bestand) en probeer het opnieuw.",
    bestandTeGroot: (mb: string) => `Het bestand is te groot. Het mag niet groter zijn dan ${mb} MB.`,
    bestandNietVerwacht:
      "Dit formulier neemt geen bestanden aan. Open de pagina opnieuw en verstuur het formulier zonder bestand.",
    teVeelVelden: (max: number) =>
      `Dit formulier heeft te veel velden (meer dan ${max}). Open de pagina opnieuw en verstuur het formulier nog een keer.`,
    naam: "Dit formulier heeft een veld dat deze website niet kent. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    lijst:
      "Dit formulier heeft een lijst die te lang is. Open de pagina opnieuw en verstuur het formulier nog een keer.",
    waardeTeLang: (max: number) =>
      `Een veld is te lang (meer dan ${max} tekens). Maak de tekst korter en probeer het opnieuw.`,
    teken: "Een veld bevat een teken dat niet kan worden opgeslagen. Haal het weg en probeer het opnieuw.",
  },
  /** Who may do what (app/domain/bevoegdheden.ts) and the answers of the edge (app/http/fouten.server.ts). */
  toegang: {
    geenToegangTitel: "Geen toegang",
    geenToegangPagina:
      "U heeft met uw rol geen toegang tot deze pagina. Heeft u deze pagina nodig voor uw werk? Vraag de beheerder om de juiste rol.",
    geenBevoegdheid: {
      "verzoek.behandelen":
        "U heeft geen toegang tot verzoeken. Alleen de backoffice en de directie behandelen verzoeken.",
      "achterhouding.voorstellen": "Alleen de backoffice stelt voor om iets achter te houden.",
      "besluit.ondertekenen": "Alleen de directie mag besluiten ondertekenen of terugsturen.",
      "afscherming.opheffen": "Alleen de directie mag afgeschermde gegevens inzien of de afscherming opheffen.",
      "audit.controleren": "Alleen de directie controleert de auditketen.",
      "bewaring.vasthouden":
        "Alleen de directie legt een klacht, calamiteit of rechtsvordering vast die gegevens tegen vernietiging beschermt, en heft die op.",
      "beheer.instellingen": "Alleen een actieve beheerder mag dit.",
      "beheer.medewerkers": "Alleen een actieve beheerder mag medewerkers uitnodigen of wijzigen.",
      "beheer.importeren": "Alleen een actieve beheerder mag importeren.",
    } satisfies Record<Bevoegdheid, string>,
    /** Texts for the codes every use case can give; a page's own texts come first. */
    fouten: {
      niet_gevonden: "Dit bestaat niet (meer). Ga terug en kies opnieuw.",
      intussen_gewijzigd: "Dit is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.",
      ongeldig: "Dit kon niet. Er is niets veranderd. Controleer wat u invulde en probeer het opnieuw.",
    },
  },
  /** Why a retention setting was refused (app/domain/bewaartermijnen.ts `BewaarFoutReden`); `c` is the category's name. */
  bewaarbeleidFouten: {
    ontbreekt: (c: string) => `Geef een bewaartermijn voor ${c}.`,
    jaren: (c: string) => `De bewaartermijn voor ${c} is een heel aantal jaren van 0 tot 115.`,
    vanaf: (c: string) => `Kies voor ${c} vanaf wanneer de termijn loopt.`,
    minimum: (c: string, jaren: number) => `De wet vraagt voor ${c} ten minste ${jaren} jaar bewaren.`,
  },
  /** Why a version of the processing register was refused (app/services/beheer.server.ts `legVerwerkingVast`). */
  registerFouten: {
    ongeldige_invoer: (velden: string) => `Deze velden kloppen niet: ${velden}. Verbeter ze en probeer het opnieuw.`,
    datum_te_vroeg: (datum: string, versie: number) =>
      `Een nieuwe versie moet ingaan na ${datum}, de ingangsdatum van versie ${versie}. Kies een latere datum.`,
    ongeldige_datum: "Vul bij 'Geldig vanaf' een echte datum in, bijvoorbeeld 2026-01-31.",
  },
};

export type Teksten = typeof teksten;
