/**
 * `npm run decision:verify -- ID` re-verifies one signed decision; `-- --all` every decision that
 * must carry a director's signature (docs/decisions/008-ondertekening.md). ID may be the decision's
 * id, a request number (its signed decisions) or the verification code printed on a letter.
 *
 * Exit codes: 0 all verified; 1 a document or a signature does not match (or nothing was found for
 * ID); 2 wrong usage. Prints ids, request numbers and codes only: no personal data.
 */
import { verifieerAlleBesluiten, zoekBesluiten, type BesluitVerificatie } from "../services/besluit-verificatie.server";
import { databaseOfStop, omgevingOfStop } from "./omgeving";

const GEBRUIK = `Gebruik:
  npm run decision:verify -- <besluit-id | verzoeknummer | verificatiecode>
  npm run decision:verify -- --all`;

function regel(v: BesluitVerificatie): string {
  const wat = `besluit ${v.besluitId} (${v.soort}, verzoek ${v.nummer ?? "?"}${v.verificatiecode ? `, code ${v.verificatiecode}` : ""})`;
  if (v.ok) return `OK    ${wat}: document en handtekening kloppen.`;
  return `FOUT  ${wat}:\n${v.problemen.map((p) => `        - ${p.code}: ${p.tekst}`).join("\n")}`;
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1 || args[0] === "--help" || args[0] === "-h") {
  console.error(GEBRUIK);
  process.exit(2);
}

const env = omgevingOfStop();
const database = await databaseOfStop(env);
try {
  if (args[0] === "--all") {
    const { ok, aantal, fout } = await verifieerAlleBesluiten(database.db);
    for (const v of fout) console.error(regel(v));
    if (ok) {
      console.log(`Alle ondertekende besluiten kloppen: ${aantal} gecontroleerd.`);
    } else {
      console.error(`${fout.length} van ${aantal} besluiten kloppen NIET.`);
      process.exitCode = 1;
    }
  } else {
    const resultaten = await zoekBesluiten(args[0]!, database.db);
    if (resultaten.length === 0) {
      console.error(`Geen ondertekend besluit gevonden voor "${args[0]}".`);
      process.exitCode = 1;
    }
    for (const v of resultaten) {
      if (v.ok) console.log(regel(v));
      else console.error(regel(v));
    }
    if (resultaten.some((v) => !v.ok)) process.exitCode = 1;
  }
} finally {
  await database.close();
}
