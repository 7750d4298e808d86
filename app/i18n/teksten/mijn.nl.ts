import { TEKSTLIMIET } from "~/domain/tekstlimieten";

/**
 * The client's own requests (Mijn verzoeken).
 * Dutch is the source (B1: short sentences, common words, "u"); mijn.en.ts has the same keys.
 */
export const teksten = {
  mijn: {
    metaTitel: "Mijn verzoeken – Rechtenloket",
    titel: "Mijn verzoeken",
    intro:
      "Hier ziet u de verzoeken die u bij ons heeft ingediend. Ook de verzoeken die u voor iemand anders heeft gedaan.",
    leeg: "U heeft nog geen verzoek ingediend.",
    nieuwVerzoek: "Verzoek indienen",
    beveiligingTitel: "Inloggen en beveiliging",
    beveiligingTekst: "Wilt u sneller inloggen met een passkey, of overal uitloggen?",
    beveiligingLink: "Naar inloggen en beveiliging",
    recht: "Recht",
    nummer: "Nummer",
    status: "Status",
    ontvangenOp: "Ontvangen op",
    antwoordUiterlijk: "U hoort van ons uiterlijk op",
    uitgevoerdUiterlijk: "Wij voeren het besluit uit uiterlijk op",
    voor: (naam: string) => `Voor ${naam}`,
    ingediendVoor: "Ingediend voor",
    // Status page
    verzoekMetaTitel: (nummer: string) => `Verzoek ${nummer} – Rechtenloket`,
    verzoekTitel: (nummer: string) => `Verzoek ${nummer}`,
    terug: "Terug naar mijn verzoeken",
    overTitel: "Over dit verzoek",
    gevraagdTitel: "Wat u vroeg",
    tussentijdsTitel: "Uw gegevens niet gebruiken tot ons besluit",
    tussentijdsGevraagd:
      "U vroeg om de gegevens waar uw verzoek over gaat niet te gebruiken tot ons besluit. Wij zoeken uit om welke gegevens het gaat en schermen die af.",
    tussentijdsNu: (n: number) =>
      `U vroeg om de gegevens waar uw verzoek over gaat niet te gebruiken tot ons besluit. Dat doen wij: ${n} ${n === 1 ? "onderdeel" : "onderdelen"} van uw dossier ${n === 1 ? "is" : "zijn"} afgeschermd. Medewerkers kunnen ${n === 1 ? "het" : "ze"} niet inzien of gebruiken, en wij geven ${n === 1 ? "het" : "ze"} aan niemand. Voordat wij ${n === 1 ? "het" : "ze"} weer gebruiken, krijgt u bericht.`,
    tussentijdsOpgeheven: (datum: string) =>
      `De afscherming tijdens uw verzoek is opgeheven op ${datum}. Wij hebben u dat eerst laten weten, met de reden.`,
    pauzeTitel: "Wij wachten op uw antwoord",
    pauzeSinds: (datum: string) => `Wij hebben u een vraag gesteld. Sinds ${datum} staat de termijn stil.`,
    pauzeVraag: "Onze vraag:",
    identiteitTitel: "Wij moeten nog controleren wie u bent",
    identiteitUitleg:
      "Voordat wij gegevens laten zien, geven of veranderen, moeten wij zeker weten wie u bent. De code naar uw e-mailadres is daarvoor niet altijd genoeg. Wij nemen contact met u op om uw identiteitsbewijs te bekijken, aan de balie of in een videogesprek. Wij maken er nooit een kopie van.",
    bewijsNogTitel: "Wij moeten nog uw bewijs van vertegenwoordiging zien",
    pauzeSchuift:
      "Zolang wij op uw antwoord wachten, schuift de datum waarop u van ons hoort op. Elke dag dat de termijn stilstaat, komt erbij.",
    pauzeActie: "Stuur uw antwoord bij Berichten. Dan loopt de termijn weer.",
    pauzeLink: "Naar het antwoordformulier",
    termijnTitel: "Wanneer hoort u van ons?",
    doelTermijnAfgesloten: "Dit verzoek is afgesloten.",
    gepauzeerd: (dagen: number) =>
      `De termijn heeft ${dagen} ${dagen === 1 ? "dag" : "dagen"} stilgestaan, omdat wij op uw antwoord wachtten. Daarom zijn deze datums ${dagen} ${dagen === 1 ? "dag" : "dagen"} later.`,
    verlengd:
      "Wij hebben de termijn verlengd, omdat uw verzoek veel werk is. Dat mag volgens de wet met ten hoogste 2 maanden.",
    verlengdReden: "De reden:",
    uitvoering: (datum: string) => `Wij voeren ons besluit uiterlijk op ${datum} uit.`,
    tijdlijnTitel: "Wat er is gebeurd",
    tijdlijnLeeg: "Er is nog niets gebeurd.",
    berichtenTitel: "Berichten",
    geenBerichten: "Er zijn nog geen berichten.",
    vanU: "U",
    herladen: "Pagina opnieuw laden",
    berichtLabel: "Uw bericht",
    antwoordLabel: "Uw antwoord",
    berichtHint: `Maximaal ${TEKSTLIMIET.lang} tekens. Wij lezen uw bericht op werkdagen.`,
    berichtVersturen: "Bericht versturen",
    antwoordVersturen: "Antwoord versturen",
    berichtVerstuurd: "Uw bericht is verstuurd.",
    antwoordVerstuurd: "Dank u wel voor uw antwoord. De termijn loopt weer. Hieronder ziet u wanneer u van ons hoort.",
    afgeslotenBericht:
      "Dit verzoek is afgesloten. U kunt er geen berichten meer over sturen. Heeft u nog een vraag? Neem dan contact met ons op.",
    documentenTitel: "Documenten",
    geenDocumenten: "Nog geen documenten.",
    intrekkenTitel: "Verzoek intrekken",
    intrekkenUitleg: "Wilt u dit verzoek niet meer? Dan kunt u het intrekken. Wij doen er daarna niets meer mee.",
    intrekkenLink: "Verzoek intrekken",
    // Confirm step
    intrekkenMetaTitel: (nummer: string) => `Verzoek ${nummer} intrekken – Rechtenloket`,
    intrekkenVraag: (nummer: string) => `Wilt u verzoek ${nummer} intrekken?`,
    intrekkenGevolg:
      "Als u het verzoek intrekt, stoppen wij ermee. Dit kunt u niet ongedaan maken. Wilt u later toch iets van ons? Dan dient u een nieuw verzoek in.",
    redenLabel: "Waarom trekt u het verzoek in? (niet verplicht)",
    redenHint: `Maximaal ${TEKSTLIMIET.lang} tekens.`,
    bevestigKnop: "Ja, trek mijn verzoek in",
    annuleren: "Nee, ga terug naar het verzoek",
    kanNietIntrekken: "Dit verzoek is afgesloten. Intrekken kan niet meer.",
    ingetrokken: "Uw verzoek is ingetrokken. U krijgt hierover ook een e-mail.",
    // Errors
    foutTitel: "Controleer het volgende:",
    fouten: {
      bericht_leeg: "Schrijf een bericht. Het bericht is nu leeg.",
      bericht_te_lang: (aantal: number) =>
        `Uw bericht is te lang: ${aantal} tekens. Het mag ten hoogste ${TEKSTLIMIET.lang} tekens zijn.`,
      reden_te_lang: (aantal: number) =>
        `Uw reden is te lang: ${aantal} tekens. Gebruik ten hoogste ${TEKSTLIMIET.lang} tekens.`,
      intussen_gewijzigd: "Dit verzoek is intussen gewijzigd. Laad de pagina opnieuw.",
      al_ingetrokken: "U heeft dit verzoek al ingetrokken. U hoeft niets meer te doen.",
      al_afgerond: "Dit verzoek is al afgerond. Intrekken kan daarom niet meer.",
      afgesloten:
        "Dit verzoek is afgesloten. U kunt er geen bericht meer over sturen. Heeft u een vraag? Neem contact met ons op.",
      onbekend: "Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.",
    },
    tijdlijn: {
      ontvangen: "Wij hebben uw verzoek ontvangen.",
      identiteit_bevestigd: "Wij weten nu zeker wie u bent. Uw identiteit is bevestigd.",
      opgepakt: "Wij zijn met uw verzoek begonnen.",
      vraag_gesteld: "Wij hebben u een vraag gesteld. De termijn staat stil tot wij uw antwoord hebben.",
      antwoord_ontvangen: "Wij hebben uw antwoord ontvangen. De termijn loopt weer.",
      antwoordNieuweDatum: (datum: string) => `U hoort nu uiterlijk op ${datum} van ons.`,
      hervat: "De termijn loopt weer.",
      verlengd: "Wij hebben meer tijd nodig. Wij hebben de termijn verlengd.",
      nieuweUitersteDatum: (datum: string) => `Nieuwe uiterste datum: ${datum}.`,
      besluit: "Wij hebben een besluit genomen.",
      besluitSoort: {
        toewijzing: "Wij hebben besloten: u krijgt wat u vroeg.",
        gedeeltelijke_afwijzing:
          "Wij hebben besloten: u krijgt een deel van wat u vroeg. In ons bericht leest u waarom.",
        afwijzing: "Wij hebben besloten: wij wijzen uw verzoek af. In ons bericht leest u waarom en wat u kunt doen.",
        kennelijk_ongegrond:
          "Wij hebben besloten: wij behandelen uw verzoek niet. In ons bericht leest u waarom en wat u kunt doen.",
        verlenging: "Wij hebben meer tijd nodig. Wij hebben de termijn verlengd.",
      },
      uitgevoerd: "Wij hebben uw verzoek uitgevoerd.",
      watGedaan: "Wat wij hebben gedaan:",
      ontvangersGemeld: (n: number) =>
        n === 1
          ? "Wij hebben 1 organisatie die eerder gegevens van ons kreeg op de hoogte gebracht. U kunt ons vragen welke dat is."
          : `Wij hebben ${n} organisaties die eerder gegevens van ons kregen op de hoogte gebracht. U kunt ons vragen welke dat zijn.`,
      afgerond: "Uw verzoek is afgerond.",
      gesloten: "Wij hebben uw verzoek gesloten zonder besluit.",
      ingetrokken: "U heeft uw verzoek ingetrokken.",
      onbekend: "Er is iets veranderd aan uw verzoek.",
      reden: "Reden:",
      uwReden: "Uw reden:",
    },
  },
};

export type Teksten = typeof teksten;
