/**
 * `npm run backup -- FILE`: one consistent archive (.tar.gz) of the database and the stored
 * documents and packages, while the portal runs (app/services/back-up.server.ts). No pg_dump needed.
 */
import path from "node:path";
import { ankerBestand } from "../services/audit-anker.server";
import { SLEUTEL_BESTAND } from "../services/audit-sleutel.server";
import { BackupFout, maakBackup } from "../services/back-up.server";
import { databaseOfStop, omgevingOfStop } from "./omgeving";

const GEBRUIK = "Gebruik: npm run backup -- BESTAND   (bijvoorbeeld backup-2026-12-05.tar.gz)";

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(GEBRUIK);
  process.exit(2);
}

const env = omgevingOfStop();

const database = await databaseOfStop(env);
try {
  const r = await maakBackup(database.url, path.join(env.DATA_DIR, "opslag"), args[0]!, [
    ankerBestand(env.DATA_DIR),
    path.join(env.DATA_DIR, SLEUTEL_BESTAND),
  ]);
  console.log(
    `Back-up gemaakt: ${path.resolve(args[0]!)} (${r.tabellen} tabellen, ${r.rijen} rijen, ${r.bestanden} bestanden, ` +
      `${(r.bytes / 1024 / 1024).toFixed(1)} MB).`,
  );
  // docs/decisions/025: the bucket is not copied into the archive; the provider backs it up.
  if (env.OPSLAG === "s3") {
    console.log(
      `Let op: OPSLAG=s3. De bestanden in de S3-bucket ${env.S3_BUCKET} (documenten, logo, pakketten) zitten NIET in deze back-up. ` +
        "Maak daarvan een back-up bij de aanbieder (versiebeheer of replicatie), zie docs/hosting.md.",
    );
  }
} catch (error) {
  process.exitCode = 1;
  console.error(
    error instanceof BackupFout ? `Fout: ${error.message}` : `De back-up is mislukt: ${(error as Error).message}`,
  );
} finally {
  await database.close();
}
