import type { Teksten } from "./rechten.nl";

/** The seven rights: name, one plain sentence and the article (start page, request form, request pages, queue). The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  rechten: {
    inzage: {
      naam: "Access",
      uitleg: "You see what data we have about you and you get a copy of it.",
      artikel: "Article 15 GDPR",
    },
    correctie: {
      naam: "Correction and completion",
      uitleg: "Is something wrong or missing? Then you ask us to correct it or add to it.",
      artikel: "Article 16 GDPR",
    },
    verwijdering: {
      naam: "Erasure",
      uitleg: "You ask us to delete your data.",
      noot: "We usually have to keep a medical record for 20 years. Then we do not delete it, but we shield it. Nobody at our practice can see it any more.",
      artikel: "Article 17 GDPR",
    },
    afscherming: {
      naam: "Restriction",
      uitleg: "You ask us to stop using your data for a while, or to stop using part of it.",
      artikel: "Article 18 GDPR",
    },
    bezwaar: {
      naam: "Objection",
      uitleg: "You think that, in your situation, we should not use your data in a certain way. Then you object.",
      artikel: "Article 21 GDPR",
    },
    dataportabiliteit: {
      naam: "Data portability",
      uitleg: "You get your data in a file. Or we send it directly to another care provider.",
      artikel: "Article 20 GDPR",
    },
    intrekking_toestemming: {
      naam: "Withdraw consent",
      uitleg: "Did you give us permission for something? Then you can always withdraw it.",
      artikel: "Article 7(3) GDPR",
    },
  },
};
