/**
 * The staff queue, staff sign-in and invitation.
 * Dutch is the source (B1: short sentences, common words, "u"); backoffice.en.ts has the same keys.
 */
export const teksten = {
  backoffice: {
    metaTitel: "Wachtrij – Backoffice – Rechtenloket",
    nav: {
      label: "Backoffice",
      wachtrij: "Wachtrij",
      mijnWerk: "Mijn werk",
      nieuwVerzoek: "Nieuw verzoek registreren",
      directie: "Directie",
      uitloggen: "Uitloggen",
      ingelogdAls: (naam: string) => `Ingelogd als ${naam}`,
    },
    geenToegang: "U heeft geen toegang tot de wachtrij. Alleen de backoffice en de directie behandelen verzoeken.",
    titel: "Wachtrij",
    intro:
      "Alle open verzoeken. Het verzoek met de vroegste termijn staat bovenaan. U kiest zelf of dat de doeltermijn of de wettelijke termijn is.",
    filters: {
      titel: "Filteren en zoeken",
      zoekLabel: "Zoeken",
      zoekHint: "Een verzoeknummer, of het begin ervan. Of een deel van de naam van de betrokkene.",
      typeLabel: "Recht",
      alleRechten: "Alle rechten",
      statusLabel: "Status",
      alleStatussen: "Alle open statussen",
      behandelaarLabel: "Behandelaar",
      iedereen: "Iedereen",
      ik: "Ik (mijn werk)",
      niemand: "Nog niemand",
      vinkjesLegend: "Alleen tonen",
      teLaat: "Alleen verzoeken die te laat zijn",
      wachtOpClient: "Alleen verzoeken die wachten op de cliënt",
      toepassen: "Filters toepassen",
      wissen: "Alle filters wissen",
      sorteerLabel: "Sorteren op",
      sorteringen: {
        doel: "Doeltermijn (reglement), vroegste eerst",
        wettelijk: "Wettelijke termijn (AVG), vroegste eerst",
      } as Record<string, string>,
    },
    fouten: {
      type_onbekend: "Kies een recht uit de lijst.",
      status_onbekend: "Kies een status uit de lijst.",
      behandelaar_onbekend: "Kies een behandelaar uit de lijst.",
      vinkje_ongeldig: "Dit vinkje heeft een ongeldige waarde. Zet het aan of uit en probeer het opnieuw.",
      zoek_te_lang: "Zoek met ten hoogste 100 tekens.",
      cursor_ongeldig: "Deze pagina bestaat niet (meer). Begin opnieuw bij de eerste pagina.",
      sorteer_onbekend: "Kies een sortering uit de lijst.",
    },
    foutTitel: "Controleer het volgende:",
    geenRijenBijFout: "Pas de filters aan. Daarna ziet u de verzoeken weer.",
    perStatusTitel: "Aantal per status",
    perStatusUitleg: "Met de filters hierboven, zonder het filter op status.",
    alleStatussen: (aantal: number) => `Alle open verzoeken: ${aantal}`,
    statusAantal: (label: string, aantal: number) => `${label}: ${aantal}`,
    tabel: {
      caption: (opPagina: number, totaal: number, sortering = "doel") =>
        `${opPagina} van de ${totaal} open verzoeken, gesorteerd op ${sortering === "wettelijk" ? "wettelijke termijn" : "doeltermijn"} (vroegste eerst)`,
      gesorteerdOp: (sortering: string): string =>
        sortering === "wettelijk"
          ? "Gesorteerd op wettelijke termijn (AVG), de vroegste eerst."
          : "Gesorteerd op doeltermijn (reglement), de vroegste eerst.",
      sorteerAnders: (sortering: string): string =>
        sortering === "wettelijk" ? "Sorteer op doeltermijn" : "Sorteer op wettelijke termijn",
      verlengdTot: "verlengd",
      kaartTermijn: "Termijn",
      nummer: "Nummer",
      recht: "Recht",
      betrokkene: "Betrokkene",
      ontvangen: "Ontvangen",
      doelTermijn: "Doeltermijn",
      wettelijkeTermijn: "Wettelijke termijn",
      termijn: "Tijd tot doeltermijn",
      status: "Status",
      behandelaar: "Behandelaar",
      kenmerken: "Let op",
      gekoppeld: "Gekoppeld aan cliënt",
      nietGekoppeld: "Nog niet gekoppeld",
      niemand: "Nog niemand",
      klokStil: "Klok staat stil",
      gepauzeerdeDagen: (dagen: number) => `${dagen} ${dagen === 1 ? "dag" : "dagen"} gepauzeerd`,
      verlengd: "Verlengd",
      identiteit: "Identiteit nog niet genoeg bevestigd",
    },
    leeg: "Er zijn geen open verzoeken die bij deze filters passen.",
    leegZonderFilters: "Er zijn nu geen open verzoeken.",
    paginering: {
      label: "Pagina's van de wachtrij",
      vorige: "Vorige 50",
      volgende: "Volgende 50",
      eerste: "Naar de eerste pagina",
    },
    dashboard: {
      titel: "Overzicht",
      perRechtTitel: "Open verzoeken per recht",
      perTermijnTitel: "Open verzoeken per termijn",
      opTijdTitel: "Op tijd afgerond in de laatste 12 maanden",
      opTijdUitleg:
        "Op tijd betekent: afgerond op of vóór de wettelijke termijn. Een verlenging en de dagen dat de klok stilstond tellen mee. Ingetrokken verzoeken tellen niet mee.",
      opTijdTotaal: (opTijd: number, afgerond: number, percentage: number | null) =>
        afgerond === 0
          ? "In de laatste 12 maanden is geen verzoek afgerond."
          : `In totaal ${opTijd} van de ${afgerond} verzoeken op tijd afgerond (${percentage}%).`,
      termijnGroepen: {
        te_laat: "Te laat",
        binnen_7_dagen: "Binnen 7 dagen",
        "1_2_weken": "Over 1 tot 2 weken",
        "2_4_weken": "Over 2 tot 4 weken",
        later: "Over meer dan 4 weken",
      },
      kolomRecht: "Recht",
      kolomTermijn: "Termijn",
      kolomAantal: "Aantal open",
      kolomMaand: "Maand",
      kolomAfgerond: "Afgerond",
      kolomOpTijd: "Op tijd",
      kolomPercentage: "Percentage op tijd",
      geenPercentage: "Niets afgerond",
      grafiekPerRecht: (delen: string) => `Staafdiagram van de open verzoeken per recht: ${delen}.`,
      grafiekPerTermijn: (delen: string) => `Staafdiagram van de open verzoeken per termijn: ${delen}.`,
      grafiekOpTijd: (delen: string) => `Staafdiagram van het percentage op tijd afgerond per maand: ${delen}.`,
      deel: (label: string, waarde: string) => `${label} ${waarde}`,
      tabelPerRecht: "Open verzoeken per recht (getallen van het staafdiagram)",
      tabelPerTermijn: "Open verzoeken per termijn (getallen van het staafdiagram)",
      tabelOpTijd: "Op tijd afgerond per maand (getallen van het staafdiagram)",
    },
  },
  medewerkerToegang: {
    rollen: {
      backoffice: "backoffice (verzoeken behandelen)",
      directie: "directie (besluiten nemen en ondertekenen)",
      beheerder: "beheerder (organisatie en medewerkers instellen)",
    },
    uitnodiging: {
      metaTitel: "Uitnodiging voor medewerkers – Rechtenloket",
      titel: "Welkom bij het Rechtenloket",
      wie: (naam: string, email: string) => `Deze uitnodiging is voor ${naam} (${email}).`,
      rol: (rol: string) => `Uw rol: ${rol}.`,
      geldigTot: (moment: string) => `De uitnodiging werkt één keer en is geldig tot ${moment}.`,
      passkeyTitel: "Maak uw passkey",
      passkeyUitleg:
        "Medewerkers loggen alleen in met een passkey. Dat is een veilige sleutel op uw telefoon of computer. Uw apparaat vraagt om uw vingerafdruk, uw gezicht of uw pincode. U heeft geen wachtwoord nodig.",
      knop: "Passkey aanmaken",
      eerstePasskeyNaam: "Eerste passkey",
      bezig: "Even geduld…",
      geenJavascript:
        "Voor een passkey heeft u JavaScript nodig, en een apparaat met een schermvergrendeling: een vingerafdruk, gezichtsherkenning of een pincode. Zet JavaScript aan, of open de link uit de e-mail op zo'n apparaat.",
      mislukt:
        "De passkey is niet aangemaakt. Probeer het opnieuw. Uw apparaat moet om uw vingerafdruk, uw gezicht of uw pincode vragen.",
      afgebroken: "U heeft het aanmaken van de passkey afgebroken. Er is niets veranderd. Probeer het opnieuw.",
      alGeregistreerd: "Op dit apparaat staat al een passkey voor u. Log in met die passkey.",
      ongeldigTitel: "Deze uitnodiging werkt niet meer",
      ongeldig: "Deze uitnodiging is verlopen of al gebruikt. Vraag de beheerder om een nieuwe.",
      naarInloggen: "Naar inloggen voor medewerkers",
    },
    inloggen: {
      metaTitel: "Inloggen voor medewerkers – Rechtenloket",
      titel: "Inloggen voor medewerkers",
      intro: "Medewerkers loggen in met hun passkey. Uw apparaat vraagt om uw vingerafdruk, uw gezicht of uw pincode.",
      knop: "Inloggen met uw passkey",
      bezig: "Even geduld…",
      geenJavascript:
        "Voor inloggen met een passkey heeft u JavaScript nodig, en een apparaat met een schermvergrendeling: een vingerafdruk, gezichtsherkenning of een pincode. Zet JavaScript aan en laad de pagina opnieuw.",
      mislukt: "Inloggen is niet gelukt. Probeer het opnieuw.",
      afgebroken: "U heeft het inloggen afgebroken. Probeer het opnieuw.",
      geenMedewerker:
        "Deze passkey hoort niet bij een medewerker. Bent u cliënt of vertegenwoordiger? Log dan in op de gewone inlogpagina.",
      gedeactiveerd: "Uw account als medewerker is niet meer actief. Neem contact op met de beheerder.",
      naarClientInloggen: "Inloggen voor cliënten",
      geenPasskey: "Heeft u nog geen passkey? Vraag de beheerder om een uitnodiging.",
      uitgelogd: "U bent uitgelogd.",
    },
    uitloggen: {
      metaTitel: "Uitloggen – Backoffice – Rechtenloket",
      titel: "Uitloggen",
      vraag: "Wilt u uitloggen op dit apparaat?",
      knop: "Uitloggen",
    },
  },
};

export type Teksten = typeof teksten;
