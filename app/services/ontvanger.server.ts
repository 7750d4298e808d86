/**
 * Direct delivery to a receiving care provider (AVG art. 20 lid 2; docs/recht.md "Dataportabiliteit";
 * issue "Fulfilment" item 3). The provider gets a link with a high-entropy token (only
 * its SHA-256 is stored), proves it is the addressee with a one-time code sent to the address the
 * client named, and downloads within the package's limit. Every download is counted, audited
 * (actorSoort "ontvanger"), logged as a disclosure and shown to the client.
 */
import { identiteitsStand } from "./identiteit.server";
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db, type Tx } from "../../db/db.server";
import { ontvangerToegang, pakketten, verstrekkingen, verzoeken } from "../../db/schema";
import { env } from "../env.server";
import { downloadWeigering } from "../domain/pakket";
import { controleerCode, vraagCodeAan, type CodeAanvraag, type CodeControle } from "./email-codes.server";
import { queueMail } from "./mail.server";
import { registreerDownload, type DownloadResultaat } from "./pakket-download.server";

type Pakket = typeof pakketten.$inferSelect;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function ontvangerUrl(token: string): string {
  return `${env().PUBLIC_URL}/ontvanger/${token}`;
}

/**
 * Give the receiving provider access to `pakket` and queue the e-mail with the link, inside the
 * caller's transaction (which audits last). Returns the token (for the e-mail only; tests read it there).
 */
export async function maakOntvangerToegang(
  tx: Tx,
  input: {
    pakket: Pakket;
    verzoek: { id: string; nummer: string; taal: "nl" | "en"; betrokkene: { naam: string } };
    ontvanger: { naam: string; email: string; agb?: string };
    nu: Date;
  },
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const [rij] = await tx
    .insert(ontvangerToegang)
    .values({
      pakketId: input.pakket.id,
      naam: input.ontvanger.naam,
      email: input.ontvanger.email.toLowerCase(),
      agbCode: input.ontvanger.agb ?? null,
      tokenHash: hashToken(token),
      verlooptOp: input.pakket.verlooptOp,
      aangemaaktOp: input.nu,
    })
    .returning({ id: ontvangerToegang.id });
  await queueMail(tx, {
    aan: input.ontvanger.email,
    sjabloon: "pakket_ontvanger",
    data: {
      ontvanger: input.ontvanger.naam,
      nummer: input.verzoek.nummer,
      url: ontvangerUrl(token),
      verlooptOp: input.pakket.verlooptOp.toISOString().slice(0, 10),
    },
    taal: input.verzoek.taal,
    verzoekId: input.verzoek.id,
  });
  return { id: rij!.id, token };
}

export type OntvangerPagina = {
  naam: string;
  /** The address the code goes to, partly hidden (j***@example.nl). */
  emailHint: string;
  verlooptOp: Date;
  beschikbaar: boolean;
  reden: null | "verlopen" | "limiet";
};

async function zoekToegang(conn: Tx | ReturnType<typeof db>, token: string) {
  if (typeof token !== "string" || !TOKEN.test(token)) return null;
  const [r] = await conn
    .select({ toegang: ontvangerToegang, pakket: pakketten })
    .from(ontvangerToegang)
    .innerJoin(pakketten, eq(pakketten.id, ontvangerToegang.pakketId))
    .where(eq(ontvangerToegang.tokenHash, hashToken(token)));
  return r ?? null;
}

function hint(email: string): string {
  const [naam = "", domein = ""] = email.split("@");
  return `${naam.slice(0, 1)}***@${domein}`;
}

/** What the link page shows; null for an unknown token (nothing about the client, ever). */
export async function ontvangerPagina(token: string, nu: Date = new Date()): Promise<OntvangerPagina | null> {
  const r = await zoekToegang(db(), token);
  if (!r) return null;
  const verlopen = r.toegang.verlooptOp.getTime() <= nu.getTime();
  const reden = verlopen ? "verlopen" : downloadWeigering({ ...r.pakket, heeftSleutel: r.pakket.sleutel !== null }, nu);
  return {
    naam: r.toegang.naam,
    emailHint: hint(r.toegang.email),
    verlooptOp: r.toegang.verlooptOp,
    beschikbaar: reden === null,
    reden,
  };
}

