import { TEKSTLIMIET } from "~/domain/tekstlimieten";
import type { IntakeFoutCode } from "~/domain/intake";
import type { Teksten } from "./intake.nl";

/** What is wrong with a request as filed (the wizard's and the staff registration's field errors). The wizard gets the texts of its errors from the server (docs/decisions/033). The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  intakeFouten: {
    fouten: {
      ongeldig: "This is not filled in correctly. Please check it.",
      voorWie_verplicht: "Choose whether you make the request for yourself or for someone else.",
      relatie_verplicht: "Choose your relation to the person it is about.",
      indiener_naam_verplicht: "Enter your name.",
      naam_te_lang: `A name cannot be longer than ${TEKSTLIMIET.naam} characters.`,
      betrokkene_naam_verplicht: "Enter the name of the person it is about.",
      geboortedatum_verplicht: "Enter the date of birth, for example 15-06-2012.",
      geboortedatum_ongeldig: "Enter a valid date of birth, for example 15-06-2012.",
      geboortedatum_toekomst: "The date of birth is in the future. Please check the date.",
      geboortedatum_te_oud: "The date of birth is more than 130 years ago. Please check the date.",
      email_ongeldig: "Enter a valid e-mail address, for example name@example.com.",
      clientnummer_ongeldig: "A client number has letters, digits and hyphens, for example DL-1001.",
      bsn_niet_toegestaan: "Do not enter a citizen service number (BSN). We do not need it.",
      postcode_ongeldig: "Enter a valid Dutch postcode, for example 3811 AB.",
      type_verplicht: "Choose which right you want to use.",
      tekst_te_lang: `This text cannot be longer than ${TEKSTLIMIET.lang} characters.`,
      kort_te_lang: `This text cannot be longer than ${TEKSTLIMIET.kort} characters.`,
      afschrift_verplicht: "Choose whether you want a copy.",
      correctie_geen_rij: "Fill in at least one item we should correct or complete.",
      niet_gebruiken_ongeldig: "Tick the box or leave it empty. No other choice is possible.",
      correctie_te_veel_rijen: "You can have at most 20 items corrected in one request.",
      correctie_welk_verplicht: "Write which item is wrong or missing.",
      correctie_moetZijn_verplicht: "Write what it should say.",
      omvang_verplicht: "Choose whether we should delete everything or a part.",
      welkDeel_verplicht: "Write which part we should delete.",
      afscherming_wat_verplicht: "Write which data we should restrict.",
      afscherming_waarom_verplicht: "Write why we should restrict the data.",
      verwerking_verplicht: "Choose which use of the data you object to.",
      situatie_verplicht: "Describe your personal situation. An objection needs this.",
      bestemming_verplicht: "Choose where the data should go.",
      aanbieder_naam_verplicht: "Enter the name of the care provider.",
      aanbieder_email_verplicht: "Enter the e-mail address of the care provider.",
      agb_ongeldig: "An AGB code has 8 digits, for example 12345678.",
      toestemming_verplicht: "Write which consent you want to withdraw.",
    },
    foutenZelf: {
      betrokkene_naam_verplicht: "Enter your name.",
      geboortedatum_verplicht: "Enter your date of birth, for example 15-06-2012.",
    } as Partial<Record<IntakeFoutCode, string>>,
  },
};
