/**
 * Storage in an S3-compatible bucket (docs/decisions/025): Amazon S3, MinIO, Garage, Ceph, or a
 * provider's object storage. Same interface and same guarantees as the local disk
 * (app/services/opslag.server.ts): files go in and out as streams (a multipart upload of 8 MiB
 * parts, at most two in flight, so a 1 GB package is never in memory), an object appears only
 * when it is complete (S3 commits a multipart upload at its end; a failed one is aborted), and
 * packages arrive already encrypted (app/services/pakket-zip.server.ts): the bucket's owner
 * never sees a plain package, and the key stays in PostgreSQL.
 */
import { PassThrough, Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { S3Client } from "@aws-sdk/client-s3";
import type { Opslag } from "./opslag.server";

// The AWS SDK loads on first use (about a second of start-up): a portal on the local disk never pays it.
type Sdk = typeof import("@aws-sdk/client-s3") & { Upload: typeof import("@aws-sdk/lib-storage").Upload };
let sdkLaden: Promise<Sdk> | undefined;
function sdk(): Promise<Sdk> {
  sdkLaden ??= Promise.all([import("@aws-sdk/client-s3"), import("@aws-sdk/lib-storage")]).then(([s3, opslag]) => ({
    ...s3,
    Upload: opslag.Upload,
  }));
  return sdkLaden;
}

export type S3Instellingen = {
  endpoint?: string;
  bucket: string;
  regio: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  padStijl: boolean;
  /** Folder inside the bucket ("" or ending in "/"). */
  voorvoegsel?: string;
};

/** Part size of the multipart upload: S3's minimum is 5 MiB; 8 MiB × 2 in flight ≈ 16 MiB per upload. */
export const S3_DEEL_BYTES = 8 << 20;
const S3_DELEN_TEGELIJK = 2;

export class OpslagOnbereikbaar extends Error {
  override readonly name = "OpslagOnbereikbaar";
}

function httpStatus(e: unknown): number | undefined {
  return (e as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function nietGevonden(e: unknown): boolean {
  const naam = (e as Error | null)?.name;
  return httpStatus(e) === 404 || naam === "NotFound" || naam === "NoSuchKey";
}

export function s3Opslag(instellingen: S3Instellingen, controleerSleutel: (sleutel: string) => string): Opslag {
  let clientLaden: Promise<{ client: S3Client; m: Sdk }> | undefined;
  const verbinding = () =>
    (clientLaden ??= sdk().then((m) => ({
      m,
      client: new m.S3Client({
        region: instellingen.regio,
        ...(instellingen.endpoint ? { endpoint: instellingen.endpoint } : {}),
        forcePathStyle: instellingen.padStijl,
        ...(instellingen.accessKeyId && instellingen.secretAccessKey
          ? { credentials: { accessKeyId: instellingen.accessKeyId, secretAccessKey: instellingen.secretAccessKey } }
          : {}),
        // Checksums only where the S3 protocol requires them: many S3-compatible services refuse the
        // newer streaming-checksum trailers. Integrity of a package is the GCM tag and its SHA-256.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    })));
  const Bucket = instellingen.bucket;
  const Key = (sleutel: string) => `${instellingen.voorvoegsel ?? ""}${controleerSleutel(sleutel)}`;

  return {
    async put(sleutel, bron) {
      const key = Key(sleutel);
      let grootte = 0;
      const teller = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          grootte += chunk.length;
          cb(null, chunk);
        },
      });
      let bronFout: Error | undefined;
      bron.on("error", (e) => {
        bronFout = e;
        teller.destroy(e);
      });
      const { client, m } = await verbinding();
      const upload = new m.Upload({
        client,
        params: { Bucket, Key: key, Body: bron.pipe(teller), ContentType: "application/octet-stream" },
        partSize: S3_DEEL_BYTES,
        queueSize: S3_DELEN_TEGELIJK,
        leavePartsOnError: false, // a failed upload is aborted: never half a file
      });
      try {
        await upload.done();
      } catch (e) {
        // The source's own error is the cause; the abort that follows may fail too (not every
        // S3-compatible service supports it: a lifecycle rule cleans those parts, docs/hosting.md).
        throw bronFout ?? e;
      }
      return { grootte };
    },
    getStream(sleutel, bereik) {
      const key = Key(sleutel);
      const uit = new PassThrough({ highWaterMark: 1 << 20 });
      const start = bereik?.start ?? 0;
      const Range =
        bereik?.end !== undefined ? `bytes=${start}-${bereik.end}` : start > 0 ? `bytes=${start}-` : undefined;
      verbinding()
        .then(({ client, m }) => client.send(new m.GetObjectCommand({ Bucket, Key: key, ...(Range ? { Range } : {}) })))
        .then((antwoord) => pipeline(antwoord.Body as Readable, uit))
        .catch((e: unknown) => {
          const fout = nietGevonden(e)
            ? Object.assign(new Error(`Bestand ontbreekt in de opslag: ${sleutel}`), { code: "ENOENT" })
            : e instanceof Error
              ? e
              : new Error(String(e));
          uit.destroy(fout);
        });
      return uit;
    },
    async grootte(sleutel) {
      try {
        const key = Key(sleutel);
        const { client, m } = await verbinding();
        const kop = await client.send(new m.HeadObjectCommand({ Bucket, Key: key }));
        return kop.ContentLength ?? 0;
      } catch (e) {
        if (nietGevonden(e)) return null;
        throw e;
      }
    },
    async delete(sleutel) {
      // S3 answers 204 for a key that is not there: no error when it is already gone.
      const key = Key(sleutel);
      const { client, m } = await verbinding();
      await client.send(new m.DeleteObjectCommand({ Bucket, Key: key }));
    },
    async controleer() {
      const { client, m } = await verbinding();
      try {
        await client.send(new m.HeadBucketCommand({ Bucket }));
      } catch (e) {
        const status = httpStatus(e);
        const reden =
          status === 404
            ? "de bucket bestaat niet"
            : status === 403
              ? "geen toegang (controleer S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY)"
              : status === 301
                ? "de bucket staat in een andere regio (controleer S3_REGION)"
                : `${(e as Error).name ?? "fout"}${status ? ` (HTTP ${status})` : ""}`;
        throw new OpslagOnbereikbaar(
          `De opslag (S3-bucket ${Bucket}${instellingen.endpoint ? ` op ${instellingen.endpoint}` : ""}) is niet bereikbaar: ${reden}.`,
        );
      }
    },
    beschrijving: `S3-bucket ${Bucket}${instellingen.endpoint ? ` op ${instellingen.endpoint}` : ""}`,
  };
}
