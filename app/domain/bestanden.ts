/**
 * The file rules (docs/decisions/028): which files the portal takes in, how large, and the name a
 * file gets. Pure rules; the check itself (type by content, virus scan, encrypted storage) is in
 * app/services/bestandscontrole.server.ts. AVG art. 32: a file that anyone in the practice will
 * open is checked before it is stored.
 */
import { isUuid } from "./id";

/** The kinds of file the portal knows, by what their content is (never by their name). */
export const BESTANDSSOORTEN = {
  pdf: { mime: "application/pdf", extensie: "pdf", kantoor: false },
  jpg: { mime: "image/jpeg", extensie: "jpg", kantoor: false },
  png: { mime: "image/png", extensie: "png", kantoor: false },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensie: "docx",
    kantoor: true,
  },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensie: "xlsx", kantoor: true },
  odt: { mime: "application/vnd.oasis.opendocument.text", extensie: "odt", kantoor: true },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", extensie: "ods", kantoor: true },
} as const;

export type Bestandssoort = keyof typeof BESTANDSSOORTEN;

export type Bestandsregels = {
  /** Office formats (Word, Excel, OpenDocument) only when the practice enables them. */
  kantoorformaten: boolean;
  /** Largest single file in bytes. */
  maxBytesPerBestand: number;
  /** Largest total of all files in one request (one form sent) in bytes. */
  maxBytesPerAanvraag: number;
};

export const MB = 1024 * 1024;

/** Longest title and origin of a dossier document staff add (the form and the service). */
export const DOCUMENT_TITEL_MAX = 200;
export const DOCUMENT_HERKOMST_MAX = 200;

/** Defaults: a client system's PDF export or a scanned report fits; see decision 028. */
export const STANDAARD_BESTANDSREGELS: Bestandsregels = {
  kantoorformaten: false,
  maxBytesPerBestand: 100 * MB,
  maxBytesPerAanvraag: 250 * MB,
};

/** Why a file is refused; each has one plain sentence in app/i18n/berichten.ts (bestanden). */
export type BestandWeigering =
  | "leeg"
  | "soort_onbekend"
  | "soort_niet_toegestaan"
  | "te_groot"
  | "aanvraag_te_groot"
  | "virus"
  | "scanner_ontbreekt"
  | "scanner_fout";

/**
 * The kind of file, from the type file-type found in its first bytes. Null when the content is not
 * one of the allowed kinds (an .exe renamed .pdf has the content of an .exe: refused).
 */
export function toegestaneSoort(
  gevonden: { mime: string; ext: string } | undefined,
  regels: Pick<Bestandsregels, "kantoorformaten">,
): { soort: Bestandssoort } | { weigering: "soort_onbekend" | "soort_niet_toegestaan" } {
  if (!gevonden) return { weigering: "soort_onbekend" };
  for (const [soort, s] of Object.entries(BESTANDSSOORTEN) as [
    Bestandssoort,
    (typeof BESTANDSSOORTEN)[Bestandssoort],
  ][]) {
    if (s.mime === gevonden.mime && (!s.kantoor || regels.kantoorformaten)) return { soort };
  }
  return { weigering: "soort_niet_toegestaan" };
}

/** The kinds a form may say it accepts (the `accept` attribute), for these rules. */
export function toegestaneSoorten(regels: Pick<Bestandsregels, "kantoorformaten">): Bestandssoort[] {
  return (Object.keys(BESTANDSSOORTEN) as Bestandssoort[]).filter(
    (s) => !BESTANDSSOORTEN[s].kantoor || regels.kantoorformaten,
  );
}

/**
 * The name shown to people (download, overview): the client's name without folders, control or
 * special characters, at most 100 characters, always with the extension of the kind found in the
 * content ("scan.exe" that is a PDF becomes "scan.pdf"). On disk a file never has this name: it is
 * stored under a random key (`opslagSleutelVoorBestand`).
 */
export function weergavenaam(clientNaam: string, soort: Bestandssoort): string {
  const extensie = BESTANDSSOORTEN[soort].extensie;
  const laatste = clientNaam.split(/[\\/]/).pop() ?? "";
  const zonderExtensie = laatste.replace(/\.[^.]*$/, "");
  const schoon = zonderExtensie
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f"*:<>?|;\\/]+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 100)
    .trim();
  return `${schoon || "document"}.${extensie}`;
}

/** The storage key of an uploaded file: a random id, never anything the client chose. */
export function opslagSleutelVoorBestand(id: string): string {
  if (!isUuid(id)) throw new Error("Ongeldig bestands-id.");
  return `bestanden/${id}.enc`;
}

/** The value of Content-Disposition for a download: ASCII fallback plus the UTF-8 name (RFC 6266). */
export function contentDisposition(naam: string): string {
  const ascii =
    naam
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "")
      .trim() || "document";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(naam)}`;
}

/**
 * The form field that carries a client's files. Here, not in a service: the browser renders the
 * field after a client-side navigation, and a `.server` module is empty there.
 */
export const BIJLAGE_VELD = "bijlage";
