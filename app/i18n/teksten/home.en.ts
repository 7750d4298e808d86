import type { Period } from "~/domain/deadlines";
import type { Teksten } from "./home.nl";

/** The start page, the rights and their terms, the complaints page. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
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
    rechtenIntro:
      "These are your rights. The law is called the GDPR (General Data Protection Regulation), in Dutch: AVG.",
    letOp: "Please note:",
    termijnTitel: "When will you get an answer?",
    termijn: [
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
    geenKopie:
      "We never make a copy of your proof of identity. And we never ask for your citizen service number (BSN).",
    anderTitel: "A request for someone else",
    anderIntro: "Are you making a request for your child? Then the age of your child decides who makes the request.",
    leeftijd: [
      { titel: "Under 12", tekst: "The parents with parental authority make the request." },
      {
        titel: "12 to 15",
        tekst:
          "The child and the parents with parental authority can both make a request. Sometimes we do not give parents access, because that is better for the child. We will then explain why.",
      },
      { titel: "16 and older", tekst: "Only the young person makes the request." },
    ],
    vertegenwoordiger:
      "Are you a mentor, guardian (curator) or authorised representative? Then you can make a request for the client. An authorised representative needs a written authorisation.",
    bewindvoerder:
      "Are you a financial administrator (bewindvoerder)? Then you only deal with money matters. That is why you cannot ask for the care file.",
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
  klachtenPagina: {
    metaTitel: "Complaints – Rechtenloket",
    titel: "Making a complaint",
    intro:
      "Are you unhappy with our decision? Or with how we handle your data? Then you can do the following. You may choose where you start.",
    verzoekTitel: "Is it about a request you made?",
    verzoekTekst: "Then first send us a message with that request. We can often solve it quickly.",
    naarMijn: "Go to my requests",
  },
  startTermijnen: {
    intro: "These are our deadlines. Within this time you get our decision:",
    periode: (p: Period) =>
      "weeks" in p
        ? `within ${p.weeks} ${p.weeks === 1 ? "week" : "weeks"}`
        : "months" in p
          ? `within ${p.months} ${p.months === 1 ? "month" : "months"}`
          : `within ${p.workingDays} ${p.workingDays === 1 ? "working day" : "working days"}`,
  },
};
