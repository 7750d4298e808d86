import type { BestandWeigering } from "~/domain/bestanden";
import type { Teksten } from "./bestanden.nl";

/** Files: refusals, documents and attachments. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  bestanden: {
    weigering: {
      leeg: "The file is empty. Choose the file again and try once more.",
      soort_onbekend: "We do not recognise this file. Send a PDF, a JPEG photo or a PNG image.",
      soort_niet_toegestaan: "We do not accept this kind of file. Send a PDF, a JPEG photo or a PNG image.",
      te_groot: "The file is too large. Make it smaller or send it in parts.",
      aanvraag_te_groot: "Together the files are too large. Send them in two goes.",
      virus: "A virus or harmful content was found in this file. We have not kept it.",
      scanner_ontbreekt: "We cannot take files in now: the virus check is not set up. Please contact the practice.",
      scanner_fout: "We could not check the file for viruses just now. We have not kept it. Please try again later.",
    } satisfies Record<BestandWeigering, string>,
    pagina: {
      metaTitel: (nummer: string) => `Documents for ${nummer}`,
      titel: (nummer: string) => `Documents for request ${nummer}`,
      terug: "Back to the request",
      uitleg:
        "Add the real documents from the file here, for example the PDF export from the client system for this access request. They go into the client's file, the access overview and the package. A document you withhold never leaves the portal.",
      leeg: "No documents have been added to this request yet.",
      bestaand: "Documents added",
      nieuw: "Add a document",
      bestand: "File",
      titelVeld: "Title",
      datum: "Date of the document",
      herkomst: "Origin (who is it from?)",
      herkomstHint: "For example: care provider, client, or the name of the GP or school.",
      derde: "This document is (also) about someone else",
      derdeHint:
        "Then it never goes into a package for transfer, and for an access request you check whether parts must be withheld.",
      toevoegen: "Add document",
      verwijderen: "Delete",
      bezig: "Checking…",
      toegevoegd: "The document was checked, stored encrypted and added.",
      verwijderd: "The document and its key have been destroyed.",
      veldFout: "Fill in a title (up to 200 characters), a date and the origin, and choose a file.",
      geenClient: "Link the request to a client first; then the document goes into their file.",
      grootte: (kb: string) => `${kb} kB`,
      downloaden: (titel: string) => `Download ${titel}`,
    },
    toegestaan: (soorten: string, mb: number) =>
      `Allowed: ${soorten}, up to ${mb} MB per file. Every file is checked for viruses.`,
    dossier: {
      link: "All documents in the client's file",
      metaTitel: (clientnummer: string) => `Documents of client ${clientnummer}`,
      titel: (clientnummer: string) => `Documents in the file of client ${clientnummer}`,
      uitleg:
        "All documents in this client's file, with or without a request. Add a document here that does not belong to a request, for example a report or a letter that came in. Files the client sent themselves are shown with the request.",
      bijVerzoek: (nummer: string) => `with request ${nummer}`,
    },
  },
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
