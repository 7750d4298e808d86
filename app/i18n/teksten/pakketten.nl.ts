/**
 * The packages (copy, portability) on the client's request page: what they are, until when, download.
 * Dutch is the source (B1: short sentences, common words, "u"); pakketten.en.ts has the same keys.
 */
export const teksten = {
  pakketten: {
    lijstTitel: "Documenten en downloads",
    soort: { inzage: "Inzage in uw gegevens", dataportabiliteit: "Uw gegevens om over te dragen" } as Record<
      string,
      string
    >,
    downloadKnop: (soort: string) => `Download ${soort.toLowerCase()} (ZIP)`,
    gemaaktOp: (datum: string) => `Gemaakt op ${datum}.`,
    beschikbaarTot: (datum: string, over: number) =>
      `U kunt dit bestand downloaden tot ${datum}. U kunt het nog ${over} keer downloaden.`,
    redenVerlopen: "Dit bestand is verlopen en niet meer te openen. Wilt u het opnieuw? Stuur ons een bericht.",
    redenLimiet: "Dit bestand is zo vaak gedownload als mag. Wilt u het opnieuw? Stuur ons een bericht.",
    redenIdentiteit:
      "U kunt dit bestand nog niet downloaden: wij moeten eerst zeker weten wie u bent. Wij nemen contact met u op voor een controle van uw identiteitsbewijs, aan de balie of via video.",
    downloadsTitel: "Wie heeft dit bestand gedownload",
    geenDownloads: "Nog niemand heeft dit bestand gedownload.",
    downloadDoorClient: (datum: string) => `U (of uw vertegenwoordiger) op ${datum}`,
    downloadDoorOntvanger: (naam: string, datum: string) => `${naam} op ${datum}`,
    inzageLink: "Bekijk het overzicht van uw gegevens",
  },
};

export type Teksten = typeof teksten;
