/**
 * The confirmation after a request is filed, and what the client's request pages say about its term and proof.
 * Dutch is the source (B1: short sentences, common words, "u"); ontvangst.en.ts has the same keys.
 */
export const teksten = {
  ontvangst: {
    ontvangenMetaTitel: "Verzoek ontvangen – Rechtenloket",
    // Confirmation page
    ontvangenTitel: "Wij hebben uw verzoek ontvangen",
    ontvangenNummer: "Uw verzoeknummer",
    ontvangenRecht: "Uw verzoek",
    ontvangenOp: "Ontvangen op",
    /** One sentence: our promise is the answer, the law's limit the backstop. */
    termijnZin: (doel: string, wet: string) =>
      doel === wet
        ? `U hoort uiterlijk op ${doel} van ons. Dat is ook de uiterste datum volgens de wet (AVG).`
        : `U hoort uiterlijk op ${doel} van ons, en in elk geval niet later dan ${wet}: de uiterste datum volgens de wet (AVG).`,
    ontvangenBewaar: "Bewaar dit nummer. Wij hebben u ook een e-mail gestuurd.",
    watNuTitel: "Wat gebeurt er nu?",
    watNu: [
      "Wij controleren eerst of u het echt bent. Doet u het verzoek voor iemand anders? Dan controleren wij ook of u dat mag.",
      "Hebben wij een vraag aan u? Dan sturen wij u een bericht. Tot uw antwoord er is, staat de termijn stil. De datum hierboven schuift dan op.",
      "Is uw verzoek ingewikkeld? Dan mogen wij er 2 maanden langer over doen. Dat laten wij u dan op tijd weten, met de reden.",
    ],
    naarMijn: "Bekijk uw verzoeken",
    bewijsTitel: "Wat wij van u nodig hebben",
    bewijsIntro: (naam: string) =>
      `U doet dit verzoek voor ${naam}. Wij doen pas iets met uw verzoek als wij dit hebben gezien:`,
    bewijs: {
      ouder_met_gezag:
        "Het bewijs dat u het gezag over het kind heeft, bijvoorbeeld een uittreksel uit het gezagsregister (gratis aan te vragen bij de rechtbank of via rechtspraak.nl).",
      voogd: "Het bewijs dat u de voogd bent: een uittreksel uit het gezagsregister of de uitspraak van de rechter.",
      mentor: "De uitspraak van de rechter waarin u als mentor bent benoemd.",
      curator: "De uitspraak van de rechter waarin u als curator bent benoemd.",
      gemachtigde:
        "Een machtiging die de betrokkene zelf heeft ondertekend: voor welk verzoek, met de datum. Wij vragen de betrokkene ook zelf om de machtiging te bevestigen.",
    } as Record<string, string>,
    bewijsAanleveren:
      "Laat het zien aan de balie of in een videogesprek, of stuur het per post. Neem voor de controle van uw identiteit uw identiteitsbewijs mee; stuur nooit een kopie. Wij schrijven alleen op wat wij hebben gezien en bewaren geen kopie. Staat er een burgerservicenummer (BSN) op het bewijs? Maak dat dan onleesbaar.",
  },
};

export type Teksten = typeof teksten;
