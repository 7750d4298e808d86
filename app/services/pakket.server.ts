/**
 * Export packages (inzage copy, AVG art. 15 lid 3; dataportabiliteit, AVG art. 20; issue
 * "Fulfilment" items 2 and 3). The ZIP is streamed with archiver (constant memory, ZIP64 when
 * large) straight through AES-256-GCM into storage: nothing plain touches the disk (the file
 * itself: app/services/pakket-zip.server.ts). The key (32 random
 * bytes) lives in `pakketten.sleutel`, apart from the file; destroying it on expiry makes the file
 * unreadable (docs/decisions/009-exportformaat.md).
 */
import { vereisMag } from "../domain/bevoegdheden";
import { behandelActor } from "../domain/behandeling";
import { isUuid } from "../domain/id";
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { besluiten, inzageAchterhoudingen, organisatie, pakketDownloads, pakketten, verzoeken } from "../../db/schema";
import { pakketNaAchterhouding } from "../domain/achterhouding";
import { downloadWeigering, heeftToekennendBesluit, isPakketSoort, type PakketSoort } from "../domain/pakket";
import { amsterdamDate } from "../domain/calendar";
import { DomainError } from "../domain/errors";
import { korteNaam } from "../domain/identiteit";
import { namensVan } from "../domain/toegangslog";
import { audit } from "./audit.server";
import { statusPaginaUrl } from "./berichten.server";
import { vereisIdentiteit } from "./identiteit.server";
import { inzageOverzicht, type InzageOverzicht } from "./inzage.server";
import { queueMail } from "./mail.server";
import { maakOntvangerToegang } from "./ontvanger.server";
import { opslag } from "./opslag.server";
import { registreerDownload, type DownloadResultaat } from "./pakket-download.server";

import { versleutel, zipStroom } from "./pakket-zip.server";

export { ontsleutel, PAKKET_HEADER_BYTES, versleutel, zipStroom } from "./pakket-zip.server";
export { registreerDownload, type DownloadResultaat } from "./pakket-download.server";

export type PakketActor =
  { soort: "medewerker"; medewerker: { id: string; rollen: readonly string[] } } | { soort: "systeem" };

export type Pakket = typeof pakketten.$inferSelect;

// ---------------------------------------------------------------- building

type BronGegevens = {
  verzoek: {
    id: string;
    nummer: string;
    type: string;
    status: string;
    clientId: string | null;
    taal: "nl" | "en";
    details: Record<string, unknown>;
    indiener: { naam: string; email: string; relatie: string };
  };
  overzicht: InzageOverzicht;
  org: typeof organisatie.$inferSelect;
};

function fout(code: string, bericht: string): DomainError {
  return new DomainError(code, bericht);
}

async function leesBron(
  conn: Tx | ReturnType<typeof db>,
  verzoekId: string,
  soort: PakketSoort,
  nu: Date,
): Promise<BronGegevens> {
  const [v] = await conn.select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) throw fout("niet_gevonden", "Dit verzoek bestaat niet.");
  if (v.type !== "inzage" && v.type !== "dataportabiliteit")
    throw fout("verkeerd_type", "Een pakket hoort alleen bij een verzoek om inzage of dataportabiliteit.");
  if (v.type !== soort) throw fout("verkeerd_type", "Het soort pakket past niet bij het verzoek.");
  if (v.status !== "in_uitvoering" && v.status !== "afgerond")
    throw fout("verkeerde_status", "Maak een pakket pas als het verzoek is ingewilligd (in uitvoering of afgerond).");
  if (!v.clientId) throw fout("geen_client", "Koppel het verzoek eerst aan een cliënt.");
  // Docs/decisions/013: withheld parts need a partial refusal signed by the directie first.
  if ((await achterhoudingBlokkade(conn, v.id)) !== null) {
    throw fout(
      "deelafwijzing_niet_ondertekend",
      "U houdt een deel van de gegevens achter. Stel eerst een gedeeltelijke afwijzing op en laat die door de directie ondertekenen. Daarna kunt u het pakket maken.",
    );
  }
  // AVG art. 15 lid 3 / art. 20: a package follows only a decision that grants (app/domain/pakket.ts).
  if ((await toewijzingBlokkade(conn, v.id)) !== null) {
    throw fout(
      "geen_toewijzing",
      "Er is nog geen besluit dat het verzoek inwilligt. Willig het verzoek eerst in, of laat de directie een gedeeltelijke afwijzing ondertekenen. Na een afwijzing krijgt de cliënt geen pakket.",
    );
  }
  // AVG art. 12 lid 6, docs/decisions/018: identity and authority derived again before data leaves.
  await vereisIdentiteit(conn, v.id, nu);
  const [org] = await conn.select().from(organisatie).limit(1);
  if (!org) throw new Error("Organisatie ontbreekt.");
  // The package speaks the client's chosen language (texts of the answer and index.html).
  const overzicht = await inzageOverzicht(conn, v.clientId, { soort, nu, taal: v.taal, verzoekId: v.id });
  return {
    verzoek: {
      id: v.id,
      nummer: v.nummer,
      type: v.type,
      status: v.status,
      clientId: v.clientId,
      taal: v.taal,
      details: v.details,
      indiener: v.indiener,
    },
    overzicht,
    org,
  };
}

