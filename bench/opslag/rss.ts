/**
 * Memory while a large package streams through the storage module (docs/decisions/025): a
 * pseudo-random "ZIP" of BENCH_MIB MiB (default 200) is encrypted (AES-256-GCM, as a real package)
 * and stored, then read back, decrypted and hashed, on the local disk and on S3 (s3rver in its own
 * process, so only this process's memory is measured). Prints baseline and peak RSS.
 *
 *   node --import tsx bench/opslag/rss.ts            # BENCH_MIB=1000 for a 1 GB package
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { parseEnv } from "../../app/env.server";
import { gebruikOpslag, lokaleOpslag, opslagVolgens, type Opslag } from "../../app/services/opslag.server";
import { ontsleutel, versleutel } from "../../app/services/pakket-zip.server";

const MIB = Number(process.env.BENCH_MIB ?? 200);
const mb = (n: number) => `${(n / (1 << 20)).toFixed(0)} MB`;

function bron(): { stroom: Readable; sha256: () => string } {
  const hash = createHash("sha256");
  const blok = randomBytes(1 << 20);
  let i = 0;
  const stroom = new Readable({
    read() {
      if (i === MIB) return void this.push(null);
      blok.writeUInt32BE(i++, 0); // every MiB different
      const kopie = Buffer.from(blok);
      hash.update(kopie);
      this.push(kopie);
    },
  });
  return { stroom, sha256: () => hash.digest("hex") };
}

async function meet<T>(werk: () => Promise<T>): Promise<{ piek: number; ms: number; uitkomst: T }> {
  let piek = process.memoryUsage().rss;
  const t = setInterval(() => (piek = Math.max(piek, process.memoryUsage().rss)), 10);
  const start = performance.now();
  try {
    const uitkomst = await werk();
    return { piek: Math.max(piek, process.memoryUsage().rss), ms: performance.now() - start, uitkomst };
  } finally {
    clearInterval(t);
  }
}

async function ronde(naam: string, o: Opslag) {
  gebruikOpslag(o);
  global.gc?.();
  const basis = process.memoryUsage().rss;
  const sleutel = randomBytes(32);
  const b = bron();
  const op = await meet(async () => {
    const { stroom, klaar } = versleutel(b.stroom, sleutel);
    await o.put("pakketten/bench.zip.enc", stroom);
    return klaar;
  });
  const terug = await meet(async () => {
    const hash = createHash("sha256");
    for await (const d of await ontsleutel("pakketten/bench.zip.enc", sleutel)) hash.update(d as Buffer);
    return hash.digest("hex");
  });
  if (terug.uitkomst !== b.sha256()) throw new Error(`${naam}: teruggelezen inhoud wijkt af`);
  await o.delete("pakketten/bench.zip.enc");
  console.log(
    `${naam.padEnd(12)} ${MIB} MiB  basis RSS ${mb(basis)}  | opslaan: piek ${mb(op.piek)} (+${mb(op.piek - basis)}), ${(MIB / (op.ms / 1000)).toFixed(0)} MiB/s` +
      `  | lezen: piek ${mb(terug.piek)} (+${mb(terug.piek - basis)}), ${(MIB / (terug.ms / 1000)).toFixed(0)} MiB/s  | sha256 gelijk`,
  );
}

const server = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "s3-server.ts")], {
  stdio: ["ignore", "pipe", "inherit"],
});
const regel: string = await new Promise((resolve) => createInterface({ input: server.stdout! }).once("line", resolve));
const { omgeving } = JSON.parse(regel) as { omgeving: Record<string, string> };
const map = mkdtempSync(path.join(tmpdir(), "rl-bench-opslag-"));
try {
  console.log(`Node ${process.version}; bron: ${MIB} MiB, versleuteld als pakket (AES-256-GCM)`);
  await ronde("lokaal", lokaleOpslag(map));
  await ronde("s3 (s3rver)", opslagVolgens(parseEnv({ ...omgeving, DATA_DIR: map })));
} finally {
  server.kill("SIGTERM");
  rmSync(map, { recursive: true, force: true });
}