/** Send a one-time code to the address the client named (never to an address the visitor types). */
export async function vraagOntvangerCodeAan(
  token: string,
  opties: { taal: "nl" | "en"; nu?: Date },
): Promise<CodeAanvraag | { ok: false; reden: "niet_gevonden" | "verlopen" | "limiet" }> {
  const pagina = await ontvangerPagina(token, opties.nu);
  if (!pagina) return { ok: false, reden: "niet_gevonden" };
  if (pagina.reden) return { ok: false, reden: pagina.reden };
  const r = (await zoekToegang(db(), token))!;
  return vraagCodeAan({ email: r.toegang.email, doel: "ontvanger", taal: opties.taal, nu: opties.nu });
}

export type OntvangerDownload =
  DownloadResultaat | { ok: false; reden: Exclude<CodeControle, { ok: true }>["reden"]; resterend?: number };

/** Check the code and, when right, count, log and open one download. */
export async function downloadVoorOntvanger(
  token: string,
  code: string,
  nu: Date = new Date(),
): Promise<OntvangerDownload> {
  if (typeof code !== "string" || !/^\s*\d{6}\s*$/.test(code)) return { ok: false, reden: "onjuist" };
  return db().transaction(async (tx) => {
    const r = await zoekToegang(tx, token);
    if (!r) return { ok: false, reden: "niet_gevonden" } as const;
    if (r.toegang.verlooptOp.getTime() <= nu.getTime()) return { ok: false, reden: "verlopen" } as const;
    const controle = await controleerCode(tx, { email: r.toegang.email, doel: "ontvanger", code, nu });
    if (!controle.ok) return controle;
    const [v] = await tx
      .select({ id: verzoeken.id, clientId: verzoeken.clientId })
      .from(verzoeken)
      .where(eq(verzoeken.id, r.pakket.verzoekId));
    const weigering = downloadWeigering({ ...r.pakket, heeftSleutel: r.pakket.sleutel !== null }, nu);
    if (weigering) return { ok: false, reden: weigering } as const;
    // Docs/decisions/018: no transfer while the filer's identity or authority falls short (nothing logged as disclosed).
    if ((await identiteitsStand(tx, r.pakket.verzoekId, nu))?.blokkade !== null)
      return { ok: false, reden: "identiteit" } as const;
    if (v?.clientId) {
      // AVG art. 19 / docs/recht.md "Ontvangers (art. 19)": the transfer is a disclosure, logged once per package.
      await tx
        .insert(verstrekkingen)
        .values({
          clientId: v.clientId,
          externId: `pakket:${r.pakket.id}`,
          ontvanger: r.toegang.naam,
          ontvangerEmail: r.toegang.email,
          datum: nu.toISOString().slice(0, 10),
          rechtsgrond: "Verzoek van de cliënt om overdracht (AVG art. 20 lid 2)",
          categorieen: ["personalia", "contact", "zorg", "financieel", "documenten"],
          omschrijving: "Gegevensoverdracht (dataportabiliteit)",
        })
        .onConflictDoNothing();
    }
    return registreerDownload(tx, {
      pakketId: r.pakket.id,
      door: "ontvanger",
      omschrijving: r.toegang.naam,
      nu,
      audit: {
        actorSoort: "ontvanger",
        actorId: r.toegang.id,
        rol: "ontvangende_zorgaanbieder",
        actie: "pakket.gedownload",
        clientId: v?.clientId ?? null,
        verzoekId: v?.id ?? null,
        onderdeel: "dossier",
        details: { pakketId: r.pakket.id, agb: r.toegang.agbCode },
      },
    });
  });
}
