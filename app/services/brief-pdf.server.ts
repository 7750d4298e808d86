/**
 * The decision letter as PDF (pdfkit), rendered from the signed decision document: the PDF is a
 * rendering of what was signed, never a source of its own (docs/decisions/008-ondertekening.md).
 *
 * Fonts: DejaVu Sans (regular and bold, npm package dejavu-fonts-ttf), embedded as a subset of the
 * glyphs used, so every name and text comes out as signed: "Łukasz Wiśniewski", "Şahin Öztürk",
 * "Zoë Dvořák", €, ‘quotes’ and dashes (Latin, Greek, Cyrillic and more). A character DejaVu Sans
 * has no glyph for (e.g. Chinese or an emoji) is written as "?" instead of an empty box; the HTML
 * letter in the portal always shows the exact signed text.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { briefDatum, verificatieTekst, type Alinea, type BesluitDocument } from "../domain/besluitbrief";
import type { LogoBestand } from "./organisatie.server";

const KLEUR = "#1d5c4d";
const GRIJS = "#4a4a4a";
const MARGE = 64;

/** The font names used below; registered on every document from the package's TTF files. */
const LETTER = "Letter";
const LETTER_VET = "Letter-Vet";

let lettertypen: { regular: Buffer; vet: Buffer } | null = null;

/** The DejaVu Sans TTF files, read once (resolved from node_modules: works from build/ and from tsx). */
function lettertypeBestanden(): { regular: Buffer; vet: Buffer } {
  if (!lettertypen) {
    const require = createRequire(import.meta.url);
    lettertypen = {
      regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
      vet: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
    };
  }
  return lettertypen;
}

/** Has the current font of `pdf` a glyph for this code point? (pdfkit's embedded fontkit font.) */
type MetGlyphCheck = { _font?: { font?: { hasGlyphForCodePoint?: (code: number) => boolean } } };

/**
 * Text as written in the PDF: composed (NFC, so "ë" is one glyph), tabs as spaces, other control
 * characters left out, and a character the font has no glyph for as "?".
 */
export function pdfTekst(tekst: string, heeftGlyph: (code: number) => boolean = () => true): string {
  let uit = "";
  for (const teken of tekst.normalize("NFC")) {
    const code = teken.codePointAt(0)!;
    if (teken === "\n") uit += teken;
    else if (teken === "\t") uit += " ";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else uit += heeftGlyph(code) ? teken : "?";
  }
  return uit;
}

const LABELS = {
  nl: {
    pagina: (n: number, van: number) => `Pagina ${n} van ${van}`,
    verzoek: "Verzoek",
    fg: "Functionaris gegevensbescherming",
    verificatie: "Digitale handtekening",
  },
  en: {
    pagina: (n: number, van: number) => `Page ${n} of ${van}`,
    verzoek: "Request",
    fg: "Data protection officer",
    verificatie: "Digital signature",
  },
} as const;

/** Height of the logo in the letterhead (points; width follows the image, at most half the page). */
const LOGO_HOOGTE = 48;

/**
 * Render the signed letter as an A4 PDF (NL or EN, as the document). `logo`: the organisation's
 * logo for the letterhead (not part of the signed text). Only a PNG is drawn: pdfkit cannot draw
 * SVG, so an SVG logo is left out of the PDF (the HTML letter shows it).
 */
