/**
 * Client-records import (/beheer/import): a dry run shows per row what will be created, changed or
 * refused and why; the real run applies everything in ONE transaction, and only when no row is
 * refused (an import with errors changes nothing). Rows are matched on clientnummer and
 * (client, externId), so a re-import of the same file changes nothing.
 *
 * An erasure leaves a tombstone (gewiste_externe_ids) for each removed row with an externId: the
 * import skips such rows and never recreates them (AVG art. 17); an afgeschermd dossier item is
 * never changed (AVG art. 18). Both are shown in the dry run as "overgeslagen" with the reason.
 */
import { vereisBevoegdheid } from "./bevoegdheid.server";
import { and, eq, inArray } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { clienten, dossierItems, gewisteExterneIds, relaties, toestemmingen, verstrekkingen } from "../../db/schema";
import { DomainError } from "../domain/errors";
import {
  beslisRij,
  IMPORT_REDENEN,
  leesImport,
  type ImportActie,
  type ImportRij,
  type ImportSoort,
} from "../domain/import";
import type { Reason } from "../domain/request-state";
// jsonb gives keys back in its own order: compare canonical JSON.
import { audit, canonicalJson } from "./audit.server";

export type { ImportActie };
/** One row of the plan; `reden` in Dutch and English (shown in the beheerder's language). */
export type ImportPlanRij = { regel: number; soort: ImportSoort; sleutel: string; actie: ImportActie; reden: Reason };
export type ImportPlan = {
  formaat: "json" | "csv" | null;
  /** A problem with the whole file (not valid JSON, unknown columns): nothing can be imported. */
  fout: Reason | null;
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

/** The table name a tombstone records (gewiste_externe_ids.tabel) per part of the file. */
const TABELNAAM = {
  relaties: "relaties",
  dossier: "dossier_items",
  verstrekkingen: "verstrekkingen",
  toestemmingen: "toestemmingen",
} as const;

/** Order of the real run: a consent exists before the disclosure that names it. */
const VOLGORDE: Record<Exclude<ImportSoort, "clienten">, number> = {
  relaties: 0,
  dossier: 1,
  toestemmingen: 2,
  verstrekkingen: 3,
};

/** Only a beheerder imports (app/domain/bevoegdheden.ts "beheer.importeren"). */
async function vereisBeheerder(tx: Tx, door: string) {
  await vereisBevoegdheid(tx, door, "beheer.importeren");
}

/** Fields that differ between the file row and the stored row (the row's own fields only). */
function gewijzigdeVelden(nieuw: Record<string, unknown>, oud: Record<string, unknown>): string[] {
  return Object.keys(nieuw)
    .filter(
      (k) =>
        k !== "clientnummer" && k !== "externId" && canonicalJson(nieuw[k] ?? null) !== canonicalJson(oud[k] ?? null),
    )
    .map((k) => (k === "toestemmingId" ? "toestemmingExternId" : k));
}

type Gepland = { rij: ImportRij; actie: ImportActie; reden: Reason; bestaandId?: string };

/** "nummer/externId" of the valid consent rows in the file (a disclosure may name one of them). */
function toestemmingenInBestand(rijen: ImportRij[]): Set<string> {
  return new Set(rijen.filter((r) => r.soort === "toestemmingen" && !r.fout).map((r) => r.sleutel));
}

async function maakPlan(tx: Tx, tekst: string): Promise<{ plan: ImportPlan; gepland: Gepland[] }> {
  const telling: Record<ImportActie, number> = {
    aanmaken: 0,
    wijzigen: 0,
    ongewijzigd: 0,
    overgeslagen: 0,
    afgewezen: 0,
  };
  if (tekst.length > MAX_IMPORT_TEKENS) {
    return { plan: { formaat: null, fout: IMPORT_REDENEN.bestandTeGroot, rijen: [], telling }, gepland: [] };
  }
  const bestand = leesImport(tekst);
  if (bestand.fout) return { plan: { formaat: bestand.formaat, fout: bestand.fout, rijen: [], telling }, gepland: [] };

  const nummers = [...new Set(bestand.rijen.map((r) => r.sleutel.split("/")[0]!))];
  const bestaandeClienten = nummers.length
    ? await tx.select().from(clienten).where(inArray(clienten.clientnummer, nummers))
    : [];
  const clientOpNummer = new Map(bestaandeClienten.map((c) => [c.clientnummer, c]));
  const nieuwInBestand = new Set(bestand.rijen.filter((r) => r.soort === "clienten" && !r.fout).map((r) => r.sleutel));
  const toestemmingInBestand = toestemmingenInBestand(bestand.rijen);

  const gepland: Gepland[] = [];
  for (const rij of bestand.rijen) {
    if (rij.fout || !rij.data) {
      gepland.push({
        rij,
        actie: "afgewezen",
        reden: rij.fout ?? { code: "ongeldige_rij", nl: "ongeldige rij", en: "invalid row" },
      });
      continue;
    }
    if (rij.soort === "clienten") {
      const oud = clientOpNummer.get(rij.sleutel);
      if (!oud) {
        gepland.push({ rij, actie: "aanmaken", reden: IMPORT_REDENEN.nieuweClient });
        continue;
      }
      // Docs/decisions/022: a client erased in full stays erased; a re-import never restores the row.
      if (oud.gewistOp) {
        gepland.push({
          rij,
          ...beslisRij({ bestaat: false, gewist: true, afgeschermd: false, gewijzigdeVelden: [] }),
          bestaandId: oud.id,
        });
        continue;
      }
      const { actie, reden } = beslisRij({
        bestaat: true,
        gewist: false,
        afgeschermd: false,
        gewijzigdeVelden: gewijzigdeVelden(rij.data, oud),
      });
      gepland.push({ rij, actie, reden, bestaandId: oud.id });
      continue;
    }
    const nummer = rij.data.clientnummer;
    const client = clientOpNummer.get(nummer);
    if (!client && !nieuwInBestand.has(nummer)) {
      gepland.push({ rij, actie: "afgewezen", reden: IMPORT_REDENEN.onbekendeClient(nummer) });
      continue;
    }
    // A disclosure that names a consent: that consent of the same client, in the portal or in this file.
    let vergelijk: Record<string, unknown> = rij.data;
    if (rij.soort === "verstrekkingen") {
      const { toestemmingExternId, ...rest } = rij.data;
      let toestemmingId: string | null = null;
      if (toestemmingExternId) {
        const [t] = client
          ? await tx
              .select({ id: toestemmingen.id })
              .from(toestemmingen)
              .where(and(eq(toestemmingen.clientId, client.id), eq(toestemmingen.externId, toestemmingExternId)))
          : [];
        if (!t && !toestemmingInBestand.has(`${nummer}/${toestemmingExternId}`)) {
          gepland.push({ rij, actie: "afgewezen", reden: IMPORT_REDENEN.onbekendeToestemming(toestemmingExternId) });
          continue;
        }
        // A consent that is new in this file has no id yet: the link is then a change.
        toestemmingId = t?.id ?? `nieuw:${toestemmingExternId}`;
      }
      vergelijk = { ...rest, toestemmingId };
    }
    if (!client) {
      gepland.push({ rij, actie: "aanmaken", reden: IMPORT_REDENEN.nieuwBijNieuweClient });
      continue;
    }
    if (client.gewistOp) {
      gepland.push({ rij, ...beslisRij({ bestaat: false, gewist: true, afgeschermd: false, gewijzigdeVelden: [] }) });
      continue;
    }
    const tabel = TABELLEN[rij.soort];
    const [oud] = await tx
      .select()
      .from(tabel)
      .where(and(eq(tabel.clientId, client.id), eq(tabel.externId, rij.data.externId)));
    const [graf] = oud
      ? []
      : await tx
          .select({ id: gewisteExterneIds.id })
          .from(gewisteExterneIds)
          .where(
            and(
              eq(gewisteExterneIds.clientId, client.id),
              eq(gewisteExterneIds.tabel, TABELNAAM[rij.soort]),
              eq(gewisteExterneIds.externId, rij.data.externId),
            ),
          );
    const { actie, reden } = beslisRij({
      bestaat: Boolean(oud),
      gewist: Boolean(graf),
      afgeschermd: Boolean(oud && "afgeschermd" in oud && oud.afgeschermd),
      // No field names of an afgeschermd item are shown: beslisRij skips it before looking at them.
      gewijzigdeVelden: oud ? gewijzigdeVelden(vergelijk, oud as Record<string, unknown>) : [],
    });
    gepland.push({ rij, actie, reden, ...(oud ? { bestaandId: oud.id } : {}) });
  }
  for (const g of gepland) telling[g.actie]++;
  return {
    plan: {
      formaat: bestand.formaat,
      fout: null,
      rijen: gepland.map((g) => ({
        regel: g.rij.regel,
        soort: g.rij.soort,
        sleutel: g.rij.sleutel,
        actie: g.actie,
        reden: g.reden,
      })),
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
    super(
      "import_geweigerd",
      plan.fout?.nl ?? `${plan.telling.afgewezen} rij(en) afgewezen; er is niets geïmporteerd.`,
    );
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
        if (g.actie === "wijzigen")
          await tx
            .update(clienten)
            .set({ ...data, bijgewerktOp: new Date() })
            .where(eq(clienten.id, g.bestaandId!));
        clientIds.set(data.clientnummer, g.bestaandId!);
      }
    }
    const volgorde = (g: Gepland) => (g.rij.soort === "clienten" ? -1 : VOLGORDE[g.rij.soort]);
    for (const g of [...gepland].sort((a, b) => volgorde(a) - volgorde(b))) {
      const rij = g.rij;
      // Skipped rows (erased: AVG art. 17; afgeschermd: art. 18) are never written.
      if (rij.soort === "clienten" || !rij.data || g.actie === "ongewijzigd" || g.actie === "overgeslagen") continue;
      const { clientnummer, ...rijVelden } = rij.data;
      let velden: Record<string, unknown> = rijVelden;
      let clientId = clientIds.get(clientnummer);
      if (!clientId) {
        const [c] = await tx.select({ id: clienten.id }).from(clienten).where(eq(clienten.clientnummer, clientnummer));
        clientId = c!.id;
        clientIds.set(clientnummer, clientId);
      }
      if (rij.soort === "verstrekkingen") {
        const { toestemmingExternId, ...rest } = rijVelden as typeof rijVelden & { toestemmingExternId: string | null };
        let toestemmingId: string | null = null;
        if (toestemmingExternId) {
          // Consents are written before disclosures (VOLGORDE), so a new one in this file exists now.
          const [t] = await tx
            .select({ id: toestemmingen.id })
            .from(toestemmingen)
            .where(and(eq(toestemmingen.clientId, clientId), eq(toestemmingen.externId, toestemmingExternId)));
          toestemmingId = t!.id;
        }
        velden = { ...rest, toestemmingId };
      }
      const tabel = TABELLEN[rij.soort];
      if (g.actie === "aanmaken") {
        await tx.insert(tabel).values({ ...velden, clientId } as never);
      } else {
        const extra = rij.soort === "dossier" ? { gewijzigdOp: new Date() } : {};
        await tx
          .update(tabel)
          .set({ ...velden, ...extra } as never)
          .where(eq(tabel.id, g.bestaandId!));
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
