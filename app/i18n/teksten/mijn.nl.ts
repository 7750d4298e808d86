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
    pauzeActie: "Stuur ons uw antwoord. Dan loopt de termijn weer.",
    pauzeLink: "Uw antwoord sturen",
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
    /** The message page (/mijn/verzoeken/:nummer/bericht): one task per page. */
    berichtMetaTitel: (nummer: string) => `Bericht over verzoek ${nummer} – Rechtenloket`,
    berichtTitel: "Bericht sturen",
    antwoordTitel: "Uw antwoord op onze vraag",
    berichtIntro: (nummer: string) => `Over verzoek ${nummer}. Wij zien uw bericht bij uw verzoek.`,
    terugNaarVerzoek: "Terug naar uw verzoek",
    berichtLink: "Bericht sturen",
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
  },
};

export type Teksten = typeof teksten;
