/**
 * Re-verifying signed decisions (docs/decisions/008-ondertekening.md), for `npm run decision:verify`
 * and for staff who check a letter's verification code for a client.
 *
 * A signed decision (besluiten row) holds the canonical decision document, its SHA-256
 * (`documentHash`) and the director's WebAuthn assertion (`handtekening`). It verifies when:
 *  1. SHA-256(canoniekeJson(document)) equals documentHash: the stored letter was not changed;
 *  2. the document states the decision the row holds (id, request number, kind, grounds,
 *     motivation, signer): the row's text was not changed after signing;
 *  3. the signed challenge equals SHA-256(documentHash bytes || nonce bytes): the signature is
 *     bound to this very document, and clientDataJSON carries that challenge;
 *  4. the assertion's signature over authenticatorData || SHA-256(clientDataJSON) verifies with the
 *     public key stored for the signer's passkey (passkeys table), with user verification.
 * Every refusal, partial refusal, "kennelijk ongegrond" and extension that reached the client
 * (status verzonden) must carry such a signature.
 */
import { createHash } from "node:crypto";
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from "@simplewebauthn/server";
import { and, asc, eq, inArray, isNotNull, like, ne, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "../../db/db.server";
import { besluiten, passkeys, verzoeken } from "../../db/schema";
import {
  canoniekeJson,
  isBesluitDocument,
  normaliseerBriefTekst,
  verificatiecode,
  type BesluitDocument,
} from "../domain/besluitbrief";
import { isUuid } from "../domain/id";

/** The WebAuthn assertion and its binding, as stored in besluiten.handtekening. */
export type OpgeslagenHandtekening = {
  credentialId: string;
  authenticatorData: string;
  clientDataJSON: string;
  signature: string;
  userHandle: string | null;
  /** base64url of the 32 random bytes mixed into the challenge. */
  nonce: string;
  /** base64url of SHA-256(documentHash bytes || nonce bytes): what the authenticator signed. */
  challenge: string;
  rpID: string;
  origin: string;
  userVerified: boolean;
  counter: number;
};

/** SHA-256 (hex) of the canonical serialisation of a decision document. */
export function documentHash(document: BesluitDocument): string {
  return createHash("sha256").update(canoniekeJson(document), "utf8").digest("hex");
}

/** The WebAuthn challenge for a document: SHA-256(documentHash bytes || nonce bytes), base64url. */
export function ondertekenUitdaging(documentHashHex: string, nonceBase64url: string): string {
  const hash = Buffer.from(documentHashHex, "hex");
  const nonce = Buffer.from(nonceBase64url, "base64url");
  if (hash.length !== 32 || nonce.length < 16) throw new Error("Ongeldige documenthash of nonce.");
  return createHash("sha256")
    .update(Buffer.concat([hash, nonce]))
    .digest("base64url");
}

export const VERIFICATIE_PROBLEMEN = [
  "geen_handtekening",
  "document_ongeldig",
  "hash_wijkt_af",
  "besluit_wijkt_af",
  "uitdaging_wijkt_af",
  "passkey_onbekend",
  "handtekening_ongeldig",
] as const;
export type VerificatieProbleemCode = (typeof VERIFICATIE_PROBLEMEN)[number];
export type VerificatieProbleem = { code: VerificatieProbleemCode; tekst: string };

export type BesluitVerificatie = {
  besluitId: string;
  nummer: string | null;
  soort: string;
  status: string;
  ok: boolean;
  documentHash: string | null;
  verificatiecode: string | null;
  ondertekendOp: Date | null;
  problemen: VerificatieProbleem[];
};

type BesluitRij = typeof besluiten.$inferSelect & { nummer: string | null };

function probleem(code: VerificatieProbleemCode, tekst: string): VerificatieProbleem {
  return { code, tekst };
}

function isHandtekening(value: unknown): value is OpgeslagenHandtekening {
  if (!value || typeof value !== "object") return false;
  const h = value as Record<string, unknown>;
  return [
    "credentialId",
    "authenticatorData",
    "clientDataJSON",
    "signature",
    "nonce",
    "challenge",
    "rpID",
    "origin",
  ].every((veld) => typeof h[veld] === "string" && (h[veld] as string).length > 0);
}

function challengeUit(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" ? data.challenge : null;
  } catch {
    return null;
  }
}

