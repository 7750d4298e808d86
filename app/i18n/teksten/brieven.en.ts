import type { Teksten } from "./brieven.nl";

/** The decision letters on the client's request page and the letter page. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  brieven: {
    metaTitel: (nummer: string) => `Letter about request ${nummer} – Rights desk`,
    titel: (nummer: string) => `Letter about your request ${nummer}`,
    terug: "Back to your request",
    pdfLink: "Download the letter as PDF",
    pdfUitleg: "The PDF is the same letter. You can keep it or print it.",
    besluitenTitel: "Letters about your request",
    besluitLink: (onderwerp: string, datum: string) => `${onderwerp} (${datum})`,
  },
};
