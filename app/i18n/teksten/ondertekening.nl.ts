/**
 * Decisions: signing by the board, the decision letter and its PDF.
 * Dutch is the source (B1: short sentences, common words, "u"); ondertekening.en.ts has the same keys.
 */
export const teksten = {
  ondertekening: {
    nav: {
      label: "Directie",
      inbox: "Te ondertekenen",
      afscherming: "Afgeschermde gegevens",
      wachtrij: "Wachtrij",
    },
    soorten: {
      afwijzing: "Afwijzing",
      gedeeltelijke_afwijzing: "Gedeeltelijke afwijzing",
      kennelijk_ongegrond: "Kennelijk ongegrond of buitensporig",
      verlenging: "Verlenging van de termijn",
    } as Record<string, string>,
    inbox: {
      metaTitel: "Te ondertekenen – Directie – Rechtenloket",
      titel: "Te ondertekenen",
      intro:
        "Deze besluiten wachten op uw handtekening. Bovenaan staat het besluit met de vroegste wettelijke termijn. De tijd dat een concept hier wacht, telt mee voor die termijn.",
      leeg: "Er wachten geen besluiten op ondertekening.",
      aantal: (n: number) =>
        n === 1 ? "Er wacht 1 besluit op uw handtekening." : `Er wachten ${n} besluiten op uw handtekening.`,
      tabel: "Besluiten die wachten op ondertekening, de vroegste wettelijke termijn eerst",
      verzoek: "Verzoek",
      soort: "Besluit",
      opsteller: "Opgesteld door",
      wettelijkeTermijn: "Wettelijke termijn",
      aangeboden: "Aangeboden op",
      brief: "Brief",
      toonBrief: (nummer: string) => `Toon de brief voor ${nummer}`,
      openen: (nummer: string) => `Bekijken en ondertekenen: ${nummer}`,
      zelfOpgesteld: "U heeft dit concept zelf opgesteld.",
      verouderd:
        "Deze brief kan niet meer worden gemaakt. Het dossier is veranderd nadat het concept is geschreven. Stuur het concept terug, dan maakt de opsteller de brief opnieuw.",
      openenVerouderd: (nummer: string) => `Bekijken en terugsturen: ${nummer}`,
    },
    detail: {
      metaTitel: (nummer: string) => `Besluit voor ${nummer} – Directie – Rechtenloket`,
      titel: (soort: string, nummer: string) => `${soort}: verzoek ${nummer}`,
      terug: "Terug naar te ondertekenen",
      overTitel: "Over dit concept",
      opsteller: "Opgesteld door",
      ontvangenOp: "Verzoek ontvangen op",
      doelTermijn: "Termijn volgens het reglement",
      wettelijkeTermijn: "Wettelijke termijn",
      briefTitel: "De brief zoals de cliënt hem krijgt",
      briefUitleg:
        "Dit is precies de brief die de cliënt krijgt als u nu ondertekent, met uw naam en de datum van vandaag. U ondertekent deze tekst. Verandert er daarna iets aan, dan is de handtekening niet meer geldig.",
      ondertekenTitel: "Ondertekenen",
      ondertekenUitleg:
        "U ondertekent met uw passkey. Uw apparaat vraagt om uw vingerafdruk, uw gezicht of uw pincode. Daarna krijgt de cliënt de brief in het loket en een e-mail.",
      ondertekenKnop: "Ondertekenen met passkey",
      bezig: "Even geduld…",
      geenJavascript:
        "Ondertekenen met een passkey werkt alleen met JavaScript aan. Zet JavaScript aan en laad de pagina opnieuw. Terugsturen kan wel zonder JavaScript.",
      kanNiet: "U kunt dit concept nu niet ondertekenen.",
      verouderdTitel: "Deze brief past niet meer bij het dossier",
      verouderdUitleg:
        "Het dossier van de cliënt is veranderd nadat het concept is geschreven. Bijvoorbeeld: gegevens die bewaard zouden blijven, mogen nu weg, of er is een nieuwe reden om iets te bewaren. Daardoor klopt de brief niet meer. U kunt het concept niet ondertekenen. Stuur het terug naar de opsteller. Die maakt de brief opnieuw.",
      terugTitel: "Terugsturen met opmerking",
      terugUitleg:
        "Klopt er iets niet aan het concept? Stuur het dan terug naar de opsteller. Schrijf wat er anders moet. De cliënt ziet uw opmerking niet.",
      opmerkingLabel: "Uw opmerking voor de opsteller",
      opmerkingHint: "Maximaal 1000 tekens. Zet er geen burgerservicenummer (BSN) in.",
      terugKnop: "Terugsturen",
      foutTitel: "Controleer het volgende:",
    },
    meldingen: {
      ondertekend: (nummer: string, code: string) =>
        `Het besluit voor verzoek ${nummer} is ondertekend en naar de cliënt gestuurd. Verificatiecode: ${code}.`,
      teruggestuurd: (nummer: string) => `Het concept voor verzoek ${nummer} is teruggestuurd naar de opsteller.`,
    },
    fouten: {
      niet_gevonden: "Dit concept bestaat niet (meer).",
      geen_directie: "Alleen de directie mag besluiten ondertekenen of terugsturen.",
      opsteller_mag_niet_ondertekenen:
        "U heeft dit concept zelf opgesteld. Een andere directeur moet het ondertekenen (vier ogen).",
      niet_ter_ondertekening:
        "Dit concept wacht niet meer op ondertekening. Misschien heeft iemand anders het al behandeld.",
      intussen_gewijzigd:
        "Dit concept of verzoek is intussen gewijzigd. Laad de pagina opnieuw en bekijk de brief nog eens.",
      verlenging_te_laat:
        "De termijn voor verlenging is verstreken: een verlenging moet binnen de eerste maand worden gemeld (artikel 12 lid 3 AVG). Stuur het concept terug.",
      al_verlengd: "De termijn van dit verzoek is al verlengd. Een tweede verlenging kan niet.",
      geen_passkey: "U heeft nog geen passkey. Vraag de beheerder om een uitnodiging om er een aan te maken.",
      opmerking_verplicht: "Schrijf waarom u het concept terugstuurt.",
      opmerking_te_lang: "Uw opmerking is te lang. Gebruik ten hoogste 1000 tekens.",
      bsn_niet_toegestaan: "Zet geen burgerservicenummer (BSN) in de opmerking.",
      ongeldig_antwoord: "Het antwoord van uw passkey is onleesbaar. Probeer het opnieuw.",
      uitdaging_onbekend: "Deze ondertekening is verlopen of al gebruikt. Probeer het opnieuw.",
      passkey_onbekend: "Deze passkey hoort niet bij u. Onderteken met uw eigen passkey.",
      niet_geverifieerd: "Uw passkey kon niet worden gecontroleerd. Er is niets ondertekend. Probeer het opnieuw.",
      brief_verouderd:
        "Deze brief past niet meer bij het dossier: het dossier is veranderd nadat het concept is geschreven. Er is niets ondertekend. Stuur het concept terug, dan maakt de opsteller de brief opnieuw.",
      document_gewijzigd: "Het concept is veranderd sinds u de brief opende. Lees de brief opnieuw en onderteken dan.",
      afgebroken: "U heeft het ondertekenen afgebroken. Er is niets ondertekend.",
      mislukt: "Ondertekenen is niet gelukt. Er is niets ondertekend. Probeer het opnieuw.",
    } as Record<string, string>,
    brief: {
      label: "Brief",
      handtekeningTitel: "Digitale handtekening",
      fg: "Functionaris gegevensbescherming",
    },
  },
  besluitPdf: {
    link: "Brief als PDF (om te printen en te versturen)",
    hint: "Dezelfde brief als de cliënt online krijgt. Voor een cliënt die per brief schreef. Het downloaden wordt vastgelegd.",
  },
  // Files refused by the check (docs/decisions/028): nothing of the file is kept.
};

export type Teksten = typeof teksten;
