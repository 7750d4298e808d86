import type { Taal } from "./taal";
import { teksten as algemeenNl } from "./teksten/algemeen.nl";
import { teksten as algemeenEn } from "./teksten/algemeen.en";
import { teksten as homeNl } from "./teksten/home.nl";
import { teksten as homeEn } from "./teksten/home.en";
import { teksten as inloggenNl } from "./teksten/inloggen.nl";
import { teksten as inloggenEn } from "./teksten/inloggen.en";
import { teksten as mijnNl } from "./teksten/mijn.nl";
import { teksten as mijnEn } from "./teksten/mijn.en";
import { teksten as verzoekNl } from "./teksten/verzoek.nl";
import { teksten as verzoekEn } from "./teksten/verzoek.en";
import { teksten as pakketNl } from "./teksten/pakket.nl";
import { teksten as pakketEn } from "./teksten/pakket.en";
import { teksten as bestandenNl } from "./teksten/bestanden.nl";
import { teksten as bestandenEn } from "./teksten/bestanden.en";
import { teksten as backofficeNl } from "./teksten/backoffice.nl";
import { teksten as backofficeEn } from "./teksten/backoffice.en";
import { teksten as behandelingNl } from "./teksten/behandeling.nl";
import { teksten as behandelingEn } from "./teksten/behandeling.en";
import { teksten as ondertekeningNl } from "./teksten/ondertekening.nl";
import { teksten as ondertekeningEn } from "./teksten/ondertekening.en";
import { teksten as beheerNl } from "./teksten/beheer.nl";
import { teksten as beheerEn } from "./teksten/beheer.en";
import { teksten as devmailNl } from "./teksten/devmail.nl";
import { teksten as devmailEn } from "./teksten/devmail.en";
import { teksten as intakeNl } from "./teksten/intake.nl";
import { teksten as intakeEn } from "./teksten/intake.en";
import { teksten as aanmeldenNl } from "./teksten/aanmelden.nl";
import { teksten as aanmeldenEn } from "./teksten/aanmelden.en";
import { teksten as tijdlijnNl } from "./teksten/tijdlijn.nl";
import { teksten as tijdlijnEn } from "./teksten/tijdlijn.en";
import { teksten as bijlagenNl } from "./teksten/bijlagen.nl";
import { teksten as bijlagenEn } from "./teksten/bijlagen.en";
import { teksten as brievenNl } from "./teksten/brieven.nl";
import { teksten as brievenEn } from "./teksten/brieven.en";
import { teksten as pakkettenNl } from "./teksten/pakketten.nl";
import { teksten as pakkettenEn } from "./teksten/pakketten.en";
import { teksten as ontvangstNl } from "./teksten/ontvangst.nl";
import { teksten as ontvangstEn } from "./teksten/ontvangst.en";
import { teksten as randNl } from "./teksten/rand.nl";
import { teksten as randEn } from "./teksten/rand.en";
import { teksten as rechtenNl } from "./teksten/rechten.nl";
import { teksten as rechtenEn } from "./teksten/rechten.en";

export type { RechtUitleg } from "./teksten/rechten.nl";

/**
 * Every interface text, both languages: for server code (e-mails, letters, PDFs, loaders, actions).
 * The texts live per area in app/i18n/teksten/<gebied>.nl.ts and <gebied>.en.ts. Pages and components
 * that run in the browser take them from ~/i18n/geladen and import the areas they use
 * (app/i18n/teksten/<gebied>.ts), so the browser gets one language and only those areas
 * (docs/decisions/029).
 */
const nl = {
  ...algemeenNl,
  ...homeNl,
  ...inloggenNl,
  ...mijnNl,
  ...verzoekNl,
  ...pakketNl,
  ...backofficeNl,
  ...behandelingNl,
  ...bestandenNl,
  ...ondertekeningNl,
  ...beheerNl,
  ...devmailNl,
  ...intakeNl,
  ...aanmeldenNl,
  ...tijdlijnNl,
  ...bijlagenNl,
  ...brievenNl,
  ...pakkettenNl,
  ...ontvangstNl,
  ...randNl,
  ...rechtenNl,
};

export type Berichten = typeof nl;

/** The type makes an area missing from English a compile error (each area file checks its keys). */
const en: Berichten = {
  ...algemeenEn,
  ...homeEn,
  ...inloggenEn,
  ...mijnEn,
  ...verzoekEn,
  ...pakketEn,
  ...backofficeEn,
  ...behandelingEn,
  ...bestandenEn,
  ...ondertekeningEn,
  ...beheerEn,
  ...devmailEn,
  ...intakeEn,
  ...aanmeldenEn,
  ...tijdlijnEn,
  ...bijlagenEn,
  ...brievenEn,
  ...pakkettenEn,
  ...ontvangstEn,
  ...randEn,
  ...rechtenEn,
};

export const BERICHTEN: Record<Taal, Berichten> = { nl, en };
