import type { Teksten } from "./ontvangst.nl";

/** The confirmation after a request is filed, and what the client's request pages say about its term and proof. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  ontvangst: {
    ontvangenMetaTitel: "Request received – Rights desk",
    ontvangenTitel: "We have received your request",
    ontvangenNummer: "Your request number",
    ontvangenRecht: "Your request",
    ontvangenOp: "Received on",
    termijnZin: (doel: string, wet: string) =>
      doel === wet
        ? `You will hear from us by ${doel} at the latest. That is also the latest date the law (GDPR) allows.`
        : `You will hear from us by ${doel} at the latest, and in any case no later than ${wet}: the latest date the law (GDPR) allows.`,
    ontvangenBewaar: "Keep this number. We have also sent you an e-mail.",
    watNuTitel: "What happens next?",
    watNu: [
      "First we check that it is really you. Are you making the request for someone else? Then we also check that you are allowed to.",
      "Do we have a question for you? Then we send you a message. Until you answer, the time limit is paused. The date above then moves.",
      "Is your request complex? Then we may take 2 more months. We will tell you in time, with the reason.",
    ],
    naarMijn: "View your requests",
    bewijsTitel: "What we need from you",
    bewijsIntro: (naam: string) =>
      `You are making this request for ${naam}. We only act on your request once we have seen this:`,
    bewijs: {
      ouder_met_gezag:
        "Proof that you have parental authority over the child, for example an extract from the custody register (gezagsregister; free from the court or via rechtspraak.nl).",
      voogd: "Proof that you are the guardian: an extract from the custody register or the court decision.",
      mentor: "The court decision that appointed you as mentor.",
      curator: "The court decision that appointed you as curator.",
      gemachtigde:
        "A written authorisation signed by the person concerned: for which request, with the date. We also ask the person concerned to confirm it themselves.",
    } as Record<string, string>,
    bewijsAanleveren:
      "Show it at our front desk or in a video call, or send it by post. For the check of your identity, bring your proof of identity; never send a copy. We only write down what we saw and keep no copy. Does the proof show a citizen service number (BSN)? Then make it unreadable.",
  },
};
