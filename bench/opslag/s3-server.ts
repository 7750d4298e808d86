/** A throw-away S3-protocol server (s3rver) on a free loopback port, for bench/opslag/rss.ts; prints its endpoint. */
import { startS3 } from "../../tests/support/s3";

const s3 = await startS3("rechtenloket-bench");
console.log(JSON.stringify({ endpoint: s3.endpoint, omgeving: s3.omgeving }));
const stop = () => void s3.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
