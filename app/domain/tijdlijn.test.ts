import { describe, expect, it } from "vitest";
import { BERICHTEN } from "~/i18n/berichten";
import { beschrijfGebeurtenis, type TijdlijnItem } from "./tijdlijn";

const uitgevoerd = (gegevens: Record<string, unknown>): TijdlijnItem => ({
  id: 1,
  soort: "uitgevoerd",
  gegevens,
  op: "2026-11-20T10:00:00.000Z",
});

describe("the client's timeline: what was carried out", () => {
  it("shows the erasure summary (deleted, and what was kept with the reason) and the recipients told", () => {
    const item = uitgevoerd({
      samenvatting: {
        nl: "3 gegevens verwijderd. 1 gegeven afgeschermd omdat: wettelijke bewaarplicht (WGBO): 20 jaar.",
        en: "3 items erased. 1 item restricted because: statutory retention duty (WGBO): 20 years.",
      },
      ontvangersGemeld: 2,
      plan: [],
    });
    expect(beschrijfGebeurtenis(item, BERICHTEN.nl.tijdlijn, "nl")).toEqual({
      tekst: "Wij hebben uw verzoek uitgevoerd.",
      details: [
        "Wat wij hebben gedaan: 3 gegevens verwijderd. 1 gegeven afgeschermd omdat: wettelijke bewaarplicht (WGBO): 20 jaar.",
        "Wij hebben 2 organisaties die eerder gegevens van ons kregen op de hoogte gebracht. U kunt ons vragen welke dat zijn.",
      ],
    });
    expect(beschrijfGebeurtenis(item, BERICHTEN.en.tijdlijn, "en")).toEqual({
      tekst: "We have carried out your request.",
      details: [
        "What we did: 3 items erased. 1 item restricted because: statutory retention duty (WGBO): 20 years.",
        "We have informed 2 organisations that received data from us before. You can ask us which ones.",
      ],
    });
  });

  it("shows a correction or restriction summary; no recipients line when nobody was told", () => {
    const correctie = uitgevoerd({
      samenvatting: {
        nl: "1 gegeven in uw dossier is gecorrigeerd of aangevuld.",
        en: "1 item in your records was corrected or completed.",
      },
      ontvangersGemeld: 0,
    });
    expect(beschrijfGebeurtenis(correctie, BERICHTEN.nl.tijdlijn, "nl").details).toEqual([
      "Wat wij hebben gedaan: 1 gegeven in uw dossier is gecorrigeerd of aangevuld.",
    ]);
    const afscherming = uitgevoerd({
      samenvatting: {
        nl: "2 gegevens in uw dossier zijn afgeschermd.",
        en: "2 items in your records were restricted.",
      },
      ontvangersGemeld: 1,
    });
    expect(beschrijfGebeurtenis(afscherming, BERICHTEN.en.tijdlijn, "en").details).toEqual([
      "What we did: 2 items in your records were restricted.",
      "We have informed 1 organisation that received data from us before. You can ask us which one.",
    ]);
  });

  it("an event without a summary (or with a broken one) still says the request was carried out", () => {
    for (const gegevens of [{}, { samenvatting: 42, ontvangersGemeld: "twee" }, { samenvatting: { nl: "  " } }]) {
      expect(beschrijfGebeurtenis(uitgevoerd(gegevens), BERICHTEN.nl.tijdlijn, "nl")).toEqual({
        tekst: "Wij hebben uw verzoek uitgevoerd.",
        details: [],
      });
    }
  });
});
