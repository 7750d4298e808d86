import type { Teksten } from "./bijlagen.nl";

/** Files that clients and representatives send with a message or as proof of authority (docs/decisions/032). The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  bijlagen: {
    client: {
      veld: "Send files with it (optional)",
      hint: (soorten: string, mb: number, max: number) =>
        `For example a photo or scan of a letter. Allowed: ${soorten}, up to ${mb} MB per file, at most ${max} files. Every file is checked for viruses.`,
      geenId:
        "Do not send a copy of an identity document (passport, identity card or driving licence). We never ask for one: we check who you are in another way. Does something you send still show a passport photo or citizen service number (BSN)? Make those unreadable first.",
      meegestuurd: "Sent with it:",
      downloaden: (naam: string) => `Download ${naam}`,
      grootte: (kb: string) => `${kb} kB`,
      bewijsMetaTitel: (nummer: string) => `Proof of representation for request ${nummer} – Rights desk`,
      bewijsPaginaTitel: "Proof of representation",
      bewijsSectieTitel: "Proof that you may do this",
      bewijsLink: "Send proof",
      terug: "Back to your request",
      bewijsTitel: "Send proof of representation",
      bewijsUitleg:
        "Send the proof that you may represent the person concerned here, as we asked: an authorisation the person concerned signed, an extract from the custody register, or the court decision.",
      bewijsVeld: "File with the proof",
      bewijsKnop: "Send proof",
      bewijsVerstuurd: "We have received your proof. A staff member will look at it.",
      bewijsEerder: "You already sent:",
      bezig: "Checking…",
      fouten: {
        te_veel: "You can send at most 5 files at a time. Send the rest with another message.",
        geen_bestand: "Choose a file with the proof.",
        geen_vertegenwoordiger: "You filed this request for yourself. No proof of representation is needed.",
        afgesloten: "This request is closed. You can no longer send files with it.",
      },
    },
    medewerker: {
      titel: "Files from the requester",
      uitleg:
        "Every file was checked for its kind and for viruses on arrival and is stored encrypted. It downloads as an attachment: open it with your own, up-to-date program. Every opening is in the client's access log.",
      leeg: "The requester has not sent any files (yet).",
      bijBericht: "With a message",
      bewijs: "Proof of representation",
      downloaden: (naam: string) => `Download ${naam}`,
      ontvangen: "Received",
      soort: "What for",
      bestand: "File",
      bijlageLabel: "File the representative sent",
      bijlageHint:
        "Choose the file in which you saw the proof. Did you see it at the desk, by post or by video? Then choose nothing.",
      bijlageLeeg: "No file",
      metBijlage: (naam: string) => `file: ${naam}`,
    },
  },
};
