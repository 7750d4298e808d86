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
};
