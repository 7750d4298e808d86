/**
 * The same 100 MB upload, but as a browser sends it: one multipart/form-data body streamed in 1 MiB
 * pieces through the form reader of the routes (leesFormulierMetBestanden, Remix's multipart parser)
 * into the file check. Prints the peak of RSS and of heap + buffers over the start.
 * `BENCH_GC=1 node --expose-gc --import tsx bench/bestanden/http.ts` (needs clamd).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gebruikScanner } from "../../app/services/bestandscontrole.server";
import { ontvangFormulierMetBijlagen } from "../../app/http/bijlagen.server";
import { gebruikOpslag, lokaleOpslag } from "../../app/services/opslag.server";
import { startClamd } from "../../tests/support/clamd";

const MB = 1024 * 1024;
const GROOTTE_MB = Number(process.env.BESTAND_MB ?? 100);
const GRENS = "----rechtenloketbench";

function body(): ReadableStream<Uint8Array> {
  const blok = Buffer.alloc(MB, 0x20);
  let i = -1;
  return new ReadableStream<Uint8Array>(
    {
      pull(c) {
        if (i === -1)
          c.enqueue(
            Buffer.from(
              `--${GRENS}\r\nContent-Disposition: form-data; name="bestand"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
            ),
          );
        else if (i < GROOTTE_MB) {
          blok[0] = i & 0xff;
          c.enqueue(Buffer.from(blok));
        } else {
          c.enqueue(Buffer.from(`\n%%EOF\n\r\n--${GRENS}--\r\n`));
          c.close();
        }
        i++;
      },
    },
    { highWaterMark: 1 },
  );
}

const clamd = await startClamd();
const map = mkdtempSync(path.join(tmpdir(), "rl-bench-http-"));
gebruikOpslag(lokaleOpslag(map));
gebruikScanner({ socket: clamd.socket }, 300_000);
process.env.BESTANDEN_MAX_MB_PER_AANVRAAG ??= String(GROOTTE_MB + 10);
process.env.BESTAND_MAX_MB ??= String(GROOTTE_MB + 5);
try {
  global.gc?.();
  const vast = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
  const basis = process.memoryUsage().rss;
  const basisVast = vast();
  let piek = basis;
  let piekVast = basisVast;
  const t = setInterval(() => {
    if (process.env.BENCH_GC) global.gc?.();
    piek = Math.max(piek, process.memoryUsage().rss);
    piekVast = Math.max(piekVast, vast());
  }, 20);
  const t0 = Date.now();
  const request = new Request("http://localhost/bench", {
    method: "POST",
    body: body(),
    headers: { "Content-Type": `multipart/form-data; boundary=${GRENS}` },
    duplex: "half",
  } as RequestInit);
  const r = await ontvangFormulierMetBijlagen(request, { max: 1, veld: "bestand" });
  clearInterval(t);
  if (!r.ok) throw new Error(`geweigerd: ${r.weigering}`);
  const mb = (n: number) => (n / MB).toFixed(1);
  console.log(
    `multipart-upload ${mb(r.bestanden[0]!.grootte)} MB: ${Date.now() - t0} ms, piek RSS +${mb(piek - basis)} MB, piek heap+buffers +${mb(piekVast - basisVast)} MB`,
  );
} finally {
  gebruikScanner(undefined);
  rmSync(map, { recursive: true, force: true });
  await clamd.stop();
}
