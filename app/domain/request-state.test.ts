import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { VERZOEKTYPEN } from "./request-types";
import {
  WEIGERINGSGROND,
  ACTOREN,
  BESLUIT_SOORTEN,
  OPEN_STATUSSEN,
  STATUS_LABELS,
  VERZOEK_ACTIES,
  VERZOEK_STATUSSEN,
  allowedActions,
  canTransition,
  decisionActionFor,
  groundsFor,
  isOpen,
  mayDirectorSign,
  needsDirectieSignature,
  signingActionFor,
  transition,
  type Actor,
  type OvergangDetails,
  type VerzoekActie,
  type VerzoekStatus,
} from "./request-state";

/** Written out by hand from the brief, so that a change in the table makes these tests fail. */
const VERWACHT: Record<VerzoekActie, { van: VerzoekStatus[]; naar: VerzoekStatus; wie: Actor[] }> = {
  oppakken: { van: ["ontvangen"], naar: "in_behandeling", wie: ["backoffice", "directie"] },
  vraag_stellen: {
    van: ["ontvangen", "in_behandeling"],
    naar: "wacht_op_client",
    wie: ["backoffice", "directie"],
  },
  antwoord_client: { van: ["wacht_op_client"], naar: "in_behandeling", wie: ["client"] },
  hervatten: { van: ["wacht_op_client"], naar: "in_behandeling", wie: ["backoffice", "directie"] },
  besluit_toewijzen: { van: ["in_behandeling"], naar: "in_uitvoering", wie: ["backoffice", "directie"] },
  concept_ter_ondertekening: {
    van: ["in_behandeling"],
    naar: "wacht_op_directie",
    wie: ["backoffice", "directie"],
  },
  terugsturen: { van: ["wacht_op_directie"], naar: "in_behandeling", wie: ["directie"] },
  ondertekenen_afwijzing: { van: ["wacht_op_directie"], naar: "afgerond", wie: ["directie"] },
  ondertekenen_deels: { van: ["wacht_op_directie"], naar: "in_uitvoering", wie: ["directie"] },
  ondertekenen_verlenging: { van: ["wacht_op_directie"], naar: "in_behandeling", wie: ["directie"] },
  uitvoering_afronden: {
    van: ["in_uitvoering"],
    naar: "afgerond",
    wie: ["backoffice", "directie", "systeem"],
  },
  intrekken: {
    van: ["ontvangen", "in_behandeling", "wacht_op_client", "wacht_op_directie", "in_uitvoering"],
    naar: "ingetrokken",
    wie: ["client", "backoffice", "directie"],
  },
  sluiten_zonder_besluit: {
    van: ["ontvangen", "in_behandeling", "wacht_op_client"],
    naar: "afgerond",
    wie: ["backoffice", "directie"],
  },
};

const VOLLEDIG: OvergangDetails = { toelichting: "Telefonisch gemeld op 3 maart.", sluitReden: "dubbel_verzoek" };

function fout(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError, nothing was thrown");
}

describe("statuses", () => {
  it("lists the seven statuses and the five open ones", () => {
    expect(VERZOEK_STATUSSEN).toEqual([
      "ontvangen",
      "in_behandeling",
      "wacht_op_client",
      "wacht_op_directie",
      "in_uitvoering",
      "afgerond",
      "ingetrokken",
    ]);
    expect([...OPEN_STATUSSEN].sort()).toEqual(
      ["ontvangen", "in_behandeling", "wacht_op_client", "wacht_op_directie", "in_uitvoering"].sort(),
    );
    expect(isOpen("afgerond")).toBe(false);
    expect(isOpen("ingetrokken")).toBe(false);
    expect(isOpen("wacht_op_client")).toBe(true);
  });

  it("tells the client in plain words that the clock is paused", () => {
    expect(STATUS_LABELS.wacht_op_client.client.nl).toBe("Wij wachten op uw antwoord. De termijn staat stil.");
    expect(STATUS_LABELS.wacht_op_client.client.en).toMatch(/paused/);
  });

  it("does not tell the client that a refusal is waiting for a signature", () => {
    expect(STATUS_LABELS.wacht_op_directie.client.nl).not.toMatch(/afwijz|weiger/i);
  });

  it("has a Dutch and an English label for clients and staff for every status", () => {
    for (const status of VERZOEK_STATUSSEN) {
      for (const label of [STATUS_LABELS[status].client, STATUS_LABELS[status].staff]) {
        expect(label.nl.length, status).toBeGreaterThan(3);
        expect(label.en.length, status).toBeGreaterThan(3);
        expect(label.nl).not.toBe(label.en);
      }
    }
  });
});

