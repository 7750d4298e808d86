/**
 * Client-records import (/beheer/import): a dry run shows per row what will be created, changed or
 * refused and why; the real run applies everything in ONE transaction, and only when no row is
 * refused (an import with errors changes nothing). Rows are matched on clientnummer and
 * (client, externId), so a re-import of the same file changes nothing.
 */
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { db, type Tx } from "../../db/db.server";
import { clienten, dossierItems, medewerkers, relaties, toestemmingen, verstrekkingen } from "../../db/schema";
import { DomainError } from "../domain/errors";
import { leesImport, type ImportRij, type ImportSoort } from "../domain/import";
// jsonb gives keys back in its own order: compare canonical JSON.
import { audit, canonicalJson } from "./audit.server";

export type ImportActie = "aanmaken" | "wijzigen" | "ongewijzigd" | "afgewezen";
export type ImportPlanRij = { regel: number; soort: ImportSoort; sleutel: string; actie: ImportActie; reden: string };
export type ImportPlan = {
  formaat: "json" | "csv" | null;
  /** A problem with the whole file (not valid JSON, unknown columns): nothing can be imported. */
  fout: string | null;
  rijen: ImportPlanRij[];
  telling: Record<ImportActie, number>;
};

/** Maximum size of an import text (characters). */
export const MAX_IMPORT_TEKENS = 2_000_000;

const TABELLEN = {
  relaties,
  dossier: dossierItems,
  verstrekkingen,
  toestemmingen,
} as const;

async function vereisBeheerder(tx: Tx, door: string) {
  if (!z.uuid().safeParse(door).success) throw new DomainError("geen_toegang", "Alleen een actieve beheerder mag importeren.");
  const [rij] = await tx.select().from(medewerkers).where(eq(medewerkers.id, door));
  if (!rij || !rij.actief || !rij.rollen.includes("beheerder")) {
    throw new DomainError("geen_toegang", "Alleen een actieve beheerder mag importeren.");
  }
}

/** Fields that differ between the file row and the stored row (the row's own fields only). */
function gewijzigdeVelden(nieuw: Record<string, unknown>, oud: Record<string, unknown>): string[] {
  return Object.keys(nieuw).filter((k) => k !== "clientnummer" && k !== "externId" && canonicalJson(nieuw[k] ?? null) !== canonicalJson(oud[k] ?? null));
}

type Gepland = { rij: ImportRij; actie: ImportActie; reden: string; bestaandId?: string };

async function maakPlan(tx: Tx, tekst: string): Promise<{ plan: ImportPlan; gepland: Gepland[] }> {
  const telling: Record<ImportActie, number> = { aanmaken: 0, wijzigen: 0, ongewijzigd: 0, afgewezen: 0 };
  if (tekst.length > MAX_IMPORT_TEKENS) {
    return { plan: { formaat: null, fout: "Het bestand is te groot (meer dan 2 MB).", rijen: [], telling }, gepland: [] };
  }
  const bestand = leesImport(tekst);
  if (bestand.fout) return { plan: { formaat: bestand.formaat, fout: bestand.fout, rijen: [], telling }, gepland: [] };

  const nummers = [...new Set(bestand.rijen.map((r) => r.sleutel.split("/")[0]!))];
  const bestaandeClienten = nummers.length
    ? await tx.select().from(clienten).where(inArray(clienten.clientnummer, nummers))
    : [];
  const clientOpNummer = new Map(bestaandeClienten.map((c) => [c.clientnummer, c]));
  const nieuwInBestand = new Set(bestand.rijen.filter((r) => r.soort === "clienten" && !r.fout).map((r) => r.sleutel));

  const gepland: Gepland[] = [];
  for (const rij of bestand.rijen) {
    if (rij.fout || !rij.data) {
      gepland.push({ rij, actie: "afgewezen", reden: rij.fout ?? "ongeldige rij" });
      continue;
    }
    if (rij.soort === "clienten") {
      const oud = clientOpNummer.get(rij.sleutel);
      if (!oud) {
        gepland.push({ rij, actie: "aanmaken", reden: "nieuwe cliënt" });
        continue;
      }
      const velden = gewijzigdeVelden(rij.data, oud);
      gepland.push(
        velden.length
          ? { rij, actie: "wijzigen", reden: `gewijzigd: ${velden.join(", ")}`, bestaandId: oud.id }
          : { rij, actie: "ongewijzigd", reden: "al gelijk", bestaandId: oud.id },
      );
      continue;
    }
    const nummer = rij.data.clientnummer;
    const client = clientOpNummer.get(nummer);
    if (!client && !nieuwInBestand.has(nummer)) {
      gepland.push({ rij, actie: "afgewezen", reden: `onbekend clientnummer "${nummer}": niet in het portaal en niet in dit bestand` });
      continue;
    }
    if (!client) {
      gepland.push({ rij, actie: "aanmaken", reden: "nieuw, bij nieuwe cliënt" });
      continue;
    }
    const tabel = TABELLEN[rij.soort];
    const [oud] = await tx
      .select()
      .from(tabel)
      .where(and(eq(tabel.clientId, client.id), eq(tabel.externId, rij.data.externId)));
    if (!oud) {
      gepland.push({ rij, actie: "aanmaken", reden: "nieuw" });
      continue;
    }
    const velden = gewijzigdeVelden(rij.data, oud as Record<string, unknown>);
    gepland.push(
      velden.length
        ? { rij, actie: "wijzigen", reden: `gewijzigd: ${velden.join(", ")}`, bestaandId: oud.id }
        : { rij, actie: "ongewijzigd", reden: "al gelijk", bestaandId: oud.id },
    );
  }
  for (const g of gepland) telling[g.actie]++;
  return {
    plan: {
      formaat: bestand.formaat,
      fout: null,
      rijen: gepland.map((g) => ({ regel: g.rij.regel, soort: g.rij.soort, sleutel: g.rij.sleutel, actie: g.actie, reden: g.reden })),
      telling,
    },
    gepland,
  };
}

