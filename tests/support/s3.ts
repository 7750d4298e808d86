/**
 * A real S3-protocol server for tests (s3rver from npm), on a free loopback port, with its files
 * in a fresh temporary folder: the S3 backend (app/services/opslag-s3.server.ts) is tested
 * against the wire protocol, not a mock.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type TestS3 = {
  /** The variables a process needs to use this server (OPSLAG=s3 …). */
  omgeving: Record<string, string>;
  endpoint: string;
  bucket: string;
  /** Where s3rver keeps the objects (to check what the bucket's owner sees). */
  map: string;
  stop(): Promise<void>;
};

export async function startS3(bucket = "rechtenloket-test"): Promise<TestS3> {
  const map = mkdtempSync(path.join(tmpdir(), "rl-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    directory: map,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const adres = await server.run();
  const endpoint = `http://127.0.0.1:${adres.port}`;
  return {
    endpoint,
    bucket,
    map,
    omgeving: {
      OPSLAG: "s3",
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER", // s3rver's fixed test credentials
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    async stop() {
      await server.close();
      rmSync(map, { recursive: true, force: true });
    },
  };
}