describe("transition: every action, every actor", () => {
  for (const actie of VERZOEK_ACTIES) {
    const { van, naar, wie } = VERWACHT[actie];
    for (const actor of ACTOREN) {
      if (wie.includes(actor)) {
        it(`${actie}: ${actor} may, ${van.join("|")} → ${naar}`, () => {
          for (const status of van) {
            expect(transition(status, actie, actor, VOLLEDIG)).toBe(naar);
            expect(canTransition(status, actie, actor)).toBe(true);
          }
        });
      } else {
        it(`${actie}: ${actor} may not`, () => {
          const e = fout(() => transition(van[0]!, actie, actor, VOLLEDIG));
          expect(e.code).toBe("geen_bevoegdheid");
          expect(e.message).toMatch(/mag/);
          expect(canTransition(van[0]!, actie, actor)).toBe(false);
        });
      }
    }
    it(`${actie}: refused from every other status`, () => {
      const actor = wie[0]!;
      for (const status of VERZOEK_STATUSSEN.filter((s) => !van.includes(s))) {
        const e = fout(() => transition(status, actie, actor, VOLLEDIG));
        expect(e.code, `${status}`).toBe("ongeldige_overgang");
        expect(e.message).toContain(STATUS_LABELS[status].staff.nl.toLowerCase());
      }
    });
  }

  it("beheerder cannot handle requests at all", () => {
    for (const status of VERZOEK_STATUSSEN) expect(allowedActions(status, "beheerder")).toEqual([]);
  });
});

describe("closed statuses", () => {
  for (const status of ["afgerond", "ingetrokken"] as const) {
    it(`${status}: no action by anyone`, () => {
      for (const actor of ACTOREN) expect(allowedActions(status, actor)).toEqual([]);
      expect(fout(() => transition(status, "intrekken", "client")).code).toBe("ongeldige_overgang");
      expect(fout(() => transition(status, "oppakken", "backoffice")).code).toBe("ongeldige_overgang");
      expect(fout(() => transition(status, "uitvoering_afronden", "systeem")).code).toBe("ongeldige_overgang");
      expect(fout(() => transition(status, "sluiten_zonder_besluit", "directie", VOLLEDIG)).code).toBe(
        "ongeldige_overgang",
      );
    });
  }

  it("a signed refusal cannot be reopened by sending it back", () => {
    const e = fout(() => transition("afgerond", "terugsturen", "directie", { toelichting: "x" }));
    expect(e.code).toBe("ongeldige_overgang");
    expect(e.message).toBe('De stap "terugsturen met opmerking" kan niet. Het verzoek heeft de status "afgerond".');
  });
});

describe("allowedActions", () => {
  it("gives the backoffice the choices of a request being handled", () => {
    expect(allowedActions("in_behandeling", "backoffice")).toEqual([
      "vraag_stellen",
      "besluit_toewijzen",
      "concept_ter_ondertekening",
      "intrekken",
      "sluiten_zonder_besluit",
    ]);
  });
  it("lets the client answer or withdraw while the clock is paused", () => {
    expect(allowedActions("wacht_op_client", "client")).toEqual(["antwoord_client", "intrekken"]);
  });
  it("gives the directie the signing steps on a draft, the backoffice only withdrawal", () => {
    expect(allowedActions("wacht_op_directie", "directie")).toEqual([
      "terugsturen",
      "ondertekenen_afwijzing",
      "ondertekenen_deels",
      "ondertekenen_verlenging",
      "intrekken",
    ]);
    expect(allowedActions("wacht_op_directie", "backoffice")).toEqual(["intrekken"]);
  });
  it("lets the system only finish execution", () => {
    expect(allowedActions("in_uitvoering", "systeem")).toEqual(["uitvoering_afronden"]);
    expect(allowedActions("ontvangen", "systeem")).toEqual([]);
  });
});

