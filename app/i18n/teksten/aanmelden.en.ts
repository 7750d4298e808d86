import { wachttijd } from "./wachttijd";
import type { Teksten } from "./aanmelden.nl";

/** The first step of the request form: the e-mail address and the code sent to it. Read on the server only: the loader and the action give the screen its sentences (docs/decisions/033). The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  aanmelden: {
    emailTitel: "First your e-mail address",
    emailIntro: [
      "We send you a code of 6 digits by e-mail. This way we know the e-mail address is yours.",
      "After that you fill in your request. Also if you make the request for someone else.",
    ],
    emailLabel: "Your e-mail address",
    emailHint: "For example: name@example.com",
    emailLeeg: "Enter your e-mail address.",
    emailOngeldig: "Enter a valid e-mail address, for example name@example.com.",
    codeVersturen: "Send me a code",
    codeTeVaak: (seconden: number, geldigeCode = true) =>
      geldigeCode
        ? `We have not sent a new code, because you just got one. That code still works: use the code from the newest e-mail. You can ask for a new code in ${wachttijd(seconden, "en")}.`
        : `We have not sent a new code, because you just asked for one. That code has been used or no longer works. You can ask for a new code in ${wachttijd(seconden, "en")}.`,
    codeTitel: "Enter your code",
    codeIntro: (email: string) => `We have sent a code of 6 digits to ${email}.`,
    codeGeldig: "The code is valid for 10 minutes. No e-mail? Please also check your spam folder.",
    codeLabel: "Code of 6 digits",
    codeHint: "You will find the code in the e-mail. For example: 123456",
    codeLeeg: "Enter the code of 6 digits.",
    codeFormaat: "The code has 6 digits, for example 123456.",
    codeOnjuist: (resterend: number) =>
      `This code is not correct. You can try ${resterend} more ${resterend === 1 ? "time" : "times"}.`,
    codeGeblokkeerd: "You entered a wrong code 5 times. This code no longer works. Ask for a new code.",
    codeVerlopen: "This code has expired. Ask for a new code.",
    codeOntbreekt: "There is no valid code for this e-mail address. Ask for a new code.",
    codeBevestigen: "Confirm",
    nieuweCode: "Send me a new code",
    nieuweCodeVerstuurd: "We have sent a new code. An older code no longer works.",
    anderAdres: "Use another e-mail address",
  },
};
