/**
 * Every file that enters the portal goes through here before anyone can open it (docs/decisions/028,
 * AVG art. 32): the kind by its content (file-type, from the first bytes), the allowed list, the
 * size limits, a virus scan by ClamAV's clamd (INSTREAM over its socket or TCP; clamscan for the ping) and
 * storage encrypted with a key of its own (AES-256-GCM, the package format of
 * app/services/pakket-zip.server.ts) under a random key. One pass, streamed: a 100 MB file is never
 * whole in memory. A refused file is never kept: what was written on the way is deleted before
 * the answer, and no database row points at it.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { connect } from "node:net";
import { Readable, Transform, pipeline } from "node:stream";
import NodeClam, { type ScanResultaat } from "clamscan";
import { fileTypeFromBuffer } from "file-type";
import {
  BESTANDSSOORTEN,
  MB,
  opslagSleutelVoorBestand,
  toegestaneSoort,
  weergavenaam,
  type BestandWeigering,
  type Bestandsregels,
  type Bestandssoort,
} from "~/domain/bestanden";
import { env } from "~/env.server";
import { opslag } from "./opslag.server";
import { versleutel } from "./pakket-zip.server";

export type GecontroleerdBestand = {
  id: string;
  /** Where the encrypted file is (bestanden/<id>.enc); never the client's name. */
  opslagSleutel: string;
  /** The file's own AES-256 key: destroying it makes the stored bytes unreadable. */
  sleutel: Buffer;
  soort: Bestandssoort;
  mimeType: string;
  /** The name shown on download: the client's name, cleaned, with the extension of the content. */
  bestandsnaam: string;
  grootte: number;
  /** SHA-256 of the plain file (the package manifest lists it). */
  sha256: string;
};

export type Controle =
  { ok: true; bestand: GecontroleerdBestand } | { ok: false; weigering: BestandWeigering; virus?: string };

/** The rules of this installation (env: BESTANDEN_KANTOORFORMATEN, BESTAND_MAX_MB, BESTANDEN_MAX_MB_PER_AANVRAAG). */
export function bestandsregels(): Bestandsregels {
  const e = env();
  return {
    kantoorformaten: e.BESTANDEN_KANTOORFORMATEN,
    maxBytesPerBestand: e.BESTAND_MAX_MB * MB,
    maxBytesPerAanvraag: e.BESTANDEN_MAX_MB_PER_AANVRAAG * MB,
  };
}

// ---------------------------------------------------------------- the scanner

export type ScannerInstelling = { socket: string } | { host: string; port: number };

declare global {
  var __rechtenloketScanner: { instelling: ScannerInstelling | null; timeoutMs: number } | undefined;
}

/** clamd as configured (CLAMD_SOCKET, or CLAMD_HOST and CLAMD_PORT); null when there is none. */
export function scannerInstelling(): ScannerInstelling | null {
  if (globalThis.__rechtenloketScanner) return globalThis.__rechtenloketScanner.instelling;
  const e = env();
  if (e.CLAMD_SOCKET) return { socket: e.CLAMD_SOCKET };
  if (e.CLAMD_PORT) return { host: e.CLAMD_HOST ?? "127.0.0.1", port: e.CLAMD_PORT };
  return null;
}

/** Tests point the check at their own clamd (or at none); undefined goes back to the environment. */
export function gebruikScanner(instelling: ScannerInstelling | null | undefined, timeoutMs = 30_000): void {
  globalThis.__rechtenloketScanner = instelling === undefined ? undefined : { instelling, timeoutMs };
}

function scanTimeoutMs(): number {
  return globalThis.__rechtenloketScanner?.timeoutMs ?? env().CLAMD_TIMEOUT_SECONDEN * 1000;
}

async function maakScanner(instelling: ScannerInstelling, timeoutMs: number): Promise<NodeClam> {
  // Only clamd: never a local clamscan binary (it would load the whole signature set per file).
  return new NodeClam().init({
    removeInfected: false,
    debugMode: false,
    scanLog: null,
    clamscan: { active: false },
    clamdscan: {
      socket: "socket" in instelling ? instelling.socket : false,
      host: "host" in instelling ? instelling.host : false,
      port: "port" in instelling ? instelling.port : false,
      timeout: timeoutMs,
      localFallback: false,
      active: true,
      // init() pings clamd: an unreachable scanner refuses the upload before any byte is stored.
      bypassTest: false,
    },
    preference: "clamdscan",
  });
}

/** Is clamd there and answering? For the start log and the health of the upload forms. */
export async function scannerBereikbaar(): Promise<{ ok: true; versie: string } | { ok: false }> {
  const instelling = scannerInstelling();
  if (!instelling) return { ok: false };
  try {
    const scanner = await maakScanner(instelling, 5_000);
    return { ok: true, versie: (await scanner.getVersion()).trim() };
  } catch {
    return { ok: false };
  }
}