/** Is there a decision that grants (app/domain/pakket.ts heeftToekennendBesluit)? */
async function toewijzingBlokkade(
  conn: Tx | ReturnType<typeof db>,
  verzoekId: string,
): Promise<null | "geen_toewijzing"> {
  const genomen = await conn
    .select({ soort: besluiten.soort, status: besluiten.status })
    .from(besluiten)
    .where(eq(besluiten.verzoekId, verzoekId));
  return heeftToekennendBesluit(genomen) ? null : "geen_toewijzing";
}

/** With withholdings on the request: is a signed partial refusal there? (app/domain/achterhouding.ts) */
async function achterhoudingBlokkade(
  conn: Tx | ReturnType<typeof db>,
  verzoekId: string,
): Promise<null | "deelafwijzing_niet_ondertekend"> {
  const rijen = await conn
    .select({ id: inzageAchterhoudingen.id })
    .from(inzageAchterhoudingen)
    .where(eq(inzageAchterhoudingen.verzoekId, verzoekId));
  if (rijen.length === 0) return null;
  const b = await conn
    .select({ soort: besluiten.soort, status: besluiten.status })
    .from(besluiten)
    .where(eq(besluiten.verzoekId, verzoekId));
  return pakketNaAchterhouding(rijen.length, b);
}

/**
 * Build a package for a request and store it encrypted. Reads the data with `tx` when given (the
 * caller's transaction), else outside a transaction, then writes the row and its audit row in one
 * transaction. Refuses a request of another type, not yet granted, or not matched to a client.
 */
export async function maakPakket(
  tx: Tx | undefined,
  input: { verzoekId: string; soort: PakketSoort; actor: PakketActor; nu?: Date },
): Promise<Pakket> {
  magPakketMaken(input.actor);
  if (!isPakketSoort(input.soort)) throw fout("verkeerd_type", "Onbekend soort pakket.");
  const nu = input.nu ?? new Date();
  const bron = await leesBron(tx ?? db(), input.verzoekId, input.soort, nu);
  const id = randomUUID();
  const opslagSleutel = `pakketten/${id}.zip.enc`;
  const sleutel = randomBytes(32);
  const zip = zipStroom({
    pakketId: id,
    soort: input.soort,
    nummer: bron.verzoek.nummer,
    nu,
    org: bron.org,
    overzicht: bron.overzicht,
    taal: bron.verzoek.taal,
  });
  const { stroom, klaar } = versleutel(zip, sleutel);
  await opslag().put(opslagSleutel, stroom);
  const { grootte, sha256 } = await klaar;
  const schrijf = async (t: Tx) => {
    const [rij] = await t
      .insert(pakketten)
      .values({
        id,
        verzoekId: bron.verzoek.id,
        soort: input.soort,
        opslagSleutel,
        sleutel,
        grootte,
        sha256,
        status: "klaar",
        maxDownloads: bron.org.maxDownloads,
        verlooptOp: new Date(nu.getTime() + bron.org.downloadGeldigDagen * 86_400_000),
        aangemaaktOp: nu,
      })
      .returning();
    await audit(t, {
      actorSoort: input.actor.soort,
      actorId: input.actor.soort === "medewerker" ? input.actor.medewerker.id : null,
      rol: input.actor.soort === "medewerker" ? rolVan(input.actor) : null,
      actie: "pakket.gemaakt",
      clientId: bron.verzoek.clientId,
      verzoekId: bron.verzoek.id,
      onderdeel: "dossier",
      details: {
        pakketId: id,
        soort: input.soort,
        grootte,
        aantalItems: bron.overzicht.categorieen.reduce((n, c) => n + c.items.length, 0),
        aantalAchtergehouden: bron.overzicht.achtergehouden?.length ?? 0,
      },
    });
    return rij!;
  };
  try {
    return tx ? await schrijf(tx) : await db().transaction(schrijf);
  } catch (e) {
    await opslag().delete(opslagSleutel);
    throw e;
  }
}

