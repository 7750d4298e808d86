/**
 * A throw-away embedded PostgreSQL server for benchmarks: prints its postgres:// address (admin
 * database) on stdout, and stops and removes its folder on SIGTERM/SIGINT.
 *   node --import tsx bench/ingebouwd/server.ts
 */
import { tijdelijkeServer } from "../../db/ingebouwde-postgres.server";

const server = await tijdelijkeServer("rl-bench-");
console.log(server.serverUrl);
const stop = async () => {
  await server.sluit();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
setInterval(() => {}, 1 << 30);
