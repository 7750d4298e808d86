import type { Teksten } from "./pakketten.nl";

/** The packages (copy, portability) on the client's request page: what they are, until when, download. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  pakketten: {
    lijstTitel: "Documents and downloads",
    soort: { inzage: "Access to your data", dataportabiliteit: "Your data to transfer" } as Record<string, string>,
    downloadKnop: (soort: string) => `Download ${soort.toLowerCase()} (ZIP)`,
    gemaaktOp: (datum: string) => `Made on ${datum}.`,
    beschikbaarTot: (datum: string, over: number) =>
      `You can download this file until ${datum}. You can download it ${over} more times.`,
    redenVerlopen: "This file has expired and can no longer be opened. Do you want it again? Send us a message.",
    redenLimiet: "This file has been downloaded as often as allowed. Do you want it again? Send us a message.",
    redenIdentiteit:
      "You cannot download this file yet: we first need to be sure who you are. We will contact you to check your proof of identity, at our office or by video.",
    downloadsTitel: "Who downloaded this file",
    geenDownloads: "Nobody has downloaded this file yet.",
    downloadDoorClient: (datum: string) => `You (or your representative) on ${datum}`,
    downloadDoorOntvanger: (naam: string, datum: string) => `${naam} on ${datum}`,
    inzageLink: "View the overview of your data",
  },
};