/** Check one decision row (see the module comment); never throws for a bad signature. */
async function controleer(conn: DbOrTx, rij: BesluitRij): Promise<BesluitVerificatie> {
  const problemen: VerificatieProbleem[] = [];
  const resultaat = (): BesluitVerificatie => ({
    besluitId: rij.id,
    nummer: rij.nummer,
    soort: rij.soort,
    status: rij.status,
    ok: problemen.length === 0,
    documentHash: rij.documentHash,
    verificatiecode:
      rij.documentHash && /^[0-9a-f]{64}$/.test(rij.documentHash) ? verificatiecode(rij.documentHash) : null,
    ondertekendOp: rij.ondertekendOp,
    problemen,
  });

  const handtekening = rij.handtekening;
  if (!isHandtekening(handtekening) || !rij.documentHash || !rij.ondertekendDoor) {
    problemen.push(probleem("geen_handtekening", "Dit besluit heeft geen (volledige) handtekening van de directie."));
    return resultaat();
  }
  if (!isBesluitDocument(rij.document)) {
    problemen.push(probleem("document_ongeldig", "Het opgeslagen document ontbreekt of heeft geen bekend formaat."));
    return resultaat();
  }
  const document = rij.document;

  // 1. The stored letter is the letter that was hashed.
  let herberekend: string | null = null;
  try {
    herberekend = documentHash(document);
  } catch {
    problemen.push(probleem("document_ongeldig", "Het opgeslagen document is geen geldige JSON-waarde."));
  }
  if (herberekend !== null && herberekend !== rij.documentHash) {
    problemen.push(
      probleem(
        "hash_wijkt_af",
        "De tekst van de opgeslagen brief past niet bij de ondertekende hash: de brief is gewijzigd.",
      ),
    );
  }

  // 2. The row states what the letter says.
  const afwijkingen: string[] = [];
  if (document.besluitId !== rij.id) afwijkingen.push("besluit-id");
  if (document.verzoek.nummer !== rij.nummer) afwijkingen.push("verzoeknummer");
  if (document.besluit.soort !== rij.soort) afwijkingen.push("soort besluit");
  if (canoniekeJson(document.besluit.gronden.map((g) => g.code)) !== canoniekeJson(rij.gronden))
    afwijkingen.push("gronden");
  if (document.besluit.motivering !== normaliseerBriefTekst(rij.motivering)) afwijkingen.push("motivering");
  if (document.ondertekenaar.id !== rij.ondertekendDoor) afwijkingen.push("ondertekenaar");
  if (afwijkingen.length > 0) {
    problemen.push(
      probleem(
        "besluit_wijkt_af",
        `Het besluit in de database wijkt af van de ondertekende brief (${afwijkingen.join(", ")}).`,
      ),
    );
  }

  // 3. The signature is bound to this document hash.
  let verwacht: string | null = null;
  try {
    verwacht = ondertekenUitdaging(rij.documentHash, handtekening.nonce);
  } catch {
    verwacht = null;
  }
  if (
    verwacht === null ||
    verwacht !== handtekening.challenge ||
    challengeUit(handtekening.clientDataJSON) !== verwacht
  ) {
    problemen.push(
      probleem("uitdaging_wijkt_af", "De handtekening hoort niet bij deze documenthash (de uitdaging klopt niet)."),
    );
  }

  // 4. The signature verifies with the signer's stored public key.
  const [passkey] = await conn
    .select({ id: passkeys.id, publicKey: passkeys.publicKey, transports: passkeys.transports })
    .from(passkeys)
    .where(and(eq(passkeys.id, handtekening.credentialId), eq(passkeys.medewerkerId, rij.ondertekendDoor)));
  if (!passkey) {
    problemen.push(
      probleem("passkey_onbekend", "De passkey waarmee is ondertekend, is niet (meer) bekend bij deze directeur."),
    );
    return resultaat();
  }
  const antwoord: AuthenticationResponseJSON = {
    id: handtekening.credentialId,
    rawId: handtekening.credentialId,
    type: "public-key",
    response: {
      clientDataJSON: handtekening.clientDataJSON,
      authenticatorData: handtekening.authenticatorData,
      signature: handtekening.signature,
      ...(handtekening.userHandle ? { userHandle: handtekening.userHandle } : {}),
    },
    clientExtensionResults: {},
  };
  let geldig = false;
  try {
    const verificatie = await verifyAuthenticationResponse({
      response: antwoord,
      expectedChallenge: handtekening.challenge,
      expectedOrigin: handtekening.origin,
      expectedRPID: handtekening.rpID,
      // Counter 0: a later re-verification must not fail because the passkey was used since.
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: 0,
        transports: passkey.transports as never,
      },
      requireUserVerification: true,
    });
    geldig = verificatie.verified;
  } catch {
    geldig = false;
  }
  if (!geldig) {
    problemen.push(probleem("handtekening_ongeldig", "De digitale handtekening is niet geldig voor deze gegevens."));
  }
  return resultaat();
}

