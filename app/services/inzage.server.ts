/**
 * The inzage overview (AVG art. 15, docs/recht.md "Inzage-antwoord (art. 15)"): per category of
 * data the data itself, the purposes, legal basis, recipients (register and disclosure log),
 * retention and origin. Afgeschermd entries are left out; for a request, the parts staff withheld
 * are left out or marked (app/domain/achterhouding.ts, docs/decisions/013). Shown in /mijn and
 * written into the package (app/services/pakket.server.ts).
 */
import { identiteitsStand } from "./identiteit.server";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db, type DbOrTx } from "../../db/db.server";
import {
  auditLog,
  clienten,
  dossierItems,
  inzageAchterhoudingen,
  organisatie,
  pakketten,
  verstrekkingen,
  verwerkingen,
  verzoeken,
} from "../../db/schema";
import { namensVan, toegangslogVoorClient, type ToegangslogRegel } from "../domain/toegangslog";
import { pasAchterhoudingenToe, type AchtergehoudenDeel } from "../domain/achterhouding";
import { artikel15Aanvullend, type Artikel15Aanvullend } from "../domain/artikel15";
import { amsterdamDate } from "../domain/calendar";
import {
  bewaartermijnTekst,
  hoortInPakket,
  PAKKET_CATEGORIEEN,
  type PakketCategorie,
  type PakketSoort,
} from "../domain/pakket";
import { audit } from "./audit.server";
import { bijlagenVanClient } from "./bijlagen.server";

export type DossierItemRij = typeof dossierItems.$inferSelect;

export type InzageCategorie = {
  categorie: PakketCategorie;
  bewaartermijn: string;
  verwerkingen: {
    sleutel: string;
    versie: number;
    naam: string;
    doel: string;
    rechtsgrond: string;
    ontvangers: string[];
    bewaartermijn: string;
    bron: string;
    /** AVG art. 15 lid 1 sub h: automated decision-making in this processing; null = none. */
    geautomatiseerdeBesluitvorming: string | null;
    /** AVG art. 15 lid 2: transfer outside the EEA with its safeguard; null = none. */
    doorgifteBuitenEer: string | null;
  }[];
  verstrekkingen: { ontvanger: string; datum: string; rechtsgrond: string; omschrijving: string }[];
  items: DossierItemRij[];
};

export type InzageOverzicht = {
  client: { id: string; clientnummer: string; naam: string; geboortedatum: string };
  categorieen: InzageCategorie[];
  /** What was withheld from this answer (where and why, never the content); absent = nothing. */
  achtergehouden?: AchtergehoudenDeel[];
  /** AVG art. 15 lid 1 sub g and h, lid 2 and lid 3, from the register and the practice's fee. */
  aanvullend: Artikel15Aanvullend;
  /** Who accessed the dossier, when, what and why, by role (NEN 7513; docs/decisions/023). */
  toegangslog: ToegangslogRegel[];
};

/**
 * The audit rows about this client (their dossier, and their requests, also before a request was
 * matched), oldest first, up to `tot`.
 */
export async function toegangslogVan(
  conn: DbOrTx,
  clientId: string,
  taal: "nl" | "en",
  tot?: Date,
): Promise<ToegangslogRegel[]> {
  const rijen = await conn
    .select({
      op: auditLog.op,
      actorSoort: auditLog.actorSoort,
      rol: auditLog.rol,
      namens: auditLog.namens,
      actie: auditLog.actie,
      onderdeel: auditLog.onderdeel,
      verzoekNummer: verzoeken.nummer,
    })
    .from(auditLog)
    .leftJoin(verzoeken, eq(verzoeken.id, auditLog.verzoekId))
    .where(
      and(
        sql`(${auditLog.clientId} = ${clientId} or ${auditLog.verzoekId} in (select v.id from ${verzoeken} v where v.client_id = ${clientId}))`,
        tot ? sql`${auditLog.op} <= ${tot.toISOString()}::timestamptz` : undefined,
      ),
    )
    .orderBy(asc(auditLog.id));
  return toegangslogVoorClient(rijen, taal);
}

/**
 * What the client or their representative sent through the portal (docs/decisions/032) is part of
 * the dossier for inzage (AVG art. 15): each file as a document, origin the sender, with the request
 * it came with. A representative's file (an authorisation) also holds data about them: it is never
 * carried over in a portability package (betreftDerde).
 */
