import { wachttijd } from "./wachttijd";

/**
 * Signing in and out, the security page (passkeys) for clients.
 * Dutch is the source (B1: short sentences, common words, "u"); inloggen.en.ts has the same keys.
 */
export const teksten = {
  inloggen: {
    metaTitel: "Inloggen – Rechtenloket",
    titel: "Inloggen",
    intro: "Log in om uw verzoeken te bekijken. Wij sturen u een code van 6 cijfers per e-mail.",
    emailLabel: "E-mailadres",
    emailHint: "Bijvoorbeeld: naam@voorbeeld.nl",
    emailLeeg: "Vul uw e-mailadres in.",
    emailOngeldig: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
    codeVersturen: "Stuur mij een code",
    teVaak: (seconden: number, geldigeCode = true) =>
      geldigeCode
        ? `Wij hebben nu geen nieuwe code gestuurd, want u kreeg er net al een. Die code werkt nog: gebruik de code uit de nieuwste e-mail. Een nieuwe code kunt u over ${wachttijd(seconden, "nl")} vragen.`
        : `Wij hebben nu geen nieuwe code gestuurd, want u vroeg er net al een. Die code is al gebruikt of werkt niet meer. Over ${wachttijd(seconden, "nl")} kunt u een nieuwe code vragen.`,
    alEenCode: "Heeft u al een code gekregen?",
    codeInvullen: "Vul de code in",
    overalUitgelogd: "U bent overal uitgelogd. Log opnieuw in als u verder wilt.",
    passkeyTitel: "Inloggen met een passkey",
    passkeyUitleg:
      "Heeft u eerder een passkey gemaakt? Dan logt u in met bijvoorbeeld uw vingerafdruk, uw gezicht of de pincode van uw apparaat.",
    passkeyKnop: "Inloggen met een passkey",
    passkeyBezig: "Even geduld…",
    passkeyMislukt: "Inloggen met de passkey is niet gelukt. Probeer het opnieuw, of log in met een code.",
    passkeyAfgebroken: "U heeft het inloggen met de passkey afgebroken. Probeer het opnieuw, of log in met een code.",
    foutTitel: "Controleer het volgende:",
    codeTitel: "Vul uw code in",
    codeMetaTitel: "Vul uw code in – Rechtenloket",
    codeIntro: (email: string) => `Wij hebben een code van 6 cijfers gestuurd naar ${email}.`,
    codeGeldig: "De code is 10 minuten geldig. Ziet u geen e-mail? Kijk dan ook in de map met ongewenste e-mail.",
    codeLabel: "Code van 6 cijfers",
    codeHint: "U vindt de code in de e-mail. Bijvoorbeeld: 123456",
    codeLeeg: "Vul de code van 6 cijfers in.",
    codeFormaat: "De code bestaat uit 6 cijfers, bijvoorbeeld 123456.",
    codeOnjuist: (resterend: number) => `Deze code klopt niet. U kunt het nog ${resterend} keer proberen.`,
    codeGeblokkeerd: "U heeft te vaak een verkeerde code ingevuld. Vraag een nieuwe code aan.",
    codeVerlopen: "Deze code is verlopen. Vraag een nieuwe code aan.",
    codeOntbreekt: "Er is geen geldige code voor dit e-mailadres. Vraag een nieuwe code aan.",
    inloggenKnop: "Inloggen",
    nieuweCodeTitel: "Geen code gekregen?",
    nieuweCodeKnop: "Stuur mij een nieuwe code",
    nieuweCodeVerstuurd: "Wij hebben een nieuwe code gestuurd. Een oudere code werkt niet meer.",
    anderAdres: "Een ander e-mailadres gebruiken",
  },
  uitloggen: {
    metaTitel: "Uitloggen – Rechtenloket",
    titel: "Uitloggen",
    vraag: "Wilt u uitloggen op dit apparaat?",
    knop: "Uitloggen",
    nietIngelogd: "U bent niet ingelogd.",
    naarInloggen: "Naar inloggen",
  },
  beveiliging: {
    metaTitel: "Inloggen en beveiliging – Rechtenloket",
    titel: "Inloggen en beveiliging",
    ingelogdAls: (email: string) => `U bent ingelogd als ${email}.`,
    passkeysTitel: "Uw passkeys",
    passkeysUitleg:
      "Met een passkey logt u in zonder code. U gebruikt dan bijvoorbeeld uw vingerafdruk, uw gezicht of de pincode van uw telefoon of computer.",
    geenPasskeys: "U heeft nog geen passkey.",
    tabelTitel: "Uw passkeys",
    kolomNaam: "Naam",
    kolomAangemaakt: "Gemaakt op",
    kolomGebruikt: "Laatst gebruikt",
    kolomActie: "Actie",
    nooitGebruikt: "Nog niet gebruikt",
    zonderNaam: "Passkey zonder naam",
    verwijderKnop: "Verwijderen",
    verwijderLabel: (naam: string) => `Passkey „${naam}” verwijderen`,
    verwijderd: "De passkey is verwijderd. U kunt er niet meer mee inloggen.",
    nietGevonden: "Deze passkey bestaat niet (meer).",
    toevoegenTitel: "Passkey toevoegen",
    naamLabel: "Naam van de passkey",
    naamHint: "Zo herkent u de passkey later. Bijvoorbeeld: telefoon of laptop.",
    naamLeeg: "Vul een naam in voor de passkey.",
    naamTeLang: "De naam mag niet langer zijn dan 60 tekens.",
    toevoegenKnop: "Passkey toevoegen",
    toevoegenBezig: "Even geduld…",
    toegevoegd: "Uw passkey is toegevoegd. De volgende keer kunt u ermee inloggen.",
    toevoegenMislukt: "De passkey is niet toegevoegd. Probeer het opnieuw.",
    alToegevoegd: "Deze passkey heeft u al toegevoegd.",
    afgebroken: "U heeft het maken van de passkey afgebroken. Er is niets veranderd.",
    geenWebauthn:
      "Om een passkey te maken heeft u een browser nodig die passkeys kent, met JavaScript aan. U kunt altijd inloggen met een code per e-mail.",
    overalTitel: "Overal uitloggen",
    overalUitleg:
      "Bent u ergens ingelogd gebleven, bijvoorbeeld op een andere computer? Log dan overal uit. U logt dan ook op dit apparaat uit.",
    overalKnop: "Overal uitloggen",
    foutTitel: "Controleer het volgende:",
  },
  // The per-IP limit on public forms (docs/decisions/017): the plain-text answer with status 429.
  passkeyAanmoediging: {
    titel: "Sneller inloggen",
    tekst: "Wilt u de volgende keer sneller inloggen? Maak een passkey.",
    link: "Passkey maken",
  },
};

export type Teksten = typeof teksten;