describe("details a step needs", () => {
  it("a question to the client records why the clock stops", () => {
    expect(fout(() => transition("in_behandeling", "vraag_stellen", "backoffice")).code).toBe("toelichting_verplicht");
    expect(fout(() => transition("in_behandeling", "vraag_stellen", "backoffice", { toelichting: "   " })).code).toBe(
      "toelichting_verplicht",
    );
    expect(
      transition("in_behandeling", "vraag_stellen", "backoffice", { toelichting: "Welke periode bedoelt u?" }),
    ).toBe("wacht_op_client");
  });
  it("the director sends a draft back only with a comment", () => {
    expect(fout(() => transition("wacht_op_directie", "terugsturen", "directie")).code).toBe("toelichting_verplicht");
  });
  it("the client withdraws without explaining; staff note how the client withdrew", () => {
    expect(transition("in_behandeling", "intrekken", "client")).toBe("ingetrokken");
    expect(fout(() => transition("in_behandeling", "intrekken", "backoffice")).code).toBe("toelichting_verplicht");
    expect(transition("in_behandeling", "intrekken", "backoffice", { toelichting: "Telefonisch, 4 maart" })).toBe(
      "ingetrokken",
    );
  });
  it("closing without decision needs a reason code and a toelichting", () => {
    expect(
      fout(() => transition("ontvangen", "sluiten_zonder_besluit", "backoffice", { toelichting: "dubbel" })).code,
    ).toBe("sluitreden_verplicht");
    expect(
      fout(() => transition("ontvangen", "sluiten_zonder_besluit", "backoffice", { sluitReden: "dubbel_verzoek" }))
        .code,
    ).toBe("toelichting_verplicht");
    expect(
      transition("ontvangen", "sluiten_zonder_besluit", "backoffice", {
        sluitReden: "dubbel_verzoek",
        toelichting: "Zelfde als verzoek RL-0012",
      }),
    ).toBe("afgerond");
  });
  it("rejects unknown values that slip past the types", () => {
    expect(fout(() => transition("ontvangen", "goedkeuren" as VerzoekActie, "directie")).code).toBe("onbekende_actie");
    expect(fout(() => transition("gesloten" as VerzoekStatus, "oppakken", "directie")).code).toBe("onbekende_status");
    expect(fout(() => transition("ontvangen", "oppakken", "fg" as Actor)).code).toBe("onbekende_actor");
    expect(canTransition("ontvangen", "goedkeuren" as VerzoekActie, "directie")).toBe(false);
  });
});

describe("a whole refusal, then a partial refusal", () => {
  it("walks the path with four eyes in between", () => {
    let s: VerzoekStatus = "ontvangen";
    s = transition(s, "oppakken", "backoffice");
    s = transition(s, "vraag_stellen", "backoffice", { toelichting: "Legitimatie nodig" });
    s = transition(s, "antwoord_client", "client");
    s = transition(s, decisionActionFor("gedeeltelijke_afwijzing"), "backoffice");
    expect(s).toBe("wacht_op_directie");
    s = transition(s, signingActionFor("gedeeltelijke_afwijzing"), "directie");
    expect(s).toBe("in_uitvoering");
    s = transition(s, "uitvoering_afronden", "systeem");
    expect(s).toBe("afgerond");
  });
});

