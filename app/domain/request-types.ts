import { DomainError } from "./errors";

/** The seven rights a client can exercise through the portal (docs/recht.md "Rechten en verzoeksoorten"). */
export const VERZOEKTYPEN = [
  "inzage", // AVG art. 15 (incl. afschrift)
  "correctie", // AVG art. 16 (correctie en aanvulling)
  "verwijdering", // AVG art. 17, WGBO 7:455 BW
  "afscherming", // AVG art. 18 (beperking)
  "bezwaar", // AVG art. 21
  "dataportabiliteit", // AVG art. 20
  "intrekking_toestemming", // AVG art. 7(3)
] as const;

export type Verzoektype = (typeof VERZOEKTYPEN)[number];

export function isVerzoektype(value: unknown): value is Verzoektype {
  return typeof value === "string" && (VERZOEKTYPEN as readonly string[]).includes(value);
}

export function parseVerzoektype(value: unknown): Verzoektype {
  if (!isVerzoektype(value)) {
    throw new DomainError(
      "onbekend_verzoektype",
      `Onbekend soort verzoek: "${String(value)}". Kies een van: ${VERZOEKTYPEN.join(", ")}.`,
    );
  }
  return value;
}

/** The article of the AVG (GDPR) each right comes from. */
export const AVG_ARTIKEL: Record<Verzoektype, string> = {
  inzage: "artikel 15 AVG",
  correctie: "artikel 16 AVG",
  verwijdering: "artikel 17 AVG",
  afscherming: "artikel 18 AVG",
  bezwaar: "artikel 21 AVG",
  dataportabiliteit: "artikel 20 AVG",
  intrekking_toestemming: "artikel 7 lid 3 AVG",
};
