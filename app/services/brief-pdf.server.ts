/**
 * The decision letter as PDF (pdfkit), rendered from the signed decision document: the PDF is a
 * rendering of what was signed, never a source of its own (docs/decisions/008-ondertekening.md).
 *
 * Fonts: the PDF standard fonts (Helvetica), so nothing is loaded from outside the package. They
 * cover the Windows-1252 characters (all Dutch, German and French letters, € and typographic
 * quotes); a character outside that set is written without its accent (ł → l) or as "?". The HTML
 * letter in the portal always shows the exact signed text.
 */
import PDFDocument from "pdfkit";
import { briefDatum, verificatieTekst, type Alinea, type BesluitDocument } from "../domain/besluitbrief";
import type { LogoBestand } from "./organisatie.server";

const KLEUR = "#1d5c4d";
const GRIJS = "#4a4a4a";
const MARGE = 64;

const WIN_1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
/** Letters that have no decomposition into a base letter and an accent. */
const VERVANGING: Record<string, string> = { "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H" };

/** Keep what Helvetica (WinAnsiEncoding) can show; strip accents elsewhere; "?" as the last resort. */
export function pdfTekst(tekst: string): string {
  let uit = "";
  for (const teken of tekst) {
    const code = teken.codePointAt(0)!;
    if (teken === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_1252_EXTRA.has(teken)) {
      uit += teken;
      continue;
    }
    if (teken === "\t") {
      uit += " ";
      continue;
    }
    const zonderAccent = teken.normalize("NFD").replace(/\p{M}/gu, "");
    const kandidaat = VERVANGING[teken] ?? zonderAccent;
    uit += /^[\x20-\x7e\xa0-\xff]+$/.test(kandidaat) ? kandidaat : "?";
  }
  return uit;
}

const LABELS = {
  nl: { pagina: (n: number, van: number) => `Pagina ${n} van ${van}`, verzoek: "Verzoek", fg: "Functionaris gegevensbescherming", verificatie: "Digitale handtekening" },
  en: { pagina: (n: number, van: number) => `Page ${n} of ${van}`, verzoek: "Request", fg: "Data protection officer", verificatie: "Digital signature" },
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
  const delen: Buffer[] = [];
  pdf.on("data", (deel: Buffer) => delen.push(deel));
  const klaar = new Promise<void>((resolve, reject) => {
    pdf.on("end", () => resolve());
    pdf.on("error", reject);
  });

  const breedte = pdf.page.width - MARGE * 2;
  const alinea = (al: Alinea | string, opties: PDFKit.Mixins.TextOptions = {}) => {
    const tekst = typeof al === "string" ? al : al.tekst;
    pdf.font("Helvetica").fontSize(10.5).fillColor("#1a1a1a").text(pdfTekst(tekst), { width: breedte, lineGap: 2, ...opties });
    pdf.moveDown(0.6);
  };

  // Letterhead: logo, organisation and FG contact (seed 000 art 14).
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
  // Letterhead: organisation and FG contact (seed 000 art 14).
  pdf.font("Helvetica-Bold").fontSize(16).fillColor(KLEUR).text(pdfTekst(org.naam), { width: breedte });
  pdf.font("Helvetica").fontSize(9.5).fillColor(GRIJS);
  pdf.text(pdfTekst(`${org.straat}, ${org.postcode} ${org.plaats}`), { width: breedte });
  pdf.text(pdfTekst([org.email, org.telefoon].filter(Boolean).join(" · ")), { width: breedte });
  pdf.text(pdfTekst(`${l.fg}: ${org.fgNaam}, ${[org.fgEmail, org.fgTelefoon].filter(Boolean).join(", ")}`), { width: breedte });
  pdf.moveDown(1.5);

  // Addressee and references.
  pdf.font("Helvetica").fontSize(10.5).fillColor("#1a1a1a").text(pdfTekst(document.geadresseerde.naam), { width: breedte });
  pdf.moveDown(1);
  for (const kenmerk of brief.kenmerken) {
    pdf.font("Helvetica-Bold").fontSize(10).text(pdfTekst(`${kenmerk.label}: `), { continued: true, width: breedte });
    pdf.font("Helvetica").text(pdfTekst(kenmerk.waarde));
  }
  pdf.moveDown(1.2);

  pdf.font("Helvetica-Bold").fontSize(13).fillColor(KLEUR).text(pdfTekst(brief.onderwerp), { width: breedte });
  pdf.moveDown(0.8);
  alinea(brief.aanhef);
  for (const al of brief.inleiding) alinea(al);

  for (const onderdeel of brief.onderdelen) {
    pdf.moveDown(0.3);
    pdf.font("Helvetica-Bold").fontSize(11.5).fillColor(KLEUR).text(pdfTekst(onderdeel.kop), { width: breedte });
    pdf.moveDown(0.4);
    for (const al of onderdeel.alineas) if (al.tekst) alinea(al);
    if (onderdeel.opsomming?.length) {
      pdf.font("Helvetica").fontSize(10.5).fillColor("#1a1a1a");
      pdf.list(onderdeel.opsomming.map(pdfTekst), { width: breedte - 12, bulletRadius: 1.8, textIndent: 12, lineGap: 2 });
      pdf.moveDown(0.6);
    }
  }

  pdf.moveDown(0.4);
  alinea(brief.slot);
  pdf.font("Helvetica-Bold").fontSize(10.5).text(pdfTekst(brief.ondertekening[0] ?? ""), { width: breedte });
  for (const regel of brief.ondertekening.slice(1)) pdf.font("Helvetica").text(pdfTekst(regel), { width: breedte });
  pdf.moveDown(1.2);

  // Verification block: who signed, when, the code, and how to check it.
  pdf.font("Helvetica-Bold").fontSize(10).fillColor(KLEUR).text(l.verificatie, { width: breedte });
  pdf.moveDown(0.3);
  for (const al of verificatieTekst(document, code)) {
    pdf.font("Helvetica").fontSize(9.5).fillColor(GRIJS).text(pdfTekst(al.tekst), { width: breedte, lineGap: 1.5 });
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
    pdf.font("Helvetica").fontSize(8.5).fillColor(GRIJS).text(pdfTekst(regel), MARGE, onder, { width: breedte, align: "center", lineBreak: false });
  }

  pdf.end();
  await klaar;
  return new Uint8Array(Buffer.concat(delen));
}
