/**
 * Telling the client about a disclosure made without their consent (docs/recht.md "Ontvangers
 * (art. 19)"; AVG art. 5 lid 1 sub a and art. 14 lid 4, and the practice's reglement): a
 * disclosure on a legal duty (a court order, a report under the meldcode to Veilig Thuis, a
 * statutory request) is told to the client without delay: to whom, when, which data, on what
 * ground. It may be postponed only while telling would put people or property in danger, and
 * then only with that reason recorded (docs/decisions/023). Pure: no I/O.
 */

/** A disclosure on a consent is known to the client; any other is told. */
export function clientMoetWordenGemeld(v: { toestemmingId?: string | null }): boolean {
  return !v.toestemmingId;
}

export const MIN_UITSTEL_REDEN = 10;
export const MAX_UITSTEL_REDEN = 1000;

export type UitstelToets = { ok: true; reden: string | null } | { ok: false; melding: { nl: string; en: string } };

/**
 * The reason staff give for postponing: empty = not postponed; otherwise it must say why telling
 * now would endanger someone (at least a sentence), and a disclosure on consent needs none.
 */
export function toetsUitstel(reden: unknown, zonderToestemming: boolean): UitstelToets {
  const tekst = typeof reden === "string" ? reden.trim() : "";
  if (tekst === "") return { ok: true, reden: null };
  if (!zonderToestemming) {
    return {
      ok: false,
      melding: {
        nl: "Deze verstrekking berust op toestemming van de cliënt: er valt niets uit te stellen. Laat de reden voor uitstel leeg.",
        en: "This disclosure rests on the client's consent: there is nothing to postpone. Leave the reason for postponing empty.",
      },
    };
  }
  if (tekst.length < MIN_UITSTEL_REDEN || tekst.length > MAX_UITSTEL_REDEN) {
    return {
      ok: false,
      melding: {
        nl: `Schrijf in één of meer zinnen (${MIN_UITSTEL_REDEN} tot ${MAX_UITSTEL_REDEN} tekens) waarom het vertellen nu gevaar oplevert voor iemand of voor zaken.`,
        en: `Write in one or more sentences (${MIN_UITSTEL_REDEN} to ${MAX_UITSTEL_REDEN} characters) why telling now would endanger someone or property.`,
      },
    };
  }
  return { ok: true, reden: tekst };
}
