/**
 * `npm run staff:invite -- --email EMAIL --role backoffice|directie|beheerder [--naam "…"]`
 *
 * Invites a staff member (creates them when the address is new) and prints the one-time invitation
 * URL; the invitation e-mail is queued in the outbox as well. Acts as the system (no beheerder
 * signed in): this is how the first beheerder of a fresh installation gets in.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { bootstrapDatabase } from "../../db/bootstrap.server";
import { MEDEWERKER_ROLLEN } from "../../db/schema";
import { DomainError } from "../domain/errors";
import { EnvError, parseEnv } from "../env.server";
import { nodigMedewerkerUit, UITNODIGING_GELDIG_UREN } from "../services/medewerkers.server";

const HULP = `Gebruik:
  npm run staff:invite -- --email EMAIL --role backoffice|directie|beheerder [--naam "Voornaam Achternaam"]

Nodigt een medewerker uit voor het Rechtenloket. Is het e-mailadres nieuw, dan wordt de medewerker
aangemaakt. Het script toont de uitnodigingslink; de uitnodigings-e-mail staat ook in de uitgaande post.
De link werkt één keer en is ${UITNODIGING_GELDIG_UREN} uur geldig. Een nieuwe uitnodiging maakt eerdere links ongeldig.

Rollen:
  backoffice  verzoeken behandelen
  directie    besluiten nemen en ondertekenen
  beheerder   organisatie en medewerkers instellen

Draait het portaal, dan gebruikt deze opdracht de database van het portaal; anders start hij de
ingebouwde database zelf en stopt hem daarna weer.`;

const Argumenten = z.object({
  email: z
    .string({ error: "Geef een e-mailadres op met --email." })
    .trim()
    .toLowerCase()
    .min(1, "Geef een e-mailadres op met --email.")
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email({ error: "Dit is geen geldig e-mailadres (bijvoorbeeld naam@praktijk.nl)." })),
  role: z.enum(MEDEWERKER_ROLLEN, { error: `Kies een rol met --role: ${MEDEWERKER_ROLLEN.join(", ")}.` }),
  naam: z.string().trim().min(1, "De naam mag niet leeg zijn.").max(100, "De naam mag niet langer zijn dan 100 tekens.").optional(),
});

function stop(melding: string): never {
  console.error(melding);
  process.exit(1);
}

let ruw;
try {
  ruw = parseArgs({
    args: process.argv.slice(2),
    options: {
      email: { type: "string" },
      role: { type: "string" },
      naam: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  stop(`Onbekende of onvolledige optie (${(error as Error).message}).\n\n${HULP}`);
}
if (ruw.help) {
  console.log(HULP);
  process.exit(0);
}

const argumenten = Argumenten.safeParse(ruw);
if (!argumenten.success) {
  stop(`${argumenten.error.issues.map((issue) => `Fout: ${issue.message}`).join("\n")}\n\n${HULP}`);
}

let env;
try {
  env = parseEnv();
  globalThis.__rechtenloketEnv = env;
} catch (error) {
  if (error instanceof EnvError) stop(error.message);
  throw error;
}

const database = await bootstrapDatabase(env).catch((error: Error) => stop(error.message));
try {
  const { email, role, naam } = argumenten.data;
  const uitnodiging = await nodigMedewerkerUit({ email, rol: role, naam, door: null });
  console.log(`Uitnodiging aangemaakt voor ${email} (rol: ${role}).`);
  console.log(`Eenmalige link (geldig tot ${uitnodiging.verlooptOp.toISOString()}):`);
  console.log(`  ${uitnodiging.url}`);
  console.log("De uitnodigings-e-mail staat in de uitgaande post en wordt verstuurd zodra de server (of de worker) draait.");
} catch (error) {
  if (error instanceof DomainError) {
    process.exitCode = 1;
    console.error(`Fout: ${error.message}`);
  } else {
    process.exitCode = 1;
    console.error(`De uitnodiging kon niet worden aangemaakt: ${(error as Error).message}`);
  }
} finally {
  await database.close();
}
