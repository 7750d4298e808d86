import type { Teksten } from "./pakket.nl";

/** The data package (inzage) and what is withheld from it. The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  pakket: {
    inzageMetaTitel: (nummer: string) => `Your data – request ${nummer}`,
    inzageTitel: "Overview of your data",
    inzageIntro:
      "Below you can see what data we hold about you, what we use it for, to whom we gave it and how long we keep it.",
    terug: (nummer: string) => `Back to request ${nummer}`,
    categorie: {
      personalia: "Personal details",
      contact: "Contact details",
      zorg: "Care and support",
      financieel: "Financial data",
      documenten: "Documents",
    } as Record<string, string>,
    gegevensTitel: "The data",
    geenItems: "We hold no data about you in this group.",
    herkomst: "Source",
    vastgelegd: "Recorded on",
    bestand: "File",
    doelenTitel: "What we use this data for",
    rechtsgrond: "Legal basis",
    ontvangers: "Who may receive it",
    geenOntvangers: "Nobody outside our practice",
    bewaartermijn: "How long we keep it",
    verstrektTitel: "To whom we gave it",
    geenVerstrekkingen: "We have not given this data to anyone else.",
    art15Titel: "More about how we use your data",
    herkomstTitel: "Where the data comes from (if not from you)",
    geautomatiseerdTitel: "Decisions by computer",
    doorgifteTitel: "Outside Europe",
    kopieTitel: "A further copy",
    toegangslogTitel: "Who accessed your file",
    toegangslogUitleg:
      "Every time someone opens, changes, exports or discloses your file, we record it. Here you see who (by function), when, what and why. We do not name staff members. Questions about it? Contact our data protection officer.",
    toegangslogLeeg: "Nothing has been recorded yet.",
    toegangslogKolommen: { wanneer: "When", wie: "Who", wat: "What", onderdeel: "Which part", waarom: "Why" },
    rechtenTitel: "Your rights",
    rechtenTekst:
      "You may ask us to correct, complete, erase or restrict your data. You may also object to a processing activity.",
    klachtTekst: (fg: string, klachtenroute: string) =>
      `Do you disagree with how we handle your data? Contact our data protection officer (${fg}) or use our complaints procedure (${klachtenroute}). You may also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).`,
    nietBeschikbaarTitel: "This file can no longer be downloaded",
    nietBeschikbaarMetaTitel: "No longer available",
    ontvangerMetaTitel: "Collect a data transfer",
    ontvangerTitel: "Collect a client's data",
    ontvangerIntro: (naam: string) =>
      `A client has asked us to transfer data to ${naam} (Article 20 GDPR). First prove that you are the recipient.`,
    ontvangerStap1: "Step 1: request a code",
    ontvangerCodeUitleg: (hint: string) => `We send a one-time code to ${hint}, the address the client gave us.`,
    ontvangerCodeKnop: "Send me a code",
    ontvangerCodeVerstuurd: "We have sent a code. It is valid for 10 minutes.",
    ontvangerStap2: "Step 2: download with the code",
    codeLabel: "Code from the e-mail (6 digits)",
    downloadOntvangerKnop: "Download the data (ZIP)",
    ontvangerNietBeschikbaar:
      "This link no longer works: it has expired or the file has been downloaded as often as allowed. Please contact the practice.",
    ontvangerOnbekend:
      "We do not know this link. Check that you used the whole link from the e-mail. Still not working? Please contact the practice.",
    foutTitel: "Something went wrong",
    fouten: {
      code_verplicht: "Enter the 6-digit code.",
      onjuist: "This code is not correct. Check the code in the e-mail.",
      geblokkeerd: "This code was entered wrongly too often. Request a new code.",
      verlopen_code: "This code has expired. Request a new code.",
      identiteit: "This file cannot be downloaded now. Please contact the practice.",
      geen_code: "Request a code first.",
      te_vaak: (seconden: number) => `You just requested a code. Try again in ${seconden} seconds.`,
    },
    maakMetaTitel: (nummer: string) => `Make package – ${nummer}`,
    maakTitel: (nummer: string) => `Make a package for ${nummer}`,
    portabelTitel: "What a transfer package leaves out (Article 20 GDPR)",
    portabelWel:
      "A transfer package (data portability) holds only data the client provided, or data that arose from the client's care. It is machine-readable, so another care provider can take it over.",
    portabelNiet: "What it leaves out, and why:",
    portabelNietLijst: [
      "Documents and data of other people (third parties), such as a letter from family. Article 20(4) GDPR: the right must not harm others.",
      "Data the practice derived or made up itself that did not come from the care. Article 20(1) GDPR covers only data the client provided.",
      "Restricted data (Article 18 GDPR). They go nowhere while the restriction applies.",
    ],
    portabelInzage:
      "Does the client want to see everything the practice holds about them? That is a request for access (Article 15 GDPR).",
    maakUitleg:
      "The package holds the overview of the data (Article 15 GDPR) as JSON with schemas, a readable summary and the original documents. It is stored encrypted and expires after the configured period. The client gets an e-mail.",
    maakOntvanger: (naam: string, email: string) =>
      `The receiving care provider ${naam} (${email}) gets an e-mail with a secure link.`,
    maakKnop: "Make and send package",
    gemaakt: "The package has been made and the e-mail has been sent.",
    bestaandeTitel: "Packages made",
    geenPakketten: "No package has been made yet.",
    maakFouten: {
      verkeerd_type: "A package only belongs to a request for access or data portability.",
      verkeerde_status: "Make a package only once the request has been granted (being carried out or completed).",
      geen_client: "Link the request to a client first.",
      identiteit_onbevestigd:
        "No package yet: the requester's identity is not confirmed enough. Ask for an ID check at the front desk or by video and record it on the request page.",
      vertegenwoordiging_onbevestigd:
        "No package yet: the proof of representation has not been recorded. Record it on the request page.",
      geen_toewijzing:
        "No decision grants this request yet. Grant the request first, or have management sign a partial refusal. After a refusal the client gets no package.",
      geen_recht: "Only the back office or management makes a package.",
      niet_gevonden: "This request does not exist.",
    } as Record<string, string>,
    terugNaarVerzoek: "Back to the request",
  },
  achterhouding: {
    titel: "Withhold data",
    uitleg:
      "Does the answer contain data about someone else, or data you may not give for another reason? Then withhold that entry or one field of it. Your decision then becomes a partial refusal: the management signs it before you make the package. The client does not see what it said, only what kind of data it is and why.",
    detailLink: "View data and withhold parts",
    blokkade: {
      verkeerd_type: "You can only withhold data for an access or data portability request.",
      niet_gekoppeld: "First link the request to a client.",
      niet_meer_te_wijzigen:
        "You can no longer withhold or restore anything: that is only possible while the request is being handled, before a decision is signed or a package is made.",
      geen_backoffice: "Only the backoffice withholds data. You can view the list.",
    } as Record<string, string>,
    lijstTitel: "What is being withheld",
    geen: "Nothing is being withheld.",
    kolomOnderdeel: "Entry",
    kolomVeld: "Field",
    kolomGrond: "Ground",
    kolomToelichting: "Explanation (internal)",
    kolomDoor: "By",
    kolomActie: "Action",
    heelOnderdeel: "The whole entry",
    ongedaanKnop: "Undo",
    ongedaanLabel: (wat: string) => `Undo: ${wat}`,
    itemsTitel: "Data in this answer",
    geenItems: "There is no data in this answer.",
    vastgelegd: (datum: string) => `Recorded on ${datum}`,
    bestand: "File",
    achtergehouden: "(being withheld)",
    formulierTitel: (titel: string) => `Withhold ${titel}`,
    veldLabel: "What do you withhold?",
    grondLegend: "Ground",
    toelichtingLabel: "Why do you withhold this?",
    toelichtingHint:
      "At most 500 characters. Only staff and the management read this. The client reads the ground in the letter, not this text.",
    knop: "Withhold",
    gronden: {
      rechten_en_vrijheden_anderen: "Information about someone else (Art. 15(4) GDPR, Art. 41 UAVG)",
      opsporing_strafbare_feiten: "Investigation of a criminal offence (Art. 41(1)(d) UAVG)",
      belang_minderjarige: "In the child's interest (Art. 7:457 and 7:465 Dutch Civil Code)",
    } as Record<string, string>,
    conceptTitel: "Draft a partial refusal",
    conceptUitleg:
      "You are withholding data. Send a partial refusal to the management. The letter itself lists which data you withhold and why, without the content.",
    conceptGronden: "Grounds (from the withheld parts)",
    motiveringLabel: "Motivation for the client",
    motiveringHint: "At least 20 characters. The client reads this in the letter.",
    conceptKnop: "Send draft to the management",
    deelafwijzing: {
      ter_ondertekening: "The partial refusal is waiting for the management's signature.",
      teruggestuurd: "The management sent the partial refusal back. Change what is needed and send a new draft.",
      ondertekend: "The management signed the partial refusal. You can make the package.",
      verzonden: "The management signed the partial refusal. You can make the package.",
    } as Record<string, string>,
    gedaan: {
      achterhouden: "The entry is being withheld.",
      ongedaan: "The withholding was undone. The entry is included again.",
    } as Record<string, string>,
    pakketFouten: {
      deelafwijzing_niet_ondertekend:
        "You are withholding part of the data. First draft a partial refusal and have the management sign it. Then you can make the package.",
    } as Record<string, string>,
    foutTitel: "This did not work",
    fouten: {
      verkeerd_type: "You can only withhold data for an access or data portability request.",
      item_onbekend: "This entry is not (or no longer) part of the answer. Reload the page.",
      veld_onbekend: "Choose a field from the list.",
      grond_verplicht: "Choose a ground.",
      grond_ongeldig: "Choose a ground from the list.",
      toelichting_verplicht: "Write why you withhold this.",
      toelichting_te_lang: "Write at most 500 characters.",
      bsn_niet_toegestaan: "This looks like a BSN. Never write a BSN in the portal.",
      al_achtergehouden: "This is already being withheld.",
      heel_item_al_achtergehouden: "The whole entry is already being withheld.",
      niet_meer_te_wijzigen:
        "This is no longer possible: you can only withhold data while the request is being handled, before a decision is signed or a package is made.",
      achterhouding_onbekend: "This withholding does not exist (any more). Reload the page.",
      geen_backoffice: "Only the backoffice withholds data.",
      niet_gekoppeld: "First link the request to a client.",
      intussen_gewijzigd: "Someone else changed this request in the meantime. Reload the page.",
      ongeldig: "This input is not valid. Check the form and try again.",
    } as Record<string, string>,
    mijnTitel: "Data you will not receive",
    mijnUitleg:
      "We are not giving you part of your data. Below you can see what kind of data it is and why. We do not say what it contains. The decision letter tells you what you can do if you disagree.",
    mijnHeel: (groep: string, reden: string) => `${groep}: a whole entry. Reason: ${reden}.`,
    mijnVeld: (groep: string, veld: string, reden: string) =>
      `${groep}: the field "${veld}" of an entry. Reason: ${reden}.`,
  },
};
