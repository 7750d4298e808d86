/**
 * Files that clients and representatives send with a message or as proof of authority (docs/decisions/032).
 * Dutch is the source (B1: short sentences, common words, "u"); bijlagen.en.ts has the same keys.
 */
export const teksten = {
  // Files a client or representative sends (docs/decisions/032).
  bijlagen: {
    client: {
      veld: "Bestanden meesturen (niet verplicht)",
      hint: (soorten: string, mb: number, max: number) =>
        `Bijvoorbeeld een foto of scan van een brief. Toegestaan: ${soorten}, tot ${mb} MB per bestand, ten hoogste ${max} bestanden. Elk bestand wordt op virussen gecontroleerd.`,
      geenId:
        "Stuur geen kopie van een identiteitsbewijs (paspoort, identiteitskaart of rijbewijs). Wij vragen daar nooit om: wie u bent, controleren wij op een andere manier. Staat er op iets dat u stuurt toch een pasfoto of burgerservicenummer (BSN)? Maak die dan eerst onleesbaar.",
      meegestuurd: "Meegestuurd:",
      downloaden: (naam: string) => `${naam} downloaden`,
      grootte: (kb: string) => `${kb} kB`,
      bewijsMetaTitel: (nummer: string) => `Bewijs van vertegenwoordiging voor verzoek ${nummer} – Rechtenloket`,
      bewijsPaginaTitel: "Bewijs van vertegenwoordiging",
      bewijsSectieTitel: "Bewijs dat u dit mag",
      bewijsLink: "Bewijs sturen",
      terug: "Terug naar uw verzoek",
      bewijsTitel: "Bewijs van vertegenwoordiging sturen",
      bewijsUitleg:
        "Stuur hier het bewijs dat u de betrokkene mag vertegenwoordigen, zoals wij vroegen: een machtiging die de betrokkene ondertekende, een uittreksel uit het gezagsregister of de uitspraak van de rechter.",
      bewijsVeld: "Bestand met het bewijs",
      bewijsKnop: "Bewijs versturen",
      bewijsVerstuurd: "We hebben uw bewijs ontvangen. Een medewerker bekijkt het.",
      bewijsEerder: "U stuurde al:",
      bezig: "Bezig met controleren…",
      fouten: {
        te_veel: "U kunt ten hoogste 5 bestanden tegelijk sturen. Stuur de rest met een volgend bericht.",
        geen_bestand: "Kies een bestand met het bewijs.",
        geen_vertegenwoordiger:
          "U heeft dit verzoek voor uzelf ingediend. Er is geen bewijs van vertegenwoordiging nodig.",
        afgesloten: "Dit verzoek is afgesloten. U kunt er geen bestanden meer bij sturen.",
      },
    },
    medewerker: {
      titel: "Bestanden van de indiener",
      uitleg:
        "Elk bestand is bij ontvangst op soort en virussen gecontroleerd en versleuteld bewaard. Het downloadt als bijlage: open het met uw eigen, bijgewerkte programma. Elke keer openen staat in de toegangslog van de cliënt.",
      leeg: "De indiener heeft (nog) geen bestanden gestuurd.",
      bijBericht: "Bij een bericht",
      bewijs: "Bewijs van vertegenwoordiging",
      downloaden: (naam: string) => `${naam} downloaden`,
      ontvangen: "Ontvangen",
      soort: "Waarvoor",
      bestand: "Bestand",
      bijlageLabel: "Bestand dat de vertegenwoordiger stuurde",
      bijlageHint:
        "Kies het bestand waarin u het bewijs zag. Zag u het aan de balie, per post of via video? Kies dan niets.",
      bijlageLeeg: "Geen bestand",
      metBijlage: (naam: string) => `bestand: ${naam}`,
    },
  },
};

export type Teksten = typeof teksten;
