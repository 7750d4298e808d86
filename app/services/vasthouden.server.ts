/**
 * The directie records and lifts what holds a client's data from destruction (AVG art. 17 lid 3
 * sub e; docs/decisions/031 and 036): an open complaint or calamity (`lopende_klacht_of_calamiteit`)
 * and a legal claim (`rechtsvordering`). Each step has a reason, is audited in the same
 * transaction, and takes the client's lock of the nightly destruction (vernietiging.server.ts).
 * `/beheer/bewaring` lists what is held now and the last steps, with their reasons.
 */
import { and, desc, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { db } from "../../db/db.server";
import { auditLog, clienten } from "../../db/schema";
import type { AuditActie } from "../domain/audit-acties";
import { DomainError } from "../domain/errors";
import { isUuid } from "../domain/id";
import { controleerVasthouden, vasthoudToken, type VasthoudInvoer, type VasthoudStap } from "../domain/vasthouden";
import { audit } from "./audit.server";
import { vereisBevoegdheid, type MedewerkerActor } from "./bevoegdheid.server";
import { vergrendelClient } from "./vernietiging.server";

const ACTIE: Record<VasthoudStap, AuditActie> = {
  klacht_vastleggen: "bewaring.klacht_vastgelegd",
  klacht_opheffen: "bewaring.klacht_opgeheven",
  rechtsvordering_vastleggen: "bewaring.rechtsvordering_vastgelegd",
  rechtsvordering_opheffen: "bewaring.rechtsvordering_opgeheven",
};
const ACTIES = Object.values(ACTIE);

const kolommen = {
  id: clienten.id,
  clientnummer: clienten.clientnummer,
  gewistOp: clienten.gewistOp,
  lopendeKlachtOfCalamiteit: clienten.lopendeKlachtOfCalamiteit,
  klachtReden: clienten.klachtReden,
  klachtSinds: clienten.klachtSinds,
  rechtsvordering: clienten.rechtsvordering,
  rechtsvorderingReden: clienten.rechtsvorderingReden,
  rechtsvorderingSinds: clienten.rechtsvorderingSinds,
};

export type VasthoudStand = {
  klacht: { actief: boolean; reden: string | null; sinds: Date | null };
  rechtsvordering: { omschrijving: string | null; reden: string | null; sinds: Date | null };
  gewist: boolean;
  /** Sent back by the form: a step on a stale page is refused (`intussen_gewijzigd`). */
  token: string;
};

/** What holds this client's data now (anyone who handles requests may see it); null when unknown. */
export async function vasthoudStand(actor: MedewerkerActor, clientId: string): Promise<VasthoudStand | null> {
  return db().transaction(async (tx) => {
    await vereisBevoegdheid(tx, actor, "verzoek.behandelen");
    if (!isUuid(clientId)) return null;
    const [c] = await tx.select(kolommen).from(clienten).where(eq(clienten.id, clientId));
    if (!c) return null;
    return {
      klacht: { actief: c.lopendeKlachtOfCalamiteit, reden: c.klachtReden, sinds: c.klachtSinds },
      rechtsvordering: {
        omschrijving: c.rechtsvordering,
        reden: c.rechtsvorderingReden,
        sinds: c.rechtsvorderingSinds,
      },
      gewist: c.gewistOp !== null,
      token: vasthoudToken(c),
    };
  });
}

/**
 * One step of the directie: record or lift the complaint/calamity, record (or replace) or lift the
 * legal claim. Refused, with nothing changed: a bad field (code and field), a stale page
 * (`intussen_gewijzigd`), nothing to lift or already recorded, an erased client.
 */
export async function wijzigVasthouden(
  actor: MedewerkerActor,
  clientId: string,
  invoer: VasthoudInvoer & { token: string },
  opties: { nu?: Date } = {},
): Promise<VasthoudStap> {
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const m = await vereisBevoegdheid(tx, actor, "bewaring.vasthouden");
    const check = controleerVasthouden(invoer);
    if (!check.ok) throw new DomainError(check.fout.code, "De invoer klopt niet.", check.fout.veld);
    const { stap, reden, rechtsvordering } = check.waarde;
    if (!isUuid(clientId)) throw new DomainError("niet_gevonden", "Deze cliënt bestaat niet.");
    await vergrendelClient(tx, clientId);
    const [c] = await tx.select(kolommen).from(clienten).where(eq(clienten.id, clientId)).for("update");
    if (!c) throw new DomainError("niet_gevonden", "Deze cliënt bestaat niet.");
    if (c.gewistOp) throw new DomainError("client_gewist", "Van deze cliënt is niets meer bewaard.");
    if (vasthoudToken(c) !== invoer.token)
      throw new DomainError("intussen_gewijzigd", "Iemand anders heeft dit intussen gewijzigd.");
    const details: Record<string, unknown> = { reden };
    switch (stap) {
      case "klacht_vastleggen":
        if (c.lopendeKlachtOfCalamiteit) throw new DomainError("klacht_al_vastgelegd", "Staat al vast.", "stap");
        await tx
          .update(clienten)
          .set({ lopendeKlachtOfCalamiteit: true, klachtReden: reden, klachtSinds: nu, bijgewerktOp: nu })
          .where(eq(clienten.id, c.id));
        break;
      case "klacht_opheffen":
        if (!c.lopendeKlachtOfCalamiteit)
          throw new DomainError("klacht_niet_vastgelegd", "Niets op te heffen.", "stap");
        details.vastgelegdOm = c.klachtReden;
        await tx
          .update(clienten)
          .set({ lopendeKlachtOfCalamiteit: false, klachtReden: null, klachtSinds: null, bijgewerktOp: nu })
          .where(eq(clienten.id, c.id));
        break;
      case "rechtsvordering_vastleggen":
        details.rechtsvordering = rechtsvordering;
        if (c.rechtsvordering !== null) details.vervangt = c.rechtsvordering;
        await tx
          .update(clienten)
          .set({ rechtsvordering, rechtsvorderingReden: reden, rechtsvorderingSinds: nu, bijgewerktOp: nu })
          .where(eq(clienten.id, c.id));
        break;
      case "rechtsvordering_opheffen":
        if (c.rechtsvordering === null)
          throw new DomainError("rechtsvordering_niet_vastgelegd", "Niets op te heffen.", "stap");
        details.rechtsvordering = c.rechtsvordering;
        details.vastgelegdOm = c.rechtsvorderingReden;
        await tx
          .update(clienten)
          .set({ rechtsvordering: null, rechtsvorderingReden: null, rechtsvorderingSinds: null, bijgewerktOp: nu })
          .where(eq(clienten.id, c.id));
        break;
    }
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: m.id,
      rol: "directie",
      actie: ACTIE[stap],
      clientId: c.id,
      onderdeel: "clienten",
      details,
    });
    return stap;
  });
}

