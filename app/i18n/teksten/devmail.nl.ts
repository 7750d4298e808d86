/**
 * The development mailbox (/dev/mail).
 * Dutch is the source (B1: short sentences, common words, "u"); devmail.en.ts has the same keys.
 */
export const teksten = {
  devMail: {
    titel: "Ontwikkel-mailbox",
    metaTitel: "Ontwikkel-mailbox – Rechtenloket",
    uitleg:
      "Hier ziet u alle e-mails die het loket heeft klaargezet, de nieuwste eerst. Deze pagina bestaat alleen tijdens ontwikkelen en testen, op deze computer, en niet als e-mail echt wordt verstuurd.",
    filterLabel: "Alleen e-mail aan dit adres",
    filterHint: "Laat leeg om alle e-mail te zien.",
    filterKnop: "Zoeken",
    alles: "Toon alle e-mail",
    filterFout: "Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
    foutTitel: "Controleer het zoekveld",
    geen: "Er is nog geen e-mail.",
    geenVoorAdres: "Er is geen e-mail aan dit adres.",
    tabel: "Klaargezette e-mails, de nieuwste eerst",
    aan: "Aan",
    onderwerp: "Onderwerp",
    sjabloon: "Sjabloon",
    status: "Status",
    tijd: "Klaargezet op",
    statussen: { wachtend: "Wacht op verzending", verzonden: "Verzonden", mislukt: "Mislukt" } as Record<
      string,
      string
    >,
    terug: "Terug naar de mailbox",
    gegevens: "Gegevens van deze e-mail",
    taal: "Taal",
    pogingen: "Pogingen",
    volgendePoging: "Volgende poging",
    verzondenOp: "Verzonden op",
    laatsteFout: "Laatste fout",
    tekstversie: "Tekstversie",
    htmlVersie: "HTML-versie",
    htmlLink: "Open de HTML-versie van deze e-mail",
    htmlUitleg: "De HTML-versie opent als losse pagina, zoals een mailprogramma haar toont.",
  },
};

export type Teksten = typeof teksten;
