/**
 * The check every incoming file goes through (app/services/bestandscontrole.server.ts, decision 028)
 * against a REAL clamd (tests/support/clamd.ts) with the EICAR test file: refused files leave
 * nothing in storage; accepted files are stored encrypted under a random name and decrypt to the
 * same bytes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MB, STANDAARD_BESTANDSREGELS } from "~/domain/bestanden";
import { controleerEnBewaar, gebruikScanner } from "~/services/bestandscontrole.server";
import { gebruikOpslag, lokaleOpslag } from "~/services/opslag.server";
import { ontsleutel } from "~/services/pakket-zip.server";
import { EICAR, startClamd, type TestClamd } from "../support/clamd";

let clamd: TestClamd;
let map: string;

beforeAll(async () => {
  clamd = await startClamd();
  map = mkdtempSync(path.join(tmpdir(), "rl-bestanden-"));
  gebruikOpslag(lokaleOpslag(map));
  gebruikScanner({ socket: clamd.socket });
});

afterAll(async () => {
  gebruikScanner(undefined);
  gebruikOpslag(undefined);
  rmSync(map, { recursive: true, force: true });
  await clamd?.stop();
});

/** Every file under the storage folder (temporary files too). */
function opgeslagen(): string[] {
  return readdirSync(map, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

async function pdf(tekst: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const delen: Buffer[] = [];
  doc.on("data", (d: Buffer) => delen.push(d));
  const klaar = new Promise((r) => doc.on("end", r));
  doc.text(tekst);
  doc.end();
  await klaar;
  return Buffer.concat(delen);
}

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs). */
function png(): Buffer {
  const crcTabel = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTabel[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const blok = (soort: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sd = Buffer.concat([Buffer.from(soort, "latin1"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(sd));
    return Buffer.concat([len, sd, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    blok("IHDR", ihdr),
    blok("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))),
    blok("IEND", Buffer.alloc(0)),
  ]);
}

/** A Windows program: "MZ" header, the start of every .exe. */
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(2000, 0x41)]);

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const stroom = (b: Buffer, stuk = 64 * 1024) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < b.length; i += stuk) yield b.subarray(i, i + stuk);
    })(),
  );

async function leesAlles(r: Readable): Promise<Buffer> {
  const delen: Buffer[] = [];
  for await (const d of r) delen.push(d as Buffer);
  return Buffer.concat(delen);
}

