import type { BestandWeigering } from "~/domain/bestanden";

/**
 * Files: what the checks refuse, staff documents and the files clients and representatives send
 * (docs/decisions/028 and 032). Client and staff pages both read these, so they are an area of their own.
 * Dutch is the source (B1: short sentences, common words, "u"); bestanden.en.ts has the same keys.
 */
export const teksten = {
  bestanden: {
    weigering: {
      leeg: "Het bestand is leeg. Kies het bestand opnieuw en probeer het nog een keer.",
      soort_onbekend: "We herkennen dit bestand niet. Stuur een PDF, een JPEG-foto of een PNG-afbeelding.",
      soort_niet_toegestaan: "Dit soort bestand nemen we niet aan. Stuur een PDF, een JPEG-foto of een PNG-afbeelding.",
      te_groot: "Het bestand is te groot. Maak het kleiner of stuur het in delen.",
      aanvraag_te_groot: "Samen zijn de bestanden te groot. Stuur ze in twee keer.",
      virus: "In dit bestand is een virus of schadelijke inhoud gevonden. We hebben het niet bewaard.",
      scanner_ontbreekt:
        "We kunnen nu geen bestanden aannemen: de controle op virussen is niet ingesteld. Neem contact op met de praktijk.",
      scanner_fout:
        "We konden het bestand nu niet op virussen controleren. We hebben het niet bewaard. Probeer het later nog een keer.",
    } satisfies Record<BestandWeigering, string>,
    pagina: {
      metaTitel: (nummer: string) => `Documenten bij ${nummer}`,
      titel: (nummer: string) => `Documenten bij verzoek ${nummer}`,
      terug: "Terug naar het verzoek",
      uitleg:
        "Voeg hier de echte documenten uit het dossier toe, bijvoorbeeld de PDF-export uit het cliëntsysteem voor deze inzage. Ze komen in het dossier van de cliënt, in het inzage-overzicht en in het pakket. Een document dat u achterhoudt, verlaat het portaal niet.",
      leeg: "Er zijn nog geen documenten bij dit verzoek toegevoegd.",
      bestaand: "Toegevoegde documenten",
      nieuw: "Document toevoegen",
      bestand: "Bestand",
      titelVeld: "Titel",
      datum: "Datum van het document",
      herkomst: "Herkomst (van wie komt het?)",
      herkomstHint: "Bijvoorbeeld: zorgverlener, cliënt, of de naam van de huisarts of school.",
      derde: "Dit document gaat (ook) over iemand anders",
      derdeHint:
        "Dan komt het nooit in een pakket om over te dragen, en kijkt u bij een inzage of u delen moet achterhouden.",
      toevoegen: "Document toevoegen",
      verwijderen: "Verwijderen",
      bezig: "Bezig met controleren…",
      toegevoegd: "Het document is gecontroleerd, versleuteld bewaard en toegevoegd.",
      verwijderd: "Het document en de sleutel ervan zijn vernietigd.",
      veldFout: "Vul een titel (tot 200 tekens), een datum en de herkomst in, en kies een bestand.",
      geenClient: "Koppel het verzoek eerst aan een cliënt; dan komt het document in diens dossier.",
      grootte: (kb: string) => `${kb} kB`,
      downloaden: (titel: string) => `${titel} downloaden`,
    },
    toegestaan: (soorten: string, mb: number) =>
      `Toegestaan: ${soorten}, tot ${mb} MB per bestand. Elk bestand wordt op virussen gecontroleerd.`,
    dossier: {
      link: "Alle documenten in het dossier van de cliënt",
      metaTitel: (clientnummer: string) => `Documenten van cliënt ${clientnummer}`,
      titel: (clientnummer: string) => `Documenten in het dossier van cliënt ${clientnummer}`,
      uitleg:
        "Hier staan alle documenten in het dossier van deze cliënt, met of zonder verzoek. Voeg hier een document toe dat niet bij een verzoek hoort, bijvoorbeeld een verslag of een brief die binnenkwam. Bestanden die de cliënt zelf stuurde, staan bij het verzoek.",
      bijVerzoek: (nummer: string) => `bij verzoek ${nummer}`,
    },
  },
  // Input refused at the edge (docs/decisions/016): the form is not read, nothing is stored.
};

export type Teksten = typeof teksten;
