import type { Period } from "~/domain/deadlines";

/**
 * The start page, the rights and their terms, the complaints page.
 * Dutch is the source (B1: short sentences, common words, "u"); home.en.ts has the same keys.
 */
export const teksten = {
  home: {
    titel: "Uw privacyrechten",
    metaTitel: "Uw privacyrechten – Rechtenloket",
    intro: [
      "Op dit loket vraagt u ons welke gegevens wij over u hebben. U kunt hier ook uw andere privacyrechten gebruiken.",
      "Dat kan als u nu cliënt bent, maar ook als u vroeger cliënt was.",
      "U kunt ook een verzoek doen voor iemand anders. Bijvoorbeeld als ouder van een kind, of als mentor, curator of gemachtigde.",
    ],
    verzoekIndienen: "Verzoek indienen",
    mijnVerzoeken: "Mijn verzoeken",
    alIngediend: "Heeft u al een verzoek ingediend? Kijk dan bij",
    rechtenTitel: "Uw rechten",
    rechtenIntro: "Dit zijn de rechten die u heeft. De wet heet de AVG (Algemene verordening gegevensbescherming).",
    letOp: "Let op:",
    termijnTitel: "Wanneer krijgt u antwoord?",
    termijn: [
      "De wet geeft ons hiervoor niet meer dan 1 maand.",
      "Is uw verzoek ingewikkeld? Dan mogen wij er 2 maanden langer over doen. Dat vertellen wij u dan binnen de eerste maand. We leggen ook uit waarom.",
      "Hebben wij informatie van u nodig? Dan stopt de tijd. De tijd loopt weer verder als wij uw antwoord hebben.",
      "Valt de laatste dag in het weekend of op een feestdag? Dan schuift die op naar de eerstvolgende werkdag.",
    ],
    identiteitTitel: "Hoe weten wij dat u het bent?",
    identiteitIntro: "Wij geven uw gegevens alleen aan u. Daarom controleren we eerst wie u bent.",
    identiteit: [
      "Wij sturen een code van 6 cijfers naar uw e-mailadres. Die code vult u in op dit loket.",
      "Daarna kunt u een passkey maken. Dan logt u de volgende keer in met bijvoorbeeld uw vingerafdruk of de pincode van uw telefoon.",
      "Soms vragen wij u om uw identiteitsbewijs te laten zien. Dat kan bij ons op kantoor of in een videogesprek.",
    ],
    geenKopie:
      "Wij maken nooit een kopie van uw identiteitsbewijs. En wij vragen nooit om uw burgerservicenummer (BSN).",
    anderTitel: "Een verzoek voor iemand anders",
    anderIntro: "Doet u een verzoek voor uw kind? Dan hangt het van de leeftijd van uw kind af wie het verzoek doet.",
    leeftijd: [
      { titel: "Jonger dan 12 jaar", tekst: "De ouders met gezag doen het verzoek." },
      {
        titel: "12 tot en met 15 jaar",
        tekst:
          "Het kind en de ouders met gezag mogen allebei een verzoek doen. Soms geven wij ouders geen inzage, omdat dat beter is voor het kind. Dat leggen wij dan uit.",
      },
      { titel: "16 jaar en ouder", tekst: "Alleen de jongere zelf doet het verzoek." },
    ],
    vertegenwoordiger:
      "Bent u mentor, curator of gemachtigde? Dan kunt u een verzoek doen voor de cliënt. Een gemachtigde heeft een schriftelijke machtiging nodig.",
    bewindvoerder:
      "Bent u bewindvoerder? U regelt dan alleen de geldzaken. Het zorgdossier kunt u daarom niet opvragen.",
    klachtTitel: "Bent u het niet eens met ons?",
    klachtIntro: "Bent u niet tevreden over ons besluit? Of over hoe wij met uw gegevens omgaan? Dan kunt u dit doen:",
    fgTitel: "Vraag het onze functionaris gegevensbescherming (FG)",
    fgTekst: "De FG let erop dat wij goed met uw gegevens omgaan.",
    fgGeenContact: "Stuur een e-mail naar",
    klachtenrouteTitel: "Dien een klacht in bij ons",
    klachtenrouteLeeg: "Neem contact met ons op. Wij vertellen u hoe u een klacht indient.",
    geschilTitel: "Ga naar de geschilleninstantie",
    apTitel: "Dien een klacht in bij de Autoriteit Persoonsgegevens",
    apTekst: "De Autoriteit Persoonsgegevens (AP) houdt toezicht op de privacywet.",
    rechterTitel: "Ga naar de rechter",
    rechterTekst: "U kunt ook de rechter vragen om een beslissing.",
    slotTekst: "Wilt u een van uw rechten gebruiken?",
  },
  klachtenPagina: {
    metaTitel: "Klachten – Rechtenloket",
    titel: "Een klacht indienen",
    intro:
      "Bent u niet tevreden over ons besluit? Of over hoe wij met uw gegevens omgaan? Dan kunt u dit doen. U mag zelf kiezen waar u begint.",
    verzoekTitel: "Gaat het over een verzoek dat u heeft gedaan?",
    verzoekTekst: "Stuur ons dan eerst een bericht bij dat verzoek. Vaak lossen wij het dan snel op.",
    naarMijn: "Naar mijn verzoeken",
  },
  startTermijnen: {
    intro: "Dit zijn onze termijnen. Binnen die tijd krijgt u ons besluit:",
    periode: (p: Period) =>
      "weeks" in p
        ? `binnen ${p.weeks} ${p.weeks === 1 ? "week" : "weken"}`
        : "months" in p
          ? `binnen ${p.months} ${p.months === 1 ? "maand" : "maanden"}`
          : `binnen ${p.workingDays} ${p.workingDays === 1 ? "werkdag" : "werkdagen"}`,
  },
};

export type Teksten = typeof teksten;
