/**
 * Withdrawal of consent (AVG art. 7 lid 3): it takes effect when the client withdraws, which is
 * the day the request was received (never later: staff cannot choose a later date). An earlier
 * withdrawal stays: a consent never comes back to life. Pure: no database, no clock.
 */
import { compare, isIsoDate, type IsoDate } from "./calendar";
import { DomainError } from "./errors";

export function intrekkingIngang(
  toestemming: { gegevenOp: IsoDate; ingetrokkenOp: IsoDate | null },
  verzoekOntvangenOp: IsoDate,
): IsoDate {
  if (!isIsoDate(verzoekOntvangenOp))
    throw new DomainError("datum_ongeldig", `Ongeldige datum van ontvangst: "${String(verzoekOntvangenOp)}".`);
  if (toestemming.ingetrokkenOp && compare(toestemming.ingetrokkenOp, verzoekOntvangenOp) <= 0)
    return toestemming.ingetrokkenOp;
  if (compare(verzoekOntvangenOp, toestemming.gegevenOp) < 0) {
    throw new DomainError(
      "datum_voor_toestemming",
      "Het verzoek kwam binnen vóór de datum waarop deze toestemming is gegeven. Kies de toestemming die de cliënt bedoelt.",
    );
  }
  return verzoekOntvangenOp;
}
