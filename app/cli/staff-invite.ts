/**
 * `npm run staff:invite -- --email EMAIL --role backoffice|directie|beheerder [--naam "…"]`
 *
 * Invites a staff member (creates them when the address is new) and queues the invitation e-mail.
 * Acts as the system (no beheerder signed in): this is how the first beheerder of a fresh
 * installation gets in. Outside production it prints the one-time URL as well; in production a
 * link is never printed (docs/decisions/017): the command sends the e-mail right away and says
 * whether that worked.
 */
import { parseArgs } from "node:util";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { bootstrapDatabase } from "../../db/bootstrap.server";
import { db } from "../../db/db.server";
import { MEDEWERKER_ROLLEN, uitgaandeMail } from "../../db/schema";
import { DomainError } from "../domain/errors";
import { EnvError, parseEnv } from "../env.server";
import { bezorgWachtendeMail, smtpTransport } from "../services/mail-bezorging.server";
import { nodigMedewerkerUit, UITNODIGING_GELDIG_UREN } from "../services/medewerkers.server";

const HULP = `Gebruik:
  npm run staff:invite -- --email EMAIL --role backoffice|directie|beheerder [--naam "Voornaam Achternaam"]

Nodigt een medewerker uit voor het Rechtenloket. Is het e-mailadres nieuw, dan wordt de medewerker
aangemaakt. De uitnodigingslink gaat per e-mail naar dat adres. Buiten productie toont het script de
link ook; in productie (NODE_ENV=production) nooit: dan verstuurt het de e-mail meteen via SMTP_URL en
meldt het of dat lukte. De link werkt één keer en is ${UITNODIGING_GELDIG_UREN} uur geldig. Een nieuwe
uitnodiging maakt eerdere links ongeldig.

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
  naam: z
    .string()
    .trim()
    .min(1, "De naam mag niet leeg zijn.")
    .max(100, "De naam mag niet langer zijn dan 100 tekens.")
    .optional(),
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

const productie = env.NODE_ENV === "production";
if (productie && !env.SMTP_URL) {
  // Without mail the link could only be printed, and a production log never shows it.
  stop(
    "Fout: SMTP_URL is niet ingesteld. In productie gaat de uitnodigingslink alleen per e-mail en wordt hij " +
      "nooit getoond. Stel SMTP_URL in en probeer het opnieuw. Er is niets veranderd.",
  );
}

const database = await bootstrapDatabase(env).catch((error: Error) => stop(error.message));
try {
  const { email, role, naam } = argumenten.data;
  const uitnodiging = await nodigMedewerkerUit({ email, rol: role, naam, door: null });
  const geldigTot = uitnodiging.verlooptOp.toISOString();
  console.log(`Uitnodiging aangemaakt voor ${email} (rol: ${role}).`);
  if (!productie) {
    console.log(`Eenmalige link (geldig tot ${geldigTot}):`);
    console.log(`  ${uitnodiging.url}`);
    console.log(
      "De uitnodigings-e-mail staat in de uitgaande post en wordt verstuurd zodra de server (of de worker) draait.",
    );
  } else {
    await bezorgWachtendeMail({ transport: smtpTransport() });
    const [mail] = await db()
      .select({ status: uitgaandeMail.status, fout: uitgaandeMail.laatsteFout })
      .from(uitgaandeMail)
      .where(and(eq(sql`lower(${uitgaandeMail.aan})`, email), eq(uitgaandeMail.sjabloon, "medewerker_uitnodiging")))
      .orderBy(desc(uitgaandeMail.aangemaaktOp))
      .limit(1);
    if (mail?.status === "verzonden") {
      console.log(`De uitnodiging is per e-mail verstuurd naar ${email}. De link staat alleen in die e-mail.`);
      console.log(
        `Hij werkt één keer en is geldig tot ${geldigTot}. Niet ontvangen? Kijk in de map ongewenste e-mail, of nodig opnieuw uit.`,
      );
    } else {
      process.exitCode = 1;
      console.error(
        `Fout: de uitnodigings-e-mail kon nog niet worden verstuurd (${mail?.fout ?? "nog niet aan de beurt"}). ` +
          "Hij blijft in de uitgaande post en de server probeert het later opnieuw. Controleer SMTP_URL en MAIL_FROM; " +
          "nodig daarna eventueel opnieuw uit (de vorige link vervalt dan).",
      );
    }
  }
} catch (error) {
  if (error instanceof DomainError) {
    process.exitCode = 1;
    console.error(`Fout: ${error.message}`);
  } else {
    process.exitCode = 1;
    console.error(`De uitnodiging kon niet worden aangemaakt: ${(error as Error).message}`);
  }
} finally {
  globalThis.__rechtenloketSmtp?.transport.close();
  await database.close();
}
