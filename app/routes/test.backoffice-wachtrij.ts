import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { db } from "../../db/db.server";
import { medewerkers, verzoeken, type MedewerkerRol } from "../../db/schema";
import { addDays, amsterdamDate } from "~/domain/calendar";
import { VERZOEKTYPEN } from "~/domain/request-types";
import { env } from "~/env.server";
import { startSessie } from "~/services/sessies.server";
import { volgendVerzoeknummer } from "~/services/verzoeken.server";
import { leesFormulier } from "~/server/invoer.server";

const Invoer = z.object({
  /** Role of the staff member to sign in as. */
  rol: z.enum(["backoffice", "directie", "beheerder"]).default("backoffice"),
  /** Open requests to create (0-120); their names all contain `label`. */
  aantal: z.coerce.number().int().min(0).max(120).default(0),
  /** A short marker (letters and digits) that makes this test's requests findable by name. */
  label: z.string().regex(/^[A-Za-z0-9]{4,20}$/),
  /** "ja": the first request was extended (AVG art. 12 lid 3): its legal limit lies 2 months later. */
  verlengd: z.literal("ja").optional(),
});

/**
 * POST /test/backoffice-wachtrij: e2e fixture for the backoffice queue, ONLY when NODE_ENV is
 * "test" (Playwright's server); 404 everywhere else. Creates a fictional staff member with `rol`,
 * signs them in (Set-Cookie) and stores `aantal` open requests: request i has its target i*3-10 days
 * from today, rights in turn, every 4th assigned to this staff member, every 5th waiting for the
 * client. Staff passkey sign-in is built elsewhere; this stands in for it in e2e tests.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (env().NODE_ENV !== "test") return new Response("Niet gevonden", { status: 404 });
  const invoer = Invoer.safeParse(Object.fromEntries(await leesFormulier(request)));
  if (!invoer.success) return new Response(invoer.error.message, { status: 400 });
  const { rol, aantal, label, verlengd } = invoer.data;
  const nu = new Date();
  const vandaag = amsterdamDate(nu);

  const { cookie, nummers } = await db().transaction(async (tx) => {
    const [medewerker] = await tx
      .insert(medewerkers)
      .values({
        naam: `E2e Behandelaar ${label}`,
        email: `behandelaar-${label.toLowerCase()}@e2e.example`,
        rollen: [rol] as MedewerkerRol[],
      })
      .returning({ id: medewerkers.id });
    const nummers: string[] = [];
    for (let i = 0; i < aantal; i += 1) {
      const nummer = await volgendVerzoeknummer(tx, vandaag);
      const doel = addDays(vandaag, i * 3 - 10);
      const naam = `E2e ${label} Persoon ${String(i + 1).padStart(3, "0")}`;
      await tx.insert(verzoeken).values({
        nummer,
        type: VERZOEKTYPEN[i % VERZOEKTYPEN.length]!,
        status: i % 5 === 4 ? "wacht_op_client" : i % 4 === 0 ? "in_behandeling" : "ontvangen",
        indiener: { naam, email: `persoon-${i}@e2e.example`, relatie: "zelf" },
        betrokkene: { naam, geboortedatum: "1980-01-01", email: `persoon-${i}@e2e.example` },
        ontvangenOp: addDays(doel, -28),
        ontvangenTijdstip: nu,
        doelTermijn: doel,
        wettelijkeTermijn: verlengd && i === 0 ? addDays(doel, 64) : addDays(doel, 3),
        verlengd: Boolean(verlengd && i === 0),
        behandelaarId: i % 4 === 0 ? medewerker!.id : null,
        identiteit: i % 3 === 0 ? "geen" : "bekend_adres",
      });
      nummers.push(nummer);
    }
    return { cookie: await startSessie(tx, { medewerkerId: medewerker!.id }), nummers };
  });
  return Response.json({ nummers }, { headers: { "Set-Cookie": cookie } });
}

export function loader() {
  return new Response("Niet gevonden", { status: 404 });
}
