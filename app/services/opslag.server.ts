/**
 * The one storage module for files (export packages, original documents, the logo). Local disk
 * under env().DATA_DIR/opslag by default; OPSLAG=s3 puts them in an S3-compatible bucket so more
 * than one machine can serve them (app/services/opslag-s3.server.ts, docs/decisions/025). Callers
 * only see the small interface below.
 */
import { constants, createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import { env, type Env } from "../env.server";
import { s3Opslag } from "./opslag-s3.server";

/** A stored file on its way out (decrypted stream, name, type, size): the edge makes the HTTP answer (app/http/downloads.server.ts). */
export type Download = { stroom: Readable; bestandsnaam: string; mimeType: string; grootte: number | null };

export interface Opslag {
  /** Stores the stream under `sleutel` (written to a temporary file first, then renamed: never half a file). */
  put(sleutel: string, bron: Readable): Promise<{ grootte: number }>;
  /** Reads the file, optionally bytes `start`..`end` (inclusive). */
  getStream(sleutel: string, bereik?: { start?: number; end?: number }): Readable;
  /** Size in bytes; null when there is no such file. */
  grootte(sleutel: string): Promise<number | null>;
  /** Removes the file; no error when it is already gone. */
  delete(sleutel: string): Promise<void>;
  /** Can files be written and read? Throws an error with a plain message when not (start-up, readiness). */
  controleer(): Promise<void>;
  /** Where files go, for the start log (never a secret). */
  readonly beschrijving: string;
}

/** Keys are relative paths of safe segments ("pakketten/<uuid>.zip.enc"); anything else is refused. */
const SLEUTEL = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** The key itself when it is safe; throws otherwise (both backends). */
export function veiligeSleutel(sleutel: string): string {
  if (!SLEUTEL.test(sleutel) || sleutel.includes("..")) throw new Error("Ongeldige opslagsleutel.");
  return sleutel;
}

export function lokaleOpslag(map: string): Opslag {
  const pad = (sleutel: string) => path.join(map, veiligeSleutel(sleutel));
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
      const bestand = pad(sleutel); // an unsafe key is an error, not "no such file"
      try {
        return (await stat(bestand)).size;
      } catch {
        return null;
      }
    },
    async delete(sleutel) {
      await rm(pad(sleutel), { force: true });
    },
    async controleer() {
      try {
        await mkdir(map, { recursive: true });
        await access(map, constants.R_OK | constants.W_OK);
      } catch (e) {
        throw new Error(
          `De opslagmap ${map} is niet te gebruiken: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
        );
      }
    },
    beschrijving: `map ${map}`,
  };
}

/** The storage the configuration asks for (OPSLAG, S3_*; docs/decisions/025). */
export function opslagVolgens(
  e: Pick<
    Env,
    | "DATA_DIR"
    | "OPSLAG"
    | "S3_ENDPOINT"
    | "S3_BUCKET"
    | "S3_REGION"
    | "S3_ACCESS_KEY_ID"
    | "S3_SECRET_ACCESS_KEY"
    | "S3_FORCE_PATH_STYLE"
    | "S3_PREFIX"
  >,
): Opslag {
  if (e.OPSLAG !== "s3") return lokaleOpslag(path.join(e.DATA_DIR, "opslag"));
  if (!e.S3_BUCKET) throw new Error("OPSLAG=s3 zonder S3_BUCKET."); // parseEnv refuses this already
  return s3Opslag(
    {
      ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
      bucket: e.S3_BUCKET,
      regio: e.S3_REGION,
      ...(e.S3_ACCESS_KEY_ID ? { accessKeyId: e.S3_ACCESS_KEY_ID } : {}),
      ...(e.S3_SECRET_ACCESS_KEY ? { secretAccessKey: e.S3_SECRET_ACCESS_KEY } : {}),
      padStijl: e.S3_FORCE_PATH_STYLE,
      ...(e.S3_PREFIX ? { voorvoegsel: e.S3_PREFIX } : {}),
    },
    veiligeSleutel,
  );
}

declare global {
  var __rechtenloketOpslag: Opslag | undefined;
}

/** The storage of this server (DATA_DIR/opslag, or the S3 bucket). Tests may swap it with `gebruikOpslag`. */
export function opslag(): Opslag {
  globalThis.__rechtenloketOpslag ??= opslagVolgens(env());
  return globalThis.__rechtenloketOpslag;
}

export function gebruikOpslag(o: Opslag | undefined): void {
  globalThis.__rechtenloketOpslag = o;
}
