/**
 * The temporary restriction while a correction or an objection is decided (AVG art. 18 lid 1 sub a
 * and d; docs/recht.md "Correctie, afscherming, bezwaar en intrekking", decision 030). The client
 * asks for it in the wizard (`details.tussentijdseAfscherming`); staff choose the dossier items the
 * request concerns and they are restricted (`dossier_items.afgeschermd_voor_verzoek`) until the
 * request ends: carried out, refused (signed), withdrawn or closed. Then the restriction is lifted in
 * the transaction that ends the request, and the filer is told first, with the reason (art. 18 lid 3).
 * Earlier recipients of a restricted category are told it is restricted (art. 19).
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { dossierItems, verzoekGebeurtenissen, verzoeken } from "../../db/schema";
import { behandelActor, BehandelFout, VerzoekIntussenGewijzigd } from "../domain/behandeling";
import { isUuid } from "../domain/id";
import type { Tekst } from "../domain/request-state";
import { vertelClientOverOpheffing } from "./afscherming-melding.server";
import { audit } from "./audit.server";
import { vereisBevoegdheid } from "./bevoegdheid.server";
import { blokkadeTekst, identiteitsStand } from "./identiteit.server";
import { meldOntvangers } from "./ontvanger-meldingen.server";
import { voegGebeurtenisToe } from "./verzoeken.server";

/** Before the decision: the request is still being handled. */
const VOOR_BESLUIT = ["ontvangen", "in_behandeling", "wacht_op_client", "wacht_op_directie"];

/** Did the client ask not to use the data concerned meanwhile? (Only a correction or an objection.) */
export function vraagtTussentijdseAfscherming(type: string, details: Record<string, unknown>): boolean {
  return (type === "correctie" || type === "bezwaar") && details.tussentijdseAfscherming === true;
}

/**
 * Staff link the dossier items the request concerns: they are restricted until the decision. Only
 * when the client asked for it, before the decision, on a request linked to a client.
 */
