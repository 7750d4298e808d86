/**
 * The decision letters on the client's request page and the letter page.
 * Dutch is the source (B1: short sentences, common words, "u"); brieven.en.ts has the same keys.
 */
export const teksten = {
  brieven: {
    metaTitel: (nummer: string) => `Brief over verzoek ${nummer} – Rechtenloket`,
    titel: (nummer: string) => `Brief over uw verzoek ${nummer}`,
    terug: "Terug naar uw verzoek",
    pdfLink: "Download de brief als PDF",
    pdfUitleg: "De PDF is dezelfde brief. U kunt hem bewaren of printen.",
    besluitenTitel: "Brieven over uw verzoek",
    besluitLink: (onderwerp: string, datum: string) => `${onderwerp} (${datum})`,
  },
};

export type Teksten = typeof teksten;