async function bijlagenAlsDocumenten(conn: DbOrTx, clientId: string, taal: "nl" | "en"): Promise<DossierItemRij[]> {
  const rijen = await bijlagenVanClient(conn, clientId);
  if (rijen.length === 0) return [];
  const relaties = new Map(
    (
      await conn
        .select({ id: verzoeken.id, indiener: verzoeken.indiener, nummer: verzoeken.nummer })
        .from(verzoeken)
        .where(eq(verzoeken.clientId, clientId))
    ).map((v) => [v.id, v]),
  );
  return rijen.map((b) => {
    const v = relaties.get(b.verzoekId);
    const zelf = (v?.indiener.relatie ?? "zelf") === "zelf";
    const titel =
      b.doel === "vertegenwoordiging"
        ? taal === "nl"
          ? `Bewijs van vertegenwoordiging (${b.bestandsnaam})`
          : `Proof of representation (${b.bestandsnaam})`
        : taal === "nl"
          ? `Bestand bij een bericht (${b.bestandsnaam})`
          : `File sent with a message (${b.bestandsnaam})`;
    return {
      id: b.id,
      clientId,
      externId: null,
      categorie: "documenten",
      titel,
      inhoud: { datum: amsterdamDate(b.aangemaaktOp), omschrijving: titel, ...(v ? { verzoek: v.nummer } : {}) },
      herkomst: zelf ? "client" : `vertegenwoordiger (${v?.indiener.relatie ?? ""})`,
      betreftDerde: !zelf,
      auteur: "",
      documentSleutel: b.bestandSleutel ? b.opslagSleutel : null,
      bestandsnaam: b.bestandsnaam,
      mimeType: b.mimeType,
      grootte: b.grootte,
      bestandSleutel: b.bestandSleutel,
      sha256: b.sha256,
      verzoekId: b.verzoekId,
      afgeschermd: false,
      afschermReden: null,
      afgeschermdVoorVerzoek: null,
      aangemaaktOp: b.aangemaaktOp,
      gewijzigdOp: b.aangemaaktOp,
    } satisfies DossierItemRij;
  });
}

/**
 * The overview of one client's data; `soort` decides which entries count (app/domain/pakket.ts).
 * With `verzoekId`, that request's withholdings are applied: a withheld entry is left out, a
 * withheld field shows "[achtergehouden: …]" (docs/decisions/013).
 */
