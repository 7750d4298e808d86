import type { Teksten } from "./rand.nl";

/** Texts of the edge between HTTP and the services, server only: refused input (wrong content type, too large, malformed) and refused access. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
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
    geenBevoegdheid: {
      "verzoek.behandelen": "You have no access to requests. Only the back office and the management handle requests.",
      "achterhouding.voorstellen": "Only the back office proposes to withhold something.",
      "besluit.ondertekenen": "Only the management may sign decisions or send them back.",
      "afscherming.opheffen": "Only the management may view restricted data or lift the restriction.",
      "audit.controleren": "Only the management checks the audit chain.",
      "beheer.instellingen": "Only an active administrator may do this.",
      "beheer.medewerkers": "Only an active administrator may invite or change staff.",
      "beheer.importeren": "Only an active administrator may import.",
      "dagoverzicht.ontvangen": "Only the back office receives the daily overview of time limits.",
      "escalatie.ontvangen": "Only the management is alerted when a legal time limit is about to pass.",
      "bewaring.vasthouden":
        "Only the management records or lifts a complaint, calamity or legal claim that holds data from destruction.",
    },
    fouten: {
      niet_gevonden: "This does not exist (any more). Go back and choose again.",
      intussen_gewijzigd: "Someone else changed this in the meantime. Reload the page.",
      ongeldig: "That was not possible. Nothing was changed. Check what you entered and try again.",
    },
  },
};
