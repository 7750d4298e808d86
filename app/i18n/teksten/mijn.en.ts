import { TEKSTLIMIET } from "~/domain/tekstlimieten";
import type { Teksten } from "./mijn.nl";

/** The client's own requests (Mijn verzoeken). The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  mijn: {
    metaTitel: "My requests – Rights desk",
    titel: "My requests",
    intro: "Here you see the requests you made to us. This includes requests you made for someone else.",
    leeg: "You have not made a request yet.",
    nieuwVerzoek: "Make a request",
    beveiligingTitel: "Sign-in and security",
    beveiligingTekst: "Would you like to sign in faster with a passkey, or sign out everywhere?",
    beveiligingLink: "Go to sign-in and security",
    recht: "Right",
    nummer: "Number",
    status: "Status",
    ontvangenOp: "Received on",
    antwoordUiterlijk: "You will hear from us by",
    uitgevoerdUiterlijk: "We will carry out the decision by",
    voor: (naam: string) => `For ${naam}`,
    ingediendVoor: "Made for",
    verzoekMetaTitel: (nummer: string) => `Request ${nummer} – Rights desk`,
    verzoekTitel: (nummer: string) => `Request ${nummer}`,
    terug: "Back to my requests",
    overTitel: "About this request",
    gevraagdTitel: "What you asked",
    tussentijdsTitel: "Not using your data until our decision",
    tussentijdsGevraagd:
      "You asked us not to use the data your request is about until our decision. We are finding out which data that is, and will restrict it.",
    tussentijdsNu: (n: number) =>
      `You asked us not to use the data your request is about until our decision. We do so: ${n} ${n === 1 ? "item" : "items"} of your file ${n === 1 ? "is" : "are"} restricted. Staff cannot see or use ${n === 1 ? "it" : "them"}, and we give ${n === 1 ? "it" : "them"} to no one. Before we use ${n === 1 ? "it" : "them"} again, you will hear from us.`,
    tussentijdsOpgeheven: (datum: string) =>
      `The restriction during your request was lifted on ${datum}. We told you first, with the reason.`,
    pauzeTitel: "We are waiting for your answer",
    pauzeSinds: (datum: string) => `We asked you a question. The time limit has been paused since ${datum}.`,
    pauzeVraag: "Our question:",
    identiteitTitel: "We still need to check who you are",
    identiteitUitleg:
      "Before we show, give or change any data, we must be sure who you are. The code to your e-mail address is not always enough for that. We will contact you to look at your proof of identity, at our front desk or in a video call. We never make a copy of it.",
    bewijsNogTitel: "We still need to see your proof of representation",
    pauzeSchuift:
      "While we wait for your answer, the date by which you hear from us moves later. Every day the time limit is paused is added.",
    pauzeActie: "Send us your answer. Then the time limit starts again.",
    pauzeLink: "Send your answer",
    termijnTitel: "When will you hear from us?",
    doelTermijnAfgesloten: "This request is closed.",
    gepauzeerd: (dagen: number) =>
      `The time limit was paused for ${dagen} ${dagen === 1 ? "day" : "days"} while we waited for your answer. That is why these dates are ${dagen} ${dagen === 1 ? "day" : "days"} later.`,
    verlengd:
      "We have extended the time limit because your request is a lot of work. The law allows this by 2 months at most.",
    verlengdReden: "The reason:",
    uitvoering: (datum: string) => `We will carry out our decision by ${datum}.`,
    tijdlijnTitel: "What has happened",
    tijdlijnLeeg: "Nothing has happened yet.",
    berichtenTitel: "Messages",
    geenBerichten: "There are no messages yet.",
    vanU: "You",
    herladen: "Reload the page",
    berichtMetaTitel: (nummer: string) => `Message about request ${nummer} – Rights desk`,
    berichtTitel: "Send a message",
    antwoordTitel: "Your answer to our question",
    berichtIntro: (nummer: string) => `About request ${nummer}. We see your message with your request.`,
    terugNaarVerzoek: "Back to your request",
    berichtLink: "Send a message",
    berichtLabel: "Your message",
    antwoordLabel: "Your answer",
    berichtHint: `${TEKSTLIMIET.lang} characters at most. We read your message on working days.`,
    berichtVersturen: "Send message",
    antwoordVersturen: "Send answer",
    berichtVerstuurd: "Your message has been sent.",
    antwoordVerstuurd:
      "Thank you for your answer. The time limit is running again. Below you see when you will hear from us.",
    afgeslotenBericht:
      "This request is closed. You can no longer send messages about it. Do you have a question? Then please contact us.",
    documentenTitel: "Documents",
    geenDocumenten: "No documents yet.",
    intrekkenTitel: "Withdraw request",
    intrekkenUitleg:
      "Do you no longer want this request? Then you can withdraw it. After that we take no further action.",
    intrekkenLink: "Withdraw request",
    intrekkenMetaTitel: (nummer: string) => `Withdraw request ${nummer} – Rights desk`,
    intrekkenVraag: (nummer: string) => `Do you want to withdraw request ${nummer}?`,
    intrekkenGevolg:
      "If you withdraw the request, we stop working on it. You cannot undo this. If you want something from us later, please make a new request.",
    redenLabel: "Why are you withdrawing the request? (optional)",
    redenHint: `${TEKSTLIMIET.lang} characters at most.`,
    bevestigKnop: "Yes, withdraw my request",
    annuleren: "No, go back to the request",
    kanNietIntrekken: "This request is closed. It can no longer be withdrawn.",
    ingetrokken: "Your request has been withdrawn. You will also get an e-mail about this.",
    foutTitel: "Please check the following:",
    fouten: {
      bericht_leeg: "Write a message. The message is empty now.",
      bericht_te_lang: (aantal: number) =>
        `Your message is too long: ${aantal} characters. It may be ${TEKSTLIMIET.lang} characters at most.`,
      reden_te_lang: (aantal: number) =>
        `Your reason is too long: ${aantal} characters. Please use ${TEKSTLIMIET.lang} characters at most.`,
      intussen_gewijzigd: "This request has changed in the meantime. Please reload the page.",
      al_ingetrokken: "You have already withdrawn this request. You do not need to do anything else.",
      al_afgerond: "This request is already complete. It can no longer be withdrawn.",
      afgesloten:
        "This request is closed. You can no longer send a message about it. Do you have a question? Please contact us.",
      onbekend: "Something went wrong. Nothing has changed. Please try again.",
    },
  },
};