/** The system (a job) or staff who handle requests (app/domain/bevoegdheden.ts); GeenBevoegdheid otherwise. */
function magPakketMaken(actor: PakketActor): void {
  if (actor?.soort === "systeem") return;
  vereisMag(actor?.soort === "medewerker" ? actor.medewerker.rollen : undefined, "verzoek.behandelen");
}

function rolVan(actor: Extract<PakketActor, { soort: "medewerker" }>): string {
  return behandelActor(actor.medewerker.rollen) ?? "directie";
}

/** Where a portability package goes directly to another provider (intake stores `aanbieder`). */
export function ontvangerVan(details: Record<string, unknown>): { naam: string; email: string; agb?: string } | null {
  const o = (details.aanbieder ?? details.ontvanger) as { naam?: unknown; email?: unknown; agb?: unknown } | undefined;
  if (!o || typeof o.naam !== "string" || typeof o.email !== "string" || !o.email.includes("@")) return null;
  return { naam: o.naam, email: o.email.toLowerCase(), ...(typeof o.agb === "string" && o.agb ? { agb: o.agb } : {}) };
}

/**
 * The staff action "Pakket maken": build the package, e-mail the client that it is ready and, for
 * portability to another provider, give that provider access and e-mail it the link.
 */
export async function leverPakket(
  actor: PakketActor,
  verzoekId: string,
  opties: { nu?: Date } = {},
): Promise<{ pakket: Pakket; ontvanger: { naam: string; email: string } | null }> {
  magPakketMaken(actor);
  const [v] = await db().select({ type: verzoeken.type }).from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) throw fout("niet_gevonden", "Dit verzoek bestaat niet.");
  if (!isPakketSoort(v.type))
    throw fout("verkeerd_type", "Een pakket hoort alleen bij een verzoek om inzage of dataportabiliteit.");
  const soort = v.type;
  const nu = opties.nu ?? new Date();
  const pakket = await maakPakket(undefined, { verzoekId, soort, actor, nu });
  try {
    return await db().transaction(async (tx) => {
      const [verzoek] = await tx.select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
      const ontvanger = soort === "dataportabiliteit" ? ontvangerVan(verzoek!.details) : null;
      await queueMail(tx, {
        aan: verzoek!.indiener.email,
        sjabloon: "pakket_klaar",
        data: {
          nummer: verzoek!.nummer,
          url: statusPaginaUrl(verzoek!.nummer),
          verlooptOp: pakket.verlooptOp.toISOString().slice(0, 10),
          ontvanger: ontvanger?.naam ?? null,
          // docs/decisions/018: a representative's mail names the person concerned, short.
          ...(verzoek!.indiener.relatie !== "zelf" ? { voor: korteNaam(verzoek!.betrokkene.naam) } : {}),
        },
        taal: verzoek!.taal,
        verzoekId,
      });
      if (ontvanger) await maakOntvangerToegang(tx, { pakket, verzoek: verzoek!, ontvanger, nu });
      await audit(tx, {
        actorSoort: actor.soort,
        actorId: actor.soort === "medewerker" ? actor.medewerker.id : null,
        rol: actor.soort === "medewerker" ? rolVan(actor) : null,
        actie: "pakket.verstuurd",
        clientId: verzoek!.clientId,
        verzoekId,
        onderdeel: "dossier",
        details: { pakketId: pakket.id, naarOntvanger: ontvanger !== null },
      });
      return { pakket, ontvanger };
    });
  } catch (e) {
    // Nothing was sent: destroy the package so no unannounced copy stays behind.
    await db()
      .update(pakketten)
      .set({ sleutel: null, status: "vervallen", sleutelVernietigdOp: new Date() })
      .where(eq(pakketten.id, pakket.id));
    await opslag().delete(pakket.opslagSleutel);
    throw e;
  }
}

