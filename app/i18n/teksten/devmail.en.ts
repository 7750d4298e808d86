import type { Teksten } from "./devmail.nl";

/** The development mailbox (/dev/mail). The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  devMail: {
    titel: "Development mailbox",
    metaTitel: "Development mailbox – Rights desk",
    uitleg:
      "All e-mails the portal has queued, newest first. This page exists only during development and testing, on this computer, and not when e-mail is really sent.",
    filterLabel: "Only e-mail to this address",
    filterHint: "Leave empty to see all e-mail.",
    filterKnop: "Search",
    alles: "Show all e-mail",
    filterFout: "Enter an e-mail address, for example name@example.com.",
    foutTitel: "Check the search field",
    geen: "There is no e-mail yet.",
    geenVoorAdres: "There is no e-mail to this address.",
    tabel: "Queued e-mails, newest first",
    aan: "To",
    onderwerp: "Subject",
    sjabloon: "Template",
    status: "Status",
    tijd: "Queued at",
    statussen: { wachtend: "Waiting to be sent", verzonden: "Sent", mislukt: "Failed" },
    terug: "Back to the mailbox",
    gegevens: "Details of this e-mail",
    taal: "Language",
    pogingen: "Attempts",
    volgendePoging: "Next attempt",
    verzondenOp: "Sent at",
    laatsteFout: "Last error",
    tekstversie: "Plain text version",
    htmlVersie: "HTML version",
    htmlLink: "Open the HTML version of this e-mail",
    htmlUitleg: "The HTML version opens as a separate page, as an e-mail program shows it.",
  },
};
