import type { Bevoegdheid } from "~/domain/bevoegdheden";

/**
 * Texts of the edge between HTTP and the services, server only: refused input (wrong content type, too large, malformed) and refused access.
 * Dutch is the source (B1: short sentences, common words, "u"); rand.en.ts has the same keys.
 */
export const teksten = {
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
    geenBevoegdheid: {
      "verzoek.behandelen":
        "U heeft geen toegang tot verzoeken. Alleen de backoffice en de directie behandelen verzoeken.",
      "achterhouding.voorstellen": "Alleen de backoffice stelt voor om iets achter te houden.",
      "besluit.ondertekenen": "Alleen de directie mag besluiten ondertekenen of terugsturen.",
      "afscherming.opheffen": "Alleen de directie mag afgeschermde gegevens inzien of de afscherming opheffen.",
      "audit.controleren": "Alleen de directie controleert de auditketen.",
      "beheer.instellingen": "Alleen een actieve beheerder mag dit.",
      "beheer.medewerkers": "Alleen een actieve beheerder mag medewerkers uitnodigen of wijzigen.",
      "beheer.importeren": "Alleen een actieve beheerder mag importeren.",
      "dagoverzicht.ontvangen": "Alleen de backoffice krijgt het dagoverzicht van termijnen.",
      "escalatie.ontvangen": "Alleen de directie krijgt een melding als een wettelijke termijn bijna verloopt.",
      "bewaring.vasthouden":
        "Alleen de directie legt een klacht, calamiteit of rechtsvordering vast die gegevens tegen vernietiging beschermt, en heft die op.",
    } satisfies Record<Bevoegdheid, string>,
    /** Texts for the codes every use case can give; a page's own texts come first. */
    fouten: {
      niet_gevonden: "Dit bestaat niet (meer). Ga terug en kies opnieuw.",
      intussen_gewijzigd: "Dit is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.",
      ongeldig: "Dit kon niet. Er is niets veranderd. Controleer wat u invulde en probeer het opnieuw.",
    },
  },
};

export type Teksten = typeof teksten;