// ---------------------------------------------------------------- downloading

/** The client downloads a package of a request they filed (only the filer's account). */
export async function downloadVoorClient(
  actor: { soort: "client"; account: { id: string } },
  nummer: string,
  pakketId: string,
  nu: Date = new Date(),
): Promise<DownloadResultaat> {
  if (actor?.soort !== "client" || typeof actor.account?.id !== "string") return { ok: false, reden: "niet_gevonden" };
  if (!isUuid(pakketId)) return { ok: false, reden: "niet_gevonden" };
  return db().transaction(async (tx) => {
    const [r] = await tx
      .select({
        verzoekId: verzoeken.id,
        clientId: verzoeken.clientId,
        relatie: sql<string>`${verzoeken.indiener}->>'relatie'`,
      })
      .from(pakketten)
      .innerJoin(verzoeken, eq(verzoeken.id, pakketten.verzoekId))
      .where(
        and(
          eq(pakketten.id, pakketId),
          eq(verzoeken.nummer, nummer),
          eq(verzoeken.ingediendDoorAccountId, actor.account.id),
        ),
      );
    if (!r) return { ok: false, reden: "niet_gevonden" } as const;
    return registreerDownload(tx, {
      pakketId,
      door: "client",
      omschrijving: "",
      nu,
      audit: {
        actorSoort: "client",
        actorId: actor.account.id,
        rol: r.relatie === "zelf" ? "betrokkene" : "vertegenwoordiger",
        namens: namensVan(r.relatie, r.clientId),
        actie: "pakket.gedownload",
        clientId: r.clientId,
        verzoekId: r.verzoekId,
        onderdeel: "dossier",
        details: { pakketId },
      },
    });
  });
}

export type PakketRegel = {
  id: string;
  soort: PakketSoort;
  /** Europe/Amsterdam calendar dates (YYYY-MM-DD) and times (HH:MM), ready for a page. */
  aangemaaktOp: string;
  verlooptOp: string;
  verlooptTijd: string;
  beschikbaar: boolean;
  reden: null | "verlopen" | "limiet";
  aantalDownloads: number;
  maxDownloads: number;
  downloads: { door: string; omschrijving: string; op: string; tijd: string }[];
};

const tijdVan = (d: Date) =>
  new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" }).format(d);

/** The packages of a request for its status page (the caller checked the account owns the request). */
export async function pakkettenVanVerzoek(verzoekId: string, nu: Date = new Date()): Promise<PakketRegel[]> {
  const rijen = await db()
    .select()
    .from(pakketten)
    .where(eq(pakketten.verzoekId, verzoekId))
    .orderBy(desc(pakketten.aangemaaktOp));
  const uit: PakketRegel[] = [];
  for (const p of rijen) {
    const downloads = await db()
      .select({ door: pakketDownloads.door, omschrijving: pakketDownloads.omschrijving, op: pakketDownloads.op })
      .from(pakketDownloads)
      .where(eq(pakketDownloads.pakketId, p.id))
      .orderBy(asc(pakketDownloads.op));
    const reden = downloadWeigering({ ...p, heeftSleutel: p.sleutel !== null }, nu);
    uit.push({
      id: p.id,
      soort: p.soort as PakketSoort,
      aangemaaktOp: amsterdamDate(p.aangemaaktOp),
      verlooptOp: amsterdamDate(p.verlooptOp),
      verlooptTijd: tijdVan(p.verlooptOp),
      beschikbaar: reden === null,
      reden,
      aantalDownloads: p.aantalDownloads,
      maxDownloads: p.maxDownloads,
      downloads: downloads.map((d) => ({
        door: d.door,
        omschrijving: d.omschrijving,
        op: amsterdamDate(d.op),
        tijd: tijdVan(d.op),
      })),
    });
  }
  return uit;
}

