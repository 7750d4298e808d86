/**
 * The start most service tests share (tests/integration/uitvoering.test.ts,
 * tussentijdse-afscherming.test.ts, verstrekking-*.test.ts and others): the practice's organisation
 * row, a staff member to act as, a client record and a request row with plain defaults. Each
 * helper takes the test file's database (`useFreshDatabase`) or `db()`; values a test asserts on
 * are passed in by the test.
 */
import type { DbOrTx } from "../../db/db.server";
import { clienten, medewerkers, organisatie, verzoeken } from "../../db/schema";

/** Organisation row 1, as every portal has after setup (its name is on letters and e-mails). */
export async function zorgVoorPraktijk(conn: DbOrTx, naam = "Testpraktijk"): Promise<void> {
  await conn.insert(organisatie).values({ id: 1, naam }).onConflictDoNothing();
}

/** An active staff member; returns the id to act as (`{ medewerker: { id } }`). */
export async function maakMedewerker(
  conn: DbOrTx,
  velden: Pick<typeof medewerkers.$inferInsert, "email" | "naam" | "rollen">,
): Promise<string> {
  const [m] = await conn.insert(medewerkers).values(velden).returning({ id: medewerkers.id });
  return m!.id;
}

/** The practice and one staff member (default: "Backoffice Test", backoffice): the usual beforeAll. */
export async function praktijkMetMedewerker(
  conn: DbOrTx,
  velden: Partial<Pick<typeof medewerkers.$inferInsert, "email" | "naam" | "rollen">> = {},
): Promise<string> {
  await zorgVoorPraktijk(conn);
  return maakMedewerker(conn, {
    email: velden.email ?? "bo@test.example",
    naam: velden.naam ?? "Backoffice Test",
    rollen: velden.rollen ?? ["backoffice"],
  });
}

/** A client record (born 12 April 1985, first name Testa unless given); returns its id. */
export async function maakClient(
  conn: DbOrTx,
  velden: Pick<typeof clienten.$inferInsert, "clientnummer" | "achternaam"> & Partial<typeof clienten.$inferInsert>,
): Promise<string> {
  const [c] = await conn
    .insert(clienten)
    .values({ voornamen: "Testa", geboortedatum: "1985-04-12", ...velden })
    .returning({ id: clienten.id });
  return c!.id;
}

/**
 * A request row in behandeling, filed by "Testa" for herself, received 2 November 2026 (target
 * 30 November, legal limit 2 December) unless given; `email` is the filer's and the subject's.
 */
export async function maakVerzoekRij(
  conn: DbOrTx,
  velden: Pick<typeof verzoeken.$inferInsert, "nummer" | "type"> &
    Partial<typeof verzoeken.$inferInsert> & { email?: string },
) {
  const { email = "indiener@test.example", ...rest } = velden;
  const [v] = await conn
    .insert(verzoeken)
    .values({
      status: "in_behandeling",
      indiener: { naam: "Testa", email, relatie: "zelf" },
      betrokkene: { naam: "Testa", geboortedatum: "1985-04-12", email },
      details: {},
      ontvangenOp: "2026-11-02",
      doelTermijn: "2026-11-30",
      wettelijkeTermijn: "2026-12-02",
      ...rest,
    })
    .returning({ id: verzoeken.id, versie: verzoeken.versie, nummer: verzoeken.nummer });
  return v!;
}
