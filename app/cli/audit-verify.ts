/**
 * `npm run audit:verify`: recompute the whole audit hash chain (HMAC with AUDIT_SLEUTEL; older rows
 * plain SHA-256) and compare its end with the signed anchor in DATA_DIR/audit-anker.json
 * (docs/decisions/019). Exits 0 when intact; otherwise says what is wrong and exits 1
 * (NEN 7513: the log must be tamper-evident). Needs the same AUDIT_SLEUTEL and DATA_DIR as the server.
 * `-- --kop ID:HASH` (repeatable) also checks a check value noted elsewhere, e.g. in a daily digest.
 */
import { EnvError, parseEnv } from "../env.server";
import { bootstrapDatabase } from "../../db/bootstrap.server";
import { DatabaseUnavailableError } from "../../db/db.server";
import { leesAnker } from "../services/audit-anker.server";
import { AuditSleutelOntbreekt, laadAuditGeheim, leidSleutelsAf } from "../services/audit-sleutel.server";
import { verifyAuditChain } from "../services/audit.server";

function stop(melding: string): never {
  console.error(melding);
  process.exit(1);
}

const koppen: { laatsteId: number; hash: string }[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const waarde = args[i] === "--kop" ? args[++i] : undefined;
  const m = waarde ? /^(\d+):([0-9a-fA-F]{64})$/.exec(waarde) : null;
  if (!m)
    stop(
      "Gebruik: npm run audit:verify [-- --kop RIJ:HASH …] (RIJ en HASH uit het controlegetal in het dagoverzicht).",
    );
  koppen.push({ laatsteId: Number(m[1]), hash: m[2]! });
}

let env;
let sleutels;
try {
  env = parseEnv();
  globalThis.__rechtenloketEnv = env;
  sleutels = leidSleutelsAf(laadAuditGeheim(env, { maakAan: false }));
} catch (error) {
  if (error instanceof EnvError) stop(error.message);
  if (error instanceof AuditSleutelOntbreekt) {
    stop(`${error.message} Zet dezelfde AUDIT_SLEUTEL en DATA_DIR als de server gebruikt.`);
  }
  throw error;
}

const lezing = leesAnker(env.DATA_DIR, sleutels);
let database;
try {
  database = await bootstrapDatabase(env);
} catch (error) {
  if (error instanceof DatabaseUnavailableError) stop(error.message);
  throw error;
}
try {
  const result = await verifyAuditChain(database.db, {
    sleutels,
    anker: lezing.soort === "ok" ? lezing.anker : undefined,
    koppen,
  });
  const fouten: string[] = [];
  if (!result.ok) {
    fouten.push(
      result.eersteFouteRij === null
        ? `Auditlog NIET intact: ${result.reden}.`
        : `Auditlog NIET intact: eerste fout in rij ${result.eersteFouteRij}: ${result.reden}.`,
    );
  }
  if (lezing.soort === "ongeldig") {
    fouten.push(
      `Auditanker ongeldig (${lezing.bestand}): ${lezing.reden}. Het einde van de auditlog kan niet worden gecontroleerd.`,
    );
  } else if (lezing.soort === "ontbreekt" && result.rijen > 0) {
    fouten.push(
      `Auditanker ontbreekt: ${lezing.bestand} bestaat niet. Zonder anker is niet te zien of de laatste rijen zijn ` +
        "verwijderd. Zet het bestand terug uit de back-up (of start de server als dit een nieuwe installatie is).",
    );
  }
  if (fouten.length > 0) {
    for (const fout of fouten) console.error(fout);
    process.exitCode = 1;
  } else if (lezing.soort === "ok") {
    const a = lezing.anker;
    console.log(
      `Auditlog intact: ${result.rijen} rijen gecontroleerd. Het anker van ${a.op} (${a.rijen} rijen, tot en met rij ${a.laatsteId}) klopt.`,
    );
  } else {
    console.log(
      `Auditlog intact: de auditlog is leeg. Er is nog geen anker (${lezing.bestand}); de server maakt het bij de start.`,
    );
  }
} finally {
  await database.close();
}