export async function schermTussentijdsAf(
  actor: { medewerker: { id: string } },
  verzoekId: string,
  verwachteVersie: number,
  itemIds: unknown,
  opties: { nu?: Date } = {},
): Promise<{ versie: number }> {
  const nu = opties.nu ?? new Date();
  return db().transaction(async (tx) => {
    const ik = await vereisBevoegdheid(tx, actor, "verzoek.behandelen");
    const id = ik.id;
    const rol = behandelActor(ik.rollen)!;
    if (!isUuid(verzoekId)) throw new BehandelFout("niet_gevonden", "Dit verzoek bestaat niet.");
    const [v] = await tx.select().from(verzoeken).where(eq(verzoeken.id, verzoekId)).for("update");
    if (!v) throw new BehandelFout("niet_gevonden", "Dit verzoek bestaat niet.");
    if (v.versie !== verwachteVersie) throw new VerzoekIntussenGewijzigd();
    if (!vraagtTussentijdseAfscherming(v.type, v.details)) {
      throw new BehandelFout(
        "stap_niet_mogelijk",
        "De cliënt heeft bij dit verzoek niet gevraagd om de gegevens intussen niet te gebruiken.",
      );
    }
    if (!VOOR_BESLUIT.includes(v.status))
      throw new BehandelFout(
        "stap_niet_mogelijk",
        "Er is al besloten over dit verzoek. Tijdelijk afschermen kan niet meer.",
      );
    if (!v.clientId)
      throw new BehandelFout("niet_gekoppeld", "Koppel het verzoek eerst aan het dossier van de cliënt.");
    // A change to the processing of the dossier, told to the filer: only once who they are is checked (AVG art. 12 lid 6; decision 018).
    const stand = (await identiteitsStand(tx, v.id, nu))!;
    if (stand.blokkade) throw new BehandelFout(stand.blokkade, blokkadeTekst(stand));
    const ids = Array.isArray(itemIds) ? [...new Set(itemIds.filter((i): i is string => isUuid(i)))] : [];
    if (ids.length === 0 || !Array.isArray(itemIds) || ids.length !== new Set(itemIds).size) {
      throw new BehandelFout(
        "ongeldig",
        "Kies ten minste één onderdeel van het dossier waar het verzoek over gaat.",
        "itemIds",
      );
    }
    const reden = `Tijdelijk afgeschermd tijdens verzoek ${v.nummer}, op verzoek van de cliënt, tot het besluit (artikel 18 lid 1 ${v.type === "correctie" ? "sub a" : "sub d"} AVG)`;
    const items = await tx
      .update(dossierItems)
      .set({ afgeschermd: true, afschermReden: reden, afgeschermdVoorVerzoek: v.id })
      .where(
        and(eq(dossierItems.clientId, v.clientId), inArray(dossierItems.id, ids), eq(dossierItems.afgeschermd, false)),
      )
      .returning({ id: dossierItems.id, categorie: dossierItems.categorie });
    if (items.length !== ids.length) {
      throw new BehandelFout(
        "ongeldig",
        "Een gekozen onderdeel hoort niet bij deze cliënt of is al afgeschermd.",
        "itemIds",
      );
    }
    const categorieen = [...new Set(items.map((i) => i.categorie))];
    const rijen = await tx
      .update(verzoeken)
      .set({ versie: sql`${verzoeken.versie} + 1`, bijgewerktOp: nu })
      .where(and(eq(verzoeken.id, v.id), eq(verzoeken.versie, v.versie)))
      .returning({ versie: verzoeken.versie });
    if (rijen.length === 0) throw new VerzoekIntussenGewijzigd();
    const gemeld = await meldOntvangers(tx, {
      verzoekId: v.id,
      clientId: v.clientId,
      soort: "afscherming",
      categorieen,
      nu,
    });
    await voegGebeurtenisToe(tx, {
      verzoekId: v.id,
      soort: "tussentijds_afgeschermd",
      gegevens: { aantal: items.length, categorieen },
      zichtbaarVoorClient: false,
      actor: { soort: "medewerker", id },
      op: nu,
    });
    await audit(tx, {
      actorSoort: "medewerker",
      actorId: id,
      rol,
      actie: "dossier.tussentijds_afgeschermd",
      clientId: v.clientId,
      verzoekId: v.id,
      onderdeel: "dossier_items",
      details: { items: items.map((i) => ({ id: i.id, categorie: i.categorie })), ontvangersGemeld: gemeld.length },
    });
    return { versie: rijen[0]!.versie };
  });
}

export type TussentijdsEinde = "uitgevoerd" | "afgewezen" | "ingetrokken" | "gesloten";

const EINDE_REDEN: Record<TussentijdsEinde, Tekst> = {
  uitgevoerd: { nl: "Wij hebben uw verzoek uitgevoerd.", en: "We have carried out your request." },
  afgewezen: {
    nl: "Wij hebben een besluit genomen: wij wijzen uw verzoek af. In de brief leest u waarom.",
    en: "We have made a decision: we refuse your request. The letter tells you why.",
  },
  ingetrokken: { nl: "Uw verzoek is ingetrokken.", en: "Your request has been withdrawn." },
  gesloten: { nl: "Wij hebben uw verzoek afgesloten.", en: "We have closed your request." },
};

/**
 * End the temporary restriction of request `verzoekId`, inside the transaction that ends the request
 * (`einde` says how). Tells the filer first, with the reason (art. 18 lid 3). Nothing to do: nothing happens.
 */
