/**
 * A 100 MB upload and download through the file check (decision 028), with the process memory
 * measured: the file is generated in 1 MiB pieces, checked (file-type, a real clamd started by
 * tests/support/clamd.ts), stored encrypted, then decrypted and read to the end. Prints the peak
 * RSS over the baseline for each half. `node --import tsx bench/bestanden/run.ts` (needs clamd).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { controleerEnBewaar, gebruikScanner } from "../../app/services/bestandscontrole.server";
import { gebruikOpslag, lokaleOpslag } from "../../app/services/opslag.server";
import { ontsleutel } from "../../app/services/pakket-zip.server";
import { startClamd } from "../../tests/support/clamd";

const MB = 1024 * 1024;
const GROOTTE_MB = Number(process.env.BESTAND_MB ?? 100);

function pdfStroom(): Readable {
  const blok = Buffer.alloc(MB, 0x20);
  return Readable.from(
    (function* () {
      yield Buffer.from("%PDF-1.4\n% bench\n");
      for (let i = 0; i < GROOTTE_MB; i++) {
        blok[0] = i & 0xff;
        yield Buffer.from(blok);
      }
      yield Buffer.from("\n%%EOF\n");
    })(),
  );
}

/**
 * Samples every 20 ms: the RSS and what the process really holds (the JS heap in use plus the
 * buffers outside it). RSS alone can stay high after buffers were freed: the C allocator keeps
 * freed memory for reuse instead of giving it back (see bench/README.md "Bestanden").
 */
function meter() {
  const vast = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  let piek = process.memoryUsage().rss;
  let piekVast = vast();
  const t = setInterval(() => {
    // With --expose-gc (BENCH_GC=1): collect first, so the peak is what is held, not garbage.
    if (process.env.BENCH_GC) global.gc?.();
    piek = Math.max(piek, process.memoryUsage().rss);
    piekVast = Math.max(piekVast, vast());
  }, 20);
  return () => (clearInterval(t), { piek, piekVast });
}

const clamd = await startClamd();
const map = mkdtempSync(path.join(tmpdir(), "rl-bench-bestanden-"));
gebruikOpslag(lokaleOpslag(map));
gebruikScanner({ socket: clamd.socket }, 300_000);
try {
  global.gc?.();
  const basis = process.memoryUsage().rss;
  const basisVast = process.memoryUsage().heapUsed + process.memoryUsage().external;
  let stop = meter();
  let t0 = Date.now();
  const r = await controleerEnBewaar(pdfStroom(), "bench.pdf", {
    regels: {
      kantoorformaten: false,
      maxBytesPerBestand: (GROOTTE_MB + 1) * MB,
      maxBytesPerAanvraag: (GROOTTE_MB + 1) * MB,
    },
  });
  const upPiek = stop();
  const upMs = Date.now() - t0;
  if (!r.ok) throw new Error(`geweigerd: ${r.weigering}`);
  stop = meter();
  t0 = Date.now();
  let gelezen = 0;
  for await (const d of await ontsleutel(r.bestand.opslagSleutel, r.bestand.sleutel)) gelezen += (d as Buffer).length;
  const downPiek = stop();
  const downMs = Date.now() - t0;
  const mb = (n: number) => (n / MB).toFixed(1);
  console.log(`bestand ${mb(r.bestand.grootte)} MB; basis RSS ${mb(basis)} MB`);
  console.log(
    `upload (type, clamd, versleutelen, opslaan): ${upMs} ms, piek RSS +${mb(upPiek.piek - basis)} MB, piek heap+buffers +${mb(upPiek.piekVast - basisVast)} MB`,
  );
  console.log(
    `download (ontsleutelen, lezen ${mb(gelezen)} MB): ${downMs} ms, piek RSS +${mb(downPiek.piek - basis)} MB, piek heap+buffers +${mb(downPiek.piekVast - basisVast)} MB`,
  );
} finally {
  gebruikScanner(undefined);
  rmSync(map, { recursive: true, force: true });
  await clamd.stop();
}