describe("refused files are never stored", () => {
  it("refuses the EICAR test file, whatever its name", async () => {
    // The bare EICAR file is text: refused already for its kind, before the scan.
    expect(await controleerEnBewaar(stroom(EICAR), "brief.pdf")).toEqual({ ok: false, weigering: "soort_onbekend" });
    expect(opgeslagen()).toEqual([]);
  });

  it("refuses EICAR inside a PDF and inside a PNG: the virus scan (real clamd) finds it", async () => {
    const inPdf = Buffer.concat([await pdf("Brief (fictief)"), EICAR]);
    const inPng = Buffer.concat([png(), EICAR]);
    expect(await controleerEnBewaar(stroom(inPdf, 1000), "brief.pdf")).toEqual({
      ok: false,
      weigering: "virus",
      virus: expect.stringContaining("Eicar-Test-Signature"),
    });
    expect(await controleerEnBewaar(stroom(inPng), "foto.png")).toMatchObject({ ok: false, weigering: "virus" });
    expect(opgeslagen()).toEqual([]);
  });

  it("scans the whole file: EICAR in the last bytes of an 8 MB PDF is found", async () => {
    const groot = Buffer.concat([await pdf("Groot verslag (fictief)"), Buffer.alloc(8 * MB, 0x20), EICAR]);
    expect(await controleerEnBewaar(stroom(groot), "groot.pdf")).toMatchObject({ ok: false, weigering: "virus" });
    expect(opgeslagen()).toEqual([]);
  });

  it("refuses a program renamed .pdf (the kind is read from the content)", async () => {
    const r = await controleerEnBewaar(stroom(EXE), "factuur.pdf");
    expect(r).toEqual({ ok: false, weigering: "soort_niet_toegestaan" });
    expect(opgeslagen()).toEqual([]);
  });

  it("refuses an empty file", async () => {
    const r = await controleerEnBewaar(stroom(Buffer.alloc(0)), "leeg.pdf");
    expect(r).toEqual({ ok: false, weigering: "leeg" });
    expect(opgeslagen()).toEqual([]);
  });

  it("refuses a file over the limit per file, and over what is left for the request", async () => {
    const groot = await pdf("groot " + "x".repeat(100));
    const tweeMb = Buffer.concat([groot, Buffer.alloc(2 * MB, 0x20)]);
    const regels = { ...STANDAARD_BESTANDSREGELS, maxBytesPerBestand: 1 * MB, maxBytesPerAanvraag: 3 * MB };
    expect(await controleerEnBewaar(stroom(tweeMb), "groot.pdf", { regels })).toEqual({
      ok: false,
      weigering: "te_groot",
    });
    const ruim = { ...regels, maxBytesPerBestand: 5 * MB };
    expect(await controleerEnBewaar(stroom(tweeMb), "groot.pdf", { regels: ruim, alInAanvraag: 2 * MB })).toEqual({
      ok: false,
      weigering: "aanvraag_te_groot",
    });
    expect(opgeslagen()).toEqual([]);
  });

  it("refuses everything when no scanner is configured (decision 028), storing nothing", async () => {
    gebruikScanner(null);
    try {
      const r = await controleerEnBewaar(stroom(png()), "foto.png");
      expect(r).toEqual({ ok: false, weigering: "scanner_ontbreekt" });
    } finally {
      gebruikScanner({ socket: clamd.socket });
    }
    expect(opgeslagen()).toEqual([]);
  });

  it("refuses (does not store unscanned) when clamd cannot be reached", async () => {
    gebruikScanner({ socket: path.join(map, "..", "bestaat-niet.sock") }, 2000);
    try {
      const r = await controleerEnBewaar(stroom(png()), "foto.png");
      expect(r).toEqual({ ok: false, weigering: "scanner_fout" });
    } finally {
      gebruikScanner({ socket: clamd.socket });
    }
    expect(opgeslagen()).toEqual([]);
  });
});

describe("accepted files", () => {
  it("stores a real PDF encrypted under a random name; it decrypts to the same bytes", async () => {
    const bestand = await pdf("Verslag van het intakegesprek (fictief)");
    const r = await controleerEnBewaar(stroom(bestand, 1000), "C:\\scans\\Verslag intake.PDF");
    if (!r.ok) throw new Error(`geweigerd: ${r.weigering}`);
    expect(r.bestand).toMatchObject({
      soort: "pdf",
      mimeType: "application/pdf",
      bestandsnaam: "Verslag intake.pdf",
      grootte: bestand.length,
    });
    expect(r.bestand.sha256).toBe(sha(bestand));
    expect(r.bestand.opslagSleutel).toBe(`bestanden/${r.bestand.id}.enc`);
    const bestanden = opgeslagen();
    expect(bestanden).toEqual([path.join(map, "bestanden", `${r.bestand.id}.enc`)]);
    // At rest: not the PDF (no "%PDF" header, no text of it).
    const opSchijf = readFileSync(bestanden[0]!);
    expect(opSchijf.includes(Buffer.from("%PDF"))).toBe(false);
    expect(await leesAlles(await ontsleutel(r.bestand.opslagSleutel, r.bestand.sleutel))).toEqual(bestand);
    rmSync(bestanden[0]!);
  });

  it("accepts a real PNG", async () => {
    const r = await controleerEnBewaar(stroom(png()), "foto van brief.png");
    expect(r).toMatchObject({ ok: true, bestand: { soort: "png", bestandsnaam: "foto van brief.png" } });
    if (r.ok) rmSync(path.join(map, r.bestand.opslagSleutel));
  });
});