/** The packages of a request the account filed; empty when it is not theirs. */
export async function pakkettenVoorClient(
  actor: { soort: "client"; account: { id: string } },
  nummer: string,
  nu: Date = new Date(),
): Promise<PakketRegel[]> {
  if (actor?.soort !== "client") return [];
  const [v] = await db()
    .select({ id: verzoeken.id })
    .from(verzoeken)
    .where(and(eq(verzoeken.nummer, nummer), eq(verzoeken.ingediendDoorAccountId, actor.account.id)));
  return v ? pakkettenVanVerzoek(v.id, nu) : [];
}

// ---------------------------------------------------------------- expiry

/**
 * Destroy the keys of expired packages (the file becomes unreadable) and delete the files.
 * Idempotent: a package whose key is gone is skipped. Returns how many were destroyed.
 */
export async function vernietigVerlopenPakketten(nu: Date = new Date()): Promise<number> {
  const verlopen = await db()
    .select({ id: pakketten.id })
    .from(pakketten)
    .where(and(isNotNull(pakketten.sleutel), lte(pakketten.verlooptOp, nu)));
  let aantal = 0;
  for (const { id } of verlopen) {
    const sleutel = await db().transaction(async (tx) => {
      const [p] = await tx
        .update(pakketten)
        .set({ sleutel: null, status: "vervallen", sleutelVernietigdOp: nu })
        .where(and(eq(pakketten.id, id), isNotNull(pakketten.sleutel)))
        .returning({ opslagSleutel: pakketten.opslagSleutel, verzoekId: pakketten.verzoekId });
      if (!p) return null;
      const [v] = await tx
        .select({ clientId: verzoeken.clientId })
        .from(verzoeken)
        .where(eq(verzoeken.id, p.verzoekId));
      await audit(tx, {
        actorSoort: "systeem",
        actie: "pakket.sleutel_vernietigd",
        clientId: v?.clientId ?? null,
        verzoekId: p.verzoekId,
        onderdeel: "dossier",
        details: { pakketId: id },
      });
      return p.opslagSleutel;
    });
    if (sleutel) {
      await opslag().delete(sleutel);
      aantal += 1;
    }
  }
  return aantal;
}

// ---------------------------------------------------------------- staff page

export type PakketVoorbereiding = {
  verzoek: { id: string; nummer: string; type: string; status: string; gekoppeld: boolean };
  /** Why no package can be made now (the same checks as `maakPakket`), or null. */
  blokkade:
    null | "verkeerd_type" | "verkeerde_status" | "geen_client" | "deelafwijzing_niet_ondertekend" | "geen_toewijzing";
  ontvanger: { naam: string; email: string } | null;
  pakketten: PakketRegel[];
};

/** What the staff page "Pakket maken" shows; null when the request does not exist. */
export async function pakketVoorbereiding(actor: PakketActor, verzoekId: string): Promise<PakketVoorbereiding | null> {
  magPakketMaken(actor);
  if (!isUuid(verzoekId)) return null;
  const [v] = await db().select().from(verzoeken).where(eq(verzoeken.id, verzoekId));
  if (!v) return null;
  const blokkade = !isPakketSoort(v.type)
    ? "verkeerd_type"
    : v.status !== "in_uitvoering" && v.status !== "afgerond"
      ? "verkeerde_status"
      : !v.clientId
        ? "geen_client"
        : ((await achterhoudingBlokkade(db(), v.id)) ?? (await toewijzingBlokkade(db(), v.id)));
  return {
    verzoek: { id: v.id, nummer: v.nummer, type: v.type, status: v.status, gekoppeld: v.clientId !== null },
    blokkade,
    ontvanger: v.type === "dataportabiliteit" ? ontvangerVan(v.details) : null,
    pakketten: await pakkettenVanVerzoek(v.id),
  };
}