/**
 * clamd's INSTREAM (each chunk as a 4-byte big-endian length and the bytes, then a zero length),
 * written in order and with backpressure. We do not use clamscan's passthrough(): it writes the
 * closing zero length straight to the socket while data chunks may still be queued behind it, so
 * clamd could scan only the first part of a large file (seen in bench/bestanden: EPIPE after the
 * verdict). The Transform passes every chunk on only after clamd's socket took it.
 */
export function clamdInstream(
  instelling: ScannerInstelling,
  timeoutMs: number,
): { tap: Transform; uitslag: Promise<ScanResultaat> } {
  const socket =
    "socket" in instelling
      ? connect({ path: instelling.socket })
      : connect({ host: instelling.host, port: instelling.port });
  socket.setTimeout(timeoutMs);
  let antwoord = "";
  let klaar!: (r: ScanResultaat) => void;
  let mislukt!: (e: unknown) => void;
  const uitslag = new Promise<ScanResultaat>((res, rej) => ((klaar = res), (mislukt = rej)));
  uitslag.catch(() => {});
  socket.on("data", (d: Buffer) => (antwoord += d.toString("utf8")));
  socket.on("end", () => {
    const tekst = antwoord.replace(/\0/g, "").trim();
    if (/:\s+OK$/.test(tekst)) klaar({ isInfected: false, viruses: [] });
    else if (/FOUND$/.test(tekst))
      klaar({ isInfected: true, viruses: [tekst.replace(/^[^:]*:\s+/, "").replace(/\s+FOUND$/, "")] });
    else klaar({ isInfected: null, viruses: [], resultString: tekst });
    socket.destroy();
  });
  socket.on("timeout", () => socket.destroy(new Error("clamd antwoordt niet")));
  socket.on("error", (e) => mislukt(e));
  socket.on("close", () => mislukt(new Error("clamd sloot de verbinding")));
  socket.write("zINSTREAM\0");
  const schrijf = (b: Buffer, cb: () => void) => (socket.write(b) ? cb() : socket.once("drain", cb));
  const tap = new Transform({
    transform(stuk: Buffer, _enc, cb) {
      if (socket.destroyed) return cb(new Error("clamd sloot de verbinding"));
      const kop = Buffer.alloc(4);
      kop.writeUInt32BE(stuk.length);
      socket.write(kop);
      schrijf(stuk, () => cb(null, stuk));
    },
    flush(cb) {
      schrijf(Buffer.alloc(4), () => cb());
    },
  });
  tap.on("close", () => {
    if (!tap.writableFinished) socket.destroy();
  });
  return { tap, uitslag };
}

// ---------------------------------------------------------------- the check

class Geweigerd extends Error {
  constructor(
    readonly weigering: BestandWeigering,
    readonly virus?: string,
  ) {
    super(weigering);
  }
}

/** Reads what is left of a refused upload (so a multipart body can go on), counting its bytes. */
async function leegLopen(bron: AsyncIterable<unknown>, al: number): Promise<number> {
  let n = al;
  try {
    for await (const stuk of bron) n += (stuk as Uint8Array).byteLength;
  } catch {
    // The client broke off: nothing to keep anyway.
  }
  return n;
}

/** How many bytes file-type needs to know a kind (its own "reasonable detection size"). */
const KOP_BYTES = 4100;

/**
 * Reads the first `n` bytes of a stream and gives back a stream of the whole file again (those
 * bytes first, then the rest as it comes). It pulls the rest only as fast as the reader takes it.
 * file-type's own fileTypeStream() for node streams pipes the source into a PassThrough while also
 * reading from it, and behind a slow reader (the storage write) it let the whole file pile up in
 * memory: +103 MB for a 100 MB upload (bench/README.md "Bestanden").
 */
async function leesKop(bron: Readable, n: number): Promise<{ kop: Buffer; stroom: Readable }> {
  const it = bron[Symbol.asyncIterator]() as AsyncIterator<Buffer | Uint8Array | string>;
  const gelezen: Buffer[] = [];
  let lengte = 0;
  let op = false;
  while (lengte < n) {
    const { value, done } = await it.next();
    if (done) {
      op = true;
      break;
    }
    const b =
      typeof value === "string"
        ? Buffer.from(value)
        : Buffer.isBuffer(value)
          ? value
          : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    gelezen.push(b);
    lengte += b.length;
  }
  const kop = Buffer.concat(gelezen);
  async function* alles() {
    try {
      if (kop.length > 0) yield kop;
      if (op) return;
      for (;;) {
        const { value, done } = await it.next();
        if (done) return;
        yield typeof value === "string" ? Buffer.from(value) : value;
      }
    } finally {
      // Stopped early (refused, broken off): let the source go too.
      await it.return?.();
    }
  }
  return { kop, stroom: Readable.from(alles(), { objectMode: false }) };
}

