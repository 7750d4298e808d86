import type { Teksten } from "./tijdlijn.nl";

/** How the client's request page words each event of the timeline. Read on the server only: the page gets the lines from its loader (app/domain/tijdlijn.ts). The type makes a missing English text a compile error. */
export const teksten: Teksten = {
  tijdlijn: {
    ontvangen: "We received your request.",
    identiteit_bevestigd: "We are now sure who you are. Your identity has been confirmed.",
    opgepakt: "We have started on your request.",
    vraag_gesteld: "We asked you a question. The time limit is paused until we have your answer.",
    antwoord_ontvangen: "We received your answer. The time limit is running again.",
    antwoordNieuweDatum: (datum: string) => `You will now hear from us by ${datum}.`,
    hervat: "The time limit is running again.",
    verlengd: "We need more time. We have extended the time limit.",
    nieuweUitersteDatum: (datum: string) => `New final date: ${datum}.`,
    besluit: "We have made a decision.",
    besluitSoort: {
      toewijzing: "We have decided: you get what you asked for.",
      gedeeltelijke_afwijzing: "We have decided: you get part of what you asked for. Our message explains why.",
      afwijzing: "We have decided: we refuse your request. Our message explains why and what you can do.",
      kennelijk_ongegrond:
        "We have decided: we will not handle your request. Our message explains why and what you can do.",
      verlenging: "We need more time. We have extended the time limit.",
    },
    uitgevoerd: "We have carried out your request.",
    watGedaan: "What we did:",
    ontvangersGemeld: (n: number) =>
      n === 1
        ? "We have informed 1 organisation that received data from us before. You can ask us which one."
        : `We have informed ${n} organisations that received data from us before. You can ask us which ones.`,
    afgerond: "Your request is complete.",
    gesloten: "We closed your request without a decision.",
    ingetrokken: "You withdrew your request.",
    onbekend: "Something changed in your request.",
    reden: "Reason:",
    uwReden: "Your reason:",
  },
};