export async function inzageOverzicht(
  conn: DbOrTx,
  clientId: string,
  opties: { soort: PakketSoort; nu?: Date; taal?: "nl" | "en"; verzoekId?: string; registerOp?: Date },
): Promise<InzageOverzicht> {
  // Issue 7: the overview cites the register version in force on the decision date (the day the
  // package was made), also when the client reads it later; without a date, today's.
  const vandaag = amsterdamDate(opties.registerOp ?? opties.nu ?? new Date());
  const [client] = await conn.select().from(clienten).where(eq(clienten.id, clientId));
  if (!client) throw new Error("Cliënt niet gevonden.");
  const [org] = await conn
    .select({ bewaarbeleid: organisatie.bewaarbeleid, kostenExtraKopieCent: organisatie.kostenExtraKopieCent })
    .from(organisatie)
    .limit(1);
  const geselecteerd = [
    ...(await conn
      .select()
      .from(dossierItems)
      .where(and(eq(dossierItems.clientId, clientId), eq(dossierItems.afgeschermd, false)))
      .orderBy(asc(dossierItems.aangemaaktOp), asc(dossierItems.id))),
    ...(await bijlagenAlsDocumenten(conn, clientId, opties.taal ?? "nl")),
  ].filter((i) => hoortInPakket(opties.soort, i));
  const achterhoudingen = opties.verzoekId
    ? await conn
        .select({
          dossierItemId: inzageAchterhoudingen.dossierItemId,
          veld: inzageAchterhoudingen.veld,
          grond: inzageAchterhoudingen.grond,
        })
        .from(inzageAchterhoudingen)
        .where(eq(inzageAchterhoudingen.verzoekId, opties.verzoekId))
    : [];
  const { items, achtergehouden } = pasAchterhoudingenToe(geselecteerd, achterhoudingen, opties.taal ?? "nl");
  // The register in force on that day: per key the highest version whose period includes today.
  const register = await conn
    .selectDistinctOn([verwerkingen.sleutel])
    .from(verwerkingen)
    .where(
      and(
        sql`${verwerkingen.geldigVanaf} <= ${vandaag}`,
        sql`(${verwerkingen.geldigTot} is null or ${verwerkingen.geldigTot} > ${vandaag})`,
      ),
    )
    .orderBy(asc(verwerkingen.sleutel), desc(verwerkingen.versie));
  const log = await conn
    .select()
    .from(verstrekkingen)
    .where(eq(verstrekkingen.clientId, clientId))
    .orderBy(asc(verstrekkingen.datum));
  const naam = [client.voornamen, client.tussenvoegsel, client.achternaam].filter(Boolean).join(" ");
  return {
    client: { id: client.id, clientnummer: client.clientnummer, naam, geboortedatum: client.geboortedatum },
    categorieen: PAKKET_CATEGORIEEN.map((categorie) => ({
      categorie,
      bewaartermijn: bewaartermijnTekst(categorie, org?.bewaarbeleid ?? {}, opties.taal ?? "nl"),
      verwerkingen: register
        .filter((v) => v.categorieen.includes(categorie))
        .map((v) => ({
          sleutel: v.sleutel,
          versie: v.versie,
          naam: v.naam,
          doel: v.doel,
          rechtsgrond: v.rechtsgrond,
          ontvangers: v.ontvangers,
          bewaartermijn: v.bewaartermijn,
          bron: v.bron,
          geautomatiseerdeBesluitvorming: v.geautomatiseerdeBesluitvorming?.trim() || null,
          doorgifteBuitenEer: v.doorgifteBuitenEer?.trim() || null,
        })),
      verstrekkingen: log
        .filter((v) => v.categorieen.includes(categorie))
        .map((v) => ({
          ontvanger: v.ontvanger,
          datum: v.datum,
          rechtsgrond: v.rechtsgrond,
          omschrijving: v.omschrijving,
        })),
      items: items.filter((i) => i.categorie === categorie),
    })),
    achtergehouden,
    aanvullend: artikel15Aanvullend(register, org?.kostenExtraKopieCent ?? 0, opties.taal ?? "nl"),
    toegangslog: await toegangslogVan(conn, clientId, opties.taal ?? "nl", opties.nu),
  };
}

/**
 * The overview for the client's own page: only for the account that filed an inzage or
 * portability request, once staff have delivered a package for it (identity checked, request
 * matched and granted). Null otherwise (not found, never forbidden). Audited as a view.
 */
export async function inzageVoorClient(
  actor: { soort: "client"; account: { id: string } },
  nummer: string,
  opties: { taal?: "nl" | "en"; nu?: Date } = {},
): Promise<(InzageOverzicht & { nummer: string }) | null> {
  if (actor?.soort !== "client" || typeof actor.account?.id !== "string") return null;
  if (!/^AVG-\d{4}-\d{6,}$/.test(nummer)) return null;
  return db().transaction(async (tx) => {
    const [v] = await tx
      .select({
        id: verzoeken.id,
        clientId: verzoeken.clientId,
        type: verzoeken.type,
        relatie: sql<string>`${verzoeken.indiener}->>'relatie'`,
      })
      .from(verzoeken)
      .where(and(eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, actor.account.id)));
    if (!v?.clientId || (v.type !== "inzage" && v.type !== "dataportabiliteit")) return null;
    const [p] = await tx
      .select({ id: pakketten.id, aangemaaktOp: pakketten.aangemaaktOp })
      .from(pakketten)
      .where(and(eq(pakketten.verzoekId, v.id), isNull(pakketten.sleutelVernietigdOp)))
      .orderBy(asc(pakketten.aangemaaktOp))
      .limit(1);
    if (!p) return null;
    // Docs/decisions/018: the identity gate again before showing the dossier.
    if ((await identiteitsStand(tx, v.id, opties.nu))?.blokkade !== null) return null;
    const overzicht = await inzageOverzicht(tx, v.clientId, {
      soort: v.type,
      nu: opties.nu,
      taal: opties.taal,
      verzoekId: v.id,
      registerOp: p.aangemaaktOp,
    });
    await audit(tx, {
      actorSoort: "client",
      actorId: actor.account.id,
      rol: v.relatie === "zelf" ? "betrokkene" : "vertegenwoordiger",
      namens: namensVan(v.relatie, v.clientId),
      actie: "inzage.bekeken",
      clientId: v.clientId,
      verzoekId: v.id,
      onderdeel: "dossier",
    });
    return { ...overzicht, nummer };
  });
}
