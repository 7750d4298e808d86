import type { Teksten } from "./ondertekening.nl";

/** Decisions: signing by the board, the decision letter and its PDF. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  ondertekening: {
    nav: {
      label: "Management",
      inbox: "To sign",
      afscherming: "Restricted data",
      wachtrij: "Queue",
    },
    soorten: {
      afwijzing: "Refusal",
      gedeeltelijke_afwijzing: "Partial refusal",
      kennelijk_ongegrond: "Manifestly unfounded or excessive",
      verlenging: "Extension of the time limit",
    } as Record<string, string>,
    inbox: {
      metaTitel: "To sign – Management – Rights desk",
      titel: "To sign",
      intro:
        "These decisions are waiting for your signature. The one with the earliest legal time limit is at the top. The time a draft waits here counts against that limit.",
      leeg: "No decisions are waiting for a signature.",
      aantal: (n: number) =>
        n === 1 ? "1 decision is waiting for your signature." : `${n} decisions are waiting for your signature.`,
      tabel: "Decisions waiting for a signature, earliest legal time limit first",
      verzoek: "Request",
      soort: "Decision",
      opsteller: "Drafted by",
      wettelijkeTermijn: "Legal time limit",
      aangeboden: "Submitted on",
      brief: "Letter",
      toonBrief: (nummer: string) => `Show the letter for ${nummer}`,
      openen: (nummer: string) => `Review and sign: ${nummer}`,
      zelfOpgesteld: "You drafted this yourself.",
      verouderd:
        "This letter can no longer be made. The file changed after the draft was written. Send the draft back, so the drafter can redo the letter.",
      openenVerouderd: (nummer: string) => `View and send back: ${nummer}`,
    },
    detail: {
      metaTitel: (nummer: string) => `Decision for ${nummer} – Management – Rights desk`,
      titel: (soort: string, nummer: string) => `${soort}: request ${nummer}`,
      terug: "Back to decisions to sign",
      overTitel: "About this draft",
      opsteller: "Drafted by",
      ontvangenOp: "Request received on",
      doelTermijn: "Time limit under our rules",
      wettelijkeTermijn: "Legal time limit",
      briefTitel: "The letter as the client receives it",
      briefUitleg:
        "This is exactly the letter the client receives if you sign now, with your name and today's date. You sign this text. If anything in it changes afterwards, the signature is no longer valid.",
      ondertekenTitel: "Sign",
      ondertekenUitleg:
        "You sign with your passkey. Your device asks for your fingerprint, your face or your PIN. The client then gets the letter on the portal and an e-mail.",
      ondertekenKnop: "Sign with passkey",
      bezig: "Please wait…",
      geenJavascript:
        "Signing with a passkey needs JavaScript. Turn JavaScript on and reload the page. Sending back works without JavaScript.",
      kanNiet: "You cannot sign this draft now.",
      verouderdTitel: "This letter no longer fits the file",
      verouderdUitleg:
        "The client's file changed after the draft was written. For example: data that was to be kept may now be deleted, or there is a new reason to keep something. So the letter is no longer right. You cannot sign this draft. Send it back to the drafter, who will redo the letter.",
      terugTitel: "Send back with a comment",
      terugUitleg:
        "Is something wrong with the draft? Then send it back to the person who drafted it. Write what needs to change. The client does not see your comment.",
      opmerkingLabel: "Your comment for the drafter",
      opmerkingHint: "At most 1000 characters. Do not include a citizen service number (BSN).",
      terugKnop: "Send back",
      foutTitel: "Please check the following:",
    },
    meldingen: {
      ondertekend: (nummer: string, code: string) =>
        `The decision for request ${nummer} has been signed and sent to the client. Verification code: ${code}.`,
      teruggestuurd: (nummer: string) => `The draft for request ${nummer} has been sent back to the drafter.`,
    },
    fouten: {
      niet_gevonden: "This draft does not exist (any more).",
      geen_directie: "Only the management may sign or send back decisions.",
      opsteller_mag_niet_ondertekenen: "You drafted this yourself. Another director must sign it (four eyes).",
      niet_ter_ondertekening: "This draft is no longer waiting for a signature. Someone else may have dealt with it.",
      intussen_gewijzigd:
        "This draft or request has changed in the meantime. Reload the page and read the letter again.",
      verlenging_te_laat:
        "The time for an extension has passed: an extension must be announced within the first month (Article 12(3) GDPR). Send the draft back.",
      al_verlengd: "The time limit of this request has already been extended. A second extension is not possible.",
      geen_passkey: "You do not have a passkey yet. Ask the administrator for an invitation to create one.",
      opmerking_verplicht: "Write why you are sending the draft back.",
      opmerking_te_lang: "Your comment is too long. Use at most 1000 characters.",
      bsn_niet_toegestaan: "Do not include a citizen service number (BSN) in the comment.",
      ongeldig_antwoord: "The answer from your passkey could not be read. Please try again.",
      uitdaging_onbekend: "This signing session has expired or was already used. Please try again.",
      passkey_onbekend: "This passkey is not yours. Sign with your own passkey.",
      niet_geverifieerd: "Your passkey could not be checked. Nothing was signed. Please try again.",
      brief_verouderd:
        "This letter no longer fits the file: the file changed after the draft was written. Nothing was signed. Send the draft back, so the drafter can redo the letter.",
      document_gewijzigd: "The draft changed after you opened the letter. Read the letter again, then sign.",
      afgebroken: "You cancelled signing. Nothing was signed.",
      mislukt: "Signing did not work. Nothing was signed. Please try again.",
    } as Record<string, string>,
    brief: {
      label: "Letter",
      handtekeningTitel: "Digital signature",
      fg: "Data protection officer",
    },
  },
  besluitPdf: {
    link: "Letter as PDF (to print and post)",
    hint: "The same letter the client receives online. For a client who wrote to us by letter. The download is logged.",
  },
};