export type VastgehoudenClient = {
  clientnummer: string;
  klacht: { reden: string | null; sinds: Date | null } | null;
  rechtsvordering: { omschrijving: string; reden: string | null; sinds: Date | null } | null;
};
export type VasthoudStapRegel = {
  op: Date;
  clientnummer: string | null;
  actie: AuditActie;
  reden: string | null;
  rechtsvordering: string | null;
};

/**
 * For /beheer/bewaring: every client whose data a complaint, calamity or legal claim holds now,
 * with the reason recorded, and the last `aantal` steps (set and lift) with their reasons from the
 * audit log. Client numbers only, no names.
 */
export async function vasthoudOverzicht(
  aantal = 20,
): Promise<{ clienten: VastgehoudenClient[]; stappen: VasthoudStapRegel[] }> {
  const conn = db();
  const rijen = await conn
    .select(kolommen)
    .from(clienten)
    .where(
      and(
        isNull(clienten.gewistOp),
        or(eq(clienten.lopendeKlachtOfCalamiteit, true), isNotNull(clienten.rechtsvordering)),
      ),
    )
    .orderBy(clienten.clientnummer);
  const stappen = await conn
    .select({ op: auditLog.op, actie: auditLog.actie, details: auditLog.details, clientnummer: clienten.clientnummer })
    .from(auditLog)
    .leftJoin(clienten, eq(clienten.id, auditLog.clientId))
    .where(inArray(auditLog.actie, ACTIES))
    .orderBy(desc(auditLog.id))
    .limit(aantal);
  const tekst = (w: unknown) => (typeof w === "string" ? w : null);
  return {
    clienten: rijen.map((c) => ({
      clientnummer: c.clientnummer,
      klacht: c.lopendeKlachtOfCalamiteit ? { reden: c.klachtReden, sinds: c.klachtSinds } : null,
      rechtsvordering:
        c.rechtsvordering !== null
          ? { omschrijving: c.rechtsvordering, reden: c.rechtsvorderingReden, sinds: c.rechtsvorderingSinds }
          : null,
    })),
    stappen: stappen.map((s) => {
      const d = (s.details ?? {}) as Record<string, unknown>;
      return {
        op: s.op,
        clientnummer: s.clientnummer,
        actie: s.actie as AuditActie,
        reden: tekst(d.reden),
        rechtsvordering: tekst(d.rechtsvordering),
      };
    }),
  };
}
