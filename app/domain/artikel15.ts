/**
 * The parts of an inzage answer beyond the data itself that AVG art. 15 asks for and the register
 * of processing (AVG art. 30) holds: automated decision-making (lid 1 sub h), the safeguards for a
 * transfer outside the EEA (lid 2), the source where it is not the client (lid 1 sub g), and the
 * fee for a further copy (lid 3). Pure: texts in Dutch and English, no database.
 */
export type Taal = "nl" | "en";

export type RegisterRegel = {
  naam: string;
  bron: string;
  geautomatiseerdeBesluitvorming: string | null;
  doorgifteBuitenEer: string | null;
};

export type Artikel15Aanvullend = {
  /** Lid 1 sub h: one sentence when none, else one line per processing that uses it. */
  geautomatiseerd: string[];
  /** Lid 2: one sentence when there is no transfer, else the processing, country and safeguard. */
  doorgifte: string[];
  /** Lid 1 sub g: where the data comes from, per processing whose source is not only the client. */
  herkomst: string[];
  /** Lid 3: the first copy is free; a further copy's fee. */
  kopie: string;
};

const CLIENT = /^(de )?(cli[eë]nt|client|betrokkene)( of (zijn |haar )?vertegenwoordiger)?$/i;

function gevuld(tekst: string | null): tekst is string {
  return typeof tekst === "string" && tekst.trim() !== "";
}

/** "€ 5,00" / "€5.00": the fee as the client reads it. */
export function bedrag(cent: number, taal: Taal): string {
  const euro = Math.floor(cent / 100);
  const rest = String(cent % 100).padStart(2, "0");
  return taal === "nl" ? `€ ${euro},${rest}` : `€${euro}.${rest}`;
}

export function artikel15Aanvullend(
  register: readonly RegisterRegel[],
  kostenExtraKopieCent: number,
  taal: Taal,
): Artikel15Aanvullend {
  const uniek = [...new Map(register.map((r) => [r.naam, r])).values()];
  const adm = uniek.filter((r) => gevuld(r.geautomatiseerdeBesluitvorming));
  const buiten = uniek.filter((r) => gevuld(r.doorgifteBuitenEer));
  const herkomst = uniek.filter((r) => gevuld(r.bron) && !CLIENT.test(r.bron.trim()));
  const kosten = Number.isSafeInteger(kostenExtraKopieCent) && kostenExtraKopieCent > 0 ? kostenExtraKopieCent : 0;
  if (taal === "nl") {
    return {
      geautomatiseerd:
        adm.length === 0
          ? [
              "Wij nemen geen besluiten over u die alleen door een computer worden genomen, en wij maken geen profiel van u (artikel 22 AVG).",
            ]
          : adm.map((r) => `${r.naam}: ${r.geautomatiseerdeBesluitvorming!.trim()}`),
      doorgifte:
        buiten.length === 0
          ? ["Wij geven uw gegevens niet door naar landen buiten de Europese Economische Ruimte (EER)."]
          : buiten.map((r) => `${r.naam}: ${r.doorgifteBuitenEer!.trim()}`),
      herkomst: herkomst.map((r) => `${r.naam}: ${r.bron.trim()}`),
      kopie:
        kosten === 0
          ? "De eerste kopie is gratis. Ook als u later nog een kopie vraagt, betaalt u niets (artikel 15 lid 3 AVG)."
          : `De eerste kopie is gratis. Vraagt u later nog een kopie, dan vragen wij daarvoor ${bedrag(kosten, "nl")}. Dat is een redelijke vergoeding voor het werk (artikel 15 lid 3 AVG). Wij zeggen het u vooraf.`,
    };
  }
  return {
    geautomatiseerd:
      adm.length === 0
        ? ["We make no decisions about you by computer alone, and we do not profile you (Article 22 GDPR)."]
        : adm.map((r) => `${r.naam}: ${r.geautomatiseerdeBesluitvorming!.trim()}`),
    doorgifte:
      buiten.length === 0
        ? ["We do not transfer your data to countries outside the European Economic Area (EEA)."]
        : buiten.map((r) => `${r.naam}: ${r.doorgifteBuitenEer!.trim()}`),
    herkomst: herkomst.map((r) => `${r.naam}: ${r.bron.trim()}`),
    kopie:
      kosten === 0
        ? "The first copy is free. If you ask for another copy later, you pay nothing either (Article 15(3) GDPR)."
        : `The first copy is free. If you ask for another copy later, we charge ${bedrag(kosten, "en")} for it. That is a reasonable fee for the work (Article 15(3) GDPR). We will tell you beforehand.`,
  };
}

/** The fee a beheerder may set: whole cents from 0 to € 50,00 (a reasonable fee, AVG art. 15 lid 3). */
export const MAX_KOSTEN_EXTRA_KOPIE_CENT = 5000;

/** "7,50", "7.50", "7" or "€ 7,50" → 750 cents; null when it is no amount with at most two decimals. */
export function leesEuroBedrag(tekst: string): number | null {
  const schoon = tekst.replace(/€/g, "").replace(/\s+/g, "");
  if (schoon === "") return 0;
  const m = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(schoon);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}