export async function besluitPdf(
  document: BesluitDocument,
  code: string,
  opties: { logo?: Pick<LogoBestand, "mimeType" | "bytes"> | null } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { afzender: org, brief, taal } = document;
  const l = LABELS[taal];
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGE, bottom: MARGE + 16, left: MARGE, right: MARGE },
    bufferPages: true,
    lang: taal === "nl" ? "nl-NL" : "en-GB",
    displayTitle: true,
    info: {
      Title: pdfTekst(brief.onderwerp),
      Author: pdfTekst(org.naam),
      Subject: pdfTekst(`${l.verzoek} ${document.verzoek.nummer}`),
      Creator: "Rechtenloket",
      CreationDate: new Date(`${document.datums.besluit}T12:00:00Z`),
    },
  });
  const { regular, vet } = lettertypeBestanden();
  pdf.registerFont(LETTER, regular);
  pdf.registerFont(LETTER_VET, vet);
  pdf.font(LETTER);
  /** Text for the current font: what it cannot show becomes "?". */
  const tekst = (t: string) =>
    pdfTekst(t, (code) => (pdf as unknown as MetGlyphCheck)._font?.font?.hasGlyphForCodePoint?.(code) ?? true);
  const delen: Buffer[] = [];
  pdf.on("data", (deel: Buffer) => delen.push(deel));
  const klaar = new Promise<void>((resolve, reject) => {
    pdf.on("end", () => resolve());
    pdf.on("error", reject);
  });

  const breedte = pdf.page.width - MARGE * 2;
  const alinea = (al: Alinea | string, opties: PDFKit.Mixins.TextOptions = {}) => {
    pdf.font(LETTER).fontSize(10.5).fillColor("#1a1a1a");
    pdf.text(tekst(typeof al === "string" ? al : al.tekst), { width: breedte, lineGap: 2, ...opties });
    pdf.moveDown(0.6);
  };

  // Letterhead: logo, organisation and FG contact (AVG art. 38 lid 4).
  if (opties.logo?.mimeType === "image/png") {
    try {
      const y = pdf.y;
      pdf.image(opties.logo.bytes, MARGE, y, { fit: [breedte / 2, LOGO_HOOGTE] });
      pdf.y = y + LOGO_HOOGTE + 8;
      pdf.x = MARGE;
    } catch {
      // A damaged image never stops the letter: it is sent without the logo.
    }
  }
  // Letterhead: organisation and FG contact (AVG art. 38 lid 4).
  pdf.font(LETTER_VET).fontSize(16).fillColor(KLEUR).text(tekst(org.naam), { width: breedte });
  pdf.font(LETTER).fontSize(9.5).fillColor(GRIJS);
  pdf.text(tekst(`${org.straat}, ${org.postcode} ${org.plaats}`), { width: breedte });
  pdf.text(tekst([org.email, org.telefoon].filter(Boolean).join(" · ")), { width: breedte });
  pdf.text(tekst(`${l.fg}: ${org.fgNaam}, ${[org.fgEmail, org.fgTelefoon].filter(Boolean).join(", ")}`), {
    width: breedte,
  });
  pdf.moveDown(1.5);

  // Addressee and references.
  pdf.font(LETTER).fontSize(10.5).fillColor("#1a1a1a").text(tekst(document.geadresseerde.naam), { width: breedte });
  pdf.moveDown(1);
  for (const kenmerk of brief.kenmerken) {
    pdf
      .font(LETTER_VET)
      .fontSize(10)
      .text(tekst(`${kenmerk.label}: `), { continued: true, width: breedte });
    pdf.font(LETTER).text(tekst(kenmerk.waarde));
  }
  pdf.moveDown(1.2);

  pdf.font(LETTER_VET).fontSize(13).fillColor(KLEUR).text(tekst(brief.onderwerp), { width: breedte });
  pdf.moveDown(0.8);
  alinea(brief.aanhef);
  for (const al of brief.inleiding) alinea(al);

  for (const onderdeel of brief.onderdelen) {
    pdf.moveDown(0.3);
    pdf.font(LETTER_VET).fontSize(11.5).fillColor(KLEUR).text(tekst(onderdeel.kop), { width: breedte });
    pdf.moveDown(0.4);
    for (const al of onderdeel.alineas) if (al.tekst) alinea(al);
    if (onderdeel.opsomming?.length) {
      pdf.font(LETTER).fontSize(10.5).fillColor("#1a1a1a");
      pdf.list(onderdeel.opsomming.map(tekst), { width: breedte - 12, bulletRadius: 1.8, textIndent: 12, lineGap: 2 });
      pdf.moveDown(0.6);
    }
  }

  pdf.moveDown(0.4);
  alinea(brief.slot);
  pdf
    .font(LETTER_VET)
    .fontSize(10.5)
    .text(tekst(brief.ondertekening[0] ?? ""), { width: breedte });
  for (const regel of brief.ondertekening.slice(1)) pdf.font(LETTER).text(tekst(regel), { width: breedte });
  pdf.moveDown(1.2);

  // Verification block: who signed, when, the code, and how to check it.
  pdf.font(LETTER_VET).fontSize(10).fillColor(KLEUR).text(l.verificatie, { width: breedte });
  pdf.moveDown(0.3);
  for (const al of verificatieTekst(document, code)) {
    pdf.font(LETTER).fontSize(9.5).fillColor(GRIJS).text(tekst(al.tekst), { width: breedte, lineGap: 1.5 });
    pdf.moveDown(0.3);
  }

  // Footer on every page: organisation, request number, date, page x of y.
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin for the footer.
    pdf.page.margins.bottom = 0;
    const onder = pdf.page.height - MARGE + 8;
    const regel = `${org.naam} · ${l.verzoek} ${document.verzoek.nummer} · ${briefDatum(document.datums.besluit, taal)} · ${l.pagina(i - start + 1, count)}`;
    pdf
      .font(LETTER)
      .fontSize(8.5)
      .fillColor(GRIJS)
      .text(tekst(regel), MARGE, onder, { width: breedte, align: "center", lineBreak: false });
  }

  pdf.end();
  await klaar;
  return new Uint8Array(Buffer.concat(delen));
}
