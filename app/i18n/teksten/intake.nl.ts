import { TEKSTLIMIET } from "~/domain/tekstlimieten";
import type { IntakeFoutCode } from "~/domain/intake";
/**
 * What is wrong with a request as filed (the wizard's and the staff registration's field errors). The wizard gets the texts of its errors from the server (docs/decisions/033).
 * Dutch is the source (B1: short sentences, common words, "u"); intake.en.ts has the same keys.
 */
export const teksten = {
  intakeFouten: {
    fouten: {
      ongeldig: "Dit is niet goed ingevuld. Kijk het na.",
      voorWie_verplicht: "Kies of u het verzoek voor uzelf doet of voor iemand anders.",
      relatie_verplicht: "Kies wat u bent van de persoon om wie het gaat.",
      indiener_naam_verplicht: "Vul uw naam in.",
      naam_te_lang: `Een naam mag niet langer zijn dan ${TEKSTLIMIET.naam} tekens.`,
      betrokkene_naam_verplicht: "Vul de naam in van de persoon om wie het gaat.",
      geboortedatum_verplicht: "Vul de geboortedatum in, bijvoorbeeld 15-06-2012.",
      geboortedatum_ongeldig: "Vul een geldige geboortedatum in, bijvoorbeeld 15-06-2012.",
      geboortedatum_toekomst: "De geboortedatum ligt in de toekomst. Kijk de datum na.",
      geboortedatum_te_oud: "De geboortedatum is meer dan 130 jaar geleden. Kijk de datum na.",
      email_ongeldig: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
      clientnummer_ongeldig: "Een cliëntnummer bestaat uit letters, cijfers en streepjes, bijvoorbeeld DL-1001.",
      bsn_niet_toegestaan: "Vul geen burgerservicenummer (BSN) in. Dat hebben wij niet nodig.",
      postcode_ongeldig: "Vul een geldige postcode in, bijvoorbeeld 3811 AB.",
      type_verplicht: "Kies welk recht u wilt gebruiken.",
      tekst_te_lang: `Deze tekst mag niet langer zijn dan ${TEKSTLIMIET.lang} tekens.`,
      kort_te_lang: `Deze tekst mag niet langer zijn dan ${TEKSTLIMIET.kort} tekens.`,
      afschrift_verplicht: "Kies of u een kopie wilt.",
      correctie_geen_rij: "Vul ten minste één gegeven in dat wij moeten verbeteren of aanvullen.",
      niet_gebruiken_ongeldig: "Zet het vinkje aan of laat het uit. Een andere keuze is niet mogelijk.",
      correctie_te_veel_rijen: "U kunt in één verzoek ten hoogste 20 gegevens laten verbeteren.",
      correctie_welk_verplicht: "Schrijf welk gegeven niet klopt of ontbreekt.",
      correctie_moetZijn_verplicht: "Schrijf wat er moet staan.",
      omvang_verplicht: "Kies of wij alles of een deel moeten verwijderen.",
      welkDeel_verplicht: "Schrijf welk deel wij moeten verwijderen.",
      afscherming_wat_verplicht: "Schrijf welke gegevens wij moeten afschermen.",
      afscherming_waarom_verplicht: "Schrijf waarom wij de gegevens moeten afschermen.",
      verwerking_verplicht: "Kies tegen welk gebruik van de gegevens u bezwaar maakt.",
      situatie_verplicht: "Beschrijf uw persoonlijke situatie. Dat is nodig voor een bezwaar.",
      bestemming_verplicht: "Kies waar de gegevens naartoe moeten.",
      aanbieder_naam_verplicht: "Vul de naam van de zorgverlener in.",
      aanbieder_email_verplicht: "Vul het e-mailadres van de zorgverlener in.",
      agb_ongeldig: "Een AGB-code bestaat uit 8 cijfers, bijvoorbeeld 12345678.",
      toestemming_verplicht: "Schrijf welke toestemming u wilt intrekken.",
    } satisfies Record<IntakeFoutCode, string>,
    foutenZelf: {
      betrokkene_naam_verplicht: "Vul uw naam in.",
      geboortedatum_verplicht: "Vul uw geboortedatum in, bijvoorbeeld 15-06-2012.",
    } as Partial<Record<IntakeFoutCode, string>>,
  },
};

export type Teksten = typeof teksten;
