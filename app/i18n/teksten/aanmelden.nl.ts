import { wachttijd } from "./wachttijd";

/**
 * The first step of the request form: the e-mail address and the code sent to it. Read on the server only: the loader and the action give the screen its sentences (docs/decisions/033).
 * Dutch is the source (B1: short sentences, common words, "u"); aanmelden.en.ts has the same keys.
 */
export const teksten = {
  aanmelden: {
    // Step 0: the e-mail address first
    emailTitel: "Eerst uw e-mailadres",
    emailIntro: [
      "Wij sturen u een code van 6 cijfers per e-mail. Zo weten wij dat het e-mailadres van u is.",
      "Daarna vult u uw verzoek in. Ook als u het verzoek doet voor iemand anders.",
    ],
    emailLabel: "Uw e-mailadres",
    emailHint: "Bijvoorbeeld: naam@voorbeeld.nl",
    emailLeeg: "Vul uw e-mailadres in.",
    emailOngeldig: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
    codeVersturen: "Stuur mij een code",
    codeTeVaak: (seconden: number, geldigeCode = true) =>
      geldigeCode
        ? `Wij hebben nu geen nieuwe code gestuurd, want u kreeg er net al een. Die code werkt nog: gebruik de code uit de nieuwste e-mail. Een nieuwe code kunt u over ${wachttijd(seconden, "nl")} vragen.`
        : `Wij hebben nu geen nieuwe code gestuurd, want u vroeg er net al een. Die code is al gebruikt of werkt niet meer. Over ${wachttijd(seconden, "nl")} kunt u een nieuwe code vragen.`,
    codeTitel: "Vul uw code in",
    codeIntro: (email: string) => `Wij hebben een code van 6 cijfers gestuurd naar ${email}.`,
    codeGeldig: "De code is 10 minuten geldig. Ziet u geen e-mail? Kijk dan ook in de map met ongewenste e-mail.",
    codeLabel: "Code van 6 cijfers",
    codeHint: "U vindt de code in de e-mail. Bijvoorbeeld: 123456",
    codeLeeg: "Vul de code van 6 cijfers in.",
    codeFormaat: "De code bestaat uit 6 cijfers, bijvoorbeeld 123456.",
    codeOnjuist: (resterend: number) => `Deze code klopt niet. U kunt het nog ${resterend} keer proberen.`,
    codeGeblokkeerd:
      "U heeft 5 keer een verkeerde code ingevuld. Deze code werkt niet meer. Vraag een nieuwe code aan.",
    codeVerlopen: "Deze code is verlopen. Vraag een nieuwe code aan.",
    codeOntbreekt: "Er is geen geldige code voor dit e-mailadres. Vraag een nieuwe code aan.",
    codeBevestigen: "Bevestigen",
    nieuweCode: "Stuur mij een nieuwe code",
    nieuweCodeVerstuurd: "Wij hebben een nieuwe code gestuurd. Een oudere code werkt niet meer.",
    anderAdres: "Een ander e-mailadres gebruiken",
  },
};

export type Teksten = typeof teksten;
