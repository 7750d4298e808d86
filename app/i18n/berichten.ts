import type { Verzoektype } from "~/domain/request-types";
import type { Taal } from "./taal";

/** One right on the start page: its name, one plain sentence, and where it is in the law. */
export type RechtUitleg = { naam: string; uitleg: string; artikel: string; noot?: string };
type RechtenUitleg = Record<Verzoektype, RechtUitleg>;

/**
 * Interface texts. Dutch is the source (B1: short sentences, common words, "u");
 * English must have the same keys (the type makes a missing translation a compile error).
 */
const nl = {
  layout: {
    skipLink: "Ga direct naar de inhoud",
    portaal: "Rechtenloket",
    taalKiezen: "Taal",
    naarEngels: "English",
    naarNederlands: "Nederlands",
    hoofdmenu: "Hoofdmenu",
    home: "Home",
    verzoekIndienen: "Verzoek indienen",
    mijnVerzoeken: "Mijn verzoeken",
    inloggen: "Inloggen",
    fg: "Functionaris gegevensbescherming",
    klachten: "Klachten",
    ap: "Autoriteit Persoonsgegevens",
  },
  fout: {
    titel: "Er ging iets mis",
    nietGevonden: "Deze pagina bestaat niet.",
    tekst: "Probeer het later opnieuw. Lukt het dan nog niet? Neem contact met ons op.",
    terug: "Terug naar de startpagina",
  },
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
    rechten: {
      inzage: {
        naam: "Inzage",
        uitleg: "U ziet welke gegevens wij over u hebben en u krijgt er een kopie van.",
        artikel: "Artikel 15 AVG",
      },
      correctie: {
        naam: "Correctie en aanvulling",
        uitleg: "Klopt er iets niet, of mist er iets? Dan vraagt u ons dat te verbeteren of aan te vullen.",
        artikel: "Artikel 16 AVG",
      },
      verwijdering: {
        naam: "Verwijdering",
        uitleg: "U vraagt ons om uw gegevens te wissen.",
        noot: "Een medisch dossier moeten wij meestal 20 jaar bewaren. Dan wissen we het niet, maar schermen we het af. Niemand bij ons kan het dan nog inzien.",
        artikel: "Artikel 17 AVG",
      },
      afscherming: {
        naam: "Afscherming",
        uitleg: "U vraagt ons om uw gegevens tijdelijk of voor een deel niet meer te gebruiken.",
        artikel: "Artikel 18 AVG",
      },
      bezwaar: {
        naam: "Bezwaar",
        uitleg: "U vindt dat wij uw gegevens in uw situatie niet zo mogen gebruiken. Dan maakt u bezwaar.",
        artikel: "Artikel 21 AVG",
      },
      dataportabiliteit: {
        naam: "Dataportabiliteit",
        uitleg: "U krijgt uw gegevens in een bestand. Of wij sturen ze direct naar een andere zorgverlener.",
        artikel: "Artikel 20 AVG",
      },
      intrekking_toestemming: {
        naam: "Toestemming intrekken",
        uitleg: "Heeft u ons ergens toestemming voor gegeven? Dan kunt u die altijd weer intrekken.",
        artikel: "Artikel 7 lid 3 AVG",
      },
    } satisfies RechtenUitleg as RechtenUitleg,
    termijnTitel: "Wanneer krijgt u antwoord?",
    termijn: [
      "Meestal krijgt u binnen 4 weken antwoord. Voor sommige verzoeken is dat binnen 1 maand.",
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
    geenKopie: "Wij maken nooit een kopie van uw identiteitsbewijs. En wij vragen nooit om uw burgerservicenummer (BSN).",
    anderTitel: "Een verzoek voor iemand anders",
    anderIntro: "Doet u een verzoek voor uw kind? Dan hangt het van de leeftijd van uw kind af wie het verzoek doet.",
    leeftijd: [
      { titel: "Jonger dan 12 jaar", tekst: "De ouders met gezag doen het verzoek." },
      {
        titel: "12 tot en met 15 jaar",
        tekst: "Het kind en de ouders met gezag mogen allebei een verzoek doen. Soms geven wij ouders geen inzage, omdat dat beter is voor het kind. Dat leggen wij dan uit.",
      },
      { titel: "16 jaar en ouder", tekst: "Alleen de jongere zelf doet het verzoek." },
    ],
    vertegenwoordiger: "Bent u mentor, curator of gemachtigde? Dan kunt u een verzoek doen voor de cliënt. Een gemachtigde heeft een schriftelijke machtiging nodig.",
    bewindvoerder: "Bent u bewindvoerder? U regelt dan alleen de geldzaken. Het zorgdossier kunt u daarom niet opvragen.",
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
};

export type Berichten = typeof nl;

const en: Berichten = {
  layout: {
    skipLink: "Skip to content",
    portaal: "Rights desk",
    taalKiezen: "Language",
    naarEngels: "English",
    naarNederlands: "Nederlands",
    hoofdmenu: "Main menu",
    home: "Home",
    verzoekIndienen: "Make a request",
    mijnVerzoeken: "My requests",
    inloggen: "Sign in",
    fg: "Data protection officer",
    klachten: "Complaints",
    ap: "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
  },
  fout: {
    titel: "Something went wrong",
    nietGevonden: "This page does not exist.",
    tekst: "Please try again later. If it still does not work, contact us.",
    terug: "Back to the start page",
  },
  home: {
    titel: "Your privacy rights",
    metaTitel: "Your privacy rights – Rights desk",
    intro: [
      "Here you can ask us what data we have about you. You can also use your other privacy rights here.",
      "You can do this if you are a client now, and also if you were a client in the past.",
      "You can also make a request for someone else. For example as the parent of a child, or as a mentor, guardian (curator) or authorised representative.",
    ],
    verzoekIndienen: "Make a request",
    mijnVerzoeken: "My requests",
    alIngediend: "Have you already made a request? Then go to",
    rechtenTitel: "Your rights",
    rechtenIntro: "These are your rights. The law is called the GDPR (General Data Protection Regulation), in Dutch: AVG.",
    letOp: "Please note:",
    rechten: {
      inzage: {
        naam: "Access",
        uitleg: "You see what data we have about you and you get a copy of it.",
        artikel: "Article 15 GDPR",
      },
      correctie: {
        naam: "Correction and completion",
        uitleg: "Is something wrong or missing? Then you ask us to correct it or add to it.",
        artikel: "Article 16 GDPR",
      },
      verwijdering: {
        naam: "Erasure",
        uitleg: "You ask us to delete your data.",
        noot: "We usually have to keep a medical record for 20 years. Then we do not delete it, but we shield it. Nobody at our practice can see it any more.",
        artikel: "Article 17 GDPR",
      },
      afscherming: {
        naam: "Restriction",
        uitleg: "You ask us to stop using your data for a while, or to stop using part of it.",
        artikel: "Article 18 GDPR",
      },
      bezwaar: {
        naam: "Objection",
        uitleg: "You think that, in your situation, we should not use your data in a certain way. Then you object.",
        artikel: "Article 21 GDPR",
      },
      dataportabiliteit: {
        naam: "Data portability",
        uitleg: "You get your data in a file. Or we send it directly to another care provider.",
        artikel: "Article 20 GDPR",
      },
      intrekking_toestemming: {
        naam: "Withdraw consent",
        uitleg: "Did you give us permission for something? Then you can always withdraw it.",
        artikel: "Article 7(3) GDPR",
      },
    },
    termijnTitel: "When will you get an answer?",
    termijn: [
      "You usually get an answer within 4 weeks. For some requests it is within 1 month.",
      "The law gives us no more than 1 month for this.",
      "Is your request complex? Then we may take 2 more months. If so, we tell you within the first month. We also explain why.",
      "Do we need information from you? Then the clock stops. It starts again when we have your answer.",
      "Does the last day fall on a weekend or a public holiday? Then it moves to the next working day.",
    ],
    identiteitTitel: "How do we know it is you?",
    identiteitIntro: "We only give your data to you. That is why we first check who you are.",
    identiteit: [
      "We send a code of 6 digits to your e-mail address. You enter that code here.",
      "After that you can create a passkey. Next time you sign in with, for example, your fingerprint or the PIN of your phone.",
      "Sometimes we ask you to show your proof of identity. You can do this at our office or in a video call.",
    ],
    geenKopie: "We never make a copy of your proof of identity. And we never ask for your citizen service number (BSN).",
    anderTitel: "A request for someone else",
    anderIntro: "Are you making a request for your child? Then the age of your child decides who makes the request.",
    leeftijd: [
      { titel: "Under 12", tekst: "The parents with parental authority make the request." },
      {
        titel: "12 to 15",
        tekst: "The child and the parents with parental authority can both make a request. Sometimes we do not give parents access, because that is better for the child. We will then explain why.",
      },
      { titel: "16 and older", tekst: "Only the young person makes the request." },
    ],
    vertegenwoordiger: "Are you a mentor, guardian (curator) or authorised representative? Then you can make a request for the client. An authorised representative needs a written authorisation.",
    bewindvoerder: "Are you a financial administrator (bewindvoerder)? Then you only deal with money matters. That is why you cannot ask for the care file.",
    klachtTitel: "Do you disagree with us?",
    klachtIntro: "Are you unhappy with our decision? Or with how we handle your data? Then you can:",
    fgTitel: "Ask our data protection officer (DPO)",
    fgTekst: "The DPO makes sure we handle your data properly.",
    fgGeenContact: "Send an e-mail to",
    klachtenrouteTitel: "Make a complaint to us",
    klachtenrouteLeeg: "Contact us. We will tell you how to make a complaint.",
    geschilTitel: "Go to the disputes committee",
    apTitel: "Make a complaint to the Dutch Data Protection Authority",
    apTekst: "The Autoriteit Persoonsgegevens (AP) supervises the privacy law in the Netherlands.",
    rechterTitel: "Go to court",
    rechterTekst: "You can also ask a court to decide.",
    slotTekst: "Would you like to use one of your rights?",
  },
};

export const BERICHTEN: Record<Taal, Berichten> = { nl, en };
