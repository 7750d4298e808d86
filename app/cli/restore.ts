/**
 * `npm run restore -- FILE`: put a backup (npm run backup) back into an empty DATA_DIR, or an empty
 * DATABASE_URL database, then verify the audit log's hash chain and every signed decision and print
 * the result. Exit 0 when restored and verified; 1 otherwise; 2 wrong usage.
 */
import path from "node:path";
import { leesAnker } from "../services/audit-anker.server";
import { laadAuditGeheim, leidSleutelsAf } from "../services/audit-sleutel.server";
import { verifyAuditChain } from "../services/audit.server";
import { BackupFout, dataDirIsLeeg, zetBackupTerug } from "../services/back-up.server";
import { verifieerAlleBesluiten } from "../services/besluit-verificatie.server";
import { databaseOfStop, omgevingOfStop } from "./omgeving";

const GEBRUIK =
  "Gebruik: npm run restore -- BESTAND   (in een lege DATA_DIR, of met een lege database in DATABASE_URL)";

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(GEBRUIK);
  process.exit(2);
}

const env = omgevingOfStop();

if (!env.DATABASE_URL && !dataDirIsLeeg(env.DATA_DIR)) {
  console.error(`Fout: ${env.DATA_DIR} is niet leeg. Zet een back-up terug in een lege DATA_DIR.`);
  process.exit(1);
}

const database = await databaseOfStop(env);
try {
  const r = await zetBackupTerug(database.url, path.join(env.DATA_DIR, "opslag"), path.resolve(args[0]!), env.DATA_DIR);
  console.log(`Teruggezet: ${r.tabellen} tabellen, ${r.rijen} rijen, ${r.bestanden} bestanden.`);
  // The keyed chain and its anchor, as `npm run audit:verify` checks them (docs/decisions/019).
  const sleutels = leidSleutelsAf(laadAuditGeheim(env, { maakAan: false }));
  const lezing = leesAnker(env.DATA_DIR, sleutels);
  const audit = await verifyAuditChain(database.db, {
    sleutels,
    anker: lezing.soort === "ok" ? lezing.anker : undefined,
  });
  if (!audit.ok) {
    console.error(
      audit.eersteFouteRij === null
        ? `Auditlog NIET intact: ${audit.reden}.`
        : `Auditlog NIET intact: eerste fout in rij ${audit.eersteFouteRij}: ${audit.reden}.`,
    );
    process.exitCode = 1;
  } else if (lezing.soort === "ok") {
    console.log(
      `Auditlog intact: ${audit.rijen} rijen gecontroleerd; het anker uit de back-up (${lezing.anker.rijen} rijen) klopt.`,
    );
  } else if (lezing.soort === "ongeldig") {
    console.error(`Auditlog intact (${audit.rijen} rijen), maar het anker is ongeldig: ${lezing.reden}.`);
    process.exitCode = 1;
  } else {
    console.log(
      `Auditlog intact: ${audit.rijen} rijen gecontroleerd (de back-up had geen anker: het einde is niet te controleren).`,
    );
  }
  const besluiten = await verifieerAlleBesluiten(database.db);
  if (besluiten.ok) console.log(`Alle ondertekende besluiten kloppen: ${besluiten.aantal} gecontroleerd.`);
  else {
    console.error(
      `${besluiten.fout.length} van ${besluiten.aantal} besluiten kloppen NIET (npm run decision:verify -- --all).`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  process.exitCode = 1;
  console.error(
    error instanceof BackupFout ? `Fout: ${error.message}` : `Terugzetten is mislukt: ${(error as Error).message}`,
  );
} finally {
  await database.close();
}