const selectie = {
  besluit: besluiten,
  nummer: verzoeken.nummer,
};

function rijVan(r: { besluit: typeof besluiten.$inferSelect; nummer: string | null }): BesluitRij {
  return { ...r.besluit, nummer: r.nummer };
}

/** Verify one decision by its id; null when there is no such decision. */
export async function verifieerBesluit(besluitId: string, conn: DbOrTx = db()): Promise<BesluitVerificatie | null> {
  if (!isUuid(besluitId)) return null;
  const [r] = await conn
    .select(selectie)
    .from(besluiten)
    .leftJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
    .where(eq(besluiten.id, besluitId));
  return r ? controleer(conn, rijVan(r)) : null;
}

/** The decisions that must carry a signature: sent or signed ones of a kind the directie signs, and any with a signature. */
const MOET_ONDERTEKEND = or(
  and(ne(besluiten.soort, "toewijzing"), inArray(besluiten.status, ["ondertekend", "verzonden"])),
  isNotNull(besluiten.handtekening),
  isNotNull(besluiten.documentHash),
);

/**
 * Find decisions by what a person has at hand: a decision id, a request number (its signed
 * decisions) or the verification code printed on a letter ("3F2A-91C0-7B4D-E012").
 */
export async function zoekBesluiten(kenmerk: string, conn: DbOrTx = db()): Promise<BesluitVerificatie[]> {
  const waarde = kenmerk.trim();
  if (isUuid(waarde)) {
    const een = await verifieerBesluit(waarde.toLowerCase(), conn);
    return een ? [een] : [];
  }
  let filter;
  const code = waarde.replace(/-/g, "");
  if (/^[0-9a-f]{16}$/i.test(code)) {
    filter = like(besluiten.documentHash, `${code.toLowerCase()}%`);
  } else if (/^AVG-\d{4}-\d{6,}$/i.test(waarde)) {
    filter = and(eq(sql`upper(${verzoeken.nummer})`, waarde.toUpperCase()), MOET_ONDERTEKEND);
  } else {
    return [];
  }
  const rijen = await conn
    .select(selectie)
    .from(besluiten)
    .leftJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
    .where(filter)
    .orderBy(asc(besluiten.aangemaaktOp), asc(besluiten.id));
  const resultaten: BesluitVerificatie[] = [];
  for (const r of rijen) resultaten.push(await controleer(conn, rijVan(r)));
  return resultaten;
}

/** Verify every decision that must carry a director's signature, oldest first, in batches. */
export async function verifieerAlleBesluiten(
  conn: DbOrTx = db(),
  batch = 500,
): Promise<{ ok: boolean; aantal: number; fout: BesluitVerificatie[] }> {
  const fout: BesluitVerificatie[] = [];
  let aantal = 0;
  for (let offset = 0; ; offset += batch) {
    const rijen = await conn
      .select(selectie)
      .from(besluiten)
      .leftJoin(verzoeken, eq(verzoeken.id, besluiten.verzoekId))
      .where(MOET_ONDERTEKEND)
      .orderBy(asc(besluiten.aangemaaktOp), asc(besluiten.id))
      .limit(batch)
      .offset(offset);
    for (const r of rijen) {
      aantal++;
      const uitkomst = await controleer(conn, rijVan(r));
      if (!uitkomst.ok) fout.push(uitkomst);
    }
    if (rijen.length < batch) break;
  }
  return { ok: fout.length === 0, aantal, fout };
}
