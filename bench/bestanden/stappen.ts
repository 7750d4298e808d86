/**
 * Which stage of the file check holds memory? Runs a 100 MB stream through one stage at a time
 * (STAP=bron|soort|scan|versleutel|opslag) and prints the peak of heap + buffers over the start,
 * with a collection before every sample. `STAP=soort node --expose-gc --import tsx bench/bestanden/stappen.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Writable, pipeline } from "node:stream";
import { fileTypeStream } from "file-type";
import { clamdInstream } from "../../app/services/bestandscontrole.server";
import { gebruikOpslag, lokaleOpslag, opslag } from "../../app/services/opslag.server";
import { versleutel } from "../../app/services/pakket-zip.server";
import { startClamd } from "../../tests/support/clamd";

const MB = 1024 * 1024;
const GROOTTE_MB = Number(process.env.BESTAND_MB ?? 100);
const STAP = process.env.STAP ?? "bron";

function bron(): Readable {
  const blok = Buffer.alloc(MB, 0x20);
  return Readable.from(
    (function* () {
      yield Buffer.from("%PDF-1.4\n% bench\n");
      for (let i = 0; i < GROOTTE_MB; i++) {
        blok[0] = i & 0xff;
        yield Buffer.from(blok);
      }
    })(),
  );
}

const vast = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
const leeg = () => new Writable({ write: (_c, _e, cb) => cb() });
const klaar = (s: Readable) => new Promise<void>((res, rej) => pipeline(s, leeg(), (e) => (e ? rej(e) : res())));

global.gc?.();
const basis = vast();
let piek = basis;
const t = setInterval(() => {
  global.gc?.();
  piek = Math.max(piek, vast());
}, 20);
const clamd = STAP.startsWith("scan") ? await startClamd() : null;
const map = mkdtempSync(path.join(tmpdir(), "rl-bench-stappen-"));
gebruikOpslag(lokaleOpslag(map));
try {
  if (STAP === "bron") await klaar(bron());
  if (STAP === "soort")
    await klaar((await fileTypeStream(bron() as never, { sampleSize: 4100 })) as unknown as Readable);
  if (STAP === "scan") {
    const { tap, uitslag } = clamdInstream({ socket: clamd!.socket }, 300_000);
    await klaar(pipeline(bron(), tap, () => {}));
    console.log((await uitslag).isInfected);
  }
  if (STAP === "versleutel") await klaar(versleutel(bron(), Buffer.alloc(32)).stroom);
  if (STAP === "soort-opslag") {
    const getypt = (await fileTypeStream(bron() as never, { sampleSize: 4100 })) as unknown as Readable;
    await opslag().put("bench/x.enc", versleutel(getypt, Buffer.alloc(32)).stroom);
  }
  if (STAP === "scan-opslag") {
    const { tap, uitslag } = clamdInstream({ socket: clamd!.socket }, 300_000);
    await opslag().put(
      "bench/x.enc",
      versleutel(
        pipeline(bron(), tap, () => {}),
        Buffer.alloc(32),
      ).stroom,
    );
    console.log((await uitslag).isInfected);
  }
  if (STAP === "opslag") await opslag().put("bench/x.enc", versleutel(bron(), Buffer.alloc(32)).stroom);
} finally {
  clearInterval(t);
  rmSync(map, { recursive: true, force: true });
  await clamd?.stop();
}
console.log(`${STAP}: piek heap+buffers +${((piek - basis) / MB).toFixed(1)} MB`);