/**
 * Checks one incoming file and, when it passes, stores it encrypted. `clientNaam` is only used for
 * the name shown on download. `alInAanvraag` is how many bytes earlier files of the same form had
 * (the per-request limit). Never throws for a bad file: the answer says why it was refused.
 */
export async function controleerEnBewaar(
  bron: Readable,
  clientNaam: string,
  opties: { regels?: Bestandsregels; alInAanvraag?: number } = {},
): Promise<Controle> {
  const regels = opties.regels ?? bestandsregels();
  const instelling = scannerInstelling();
  // Without a scanner nothing is taken in (decision 028): refusing is safer than holding files
  // nobody has checked, and staff cannot check a file for malware by looking at it.
  if (!instelling) {
    await leegLopen(bron, 0);
    return { ok: false, weigering: "scanner_ontbreekt" };
  }

  // The kind by content: file-type looks at the first 4,100 bytes; the stream goes on unchanged.
  let getypt: Readable;
  let gevonden: { mime: string; ext: string } | undefined;
  try {
    const { kop, stroom } = await leesKop(bron, KOP_BYTES);
    getypt = stroom;
    gevonden = kop.length > 0 ? await fileTypeFromBuffer(kop.subarray(0, KOP_BYTES)) : undefined;
  } catch {
    return { ok: false, weigering: "soort_onbekend" };
  }
  const soort = toegestaneSoort(gevonden, regels);
  if ("weigering" in soort) {
    const gelezen = await leegLopen(getypt, 0);
    return { ok: false, weigering: gelezen === 0 ? "leeg" : soort.weigering };
  }

  const resterend = regels.maxBytesPerAanvraag - (opties.alInAanvraag ?? 0);
  const max = Math.min(regels.maxBytesPerBestand, resterend);
  const grensReden: BestandWeigering = resterend < regels.maxBytesPerBestand ? "aanvraag_te_groot" : "te_groot";

  // Is clamd there? (A ping first: an unreachable scanner refuses before any byte is stored.)
  try {
    await maakScanner(instelling, Math.min(scanTimeoutMs(), 10_000));
  } catch {
    await leegLopen(getypt, 0);
    return { ok: false, weigering: "scanner_fout" };
  }

  const id = randomUUID();
  const opslagSleutel = opslagSleutelVoorBestand(id);
  const sleutel = randomBytes(32);
  let gelezen = 0;
  const grens = new Transform({
    transform(stuk: Buffer, _enc, cb) {
      gelezen += stuk.length;
      if (gelezen > max) cb(new Geweigerd(grensReden));
      else cb(null, stuk);
    },
  });
  const { tap: av, uitslag: scan } = clamdInstream(instelling, scanTimeoutMs());
  let timer: NodeJS.Timeout | undefined;
  const plain = pipeline(getypt, grens, av, () => {});
  const { stroom, klaar } = versleutel(plain, sleutel);

  const opruimen = async () => {
    if (timer) clearTimeout(timer);
    if (!plain.destroyed) plain.destroy();
    await opslag().delete(opslagSleutel);
  };
  try {
    await opslag().put(opslagSleutel, stroom);
    const { grootte, sha256 } = await klaar;
    if (grootte === 0) throw new Geweigerd("leeg");
    const resultaat = await Promise.race([
      scan,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Geweigerd("scanner_fout")), scanTimeoutMs());
      }),
    ]);
    clearTimeout(timer);
    if (resultaat.isInfected === true) throw new Geweigerd("virus", resultaat.viruses[0]);
    // Anything but a clear "OK" (an error, a stream over clamd's StreamMaxLength, a timeout) is a refusal.
    if (resultaat.isInfected !== false) throw new Geweigerd("scanner_fout");
    const s = BESTANDSSOORTEN[soort.soort];
    return {
      ok: true,
      bestand: {
        id,
        opslagSleutel,
        sleutel,
        soort: soort.soort,
        mimeType: s.mime,
        bestandsnaam: weergavenaam(clientNaam, soort.soort),
        grootte,
        sha256,
      },
    };
  } catch (e) {
    await opruimen();
    if (e instanceof Geweigerd) {
      if (e.weigering === "te_groot" || e.weigering === "aanvraag_te_groot") await leegLopen(getypt, 0);
      return { ok: false, weigering: e.weigering, ...(e.virus ? { virus: e.virus } : {}) };
    }
    // The pipeline failed for another reason: a virus found halfway shows as the stream's error.
    const r = await Promise.race([scan.catch(() => null), new Promise<null>((res) => setTimeout(() => res(null), 10))]);
    if (r?.isInfected) return { ok: false, weigering: "virus", ...(r.viruses[0] ? { virus: r.viruses[0] } : {}) };
    return { ok: false, weigering: "scanner_fout" };
  }
}