describe("signatures", () => {
  it("only a full grant needs no signature", () => {
    expect(BESLUIT_SOORTEN.filter(needsDirectieSignature)).toEqual([
      "gedeeltelijke_afwijzing",
      "afwijzing",
      "verlenging",
      "kennelijk_ongegrond",
    ]);
    expect(needsDirectieSignature("toewijzing")).toBe(false);
    expect(decisionActionFor("toewijzing")).toBe("besluit_toewijzen");
    expect(decisionActionFor("verlenging")).toBe("concept_ter_ondertekening");
  });

  it("maps each signed kind to its signing step", () => {
    expect(signingActionFor("afwijzing")).toBe("ondertekenen_afwijzing");
    expect(signingActionFor("kennelijk_ongegrond")).toBe("ondertekenen_afwijzing");
    expect(signingActionFor("gedeeltelijke_afwijzing")).toBe("ondertekenen_deels");
    expect(signingActionFor("verlenging")).toBe("ondertekenen_verlenging");
    expect(fout(() => signingActionFor("toewijzing")).code).toBe("geen_ondertekening_nodig");
  });

  describe("four eyes", () => {
    it("another director may sign", () => {
      expect(mayDirectorSign({ signerId: "u2", drafterId: "u1", signerRoles: ["directie"] })).toEqual({ ok: true });
    });
    it("the drafter may not sign, even as director", () => {
      const r = mayDirectorSign({ signerId: "u1", drafterId: "u1", signerRoles: ["directie", "backoffice"] });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.reason.code).toBe("opsteller_mag_niet_ondertekenen");
      expect(r.reason.nl).toContain("Een andere directeur moet het ondertekenen");
      expect(r.reason.en).toContain("Another director");
    });
    it("backoffice or beheerder may not sign", () => {
      for (const roles of [["backoffice"], ["beheerder"], []] as const) {
        const r = mayDirectorSign({ signerId: "u2", drafterId: "u1", signerRoles: roles });
        expect(r).toEqual({ ok: false, reason: expect.objectContaining({ code: "geen_directie" }) });
      }
    });
    it("refuses missing ids instead of treating them as different people", () => {
      expect(fout(() => mayDirectorSign({ signerId: "", drafterId: "u1", signerRoles: ["directie"] })).code).toBe(
        "ongeldige_invoer",
      );
    });
  });
});

describe("refusal grounds", () => {
  const codes = (t: Parameters<typeof groundsFor>[0]) => groundsFor(t).map((g) => g.code);

  it("inzage: others' rights, criminal investigation, the child's interest, and the general grounds", () => {
    expect(codes("inzage")).toEqual([
      "rechten_en_vrijheden_anderen",
      "opsporing_strafbare_feiten",
      "belang_minderjarige",
      "identiteit_niet_vastgesteld",
      "kennelijk_ongegrond_of_buitensporig",
    ]);
  });
  it("verwijdering: only the exceptions of art. 7:455 lid 2 BW and art. 17 lid 3 AVG; no 'agreement with the client', no 20-year WGBO ground", () => {
    expect(codes("verwijdering")).toEqual([
      "aanmerkelijk_belang_ander",
      "wettelijke_bewaarplicht",
      "lopende_klacht_of_calamiteit",
      "identiteit_niet_vastgesteld",
      "kennelijk_ongegrond_of_buitensporig",
    ]);
    expect(Object.keys(WEIGERINGSGROND)).not.toContain("afspraak_met_client");
    const bewaar = groundsFor("verwijdering").find((g) => g.code === "wettelijke_bewaarplicht")!;
    // The 20 years of art. 7:454 lid 3 do not block the client's own request: another statute does.
    expect(bewaar.grondslag).not.toContain("7:454");
    expect(bewaar.grondslag).toContain("7:455 lid 2");
    expect(bewaar.grondslag).toContain("52 lid 4 AWR");
    expect(bewaar.nl).not.toContain("20 jaar");
    expect(codes("verwijdering")).not.toContain("opsporing_strafbare_feiten");
  });
  it("bezwaar: art. 21 does not apply, compelling grounds and legal claims, all art. 21", () => {
    const g = groundsFor("bezwaar").filter((x) => x.grondslag.includes("art. 21"));
    expect(g.map((x) => x.code)).toEqual([
      "bezwaar_niet_van_toepassing",
      "dwingende_gerechtvaardigde_gronden",
      "rechtsvordering",
    ]);
  });
  it("every type allows 'kennelijk ongegrond of buitensporig' (art. 12 lid 5)", () => {
    for (const type of VERZOEKTYPEN) {
      const g = groundsFor(type).find((x) => x.code === "kennelijk_ongegrond_of_buitensporig");
      expect(g?.grondslag, type).toBe("art. 12 lid 5 AVG");
    }
  });
  it("a withdrawal of consent has no ground of its own", () => {
    expect(codes("intrekking_toestemming")).toEqual([
      "identiteit_niet_vastgesteld",
      "kennelijk_ongegrond_of_buitensporig",
    ]);
  });
  it("every ground has Dutch and English text and a legal basis", () => {
    for (const type of VERZOEKTYPEN) {
      for (const g of groundsFor(type)) {
        expect(g.nl).toMatch(/\.$/);
        expect(g.en).toMatch(/\.$/);
        expect(g.grondslag).toMatch(/AVG|BW|reglement/);
      }
    }
  });
});
