import type { Verzoektype } from "~/domain/request-types";

/** One right: its name, one plain sentence, and where it is in the law. */
export type RechtUitleg = { naam: string; uitleg: string; artikel: string; noot?: string };
type RechtenUitleg = Record<Verzoektype, RechtUitleg>;

/**
 * The seven rights: name, one plain sentence and the article (start page, request form, request pages, queue).
 * Dutch is the source (B1: short sentences, common words, "u"); rechten.en.ts has the same keys.
 */
export const teksten = {
  rechten: {
    inzage: {
      naam: "Inzage",
      uitleg: "U ziet welke gegevens wij over u hebben en u krijgt er een kopie van.",
      artikel: "Artikel 15 AVG",
    },
    correctie: {
      naam: "Correctie en aanvulling",
      uitleg: "Klopt er iets niet, of mist er iets? Dan vraagt u ons dat te verbeteren of aan te vullen.",
      artikel: "Artikel 16 AVG",
    },
    verwijdering: {
      naam: "Verwijdering",
      uitleg: "U vraagt ons om uw gegevens te wissen.",
      noot: "Een medisch dossier moeten wij meestal 20 jaar bewaren. Dan wissen we het niet, maar schermen we het af. Niemand bij ons kan het dan nog inzien.",
      artikel: "Artikel 17 AVG",
    },
    afscherming: {
      naam: "Afscherming",
      uitleg: "U vraagt ons om uw gegevens tijdelijk of voor een deel niet meer te gebruiken.",
      artikel: "Artikel 18 AVG",
    },
    bezwaar: {
      naam: "Bezwaar",
      uitleg: "U vindt dat wij uw gegevens in uw situatie niet zo mogen gebruiken. Dan maakt u bezwaar.",
      artikel: "Artikel 21 AVG",
    },
    dataportabiliteit: {
      naam: "Dataportabiliteit",
      uitleg: "U krijgt uw gegevens in een bestand. Of wij sturen ze direct naar een andere zorgverlener.",
      artikel: "Artikel 20 AVG",
    },
    intrekking_toestemming: {
      naam: "Toestemming intrekken",
      uitleg: "Heeft u ons ergens toestemming voor gegeven? Dan kunt u die altijd weer intrekken.",
      artikel: "Artikel 7 lid 3 AVG",
    },
  } satisfies RechtenUitleg as RechtenUitleg,
};

export type Teksten = typeof teksten;
