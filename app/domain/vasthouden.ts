/**
 * Holding a client's data from destruction (AVG art. 17 lid 3 sub e; docs/decisions/031 and 036):
 * the directie records, and later lifts, an open complaint or calamity or a legal claim. Each step
 * needs a reason; a legal claim also says what it is, in staff's words. The nightly destruction
 * (app/domain/vernietiging.ts `clientHold`) keeps everything of the client while either is set.
 * Pure: the checks of the form and the token that detects a stale page.
 */
import { normaliseerRegeleinden } from "./tekstlimieten";

export const VASTHOUD_STAPPEN = [
  "klacht_vastleggen",
  "klacht_opheffen",
  "rechtsvordering_vastleggen",
  "rechtsvordering_opheffen",
] as const;
export type VasthoudStap = (typeof VASTHOUD_STAPPEN)[number];

/** Characters, after line endings are normalised (as a browser counts maxlength). */
export const VASTHOUD_LIMIET = { reden: 1000, rechtsvordering: 500 } as const;

export type VasthoudVeld = "stap" | "reden" | "rechtsvordering";
export type VasthoudFoutCode =
  "stap_onbekend" | "reden_leeg" | "reden_te_lang" | "rechtsvordering_leeg" | "rechtsvordering_te_lang";

export type VasthoudInvoer = { stap: string; reden: string; rechtsvordering: string };
export type VasthoudWaarde = { stap: VasthoudStap; reden: string; rechtsvordering: string | null };

export function isVasthoudStap(w: unknown): w is VasthoudStap {
  return typeof w === "string" && (VASTHOUD_STAPPEN as readonly string[]).includes(w);
}

/** The form's input checked: a known step, a reason, and for a new legal claim what it is; each bounded. */
export function controleerVasthouden(
  invoer: VasthoudInvoer,
): { ok: true; waarde: VasthoudWaarde } | { ok: false; fout: { veld: VasthoudVeld; code: VasthoudFoutCode } } {
  if (!isVasthoudStap(invoer.stap)) return { ok: false, fout: { veld: "stap", code: "stap_onbekend" } };
  const reden = normaliseerRegeleinden(invoer.reden).trim();
  if (reden === "") return { ok: false, fout: { veld: "reden", code: "reden_leeg" } };
  if (reden.length > VASTHOUD_LIMIET.reden) return { ok: false, fout: { veld: "reden", code: "reden_te_lang" } };
  if (invoer.stap !== "rechtsvordering_vastleggen") {
    return { ok: true, waarde: { stap: invoer.stap, reden, rechtsvordering: null } };
  }
  const rechtsvordering = normaliseerRegeleinden(invoer.rechtsvordering).trim();
  if (rechtsvordering === "") return { ok: false, fout: { veld: "rechtsvordering", code: "rechtsvordering_leeg" } };
  if (rechtsvordering.length > VASTHOUD_LIMIET.rechtsvordering)
    return { ok: false, fout: { veld: "rechtsvordering", code: "rechtsvordering_te_lang" } };
  return { ok: true, waarde: { stap: invoer.stap, reden, rechtsvordering } };
}

export type VasthoudToestand = {
  lopendeKlachtOfCalamiteit: boolean;
  klachtSinds: Date | string | null;
  rechtsvordering: string | null;
  rechtsvorderingSinds: Date | string | null;
};

/**
 * What the page saw, as a token the form sends back (optimistic locking, as docs/decisions/007 for
 * requests; the client row has no version column). Every step changes a flag or a moment, so a
 * second person's step in between makes the token differ.
 */
export function vasthoudToken(t: VasthoudToestand): string {
  const moment = (d: Date | string | null) => (d === null ? "" : new Date(d).toISOString());
  return [
    t.lopendeKlachtOfCalamiteit ? "k" : "-",
    moment(t.klachtSinds),
    t.rechtsvordering === null ? "-" : "r",
    moment(t.rechtsvorderingSinds),
  ].join("|");
}
