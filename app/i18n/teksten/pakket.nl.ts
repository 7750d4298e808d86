/**
 * The data package (inzage) and what is withheld from it.
 * Dutch is the source (B1: short sentences, common words, "u"); pakket.en.ts has the same keys.
 */
export const teksten = {
  pakket: {
    // The inzage overview (AVG art. 15)
    inzageMetaTitel: (nummer: string) => `Uw gegevens – verzoek ${nummer}`,
    inzageTitel: "Overzicht van uw gegevens",
    inzageIntro:
      "Hieronder ziet u welke gegevens wij over u hebben, waarvoor wij ze gebruiken, aan wie wij ze gaven en hoe lang wij ze bewaren.",
    terug: (nummer: string) => `Terug naar verzoek ${nummer}`,
    categorie: {
      personalia: "Persoonsgegevens",
      contact: "Contactgegevens",
      zorg: "Zorg en begeleiding",
      financieel: "Financiële gegevens",
      documenten: "Documenten",
    } as Record<string, string>,
    gegevensTitel: "De gegevens",
    geenItems: "Wij hebben in deze groep geen gegevens over u.",
    herkomst: "Herkomst",
    vastgelegd: "Vastgelegd op",
    bestand: "Bestand",
    doelenTitel: "Waarvoor wij deze gegevens gebruiken",
    rechtsgrond: "Grondslag",
    ontvangers: "Wie ze kan krijgen",
    geenOntvangers: "Niemand buiten onze praktijk",
    bewaartermijn: "Hoe lang wij ze bewaren",
    verstrektTitel: "Aan wie wij ze gaven",
    geenVerstrekkingen: "Wij hebben deze gegevens niet aan anderen gegeven.",
    art15Titel: "Meer over hoe wij uw gegevens gebruiken",
    herkomstTitel: "Waar de gegevens vandaan komen (als ze niet van u komen)",
    geautomatiseerdTitel: "Besluiten door een computer",
    doorgifteTitel: "Buiten Europa",
    kopieTitel: "Nog een kopie",
    toegangslogTitel: "Wie uw dossier heeft ingezien",
    toegangslogUitleg:
      "Elke keer dat iemand uw dossier opent, wijzigt, exporteert of aan een ander geeft, leggen wij dat vast. Hier ziet u wie (bij functie), wanneer, wat en waarom. Namen van medewerkers noemen wij niet. Heeft u er vragen over? Neem contact op met onze functionaris gegevensbescherming.",
    toegangslogLeeg: "Er is nog niets vastgelegd.",
    toegangslogKolommen: { wanneer: "Wanneer", wie: "Wie", wat: "Wat", onderdeel: "Welk deel", waarom: "Waarom" },
    rechtenTitel: "Uw rechten",
    rechtenTekst:
      "U mag ons vragen uw gegevens te verbeteren, aan te vullen, te verwijderen of af te schermen. U mag ook bezwaar maken tegen een verwerking.",
    klachtTekst: (fg: string, klachtenroute: string) =>
      `Bent u het niet eens met hoe wij met uw gegevens omgaan? Neem contact op met onze functionaris gegevensbescherming (${fg}) of gebruik onze klachtenregeling (${klachtenroute}). U mag ook een klacht indienen bij de Autoriteit Persoonsgegevens.`,
    // Plain pages when a download is refused
    nietBeschikbaarTitel: "Dit bestand is niet meer te downloaden",
    nietBeschikbaarMetaTitel: "Niet meer te downloaden",
    // Receiving provider (/ontvanger/:token)
    ontvangerMetaTitel: "Gegevensoverdracht ophalen",
    ontvangerTitel: "Gegevens van een cliënt ophalen",
    ontvangerIntro: (naam: string) =>
      `Een cliënt heeft ons gevraagd gegevens over te dragen aan ${naam} (artikel 20 AVG). Bewijs eerst dat u de ontvanger bent.`,
    ontvangerStap1: "Stap 1: vraag een code aan",
    ontvangerCodeUitleg: (hint: string) =>
      `Wij sturen een eenmalige code naar ${hint}, het adres dat de cliënt ons gaf.`,
    ontvangerCodeKnop: "Stuur mij een code",
    ontvangerCodeVerstuurd: "Wij hebben een code gestuurd. Hij is 10 minuten geldig.",
    ontvangerStap2: "Stap 2: download met de code",
    codeLabel: "Code uit de e-mail (6 cijfers)",
    downloadOntvangerKnop: "Download de gegevens (ZIP)",
    ontvangerNietBeschikbaar:
      "Deze link werkt niet meer: hij is verlopen of het bestand is zo vaak gedownload als mag. Neem contact op met de praktijk.",
    ontvangerOnbekend:
      "Deze link kennen wij niet. Kijk of u de hele link uit de e-mail heeft gebruikt. Werkt hij dan nog niet? Neem contact op met de praktijk.",
    foutTitel: "Er ging iets mis",
    fouten: {
      code_verplicht: "Vul de code van 6 cijfers in.",
      onjuist: "Deze code klopt niet. Controleer de code in de e-mail.",
      geblokkeerd: "Deze code is te vaak fout ingevuld. Vraag een nieuwe code aan.",
      verlopen_code: "Deze code is verlopen. Vraag een nieuwe code aan.",
      identiteit: "Dit bestand kan nu niet worden gedownload. Neem contact op met de praktijk.",
      geen_code: "Vraag eerst een code aan.",
      te_vaak: (seconden: number) => `U heeft net een code gevraagd. Probeer het over ${seconden} seconden opnieuw.`,
    },
    // Staff action (backoffice)
    maakMetaTitel: (nummer: string) => `Pakket maken – ${nummer}`,
    maakTitel: (nummer: string) => `Pakket maken voor ${nummer}`,
    portabelTitel: "Wat er niet in een pakket voor overdracht zit (artikel 20 AVG)",
    portabelWel:
      "Een pakket voor overdracht (dataportabiliteit) bevat alleen gegevens die de cliënt zelf heeft gegeven, of die zijn ontstaan in de zorg voor de cliënt. Het pakket is leesbaar voor een computer, zodat een andere zorgverlener het kan overnemen.",
    portabelNiet: "Dit zit er niet in, en waarom:",
    portabelNietLijst: [
      "Documenten en gegevens van andere mensen (derden), zoals een brief van familie. Artikel 20 lid 4 AVG: het recht mag anderen niet schaden.",
      "Gegevens die de praktijk zelf heeft afgeleid of bedacht en die niet uit de zorg komen. Artikel 20 lid 1 AVG geldt alleen voor gegevens die de cliënt heeft gegeven.",
      "Afgeschermde gegevens (artikel 18 AVG). Die gaan nergens heen zolang de afscherming geldt.",
    ],
    portabelInzage:
      "Wil de cliënt alles zien wat de praktijk over hem of haar heeft? Dat is een verzoek om inzage (artikel 15 AVG).",
    maakUitleg:
      "Het pakket bevat het overzicht van de gegevens (artikel 15 AVG) als JSON met schema's, een leesbare samenvatting en de originele documenten. Het wordt versleuteld bewaard en vervalt na de ingestelde termijn. De cliënt krijgt een e-mail.",
    maakOntvanger: (naam: string, email: string) =>
      `De ontvangende zorgaanbieder ${naam} (${email}) krijgt een e-mail met een beveiligde link.`,
    maakKnop: "Pakket maken en versturen",
    gemaakt: "Het pakket is gemaakt en de e-mail is verstuurd.",
    bestaandeTitel: "Gemaakte pakketten",
    geenPakketten: "Er is nog geen pakket gemaakt.",
    maakFouten: {
      verkeerd_type: "Een pakket hoort alleen bij een verzoek om inzage of dataportabiliteit.",
      verkeerde_status: "Maak een pakket pas als het verzoek is ingewilligd (in uitvoering of afgerond).",
      geen_client: "Koppel het verzoek eerst aan een cliënt.",
      identiteit_onbevestigd:
        "Een pakket kan nog niet: de identiteit van de indiener is niet genoeg bevestigd. Vraag om een legitimatiecontrole aan de balie of via video en leg die vast op de pagina van het verzoek.",
      vertegenwoordiging_onbevestigd:
        "Een pakket kan nog niet: het bewijs van vertegenwoordiging is niet vastgelegd. Leg het vast op de pagina van het verzoek.",
      geen_toewijzing:
        "Er is nog geen besluit dat het verzoek inwilligt. Willig het verzoek eerst in, of laat de directie een gedeeltelijke afwijzing ondertekenen. Na een afwijzing krijgt de cliënt geen pakket.",
      geen_recht: "Alleen de backoffice of de directie maakt een pakket.",
      niet_gevonden: "Dit verzoek bestaat niet.",
    } as Record<string, string>,
    terugNaarVerzoek: "Terug naar het verzoek",
  },
  achterhouding: {
    titel: "Gegevens achterhouden",
    uitleg:
      "Staan er gegevens in het antwoord die over een ander gaan, of die u om een andere reden niet mag geven? Houd dan dat onderdeel of één veld ervan achter. Dan wordt uw besluit een gedeeltelijke afwijzing: de directie ondertekent die voordat u het pakket maakt. De cliënt ziet niet wat er stond, wel om wat voor gegevens het gaat en waarom.",
    detailLink: "Gegevens bekijken en achterhouden",
    blokkade: {
      verkeerd_type: "Achterhouden kan alleen bij een verzoek om inzage of dataportabiliteit.",
      niet_gekoppeld: "Koppel het verzoek eerst aan een cliënt.",
      niet_meer_te_wijzigen:
        "U kunt nu niets meer achterhouden of terugzetten: dat kan alleen zolang het verzoek in behandeling is, voordat een besluit is ondertekend of een pakket is gemaakt.",
      geen_backoffice: "Alleen de backoffice houdt gegevens achter. U kunt de lijst wel bekijken.",
    } as Record<string, string>,
    lijstTitel: "Wat wordt achtergehouden",
    geen: "Er wordt niets achtergehouden.",
    kolomOnderdeel: "Onderdeel",
    kolomVeld: "Veld",
    kolomGrond: "Grond",
    kolomToelichting: "Toelichting (intern)",
    kolomDoor: "Door",
    kolomActie: "Actie",
    heelOnderdeel: "Het hele onderdeel",
    ongedaanKnop: "Ongedaan maken",
    ongedaanLabel: (wat: string) => `Ongedaan maken: ${wat}`,
    itemsTitel: "Gegevens in dit antwoord",
    geenItems: "Er staan geen gegevens in dit antwoord.",
    vastgelegd: (datum: string) => `Vastgelegd op ${datum}`,
    bestand: "Bestand",
    achtergehouden: "(wordt achtergehouden)",
    formulierTitel: (titel: string) => `${titel} achterhouden`,
    veldLabel: "Wat houdt u achter?",
    grondLegend: "Grond",
    toelichtingLabel: "Waarom houdt u dit achter?",
    toelichtingHint:
      "Maximaal 500 tekens. Alleen medewerkers en de directie lezen dit. De cliënt leest de grond in de brief, niet deze tekst.",
    knop: "Achterhouden",
    gronden: {
      rechten_en_vrijheden_anderen: "Gegevens over een ander (art. 15 lid 4 AVG, art. 41 UAVG)",
      opsporing_strafbare_feiten: "Onderzoek naar een strafbaar feit (art. 41 lid 1 sub d UAVG)",
      belang_minderjarige: "In het belang van het kind (art. 7:457 en 7:465 BW)",
    } as Record<string, string>,
    conceptTitel: "Gedeeltelijke afwijzing opstellen",
    conceptUitleg:
      "U houdt gegevens achter. Stuur daarom een gedeeltelijke afwijzing naar de directie. De brief noemt zelf welke gegevens u achterhoudt en waarom, zonder de inhoud.",
    conceptGronden: "Gronden (van de achterhoudingen)",
    motiveringLabel: "Motivering voor de cliënt",
    motiveringHint: "Ten minste 20 tekens. De cliënt leest dit in de brief.",
    conceptKnop: "Concept naar de directie sturen",
    deelafwijzing: {
      ter_ondertekening: "De gedeeltelijke afwijzing ligt bij de directie ter ondertekening.",
      teruggestuurd:
        "De directie heeft de gedeeltelijke afwijzing teruggestuurd. Pas aan wat nodig is en stuur een nieuw concept.",
      ondertekend: "De directie heeft de gedeeltelijke afwijzing ondertekend. U kunt het pakket maken.",
      verzonden: "De directie heeft de gedeeltelijke afwijzing ondertekend. U kunt het pakket maken.",
    } as Record<string, string>,
    gedaan: {
      achterhouden: "Het onderdeel wordt achtergehouden.",
      ongedaan: "De achterhouding is ongedaan gemaakt. Het onderdeel gaat weer mee.",
    } as Record<string, string>,
    pakketFouten: {
      deelafwijzing_niet_ondertekend:
        "U houdt een deel van de gegevens achter. Stel eerst een gedeeltelijke afwijzing op en laat die door de directie ondertekenen. Daarna kunt u het pakket maken.",
    } as Record<string, string>,
    foutTitel: "Dit lukte niet",
    fouten: {
      verkeerd_type: "Achterhouden kan alleen bij een verzoek om inzage of dataportabiliteit.",
      item_onbekend: "Dit onderdeel hoort niet (meer) bij het antwoord. Laad de pagina opnieuw.",
      veld_onbekend: "Kies een veld uit de lijst.",
      grond_verplicht: "Kies een grond.",
      grond_ongeldig: "Kies een grond uit de lijst.",
      toelichting_verplicht: "Schrijf waarom u dit achterhoudt.",
      toelichting_te_lang: "Schrijf ten hoogste 500 tekens.",
      bsn_niet_toegestaan: "Dit lijkt een BSN. Schrijf nooit een BSN in het loket.",
      al_achtergehouden: "Dit wordt al achtergehouden.",
      heel_item_al_achtergehouden: "Het hele onderdeel wordt al achtergehouden.",
      niet_meer_te_wijzigen:
        "Dit kan niet meer: achterhouden kan alleen zolang het verzoek in behandeling is, voordat een besluit is ondertekend of een pakket is gemaakt.",
      achterhouding_onbekend: "Deze achterhouding bestaat niet (meer). Laad de pagina opnieuw.",
      geen_backoffice: "Alleen de backoffice houdt gegevens achter.",
      niet_gekoppeld: "Koppel het verzoek eerst aan een cliënt.",
      intussen_gewijzigd: "Dit verzoek is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.",
      ongeldig: "Deze invoer klopt niet. Controleer het formulier en probeer het opnieuw.",
    } as Record<string, string>,
    // /mijn: the client's overview
    mijnTitel: "Gegevens die u niet krijgt",
    mijnUitleg:
      "Een deel van uw gegevens geven wij u niet. Hieronder staat om wat voor gegevens het gaat en waarom. Wat erin staat, noemen wij niet. In de besluitbrief leest u wat u kunt doen als u het er niet mee eens bent.",
    mijnHeel: (groep: string, reden: string) => `${groep}: een heel onderdeel. Reden: ${reden}.`,
    mijnVeld: (groep: string, veld: string, reden: string) =>
      `${groep}: het veld "${veld}" van een onderdeel. Reden: ${reden}.`,
  },
  // Brief E: a signed decision letter as PDF for staff, to print and post (backoffice request page).
};

export type Teksten = typeof teksten;
