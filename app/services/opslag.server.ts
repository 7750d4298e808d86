/**
 * The one storage module for files (export packages, original documents). Local disk under
 * env().DATA_DIR/opslag by default; the small interface (put / getStream / grootte / delete) lets an
 * S3 backend be added later without touching callers.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import { env } from "../env.server";

export interface Opslag {
  /** Stores the stream under `sleutel` (written to a temporary file first, then renamed: never half a file). */
  put(sleutel: string, bron: Readable): Promise<{ grootte: number }>;
  /** Reads the file, optionally bytes `start`..`end` (inclusive). */
  getStream(sleutel: string, bereik?: { start?: number; end?: number }): Readable;
  /** Size in bytes; null when there is no such file. */
  grootte(sleutel: string): Promise<number | null>;
  /** Removes the file; no error when it is already gone. */
  delete(sleutel: string): Promise<void>;
}

/** Keys are relative paths of safe segments ("pakketten/<uuid>.zip.enc"); anything else is refused. */
const SLEUTEL = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export function lokaleOpslag(map: string): Opslag {
  const pad = (sleutel: string) => {
    if (!SLEUTEL.test(sleutel) || sleutel.includes("..")) throw new Error("Ongeldige opslagsleutel.");
    return path.join(map, sleutel);
  };
  return {
    async put(sleutel, bron) {
      const doel = pad(sleutel);
      await mkdir(path.dirname(doel), { recursive: true });
      const tijdelijk = `${doel}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        await pipeline(bron, createWriteStream(tijdelijk, { flags: "wx", highWaterMark: 1 << 20 }));
        await rename(tijdelijk, doel);
      } catch (e) {
        await rm(tijdelijk, { force: true });
        throw e;
      }
      return { grootte: (await stat(doel)).size };
    },
    getStream(sleutel, bereik) {
      // 1 MiB reads: fewer, larger chunks through the ZIP, the hash and the cipher.
      return createReadStream(pad(sleutel), { ...(bereik ?? {}), highWaterMark: 1 << 20 });
    },
    async grootte(sleutel) {
      try {
        return (await stat(pad(sleutel))).size;
      } catch {
        return null;
      }
    },
    async delete(sleutel) {
      await rm(pad(sleutel), { force: true });
    },
  };
}

declare global {
  // eslint-disable-next-line no-var
  var __rechtenloketOpslag: Opslag | undefined;
}

/** The storage of this server (DATA_DIR/opslag). Tests may swap it with `gebruikOpslag`. */
export function opslag(): Opslag {
  globalThis.__rechtenloketOpslag ??= lokaleOpslag(path.join(env().DATA_DIR, "opslag"));
  return globalThis.__rechtenloketOpslag;
}

export function gebruikOpslag(o: Opslag | undefined): void {
  globalThis.__rechtenloketOpslag = o;
}