/** Dry run: what the import would do, row by row. Changes nothing. */
export async function proefImport(door: string, tekst: string): Promise<ImportPlan> {
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    return (await maakPlan(tx, tekst)).plan;
  });
}

/** Thrown by voerImportUit when the file has refused rows: the plan says which and why. */
export class ImportGeweigerd extends DomainError {
  constructor(readonly plan: ImportPlan) {
    super("import_geweigerd", plan.fout ?? `${plan.telling.afgewezen} rij(en) afgewezen; er is niets geïmporteerd.`);
  }
}

/**
 * The real run: one transaction; refused (ImportGeweigerd, nothing changed) when the file or any row
 * is refused. Returns the plan that was carried out. One audit row "beheer.import" with the counts.
 */
export async function voerImportUit(door: string, tekst: string): Promise<ImportPlan> {
  return db().transaction(async (tx) => {
    await vereisBeheerder(tx, door);
    const { plan, gepland } = await maakPlan(tx, tekst);
    if (plan.fout || plan.telling.afgewezen > 0) throw new ImportGeweigerd(plan);

    const clientIds = new Map<string, string>();
    for (const g of gepland) {
      if (g.rij.soort !== "clienten" || !g.rij.data) continue;
      const data = g.rij.data;
      if (g.actie === "aanmaken") {
        const [c] = await tx.insert(clienten).values(data).returning({ id: clienten.id });
        clientIds.set(data.clientnummer, c!.id);
      } else {
        if (g.actie === "wijzigen") await tx.update(clienten).set({ ...data, bijgewerktOp: new Date() }).where(eq(clienten.id, g.bestaandId!));
        clientIds.set(data.clientnummer, g.bestaandId!);
      }
    }
    for (const g of gepland) {
      const rij = g.rij;
      if (rij.soort === "clienten" || !rij.data || g.actie === "ongewijzigd") continue;
      const { clientnummer, ...velden } = rij.data;
      let clientId = clientIds.get(clientnummer);
      if (!clientId) {
        const [c] = await tx.select({ id: clienten.id }).from(clienten).where(eq(clienten.clientnummer, clientnummer));
        clientId = c!.id;
        clientIds.set(clientnummer, clientId);
      }
      const tabel = TABELLEN[rij.soort];
      if (g.actie === "aanmaken") {
        await tx.insert(tabel).values({ ...velden, clientId } as never);
      } else {
        const extra = rij.soort === "dossier" ? { gewijzigdOp: new Date() } : {};
        await tx.update(tabel).set({ ...velden, ...extra } as never).where(eq(tabel.id, g.bestaandId!));
      }
    }
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: door,
      rol: "beheerder",
      actie: "beheer.import",
      onderdeel: "import",
      // Counts only: no personal data in the audit details of a bulk import.
      details: { formaat: plan.formaat, telling: plan.telling },
    });
    return plan;
  });
}
