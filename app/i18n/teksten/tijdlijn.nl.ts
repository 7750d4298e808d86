/**
 * How the client's request page words each event of the timeline. Read on the server only: the page gets the lines from its loader (app/domain/tijdlijn.ts).
 * Dutch is the source (B1: short sentences, common words, "u"); tijdlijn.en.ts has the same keys.
 */
export const teksten = {
  tijdlijn: {
    ontvangen: "Wij hebben uw verzoek ontvangen.",
    identiteit_bevestigd: "Wij weten nu zeker wie u bent. Uw identiteit is bevestigd.",
    opgepakt: "Wij zijn met uw verzoek begonnen.",
    vraag_gesteld: "Wij hebben u een vraag gesteld. De termijn staat stil tot wij uw antwoord hebben.",
    antwoord_ontvangen: "Wij hebben uw antwoord ontvangen. De termijn loopt weer.",
    antwoordNieuweDatum: (datum: string) => `U hoort nu uiterlijk op ${datum} van ons.`,
    hervat: "De termijn loopt weer.",
    verlengd: "Wij hebben meer tijd nodig. Wij hebben de termijn verlengd.",
    nieuweUitersteDatum: (datum: string) => `Nieuwe uiterste datum: ${datum}.`,
    besluit: "Wij hebben een besluit genomen.",
    besluitSoort: {
      toewijzing: "Wij hebben besloten: u krijgt wat u vroeg.",
      gedeeltelijke_afwijzing: "Wij hebben besloten: u krijgt een deel van wat u vroeg. In ons bericht leest u waarom.",
      afwijzing: "Wij hebben besloten: wij wijzen uw verzoek af. In ons bericht leest u waarom en wat u kunt doen.",
      kennelijk_ongegrond:
        "Wij hebben besloten: wij behandelen uw verzoek niet. In ons bericht leest u waarom en wat u kunt doen.",
      verlenging: "Wij hebben meer tijd nodig. Wij hebben de termijn verlengd.",
    },
    uitgevoerd: "Wij hebben uw verzoek uitgevoerd.",
    watGedaan: "Wat wij hebben gedaan:",
    ontvangersGemeld: (n: number) =>
      n === 1
        ? "Wij hebben 1 organisatie die eerder gegevens van ons kreeg op de hoogte gebracht. U kunt ons vragen welke dat is."
        : `Wij hebben ${n} organisaties die eerder gegevens van ons kregen op de hoogte gebracht. U kunt ons vragen welke dat zijn.`,
    afgerond: "Uw verzoek is afgerond.",
    gesloten: "Wij hebben uw verzoek gesloten zonder besluit.",
    ingetrokken: "U heeft uw verzoek ingetrokken.",
    onbekend: "Er is iets veranderd aan uw verzoek.",
    reden: "Reden:",
    uwReden: "Uw reden:",
  },
};

export type Teksten = typeof teksten;