export async function heffTussentijdseAfschermingOp(
  tx: Tx,
  verzoekId: string,
  einde: TussentijdsEinde,
  door: { soort: "medewerker" | "client" | "systeem"; id: string | null; rol: string | null },
  nu: Date,
): Promise<number> {
  const items = await tx
    .update(dossierItems)
    .set({ afgeschermd: false, afschermReden: null, afgeschermdVoorVerzoek: null })
    .where(eq(dossierItems.afgeschermdVoorVerzoek, verzoekId))
    .returning({ id: dossierItems.id, categorie: dossierItems.categorie });
  if (items.length === 0) return 0;
  const [v] = await tx
    .select({
      nummer: verzoeken.nummer,
      clientId: verzoeken.clientId,
      taal: verzoeken.taal,
      indiener: verzoeken.indiener,
    })
    .from(verzoeken)
    .where(eq(verzoeken.id, verzoekId));
  const taal = v?.taal === "en" ? "en" : "nl";
  const categorieen = [...new Set(items.map((i) => i.categorie))];
  const reden = EINDE_REDEN[einde];
  const client = v
    ? await vertelClientOverOpheffing(tx, {
        clientId: v.clientId ?? "",
        aan: v.indiener.email,
        taal,
        categorieen,
        reden: reden[taal],
        nummer: v.nummer,
        verzoekId,
        dedupSleutel: `tussentijds-opgeheven:${verzoekId}`,
      })
    : "per_post";
  await voegGebeurtenisToe(tx, {
    verzoekId,
    soort: "tussentijds_opgeheven",
    gegevens: { aantal: items.length, categorieen, einde, client },
    zichtbaarVoorClient: false,
    actor: door.id ? { soort: door.soort, id: door.id } : { soort: door.soort },
    op: nu,
  });
  await audit(tx, {
    actorSoort: door.soort,
    actorId: door.id,
    rol: door.rol,
    actie: "dossier.tussentijdse_afscherming_opgeheven",
    clientId: v?.clientId ?? null,
    verzoekId,
    onderdeel: "dossier_items",
    details: { items: items.map((i) => ({ id: i.id, categorie: i.categorie })), einde, clientGemeld: client },
  });
  return items.length;
}

export type TussentijdseStand = {
  gevraagd: boolean;
  /** Restricted now (count and categories), or null. */
  nu: { aantal: number; categorieen: string[]; sinds: Date } | null;
  /** Lifted: when and why. */
  opgeheven: { op: Date; einde: TussentijdsEinde } | null;
};

/** For the staff and the client's request page: asked, restricted now, lifted. */
export async function tussentijdseStand(
  conn: Tx | ReturnType<typeof db>,
  verzoek: { id: string; type: string; details: Record<string, unknown> },
): Promise<TussentijdseStand> {
  const gevraagd = vraagtTussentijdseAfscherming(verzoek.type, verzoek.details);
  if (!gevraagd) return { gevraagd, nu: null, opgeheven: null };
  const items = await conn
    .select({ categorie: dossierItems.categorie })
    .from(dossierItems)
    .where(eq(dossierItems.afgeschermdVoorVerzoek, verzoek.id));
  const gebeurtenissen = await conn
    .select({
      soort: verzoekGebeurtenissen.soort,
      gegevens: verzoekGebeurtenissen.gegevens,
      op: verzoekGebeurtenissen.op,
    })
    .from(verzoekGebeurtenissen)
    .where(
      and(
        eq(verzoekGebeurtenissen.verzoekId, verzoek.id),
        inArray(verzoekGebeurtenissen.soort, ["tussentijds_afgeschermd", "tussentijds_opgeheven"]),
      ),
    )
    .orderBy(asc(verzoekGebeurtenissen.op));
  const eerste = gebeurtenissen.find((g) => g.soort === "tussentijds_afgeschermd");
  const laatsteOp = gebeurtenissen.filter((g) => g.soort === "tussentijds_opgeheven").at(-1);
  return {
    gevraagd,
    nu:
      items.length > 0
        ? {
            aantal: items.length,
            categorieen: [...new Set(items.map((i) => i.categorie))],
            sinds: eerste?.op ?? new Date(0),
          }
        : null,
    opgeheven:
      items.length === 0 && laatsteOp
        ? { op: laatsteOp.op, einde: (laatsteOp.gegevens as { einde: TussentijdsEinde }).einde }
        : null,
  };
}
